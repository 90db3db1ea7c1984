"""The population of a future year for a projection of need: the BPS projection, else a BPS
figure of that year, else constant compound growth between two named BPS figures; never
extrapolated, never from Dukcapil counts, the IKN plan or the IKN census.

See :mod:`welfare.outlook.projection` (step 3 of its method) for the rule in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from welfare.models import KIND_EXAMPLE
from welfare.observations import Bind, connect, current_observations
from welfare.outlook.concepts import BPS_ESTIMATE, BPS_PROJECTION, POPULATION_LINES
from welfare.outlook.seed import outlook_figures

# How the projected population was obtained (ids; the UI words them).
POP_PROJECTION = "proyeksi_bps"
POP_ESTIMATE = "angka_bps"
POP_INTERPOLATED = "interpolasi_geometrik"
POP_NONE = "tidak_ada_proyeksi"

PROJECTION_ID = POPULATION_LINES[BPS_PROJECTION]
ESTIMATE_ID = POPULATION_LINES[BPS_ESTIMATE]


@dataclass(frozen=True)
class Anchor:
    """A published BPS figure a projected population rests on."""

    year: int
    value: float
    indicator_id: str  # penduduk_proyeksi_bps | penduduk_jiwa
    source: str | None


@dataclass(frozen=True)
class ProjectedPopulation:
    """The population used for a target year, and how it was obtained (``method``)."""

    region_kode: str
    year: int
    value: float | None
    method: str  # POP_PROJECTION | POP_ESTIMATE | POP_INTERPOLATED | POP_NONE
    anchors: tuple[Anchor, ...] = ()
    rounded: bool = False


def interpolate(start: Anchor, end: Anchor, year: int) -> float:
    """Constant compound growth between two anchors: ``P0 x (P1/P0) ** ((t-t0)/(t1-t0))``."""
    if not start.year < year < end.year:
        raise ValueError("Tahun interpolasi harus di antara kedua titik BPS")
    share = (year - start.year) / (end.year - start.year)
    return start.value * (end.value / start.value) ** share


def _anchors(bind: Bind, region_kode: str) -> tuple[list[Anchor], list[Anchor], set[int]]:
    """(BPS projections not flagged secondary, BPS estimates of real data, rounded years)."""
    with connect(bind) as conn:
        figs = outlook_figures(conn, region_kode=[region_kode], indicator_ids=[PROJECTION_ID])
        obs = current_observations(conn, indicator_ids=[ESTIMATE_ID], kode_bps=[region_kode])
    figs = figs[~figs["secondary"]]
    projections = [
        Anchor(int(r.year), float(r.value), PROJECTION_ID, r.source)
        for r in figs.itertuples(index=False)
    ]
    rounded = {int(r.year) for r in figs.itertuples(index=False) if r.rounded}
    obs = obs[obs["dataset_kind"] != KIND_EXAMPLE]
    estimates = [
        Anchor(int(r.year), float(r.value), ESTIMATE_ID, r.source)
        for r in obs.itertuples(index=False)
    ]
    return projections, estimates, rounded


def projected_population(bind: Bind, region_kode: str, year: int) -> ProjectedPopulation:
    """The population of ``region_kode`` in ``year`` by the rule of the module docstring."""
    region_kode, year = str(region_kode), int(year)
    projections, estimates, rounded = _anchors(bind, region_kode)
    exact = [a for a in projections if a.year == year]
    if exact:
        return ProjectedPopulation(
            region_kode, year, exact[0].value, POP_PROJECTION, (exact[0],), year in rounded
        )
    same_year = [a for a in estimates if a.year == year]
    if same_year:
        return ProjectedPopulation(region_kode, year, same_year[0].value, POP_ESTIMATE, same_year)
    later = sorted((a for a in projections if a.year > year), key=lambda a: a.year)
    earlier = sorted((a for a in [*projections, *estimates] if a.year < year), key=_anchor_order)
    if not later or not earlier:
        return ProjectedPopulation(region_kode, year, None, POP_NONE)
    start, end = earlier[-1], later[0]
    return ProjectedPopulation(
        region_kode,
        year,
        interpolate(start, end, year),
        POP_INTERPOLATED,
        (start, end),
        bool({start.year, end.year} & rounded),
    )


def _anchor_order(a: Anchor) -> tuple[int, int]:
    # In one year, a census/estimate comes after (wins over) a projection.
    return (a.year, 1 if a.indicator_id == ESTIMATE_ID else 0)
