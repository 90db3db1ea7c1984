"""Which year an indicator opens on, and the indicator x year availability table."""

from __future__ import annotations

from sqlalchemy import Engine

from welfare.availability import (
    availability,
    indicator_year,
    regions_per_year,
    regions_per_year_among,
)
from welfare.years import default_year, year_to_show


def test_default_year_is_the_latest_with_eight_of_ten_regencies() -> None:
    counts = {2021: 10, 2022: 7, 2023: 9, 2024: 10, 2025: 6}
    choice = default_year(counts)
    assert (choice.year, choice.n_regions, choice.later_thinner) == (2024, 10, (2025,))
    # exactly at the threshold counts; one below does not
    assert default_year({2023: 8, 2024: 7}).year == 2023
    assert default_year({2023: 8, 2024: 7}).later_thinner == (2024,)
    # no year reaches it: the best-covered year (the latest of equals)
    assert default_year({2019: 3, 2020: 5, 2021: 5, 2022: 1}).year == 2021
    assert default_year({}).year is None


def test_store_poverty_rate_opens_on_2024_not_the_thin_2025(ready_engine: Engine) -> None:
    counts = regions_per_year(ready_engine)["penduduk_miskin_persen"]
    assert counts[2024] == 10 and counts[2025] == 6
    choice = default_year(counts)
    assert choice.year == 2024 and choice.later_thinner == (2025,)
    # the one rule the pages and slides ask: no year -> 2024; a chosen year is kept
    assert indicator_year(ready_engine, "penduduk_miskin_persen") == 2024
    assert indicator_year(ready_engine, "penduduk_miskin_persen", 2025) == 2025
    assert regions_per_year(ready_engine, "penduduk_miskin_persen") == {
        "penduduk_miskin_persen": counts
    }


def test_year_to_show_keeps_a_year_with_data_and_falls_back_to_an_earlier_one() -> None:
    counts = {2019: 10, 2021: 10, 2024: 9, 2025: 6}
    assert year_to_show(None, counts) == 2024  # the default rule, not the thin 2025
    assert year_to_show(2025, counts) == 2025
    assert year_to_show(2020, counts) == 2019  # nearest earlier
    assert year_to_show(2010, counts) == 2019  # nothing earlier: nearest later
    assert year_to_show(None, {}) is None


def test_availability_says_how_many_and_which_kind(ready_engine: Engine) -> None:
    df = availability(ready_engine).set_index(["indicator_id", "year"])
    pov = df.loc[("penduduk_miskin_persen", 2025)]
    assert pov["n_regions"] == 6 and pov["kinds"] == ("official",) and pov["has_province"]
    pmks = df.loc[("pmks_gelandangan", 2023)]
    assert pmks["n_regions"] == 10 and pmks["kinds"] == ("example",)
    # Samarinda's real 2015 PMKS total next to example data of the other regencies
    assert set(df.loc[("pmks_total", 2015), "kinds"]) <= {"official", "example"}


def test_counts_among_given_regions_per_year(ready_engine: Engine) -> None:
    # PPU's four kecamatan: the example PMKS totals cover all four in every year they have.
    ppu = ["64.09.01", "64.09.02", "64.09.03", "64.09.04"]
    counts = regions_per_year_among(ready_engine, "pmks_total", ppu)
    assert counts and set(counts.values()) == {4}
    # Regency codes are not kecamatan: only what is asked for is counted.
    assert regions_per_year_among(ready_engine, "pmks_total", ["6409"])[2024] == 1
    assert regions_per_year_among(ready_engine, "pmks_total", []) == {}
    assert regions_per_year_among(ready_engine, "bukan_indikator", ppu) == {}
