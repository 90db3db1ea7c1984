"""The one year-fallback rule (welfare/years.py)."""

from __future__ import annotations

import pytest

from welfare.years import fallback_year


@pytest.mark.parametrize(
    ("wanted", "available", "expected"),
    [
        (2024, [2022, 2023, 2024], 2024),  # the year itself
        (2024, [2021, 2023, 2025], 2023),  # nearest earlier, not the later 2025
        (2023, [2020, 2022, 2024], 2022),  # earlier wins over an equally near later year
        (2019, [2021, 2024], 2021),  # nothing earlier: nearest later, not the latest
        (None, [2024, 2021, 2023], 2024),  # no wanted year: the latest
        (2024, [], None),
        (None, [], None),
        (2023, (y for y in [2022, 2022, 2021]), 2022),  # any iterable, duplicates allowed
    ],
)
def test_fallback_year(wanted, available, expected):
    assert fallback_year(wanted, available) == expected
