"""welfare.explore on a real SQLite store, with hand-computed expectations.

A small imported dataset for the year 2030 (no other data exists for that year) gives numbers
that can be checked by hand; the seeded store checks that the vectorised profile agrees with
welfare.read_models (rate_table, zone_aggregate) number for number.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import Engine

from welfare import availability, explore, observations, read_models
from welfare.catalogue import PROGRAMMES
from welfare.db import make_engine, transaction
from welfare.models import Dataset, Observation
from welfare.rates import METHOD_WEIGHTED
from welfare.store import ensure_ready

Y = 2030
PKH = next(p for p in PROGRAMMES if p.key == "pkh")
HAND_ROWS = [
    # population
    ("6409", "penduduk_jiwa", Y, 10_000),
    ("6403", "penduduk_jiwa", Y, 90_000),
    ("6404", "penduduk_jiwa", Y, 5_000),
    # PMKS total: zone (6409, 6403) = 400 / 100.000 -> 4,0 per 1.000 (mean of rates = 6,67)
    ("6409", "pmks_total", Y, 100),
    ("6403", "pmks_total", Y, 300),
    ("6404", "pmks_total", Y, 50),
    # poverty %: population-weighted (10 x 10.000 + 5 x 90.000) / 100.000 = 5,5 (mean = 7,5)
    ("6409", "penduduk_miskin_persen", Y, 10.0),
    ("6403", "penduduk_miskin_persen", Y, 5.0),
    # PKH: 6409 under-covered (gap 200), 6403 over-covered (+200)
    ("6409", "kpm_pkh", Y, 800),
    ("6409", "kpm_pkh_sasaran", Y, 1_000),
    ("6403", "kpm_pkh", Y, 1_200),
    ("6403", "kpm_pkh_sasaran", Y, 1_000),
    # two PMKS categories for 6409 only
    ("6409", "pmks_fakir_miskin", Y, 60),
    ("6409", "pmks_pengemis", Y, 40),
]


@pytest.fixture(scope="module")
def hand_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("explore") / "serambi.db"
    eng = make_engine(f"sqlite:///{path}")
    ensure_ready(eng)
    with transaction(eng) as s:
        ds = Dataset(name="uji explore", kind="imported", source="tes", imported_by="tes")
        s.add(ds)
        s.flush()
        for kode, ind, year, value in HAND_ROWS:
            s.add(
                Observation(
                    dataset_id=ds.id,
                    region_kode_bps=kode,
                    indicator_id=ind,
                    year=year,
                    value=float(value),
                    source="tes tangan",
                )
            )
    yield eng
    eng.dispose()


# --------------------------------------------------------------------------- aggregates


def test_group_trend_is_ratio_of_sums_not_mean_of_rates(hand_engine: Engine) -> None:
    df = explore.group_trend(
        hand_engine, "pmks_total", {"zona": ["6409", "6403"], "luar": ["6404", "6471"]}, years=[Y]
    )
    zona = df[df["group"] == "zona"].iloc[0]
    luar = df[df["group"] == "luar"].iloc[0]
    assert zona["rate"] == pytest.approx(4.0)  # 400 / 100.000 x 1.000
    assert zona["rate"] != pytest.approx((10.0 + 300 / 90) / 2)  # not the mean of rates
    assert zona["value"] == 400 and zona["n_with_data"] == 2 and zona["n_regions"] == 2
    assert not zona["is_example"]
    # 6471 has no PMKS value in 2030: it is reported missing, never counted as zero.
    assert luar["rate"] == pytest.approx(10.0) and luar["n_with_data"] == 1
    assert luar["missing"] == ["6471"]


def test_group_trend_weights_percentages_by_population(hand_engine: Engine) -> None:
    df = explore.group_trend(
        hand_engine, "penduduk_miskin_persen", {"zona": ["6409", "6403"]}, years=[Y]
    )
    assert df.iloc[0]["rate"] == pytest.approx(5.5)
    assert df.iloc[0]["method"] == METHOD_WEIGHTED


def test_group_trend_year_without_data_is_nan_not_zero(hand_engine: Engine) -> None:
    df = explore.group_trend(
        hand_engine, "penduduk_miskin_persen", {"zona": ["6409"]}, years=[2029, Y]
    )
    by_year = df.set_index("year")
    assert math.isnan(by_year.loc[2029, "rate"]) and by_year.loc[2029, "n_with_data"] == 0
    assert by_year.loc[Y, "rate"] == pytest.approx(10.0)


def test_group_trend_matches_zone_aggregate_on_the_seeded_store(hand_engine: Engine) -> None:
    zone = ["6401", "6402", "6403", "6409", "6471", "6472"]
    rest = ["6404", "6405", "6411", "6474"]
    for indicator in ("penduduk_miskin_persen", "pmks_total", "kpm_bpnt", "penduduk_jiwa"):
        df = explore.group_trend(hand_engine, indicator, {"zona": zone, "luar": rest})
        assert not df.empty
        for row in df.itertuples(index=False):
            codes = zone if row.group == "zona" else rest
            agg = read_models.zone_aggregate(hand_engine, indicator, row.year, codes)
            expected = np.nan if agg.rate is None else agg.rate
            assert row.rate == pytest.approx(expected, nan_ok=True), (indicator, row)
            assert row.n_with_data == agg.n_with_data
            assert row.is_example == agg.is_example


# --------------------------------------------------------------------------- coverage


def test_coverage_gap_is_never_negative_and_over_coverage_is_separate(hand_engine: Engine) -> None:
    cov = explore.coverage_table(hand_engine, PKH, Y)
    d = cov.data.set_index("kode_bps")
    assert d.loc["6409", "coverage"] == pytest.approx(80.0)
    assert d.loc["6409", "gap"] == 200 and d.loc["6409", "over"] == 0
    assert d.loc["6409", "gap_per_1000"] == pytest.approx(20.0)  # 200 / 10.000 x 1.000
    assert d.loc["6403", "coverage"] == pytest.approx(120.0)
    assert d.loc["6403", "gap"] == 0 and d.loc["6403", "over"] == 200
    assert (cov.data["gap"].dropna() >= 0).all()
    # No recipients in 2030 elsewhere: unknown, not a gap of zero.
    assert d.loc["6472", ["coverage", "gap", "over", "gap_per_1000"]].isna().all()
    # Province: sum served / sum need = 2.000 / 2.000; the gap is not netted off.
    assert cov.province_coverage == pytest.approx(100.0)
    assert cov.gap_total == 200 and cov.over_total == 200
    assert cov.n_with_data == 2 and cov.n_regions == 10
    assert cov.need_years == [Y] and cov.population_years == [Y]
    assert not cov.has_example


def test_coverage_on_example_data_matches_rate_table(hand_engine: Engine) -> None:
    cov = explore.coverage_table(hand_engine, PKH, 2023)
    rt = read_models.rate_table(hand_engine, "kpm_pkh", 2023).data.set_index("kode_bps")
    d = cov.data.set_index("kode_bps")
    for kode in d.index:
        assert d.loc[kode, "coverage"] == pytest.approx(rt.loc[kode, "rate"], nan_ok=True)
        assert d.loc[kode, "is_example"] == rt.loc[kode, "is_example"]
    assert cov.has_example
    assert (cov.data["gap"] >= 0).all()
    served, need = cov.data["recipients"].sum(), cov.data["need"].sum()
    assert cov.province_coverage == pytest.approx(served / need * 100)


def test_programme_years(hand_engine: Engine) -> None:
    years = explore.programme_years(hand_engine, PKH)
    assert years[0] == 2019 and Y in years


# --------------------------------------------------------------------------- PMKS mix


def test_pmks_mix_rates_and_shares(hand_engine: Engine) -> None:
    mix = explore.pmks_mix(hand_engine, Y)
    assert set(mix["kode_bps"]) == {"6409"}  # categories not reported are absent, not zero
    d = mix.set_index("category")
    assert d.loc["pmks_fakir_miskin", "per_1000"] == pytest.approx(6.0)
    assert d.loc["pmks_pengemis", "per_1000"] == pytest.approx(4.0)
    assert d.loc["pmks_fakir_miskin", "share"] == pytest.approx(60.0)
    assert mix["share"].sum() == pytest.approx(100.0)
    assert d.loc["pmks_pengemis", "population_year"] == Y


def test_pmks_mix_example_year_is_flagged(hand_engine: Engine) -> None:
    mix = explore.pmks_mix(hand_engine, 2024)
    assert len(mix) == 26 * 10 and mix["is_example"].all()
    shares = mix.groupby("kode_bps")["share"].sum()
    assert np.allclose(shares, 100.0)
    assert 2024 in explore.pmks_years(hand_engine)


# --------------------------------------------------------------------------- trends


def test_with_gaps_keeps_missing_years_as_nan() -> None:
    series = pd.DataFrame(
        {
            "kode_bps": ["6409", "6409"],
            "nama": ["PPU", "PPU"],
            "year": [2015, 2017],
            "value": [1.0, 3.0],
            "rate": [1.0, 3.0],
            "is_example": [False, True],
        }
    )
    grid = explore.year_grid(series["year"])
    assert grid == [2015, 2016, 2017]
    out = explore.with_gaps(series, ["6409", "6403"], grid)
    assert len(out) == 6
    ppu = out[out["kode_bps"] == "6409"].set_index("year")
    assert math.isnan(ppu.loc[2016, "rate"]) and ppu.loc[2017, "rate"] == 3.0
    assert ppu.loc[2017, "is_example"] and not ppu.loc[2016, "is_example"]
    assert out[out["kode_bps"] == "6403"]["rate"].isna().all()
    assert (out["rate"].fillna(-1) != 0).all()  # no zero filled in


# --------------------------------------------------------------------------- profile


def test_profile_hand_values(hand_engine: Engine) -> None:
    chosen = {i: Y for i in ("pmks_total", "kpm_pkh", "penduduk_miskin_persen")}
    prof = explore.profile(hand_engine, "6409", chosen).set_index("indicator_id")
    pmks = prof.loc["pmks_total"]
    assert pmks["year"] == Y
    assert pmks["rate"] == pytest.approx(10.0)  # 100 / 10.000 x 1.000
    # 2030: 6409 10,0 ; 6403 3,33 ; 6404 10,0 per 1.000 -> tied worst (1 = worst)
    assert pmks["rank"] == 1 and pmks["n_ranked"] == 3
    assert pmks["province_rate"] == pytest.approx(450 / 105_000 * 1000)
    assert pmks["province_n"] == 3
    assert not pmks["is_example"] and pmks["dataset_kind"] == "imported"
    assert pmks["spark_years"][0] == 2019 and pmks["spark_years"][-1] == Y
    assert len(pmks["spark_years"]) == len(pmks["spark_rates"]) == Y - 2019 + 1
    assert all(
        math.isnan(r)
        for r, yr in zip(pmks["spark_rates"], pmks["spark_years"], strict=True)
        if 2024 < yr < Y
    )
    assert prof.loc["kpm_pkh", "rate"] == pytest.approx(80.0)
    # coverage: higher is better, so rank 1 = the lowest coverage (6409 80 % < 6403 120 %)
    assert prof.loc["kpm_pkh", "rank"] == 1
    assert prof.loc["penduduk_miskin_persen", "province_rate"] == pytest.approx(5.5)


def test_profile_shows_each_indicator_in_the_year_the_map_opens_on(hand_engine: Engine) -> None:
    """No year chosen: the default year (8 of 10 regencies), not this regency's latest, so the
    card and the map of the same indicator never disagree."""
    counts = availability.regions_per_year(hand_engine, "pmks_total")["pmks_total"]
    assert counts[Y] == 3 and counts[2024] == 10  # Y is thin: the map opens on 2024
    prof = explore.profile(hand_engine, "6409").set_index("indicator_id")
    assert prof.loc["pmks_total", "year"] == 2024
    assert prof.loc["pmks_total", "n_ranked"] == 10
    # a year chosen for one indicator (the shared filter's) changes only that indicator
    chosen = explore.profile(hand_engine, "6409", {"pmks_total": Y}).set_index("indicator_id")
    assert chosen.loc["pmks_total", "year"] == Y
    assert chosen.loc["kpm_pkh", "year"] == prof.loc["kpm_pkh", "year"]
    # a chosen year the regency lacks: its nearest earlier year, said beside the number
    gap = explore.profile(hand_engine, "6409", {"pmks_total": Y - 1}).set_index("indicator_id")
    assert gap.loc["pmks_total", "year"] == 2024


@pytest.mark.parametrize("kode", ["6409", "6411"])
def test_profile_agrees_with_rate_table_and_zone_aggregate(hand_engine: Engine, kode: str) -> None:
    codes = observations.regions(hand_engine)["kode_bps"].tolist()
    prof = explore.profile(hand_engine, kode)
    assert len(prof) > 20
    assert list(prof["sort_order"]) == sorted(prof["sort_order"])
    for row in prof.iloc[::3].itertuples(index=False):  # every third: keeps the test quick
        rt = read_models.rate_table(hand_engine, row.indicator_id, row.year).data
        mine = rt.set_index("kode_bps").loc[kode]
        assert row.rate == pytest.approx(mine["rate"], nan_ok=True), row.indicator_id
        assert (row.rank is None) == pd.isna(mine["rank"]), row.indicator_id
        if row.rank is not None:
            assert row.rank == mine["rank"], row.indicator_id
        assert row.is_example == bool(mine["is_example"]), row.indicator_id
        agg = read_models.zone_aggregate(hand_engine, row.indicator_id, row.year, codes)
        assert row.province_rate == pytest.approx(
            np.nan if agg.rate is None else agg.rate, nan_ok=True
        ), row.indicator_id
        assert row.province_n == agg.n_with_data, row.indicator_id


def test_indicators_without_data(hand_engine: Engine) -> None:
    missing = explore.indicators_without_data(hand_engine, "6409")
    assert "pmks_total" not in missing
    assert "penduduk_laki_jiwa" in missing  # published for the province only
