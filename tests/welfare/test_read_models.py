"""The pages' read models on a real store: the map table, series, zone and province figures,
and the headline.

Expected numbers are computed by hand from the published figures (data/seed) written out
literally, so a wrong join or code system shows up as a wrong number. The read models carry
ids (``rate_kind``, ``denominator_id``, ``method``, ``scope``); the words a legend prints for
them come from the catalogue, checked here too.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import Engine

from tests.welfare.store_rows import REGENCIES, row
from welfare import observations, read_models
from welfare.catalogue import RATE_COVERAGE, RATE_PER_1000, RATE_VALUE, get_indicator
from welfare.example_data import generate_example
from welfare.rates import METHOD_PROVINCE, METHOD_RATIO


def test_count_rate_per_1000_with_earlier_population_year(ready_engine: Engine) -> None:
    rt = read_models.rate_table(ready_engine, "penduduk_miskin_jiwa", 2021)
    kukar = row(rt.data, "6403")
    # 62.360 poor (BPS, March 2021); no 2021 population for 6403 -> SP2020 729.382 (not 2022's)
    assert kukar["value"] == 62360
    assert kukar["denominator_year"] == 2020 and kukar["denominator_value"] == 729382
    assert kukar["rate"] == pytest.approx(62360 / 729382 * 1000)
    samarinda = row(rt.data, "6472")  # 2021 population is published for Samarinda
    assert samarinda["denominator_year"] == 2021
    assert samarinda["rate"] == pytest.approx(42840 / 831460 * 1000)
    assert rt.rate_kind == RATE_PER_1000 and rt.denominator_id == "penduduk_jiwa"
    assert get_indicator(rt.indicator_id).rate_unit() == "per 1.000 penduduk"
    assert rt.denominator_years == [2020, 2021] and not rt.has_example
    assert get_indicator(rt.denominator_id).label() == "Jumlah penduduk (BPS)"
    assert any("nomorsatukaltim" in s for s in rt.sources)


def test_percent_rate_is_the_value_and_rank_1_is_worst(ready_engine: Engine) -> None:
    rt = read_models.rate_table(ready_engine, "penduduk_miskin_persen", 2024)
    df = rt.data.set_index("kode_bps")
    assert (df["rate"] == df["value"]).all() and df["denominator_id"].isna().all()
    assert rt.denominator_years == [] and rt.rate_kind == RATE_VALUE
    assert rt.denominator_id is None and get_indicator(rt.indicator_id).rate_unit() == "%"
    assert df.loc["6411", "rank"] == 1  # Mahakam Ulu 10,75 %
    assert df.loc["6471", "rank"] == 10  # Balikpapan 2,23 %
    assert (
        df["rank"].tolist() == df["rate"].rank(ascending=False, method="min").astype(int).tolist()
    )


def test_coverage_is_percent_of_need_and_flags_example(ready_engine: Engine) -> None:
    rt = read_models.rate_table(ready_engine, "kpm_pkh", 2021)
    df = rt.data.set_index("kode_bps")
    assert rt.rate_kind == RATE_COVERAGE and rt.denominator_id == "kpm_pkh_sasaran"
    assert get_indicator(rt.indicator_id).rate_unit() == "% cakupan"
    assert df["rate"].between(55, 98).all()
    # Samarinda 2021: real recipients (official) over example need -> still marked example
    sam = df.loc["6472"]
    assert sam["dataset_kind"] == "official" and sam["value"] == 11596 and sam["is_example"]
    assert sam["rate"] == pytest.approx(11596 / sam["denominator_value"] * 100)
    # lowest coverage is the worst
    assert df["rate"].idxmin() == df["rank"].astype(int).idxmin()
    assert rt.has_example and set(rt.dataset_kinds) == {"example", "official"}


def test_example_pmks_rate_by_hand(ready_engine: Engine) -> None:
    ex = generate_example().set_index(["kode_bps", "indicator_id", "year"])["value"]
    rt = read_models.rate_table(ready_engine, "pmks_total", 2024)
    kukar = row(rt.data, "6403")
    assert kukar["value"] == ex[("6403", "pmks_total", 2024)]
    assert kukar["denominator_value"] == 793131 and kukar["denominator_year"] == 2024
    assert kukar["rate"] == pytest.approx(ex[("6403", "pmks_total", 2024)] / 793131 * 1000)
    ppu = row(rt.data, "6409")  # no 2024 population published for PPU -> mid-2023 estimate
    assert (ppu["denominator_year"], ppu["denominator_value"]) == (2023, 196566)
    assert rt.data["is_example"].all() and rt.n_with_data == 10


def test_zone_aggregate_reports_missing_regions(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    # 2023: no published count for Penajam Paser Utara
    agg = read_models.zone_aggregate(ready_engine, "penduduk_miskin_jiwa", 2023, zone)
    assert (agg.n_regions, agg.n_with_data, agg.missing) == (4, 3, ("6409",))
    assert agg.value == 60857 + 14990 + 41890 and not agg.complete
    empty = read_models.zone_aggregate(ready_engine, "penduduk_miskin_jiwa", 2005, zone)
    assert empty.n_with_data == 0 and empty.rate is None and empty.value is None


def test_province_value(ready_engine: Engine) -> None:
    prov = read_models.province_value(ready_engine, "penduduk_miskin_persen", 2025)
    assert prov is not None and prov.value == 5.17 and not prov.is_example
    assert "propublika" in prov.source or "kaltimexpose" in prov.source
    assert read_models.province_value(ready_engine, "penduduk_miskin_persen", 2019) is None
    jiwa = read_models.province_value(ready_engine, "penduduk_miskin_jiwa", 2021)
    assert jiwa.rate == pytest.approx(241770 / 3808235 * 1000) and jiwa.denominator_year == 2021


def test_headline(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    df = read_models.headline(ready_engine, zone)
    h = df.set_index(["indicator_id", "scope"])
    assert set(df["indicator_id"]) == set(read_models.HEADLINE_INDICATORS)
    assert set(df["scope"]) == {read_models.SCOPE_PROVINCE, read_models.SCOPE_ZONE}
    prov = h.loc[("penduduk_miskin_persen", "provinsi")]
    assert (prov["year"], prov["value"], prov["method"]) == (2025, 5.17, METHOD_PROVINCE)
    assert not prov["is_example"] and prov["sources"]
    zone_pct = h.loc[("penduduk_miskin_persen", "zona")]
    assert zone_pct["year"] == 2024 and zone_pct["n_with_data"] == 4
    # poor people: 2025 lacks Samarinda and Balikpapan, so the zone uses the latest complete
    # year (2024, since the audited figures give PPU's 10.780)
    assert h.loc[("penduduk_miskin_jiwa", "zona"), "year"] == 2024
    pkh = h.loc[("kpm_pkh", "provinsi")]
    # PKH's rate is its coverage in % of need, summed over the ten regencies
    assert pkh["is_example"] and 55 <= pkh["rate"] <= 98 and pkh["method"] == METHOD_RATIO
    assert get_indicator("kpm_pkh").rate_unit() == "% cakupan"
    assert pkh["n_with_data"] == 10 and pkh["year"] == 2024
    assert h.loc[("pmks_total", "zona"), "is_example"]
    assert h.loc[("penduduk_jiwa", "provinsi"), "value"] == 4050000
    # No words in the read model: labels and units are the UI's (catalogue, i18n).
    assert "label" not in df.columns and "rate_unit" not in df.columns


def test_series_long_format(ready_engine: Engine) -> None:
    df = read_models.series(ready_engine, "penduduk_miskin_persen", ["6403", "64"])
    assert set(df["kode_bps"]) == {"6403", "64"}
    kukar = df[df["kode_bps"] == "6403"]
    assert kukar["year"].tolist() == sorted(kukar["year"]) and 2016 in kukar["year"].tolist()
    assert (df["rate"] == df["value"]).all()
    pmks = read_models.series(ready_engine, "pmks_total")
    assert set(pmks["kode_bps"]) == set(REGENCIES) and pmks["rate"].notna().all()
    assert pmks.loc[pmks["kode_bps"] == "6472", "year"].min() == 2015  # real figure kept
    assert not pmks.loc[(pmks["kode_bps"] == "6472") & (pmks["year"] == 2015), "is_example"].any()


def test_rows_of_every_year_give_the_same_table_as_one_year(ready_engine: Engine) -> None:
    # The map reads an indicator's rows once (all years, rated in one pass) and takes a year
    # from them. Each year must equal the table computed for that year alone (ranks within
    # the year, denominators by its fallback year), and its values the one-year query's.
    for indicator_id in ("penduduk_miskin_jiwa", "penduduk_miskin_persen", "kpm_pkh"):
        rows = read_models.indicator_rows(ready_engine, indicator_id)
        years = sorted(set(rows.observations["year"]))
        assert len(years) >= 3, indicator_id
        for year in years:
            picked = read_models.rate_table_from(rows, year)
            # Without the year in ``rated``, the table is computed for that year alone.
            alone = read_models.rate_table_from(
                replace(rows, rated=rows.rated[rows.rated["year"] != year]), year
            )
            assert picked.data.equals(alone.data), (indicator_id, year)
            assert picked.sources == alone.sources
            assert picked.denominator_years == alone.denominator_years
            queried = observations.indicator_values(ready_engine, indicator_id, year)
            assert picked.data["value"].equals(queried["value"]), (indicator_id, year)
            assert picked.data["rank"].min() == 1 and set(picked.data["year"]) == {year}
