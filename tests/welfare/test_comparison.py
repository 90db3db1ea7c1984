"""Same-year rule for the home page: the province and the zone in one year, or not side by side."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from welfare import comparison, read_models
from welfare.catalogue import RATE_PER_1000, get_indicator


def test_common_year_is_the_latest_shared_year():
    assert comparison.common_year({2021, 2024, 2025}, {2020, 2021, 2024}) == 2024
    assert comparison.common_year({2025}, {2021, 2024}) is None
    assert comparison.common_year(set(), {2024}) is None


def test_complete_years_need_every_region():
    by_region = {"a": {2021, 2024}, "b": {2021}, "c": {2021, 2024, 2025}}
    assert comparison.complete_years(by_region, ["a", "b", "c"]) == {2021}
    assert comparison.complete_years(by_region, ["a", "c"]) == {2021, 2024}
    assert comparison.complete_years(by_region, ["a", "zz"]) == set()
    assert comparison.complete_years(by_region, []) == set()


def test_province_years_own_row_or_every_regency():
    by_region = {"64": {2025}, "r1": {2023, 2024}, "r2": {2024}}
    assert comparison.province_years(by_region, "64", ["r1", "r2"]) == {2024, 2025}
    assert comparison.province_years({"r1": {2023}}, "64", ["r1", "r2"]) == set()


def test_headline_same_year_puts_province_and_zone_in_one_year(ready_engine: Engine) -> None:
    # The geometry-derived buffer zone: Paser, Kutai Barat, Kukar, PPU, Balikpapan, Samarinda.
    zone = ["6401", "6402", "6403", "6409", "6471", "6472"]
    loose = read_models.headline(ready_engine, zone).set_index(["indicator_id", "scope"])
    # Today's default still shows each scope's own latest year (other callers rely on it) ...
    assert loose.loc[("penduduk_miskin_persen", "provinsi"), "year"] == 2025
    assert loose.loc[("penduduk_miskin_persen", "zona"), "year"] == 2024
    assert not loose.loc[("penduduk_miskin_persen", "provinsi"), "comparable"]

    df = read_models.headline(ready_engine, zone, same_year=True)
    # ... the same-year rule gives one year per indicator for both scopes.
    for indicator_id, rows in df.groupby("indicator_id"):
        assert set(rows["scope"]) == {"provinsi", "zona"}, indicator_id
        assert rows["year"].nunique() == 1, (indicator_id, rows["year"].tolist())
        assert rows["comparable"].all()
        assert (rows.loc[rows["scope"] == "zona", "n_with_data"] == len(zone)).all()
    h = df.set_index(["indicator_id", "scope"])
    poor = h.loc[("penduduk_miskin_persen", "provinsi")]
    assert poor["year"] == 2024 and poor["value"] == pytest.approx(5.78)
    count = h.loc[("penduduk_miskin_jiwa", "provinsi")]
    assert count["value_unit"] == "jiwa" and count["value"] > 100_000  # a count, not a rate
    # Its rate is per 1.000 penduduk (the row carries ids; the words come from the catalogue).
    ind = get_indicator("penduduk_miskin_jiwa")
    assert ind.rate_kind == RATE_PER_1000 and ind.rate_unit() == "per 1.000 penduduk"


def test_headline_same_year_falls_back_to_an_older_shared_year(ready_engine: Engine) -> None:
    # PPU has no 2024 population figure (the province has): both fall back to 2023.
    df = read_models.headline(ready_engine, ["6409"], indicators=["penduduk_jiwa"], same_year=True)
    assert df["year"].tolist() == [2023, 2023] and df["comparable"].all()
