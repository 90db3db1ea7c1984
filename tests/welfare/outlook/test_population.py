"""Population series per concept, the zone against the rest, the IKN plan, growth rates."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from welfare.outlook import concepts
from welfare.outlook.population import (
    Growth,
    compound_growth,
    growth_rate,
    growth_rates,
    ikn_plan_stages,
    kecamatan_with_population,
    population_lines,
    region_series,
    zone_lines,
)
from welfare.store import ensure_ready
from welfare.zone_groups import BUFFER, REST

# The buffer zone as geo.ikn.zone_class draws it with data/settings.toml: PPU and Kukar
# (wilayah_ikn), Paser, Kutai Barat, Balikpapan, Samarinda (penyangga).
BUFFER_CODES = ["6401", "6402", "6403", "6409", "6471", "6472"]


@pytest.fixture
def store(engine: Engine) -> Engine:
    ensure_ready(engine, seed_example=False)
    return engine


def test_compound_growth_by_hand() -> None:
    # PPU, Dukcapil: 173.671 (2019) -> 186.801 (2021):
    # (186.801 / 173.671) ** (1/2) - 1 = 1,075602 ** 0,5 - 1 = 0,037113 = 3,71 % per tahun
    assert compound_growth(173671, 186801, 2) == pytest.approx(0.0371127, abs=1e-6)
    # a fall is a negative rate, a doubling in one year is 100 %
    assert compound_growth(200, 100, 1) == pytest.approx(-0.5)
    assert compound_growth(100, 200, 1) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        compound_growth(100, 200, 0)
    with pytest.raises(ValueError):
        compound_growth(0, 200, 2)


def test_growth_between_two_years_of_one_series(store: Engine) -> None:
    lines = population_lines(store, "6409")
    bps = lines[concepts.BPS_ESTIMATE]
    # BPS: SP2020 178.681 -> mid-2023 estimate 196.566:
    # (196.566 / 178.681) ** (1/3) - 1 = 1,100095 ** 0,3333 - 1 = 3,23 % per tahun
    g = growth_rate(bps, 2020, 2023)
    assert isinstance(g, Growth)
    assert (g.start_year, g.end_year, g.start_value, g.end_value) == (2020, 2023, 178681, 196566)
    assert g.percent == pytest.approx(3.2310, abs=1e-3)
    assert g.concept == concepts.BPS_ESTIMATE and g.years == 3
    # Dukcapil 2019 -> 2021 (both from the outlook seed)
    dukcapil = growth_rate(lines[concepts.DUKCAPIL], 2019, 2021)
    assert dukcapil.rate == pytest.approx(0.0371127, abs=1e-6)
    assert dukcapil.concept == concepts.DUKCAPIL
    # never across concepts: BPS has no 2019 value, even though Dukcapil has one
    with pytest.raises(ValueError, match="2019"):
        growth_rate(bps, 2019, 2023)


def test_growth_rates_are_consecutive_then_overall(store: Engine) -> None:
    bps = population_lines(store, "6409")[concepts.BPS_ESTIMATE]
    rates = growth_rates(bps)
    pairs = [(g.start_year, g.end_year) for g in rates]
    years = bps.years
    assert pairs[:-1] == list(zip(years, years[1:], strict=False))
    assert pairs[-1] == (years[0], years[-1])


def test_partial_year_figures_never_enter_a_growth_rate(store: Engine) -> None:
    arrivals = next(
        s for s in region_series(store, "6471") if s.indicator_id == "penduduk_datang_dukcapil"
    )
    assert arrivals.point(2025).partial  # January-April 2025 only
    assert [(g.start_year, g.end_year) for g in growth_rates(arrivals)][-1] == (2021, 2024)
    with pytest.raises(ValueError, match="2025"):
        growth_rate(arrivals, 2024, 2025)


def test_zone_against_the_rest_sums_only_complete_years(store: Engine) -> None:
    lines = zone_lines(store, BUFFER_CODES)
    zone = {s.concept: s for s in lines[BUFFER]}
    rest = {s.concept: s for s in lines[REST]}
    bps = zone[concepts.BPS_ESTIMATE]
    assert bps.codes == tuple(BUFFER_CODES)
    full_2020 = next(p for p in bps.points if p.year == 2020)
    # SP2020: the six buffer regencies add up (the census is published for all ten)
    assert full_2020.complete and full_2020.n_with_data == 6
    # the BPS projection exists for four of the six in 2035: shown as 4/6, never a zone line
    projection = zone[concepts.BPS_PROJECTION]
    assert [(p.year, p.n_with_data, p.n_regions) for p in projection.points] == [(2035, 4, 6)]
    assert projection.complete_points == ()
    assert set(projection.points[0].missing) == {"6401", "6402"}
    # growth of a group only between complete years
    g = growth_rate(bps, 2020, 2023)
    assert g.region == BUFFER and g.start_value == full_2020.value
    with pytest.raises(ValueError):
        growth_rate(projection, 2020, 2035)
    assert rest[concepts.BPS_ESTIMATE].codes == ("6404", "6405", "6411", "6474")
    # Dukcapil 2024 (Kepmendagri) covers all ten: a complete year on both sides
    assert any(p.year == 2024 and p.complete for p in zone[concepts.DUKCAPIL].points)


def test_ikn_plan_stages_are_their_own_series(store: Engine) -> None:
    stages = ikn_plan_stages(store)
    assert [s.year for s in stages] == [2024, 2029, 2034, 2039, 2045]
    assert stages[1].stage == "Tahap 2 (2025-2029)" and stages[1].value == 1_280_000
    assert all(s.secondary for s in stages)  # a secondary page, flagged
    census = population_lines(store, concepts.IKN_AREA_CODE)[concepts.IKN_CENSUS]
    assert [(p.year, p.value) for p in census.points] == [(2025, 147427.0)]


def test_kecamatan_around_ikn_with_population(store: Engine) -> None:
    codes = kecamatan_with_population(store, "6409")
    assert codes == ["64.09.01", "64.09.02", "64.09.03", "64.09.04"]


def test_example_data_never_hides_a_published_figure(store: Engine) -> None:
    from tests.welfare.store_rows import add_dataset
    from welfare.models import KIND_EXAMPLE

    # Sepaku's BPS estimates 2022 and 2023 (secondary, outlook seed) against example figures
    # of the same years and one of a year the seed lacks.
    add_dataset(
        store,
        KIND_EXAMPLE,
        [("64.09.04", "penduduk_jiwa", y, v) for y, v in ((2022, 1.0), (2023, 2.0), (2024, 3.0))],
    )
    (bps,) = region_series(store, "64.09.04", ["penduduk_jiwa"])
    assert [(p.year, p.value, p.is_example) for p in bps.points] == [
        (2022, 39738.0, False),
        (2023, 40322.0, False),
        (2024, 3.0, True),
    ]
