"""Projected need = rate per 1.000 x projected population, worked by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import Engine

from tests.welfare.store_rows import add_dataset
from welfare.models import KIND_EXAMPLE, KIND_IMPORTED
from welfare.outlook.projection import (
    POP_ESTIMATE,
    POP_INTERPOLATED,
    POP_NONE,
    POP_PROJECTION,
    STATUS_NO_POPULATION,
    STATUS_NO_RATE,
    STATUS_OK,
    dtsen_measure,
    need_table,
    pmks_measure,
    programme_measure,
    project_need,
    projected_population,
)
from welfare.store import ensure_ready

PPU, KUKAR, PASER = "6409", "6403", "6401"
# PMKS "anak terlantar" in PPU, 2020-2024 (made-up numbers for the arithmetic)
PPU_ANAK = {2020: 200.0, 2021: 210.0, 2022: 230.0, 2023: 240.0, 2024: 250.0}


@pytest.fixture
def store(engine: Engine) -> Engine:
    """Official seeds only (no example data): PPU's BPS population 2020 = 178.681 (SP2020),
    2023 = 196.566 (mid-year estimate); BPS projection 2035 = 1.176.840."""
    ensure_ready(engine, seed_example=False)
    return engine


def _ppu_pmks(engine: Engine, kind: str = KIND_IMPORTED) -> None:
    rows = [(PPU, "pmks_anak_terlantar", y, v) for y, v in PPU_ANAK.items()]
    add_dataset(engine, kind, rows)


def test_ppu_2024_to_2035_by_hand(store: Engine) -> None:
    _ppu_pmks(store)
    p = project_need(store, PPU, pmks_measure("pmks_anak_terlantar"), 2035)
    assert p.status == STATUS_OK
    # 1. Today's rate: 2024 has no BPS population, so 2023's is used (the map's rule):
    #    250 / 196.566 x 1.000 = 1,27184 per 1.000 penduduk
    assert (p.base.year, p.base.value) == (2024, 250.0)
    assert (p.base.population, p.base.population_year) == (196566.0, 2023)
    assert p.base.rate == pytest.approx(1.271837, abs=1e-6)
    # 2. Projected population 2035: the BPS projection itself, 1.176.840
    assert p.population.method == POP_PROJECTION and p.population.value == 1176840.0
    # 3. Need 2035 = 1,27184 x 1.176.840 / 1.000 = 250 x 1.176.840 / 196.566 = 1.496,75
    assert p.need == pytest.approx(1496.749, abs=1e-3)
    #    increase = 1.496,75 - 250 = 1.246,75 (+498,7 %)
    assert p.increase == pytest.approx(1246.749, abs=1e-3)
    assert p.increase_percent == pytest.approx(498.70, abs=1e-2)
    # 4. Band: the five rates 2020-2024; lowest 2020: 200 / 178.681 x 1.000 = 1,11931
    #    (2020 census), highest 2022: 230 / 178.681 x 1.000 = 1,28721 (2021 and 2022 use the
    #    2020 census too: no BPS figure in between)
    #    low  = 1,11931 x 1.176.840 / 1.000 = 1.317,25
    #    high = 1,28721 x 1.176.840 / 1.000 = 1.514,84
    assert p.band.years == (2020, 2021, 2022, 2023, 2024)
    assert p.band.rate_min == pytest.approx(1.119313, abs=1e-6)
    assert p.band.rate_max == pytest.approx(1.287210, abs=1e-6)
    assert p.band.low == pytest.approx(1317.253, abs=1e-3)
    assert p.band.high == pytest.approx(1514.840, abs=1e-3)
    # PMKS categories have no programme: no places
    assert p.coverage is None and p.places is None
    assert not p.is_example
    example = p.worked_example()
    assert example is not None
    assert (example.base_year, example.target_year, example.population) == (2024, 2035, 1176840)
    assert example.need == p.need and example.band_low == p.band.low
    assert example.anchors[0].indicator_id == "penduduk_proyeksi_bps"


def test_example_rates_make_an_example_projection(store: Engine) -> None:
    _ppu_pmks(store, KIND_EXAMPLE)
    p = project_need(store, PPU, pmks_measure("pmks_anak_terlantar"), 2035)
    assert p.is_example and p.base.is_example and p.worked_example().is_example
    assert p.need == pytest.approx(1496.749, abs=1e-3)  # same arithmetic, labelled


def test_2030_is_interpolated_between_two_named_bps_points(store: Engine) -> None:
    pop = projected_population(store, PPU, 2030)
    # between the mid-2023 estimate 196.566 and the 2035 projection 1.176.840, at constant
    # compound growth: 196.566 x (1.176.840 / 196.566) ** (7/12) = 558.316
    assert pop.method == POP_INTERPOLATED
    assert [(a.year, a.value, a.indicator_id) for a in pop.anchors] == [
        (2023, 196566.0, "penduduk_jiwa"),
        (2035, 1176840.0, "penduduk_proyeksi_bps"),
    ]
    assert pop.value == pytest.approx(558316.33, abs=0.01)
    # Kukar: 2024 estimate 793.131 -> 2035 projection 1.193.810: 793.131 x 1,50519 ** (6/11)
    assert projected_population(store, KUKAR, 2030).value == pytest.approx(991316.54, abs=0.01)


def test_no_projection_is_said_never_invented(store: Engine) -> None:
    # Paser: no BPS projection at all
    assert projected_population(store, PASER, 2030).method == POP_NONE
    # PPU after the last BPS projection (2035): never extrapolated
    assert projected_population(store, PPU, 2040).value is None
    # the province's 2050 figure is flagged secondary (a chart read on a news page): not used
    assert projected_population(store, "64", 2045).method == POP_NONE
    # a year with a BPS estimate uses it
    assert projected_population(store, KUKAR, 2024).method == POP_ESTIMATE
    add_dataset(store, KIND_IMPORTED, [(PASER, "pmks_anak_terlantar", 2024, 500.0)])
    p = project_need(store, PASER, pmks_measure("pmks_anak_terlantar"), 2030)
    assert p.status == STATUS_NO_POPULATION and p.need is None and p.base.value == 500.0
    none = project_need(store, PPU, pmks_measure("pmks_gelandangan"), 2030)
    assert none.status == STATUS_NO_RATE and none.worked_example() is None


def test_fewer_than_three_rates_give_no_band(store: Engine) -> None:
    add_dataset(
        store, KIND_IMPORTED, [(PPU, "pmks_anak_terlantar", y, 100.0) for y in (2023, 2024)]
    )
    p = project_need(store, PPU, pmks_measure("pmks_anak_terlantar"), 2035)
    assert p.need is not None and p.band is None
    assert [r.year for r in p.band_rates] == [2023, 2024]


def test_the_band_uses_only_rates_of_the_same_kind(store: Engine) -> None:
    add_dataset(
        store,
        KIND_EXAMPLE,
        [(PPU, "pmks_anak_terlantar", y, 900.0) for y in (2019, 2020, 2021)],
    )
    add_dataset(
        store,
        KIND_IMPORTED,
        [(PPU, "pmks_anak_terlantar", y, 250.0) for y in (2022, 2023, 2024)],
    )
    p = project_need(store, PPU, pmks_measure("pmks_anak_terlantar"), 2035)
    assert p.band.years == (2022, 2023, 2024) and not p.is_example


def test_dtsen_families_and_pkh_places_to_keep_coverage(store: Engine) -> None:
    # DTSEN 2026 for PPU: deciles 1-4 = 2.000 + 3.000 + 2.500 + 2.500 = 10.000 KK; PKH
    # recipients by decile: 4.000 in deciles 1-4 and 1.000 above -> 5.000 recipients
    deciles = {1: 2000, 2: 3000, 3: 2500, 4: 2500, 5: 2000, 6: 2000, 7: 2000, 8: 2000}
    deciles |= {9: 2000, 10: 2000}
    cross = {1: 1500, 2: 1500, 3: 500, 4: 500, 5: 1000, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0}
    rows = [(PPU, f"dtsen_desil{n}_kk", 2026, float(v)) for n, v in deciles.items()]
    rows += [(PPU, f"kpm_pkh_desil{n}", 2026, float(v)) for n, v in cross.items()]
    add_dataset(store, KIND_EXAMPLE, rows)
    p = project_need(store, PPU, dtsen_measure("pkh"), 2030)
    # rate 2026 = 10.000 / 196.566 (2023, the latest BPS figure) x 1.000 = 50,8735 per 1.000
    assert p.base.rate == pytest.approx(50.87350, abs=1e-5)
    # 2030 population 558.316,33 (interpolated, see above) -> need = 50,8735 x 558,31633
    #   = 28.403,50 KK
    assert p.need == pytest.approx(28403.50, abs=0.01)
    # coverage = 5.000 / 10.000 = 50 % -> places to keep it = 50 % x 28.403,50 = 14.201,75;
    # 9.201,75 more than today's 5.000
    assert p.coverage.percent == pytest.approx(50.0)
    assert p.places == pytest.approx(14201.75, abs=0.01)
    assert p.additional_places == pytest.approx(9201.75, abs=0.01)
    assert p.band is None  # one DTSEN year only
    assert p.is_example and p.measure.deciles == (1, 2, 3, 4) and p.measure.unit == "KK"


def test_programme_need_and_places(store: Engine) -> None:
    rows = [(PPU, "kpm_pkh_sasaran", 2024, 4000.0), (PPU, "kpm_pkh", 2024, 3000.0)]
    add_dataset(store, KIND_IMPORTED, rows)
    p = project_need(store, PPU, programme_measure("pkh"), 2035)
    # need 2035 = 4.000 / 196.566 x 1.176.840 = 23.947,99; coverage 75 % -> 17.960,99 places
    assert p.need == pytest.approx(23947.99, abs=0.01)
    assert p.coverage.percent == pytest.approx(75.0)
    assert p.places == pytest.approx(17960.99, abs=0.01)


def test_need_table_ranks_where_need_grows_fastest(store: Engine) -> None:
    rows = [(k, "pmks_anak_terlantar", 2024, 100.0) for k in (PPU, KUKAR, PASER, "6472")]
    add_dataset(store, KIND_IMPORTED, rows)
    table = need_table(store, pmks_measure("pmks_anak_terlantar"), 2035)
    assert len(table) == 10
    by = table.set_index("kode_bps")
    assert by.loc[PPU, "rank"] == 1  # the BPS projection grows PPU six-fold
    assert by.loc[PASER, "status"] == STATUS_NO_POPULATION and pd.isna(by.loc[PASER, "rank"])
    assert by.loc["6474", "status"] == STATUS_NO_RATE  # Bontang: no such figure


def test_target_year_must_follow_the_base_year(store: Engine) -> None:
    _ppu_pmks(store)
    with pytest.raises(ValueError):
        project_need(store, PPU, pmks_measure("pmks_anak_terlantar"), 2024)
