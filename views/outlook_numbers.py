"""How the Antisipasi page writes its numbers: counts, signed changes, rates, percentages and
year spans, with the digits each kind keeps.

Separate so the cards, the worked example and the ranking round and sign a number the same
way; a change of precision is made here once.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from welfare import formatting

COUNT_DECIMALS = 0
RATE_DECIMALS = 2
PERCENT_DECIMALS = 1


def count(value: float | None, lang: str) -> str:
    return formatting.format_number(value, COUNT_DECIMALS, lang)


def signed(value: float | None, lang: str, *, plus: bool = True) -> str:
    """'+36.192' / '−1.200' (a change is written with its sign; ``plus=False`` for a table cell,
    which a spreadsheet would read as a formula, under a heading that says "increase")."""
    if value is None or pd.isna(value):
        return formatting.MISSING
    text = count(abs(value), lang)
    if text == "0" or (value > 0 and not plus):
        return text
    return ("+" if value > 0 else "−") + text


def rate(value: float | None, lang: str) -> str:
    return formatting.format_number(value, RATE_DECIMALS, lang)


def percent(value: float | None, lang: str) -> str:
    return formatting.format_number(value, PERCENT_DECIMALS, lang)


def signed_percent(value: float | None, lang: str, *, plus: bool = True) -> str:
    if value is None or pd.isna(value):
        return formatting.MISSING
    text = percent(abs(value), lang)
    sign = "−" if value < 0 else "+" if plus else ""
    return f"{sign}{text} %"


def years_text(years: Sequence[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")
