"""The regions a rumusan names: '64' (all), a regency, a kecamatan; joined on codes.

A regency by its BPS ('6409') or Kemendagri ('64.09') code (:mod:`welfare.region_codes`), a
kecamatan by its key ('64.09.04'), '64' or "semua" for the whole province; a name ("PPU",
"Kab. Paser", "Kec. Sepaku") is read as the importer reads it
(:class:`welfare.importing.names.RegionResolver`): never guessed, ambiguous codes refused.
"""

from __future__ import annotations

from functools import lru_cache

from welfare.importing.names import RegionResolver, normalise
from welfare.region_codes import kaltim
from welfare.rumusan import texts, vocab
from welfare.rumusan.drafts import RegionRef
from welfare.rumusan.problems import Problems, split_items
from welfare.seed import RegionDef, read_kecamatan, read_regions

PROVINCE = vocab.ALL_REGIONS
MAX_REGIONS = 120
_ALL_WORDS = frozenset(
    {
        "semua",
        "seluruh",
        "semua wilayah",
        "seluruh wilayah",
        "semua kabupaten kota",
        "seluruh kabupaten kota",
        "semua kab kota",
        "seluruh kab kota",
        "se kaltim",
        "se kalimantan timur",
        "seluruh kaltim",
        "seluruh kalimantan timur",
        "kaltim",
        "kalimantan timur",
        "provinsi",
        "provinsi kalimantan timur",
    }
)


@lru_cache(maxsize=1)
def resolver() -> RegionResolver:
    """The ten regencies, the province and the 105 kecamatan of ``data/`` (the store's rows)."""
    kecamatan = [RegionDef(k.kode, k.kode, k.nama, "kecamatan") for k in read_kecamatan()]
    return RegionResolver([*read_regions(), *kecamatan])


def region_label(code: str) -> str:
    """'Kabupaten Penajam Paser Utara', 'Kecamatan Sepaku', 'Kalimantan Timur' ('64')."""
    if code == PROVINCE:
        return "Kalimantan Timur"
    return resolver().label(code)


@lru_cache(maxsize=1)
def known_codes() -> dict[str, str]:
    """Every code a region row may hold -> the regency it falls in ('64' -> '64')."""
    codes = kaltim()
    return (
        {PROVINCE: PROVINCE}
        | {bps: bps for bps in codes.regency_bps}
        | dict(codes.kecamatan_parent)
    )


def read_region(text: str) -> tuple[RegionRef | None, str | None]:
    """(the region ``text`` names, None) or (None, why not). Codes first, then names."""
    codes = kaltim()
    cleaned = texts.clean(text)
    if normalise(cleaned) in _ALL_WORDS or cleaned in (PROVINCE, "64.00", "6400"):
        return RegionRef(PROVINCE, PROVINCE), None
    regency = codes.regency(cleaned)
    if regency is not None:
        return RegionRef(regency, regency), None
    if codes.is_kecamatan(cleaned):
        return RegionRef(cleaned, codes.kecamatan_parent[cleaned]), None
    found = resolver().resolve(cleaned)
    if found.kind == "total":
        return RegionRef(PROVINCE, PROVINCE), None
    if found.kind == "region" and found.kode_bps:
        if codes.is_kecamatan(found.kode_bps):
            return RegionRef(found.kode_bps, codes.kecamatan_parent[found.kode_bps]), None
        return RegionRef(found.kode_bps, found.kode_bps), None
    return None, found.reason or f"wilayah '{cleaned}' tidak dikenal."


def read_region_list(raw: object, problems: Problems) -> tuple[RegionRef, ...]:
    items = split_items(raw, r"[,;\n]")
    if not items:
        problems.add(
            "wilayah",
            "required",
            "Kolom 'wilayah' wajib diisi (semua, atau kode/nama kabupaten/kota atau kecamatan).",
        )
        return ()
    if len(items) > MAX_REGIONS:
        problems.add(
            "wilayah", "too_many", f"Kolom 'wilayah': paling banyak {MAX_REGIONS} wilayah."
        )
        return ()
    found: dict[str, RegionRef] = {}
    for item in items:
        ref, reason = read_region(item)
        if ref is None:
            problems.add("wilayah", "unknown_region", f"Kolom 'wilayah': {reason}")
        else:
            found.setdefault(ref.code, ref)
    if PROVINCE in found and len(found) > 1:
        problems.add(
            "wilayah",
            "all_and_some",
            "Kolom 'wilayah' menyebut 'semua' (seluruh Kalimantan Timur) dan juga wilayah "
            "tertentu; tulis salah satunya saja.",
        )
    return tuple(found.values())
