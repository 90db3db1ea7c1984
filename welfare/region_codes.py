"""Which region a code names: one check for every place that accepts region codes.

A shared link (``?wilayah=6403``), an agenda step (``wilayah = "6409"``), a map click and the
meeting brief all name regions by code, and Kalimantan Timur has two code systems that
disagree for four regencies: BPS 6403 is Kutai Kartanegara, whose Kemendagri code is 64.02,
while BPS 6402 is Kutai Barat (Kemendagri 64.07). Kecamatan have a Kemendagri code only
(64.09.04 = Sepaku; also their key in the store). The forms cannot be confused: a BPS regency
code is four digits, a Kemendagri regency code has one dot, a kecamatan code two. So a regency
is accepted by either code and always reported by its BPS code; a bare "02" (BPS 6402 or
Kemendagri 64.02?) is refused.

The codes come from the regions table: ``data/regions.csv`` and ``data/kecamatan.csv``, the
committed tables the store's ``region`` table is seeded from (so the check works without a
store, e.g. for ``python manage.py brief``). Pure Python, no streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from welfare.seed import read_kecamatan, read_regions

REGENCY_KINDS = ("kabupaten", "kota")


@dataclass(frozen=True)
class RegionCodes:
    """The regions table as code lookups; see the module docstring for the two systems."""

    bps_by_kemendagri: dict[str, str]  # '64.02' -> '6403', for the ten kabupaten/kota
    regency_bps: tuple[str, ...]  # '6401' ... '6474', in code order
    kecamatan_parent: dict[str, str]  # '64.09.04' -> '6409' (BPS code of its regency)

    def regency(self, code: str) -> str | None:
        """The BPS code of the regency ``code`` names (BPS '6403' or Kemendagri '64.02')."""
        code = code.strip()
        if code in self.regency_bps:
            return code
        return self.bps_by_kemendagri.get(code)

    def regencies(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Split comma-separated codes into the regencies they name (BPS codes, in the order
        written, each once) and the codes that name none (as written)."""
        known: dict[str, None] = {}
        unknown: list[str] = []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            bps = self.regency(part)
            if bps is None:
                unknown.append(part)
            else:
                known[bps] = None
        return tuple(known), tuple(unknown)

    def is_kecamatan(self, code: str) -> bool:
        """Whether ``code`` is the Kemendagri code of a kecamatan ('64.09.04')."""
        return code in self.kecamatan_parent

    @property
    def kecamatan_codes(self) -> tuple[str, ...]:
        return tuple(self.kecamatan_parent)


@lru_cache(maxsize=1)
def kaltim() -> RegionCodes:
    """The codes of Kalimantan Timur's ten kabupaten/kota and 105 kecamatan."""
    regencies = [r for r in read_regions() if r.jenis in REGENCY_KINDS]
    return RegionCodes(
        bps_by_kemendagri={r.kode_kemendagri: r.kode_bps for r in regencies},
        regency_bps=tuple(sorted(r.kode_bps for r in regencies)),
        kecamatan_parent={k.kode: k.kode_bps_kab for k in read_kecamatan()},
    )
