"""Projected need: rate per 1.000 penduduk x projected population, if today's rates hold.

The method (the page writes it in one paragraph, with :class:`WorkedExample` as its numbers)
------------------------------------------------------------------------------------------
1. **Observed rates.** For every year in which the region has the measure (a PMKS category,
   DTSEN families in a programme's deciles, or a programme's need): value / BPS population x
   1.000. The population is ``penduduk_jiwa`` of the year, else the nearest earlier (then
   later) year: the rule of every rate on the map (:mod:`welfare.rates`).
2. **Today's rate** is the newest observed rate (or the rate of a chosen base year).
3. **Projected population** of the target year (:func:`projected_population`), in this order:
   a. the BPS projection (``penduduk_proyeksi_bps``) of that region and year;
   b. the BPS census or mid-year estimate (``penduduk_jiwa``) of that year;
   c. otherwise, when a BPS projection exists for a LATER year, constant compound growth
      between the nearest published BPS figure before the year (a census, estimate or earlier
      projection) and that later projection: ``P0 x (P1 / P0) ** ((t - t0) / (t1 - t0))``,
      the growth rate :func:`welfare.outlook.population.compound_growth` reports between the
      two. Both anchors are returned, so the page names them;
   d. otherwise no number: "tidak ada proyeksi BPS". Never extrapolated beyond the last BPS
      projection, never from Dukcapil counts, the IKN plan or the IKN census. Projections the
      outlook seed flags as secondary are not used.
4. **Need** = today's rate x projected population / 1.000; **increase** = need - today's value.
5. **Band**: the same arithmetic with the lowest and the highest of the last 3-5 observed
   rates of the same kind of data (example, official or imported, as today's rate). With fewer
   than 3 such years there is no band, and the page says so.
6. **Programme places to keep today's coverage** = today's coverage (recipients / need, %) x
   projected need. For DTSEN families the coverage is that of the programme whose eligibility
   rule defines the deciles (:mod:`welfare.targeting`, e.g. PKH for deciles 1-4 KK); PMKS
   categories have no programme and no places.

A result is example data (``is_example``) when any number it used is example data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from welfare.catalogue import POPULATION_ID
from welfare.models import KIND_EXAMPLE, KIND_IMPORTED, KIND_OFFICIAL
from welfare.observations import Bind, connect, current_observations, regions
from welfare.outlook.measures import (
    MEASURE_DTSEN,
    MEASURE_PMKS,
    MEASURE_PROGRAMME,
    Measure,
    dtsen_measure,
    pmks_measure,
    programme_measure,
)
from welfare.outlook.projected_population import (
    POP_ESTIMATE,
    POP_INTERPOLATED,
    POP_NONE,
    POP_PROJECTION,
    Anchor,
    ProjectedPopulation,
    interpolate,
    projected_population,
)
from welfare.rates import Denominators
from welfare.targeting import DECILES, compute, rule_for

BAND_MIN_YEARS = 3
BAND_MAX_YEARS = 5

# Why a projection has no need (ids).
STATUS_OK = "ok"
STATUS_NO_RATE = "tanpa_laju"
STATUS_NO_POPULATION = "tanpa_proyeksi"

# Importable from here too: a page needs only this module.
__all__ = [
    "BAND_MAX_YEARS",
    "BAND_MIN_YEARS",
    "MEASURE_DTSEN",
    "MEASURE_PMKS",
    "MEASURE_PROGRAMME",
    "NEED_TABLE_COLUMNS",
    "POP_ESTIMATE",
    "POP_INTERPOLATED",
    "POP_NONE",
    "POP_PROJECTION",
    "STATUS_NO_POPULATION",
    "STATUS_NO_RATE",
    "STATUS_OK",
    "Anchor",
    "Band",
    "Coverage",
    "Measure",
    "NeedProjection",
    "ObservedRate",
    "ProjectedPopulation",
    "WorkedExample",
    "band_of",
    "dtsen_measure",
    "interpolate",
    "need_table",
    "observed_rates",
    "pmks_measure",
    "programme_measure",
    "project_need",
    "projected_population",
]


# --------------------------------------------------------------------------------------------
# observed rates


@dataclass(frozen=True)
class ObservedRate:
    """The measure of one year as a rate per 1.000 penduduk."""

    year: int
    value: float
    population: float
    population_year: int
    rate: float  # per 1.000 penduduk
    kind: str  # example | imported | official (example wins, then imported)
    sources: tuple[str, ...]
    population_source: str | None

    @property
    def is_example(self) -> bool:
        return self.kind == KIND_EXAMPLE


def _kind(kinds: Iterable[str]) -> str:
    kinds = set(kinds)
    if KIND_EXAMPLE in kinds:
        return KIND_EXAMPLE
    return KIND_IMPORTED if KIND_IMPORTED in kinds else KIND_OFFICIAL


def observed_rates(obs: pd.DataFrame, measure: Measure, region_kode: str) -> list[ObservedRate]:
    """Rates of every year with all of the measure's ids and a population (oldest first).

    ``obs``: current observations of the region holding the measure's ids and the population.
    """
    own = obs[obs["kode_bps"] == str(region_kode)]
    dens = Denominators(own[own["indicator_id"] == POPULATION_ID])
    values = own[own["indicator_id"].isin(measure.indicator_ids)]
    out: list[ObservedRate] = []
    for year, rows in values.groupby("year"):
        if set(rows["indicator_id"]) != set(measure.indicator_ids):
            continue  # a decile missing: the sum would be too small
        pop = dens.pick(str(region_kode), int(year))
        if pop is None or float(pop["value"]) <= 0:
            continue
        value = float(rows["value"].sum())
        out.append(
            ObservedRate(
                year=int(year),
                value=value,
                population=float(pop["value"]),
                population_year=int(pop["year"]),
                rate=value / float(pop["value"]) * 1000.0,
                kind=_kind([*rows["dataset_kind"], pop["dataset_kind"]]),
                sources=tuple(dict.fromkeys(s for s in rows["source"] if s)),
                population_source=pop["source"],
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# the projection


@dataclass(frozen=True)
class Band:
    """Need with the lowest and the highest of the last observed rates."""

    low: float
    high: float
    rate_min: float
    rate_max: float
    years: tuple[int, ...]  # the years whose rates made the band


@dataclass(frozen=True)
class Coverage:
    """Today's coverage of the programme that serves the measure."""

    programme: str
    year: int
    recipients: float
    need: float
    percent: float
    kind: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class WorkedExample:
    """The numbers the page's worked example quotes, in the order it quotes them."""

    region_kode: str
    measure_key: str
    unit: str
    base_year: int
    base_value: float
    base_population: float
    base_population_year: int
    rate: float
    target_year: int
    population: float
    population_method: str
    anchors: tuple[Anchor, ...]
    need: float
    increase: float
    band_low: float | None
    band_high: float | None
    band_years: tuple[int, ...]
    coverage_percent: float | None
    places: float | None
    is_example: bool


@dataclass(frozen=True)
class NeedProjection:
    """:func:`project_need` for one region, measure and target year."""

    region_kode: str
    measure: Measure
    target_year: int
    status: str  # STATUS_OK | STATUS_NO_RATE | STATUS_NO_POPULATION
    base: ObservedRate | None
    population: ProjectedPopulation | None
    need: float | None = None
    increase: float | None = None
    band: Band | None = None
    band_rates: tuple[ObservedRate, ...] = ()
    coverage: Coverage | None = None
    places: float | None = None
    additional_places: float | None = None
    rates: tuple[ObservedRate, ...] = field(default_factory=tuple)

    @property
    def is_example(self) -> bool:
        rates = [*(self.band_rates or ()), *([self.base] if self.base else [])]
        cov = self.coverage is not None and self.coverage.kind == KIND_EXAMPLE
        return cov or any(r.is_example for r in rates)

    @property
    def increase_percent(self) -> float | None:
        if self.increase is None or self.base is None or self.base.value <= 0:
            return None
        return self.increase / self.base.value * 100.0

    def worked_example(self) -> WorkedExample | None:
        """The inputs of the page's one-paragraph example; ``None`` without a need."""
        if self.status != STATUS_OK or self.base is None or self.population is None:
            return None
        assert self.need is not None and self.increase is not None
        assert self.population.value is not None
        return WorkedExample(
            region_kode=self.region_kode,
            measure_key=self.measure.key,
            unit=self.measure.unit,
            base_year=self.base.year,
            base_value=self.base.value,
            base_population=self.base.population,
            base_population_year=self.base.population_year,
            rate=self.base.rate,
            target_year=self.target_year,
            population=self.population.value,
            population_method=self.population.method,
            anchors=self.population.anchors,
            need=self.need,
            increase=self.increase,
            band_low=self.band.low if self.band else None,
            band_high=self.band.high if self.band else None,
            band_years=self.band.years if self.band else (),
            coverage_percent=self.coverage.percent if self.coverage else None,
            places=self.places,
            is_example=self.is_example,
        )


def band_of(
    rates: Sequence[ObservedRate], base: ObservedRate, population: float
) -> tuple[Band | None, tuple[ObservedRate, ...]]:
    """(Band or None, rates used): the last 3-5 rates of the base's kind, up to its year."""
    same = [r for r in rates if r.kind == base.kind and r.year <= base.year]
    used = tuple(sorted(same, key=lambda r: r.year)[-BAND_MAX_YEARS:])
    if len(used) < BAND_MIN_YEARS:
        return None, used
    lo, hi = min(r.rate for r in used), max(r.rate for r in used)
    band = Band(
        low=lo * population / 1000.0,
        high=hi * population / 1000.0,
        rate_min=lo,
        rate_max=hi,
        years=tuple(r.year for r in used),
    )
    return band, used


def _coverage(
    obs: pd.DataFrame, measure: Measure, kode: str, base: ObservedRate
) -> Coverage | None:
    """Today's coverage of the measure's programme in the base year (None when unknown)."""
    if measure.recipients_total is None:
        return None
    own = obs[(obs["kode_bps"] == kode) & (obs["year"] == base.year)]
    by_id = {r["indicator_id"]: r for r in own.to_dict("records")}
    used: list[dict] = []
    if measure.kind == MEASURE_DTSEN:
        rule = rule_for(str(measure.programme))
        deciles = {
            n: float(by_id[rule.decile_id(n)]["value"])
            for n in DECILES
            if rule.decile_id(n) in by_id
        }
        cross = (
            {n: float(by_id[rule.crosstab_id(n)]["value"]) for n in DECILES}
            if all(rule.crosstab_id(n) in by_id for n in DECILES)
            else None
        )
        total = by_id.get(rule.recipients)
        result = compute(rule, deciles, cross, None if total is None else float(total["value"]))
        if result.coverage is None or result.recipients is None or result.eligible is None:
            return None
        used = [by_id[rule.decile_id(n)] for n in rule.deciles]
        used += [by_id[rule.crosstab_id(n)] for n in DECILES] if cross else [total]
        recipients, need, percent = result.recipients, result.eligible, result.coverage
    else:
        rec, need_row = by_id.get(measure.recipients_total), by_id.get(measure.indicator_ids[0])
        if rec is None or need_row is None or float(need_row["value"]) <= 0:
            return None
        used = [rec, need_row]
        recipients, need = float(rec["value"]), float(need_row["value"])
        percent = recipients / need * 100.0
    return Coverage(
        programme=str(measure.programme),
        year=base.year,
        recipients=recipients,
        need=need,
        percent=percent,
        kind=_kind(r["dataset_kind"] for r in used),
        sources=tuple(dict.fromkeys(r["source"] for r in used if r["source"])),
    )


def _coverage_ids(measure: Measure) -> list[str]:
    if measure.recipients_total is None:
        return []
    if measure.kind == MEASURE_DTSEN:
        rule = rule_for(str(measure.programme))
        return [
            rule.recipients,
            *(rule.decile_id(n) for n in DECILES),
            *(rule.crosstab_id(n) for n in DECILES),
        ]
    return [measure.recipients_total]


def project_need(
    bind: Bind,
    region_kode: str,
    measure: Measure,
    target_year: int,
    *,
    base_year: int | None = None,
) -> NeedProjection:
    """Projected need of one region (see the module docstring).

    ``base_year`` picks today's rate (default: the newest observed one); ``ValueError`` when
    ``target_year`` is not after it.
    """
    kode, target_year = str(region_kode), int(target_year)
    ids = [*measure.indicator_ids, POPULATION_ID, *_coverage_ids(measure)]
    with connect(bind) as conn:
        obs = current_observations(conn, indicator_ids=list(dict.fromkeys(ids)), kode_bps=[kode])
        rates = observed_rates(obs, measure, kode)
        if base_year is not None:
            rates = [r for r in rates if r.year <= int(base_year)]
        if not rates or (base_year is not None and rates[-1].year != int(base_year)):
            return NeedProjection(kode, measure, target_year, STATUS_NO_RATE, None, None)
        base = rates[-1]
        if target_year <= base.year:
            raise ValueError(f"Tahun proyeksi {target_year} harus sesudah {base.year}")
        population = projected_population(conn, kode, target_year)
    common = {"rates": tuple(rates)}
    if population.value is None:
        return NeedProjection(
            kode, measure, target_year, STATUS_NO_POPULATION, base, population, **common
        )
    need = base.rate * population.value / 1000.0
    band, band_rates = band_of(rates, base, population.value)
    coverage = _coverage(obs, measure, kode, base)
    places = None if coverage is None else coverage.percent / 100.0 * need
    return NeedProjection(
        region_kode=kode,
        measure=measure,
        target_year=target_year,
        status=STATUS_OK,
        base=base,
        population=population,
        need=need,
        increase=need - base.value,
        band=band,
        band_rates=band_rates,
        coverage=coverage,
        places=places,
        additional_places=None if places is None else places - coverage.recipients,
        **common,
    )


NEED_TABLE_COLUMNS = [
    "kode_bps",
    "nama",
    "status",
    "base_year",
    "base_value",
    "rate",
    "population",
    "population_method",
    "need",
    "increase",
    "increase_percent",
    "band_low",
    "band_high",
    "places",
    "additional_places",
    "is_example",
    "rank",
]


def need_table(
    bind: Bind, measure: Measure, target_year: int, codes: Sequence[str] | None = None
) -> pd.DataFrame:
    """:func:`project_need` for every kabupaten/kota (or ``codes``), for a map and a ranked bar
    of where need grows fastest: ``rank`` 1 = the largest ``increase_percent``; regions
    without a projection keep their row (``status`` says why) and have no rank."""
    with connect(bind) as conn:
        regs = regions(conn)
        if codes is not None:
            regs = regs[regs["kode_bps"].isin([str(c) for c in codes])]
        rows = []
        for kode, nama in zip(regs["kode_bps"], regs["nama"], strict=True):
            p = project_need(conn, kode, measure, target_year)
            pop = p.population
            rows.append(
                {
                    "kode_bps": kode,
                    "nama": nama,
                    "status": p.status,
                    "base_year": p.base.year if p.base else None,
                    "base_value": p.base.value if p.base else None,
                    "rate": p.base.rate if p.base else None,
                    "population": pop.value if pop else None,
                    "population_method": pop.method if pop else None,
                    "need": p.need,
                    "increase": p.increase,
                    "increase_percent": p.increase_percent,
                    "band_low": p.band.low if p.band else None,
                    "band_high": p.band.high if p.band else None,
                    "places": p.places,
                    "additional_places": p.additional_places,
                    "is_example": p.is_example,
                }
            )
    df = pd.DataFrame(rows, columns=NEED_TABLE_COLUMNS[:-1])
    for col in ("base_year",):
        df[col] = df[col].astype("Int64")
    num = [c for c in NEED_TABLE_COLUMNS[4:-2] if c != "population_method"]
    df[num] = df[num].astype(float)
    df["rank"] = (
        df["increase_percent"].rank(ascending=False, method="min", na_option="keep").astype("Int64")
    )
    return df.reset_index(drop=True)
