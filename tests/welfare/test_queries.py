"""Queries on a real store: current data, rates, denominator years, ranks, aggregates.

Expected numbers are computed by hand from the published figures (data/seed) written out
literally, so a wrong join or code system shows up as a wrong number.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from welfare import queries
from welfare.db import transaction
from welfare.example_data import generate_example
from welfare.models import Dataset, Observation
from welfare.store import ensure_ready

REGENCIES = ["6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474"]


def _row(df: pd.DataFrame, kode: str) -> pd.Series:
    return df.set_index("kode_bps").loc[kode]


def _add_dataset(
    engine: Engine, kind: str, rows: list[tuple[str, str, int, float]], **kw: object
) -> int:
    with transaction(engine) as s:
        ds = Dataset(name=kw.pop("name", "uji"), kind=kind, source="tes", imported_by="tes", **kw)
        s.add(ds)
        s.flush()
        for kode, ind, year, value in rows:
            s.add(
                Observation(
                    dataset_id=ds.id,
                    region_kode_bps=kode,
                    indicator_id=ind,
                    year=year,
                    value=value,
                    source=f"tes {kind}",
                )
            )
        return ds.id


# ---------------------------------------------------------------- read-only, on the seeded store


def test_indicator_values_has_all_ten_regencies(ready_engine: Engine) -> None:
    df = queries.indicator_values(ready_engine, "penduduk_miskin_persen", 2022)
    assert df["kode_bps"].tolist() == REGENCIES
    assert df["value"].notna().sum() == 7  # 2022 is published for 7 of 10
    missing = df[df["value"].isna()]
    assert set(missing["kode_bps"]) == {"6402", "6403", "6409"}
    assert missing["dataset_kind"].isna().all() and not missing["is_example"].any()
    assert _row(df, "6411")["value"] == 11.55
    assert _row(df, "6411")["nama"] == "Mahakam Ulu"


def test_available_years(ready_engine: Engine) -> None:
    years = queries.available_years(ready_engine, "pmks_total")
    assert years == [2015, 2019, 2020, 2021, 2022, 2023, 2024]  # Samarinda 2015 is real
    assert 2019 in queries.available_years(ready_engine, "pmks_total", include_province=True)
    assert queries.available_years(ready_engine, "penduduk_miskin_persen_sep") == []
    assert queries.available_years(ready_engine, "tidak_ada") == []


def test_count_rate_per_1000_with_earlier_population_year(ready_engine: Engine) -> None:
    rt = queries.rate_table(ready_engine, "penduduk_miskin_jiwa", 2021)
    kukar = _row(rt.data, "6403")
    # 62.360 poor (BPS, March 2021); no 2021 population for 6403 -> SP2020 729.382 (not 2022's)
    assert kukar["value"] == 62360
    assert kukar["denominator_year"] == 2020 and kukar["denominator_value"] == 729382
    assert kukar["rate"] == pytest.approx(62360 / 729382 * 1000)
    samarinda = _row(rt.data, "6472")  # 2021 population is published for Samarinda
    assert samarinda["denominator_year"] == 2021
    assert samarinda["rate"] == pytest.approx(42840 / 831460 * 1000)
    assert rt.rate_unit == "per 1.000 penduduk" and rt.denominator_id == "penduduk_jiwa"
    assert rt.denominator_years == [2020, 2021] and not rt.has_example
    assert rt.denominator_label == "Jumlah penduduk (BPS)"
    assert any("nomorsatukaltim" in s for s in rt.sources)


def test_percent_rate_is_the_value_and_rank_1_is_worst(ready_engine: Engine) -> None:
    rt = queries.rate_table(ready_engine, "penduduk_miskin_persen", 2024)
    df = rt.data.set_index("kode_bps")
    assert (df["rate"] == df["value"]).all() and df["denominator_id"].isna().all()
    assert rt.denominator_years == [] and rt.rate_unit == "%"
    assert df.loc["6411", "rank"] == 1  # Mahakam Ulu 10,75 %
    assert df.loc["6471", "rank"] == 10  # Balikpapan 2,23 %
    assert (
        df["rank"].tolist() == df["rate"].rank(ascending=False, method="min").astype(int).tolist()
    )


def test_coverage_is_percent_of_need_and_flags_example(ready_engine: Engine) -> None:
    rt = queries.rate_table(ready_engine, "kpm_pkh", 2021)
    df = rt.data.set_index("kode_bps")
    assert rt.rate_unit == "% cakupan" and rt.denominator_id == "kpm_pkh_sasaran"
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
    rt = queries.rate_table(ready_engine, "pmks_total", 2024)
    kukar = _row(rt.data, "6403")
    assert kukar["value"] == ex[("6403", "pmks_total", 2024)]
    assert kukar["denominator_value"] == 793131 and kukar["denominator_year"] == 2024
    assert kukar["rate"] == pytest.approx(ex[("6403", "pmks_total", 2024)] / 793131 * 1000)
    ppu = _row(rt.data, "6409")  # no 2024 population published for PPU -> mid-2023 estimate
    assert (ppu["denominator_year"], ppu["denominator_value"]) == (2023, 196566)
    assert rt.data["is_example"].all() and rt.n_with_data == 10


def test_zone_aggregate_percent_is_population_weighted(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    agg = queries.zone_aggregate(ready_engine, "penduduk_miskin_persen", 2024, zone)
    # (percent, population of 2024 or the nearest earlier year), read from data/seed
    parts = [(6.68, 196566), (7.28, 793131), (2.23, 738532), (4.30, 868499)]
    expected = sum(p * w for p, w in parts) / sum(w for _, w in parts)
    assert agg.rate == pytest.approx(expected) and agg.value == pytest.approx(expected)
    assert agg.rate != pytest.approx(sum(p for p, _ in parts) / 4)  # not a plain mean
    assert agg.method == queries.METHOD_WEIGHTED and agg.complete
    assert agg.denominator_value == sum(w for _, w in parts)
    assert agg.denominator_years == [2023, 2024] and not agg.is_example


def test_zone_aggregate_count_is_ratio_of_sums(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    agg = queries.zone_aggregate(ready_engine, "penduduk_miskin_jiwa", 2021, zone)
    poor = [12130, 62360, 18530, 42840]
    pop = [178681, 729382, 688318, 831460]  # 2020, 2020, 2020, 2021 (fallback rule)
    assert agg.value == sum(poor) and agg.denominator_value == sum(pop)
    assert agg.rate == pytest.approx(sum(poor) / sum(pop) * 1000)
    mean_of_rates = sum(n / d * 1000 for n, d in zip(poor, pop, strict=True)) / 4
    assert not math.isclose(agg.rate, mean_of_rates)
    assert agg.method == queries.METHOD_RATIO and agg.n_with_data == 4


def test_zone_aggregate_reports_missing_regions(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    # 2023: no published count for Penajam Paser Utara
    agg = queries.zone_aggregate(ready_engine, "penduduk_miskin_jiwa", 2023, zone)
    assert (agg.n_regions, agg.n_with_data, agg.missing) == (4, 3, ("6409",))
    assert agg.value == 60857 + 14990 + 41890 and not agg.complete
    empty = queries.zone_aggregate(ready_engine, "penduduk_miskin_jiwa", 2005, zone)
    assert empty.n_with_data == 0 and empty.rate is None and empty.value is None


def test_province_value(ready_engine: Engine) -> None:
    prov = queries.province_value(ready_engine, "penduduk_miskin_persen", 2025)
    assert prov is not None and prov.value == 5.17 and not prov.is_example
    assert "propublika" in prov.source or "kaltimexpose" in prov.source
    assert queries.province_value(ready_engine, "penduduk_miskin_persen", 2019) is None
    jiwa = queries.province_value(ready_engine, "penduduk_miskin_jiwa", 2021)
    assert jiwa.rate == pytest.approx(241770 / 3808235 * 1000) and jiwa.denominator_year == 2021


def test_headline(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    df = queries.headline(ready_engine, zone)
    h = df.set_index(["indicator_id", "scope"])
    assert set(df["indicator_id"]) == set(queries.HEADLINE_INDICATORS)
    prov = h.loc[("penduduk_miskin_persen", "provinsi")]
    assert (prov["year"], prov["value"], prov["method"]) == (2025, 5.17, queries.METHOD_PROVINCE)
    assert not prov["is_example"] and prov["sources"]
    zone_pct = h.loc[("penduduk_miskin_persen", "zona")]
    assert zone_pct["year"] == 2024 and zone_pct["n_with_data"] == 4
    # poor people: 2025 lacks Samarinda and Balikpapan, so the zone uses the latest complete
    # year (2024, since the audited figures give PPU's 10.780)
    assert h.loc[("penduduk_miskin_jiwa", "zona"), "year"] == 2024
    pkh = h.loc[("kpm_pkh", "provinsi")]
    assert pkh["is_example"] and 55 <= pkh["rate"] <= 98 and pkh["rate_unit"] == "% cakupan"
    assert pkh["n_with_data"] == 10 and pkh["year"] == 2024
    assert h.loc[("pmks_total", "zona"), "is_example"]
    assert h.loc[("penduduk_jiwa", "provinsi"), "value"] == 4050000


def test_series_long_format(ready_engine: Engine) -> None:
    df = queries.series(ready_engine, "penduduk_miskin_persen", ["6403", "64"])
    assert set(df["kode_bps"]) == {"6403", "64"}
    kukar = df[df["kode_bps"] == "6403"]
    assert kukar["year"].tolist() == sorted(kukar["year"]) and 2016 in kukar["year"].tolist()
    assert (df["rate"] == df["value"]).all()
    pmks = queries.series(ready_engine, "pmks_total")
    assert set(pmks["kode_bps"]) == set(REGENCIES) and pmks["rate"].notna().all()
    assert pmks.loc[pmks["kode_bps"] == "6472", "year"].min() == 2015  # real figure kept
    assert not pmks.loc[(pmks["kode_bps"] == "6472") & (pmks["year"] == 2015), "is_example"].any()


def test_datasets_listing_and_session_bind(ready_engine: Engine) -> None:
    ds = queries.datasets(ready_engine)
    # regency seed, example, DTSEN example, kecamatan seed, kecamatan example
    assert ds["kind"].tolist() == ["official", "example", "example", "official", "example"]
    assert (ds["n_current"] == ds["n_observations"]).all()
    with Session(ready_engine) as session:
        via_session = queries.rate_table(session, "penduduk_miskin_persen", 2024).data
    pd.testing.assert_frame_equal(
        via_session, queries.rate_table(ready_engine, "penduduk_miskin_persen", 2024).data
    )


# ---------------------------------------------------------------- controlled data, fresh store


@pytest.fixture
def store(engine: Engine) -> Engine:
    ensure_ready(engine, seed_example=False)
    return engine


def test_superseded_and_rolled_back_data_is_not_current(store: Engine) -> None:
    old = _add_dataset(store, "imported", [("6401", "pmks_total", 2030, 100.0)])
    new = _add_dataset(store, "imported", [("6401", "pmks_total", 2030, 200.0)])
    with transaction(store) as s:
        s.query(Observation).filter(Observation.dataset_id == old).update({"superseded_by": new})
    assert (
        queries.indicator_values(store, "pmks_total", 2030)
        .set_index("kode_bps")
        .loc["6401", "value"]
        == 200
    )
    with transaction(store) as s:
        s.get(Dataset, new).status = "rolled_back"
        s.query(Observation).filter(Observation.dataset_id == old).update({"superseded_by": None})
    assert (
        queries.indicator_values(store, "pmks_total", 2030)
        .set_index("kode_bps")
        .loc["6401", "value"]
        == 100
    )


def test_real_data_wins_over_example_for_the_same_cell(store: Engine) -> None:
    _add_dataset(store, "imported", [("6402", "pmks_total", 2031, 10.0)])
    _add_dataset(store, "example", [("6402", "pmks_total", 2031, 99.0)])  # newer, but example
    all_rows = queries.current_observations(
        store, indicator_ids=["pmks_total"], years=[2031], resolve=False
    )
    assert len(all_rows) == 2
    row = _row(queries.indicator_values(store, "pmks_total", 2031), "6402")
    assert row["value"] == 10 and row["dataset_kind"] == "imported" and not row["is_example"]


def test_denominator_year_fallback_rules(store: Engine) -> None:
    # Mahakam Ulu has population for 2015, 2020, 2023, 2024 (no 2010: it was part of Kutai Barat)
    _add_dataset(
        store, "imported", [("6411", "pmks_total", y, 100.0) for y in (2012, 2017, 2020, 2030)]
    )
    df = queries.series(store, "pmks_total", ["6411"]).set_index("year")
    assert df.loc[2012, "denominator_year"] == 2015  # nothing earlier -> nearest later
    assert df.loc[2017, "denominator_year"] == 2015  # nearest earlier, not 2020
    assert df.loc[2020, "denominator_year"] == 2020  # same year
    assert df.loc[2030, "denominator_year"] == 2024
    # never interpolated: 2017 uses exactly the 2015 figure
    assert df.loc[2017, "rate"] == pytest.approx(100 / 25946 * 1000)


def test_ranks_ties_share_the_lower_rank_and_missing_has_none(store: Engine) -> None:
    rows = [
        ("6401", "penduduk_miskin_persen", 2040, 5.0),
        ("6402", "penduduk_miskin_persen", 2040, 7.0),
        ("6403", "penduduk_miskin_persen", 2040, 7.0),
        ("6404", "penduduk_miskin_persen", 2040, 3.0),
    ]
    _add_dataset(store, "imported", rows)
    df = queries.rate_table(store, "penduduk_miskin_persen", 2040).data.set_index("kode_bps")
    assert df.loc["6402", "rank"] == df.loc["6403", "rank"] == 1
    assert df.loc["6401", "rank"] == 3 and df.loc["6404", "rank"] == 4
    assert df.loc["6405", "rank"] is pd.NA and math.isnan(df.loc["6405", "rate"])
    # PSKS: higher is better, so the fewest is rank 1
    _add_dataset(
        store, "imported", [("6401", "psks_tksk", 2040, 10.0), ("6402", "psks_tksk", 2040, 20.0)]
    )
    psks = queries.rate_table(store, "psks_tksk", 2040).data.set_index("kode_bps")
    assert (psks.loc["6401", "rank"], psks.loc["6402", "rank"]) == (1, 2)


def test_coverage_zone_aggregate_by_hand(store: Engine) -> None:
    _add_dataset(
        store,
        "imported",
        [
            ("6409", "kpm_pkh", 2041, 900.0),
            ("6409", "kpm_pkh_sasaran", 2041, 1000.0),
            ("6403", "kpm_pkh", 2041, 1500.0),
            ("6403", "kpm_pkh_sasaran", 2041, 3000.0),
        ],
    )
    agg = queries.zone_aggregate(store, "kpm_pkh", 2041, ["6409", "6403"])
    assert agg.rate == pytest.approx(2400 / 4000 * 100)  # 60 %, not the mean of 90 % and 50 %
    assert agg.rate_unit == "% cakupan" and agg.denominator_value == 4000


def test_years_by_indicator_matches_available_years(ready_engine):
    from welfare.catalogue import load_catalogue

    by_indicator = queries.years_by_indicator(ready_engine)
    # Example data 2019-2024 plus the published Samarinda 2015 total.
    assert by_indicator["pmks_total"] == [2015, *range(2019, 2025)]
    for ind in load_catalogue():
        assert by_indicator.get(ind.id, []) == queries.available_years(ready_engine, ind.id)
