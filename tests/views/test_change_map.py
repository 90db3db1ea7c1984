"""The change map view from a real store: unit, title, notes, classes, tooltips, example flag."""

from __future__ import annotations

import pytest

from geo.diverging import diverging_palette
from views import change_map
from welfare import read_models


def table_of(engine, indicator: str, year: int):  # noqa: ANN001, ANN201
    result = read_models.rate_table(engine, indicator, year)
    meta = {
        "denominator_id": result.denominator_id,
        "denominator_years": result.denominator_years,
    }
    return result.data, meta


def change_of(engine, regencies, indicator: str, a: int, b: int, lang: str = "id", **kw):  # noqa: ANN001, ANN003, ANN201
    table_a, meta_a = table_of(engine, indicator, a)
    table_b, meta_b = table_of(engine, indicator, b)
    return change_map.build(
        regencies,
        table_a,
        meta_a,
        table_b,
        meta_b,
        indicator_id=indicator,
        year_a=a,
        year_b=b,
        lang=lang,
        **kw,
    )


def test_a_percentage_changes_in_points_from_both_years(seeded_engine, regencies) -> None:  # noqa: ANN001
    view = change_of(seeded_engine, regencies, "penduduk_miskin_persen", 2020, 2024)
    assert view.title == "Persentase penduduk miskin: perubahan 2020 → 2024"
    assert view.mapped_unit == "poin" and view.value_unit == "%"
    assert (view.compare_year, view.year) == (2020, 2024)
    assert view.notes == (
        "Perubahan = nilai 2024 dikurangi nilai 2020",
        "Merah: memburuk · biru: membaik",
    )
    assert view.layer.legend.notes[-1].startswith("Sumber: ")
    assert view.n_with_data == 10 and not view.has_example
    # The change is B - A of the two one-year tables, region by region.
    t = view.table.set_index("kode_bps")
    assert (t["change"] - (t["rate_b"] - t["rate_a"])).abs().max() < 1e-9
    # Diverging RdBu classes around zero, worse (a rise in poverty) red.
    k = view.layer.classification.k
    assert [c for c, _ in view.layer.legend.rows] == diverging_palette(k, True)
    assert diverging_palette(k, True)[-1] == "#ca0020"  # the largest rises: darkest red
    reds, blues = {"#ca0020", "#f4a582", "#ef8a62"}, {"#92c5de", "#0571b0", "#67a9cf"}
    assert view.layer.styles[t["change"].idxmax()].fill in reds  # Kutai Barat, +0,27
    assert view.layer.styles[t["change"].idxmin()].fill in blues  # Kutai Timur, −0,74
    assert view.zero_band == 0.5 * 10 ** (-view.decimals)
    # The tooltip names both years with their values.
    tip = view.layer.styles["6404"]
    assert "2020: " in tip.tooltip_template and "2024: " in tip.tooltip_template
    assert tip.tooltip_args[0] == "Kutai Timur" and len(tip.tooltip_args) >= 4


def test_a_rate_per_1000_changes_in_points_per_1000_and_english(seeded_engine, regencies) -> None:  # noqa: ANN001
    view = change_of(seeded_engine, regencies, "pmks_total", 2019, 2024, selected=("6409",))
    assert view.mapped_unit == "poin per 1.000 penduduk"
    english = change_of(seeded_engine, regencies, "pmks_total", 2019, 2024, lang="en")
    assert english.mapped_unit == "points per 1,000 population"
    assert english.title.endswith(": change 2019 → 2024") and english.key != view.key
    assert english.layer.classification == view.layer.classification
    assert view.layer.styles["6409"].selected and not english.layer.styles["6409"].selected


@pytest.mark.parametrize(("a", "b"), [(2015, 2019), (2019, 2015)])
def test_example_data_in_either_year_marks_the_change(seeded_engine, regencies, a, b) -> None:  # noqa: ANN001
    # PMKS 2015 is the official seed, 2019 example data: DATA CONTOH whichever is compared.
    assert not read_models.rate_table(seeded_engine, "pmks_total", 2015).has_example
    assert read_models.rate_table(seeded_engine, "pmks_total", 2019).has_example
    view = change_of(seeded_engine, regencies, "pmks_total", a, b)
    assert view.has_example and view.layer.legend.example_badge == "DATA CONTOH"
