"""The rate rules: per 1.000 and per cent, the denominator year, ranks and group figures.

Two halves: the pure functions on small real tables (numbers by hand), and the same rules
seen through the real store (published figures from data/seed written out literally).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import Engine

from tests.welfare.store_rows import add_dataset
from welfare import read_models
from welfare.catalogue import POPULATION_ID, get_indicator
from welfare.rates import (
    METHOD_RATIO,
    METHOD_SUM,
    METHOD_WEIGHTED,
    Denominators,
    add_rates,
    denominator_id_for,
    group_rate,
    rank_rates,
    unique_values,
)


def _dens(rows: list[tuple[str, int, float, bool]]) -> Denominators:
    """Denominator observations (kode_bps, year, value, is_example)."""
    return Denominators(
        pd.DataFrame(
            [
                {"kode_bps": k, "year": y, "value": v, "is_example": ex, "source": f"sensus {y}"}
                for k, y, v, ex in rows
            ]
        )
    )


def _values(rows: list[tuple[str, int, float | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode_bps": [k for k, _, _ in rows],
            "year": [y for _, y, _ in rows],
            "value": [np.nan if v is None else v for _, _, v in rows],
            "is_example": False,
            "dataset_kind": "official",
            "source": "tes",
        }
    )


# ---------------------------------------------------------------- pure rules


def test_denominator_indicator_per_kind() -> None:
    assert denominator_id_for(get_indicator("penduduk_miskin_jiwa")) == POPULATION_ID
    assert denominator_id_for(get_indicator("kpm_pkh")) == "kpm_pkh_sasaran"
    # percent, index and currency: weighted by population, the rate is the value itself
    assert denominator_id_for(get_indicator("penduduk_miskin_persen")) == POPULATION_ID
    assert denominator_id_for(get_indicator("indeks_kedalaman_p1")) == POPULATION_ID
    assert denominator_id_for(get_indicator("garis_kemiskinan")) == POPULATION_ID
    # a count without denominator (TKSK, one per kecamatan): neither rate nor weight
    assert denominator_id_for(get_indicator("psks_tksk")) is None


def test_add_rates_per_1000_uses_the_fallback_year_and_never_divides_by_zero() -> None:
    ind = get_indicator("penduduk_miskin_jiwa")
    dens = _dens(
        [
            ("6403", 2020, 729382, False),
            ("6403", 2022, 760000, True),
            ("6472", 2021, 831460, False),
            ("6411", 2021, 0, False),
        ]
    )
    df = add_rates(
        _values(
            [("6403", 2021, 62360), ("6472", 2021, 42840), ("6411", 2021, 5), ("6409", 2021, 7)]
        ),
        ind,
        dens,
    ).set_index("kode_bps")
    # 2021 -> the nearest earlier year 2020, not the later 2022
    assert df.loc["6403", "denominator_year"] == 2020
    assert df.loc["6403", "denominator_value"] == 729382
    assert df.loc["6403", "rate"] == pytest.approx(62360 / 729382 * 1000)
    assert df.loc["6403", "denominator_source"] == "sensus 2020"
    assert not df.loc["6403", "denominator_is_example"]
    assert df.loc["6472", "rate"] == pytest.approx(42840 / 831460 * 1000)
    # a zero denominator gives no rate; no denominator at all neither (never zero)
    assert math.isnan(df.loc["6411", "rate"]) and df.loc["6411", "denominator_value"] == 0
    assert math.isnan(df.loc["6409", "rate"]) and df.loc["6409", "denominator_year"] is pd.NA
    assert (df["denominator_id"] == POPULATION_ID).all()
    # only earlier is missing: the nearest later year is used, and its example flag travels
    later = add_rates(_values([("6403", 2010, 100)]), ind, dens).iloc[0]
    assert later["denominator_year"] == 2020 and later["rate"] == pytest.approx(100 / 729382 * 1000)
    newest = add_rates(_values([("6403", 2030, 100)]), ind, dens).iloc[0]
    assert newest["denominator_year"] == 2022 and newest["denominator_is_example"]


def test_add_rates_coverage_is_percent_and_value_kinds_keep_the_value() -> None:
    cov = add_rates(
        _values([("6409", 2041, 900)]),
        get_indicator("kpm_pkh"),
        _dens([("6409", 2041, 1000, False)]),
    ).iloc[0]
    assert cov["rate"] == pytest.approx(90.0) and cov["denominator_id"] == "kpm_pkh_sasaran"
    pct = add_rates(
        _values([("6409", 2024, 6.68)]),
        get_indicator("penduduk_miskin_persen"),
        _dens([("6409", 2023, 196566, False)]),
    ).iloc[0]
    # the population is found (it weights group means) but the rate is the value itself
    assert pct["rate"] == 6.68 and pct["denominator_year"] == 2023
    tksk = add_rates(_values([("6409", 2024, 4)]), get_indicator("psks_tksk"), None).iloc[0]
    assert tksk["rate"] == 4 and tksk["denominator_id"] is None
    assert math.isnan(tksk["denominator_value"])


def test_rank_1_is_worst_ties_share_the_better_rank_missing_has_none() -> None:
    rate = pd.Series([5.0, 7.0, 7.0, 3.0, np.nan])
    assert rank_rates(rate, True).tolist() == [3, 1, 1, 4, pd.NA]
    assert rank_rates(rate, False).tolist() == [2, 3, 3, 1, pd.NA]
    assert str(rank_rates(rate, True).dtype) == "Int64"


def test_unique_values_keeps_first_seen_order_without_missing() -> None:
    assert unique_values(["b", None, "a", "b", float("nan"), pd.NA, "c"]) == ["b", "a", "c"]
    assert unique_values([2023, 2024, 2023]) == [2023, 2024]


def test_group_rate_ratio_of_sums_not_mean_of_rates() -> None:
    ind = get_indicator("kpm_pkh")
    rows = add_rates(
        _values([("6409", 2041, 900), ("6403", 2041, 1500), ("6471", 2041, None)]),
        ind,
        _dens(
            [("6409", 2041, 1000, False), ("6403", 2041, 3000, False), ("6471", 2041, 50, False)]
        ),
    )
    g = group_rate(ind, rows)
    assert g.method == METHOD_RATIO
    assert g.rate == pytest.approx(2400 / 4000 * 100)  # 60 %, not the mean of 90 % and 50 %
    assert g.value == 2400 and g.denominator_value == 4000  # 6471 has no value: not counted
    assert g.used["kode_bps"].tolist() == ["6409", "6403"]


def test_group_rate_percent_is_population_weighted_and_counts_without_denominator_sum() -> None:
    pct = get_indicator("penduduk_miskin_persen")
    rows = add_rates(
        _values([("6409", 2024, 6.68), ("6403", 2024, 7.28)]),
        pct,
        _dens([("6409", 2023, 196566, False), ("6403", 2024, 793131, False)]),
    )
    g = group_rate(pct, rows)
    expected = (6.68 * 196566 + 7.28 * 793131) / (196566 + 793131)
    assert g.method == METHOD_WEIGHTED and g.rate == pytest.approx(expected) and g.value == g.rate
    assert g.denominator_value == 196566 + 793131
    tksk = get_indicator("psks_tksk")
    s = group_rate(tksk, add_rates(_values([("6409", 2024, 4), ("6403", 2024, 18)]), tksk, None))
    assert (s.method, s.value, s.rate, s.denominator_value) == (METHOD_SUM, 22, 22, None)
    none = group_rate(tksk, add_rates(_values([("6409", 2024, None)]), tksk, None))
    assert none.value is None and none.rate is None and none.used.empty


# ---------------------------------------------------------------- the same rules on the store


def test_zone_aggregate_percent_is_population_weighted(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    agg = read_models.zone_aggregate(ready_engine, "penduduk_miskin_persen", 2024, zone)
    # (percent, population of 2024 or the nearest earlier year), read from data/seed
    parts = [(6.68, 196566), (7.28, 793131), (2.23, 738532), (4.30, 868499)]
    expected = sum(p * w for p, w in parts) / sum(w for _, w in parts)
    assert agg.rate == pytest.approx(expected) and agg.value == pytest.approx(expected)
    assert agg.rate != pytest.approx(sum(p for p, _ in parts) / 4)  # not a plain mean
    assert agg.method == METHOD_WEIGHTED and agg.complete
    assert agg.denominator_value == sum(w for _, w in parts)
    assert agg.denominator_years == [2023, 2024] and not agg.is_example


def test_zone_aggregate_count_is_ratio_of_sums(ready_engine: Engine) -> None:
    zone = ["6409", "6403", "6471", "6472"]
    agg = read_models.zone_aggregate(ready_engine, "penduduk_miskin_jiwa", 2021, zone)
    poor = [12130, 62360, 18530, 42840]
    pop = [178681, 729382, 688318, 831460]  # 2020, 2020, 2020, 2021 (fallback rule)
    assert agg.value == sum(poor) and agg.denominator_value == sum(pop)
    assert agg.rate == pytest.approx(sum(poor) / sum(pop) * 1000)
    mean_of_rates = sum(n / d * 1000 for n, d in zip(poor, pop, strict=True)) / 4
    assert not math.isclose(agg.rate, mean_of_rates)
    assert agg.method == METHOD_RATIO and agg.n_with_data == 4


def test_denominator_year_fallback_rules(official_store: Engine) -> None:
    store = official_store
    # Mahakam Ulu has population for 2015, 2020, 2023, 2024 (no 2010: it was part of Kutai Barat)
    add_dataset(
        store, "imported", [("6411", "pmks_total", y, 100.0) for y in (2012, 2017, 2020, 2030)]
    )
    df = read_models.series(store, "pmks_total", ["6411"]).set_index("year")
    assert df.loc[2012, "denominator_year"] == 2015  # nothing earlier -> nearest later
    assert df.loc[2017, "denominator_year"] == 2015  # nearest earlier, not 2020
    assert df.loc[2020, "denominator_year"] == 2020  # same year
    assert df.loc[2030, "denominator_year"] == 2024
    # never interpolated: 2017 uses exactly the 2015 figure
    assert df.loc[2017, "rate"] == pytest.approx(100 / 25946 * 1000)


def test_ranks_ties_share_the_lower_rank_and_missing_has_none(official_store: Engine) -> None:
    store = official_store
    rows = [
        ("6401", "penduduk_miskin_persen", 2040, 5.0),
        ("6402", "penduduk_miskin_persen", 2040, 7.0),
        ("6403", "penduduk_miskin_persen", 2040, 7.0),
        ("6404", "penduduk_miskin_persen", 2040, 3.0),
    ]
    add_dataset(store, "imported", rows)
    df = read_models.rate_table(store, "penduduk_miskin_persen", 2040).data.set_index("kode_bps")
    assert df.loc["6402", "rank"] == df.loc["6403", "rank"] == 1
    assert df.loc["6401", "rank"] == 3 and df.loc["6404", "rank"] == 4
    assert df.loc["6405", "rank"] is pd.NA and math.isnan(df.loc["6405", "rate"])
    # PSKS: higher is better, so the fewest is rank 1
    add_dataset(
        store, "imported", [("6401", "psks_tksk", 2040, 10.0), ("6402", "psks_tksk", 2040, 20.0)]
    )
    psks = read_models.rate_table(store, "psks_tksk", 2040).data.set_index("kode_bps")
    assert (psks.loc["6401", "rank"], psks.loc["6402", "rank"]) == (1, 2)


def test_coverage_zone_aggregate_by_hand(official_store: Engine) -> None:
    store = official_store
    add_dataset(
        store,
        "imported",
        [
            ("6409", "kpm_pkh", 2041, 900.0),
            ("6409", "kpm_pkh_sasaran", 2041, 1000.0),
            ("6403", "kpm_pkh", 2041, 1500.0),
            ("6403", "kpm_pkh_sasaran", 2041, 3000.0),
        ],
    )
    agg = read_models.zone_aggregate(store, "kpm_pkh", 2041, ["6409", "6403"])
    assert agg.rate == pytest.approx(2400 / 4000 * 100)  # 60 %, not the mean of 90 % and 50 %
    # % cakupan: a ratio of sums over the programme's need (the words come from the catalogue)
    assert agg.method == METHOD_RATIO and agg.denominator_id == "kpm_pkh_sasaran"
    assert get_indicator(agg.indicator_id).rate_unit() == "% cakupan"
    assert agg.denominator_value == 4000
