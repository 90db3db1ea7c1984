"""Rows of the shared reference tables (``../shared/data/welfare/*.csv``) with their citations.

``build_official_seed.py`` and ``build_outlook_seed.py`` read tables of the same shape (kode,
wilayah, tahun, indikator, nilai, satuan, sumber, catatan) and rank the same citations: one
reader here, so a check on codes or a way of dating a citation cannot drift between the seeds.

- Region codes are checked, never joined on names: a BPS code with a dot ('64.02' -> '6402')
  must be in ``kode_wilayah.csv``, a kecamatan's Kemendagri code ('64.02.13') in
  ``data/kecamatan.csv``, and the row's name must be that code's name.
- A citation (``sumber``) gives the source tier (BPS, other government, media) and the release
  date, which the conflict rule of ``build_official_seed.resolve`` ranks.

Only the standard library is used so the tools run anywhere.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared" / "data" / "welfare"
KECAMATAN_TABLE = REPO_ROOT / "data" / "kecamatan.csv"

# Source tiers: lower is preferred.
TIER_BPS, TIER_GOV, TIER_OTHER = "bps", "pemerintah", "media_lainnya"
TIER_RANK = {TIER_BPS: 0, TIER_GOV: 1, TIER_OTHER: 2}

MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "mar": 3, "maret": 3, "apr": 4,
    "april": 4, "mei": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "agu": 8, "agt": 8,
    "ags": 8, "agustus": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10,
    "nov": 11, "november": 11, "des": 12, "desember": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
RE_DMY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")
RE_D_MON_Y = re.compile(rf"(?<!\w)(\d{{1,2}})\s+({_MONTH_RE})\.?\s+((?:19|20)\d{{2}})(?!\d)", re.I)
RE_MON_Y = re.compile(rf"(?<![\w-])({_MONTH_RE})\.?\s+((?:19|20)\d{{2}})(?!\d)", re.I)
RE_URL = re.compile(r"https?://\S+")
RE_URL_YMD = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?:/(\d{1,2}))?/")
RE_URL_COMPACT = re.compile(r"(?<!\d)(20[0-2]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
# A kecamatan population counted by the civil registry (Dukcapil, its DKB list), not by BPS.
RE_CIVIL_REGISTRY = re.compile(r"dukcapil|\bDKB\b", re.I)


@dataclass
class Figure:
    """One row of a shared table after code conversion."""

    order: int
    kode_bps: str
    tahun: str
    indikator: str
    nilai: str
    satuan: str
    sumber: str
    catatan: str

    @property
    def tier(self) -> str:
        return source_tier(self.sumber)

    @property
    def released(self) -> date | None:
        return release_date(self.sumber)


def source_tier(sumber: str) -> str:
    """Classify a citation: BPS publication, other government site, or media/other."""
    urls = RE_URL.findall(sumber)
    host = (urlparse(urls[0]).hostname or "") if urls else ""
    if host == "bps.go.id" or host.endswith(".bps.go.id") or "BRS BPS" in sumber:
        return TIER_BPS
    if host.endswith(".go.id"):
        return TIER_GOV
    return TIER_OTHER


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def release_date(sumber: str) -> date | None:
    """Latest date readable in a citation (text dates and dates in URLs); None if none.

    Bare years ("data 2020", "rekap 2010-2025") are ignored on purpose: they name the data
    period, not the release.
    """
    found: list[date | None] = []
    text = RE_URL.sub(" ", sumber)
    for d, m, y in RE_DMY.findall(text):
        found.append(_safe_date(int(y), int(m), int(d)))
    for d, mon, y in RE_D_MON_Y.findall(text):
        found.append(_safe_date(int(y), MONTHS[mon.lower()], int(d)))
    for mon, y in RE_MON_Y.findall(text):
        found.append(_safe_date(int(y), MONTHS[mon.lower()], 1))
    for url in RE_URL.findall(sumber):
        for y, m, d in RE_URL_YMD.findall(url):
            found.append(_safe_date(int(y), int(m), int(d) if d else 1))
        for y, m, d in RE_URL_COMPACT.findall(url):
            found.append(_safe_date(int(y), int(m), int(d)))
    dates = [d for d in found if d is not None]
    return max(dates) if dates else None


def bps_code(kode: str) -> str:
    """'64.02' -> '6402' (BPS numbering both sides); '64' stays '64'."""
    kode = kode.strip()
    if not re.fullmatch(r"\d{2}(\.\d{2})?", kode):
        raise ValueError(f"kode tidak dikenal: {kode!r}")
    return kode.replace(".", "")


def _regency_name(name: str) -> str:
    name = name.strip().lower()
    return re.sub(r"^(kota|kabupaten|kab\.)\s+", "", name)


def _kecamatan_name(name: str) -> str:
    """'Sanga-Sanga' and 'Sanga Sanga' compare equal."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", name.lower()).split())


# code_of(line, row): the checked region code of one CSV row, or ValueError naming the line.
CodeOf = Callable[[int, dict[str, str]], str]


def regency_code(kode_wilayah: Path) -> CodeOf:
    """Check ``kode`` (BPS with a dot) and ``wilayah`` against ``kode_wilayah.csv``."""
    with kode_wilayah.open(encoding="utf-8", newline="") as f:
        names = {row["kode_bps"]: _regency_name(row["nama"]) for row in csv.DictReader(f)}

    def code_of(line: int, row: dict[str, str]) -> str:
        kode, wilayah = row["kode"].strip(), row["wilayah"].strip()
        code = bps_code(kode)
        if code not in names:
            raise ValueError(f"baris {line}: kode BPS {kode} tidak ada di {kode_wilayah}")
        if _regency_name(wilayah) != names[code]:
            raise ValueError(
                f"baris {line}: nama {wilayah!r} tidak cocok dengan kode BPS {kode} "
                f"({names[code]!r}); periksa sistem kode"
            )
        return code

    return code_of


def kecamatan_code(table: Path = KECAMATAN_TABLE) -> CodeOf:
    """Check ``kode_kemendagri`` and ``wilayah`` (a trailing "(...)" ignored) against
    ``data/kecamatan.csv``."""
    with table.open(encoding="utf-8", newline="") as f:
        names = {row["kode_kemendagri"]: _kecamatan_name(row["nama"]) for row in csv.DictReader(f)}

    def code_of(line: int, row: dict[str, str]) -> str:
        kode = row["kode_kemendagri"].strip()
        if kode not in names:
            raise ValueError(f"baris {line}: kode kecamatan {kode} tidak ada di {table}")
        if _kecamatan_name(re.sub(r"\s*\(.*\)$", "", row["wilayah"])) != names[kode]:
            raise ValueError(
                f"baris {line}: nama {row['wilayah']!r} tidak cocok dengan kode {kode} "
                f"({names[kode]!r}); periksa sistem kode"
            )
        return kode

    return code_of


def read_rows(path: Path, code_of: CodeOf) -> list[Figure]:
    """Every row of a shared table as a :class:`Figure`, in file order (``order``)."""
    figures: list[Figure] = []
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            figures.append(
                Figure(
                    order=i,
                    kode_bps=code_of(i + 2, row),  # line 1 is the header
                    tahun=(row["tahun"] or "").strip(),
                    indikator=row["indikator"].strip(),
                    nilai=row["nilai"].strip(),
                    satuan=(row["satuan"] or "").strip(),
                    sumber=(row["sumber"] or "").strip(),
                    catatan=(row["catatan"] or "").strip(),
                )
            )
    return figures


def read_regency_figures(path: Path, kode_wilayah: Path) -> list[Figure]:
    """Rows of a BPS-coded table (``figures.csv``): codes without the dot."""
    return read_rows(path, regency_code(kode_wilayah))


def read_kecamatan_figures(path: Path, table: Path = KECAMATAN_TABLE) -> list[Figure]:
    """Rows of a kecamatan table (``kecamatan_figures.csv``), codes checked against
    ``data/kecamatan.csv``."""
    return read_rows(path, kecamatan_code(table))


def as_civil_registry(fig: Figure) -> None:
    """Re-label a ``penduduk_jiwa`` row as the Dukcapil count it is: another concept than the
    BPS population, never a denominator. Each tool decides which rows are such counts."""
    fig.indikator = "penduduk_jiwa_dukcapil"
    fig.catatan = f"Angka administrasi kependudukan (Dukcapil), bukan BPS. {fig.catatan}"
