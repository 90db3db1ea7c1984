"""Compare like with like: the province and a zone of regencies in the same year.

A meeting-room slide that puts the province's 2025 figure beside the buffer zone's 2021 figure
invites a comparison the numbers cannot carry. The rule here: the province and the zone are
shown for the latest year *both* have in full (the province's own published row or all of its
regencies; every regency of the zone), and that year is said once. Pure Python, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def complete_years(years_by_region: Mapping[str, set[int]], codes: Iterable[str]) -> set[int]:
    """Years in which every region in ``codes`` has a value (empty when ``codes`` is empty)."""
    sets = [set(years_by_region.get(str(k), set())) for k in codes]
    return set.intersection(*sets) if sets else set()


def province_years(
    years_by_region: Mapping[str, set[int]], province_code: str, regency_codes: Iterable[str]
) -> set[int]:
    """Years with a province figure: its own published row, or every regency (an aggregate)."""
    own = set(years_by_region.get(province_code, set()))
    return own | complete_years(years_by_region, regency_codes)


def common_year(province: Iterable[int], zone: Iterable[int]) -> int | None:
    """The latest year both the province and the zone have, or ``None`` when they share none.

    >>> common_year({2021, 2024, 2025}, {2021, 2024})
    2024
    >>> common_year({2025}, {2021}) is None
    True
    """
    shared = set(province) & set(zone)
    return max(shared) if shared else None
