"""How a region's class and colour are decided (geo/choropleth.py).

The worked example is the BPS poverty rate (March 2024, % of the population) of the ten
regencies, as the seeded store holds it. Kutai Kartanegara (BPS 6403, Kemendagri 64.02) has
7,28 %: exactly the upper edge of a Fisher-Jenks class, so it also shows that edges are
inclusive (the value belongs to the lower class).
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from branca.utilities import color_brewer

from geo.choropleth import (
    MAX_CLASSES,
    NO_DATA_COLOR,
    classify,
    colours,
    palette,
    palette_for,
)
from welfare import read_models

# penduduk_miskin_persen, 2024, from data/seed/official_figures.csv (checked against the
# seeded store below), in the regions table's order.
POVERTY_2024 = {
    "6401": 8.63,  # Paser
    "6402": 9.56,  # Kutai Barat
    "6403": 7.28,  # Kutai Kartanegara
    "6404": 8.81,  # Kutai Timur
    "6405": 5.08,  # Berau
    "6409": 6.68,  # Penajam Paser Utara
    "6411": 10.75,  # Mahakam Ulu
    "6471": 2.23,  # Balikpapan
    "6472": 4.30,  # Samarinda
    "6474": 3.74,  # Bontang
}
CODES = list(POVERTY_2024)
VALUES = list(POVERTY_2024.values())
KUKAR = CODES.index("6403")


def test_the_worked_example_is_the_stores_poverty_table(seeded_engine):
    table = read_models.rate_table(seeded_engine, "penduduk_miskin_persen", 2024).data
    assert dict(zip(table["kode_bps"], table["rate"], strict=True)) == POVERTY_2024
    assert set(table["dataset_kind"]) == {"official"}


# --------------------------------------------------------------------------------------------
# palettes


@pytest.mark.parametrize("k", [3, 4, 5])
@pytest.mark.parametrize("name", ["YlOrRd", "YlGnBu"])
def test_palettes_are_colorbrewers(name, k):
    # branca ships Cynthia Brewer's tables: an independent copy to compare with.
    assert palette(name, k) == color_brewer(name, k)


def test_one_and_two_classes_take_colours_from_the_larger_schemes():
    assert palette("YlOrRd", 1) == ["#fd8d3c"]
    assert palette("YlOrRd", 2) == ["#fecc5c", "#e31a1c"]
    assert palette("YlGnBu", 1) == ["#41b6c4"]
    assert palette("YlGnBu", 2) == ["#a1dab4", "#225ea8"]


def test_higher_is_worse_maps_to_yellow_red_and_better_to_blue_green():
    assert palette_for(True, 5) == ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
    assert palette_for(False, 5) == ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]


@pytest.mark.parametrize("k", [0, 6])
def test_palettes_stop_at_five_classes(k):
    with pytest.raises(ValueError, match="between 1 and 5"):
        palette("YlOrRd", k)


def test_a_palette_is_a_copy():
    palette("YlOrRd", 3).append("#000000")
    assert palette("YlOrRd", 3) == ["#ffeda0", "#feb24c", "#f03b20"]


# --------------------------------------------------------------------------------------------
# Fisher-Jenks on the worked example


def test_kutai_kartanegara_poverty_2024_is_in_the_middle_class_orange():
    c = classify(VALUES)
    assert c.method == "fisher_jenks"
    assert c.k == MAX_CLASSES == 5
    assert c.minimum == 2.23
    assert c.upper_bounds == (2.23, 5.08, 7.28, 9.56, 10.75)
    assert c.ranges() == [(2.23, 2.23), (2.23, 5.08), (5.08, 7.28), (7.28, 9.56), (9.56, 10.75)]
    assert dict(zip(CODES, c.classes, strict=True)) == {
        "6401": 3,
        "6402": 3,
        "6403": 2,  # 7,28 is the upper edge of class 2, so class 2 (not 3)
        "6404": 3,
        "6405": 1,
        "6409": 2,
        "6411": 4,
        "6471": 0,
        "6472": 1,
        "6474": 1,
    }
    fills = colours(c, higher_is_worse=True)
    assert fills[KUKAR] == "#fd8d3c"
    assert fills == [
        "#f03b20",
        "#f03b20",
        "#fd8d3c",
        "#f03b20",
        "#fecc5c",
        "#fd8d3c",
        "#bd0026",
        "#ffffb2",
        "#fecc5c",
        "#fecc5c",
    ]


def test_higher_is_better_keeps_the_classes_and_swaps_the_palette():
    c = classify(VALUES)
    fills = colours(c, higher_is_worse=False)
    assert fills[KUKAR] == "#41b6c4"
    assert fills[CODES.index("6411")] == "#253494"  # highest value: darkest
    assert fills[CODES.index("6471")] == "#ffffcc"  # lowest value: lightest


def _sdcm(groups: list[np.ndarray]) -> float:
    """Sum of squared deviations from the class means: what Fisher-Jenks minimises."""
    return float(sum(((g - g.mean()) ** 2).sum() for g in groups))


@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_breaks_are_the_optimal_fisher_jenks_partition(k):
    # Brute force over every split of the sorted values into k runs: the classes chosen must
    # have the smallest within-class variance of them all.
    x = np.sort(np.asarray(VALUES))
    best = min(
        itertools.combinations(range(1, len(x)), k - 1),
        key=lambda cuts: _sdcm(np.split(x, cuts)),
    )
    expected = tuple(float(g.max()) for g in np.split(x, best))
    assert classify(VALUES, k=k).upper_bounds == expected


def test_fewer_classes_on_request():
    c = classify(VALUES, k=3)
    assert c.upper_bounds == (5.08, 7.28, 10.75)
    assert c.classes[KUKAR] == 1
    assert colours(c, True)[KUKAR] == "#feb24c"  # middle of the 3-class YlOrRd


def test_one_class_on_request_spans_every_value():
    c = classify(VALUES, k=1)
    assert (c.upper_bounds, c.classes) == ((10.75,), (0,) * 10)
    assert c.ranges() == [(2.23, 10.75)]
    assert colours(c, True) == ["#fd8d3c"] * 10


def test_never_more_than_five_classes():
    assert classify(VALUES, k=8).upper_bounds == (2.23, 5.08, 7.28, 9.56, 10.75)


def test_deterministic_and_independent_of_row_order():
    shuffled = [VALUES[i] for i in (9, 3, 0, 7, 2, 5, 8, 1, 6, 4)]
    a, b = classify(VALUES), classify(shuffled)
    assert a.upper_bounds == b.upper_bounds == classify(VALUES).upper_bounds
    assert b.classes == tuple(a.classes[i] for i in (9, 3, 0, 7, 2, 5, 8, 1, 6, 4))


def test_edges_are_inclusive_upper_bounds():
    # Fisher-Jenks puts its edges on data values; a value on an edge stays in the lower class.
    c = classify(VALUES)
    assert c.upper_bounds[2] == VALUES[KUKAR] and c.classes[KUKAR] == 2
    assert c.upper_bounds[1] == POVERTY_2024["6405"] and c.classes[CODES.index("6405")] == 1
    # The smallest step above an edge is in the next class.
    above = float(np.nextafter(7.28, 8.0))
    assert classify([2.23, 7.28, above, 10.75], thresholds=[7.28]).classes == (0, 0, 1, 1)


# --------------------------------------------------------------------------------------------
# few values, missing values


def test_few_distinct_values_give_that_many_classes():
    c = classify([1.0, 1.0, 2.0, 2.0, 3.0])
    assert c.k == 3
    assert c.upper_bounds == (1.0, 2.0, 3.0)
    assert c.classes == (0, 0, 1, 1, 2)
    assert colours(c, True) == ["#ffeda0", "#ffeda0", "#feb24c", "#feb24c", "#f03b20"]


def test_two_distinct_values_give_two_classes():
    c = classify([4.3, 2.23, 4.3])
    assert c.upper_bounds == (2.23, 4.3)
    assert colours(c, False) == ["#225ea8", "#a1dab4", "#225ea8"]


def test_all_equal_values_are_one_class():
    c = classify([7.28, 7.28, 7.28])
    assert (c.k, c.upper_bounds, c.classes, c.method) == (1, (7.28,), (0, 0, 0), "fisher_jenks")
    assert c.ranges() == [(7.28, 7.28)]
    assert colours(c, True) == ["#fd8d3c"] * 3
    assert colours(c, False) == ["#41b6c4"] * 3


def test_a_single_region_is_one_class():
    c = classify(pd.Series([7.28], index=["6403"]))
    assert (c.minimum, c.upper_bounds, c.classes) == (7.28, (7.28,), (0,))
    assert colours(c, True) == ["#fd8d3c"]


def test_missing_values_are_unclassed_grey_and_do_not_move_the_breaks():
    # penduduk_miskin_persen 2025 in the seed: four regencies have no figure yet.
    values = [8.13, None, 6.80, 8.07, 4.44, 5.58, math.nan, None, pd.NA, 3.21]
    c = classify(pd.Series(values, dtype="Float64"))
    assert c.upper_bounds == classify([8.13, 6.80, 8.07, 4.44, 5.58, 3.21]).upper_bounds
    assert c.upper_bounds == (3.21, 4.44, 5.58, 6.8, 8.13)
    assert c.classes == (4, -1, 3, 4, 1, 2, -1, -1, -1, 0)
    fills = colours(c, True)
    assert fills[1] == fills[6] == fills[7] == fills[8] == NO_DATA_COLOR == "#bdbdbd"
    assert fills[2] == "#f03b20"  # Kutai Kartanegara 6,80 %


def test_nothing_to_class():
    c = classify([None, math.nan])
    assert (c.k, c.upper_bounds, c.classes, c.method) == (0, (), (-1, -1), "none")
    assert math.isnan(c.minimum)
    assert c.ranges() == []
    assert colours(c, True) == [NO_DATA_COLOR, NO_DATA_COLOR]


def test_classification_is_frozen():
    c = classify(VALUES)
    with pytest.raises(AttributeError):
        c.upper_bounds = ()  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# thresholds chosen by the office


def test_thresholds_are_inclusive_upper_bounds_closed_by_the_maximum():
    c = classify(VALUES, thresholds=[8, 5])
    assert c.method == "thresholds"
    assert c.upper_bounds == (5.0, 8.0, 10.75)
    assert c.classes[KUKAR] == 1
    assert colours(c, True)[KUKAR] == "#feb24c"
    assert classify(VALUES, thresholds=[7.28]).classes[KUKAR] == 0  # on the threshold: below


def test_thresholds_above_the_data_make_no_empty_class():
    c = classify(VALUES, thresholds=[5, 12])
    assert c.upper_bounds == (5.0, 10.75)
    assert c.ranges() == [(2.23, 5.0), (5.0, 10.75)]


@pytest.mark.parametrize(
    "thresholds",
    [[3, 4, 5, 6], [0.5, 5], [2.23, 8], [5, 5, 8], [1, 2, 12]],
    ids=["four", "below-min", "at-min", "repeated", "outside"],
)
def test_every_value_lies_in_its_legend_range(thresholds):
    c = classify(VALUES, thresholds=thresholds)
    ranges = c.ranges()
    assert all(lo <= hi for lo, hi in ranges)
    pairs = zip(VALUES, c.classes, strict=True)
    assert all(ranges[cls][0] <= v <= ranges[cls][1] for v, cls in pairs)
    assert c.upper_bounds[-1] == max(VALUES)
    assert len(set(c.upper_bounds)) == c.k  # no class twice


def test_thresholds_below_the_data_make_no_inverted_class():
    c = classify(VALUES, thresholds=[0.5, 5])
    assert c.upper_bounds == (5.0, 10.75)
    assert c.ranges() == [(2.23, 5.0), (5.0, 10.75)]
    assert classify(VALUES, thresholds=[2.23, 8]).ranges() == [
        (2.23, 2.23),
        (2.23, 8.0),
        (8.0, 10.75),
    ]


def test_more_than_four_thresholds_are_refused():
    # Five thresholds would make six classes; keeping five used to drop the maximum, so
    # Mahakam Ulu's 10,75 % was drawn in a class whose legend ends at 5.
    with pytest.raises(ValueError, match="at most 4 thresholds"):
        classify(VALUES, thresholds=[1, 2, 3, 4, 5])


def test_a_class_holding_one_value_is_written_as_that_value() -> None:
    from geo.choropleth import range_label

    assert range_label("2,23", "2,23") == "2,23"
    assert range_label("2,23", "5,08") == "2,23 – 5,08"
