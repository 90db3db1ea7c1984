"""Number and date formatting for display: Indonesian by default ('1.234,5', '23 Januari
2026'), English on request ('1,234.5', '23 January 2026').

Only formatting lives here; parsing user files ("1.234", "12,5") belongs to the import engine.
Missing values (``None``, NaN, ``pd.NA``) are shown as an en dash, never as "nan".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date
from numbers import Real

MISSING = "–"

_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)
MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
# A date as the Indonesian labels write it: "23 Januari 2026" or "Agustus 2025".
_ID_DATE = re.compile(
    r"(?<!\w)(?:(\d{1,2})\s+)?(" + "|".join(MONTHS["id"]) + r")\s+((?:19|20)\d{2})(?!\w)"
)


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(math.isnan(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        # pd.NA raises TypeError on bool(); anything non-numeric is "missing" for display.
        return not isinstance(value, Real)


def format_number(
    value: float | int | None, decimals: int = 0, lang: str = "id", *, missing: str = MISSING
) -> str:
    """Format a number with grouping: ``format_number(1234.5, 1) == '1.234,5'``.

    Parameters
    ----------
    value
        The number; ``None``/NaN gives ``missing``.
    decimals
        Digits after the decimal separator (rounded half to even, like Python's ``format``).
    lang
        ``'id'`` (``1.234,5``) or ``'en'`` (``1,234.5``).
    """
    if _is_missing(value):
        return missing
    number = float(value)
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    text = f"{number:,.{max(decimals, 0)}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0,0"
    thousands, decimal = _SEPARATORS.get(lang, _SEPARATORS["id"])
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def format_int(value: float | int | None, lang: str = "id", *, missing: str = MISSING) -> str:
    """Whole number with grouping: ``format_int(1234567) == '1.234.567'``."""
    return format_number(value, 0, lang, missing=missing)


def format_percent(
    value: float | int | None, decimals: int = 1, lang: str = "id", *, missing: str = MISSING
) -> str:
    """A value already in percent: ``format_percent(5.781) == '5,8%'``."""
    if _is_missing(value):
        return missing
    return f"{format_number(value, decimals, lang)}%"


def format_currency(value: float | int | None, lang: str = "id", *, missing: str = MISSING) -> str:
    """Rupiah without decimals: ``format_currency(866193) == 'Rp866.193'``."""
    if _is_missing(value):
        return missing
    return f"Rp{format_number(value, 0, lang)}"


def format_value(
    value: float | int | None,
    kind: str,
    lang: str = "id",
    *,
    decimals: int | None = None,
    missing: str = MISSING,
) -> str:
    """Format by catalogue ``kind`` (count, percent, index, currency, area) or rate kind.

    Defaults: count 0 decimals, percent 2, index 2, currency 0 (``Rp``), area 0, and the rate
    kinds ``per_1000`` 2 and ``coverage`` 1 (with ``%``).
    """
    digits = fixed_decimals(kind) if decimals is None else decimals
    if kind in ("percent", "coverage"):
        return format_percent(value, digits, lang, missing=missing)
    if kind == "currency":
        return format_currency(value, lang, missing=missing)
    return format_number(value, digits, lang, missing=missing)


# Digits of a measure written with a fixed precision, whatever the size of its numbers.
_FIXED_DECIMALS = {"percent": 2, "index": 2, "per_1000": 2, "coverage": 1, "share": 1}


def fixed_decimals(kind: str) -> int:
    """Fixed digits of a measure: a percent, an index and a rate per 1.000 penduduk 2, a
    coverage and a ``share`` (a part of a total, in %) 1, anything else (counts, money, area)
    0. :func:`format_value` writes with them; the PMKS mix on the Tren page and the
    kecamatan's share of its regency too. Numbers whose digits follow their size use
    :func:`decimals_for`."""
    return _FIXED_DECIMALS.get(kind, 0)


def decimals_for(values: Iterable[float | None], kind: str) -> int:
    """Digits for a mapped or charted value, by the largest magnitude shown.

    Index values always get 2; otherwise 0 from 1.000 up, 1 from 100 up, else 2 (0 when nothing
    is shown). One rule for the map, its table, the charts and the meeting brief.
    """
    present = [abs(float(v)) for v in values if not _is_missing(v)]
    if not present:
        return 0
    if kind == "index":
        return 2
    top = max(present)
    if top >= 1000:
        return 0
    if top >= 100:
        return 1
    return 2


def value_decimals(values: Iterable[float | None], kind: str) -> int:
    """Digits for values shown as stored (not mapped): counts and money are whole numbers,
    everything else follows :func:`decimals_for`. The home table, the target tables, the
    kecamatan profile and their slides use it."""
    if kind in ("count", "currency"):
        return 0
    return decimals_for(values, kind)


def column_decimals(rows: Sequence[Sequence[object]]) -> list[int]:
    """Digits for each column of a table of charted numbers (a chart's data as a table, under
    every chart of the pages): :func:`decimals_for` of the column's numbers, each column on
    its own; text, booleans and missing cells do not count."""
    width = max((len(row) for row in rows), default=0)
    return [
        decimals_for(
            [row[i] for row in rows if i < len(row) and _is_number(row[i])],
            "value",
        )
        for i in range(width)
    ]


def _is_number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)  # numpy's numbers too


def format_date(day: date, lang: str = "id", *, with_day: bool = True) -> str:
    """``23 Januari 2026`` / ``23 January 2026``; ``with_day=False``: ``Januari 2026``."""
    month = MONTHS.get(lang, MONTHS["id"])[day.month - 1]
    return f"{day.day} {month} {day.year}" if with_day else f"{month} {day.year}"


def localise_dates(text: str, lang: str = "id") -> str:
    """Dates written in Indonesian inside a stored label ("23 Januari 2026", "Agustus 2025",
    as the DTSEN snapshot labels are stored) in the language; other text is left as it is."""
    if lang == "id" or not text:
        return text

    def one(m: re.Match[str]) -> str:
        day, month, year = m.groups()
        index = MONTHS["id"].index(month)
        shown = MONTHS.get(lang, MONTHS["id"])[index]
        return f"{day} {shown} {year}" if day else f"{shown} {year}"

    return _ID_DATE.sub(one, text)
