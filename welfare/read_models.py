"""What the pages and the meeting brief read: the map table, trend series, zone and province
figures, and the home page's headline.

Each function loads what it needs (:mod:`welfare.observations`) and applies the rate rules
(:mod:`welfare.rates`); nothing here imports streamlit. The results carry ids and codes only
(indicator id, denominator id, ``rate_kind``, method id, scope id), never words in a language:
the UI names them (``views.i18n`` and the catalogue's labels), so cached results are the
same for every language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import Connection

from welfare import comparison
from welfare.catalogue import RATE_VALUE, IndicatorDef, get_indicator
from welfare.models import REGENCY_KINDS
from welfare.observations import (
    PROVINCE_CODE,
    Bind,
    connect,
    current_observations,
    region_rows,
    regions,
    values_in_years,
)
from welfare.rates import (
    METHOD_PROVINCE,
    Denominators,
    add_rates,
    denominator_id_for,
    group_rate,
    rank_rates,
    unique_values,
)

# Default IKN zone for the home page: the IKN regencies and the two cities next to them.
IKN_ZONE: tuple[str, ...] = ("6409", "6403", "6471", "6472")
HEADLINE_INDICATORS: tuple[str, ...] = (
    "penduduk_miskin_persen",
    "penduduk_miskin_jiwa",
    "penduduk_jiwa",
    "pmks_total",
    "kpm_pkh",
)
# Which figure a headline row is (ids; the UI names them, e.g. "brief.scope.<id>").
SCOPE_PROVINCE = "provinsi"
SCOPE_ZONE = "zona"


def _load_denominators(
    conn: Connection, den_id: str | None, kode_bps: Sequence[str]
) -> Denominators | None:
    if den_id is None:
        return None
    obs = current_observations(conn, indicator_ids=[den_id], kode_bps=kode_bps)
    return Denominators(obs)


# --------------------------------------------------------------------------------------------
# the map table


@dataclass(frozen=True)
class RateTable:
    """Result of :func:`rate_table`: the per-regency table and what the legend must say.

    ``data`` columns: kode_bps, nama, year, value, denominator_id, denominator_value,
    denominator_year, rate, rank, dataset_id, dataset_kind, is_example, source,
    denominator_source. The legend's words come from the catalogue: the indicator's label and
    rate unit (``indicator_id``, ``rate_kind``) and the denominator's label (``denominator_id``).
    """

    data: pd.DataFrame
    indicator_id: str
    year: int
    value_unit: str
    rate_kind: str
    higher_is_worse: bool
    denominator_id: str | None
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


@dataclass(frozen=True)
class IndicatorRows:
    """What the map tables of one indicator need from the store, read once for every year:
    the regions, their current observations of the indicator, and ``rated``, the map table of
    every year with data (:data:`RATE_TABLE_COLUMNS`, computed by one pass of the rate rules).
    A year change or a playback step then takes its year from ``rated`` without a query or a
    computation (``components.state.data_access`` keeps this per data version)."""

    indicator_id: str
    regions: pd.DataFrame  # kode_bps, nama (code order)
    observations: pd.DataFrame  # current rows of the indicator, all years (observations.py)
    denominators: Denominators | None
    rated: pd.DataFrame  # RATE_TABLE_COLUMNS for every year in ``observations``


def indicator_rows(
    bind: Bind, indicator_id: str, *, kode_bps: Sequence[str] | None = None
) -> IndicatorRows:
    """The :class:`IndicatorRows` of ``indicator_id`` for the 10 kabupaten/kota (or
    ``kode_bps``)."""
    ind = get_indicator(indicator_id)
    with connect(bind) as conn:
        regs = region_rows(conn, kode_bps)
        codes = regs["kode_bps"].tolist()
        obs = current_observations(conn, indicator_ids=[indicator_id], kode_bps=codes)
        dens = (
            _load_denominators(conn, ind.denominator, codes)
            if ind.rate_kind != RATE_VALUE
            else None
        )
    years = sorted({int(y) for y in obs["year"]})
    return IndicatorRows(indicator_id, regs, obs, dens, _rated(ind, regs, obs, dens, years))


def _rated(
    ind: IndicatorDef,
    regs: pd.DataFrame,
    obs: pd.DataFrame,
    dens: Denominators | None,
    years: Sequence[int],
) -> pd.DataFrame:
    """The map table (:data:`RATE_TABLE_COLUMNS`) of every region in each of ``years``, year
    by year in region order: values, denominators, rates and the ranks within each year."""
    df = add_rates(values_in_years(regs, obs, years), ind, dens)
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
    df["rank"] = rank_rates(df["rate"], ind.higher_is_worse, within=df["year"])
    return df[RATE_TABLE_COLUMNS]


def rate_table(
    bind: Bind,
    indicator_id: str,
    year: int,
    *,
    kode_bps: Sequence[str] | None = None,
) -> RateTable:
    """What a choropleth of one indicator and year needs, for the 10 kabupaten/kota.

    With ``kode_bps`` the table covers those regions instead (e.g. kecamatan), ranked among
    themselves; denominators are their own (a kecamatan's population, never its regency's).

    ``rate`` is the mapped number and ``rank`` 1 the worst region (:mod:`welfare.rates`).
    ``is_example`` is true when the value *or its denominator* is example data.
    """
    return rate_table_from(indicator_rows(bind, indicator_id, kode_bps=kode_bps), year)


def rate_table_from(rows: IndicatorRows, year: int) -> RateTable:
    """:func:`rate_table` of ``year`` from the indicator's rows read before: the year's part
    of ``rows.rated``, or (a year without data) the regions without values."""
    ind = get_indicator(rows.indicator_id)
    year = int(year)
    in_year = rows.rated["year"] == year
    if in_year.any():
        data = rows.rated[in_year].reset_index(drop=True)
    else:
        data = _rated(ind, rows.regions, rows.observations, rows.denominators, [year])
    has_value = data["value"].notna()
    used = data[data["rate"].notna()]
    return RateTable(
        data=data,
        indicator_id=rows.indicator_id,
        year=year,
        value_unit=ind.unit,
        rate_kind=ind.rate_kind,
        higher_is_worse=ind.higher_is_worse,
        denominator_id=ind.denominator if ind.rate_kind != RATE_VALUE else None,
        denominator_years=sorted(int(y) for y in unique_values(used["denominator_year"].tolist())),
        sources=unique_values([*used["source"].tolist(), *used["denominator_source"].tolist()]),
        dataset_kinds=unique_values(data.loc[has_value, "dataset_kind"].tolist()),
        has_example=bool(data["is_example"].any()),
        n_regions=len(data),
        n_with_data=int(data["rate"].notna().sum()),
    )


# --------------------------------------------------------------------------------------------
# trend series


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
    with connect(bind) as conn:
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
# zone and province figures


@dataclass(frozen=True)
class ZoneAggregate:
    """Result of :func:`zone_aggregate` for one indicator, year and group of regions.

    ``value`` is the sum of the raw values for count indicators and the population-weighted
    mean for percent, index and currency indicators (then equal to ``rate``); ``rate`` is the
    aggregate mapped number, in the unit of the indicator's ``rate_kind``; ``method`` says how
    it was obtained (:mod:`welfare.rates`). ``None`` when no region had data.
    """

    indicator_id: str
    year: int
    kode_bps: tuple[str, ...]
    n_regions: int
    n_with_data: int
    missing: tuple[str, ...]
    value: float | None
    rate: float | None
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


def _zone_rows(conn: Connection, ind: IndicatorDef, year: int, codes: list[str]) -> pd.DataFrame:
    obs = current_observations(conn, indicator_ids=[ind.id], years=[year], kode_bps=codes)
    base = pd.DataFrame({"kode_bps": codes})
    df = base.merge(obs, on="kode_bps", how="left")
    df["year"] = int(year)
    df["is_example"] = df["is_example"].fillna(False).astype(bool)
    dens = _load_denominators(conn, denominator_id_for(ind), codes)
    return add_rates(df, ind, dens)


def aggregate_rows(ind: IndicatorDef, df: pd.DataFrame, year: int) -> ZoneAggregate:
    """The :class:`ZoneAggregate` of rows of :func:`welfare.rates.add_rates`, one per region."""
    codes = tuple(df["kode_bps"].tolist())
    den_id = denominator_id_for(ind)
    group = group_rate(ind, df)
    used = group.used
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
        value=group.value,
        rate=group.rate,
        method=group.method,
        denominator_id=den_id,
        denominator_value=group.denominator_value,
        denominator_years=sorted(int(y) for y in unique_values(used["denominator_year"].tolist())),
        is_example=is_example,
        dataset_kinds=unique_values(used["dataset_kind"].tolist()),
        sources=unique_values([*used["source"].tolist(), *used["denominator_source"].tolist()]),
    )


def zone_aggregate(
    bind: Bind, indicator_id: str, year: int, kode_bps_list: Iterable[str]
) -> ZoneAggregate:
    """Aggregate of one indicator over a group of regions (e.g. the IKN buffer zone).

    Ratio of sums, population-weighted mean or sum (:func:`welfare.rates.group_rate`), never an
    average of the regions' rates. ``n_with_data`` and ``missing`` say which regions
    contributed.
    """
    ind = get_indicator(indicator_id)
    codes = list(dict.fromkeys(str(k) for k in kode_bps_list))
    with connect(bind) as conn:
        df = _zone_rows(conn, ind, year, codes)
    return aggregate_rows(ind, df, year)


@dataclass(frozen=True)
class ProvinceValue:
    """The published province row ('64') of an indicator and year (rate in the unit of the
    indicator's ``rate_kind``)."""

    indicator_id: str
    year: int
    value: float
    rate: float | None
    denominator_year: int | None
    source: str | None
    note: str | None
    dataset_id: int
    dataset_kind: str
    is_example: bool


def province_value(bind: Bind, indicator_id: str, year: int) -> ProvinceValue | None:
    """The province's own published figure for a year, or ``None`` when there is none.

    The rate uses the province's own denominator (same year rule as the regencies').
    """
    ind = get_indicator(indicator_id)
    with connect(bind) as conn:
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
    "scope",
    "year",
    "value",
    "value_unit",
    "rate",
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
    same_year: bool = False,
) -> pd.DataFrame:
    """Latest figures of the key indicators for the province and for a zone of regencies.

    Province (``scope=SCOPE_PROVINCE``): the latest year with either a published province row
    or regency data; the province row is used when that year has one, otherwise the aggregate
    of the 10 kabupaten/kota (``method`` says which). Zone (``scope=SCOPE_ZONE``): the latest
    year in which every regency of the zone has a value, else the latest year with any value
    (``n_with_data`` < ``n_regions`` then).

    ``same_year=True`` (the home page) compares like with like: both scopes use the latest year
    in which the province has a figure (its own row, or all regencies) *and* every regency of
    the zone has a value (:func:`welfare.comparison.common_year`); an indicator without such a
    year gets its province row only. ``comparable`` says whether both scopes share the year.

    Returns
    -------
    DataFrame with :data:`HEADLINE_COLUMNS` and ``comparable``; ``rate`` is in the unit of the
    indicator's ``rate_kind`` (``kpm_pkh``: PKH coverage in %), ``sources`` is a list of
    citations, ``is_example`` flags example data. Labels and units come from the catalogue.
    """
    zone = [str(k) for k in zone_kode_bps]
    rows: list[dict] = []
    with connect(bind) as conn:
        regs = regions(conn)
        regency_codes = regs["kode_bps"].tolist()
        for indicator_id in indicators:
            ind = get_indicator(indicator_id)
            obs = current_observations(conn, indicator_ids=[indicator_id])
            by_region = _years_by_region(obs)

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
                prov = province_value(conn, indicator_id, year)
                if prov is not None:
                    rows.append(
                        {
                            "indicator_id": indicator_id,
                            "scope": SCOPE_PROVINCE,
                            "year": year,
                            "value": prov.value,
                            "value_unit": ind.unit,
                            "rate": prov.rate,
                            "method": METHOD_PROVINCE,
                            "n_regions": 1,
                            "n_with_data": 1,
                            "is_example": prov.is_example,
                            "dataset_kinds": [prov.dataset_kind],
                            "sources": unique_values([prov.source]),
                        }
                    )
                else:
                    agg = aggregate_rows(ind, _zone_rows(conn, ind, year, regency_codes), year)
                    rows.append(_headline_row(ind, SCOPE_PROVINCE, agg))

            zone_sets = [by_region.get(k, set()) for k in zone]
            any_years = set().union(*zone_sets) if zone_sets else set()
            if same_year and shared is None:
                any_years = set()  # no year in common: the zone is not put beside the province
            if any_years:
                complete = set.intersection(*zone_sets)
                year = shared or (max(complete) if complete else max(any_years))
                agg = aggregate_rows(ind, _zone_rows(conn, ind, year, zone), year)
                rows.append(_headline_row(ind, SCOPE_ZONE, agg))
    df = pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
    years = df.groupby("indicator_id")["year"].agg(["nunique", "size"])
    both = set(years.index[(years["size"] == 2) & (years["nunique"] == 1)])
    df["comparable"] = df["indicator_id"].isin(both)
    return df


def _headline_row(ind: IndicatorDef, scope: str, agg: ZoneAggregate) -> dict:
    return {
        "indicator_id": ind.id,
        "scope": scope,
        "year": agg.year,
        "value": agg.value,
        "value_unit": ind.unit,
        "rate": agg.rate,
        "method": agg.method,
        "n_regions": agg.n_regions,
        "n_with_data": agg.n_with_data,
        "is_example": agg.is_example,
        "dataset_kinds": agg.dataset_kinds,
        "sources": agg.sources,
    }
