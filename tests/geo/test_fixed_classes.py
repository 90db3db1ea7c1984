"""Breaks fixed across years: computed once over every year's values, the same in each year."""

from __future__ import annotations

import math

import pandas as pd

from geo.choropleth import classify, colours
from geo.fixed_classes import fixed_classes

YEARS = {
    2019: [10.0, 12.0, 14.0, 30.0, 31.0],
    2020: [11.0, 13.0, 20.0, 35.0, float("nan")],
    2021: [9.0, 15.0, 22.0, 40.0, 41.0],
}


def test_breaks_come_from_all_years_pooled() -> None:
    fixed = fixed_classes(YEARS, k=3)
    pooled = classify([v for vals in YEARS.values() for v in vals], k=3)
    assert fixed.upper_bounds == pooled.upper_bounds
    assert fixed.minimum == 9.0
    assert fixed.upper_bounds[-1] == 41.0
    assert fixed.years == (2019, 2020, 2021)
    assert fixed.k == 3


def test_every_year_gets_the_same_legend_and_classes_compare() -> None:
    fixed = fixed_classes(YEARS, k=3)
    per_year = {y: fixed.classify(v) for y, v in YEARS.items()}
    assert {c.ranges() == per_year[2019].ranges() for c in per_year.values()} == {True}
    assert {c.k for c in per_year.values()} == {3}
    # The same value lands in the same class whatever the year ...
    assert per_year[2019].classes[3] == per_year[2020].classes[3] == 2  # 30 and 35
    # ... while each year's own breaks would put a year's maximum always in the top class.
    own_2019 = classify(YEARS[2019], k=3)
    assert own_2019.upper_bounds != fixed.upper_bounds
    assert per_year[2020].classes[4] == -1  # NaN stays without class
    assert colours(per_year[2020], higher_is_worse=True)[4] == "#bdbdbd"


def test_a_year_without_any_value_keeps_the_legend() -> None:
    fixed = fixed_classes({**YEARS, 2018: []}, k=3)
    empty = fixed.classify(pd.Series([math.nan] * 5))
    assert empty.classes == (-1,) * 5
    assert empty.ranges() == fixed.classify(YEARS[2019]).ranges()
    assert fixed.years == (2018, 2019, 2020, 2021)


def test_values_outside_the_pooled_range_go_to_the_end_classes() -> None:
    fixed = fixed_classes(YEARS, k=3)
    out = fixed.classify([1.0, 100.0])
    assert out.classes == (0, 2)


def test_no_values_at_all_gives_no_classes() -> None:
    fixed = fixed_classes({2020: [float("nan")], 2021: []})
    assert fixed.k == 0
    assert fixed.classify([1.0, float("nan")]).classes == (-1, -1)
