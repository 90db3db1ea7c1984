"""The years a time playback steps through, and the step after the current one.

A playback shows every calendar year from the indicator's first year with data to its last,
including the years in between that have none (shown as "tidak ada data <tahun>"), so the
pace of the animation is the pace of time and a gap in the data is seen as a gap. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable


def play_years(years_with_data: Iterable[int]) -> tuple[int, ...]:
    """Every year from the first to the last year with data (empty when there is none)."""
    years = sorted({int(y) for y in years_with_data})
    if not years:
        return ()
    return tuple(range(years[0], years[-1] + 1))


def next_year(steps: tuple[int, ...], current: int, *, loop: bool = False) -> int | None:
    """The year after ``current`` in ``steps``; at the end the first (``loop``) or ``None``.

    A ``current`` outside ``steps`` continues with the first year after it.
    """
    if not steps:
        return None
    later = [y for y in steps if y > current]
    if later:
        return later[0]
    return steps[0] if loop else None


def start_year(steps: tuple[int, ...], current: int) -> int | None:
    """Where pressing play starts: the year on screen, or the first year when it is the last."""
    if not steps:
        return None
    if current >= steps[-1] or current < steps[0]:
        return steps[0]
    return current
