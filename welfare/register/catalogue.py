"""The register's two catalogues: programmes (``data/programme_catalogue.csv``) and target
groups (``data/target_groups.csv`` plus the 26 PMKS categories of Permensos 8/2012).

A programme not in the catalogue is still recorded: its id is ``lainnya`` and its name is kept
as written. A target group names the indicator(s) that count its need, where one exists
(``rtlh`` -> ``rtlh_backlog_dtks``; the DTSEN group sums deciles 1-4); a group without a counted
need can show who acts, never a gap.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from welfare.catalogue import PMKS_CATEGORIES, get_indicator

DATA = Path(__file__).resolve().parent.parent.parent / "data"
PROGRAMMES_PATH = DATA / "programme_catalogue.csv"
GROUPS_PATH = DATA / "target_groups.csv"
OTHER_PROGRAMME = "lainnya"
OTHER_GROUP = "masyarakat_umum"


@dataclass(frozen=True)
class ProgrammeDef:
    id: str
    label_id: str
    label_en: str
    usual_level: str | None
    usual_funding: str | None

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


@dataclass(frozen=True)
class TargetGroup:
    id: str
    label_id: str
    label_en: str
    need: tuple[str, ...]  # indicator ids whose sum is the counted need; () = none counted
    need_unit: str | None  # the register unit the need is counted in (jiwa, KK, unit rumah)

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


@lru_cache(maxsize=1)
def programmes() -> tuple[ProgrammeDef, ...]:
    return tuple(
        ProgrammeDef(
            r["id"],
            r["label_id"],
            r["label_en"],
            r["usual_level"] or None,
            r["usual_funding"] or None,
        )
        for r in _rows(PROGRAMMES_PATH)
    )


@lru_cache(maxsize=1)
def target_groups() -> tuple[TargetGroup, ...]:
    listed = [
        TargetGroup(
            r["id"],
            r["label_id"],
            r["label_en"],
            tuple(i for i in r["need"].split("+") if i),
            r["need_unit"] or None,
        )
        for r in _rows(GROUPS_PATH)
    ]
    pmks = [
        TargetGroup(
            cat,
            f"PMKS: {get_indicator(cat).label('id')}",
            f"PMKS: {get_indicator(cat).label('en')}",
            (cat,),
            "jiwa",
        )
        for cat in PMKS_CATEGORIES
    ]
    # The catalogue's own groups first (housing, DTSEN ...), the PMKS categories after them.
    other = [g for g in listed if g.id == OTHER_GROUP]
    return tuple([g for g in listed if g.id != OTHER_GROUP] + pmks + other)


def programme(programme_id: str) -> ProgrammeDef:
    for p in programmes():
        if p.id == programme_id:
            return p
    raise KeyError(f"Program tidak ada di katalog: {programme_id}")


def target_group(group_id: str) -> TargetGroup:
    for g in target_groups():
        if g.id == group_id:
            return g
    raise KeyError(f"Kelompok sasaran tidak ada di katalog: {group_id}")


def programme_id_of(text: str) -> str | None:
    """A typed programme cell -> its catalogue id (id or label, any case); None if not listed."""
    key = " ".join(str(text).lower().split())
    for p in programmes():
        if key in (p.id, p.label_id.lower(), p.label_en.lower()):
            return p.id
    return None


def target_group_id_of(text: str) -> str | None:
    """A typed target-group cell -> its id (id, label, or the PMKS label without 'PMKS: ')."""
    key = " ".join(str(text).lower().split())
    for g in target_groups():
        names = {g.id, g.label_id.lower(), g.label_en.lower()}
        names |= {n.removeprefix("pmks: ") for n in names}
        if key in names:
            return g.id
    return None


# A programme name that is not a catalogue entry ("Perbaikan RTLH (Disperkimtan PPU)") is
# recognised by these patterns, first match wins; housing goes by the level that implements it.
# The published seed (tools/build_programme_seed.py) and imports use the same rule.
_HOUSING = re.compile(r"RTLH|Rumah Layak Huni|\bRLH\b|BSPS|bedah rumah|rumah", re.I)
PROGRAMME_RULES: tuple[tuple[str, str], ...] = (
    (r"^PKH\b|Program Keluarga Harapan", "pkh"),
    (r"BPNT|Program Sembako", "bpnt_sembako"),
    (r"ATENSI", "atensi"),
    (r"Gratispol Pendidikan", "gratispol_pendidikan"),
    (r"Gratispol Seragam", "gratispol_seragam"),
    (r"Gratispol Kesehatan", "gratispol_kesehatan"),
    (r"Gratispol Biaya Administrasi", "gratispol_rumah"),
    (r"Gratispol Internet", "gratispol_internet"),
    (r"Gratispol Perjalanan", "gratispol_religi"),
    (r"BAZNAS", "baznas"),
    (r"BLT Dana Desa", "blt_dana_desa"),
    (r"BLT daerah", "blt_daerah"),
    (r"Bantuan sosial.*Dinsos Kaltim", "bansos_provinsi"),
    (r"\bPBI\b|Jamkesda|JKN", "pbi_apbd"),
    (r"Bantuan pangan|beras|permakanan", "bantuan_pangan"),
    (r"Otorita IKN|OIKN", "pemberdayaan_ikn"),
)
HOUSING_BY_LEVEL = {
    "pusat": "rumah_apbn",
    "provinsi": "rumah_provinsi",
    "kabupaten_kota": "rumah_kabkota",
    "desa": "rumah_desa",
    "lainnya": "rumah_nonpemerintah",
}
OTHER_RULES: tuple[tuple[str, str], ...] = ((r"CSR|TJSL|TJSP", "csr"),)


def infer_programme(name: str, level: str | None) -> str:
    """The catalogue id a free-text programme name belongs to, or ``lainnya``."""
    for pattern, pid in PROGRAMME_RULES:
        if re.search(pattern, name, re.I):
            return pid
    if _HOUSING.search(name) and level in HOUSING_BY_LEVEL:
        return HOUSING_BY_LEVEL[level]
    for pattern, pid in OTHER_RULES:
        if re.search(pattern, name, re.I):
            return pid
    return OTHER_PROGRAMME
