"""Observed and projected population per region and per group of regencies, one series per
concept, and compound growth rates.

A :class:`Series` is the values of ONE indicator id for one region, so a BPS estimate, a BPS
projection, a Dukcapil count, the IKN plan and the IKN census are always separate series
(:mod:`welfare.outlook.concepts`); nothing here adds, splices or interpolates two of them.

Where the numbers come from
---------------------------
- ``penduduk_jiwa`` and ``penduduk_jiwa_dukcapil``: the store's current observations
  (official seed and imports), then the outlook seed for the years the store does not hold
  or holds as example data only, so a published figure is never hidden by an example one
  (the seed builder already dropped outlook rows for keys the official seed holds);
- every other outlook id (projections, arrivals, plan stages, the census): the outlook table
  (:func:`welfare.outlook.seed.outlook_figures`).

Groups of regencies (the buffer zone against the rest)
------------------------------------------------------
As for every zone figure (:mod:`welfare.zone_groups`, :func:`welfare.read_models.zone_aggregate`):
population is a count without denominator, so a group's value is the plain sum of its
regencies' values of the same year and the same indicator. A year in which not every regency
of the group has a value is kept with ``n_with_data`` < ``n_regions`` and is not ``complete``:
charts draw only complete years as the group's line, growth rates use only complete years.
The zones themselves come from geometry (``geo.ikn.zone_class`` and
:func:`welfare.zone_groups.buffer_codes`), so callers pass the buffer codes in.

Growth rates
------------
Compound annual growth between two observations of the same series:
``(end / start) ** (1 / (end_year - start_year)) - 1``, with both years and both values kept.
Figures covering part of a year (``partial``) are never used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from welfare.models import KIND_EXAMPLE, KIND_OFFICIAL
from welfare.observations import Bind, connect, current_observations, kecamatan_regions, regions
from welfare.outlook.concepts import (
    BPS_ESTIMATE,
    BPS_PROJECTION,
    DUKCAPIL,
    IKN_AREA_CODE,
    IKN_PLAN,
    POPULATION_LINES,
    concept_of,
)
from welfare.outlook.seed import outlook_figures
from welfare.zone_groups import zone_groups

# The ids the store's observations hold as well (observations win, the outlook fills gaps).
OBSERVED_IDS = ("penduduk_jiwa", "penduduk_jiwa_dukcapil")
ORIGIN_OBSERVATION = "observation"
ORIGIN_OUTLOOK = "outlook"


@dataclass(frozen=True)
class Point:
    """One value of a series, with its citation and what is known about it."""

    year: int
    value: float
    source: str | None
    note: str | None
    origin: str  # ORIGIN_OBSERVATION | ORIGIN_OUTLOOK
    dataset_kind: str  # official | imported | example
    secondary: bool = False
    partial: bool = False  # covers part of the year only: never in a growth rate or a sum
    rounded: bool = False
    stage: str | None = None  # IKN plan stage ("Tahap 2 (2025-2029)")

    @property
    def is_example(self) -> bool:
        return self.dataset_kind == KIND_EXAMPLE


@dataclass(frozen=True)
class Series:
    """The values of one indicator for one region, oldest first."""

    region_kode: str
    indicator_id: str
    concept: str
    points: tuple[Point, ...]

    @property
    def years(self) -> list[int]:
        return [p.year for p in self.points]

    def point(self, year: int) -> Point | None:
        return next((p for p in self.points if p.year == int(year)), None)

    @property
    def is_example(self) -> bool:
        return any(p.is_example for p in self.points)

    @property
    def has_secondary(self) -> bool:
        return any(p.secondary for p in self.points)

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(p.source for p in self.points if p.source))


def _observed_points(obs: pd.DataFrame) -> dict[tuple[str, str], list[Point]]:
    out: dict[tuple[str, str], list[Point]] = {}
    for row in obs.to_dict("records"):
        out.setdefault((row["kode_bps"], row["indicator_id"]), []).append(
            Point(
                year=int(row["year"]),
                value=float(row["value"]),
                source=row["source"],
                note=row["note"],
                origin=ORIGIN_OBSERVATION,
                dataset_kind=str(row["dataset_kind"]),
            )
        )
    return out


def _outlook_points(figs: pd.DataFrame) -> dict[tuple[str, str], list[Point]]:
    out: dict[tuple[str, str], list[Point]] = {}
    for row in figs.to_dict("records"):
        out.setdefault((row["region_kode"], row["indicator_id"]), []).append(
            Point(
                year=int(row["year"]),
                value=float(row["value"]),
                source=row["source"],
                note=row["note"],
                origin=ORIGIN_OUTLOOK,
                dataset_kind=KIND_OFFICIAL,
                secondary=bool(row["secondary"]),
                partial=bool(row["partial"]),
                rounded=bool(row["rounded"]),
                stage=row["stage"],
            )
        )
    return out


def series_for(
    bind: Bind, region_kodes: Iterable[str], indicator_ids: Iterable[str] | None = None
) -> dict[str, tuple[Series, ...]]:
    """Every population series of each region (regency BPS code, '64', a kecamatan key or
    ``64.IKN``), keyed by region: observations first, the outlook for the other years."""
    codes = list(dict.fromkeys(str(k) for k in region_kodes))
    wanted = None if indicator_ids is None else list(indicator_ids)
    observed_ids = [i for i in OBSERVED_IDS if wanted is None or i in wanted]
    with connect(bind) as conn:
        obs = (
            current_observations(conn, indicator_ids=observed_ids, kode_bps=codes)
            if observed_ids
            else pd.DataFrame(columns=["kode_bps", "indicator_id"])
        )
        figs = outlook_figures(conn, region_kode=codes, indicator_ids=wanted)
    observed = _observed_points(obs)
    outlook = _outlook_points(figs)
    out: dict[str, list[Series]] = {k: [] for k in codes}
    for key in sorted(set(observed) | set(outlook)):
        kode, indicator_id = key
        points = {p.year: p for p in outlook.get(key, [])}
        # Observations win, except example data over a published figure of the same year (the
        # example kecamatan populations would hide Sepaku's BPS estimates).
        points.update(
            {p.year: p for p in observed.get(key, []) if not (p.is_example and p.year in points)}
        )
        out[kode].append(
            Series(
                region_kode=kode,
                indicator_id=indicator_id,
                concept=concept_of(indicator_id),
                points=tuple(points[y] for y in sorted(points)),
            )
        )
    return {k: tuple(v) for k, v in out.items()}


def region_series(
    bind: Bind, region_kode: str, indicator_ids: Iterable[str] | None = None
) -> tuple[Series, ...]:
    """Every population series of one region, sorted by indicator id."""
    return series_for(bind, [region_kode], indicator_ids)[str(region_kode)]


def population_lines(bind: Bind, region_kode: str) -> dict[str, Series]:
    """The one population line of each concept the region has (:data:`POPULATION_LINES`):
    concept -> series. Penajam Paser Utara has a BPS estimate, a BPS projection and a
    Dukcapil count; the IKN area (``64.IKN``) has the plan and the census."""
    found = region_series(bind, region_kode, POPULATION_LINES.values())
    return {s.concept: s for s in found}


# --------------------------------------------------------------------------------------------
# the IKN plan


@dataclass(frozen=True)
class PlanStage:
    """The planned population of IKN at the end of one stage (``penduduk_ikn_rencana``)."""

    year: int
    value: float
    stage: str | None
    secondary: bool
    rounded: bool
    source: str | None
    note: str | None


def ikn_plan_stages(bind: Bind) -> tuple[PlanStage, ...]:
    """The IKN plan's stages to 2045, a series of its own (never joined with a count)."""
    found = region_series(bind, IKN_AREA_CODE, [POPULATION_LINES[IKN_PLAN]])
    if not found:
        return ()
    return tuple(
        PlanStage(p.year, p.value, p.stage, p.secondary, p.rounded, p.source, p.note)
        for p in found[0].points
    )


# --------------------------------------------------------------------------------------------
# groups of regencies


@dataclass(frozen=True)
class GroupPoint:
    """A group's sum in one year, and which of its regencies contributed."""

    year: int
    value: float
    n_regions: int
    n_with_data: int
    missing: tuple[str, ...]
    is_example: bool
    has_secondary: bool
    sources: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.n_with_data == self.n_regions


@dataclass(frozen=True)
class GroupSeries:
    """One indicator summed over a group of regencies, every year any of them has a value."""

    group: str
    codes: tuple[str, ...]
    indicator_id: str
    concept: str
    points: tuple[GroupPoint, ...]

    @property
    def complete_points(self) -> tuple[GroupPoint, ...]:
        """The years the group's line may join (every regency has a value)."""
        return tuple(p for p in self.points if p.complete)


def group_lines(
    bind: Bind,
    groups: Mapping[str, Sequence[str]],
    concepts: Sequence[str] = (BPS_ESTIMATE, BPS_PROJECTION, DUKCAPIL),
) -> dict[str, tuple[GroupSeries, ...]]:
    """The population line of each concept summed per group of regencies: group -> series
    (one per concept that any regency of the group has). Partial-year figures are left out."""
    ids = [POPULATION_LINES[c] for c in concepts]
    all_codes = sorted({str(c) for codes in groups.values() for c in codes})
    by_region = series_for(bind, all_codes, ids)
    out: dict[str, tuple[GroupSeries, ...]] = {}
    for name, group_codes in groups.items():
        codes = tuple(dict.fromkeys(str(c) for c in group_codes))
        lines = []
        for indicator_id in ids:
            own = {k: s for k in codes for s in by_region[k] if s.indicator_id == indicator_id}
            years = sorted({p.year for s in own.values() for p in s.points if not p.partial})
            if not years:
                continue
            points = []
            for year in years:
                used = {k: s.point(year) for k, s in own.items()}
                used = {k: p for k, p in used.items() if p is not None and not p.partial}
                points.append(
                    GroupPoint(
                        year=year,
                        value=float(sum(p.value for p in used.values())),
                        n_regions=len(codes),
                        n_with_data=len(used),
                        missing=tuple(k for k in codes if k not in used),
                        is_example=any(p.is_example for p in used.values()),
                        has_secondary=any(p.secondary for p in used.values()),
                        sources=tuple(dict.fromkeys(p.source for p in used.values() if p.source)),
                    )
                )
            lines.append(
                GroupSeries(name, codes, indicator_id, concept_of(indicator_id), tuple(points))
            )
        out[name] = tuple(lines)
    return out


def zone_lines(
    bind: Bind,
    buffer: Iterable[str],
    concepts: Sequence[str] = (BPS_ESTIMATE, BPS_PROJECTION, DUKCAPIL),
) -> dict[str, tuple[GroupSeries, ...]]:
    """:func:`group_lines` for the buffer zone (``zona``: the IKN area and its buffer, the
    codes of :func:`welfare.zone_groups.buffer_codes`) against the rest (``luar``) of the ten
    kabupaten/kota."""
    with connect(bind) as conn:
        codes = regions(conn)["kode_bps"].tolist()
        return group_lines(conn, zone_groups(codes, buffer), concepts)


def kecamatan_with_population(bind: Bind, parent_kode_bps: str | None = None) -> list[str]:
    """Kecamatan keys (optionally of one regency) with at least one population series."""
    with connect(bind) as conn:
        kec = kecamatan_regions(conn, parent_kode_bps)["kode_bps"].tolist()
        found = series_for(conn, kec)
    return [k for k in kec if found[k]]


# --------------------------------------------------------------------------------------------
# growth


@dataclass(frozen=True)
class Growth:
    """Compound annual growth between two values of the same series (both years kept)."""

    region: str  # region code, or the group's name
    indicator_id: str
    concept: str
    start_year: int
    end_year: int
    start_value: float
    end_value: float
    rate: float  # per year, as a fraction: 0.0302 = 3,02 % per tahun
    secondary: bool = False
    rounded: bool = False
    is_example: bool = False
    sources: tuple[str, ...] = field(default_factory=tuple)

    @property
    def percent(self) -> float:
        return self.rate * 100.0

    @property
    def years(self) -> int:
        return self.end_year - self.start_year


def compound_growth(start_value: float, end_value: float, years: int) -> float:
    """``(end / start) ** (1 / years) - 1``; ``ValueError`` unless years > 0 and both values > 0."""
    if years <= 0:
        raise ValueError("Laju pertumbuhan perlu dua tahun yang berbeda (tahun akhir > awal)")
    if start_value <= 0 or end_value <= 0:
        raise ValueError("Laju pertumbuhan perlu dua nilai positif")
    return (end_value / start_value) ** (1.0 / years) - 1.0


def _usable(series: Series | GroupSeries) -> dict[int, Point | GroupPoint]:
    if isinstance(series, GroupSeries):
        return {p.year: p for p in series.complete_points}
    return {p.year: p for p in series.points if not p.partial}


def growth_rate(series: Series | GroupSeries, start_year: int, end_year: int) -> Growth:
    """Growth between two years of ONE series (so of one concept). ``ValueError`` (in
    Indonesian) when a year has no usable value (missing, part of a year, or a group year
    where not every regency has a value)."""
    usable = _usable(series)
    missing = [y for y in (int(start_year), int(end_year)) if y not in usable]
    if missing:
        raise ValueError(
            f"{series.indicator_id}: tidak ada nilai utuh untuk tahun "
            + ", ".join(str(y) for y in missing)
        )
    a, b = usable[int(start_year)], usable[int(end_year)]
    region = series.group if isinstance(series, GroupSeries) else series.region_kode
    points = (a, b)
    if isinstance(series, GroupSeries):
        secondary = any(p.has_secondary for p in points)
        rounded = False
        sources = tuple(dict.fromkeys(s for p in points for s in p.sources))
    else:
        secondary = any(p.secondary for p in points)
        rounded = any(p.rounded for p in points)
        sources = tuple(dict.fromkeys(p.source for p in points if p.source))
    return Growth(
        region=region,
        indicator_id=series.indicator_id,
        concept=series.concept,
        start_year=a.year,
        end_year=b.year,
        start_value=a.value,
        end_value=b.value,
        rate=compound_growth(a.value, b.value, b.year - a.year),
        secondary=secondary,
        rounded=rounded,
        is_example=any(p.is_example for p in points),
        sources=sources,
    )


def growth_rates(series: Series | GroupSeries) -> tuple[Growth, ...]:
    """Growth between each pair of consecutive usable values, then over the whole series
    (first to last) when it has more than two."""
    years = sorted(_usable(series))
    out = [growth_rate(series, a, b) for a, b in zip(years, years[1:], strict=False)]
    if len(years) > 2:
        out.append(growth_rate(series, years[0], years[-1]))
    return tuple(out)
