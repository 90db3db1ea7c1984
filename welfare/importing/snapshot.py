"""The snapshot date of a DTSEN file: "DTSEN per 23 Januari 2026", "Posisi data: Desember 2025".

DTSEN (Inpres 4/2025) is updated every quarter, so a decile count without the date of the
register it was drawn from cannot be compared with anything. A file with DTSEN figures
(``dtsen_*`` or a recipients-by-decile cross-tab ``*_desil<n>``) must therefore say its
snapshot date, in one of these places (first found wins; two different dates are an error):

- a title or note cell: "DTSEN per 23 Januari 2026", "Posisi data: 23/01/2026", "keadaan
  Desember 2025", or a cell "Posisi data" with the date in the cell to its right;
- a column headed ``tanggal_data`` / "Tanggal data" / "Posisi data" (one date for all rows);
- the caller: ``ImportOptions.snapshot_date`` (Kelola data page, CLI ``--snapshot``).

A month without a day ("Agustus 2025") is accepted and stored as the first of the month; the
label keeps what was written. Pure functions, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from welfare.importing.names import normalise
from welfare.importing.reader import Workbook

MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8,
    "agt": 8, "ags": 8, "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip
MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (
    rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{_MON})\.?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-](?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<y3>(?:19|20)\d{{2}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|(?P<m4>{_MON})\.?\s+(?P<y4>(?:19|20)\d{{2}})"
)
RE_DATE = re.compile(rf"(?<![\w/.-])(?:{_DATE})(?![\w/])", re.IGNORECASE)
# Words that announce a snapshot date right before it.
_CUES = r"posisi(?:\s+data)?|per\s+tanggal|tanggal\s+(?:data|posisi)|keadaan|kondisi|snapshot|per"
RE_CUED = re.compile(rf"(?<!\w)(?:{_CUES})\s*[:\-–]?\s*(?:tanggal\s+)?(?:{_DATE})", re.I)
# In a source note the register's name itself is a cue: "DTSEN Agustus 2025".
RE_NOTE = re.compile(rf"(?<!\w)(?:{_CUES}|dtsen)\s*[:\-–]?\s*(?:tanggal\s+)?(?:{_DATE})", re.I)
SNAPSHOT_KEYS = frozenset(
    {
        "tanggal data",
        "tanggal posisi",
        "posisi data",
        "posisi",
        "per tanggal",
        "snapshot",
        "tanggal snapshot",
        "tgl data",
        "posisi tanggal",
    }
)
SCAN_ROWS = 30
_INDICATOR_DECILE = re.compile(r"_desil\d+(?:_\d+)?(?:_kk|_jiwa)?$")


@dataclass(frozen=True)
class Snapshot:
    """A snapshot date, how it reads, and where it was found (for the report)."""

    date: date
    label: str  # "23 Januari 2026" or "Agustus 2025"
    found_in: str  # "judul lembar 'Data'", "kolom tanggal_data", "pilihan impor"

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def is_dtsen_indicator(indicator_id: str) -> bool:
    """Figures drawn from the DTSEN register (deciles and recipients by decile)."""
    return indicator_id.startswith("dtsen_") or bool(_INDICATOR_DECILE.search(indicator_id))


def label_for(day: date, has_day: bool = True) -> str:
    month = MONTH_NAMES[day.month - 1]
    return f"{day.day} {month} {day.year}" if has_day else f"{month} {day.year}"


def _from_match(m: re.Match[str]) -> tuple[date, str] | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            day = date(int(g["y1"]), MONTHS[g["m1"].lower()], int(g["d1"]))
            return day, label_for(day)
        if g["y2"]:
            day = date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
            return day, label_for(day)
        if g["y3"]:
            day = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
            return day, label_for(day)
        if g["y4"]:
            day = date(int(g["y4"]), MONTHS[g["m4"].lower()], 1)
            return day, label_for(day, has_day=False)
    except (ValueError, KeyError):
        return None
    return None


def parse_date(value: object) -> tuple[date, str] | None:
    """A cell that IS a date: a date/datetime, an Excel serial number, or date text."""
    if isinstance(value, datetime):
        return value.date(), label_for(value.date())
    if isinstance(value, date):
        return value, label_for(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 30000 < value < 80000:
        day = date(1899, 12, 30) + timedelta(days=int(value))  # Excel's day zero
        return day, label_for(day)
    if isinstance(value, str):
        m = RE_DATE.fullmatch(value.strip().rstrip("."))
        return _from_match(m) if m else None
    return None


def in_text(text: str, *, note: bool = False) -> tuple[date, str] | None:
    """A snapshot date announced in free text ("DTSEN per 23 Januari 2026")."""
    pattern = RE_NOTE if note else RE_CUED
    for m in pattern.finditer(text):
        found = _from_match(m)
        if found:
            return found
    return None


def from_note(text: str | None) -> str | None:
    """Label of a snapshot date a stored source or note mentions ("Agustus 2025"), or None."""
    if not text:
        return None
    found = in_text(text, note=True)
    return found[1] if found else None


class SnapshotConflict(ValueError):
    """The file names two different snapshot dates."""


def find_in_workbook(workbook: Workbook) -> Snapshot | None:
    """The one snapshot date a workbook states; ``SnapshotConflict`` (Indonesian) if several."""
    found: dict[date, Snapshot] = {}
    for sheet in workbook.sheets:
        where = f"lembar '{sheet.name}'" if sheet.name else "berkas"
        for r in range(min(SCAN_ROWS, sheet.n_rows)):
            row = sheet.cells[r]
            for c, value in enumerate(row):
                if not isinstance(value, str):
                    continue
                key = normalise(value.rstrip(":"))
                if key in SNAPSHOT_KEYS:
                    # "Posisi data" | 23/01/2026 side by side, or a tanggal_data column.
                    right = sheet.value(r, c + 1)
                    hit = parse_date(right) if right is not None else None
                    if hit:
                        found.setdefault(
                            hit[0], Snapshot(hit[0], hit[1], f"{where}, baris {r + 1}")
                        )
                        continue
                    below = {
                        parsed
                        for rr in range(r + 1, sheet.n_rows)
                        if (v := sheet.value(rr, c)) is not None and (parsed := parse_date(v))
                    }
                    for day, label in below:
                        found.setdefault(day, Snapshot(day, label, f"{where}, kolom '{value}'"))
                    continue
                hit = in_text(value)
                if hit:
                    found.setdefault(hit[0], Snapshot(hit[0], hit[1], f"{where}, baris {r + 1}"))
    if len(found) > 1:
        listed = ", ".join(
            f"{s.label} ({s.found_in})" for s in sorted(found.values(), key=lambda s: s.date)
        )
        raise SnapshotConflict(
            f"berkas menyebut lebih dari satu tanggal posisi DTSEN: {listed}. Satu berkas "
            "memuat satu posisi data; pisahkan per tanggal posisi."
        )
    return next(iter(found.values()), None)


def from_option(value: date | str | None) -> Snapshot | None:
    """``ImportOptions.snapshot_date`` (a date or 'YYYY-MM-DD') as a Snapshot."""
    if value is None or value == "":
        return None
    day = value if isinstance(value, date) else date.fromisoformat(str(value).strip())
    return Snapshot(day, label_for(day), "pilihan impor")


MISSING_REASON = (
    "berkas berisi angka DTSEN (desil) tetapi tidak menyebut tanggal posisi datanya. DTSEN "
    "dimutakhirkan tiap triwulan, jadi angka desil tanpa tanggal posisi tidak dapat "
    "dibandingkan. Tulis tanggalnya di judul (mis. 'DTSEN per 23 Januari 2026'), dalam sel "
    "'Posisi data' di samping tanggalnya, atau sebagai kolom 'tanggal_data'; atau isi tanggal "
    "posisi saat impor (CLI: --snapshot 2026-01-23)."
)

__all__ = [
    "MISSING_REASON",
    "Snapshot",
    "SnapshotConflict",
    "find_in_workbook",
    "from_note",
    "from_option",
    "in_text",
    "is_dtsen_indicator",
    "parse_date",
]
