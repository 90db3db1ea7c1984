"""views.trend: what the Tren page's charts say (here the PMKS mix's units, digits and table)."""

from __future__ import annotations

import pandas as pd

from views.trend import mix_count_table, mix_numbers, mix_scale
from welfare.catalogue import PMKS_CATEGORIES
from welfare.formatting import format_number


def test_the_pmks_mix_measure_names_its_unit_and_digits() -> None:
    assert mix_scale("per_1000", "id") == ("per 1.000 penduduk", 2)
    assert mix_scale("per_1000", "en") == ("per 1,000 population", 2)
    unit, digits = mix_scale("share", "id")
    assert unit == "% dari total PMKS wilayah" and digits == 1
    # A share of 12,345 % is written "12,3", a rate of 12,345 per 1.000 "12,35".
    assert format_number(12.345, digits, "id") == "12,3"
    assert format_number(12.345, mix_scale("per_1000", "id")[1], "id") == "12,35"


def test_the_pmks_mix_writes_its_measure_and_the_people_behind_it() -> None:
    per_1000 = mix_numbers("per_1000", "id")
    assert (per_1000.unit, per_1000.decimals) == mix_scale("per_1000", "id")
    assert per_1000.fmt(1234.567) == "1.234,57"
    # The count behind a bar is people: whole, with its word.
    assert per_1000.fmt_count(12345.6) == "12.346" and per_1000.count_unit == "jiwa"
    english = mix_numbers("per_1000", "en")
    assert english.fmt(1234.567) == "1,234.57"
    assert english.fmt_count(12345.6) == "12,346" and english.count_unit == "people"
    share = mix_numbers("share", "en")
    assert share.fmt(12.345) == "12.3" and share.unit == "% of the region's PMKS"
    assert share.fmt_count(12345.6) == "12,346"  # the count's digits do not follow the measure


def test_the_pmks_mix_table_counts_people_and_leaves_the_unreported_empty() -> None:
    first, second = PMKS_CATEGORIES[0], PMKS_CATEGORIES[1]
    mix = pd.DataFrame(
        {
            # Catalogue order wins over row order; two rows of one cell are summed.
            "category": [second, first, first, second],
            "kode_bps": ["6409", "6409", "6409", "6472"],
            "value": [1234.0, 1000.4, 0.2, 7.0],
        }
    )
    labels = {first: "Balita terlantar", second: "Anak terlantar"}
    names = {"6409": "Penajam Paser Utara", "6472": "Samarinda"}
    table = mix_count_table(mix, labels, names, "id")
    assert list(table.index) == ["Balita terlantar", "Anak terlantar"]
    assert list(table.columns) == ["Penajam Paser Utara", "Samarinda"]
    assert table.loc["Balita terlantar"].tolist() == ["1.001", ""]  # not reported: not "0"
    assert table.loc["Anak terlantar"].tolist() == ["1.234", "7"]
    english = mix_count_table(mix, labels, names, "en")
    assert english.loc["Anak terlantar", "Penajam Paser Utara"] == "1,234"


def test_the_home_chart_writes_values_with_the_maps_digits() -> None:
    from views.trend import map_digits_fmt

    # rates of 4-10 % get two decimals on the map (welfare.formatting.decimals_for)
    fmt = map_digits_fmt([6.68, 10.75, 2.23], "rate", "id")
    assert fmt(6.6812) == "6,68" and map_digits_fmt([6.68], "rate", "en")(1234.5) == "1,234.50"
    assert map_digits_fmt([], "count", "id")(12345.0) == "12.345"
