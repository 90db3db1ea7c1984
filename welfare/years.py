"""Which year a view shows when the chosen year has no data: one rule for every page.

Maps, trends, coverage, profiles, the meeting brief and the denominators of rates all ask
:func:`fallback_year`, so two views of one meeting never disagree about the year they show.
The rule never interpolates and prefers the past: a published figure of an earlier year is
what an official would quote; a later one is used only when nothing earlier exists.
"""

from __future__ import annotations

from collections.abc import Iterable


def fallback_year(wanted: int | None, available: Iterable[int]) -> int | None:
    """The year to show for ``wanted`` among ``available`` years.

    ``wanted`` itself when it has data; else the nearest earlier year; else the nearest later
    year. No ``wanted`` (no filter yet) means the latest year; no data at all means ``None``.
    """
    years = sorted(set(available))
    if not years:
        return None
    if wanted is None:
        return years[-1]
    if wanted in years:
        return wanted
    earlier = [y for y in years if y < wanted]
    return earlier[-1] if earlier else years[0]
