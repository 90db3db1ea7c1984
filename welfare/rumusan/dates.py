"""Dates as staff write them: "12 Mei 2026", "Selasa, 12 Mei 2026", "12/05/2026", "12-05-2026",
"2026-05-12", or a date cell of a spreadsheet.

Day first, always (Indonesian order); a year has four digits. A deadline may be a month only
("Desember 2026": by the end of that month, so its last day); a meeting or a note needs its
day. Anything else is refused with the forms that are accepted, never guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from welfare.importing.snapshot import MONTH_NAMES, MONTHS

YEARS = (2000, 2100)
FORMS = "misalnya 31 Desember 2026, 31/12/2026 atau 2026-12-31"

_WEEKDAY = re.compile(r"^(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*", re.I)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORDS = re.compile(rf"^(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})$", re.I)
_NUMERIC = re.compile(r"^(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})$")
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T]00:00(?::00)?)?$")
_MONTH_ONLY = re.compile(rf"^(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})$", re.I)
_SHORT_YEAR = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}$")


class DateFormatError(ValueError):
    """The text is not a date in an accepted form; ``reason`` is Bahasa Indonesia."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ParsedDay:
    day: date
    has_day: bool  # False: a month only ("Desember 2026"), read as its last day


def label(day: date) -> str:
    """'31 Desember 2026'."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _make(year: int, month: int, day: int, shown: str) -> date:
    if not YEARS[0] <= year <= YEARS[1]:
        raise DateFormatError(f"tahun pada tanggal '{shown}' di luar {YEARS[0]}-{YEARS[1]}.")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateFormatError(f"tanggal '{shown}' tidak ada di kalender.") from exc


def parse_day(raw: object, *, month_only: bool = False) -> ParsedDay | None:
    """The date ``raw`` names, None when empty; :class:`DateFormatError` otherwise.

    ``month_only=True`` (deadlines) accepts "Desember 2026" as 31 December 2026.
    """
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return ParsedDay(_make(raw.year, raw.month, raw.day, str(raw)), True)
    if isinstance(raw, date):
        return ParsedDay(_make(raw.year, raw.month, raw.day, str(raw)), True)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise DateFormatError(
            f"'{raw}' adalah angka, bukan tanggal; tulis tanggalnya, {FORMS} (atau ubah "
            "format sel menjadi tanggal)."
        )
    text = " ".join(str(raw).split()).strip().rstrip(".")
    if not text or text == "-":
        return None
    text = _WEEKDAY.sub("", text)
    for pattern in (_WORDS, _NUMERIC, _ISO):
        m = pattern.match(text)
        if m:
            month = m["m"]
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            return ParsedDay(_make(int(m["y"]), number, int(m["d"]), text), True)
    m = _MONTH_ONLY.match(text)
    if m:
        year, number = int(m["y"]), MONTHS[m["m"].lower()]
        if not month_only:
            raise DateFormatError(
                f"'{text}' tidak menyebut tanggalnya; tulis tanggal lengkap, {FORMS}."
            )
        last = calendar.monthrange(year, number)[1] if YEARS[0] <= year <= YEARS[1] else 1
        return ParsedDay(_make(year, number, last, text), False)
    if _SHORT_YEAR.match(text):
        raise DateFormatError(f"tahun pada '{text}' harus ditulis empat angka, {FORMS}.")
    raise DateFormatError(f"'{text}' bukan tanggal yang dikenali; tulis {FORMS}.")
