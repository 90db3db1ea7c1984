"""Read-side queries for the pages. All SQL of the welfare store lives here.

Every function takes an ``Engine``, a ``Connection`` or an ORM ``Session`` and returns pandas
objects or small dataclasses; nothing here imports streamlit. Statements are SQLAlchemy Core
expressions, so every value is a bound parameter.

Rules the pages can rely on
---------------------------
Current data
    Observations of datasets with status ``active`` that no later import superseded. If two
    current observations still share (region, indicator, year), one is picked: real data
    (official or imported) before example data, then the newest dataset.
Regions
    Map tables (:func:`indicator_values`, :func:`rate_table`) always have one row per
    kabupaten/kota (10 rows). A regency without a value keeps its row with ``NaN`` value, rate
    and rank, so the map can draw it as "tidak ada data" and the table can list it. "The ten
    kabupaten/kota" is always ``Region.jenis in REGENCY_KINDS``, never "not the province":
    kecamatan are regions too (``jenis = 'kecamatan'``, see :mod:`welfare.models`). Passing
    ``kode_bps`` gives the same table for a chosen set of regions, e.g. the kecamatan of one
    regency (:func:`kecamatan_regions`).
Rates
    counts with denominator ``penduduk_jiwa``: value / population x 1.000; programme recipients:
    value / need x 100 (% cakupan); percent, index and currency indicators, and counts without
    denominator: the value itself.
Denominator year
    The denominator of year Y is taken from year Y when published, else the nearest earlier
    year, else the nearest later year. It is never interpolated: the year actually used is
    returned in ``denominator_year`` so the legend can say it.
Aggregates over several regions
    ratio of sums (sum of numerators / sum of denominators, over the regions that have both),
    never an average of rates. Percent, index and currency indicators are weighted by the
    population of the same year (same fallback rule).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Engine, Executable, Select, func, select
from sqlalchemy.orm import Session

from welfare import comparison
from welfare.catalogue import (
    POPULATION_ID,
    RATE_COVERAGE,
    RATE_PER_1000,
    RATE_VALUE,
    IndicatorDef,
    get_indicator,
)
from welfare.models import (
    KIND_EXAMPLE,
    KIND_KECAMATAN,
    REGENCY_KINDS,
    STATUS_ACTIVE,
    Dataset,
    Observation,
    Region,
)
from welfare.years import fallback_year

Bind = Engine | Connection | Session

PROVINCE_CODE = "64"
# Default IKN zone for the home page: the IKN regencies and the two cities next to them.
IKN_ZONE: tuple[str, ...] = ("6409", "6403", "6471", "6472")
HEADLINE_INDICATORS: tuple[str, ...] = (
    "penduduk_miskin_persen",
    "penduduk_miskin_jiwa",
    "penduduk_jiwa",
    "pmks_total",
    "kpm_pkh",
)

OBSERVATION_COLUMNS = [
    "observation_id",
    "kode_bps",
    "indicator_id",
    "year",
    "value",
    "source",
    "note",
    "dataset_id",
    "dataset_kind",
    "dataset_name",
    "is_example",
]

METHOD_RATIO = "rasio_jumlah"  # sum(numerators) / sum(denominators)
METHOD_WEIGHTED = "rerata_tertimbang_penduduk"  # sum(value x population) / sum(population)
METHOD_SUM = "jumlah"  # plain sum (counts without denominator)
METHOD_PROVINCE = "angka_provinsi"  # the published province row ('64')
METHOD_LABELS = {
    METHOD_RATIO: "jumlah pembilang / jumlah penyebut",
    METHOD_WEIGHTED: "rata-rata tertimbang jumlah penduduk",
    METHOD_SUM: "jumlah",
    METHOD_PROVINCE: "angka provinsi yang diterbitkan",
}


# --------------------------------------------------------------------------------------------
# plumbing


@contextmanager
def _connect(bind: Bind) -> Iterator[Connection]:
    """A Connection for any supported bind, without committing or closing the caller's."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            yield conn
    elif isinstance(bind, Session):
        yield bind.connection()
    elif isinstance(bind, Connection):
        yield bind
    else:  # pragma: no cover - programming error
        raise TypeError(f"Engine, Connection atau Session diharapkan, bukan {type(bind)!r}")


def _frame(conn: Connection, stmt: Executable, columns: list[str]) -> pd.DataFrame:
    rows = conn.execute(stmt).mappings().all()
    return pd.DataFrame([dict(r) for r in rows], columns=columns)


def _as_list(values: Iterable | None) -> list | None:
    return None if values is None else list(values)


# --------------------------------------------------------------------------------------------
# observations


def _observation_select(
    indicator_ids: Sequence[str] | None,
    years: Sequence[int] | None,
    kode_bps: Sequence[str] | None,
) -> Select:
    stmt = (
        select(
            Observation.id.label("observation_id"),
            Observation.region_kode_bps.label("kode_bps"),
            Observation.indicator_id,
            Observation.year,
            Observation.value,
            Observation.source,
            Observation.note,
            Observation.dataset_id,
            Dataset.kind.label("dataset_kind"),
            Dataset.name.label("dataset_name"),
        )
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(Dataset.status == STATUS_ACTIVE, Observation.superseded_by.is_(None))
    )
    if indicator_ids is not None:
        stmt = stmt.where(Observation.indicator_id.in_(list(indicator_ids)))
    if years is not None:
        stmt = stmt.where(Observation.year.in_([int(y) for y in years]))
    if kode_bps is not None:
        stmt = stmt.where(Observation.region_kode_bps.in_([str(k) for k in kode_bps]))
    return stmt.order_by(Observation.indicator_id, Observation.region_kode_bps, Observation.year)


def _resolve(df: pd.DataFrame) -> pd.DataFrame:
    """One row per (region, indicator, year): real before example, then newest dataset."""
    if df.empty:
        return df
    ordered = df.sort_values(["is_example", "dataset_id"], ascending=[True, False], kind="stable")
    out = ordered.drop_duplicates(["kode_bps", "indicator_id", "year"], keep="first")
    return out.sort_values(["indicator_id", "kode_bps", "year"], ignore_index=True)


def current_observations(
    bind: Bind,
    *,
    indicator_ids: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    kode_bps: Iterable[str] | None = None,
    resolve: bool = True,
) -> pd.DataFrame:
    """Current observations (active datasets, not superseded), optionally filtered.

    Parameters
    ----------
    bind
        Engine, Connection or Session.
    indicator_ids, years, kode_bps
        Optional filters (``None`` = all).
    resolve
        Keep one row per (region, indicator, year), see the module docstring. ``False``
        returns every current row, e.g. to show that example and real data overlap.

    Returns
    -------
    DataFrame with :data:`OBSERVATION_COLUMNS`.
    """
    stmt = _observation_select(_as_list(indicator_ids), _as_list(years), _as_list(kode_bps))
    with _connect(bind) as conn:
        df = _frame(conn, stmt, OBSERVATION_COLUMNS[:-1])
    df["year"] = df["year"].astype(int)
    df["value"] = df["value"].astype(float)
    df["is_example"] = df["dataset_kind"] == KIND_EXAMPLE
    return _resolve(df) if resolve else df.reset_index(drop=True)


def regions(bind: Bind, *, include_province: bool = False) -> pd.DataFrame:
    """The kabupaten/kota (kode_bps, kode_kemendagri, nama, jenis, luas_km2), by code.

    Never kecamatan (see :func:`kecamatan_regions`); ``include_province`` adds the row '64'.
    """
    kinds = (*REGENCY_KINDS, "provinsi") if include_province else REGENCY_KINDS
    stmt = (
        select(Region.kode_bps, Region.kode_kemendagri, Region.nama, Region.jenis, Region.luas_km2)
        .where(Region.jenis.in_(kinds))
        .order_by(Region.kode_bps)
    )
    with _connect(bind) as conn:
        return _frame(conn, stmt, ["kode_bps", "kode_kemendagri", "nama", "jenis", "luas_km2"])


def available_years(bind: Bind, indicator_id: str, *, include_province: bool = False) -> list[int]:
    """Years with at least one current value of the indicator for a kabupaten/kota.

    With ``include_province=True`` years that only have the province row ('64') count too.
    """
    stmt = (
        select(Observation.year)
        .distinct()
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.indicator_id == indicator_id,
        )
        .order_by(Observation.year)
    )
    kinds = (*REGENCY_KINDS, "provinsi") if include_province else REGENCY_KINDS
    stmt = stmt.where(Observation.region_kode_bps.in_(region_codes_of(kinds)))
    with _connect(bind) as conn:
        return [int(y) for y in conn.execute(stmt).scalars()]


def years_by_indicator(bind: Bind) -> dict[str, list[int]]:
    """Every indicator with current kabupaten/kota values, and its years (one query).

    Same rule as :func:`available_years`; used to build menus without one query per indicator.
    """
    stmt = (
        select(Observation.indicator_id, Observation.year)
        .distinct()
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.region_kode_bps.in_(region_codes_of(REGENCY_KINDS)),
        )
        .order_by(Observation.indicator_id, Observation.year)
    )
    out: dict[str, list[int]] = {}
    with _connect(bind) as conn:
        for indicator_id, year in conn.execute(stmt):
            out.setdefault(str(indicator_id), []).append(int(year))
    return out


def region_codes_of(kinds: Sequence[str]) -> Select:
    """Sub-select of the region codes of some kinds (e.g. :data:`REGENCY_KINDS`)."""
    return select(Region.kode_bps).where(Region.jenis.in_(list(kinds)))


def kecamatan_regions(bind: Bind, parent_kode_bps: str | None = None) -> pd.DataFrame:
    """Kecamatan as a DataFrame (kode_bps, kode_kemendagri, nama, kode_bps_kab), by code.

    The parent regency is found by code: the first two parts of the Kemendagri code
    ('64.02.13' -> '64.02') joined with the regencies' Kemendagri codes ('64.02' -> '6403').
    """
    with _connect(bind) as conn:
        kec = _frame(
            conn,
            select(Region.kode_bps, Region.kode_kemendagri, Region.nama)
            .where(Region.jenis == KIND_KECAMATAN)
            .order_by(Region.kode_bps),
            ["kode_bps", "kode_kemendagri", "nama"],
        )
        regs = regions(conn)
    parents = dict(zip(regs["kode_kemendagri"], regs["kode_bps"], strict=True))
    kec["kode_bps_kab"] = [parents.get(k.rsplit(".", 1)[0]) for k in kec["kode_kemendagri"]]
    if parent_kode_bps is not None:
        kec = kec[kec["kode_bps_kab"] == str(parent_kode_bps)].reset_index(drop=True)
    return kec


def indicator_values(
    bind: Bind, indicator_id: str, year: int, *, kode_bps: Sequence[str] | None = None
) -> pd.DataFrame:
    """Raw values of one indicator and year for the 10 kabupaten/kota (or ``kode_bps``).

    Returns
    -------
    DataFrame[kode_bps, nama, value, dataset_id, dataset_kind, is_example, source, note], one
    row per region in code order; a region without a value has ``NaN``/``None`` fields.
    """
    with _connect(bind) as conn:
        if kode_bps is None:
            regs = regions(conn)
        else:
            codes = [str(k) for k in kode_bps]
            regs = _frame(
                conn,
                select(Region.kode_bps, Region.nama)
                .where(Region.kode_bps.in_(codes))
                .order_by(Region.kode_bps),
                ["kode_bps", "nama"],
            )
        obs = current_observations(
            conn, indicator_ids=[indicator_id], years=[year], kode_bps=regs["kode_bps"].tolist()
        )
    obs = obs[obs["kode_bps"] != PROVINCE_CODE]
    cols = ["kode_bps", "value", "dataset_id", "dataset_kind", "is_example", "source", "note"]
    out = regs[["kode_bps", "nama"]].merge(obs[cols], on="kode_bps", how="left")
    out["is_example"] = out["is_example"].fillna(False).astype(bool)
    out["dataset_id"] = out["dataset_id"].astype("Int64")
    return out


# --------------------------------------------------------------------------------------------
# rates


class Denominators:
    """Current denominator observations of one indicator, indexed by region."""

    def __init__(self, obs: pd.DataFrame) -> None:
        self._by_region: dict[str, dict[int, dict]] = {}
        for row in obs.to_dict("records"):
            self._by_region.setdefault(row["kode_bps"], {})[int(row["year"])] = row

    def pick(self, kode_bps: str, year: int) -> dict | None:
        years = self._by_region.get(kode_bps, {})
        chosen = fallback_year(year, years)
        return None if chosen is None else years[chosen]


def denominator_id_for(ind: IndicatorDef) -> str | None:
    """Indicator used to turn values into rates, or to weight them in aggregates."""
    if ind.rate_kind != RATE_VALUE:
        return ind.denominator
    if ind.kind in ("percent", "index", "currency"):
        return POPULATION_ID  # weight only; the rate is the value itself
    return None


def _load_denominators(
    conn: Connection, den_id: str | None, kode_bps: Sequence[str]
) -> Denominators | None:
    if den_id is None:
        return None
    obs = current_observations(conn, indicator_ids=[den_id], kode_bps=kode_bps)
    return Denominators(obs)


def add_rates(df: pd.DataFrame, ind: IndicatorDef, dens: Denominators | None) -> pd.DataFrame:
    """Add denominator_* and rate columns to rows with kode_bps, year and value."""
    df = df.copy()
    den_id = denominator_id_for(ind)
    den_values, den_years, den_sources, den_example = [], [], [], []
    for kode, year in zip(df["kode_bps"], df["year"], strict=True):
        row = dens.pick(kode, int(year)) if dens is not None and not pd.isna(year) else None
        den_values.append(np.nan if row is None else float(row["value"]))
        den_years.append(pd.NA if row is None else int(row["year"]))
        den_sources.append(None if row is None else row["source"])
        den_example.append(False if row is None else bool(row["is_example"]))
    df["denominator_id"] = den_id
    df["denominator_value"] = pd.Series(den_values, index=df.index, dtype=float)
    df["denominator_year"] = pd.Series(den_years, index=df.index, dtype="Int64")
    df["denominator_source"] = den_sources
    df["denominator_is_example"] = den_example
    values = df["value"].astype(float)
    if ind.rate_kind == RATE_VALUE:
        df["rate"] = values
    else:
        den = df["denominator_value"].where(df["denominator_value"] > 0)
        df["rate"] = values / den * ind.rate_scale
    return df


def rank_rates(rate: pd.Series, higher_is_worse: bool) -> pd.Series:
    """1 = worst; ties share the best (lowest) rank; missing rates have no rank."""
    return rate.rank(ascending=not higher_is_worse, method="min", na_option="keep").astype("Int64")


def unique_values(values: Iterable) -> list:
    seen: list = []
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            continue
        if v not in seen:
            seen.append(v)
    return seen


@dataclass(frozen=True)
class RateTable:
    """Result of :func:`rate_table`: the per-regency table and what the legend must say.

    ``data`` columns: kode_bps, nama, year, value, denominator_id, denominator_value,
    denominator_year, rate, rank, dataset_id, dataset_kind, is_example, source,
    denominator_source.
    """

    data: pd.DataFrame
    indicator_id: str
    year: int
    label: str
    value_unit: str
    rate_kind: str
    rate_unit: str
    rate_label: str
    higher_is_worse: bool
    denominator_id: str | None
    denominator_label: str | None
    denominator_years: list[int]
    sources: list[str]
    dataset_kinds: list[str]
    has_example: bool
    n_regions: int
    n_with_data: int


RATE_TABLE_COLUMNS = [
    "kode_bps",
    "nama",
    "year",
    "value",
    "denominator_id",
    "denominator_value",
    "denominator_year",
    "rate",
    "rank",
    "dataset_id",
    "dataset_kind",
    "is_example",
    "source",
    "denominator_source",
]


def rate_table(
    bind: Bind,
    indicator_id: str,
    year: int,
    *,
    lang: str = "id",
    kode_bps: Sequence[str] | None = None,
) -> RateTable:
    """What a choropleth of one indicator and year needs, for the 10 kabupaten/kota.

    With ``kode_bps`` the table covers those regions instead (e.g. kecamatan), ranked among
    themselves; denominators are their own (a kecamatan's population, never its regency's).

    ``rate`` is the mapped number (see module docstring); ``rank`` 1 is the worst regency
    according to the catalogue's ``higher_is_worse`` (ties share the lower rank).
    ``is_example`` is true when the value *or its denominator* is example data.
    """
    ind = get_indicator(indicator_id)
    with _connect(bind) as conn:
        values = indicator_values(conn, indicator_id, year, kode_bps=kode_bps)
        dens = (
            _load_denominators(conn, ind.denominator, values["kode_bps"].tolist())
            if ind.rate_kind != RATE_VALUE
            else None
        )
    values["year"] = int(year)
    df = add_rates(values, ind, dens)
    has_value = df["value"].notna()
    if ind.rate_kind == RATE_VALUE:
        df["denominator_id"] = None
        df["denominator_year"] = pd.Series(pd.NA, index=df.index, dtype="Int64")
    else:
        # A denominator without a value is not used; blank it so the legend stays honest.
        df.loc[~has_value, ["denominator_value", "denominator_source"]] = [np.nan, None]
        df.loc[~has_value, "denominator_year"] = pd.NA
        df.loc[~has_value, "denominator_is_example"] = False
    df["is_example"] = df["is_example"] | (df["denominator_is_example"] & has_value)
    df["rank"] = rank_rates(df["rate"], ind.higher_is_worse)
    data = df[RATE_TABLE_COLUMNS].reset_index(drop=True)

    den = get_indicator(ind.denominator) if ind.rate_kind != RATE_VALUE else None
    used = data[data["rate"].notna()]
    return RateTable(
        data=data,
        indicator_id=indicator_id,
        year=int(year),
        label=ind.label(lang),
        value_unit=ind.unit,
        rate_kind=ind.rate_kind,
        rate_unit=ind.rate_unit(lang),
        rate_label=ind.rate_label(lang),
        higher_is_worse=ind.higher_is_worse,
        denominator_id=den.id if den else None,
        denominator_label=den.label(lang) if den else None,
        denominator_years=sorted(int(y) for y in unique_values(used["denominator_year"].tolist())),
        sources=unique_values([*used["source"].tolist(), *used["denominator_source"].tolist()]),
        dataset_kinds=unique_values(data.loc[has_value, "dataset_kind"].tolist()),
        has_example=bool(data["is_example"].any()),
        n_regions=len(data),
        n_with_data=int(data["rate"].notna().sum()),
    )


def series(
    bind: Bind, indicator_id: str, kode_bps_list: Iterable[str] | None = None
) -> pd.DataFrame:
    """Long table for trend charts: every current year of the indicator per region.

    Parameters
    ----------
    kode_bps_list
        Regions to include (default: the 10 kabupaten/kota). Add ``'64'`` for the province
        row where one is published.

    Returns
    -------
    DataFrame[kode_bps, nama, year, value, rate, denominator_year, dataset_kind, is_example,
    source], sorted by region and year.
    """
    ind = get_indicator(indicator_id)
    with _connect(bind) as conn:
        regs = regions(conn, include_province=True)
        codes = (
            regs.loc[regs["jenis"].isin(REGENCY_KINDS), "kode_bps"].tolist()
            if kode_bps_list is None
            else [str(k) for k in kode_bps_list]
        )
        obs = current_observations(conn, indicator_ids=[indicator_id], kode_bps=codes)
        dens = (
            _load_denominators(conn, ind.denominator, codes)
            if ind.rate_kind != RATE_VALUE
            else None
        )
    df = add_rates(obs, ind, dens)
    df["is_example"] = df["is_example"] | df["denominator_is_example"]
    if ind.rate_kind == RATE_VALUE:
        df["denominator_year"] = pd.Series(pd.NA, index=df.index, dtype="Int64")
    df = df.merge(regs[["kode_bps", "nama"]], on="kode_bps", how="left")
    cols = [
        "kode_bps",
        "nama",
        "year",
        "value",
        "rate",
        "denominator_year",
        "dataset_kind",
        "is_example",
        "source",
    ]
    return df[cols].sort_values(["kode_bps", "year"], ignore_index=True)


# --------------------------------------------------------------------------------------------
# aggregates


@dataclass(frozen=True)
class ZoneAggregate:
    """Result of :func:`zone_aggregate` for one indicator, year and group of regions.

    ``value`` is the sum of the raw values for count indicators and the population-weighted
    mean for percent, index and currency indicators (then equal to ``rate``); ``rate`` is the
    aggregate mapped number (see ``method``). ``None`` when no region had data.
    """

    indicator_id: str
    year: int
    kode_bps: tuple[str, ...]
    n_regions: int
    n_with_data: int
    missing: tuple[str, ...]
    value: float | None
    rate: float | None
    rate_unit: str
    method: str
    denominator_id: str | None
    denominator_value: float | None
    denominator_years: list[int] = field(default_factory=list)
    is_example: bool = False
    dataset_kinds: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every region of the group contributed."""
        return self.n_with_data == self.n_regions

    @property
    def method_label(self) -> str:
        return METHOD_LABELS.get(self.method, self.method)


def _zone_rows(conn: Connection, ind: IndicatorDef, year: int, codes: list[str]) -> pd.DataFrame:
    obs = current_observations(conn, indicator_ids=[ind.id], years=[year], kode_bps=codes)
    base = pd.DataFrame({"kode_bps": codes})
    df = base.merge(obs, on="kode_bps", how="left")
    df["year"] = int(year)
    df["is_example"] = df["is_example"].fillna(False).astype(bool)
    dens = _load_denominators(conn, denominator_id_for(ind), codes)
    return add_rates(df, ind, dens)


def aggregate_rows(ind: IndicatorDef, df: pd.DataFrame, year: int, lang: str) -> ZoneAggregate:
    codes = tuple(df["kode_bps"].tolist())
    den_id = denominator_id_for(ind)
    if den_id is None:
        used = df[df["value"].notna()]
        method = METHOD_SUM
        total = float(used["value"].sum()) if len(used) else None
        value, rate, den_total = total, total, None
    else:
        used = df[df["value"].notna() & (df["denominator_value"] > 0)]
        den_total = float(used["denominator_value"].sum()) if len(used) else None
        if ind.rate_kind == RATE_VALUE:  # percent / index / currency: population-weighted
            method = METHOD_WEIGHTED
            rate = (
                float((used["value"] * used["denominator_value"]).sum() / den_total)
                if den_total
                else None
            )
            value = rate  # the mapped number is the value itself for these kinds
        else:
            method = METHOD_RATIO
            value = float(used["value"].sum()) if len(used) else None
            rate = float(used["value"].sum() / den_total * ind.rate_scale) if den_total else None
    is_example = bool(
        (used["is_example"] | (used["denominator_is_example"] & (den_id is not None))).any()
    )
    return ZoneAggregate(
        indicator_id=ind.id,
        year=int(year),
        kode_bps=codes,
        n_regions=len(codes),
        n_with_data=len(used),
        missing=tuple(k for k in codes if k not in set(used["kode_bps"])),
        value=value,
        rate=rate,
        rate_unit=ind.rate_unit(lang),
        method=method,
        denominator_id=den_id,
        denominator_value=den_total,
        denominator_years=sorted(int(y) for y in unique_values(used["denominator_year"].tolist())),
        is_example=is_example,
        dataset_kinds=unique_values(used["dataset_kind"].tolist()),
        sources=unique_values([*used["source"].tolist(), *used["denominator_source"].tolist()]),
    )


def zone_aggregate(
    bind: Bind,
    indicator_id: str,
    year: int,
    kode_bps_list: Iterable[str],
    *,
    lang: str = "id",
) -> ZoneAggregate:
    """Aggregate of one indicator over a group of regions (e.g. the IKN buffer zone).

    Counts with a denominator: sum(values) / sum(denominators) x scale, over the regions that
    have both (never an average of the regions' rates). Percent, index and currency
    indicators: population-weighted mean, population of the same year (fallback rule of the
    module docstring). Counts without denominator: the sum. ``n_with_data`` and ``missing``
    say which regions contributed.
    """
    ind = get_indicator(indicator_id)
    codes = list(dict.fromkeys(str(k) for k in kode_bps_list))
    with _connect(bind) as conn:
        df = _zone_rows(conn, ind, year, codes)
    return aggregate_rows(ind, df, year, lang)


@dataclass(frozen=True)
class ProvinceValue:
    """The published province row ('64') of an indicator and year."""

    indicator_id: str
    year: int
    value: float
    rate: float | None
    rate_unit: str
    denominator_year: int | None
    source: str | None
    note: str | None
    dataset_id: int
    dataset_kind: str
    is_example: bool


def province_value(
    bind: Bind, indicator_id: str, year: int, *, lang: str = "id"
) -> ProvinceValue | None:
    """The province's own published figure for a year, or ``None`` when there is none.

    The rate uses the province's own denominator (fallback rule of the module docstring).
    """
    ind = get_indicator(indicator_id)
    with _connect(bind) as conn:
        df = _zone_rows(conn, ind, year, [PROVINCE_CODE])
    row = df.iloc[0]
    if pd.isna(row["value"]):
        return None
    rate = None if pd.isna(row["rate"]) else float(row["rate"])
    den_year = row["denominator_year"] if ind.rate_kind != RATE_VALUE else pd.NA
    return ProvinceValue(
        indicator_id=indicator_id,
        year=int(year),
        value=float(row["value"]),
        rate=rate,
        rate_unit=ind.rate_unit(lang),
        denominator_year=None if pd.isna(den_year) else int(den_year),
        source=row["source"],
        note=row["note"],
        dataset_id=int(row["dataset_id"]),
        dataset_kind=row["dataset_kind"],
        is_example=bool(row["is_example"] or (row["denominator_is_example"] and rate is not None)),
    )


# --------------------------------------------------------------------------------------------
# home page


HEADLINE_COLUMNS = [
    "indicator_id",
    "label",
    "scope",
    "year",
    "value",
    "value_unit",
    "rate",
    "rate_unit",
    "method",
    "n_regions",
    "n_with_data",
    "is_example",
    "dataset_kinds",
    "sources",
]


def _years_by_region(obs: pd.DataFrame) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for kode, year in zip(obs["kode_bps"], obs["year"], strict=True):
        out.setdefault(kode, set()).add(int(year))
    return out


def headline(
    bind: Bind,
    zone_kode_bps: Iterable[str] = IKN_ZONE,
    *,
    indicators: Iterable[str] = HEADLINE_INDICATORS,
    lang: str = "id",
    same_year: bool = False,
) -> pd.DataFrame:
    """Latest figures of the key indicators for the province and for a zone of regencies.

    Province (``scope='provinsi'``): the latest year with either a published province row or
    regency data; the province row is used when that year has one, otherwise the aggregate of
    the 10 kabupaten/kota (``method`` says which). Zone (``scope='zona'``): the latest year in
    which every regency of the zone has a value, else the latest year with any value
    (``n_with_data`` < ``n_regions`` then).

    ``same_year=True`` (the home page) compares like with like: both scopes use the latest year
    in which the province has a figure (its own row, or all regencies) *and* every regency of
    the zone has a value (:func:`welfare.comparison.common_year`); an indicator without such a
    year gets its province row only. ``comparable`` says whether both scopes share the year.

    Returns
    -------
    DataFrame with :data:`HEADLINE_COLUMNS`; ``rate`` of ``kpm_pkh`` is PKH coverage in %,
    ``sources`` is a list of citations, ``is_example`` flags example data.
    """
    zone = [str(k) for k in zone_kode_bps]
    rows: list[dict] = []
    with _connect(bind) as conn:
        regs = regions(conn)
        regency_codes = regs["kode_bps"].tolist()
        for indicator_id in indicators:
            ind = get_indicator(indicator_id)
            obs = current_observations(conn, indicator_ids=[indicator_id])
            by_region = _years_by_region(obs)
            label = ind.label(lang)

            province_years = by_region.get(PROVINCE_CODE, set())
            regency_years = set().union(*(by_region.get(k, set()) for k in regency_codes))
            shared = (
                comparison.common_year(
                    comparison.province_years(by_region, PROVINCE_CODE, regency_codes),
                    comparison.complete_years(by_region, zone),
                )
                if same_year
                else None
            )
            if shared is not None:
                province_years, regency_years = {shared}, set()
            if province_years or regency_years:
                year = max(province_years | regency_years)
                prov = province_value(conn, indicator_id, year, lang=lang)
                if prov is not None:
                    rows.append(
                        {
                            "indicator_id": indicator_id,
                            "label": label,
                            "scope": "provinsi",
                            "year": year,
                            "value": prov.value,
                            "value_unit": ind.unit,
                            "rate": prov.rate,
                            "rate_unit": prov.rate_unit,
                            "method": METHOD_PROVINCE,
                            "n_regions": 1,
                            "n_with_data": 1,
                            "is_example": prov.is_example,
                            "dataset_kinds": [prov.dataset_kind],
                            "sources": unique_values([prov.source]),
                        }
                    )
                else:
                    agg = aggregate_rows(
                        ind, _zone_rows(conn, ind, year, regency_codes), year, lang
                    )
                    rows.append(_headline_row(ind, label, "provinsi", agg))

            zone_sets = [by_region.get(k, set()) for k in zone]
            any_years = set().union(*zone_sets) if zone_sets else set()
            if same_year and shared is None:
                any_years = set()  # no year in common: the zone is not put beside the province
            if any_years:
                complete = set.intersection(*zone_sets)
                year = shared or (max(complete) if complete else max(any_years))
                agg = aggregate_rows(ind, _zone_rows(conn, ind, year, zone), year, lang)
                rows.append(_headline_row(ind, label, "zona", agg))
    df = pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
    years = df.groupby("indicator_id")["year"].agg(["nunique", "size"])
    both = set(years.index[(years["size"] == 2) & (years["nunique"] == 1)])
    df["comparable"] = df["indicator_id"].isin(both)
    return df


def _headline_row(ind: IndicatorDef, label: str, scope: str, agg: ZoneAggregate) -> dict:
    return {
        "indicator_id": ind.id,
        "label": label,
        "scope": scope,
        "year": agg.year,
        "value": agg.value,
        "value_unit": ind.unit,
        "rate": agg.rate,
        "rate_unit": agg.rate_unit,
        "method": agg.method,
        "n_regions": agg.n_regions,
        "n_with_data": agg.n_with_data,
        "is_example": agg.is_example,
        "dataset_kinds": agg.dataset_kinds,
        "sources": agg.sources,
    }


# --------------------------------------------------------------------------------------------
# datasets


DATASET_COLUMNS = [
    "id",
    "name",
    "kind",
    "source",
    "imported_at",
    "imported_by",
    "status",
    "rows_read",
    "rows_accepted",
    "checksum",
    "note",
    "n_observations",
    "n_current",
]


def datasets(bind: Bind) -> pd.DataFrame:
    """Every dataset with its number of observations and of still-current observations."""
    n_all = (
        select(Observation.dataset_id, func.count().label("n"))
        .group_by(Observation.dataset_id)
        .subquery()
    )
    n_cur = (
        select(Observation.dataset_id, func.count().label("n"))
        .where(Observation.superseded_by.is_(None))
        .group_by(Observation.dataset_id)
        .subquery()
    )
    stmt = (
        select(
            Dataset.id,
            Dataset.name,
            Dataset.kind,
            Dataset.source,
            Dataset.imported_at,
            Dataset.imported_by,
            Dataset.status,
            Dataset.rows_read,
            Dataset.rows_accepted,
            Dataset.checksum,
            Dataset.note,
            func.coalesce(n_all.c.n, 0).label("n_observations"),
            func.coalesce(n_cur.c.n, 0).label("n_current"),
        )
        .outerjoin(n_all, n_all.c.dataset_id == Dataset.id)
        .outerjoin(n_cur, n_cur.c.dataset_id == Dataset.id)
        .order_by(Dataset.id)
    )
    with _connect(bind) as conn:
        return _frame(conn, stmt, DATASET_COLUMNS)


__all__ = [
    "HEADLINE_INDICATORS",
    "IKN_ZONE",
    "METHOD_LABELS",
    "ProvinceValue",
    "RATE_COVERAGE",
    "RATE_PER_1000",
    "RATE_VALUE",
    "RateTable",
    "ZoneAggregate",
    "available_years",
    "current_observations",
    "datasets",
    "headline",
    "indicator_values",
    "kecamatan_regions",
    "province_value",
    "rate_table",
    "regions",
    "series",
    "zone_aggregate",
]
