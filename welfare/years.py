"""Which year a view shows: one rule for every page, presenter step and slide.

Two questions, each answered once here:

- **No year chosen** (a link without ``tahun``, an agenda step without ``tahun``, the profile's
  cards of other indicators): :func:`default_year`, the latest year with values for at least
  8 of the 10 regencies. A later, thinner year is offered, never hidden.
- **A chosen year without data** (for one region, a programme, a denominator):
  :func:`fallback_year`, the nearest earlier year, else the nearest later one. It never
  interpolates and prefers the past: a published figure of an earlier year is what an official
  would quote.

:func:`year_to_show` combines both. The map, profile, home page, target tables, presenter
steps and the Bahan rapat slides all ask it, so one regency's number for one indicator is the
same everywhere (``tests/app/test_one_truth.py`` walks one through every page).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# A year "shows data" on a map of the ten regencies when at least this many have a value.
MIN_REGIONS_FOR_DEFAULT = 8


@dataclass(frozen=True)
class YearChoice:
    """The year an indicator opens on, and what the user should know about later years."""

    year: int | None
    n_regions: int  # regencies with data in ``year``
    later_thinner: tuple[int, ...]  # later years with fewer regencies than the threshold


def default_year(
    counts: Mapping[int, int], *, min_regions: int = MIN_REGIONS_FOR_DEFAULT
) -> YearChoice:
    """The most recent year with data for at least ``min_regions`` regencies.

    ``counts``: {year: regencies with a value}. When no year reaches the threshold, the year
    with the most regencies (the latest of those) is used, so a sparse indicator still opens on
    its best year. Later years that have some data but fewer regencies are listed so the page
    can offer them.
    """
    if not counts:
        return YearChoice(None, 0, ())
    years = sorted(counts)
    full = [y for y in years if counts[y] >= min_regions]
    if full:
        year = full[-1]
    else:
        best = max(counts.values())
        year = max(y for y in years if counts[y] == best)
    later = tuple(y for y in years if y > year)
    return YearChoice(year, counts[year], later)


def year_to_show(wanted: int | None, counts: Mapping[int, int]) -> int | None:
    """The year a view of one indicator shows: ``wanted`` when it has data, else the nearest
    earlier (then later) year; without ``wanted``, :func:`default_year` of ``counts``."""
    if wanted is None:
        return default_year(counts).year
    return fallback_year(wanted, counts)


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
