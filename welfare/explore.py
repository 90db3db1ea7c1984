"""Queries and aggregations of the exploration pages (Tren, Cakupan program, Profil wilayah).

Pure pandas/SQLAlchemy, no streamlit. Every function loads what it needs from the store in
one or two queries and then follows exactly the rules of :mod:`welfare.rates` (it reuses
its rate and aggregation helpers, as :mod:`welfare.read_models` does, so a number on these
pages always equals the same number on the map and the home page):

- rates: counts with ``penduduk_jiwa`` as denominator per 1.000 penduduk, programme
  recipients as % of need, everything else the value itself; the denominator of year Y is
  taken from Y, else the nearest earlier year, else the nearest later year;
- aggregates over several regencies: sum of numerators / sum of denominators over the
  regencies that have both, population-weighted means for percent/index/currency
  indicators. Never a mean of rates;
- example data: a row is example data when its value *or its denominator* is.

Missing values stay missing (NaN): nothing here fills a gap with zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from welfare import observations
from welfare.catalogue import (
    PMKS_CATEGORIES,
    POPULATION_ID,
    RATE_VALUE,
    Programme,
    get_indicator,
    load_catalogue,
)
from welfare.observations import PROVINCE_CODE, Bind
from welfare.outlook.concepts import OUTLOOK_ONLY_IDS

# The rate rules live in welfare.rates and are reused here, so both can never disagree.
from welfare.rates import Denominators, add_rates, denominator_id_for, unique_values
from welfare.read_models import aggregate_rows
from welfare.years import fallback_year, year_to_show


def _regency_codes(bind: Bind) -> list[str]:
    return observations.regions(bind)["kode_bps"].tolist()


def _denominators(obs: pd.DataFrame, den_id: str | None, codes: Iterable[str]):  # noqa: ANN202
    if den_id is None:
        return None
    codes = set(codes)
    rows = obs[(obs["indicator_id"] == den_id) & obs["kode_bps"].isin(codes)]
    return Denominators(rows)


# --------------------------------------------------------------------------------------------
# trends


def year_grid(years: Iterable[int]) -> list[int]:
    """Every calendar year from the first to the last of ``years`` (empty if none)."""
    ys = sorted({int(y) for y in years})
    return list(range(ys[0], ys[-1] + 1)) if ys else []


def with_gaps(series: pd.DataFrame, codes: Sequence[str], years: Sequence[int]) -> pd.DataFrame:
    """One row per (regency, year) of the grid; years without a value keep ``NaN``.

    A line chart then breaks at a missing year instead of drawing a line across it (Plotly
    only breaks a line at a NaN point that exists). Nothing is filled with zero.

    Parameters
    ----------
    series
        Output of :func:`welfare.read_models.series` (kode_bps, nama, year, value, rate, ...).
    codes, years
        The regencies and the years of the grid.
    """
    grid = pd.MultiIndex.from_product([list(codes), list(years)], names=["kode_bps", "year"])
    data = series[series["kode_bps"].isin(codes)].set_index(["kode_bps", "year"])
    out = data.reindex(grid).reset_index()
    names = series.drop_duplicates("kode_bps").set_index("kode_bps")["nama"]
    out["nama"] = out["kode_bps"].map(names)
    out["is_example"] = out["is_example"].astype("boolean").fillna(False).astype(bool)
    return out


GROUP_TREND_COLUMNS = [
    "group",
    "year",
    "rate",
    "value",
    "n_regions",
    "n_with_data",
    "missing",
    "is_example",
    "method",
    "denominator_years",
    "sources",
]


def group_trend(
    bind: Bind,
    indicator_id: str,
    groups: Mapping[str, Sequence[str]],
    years: Iterable[int] | None = None,
) -> pd.DataFrame:
    """Aggregate of an indicator per year for groups of regencies (e.g. buffer zone vs rest).

    Same result as calling :func:`welfare.read_models.zone_aggregate` for every group and year,
    from one load of the store: counts with a denominator as sum of values / sum of
    denominators (x 1.000 or x 100), percent/index/currency indicators as the mean weighted by
    population, counts without a denominator as the sum.

    Returns
    -------
    DataFrame with :data:`GROUP_TREND_COLUMNS`, one row per (group, year); ``rate`` is NaN in a
    year where no regency of the group has data; ``n_with_data`` says how many contributed.
    """
    ind = get_indicator(indicator_id)
    den_id = denominator_id_for(ind)
    all_codes = sorted({str(c) for codes in groups.values() for c in codes})
    wanted = [indicator_id] + ([den_id] if den_id else [])
    obs = observations.current_observations(bind, indicator_ids=wanted, kode_bps=all_codes)
    values = obs[obs["indicator_id"] == indicator_id]
    if years is None:
        years = sorted(values["year"].unique().tolist())
    rows: list[dict] = []
    for name, group_codes in groups.items():
        codes = list(dict.fromkeys(str(c) for c in group_codes))
        dens = _denominators(obs, den_id, codes)
        for year in years:
            base = pd.DataFrame({"kode_bps": codes})
            df = base.merge(values[values["year"] == int(year)], on="kode_bps", how="left")
            df["year"] = int(year)
            df["is_example"] = df["is_example"].astype("boolean").fillna(False).astype(bool)
            agg = aggregate_rows(ind, add_rates(df, ind, dens), int(year))
            rows.append(
                {
                    "group": name,
                    "year": int(year),
                    "rate": np.nan if agg.rate is None else agg.rate,
                    "value": np.nan if agg.value is None else agg.value,
                    "n_regions": agg.n_regions,
                    "n_with_data": agg.n_with_data,
                    "missing": list(agg.missing),
                    "is_example": agg.is_example,
                    "method": agg.method,
                    "denominator_years": agg.denominator_years,
                    "sources": agg.sources,
                }
            )
    return pd.DataFrame(rows, columns=GROUP_TREND_COLUMNS)


# --------------------------------------------------------------------------------------------
# PMKS category mix


def pmks_years(bind: Bind) -> list[int]:
    """Years in which at least one regency has a value for at least one of the 26 categories."""
    obs = observations.current_observations(bind, indicator_ids=list(PMKS_CATEGORIES))
    obs = obs[obs["kode_bps"] != PROVINCE_CODE]
    return sorted(int(y) for y in obs["year"].unique())


PMKS_MIX_COLUMNS = [
    "kode_bps",
    "nama",
    "category",
    "order",
    "value",
    "population",
    "population_year",
    "per_1000",
    "share",
    "is_example",
    "source",
]


def pmks_mix(bind: Bind, year: int, codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The 26 PMKS categories per regency in one year: people, per 1.000 penduduk and share.

    ``share`` is the category's percentage of the sum of the categories *reported* by the
    regency that year (so the shares of a regency add up to 100); categories the regency did
    not report are absent, not zero. ``per_1000`` uses the population of the year (fallback
    rule of :mod:`welfare.rates`).

    Returns
    -------
    DataFrame with :data:`PMKS_MIX_COLUMNS`, ``order`` = position in Permensos 8/2012.
    """
    regs = observations.regions(bind)
    codes = regs["kode_bps"].tolist() if codes is None else [str(c) for c in codes]
    obs = observations.current_observations(
        bind, indicator_ids=[*PMKS_CATEGORIES, POPULATION_ID], kode_bps=codes
    )
    values = obs[(obs["indicator_id"] != POPULATION_ID) & (obs["year"] == int(year))].copy()
    if values.empty:
        return pd.DataFrame(columns=PMKS_MIX_COLUMNS)
    dens = _denominators(obs, POPULATION_ID, codes)
    pops = [dens.pick(k, int(year)) for k in values["kode_bps"]]
    values["population"] = [np.nan if p is None else float(p["value"]) for p in pops]
    values["population_year"] = pd.array(
        [pd.NA if p is None else int(p["year"]) for p in pops], dtype="Int64"
    )
    pop_example = pd.Series([bool(p and p["is_example"]) for p in pops], index=values.index)
    values["per_1000"] = (
        values["value"] / values["population"].where(values["population"] > 0) * 1000.0
    )
    totals = values.groupby("kode_bps")["value"].transform("sum")
    values["share"] = values["value"] / totals.where(totals > 0) * 100.0
    values["is_example"] = values["is_example"] | pop_example
    values["category"] = values["indicator_id"]
    values["order"] = values["indicator_id"].map({c: i for i, c in enumerate(PMKS_CATEGORIES)})
    values = values.merge(regs[["kode_bps", "nama"]], on="kode_bps", how="left")
    return values[PMKS_MIX_COLUMNS].sort_values(["kode_bps", "order"], ignore_index=True)


# --------------------------------------------------------------------------------------------
# programme coverage


COVERAGE_COLUMNS = [
    "kode_bps",
    "nama",
    "year",
    "recipients",
    "need",
    "need_year",
    "coverage",
    "gap",
    "over",
    "population",
    "population_year",
    "gap_per_1000",
    "need_per_1000",
    "is_example",
    "dataset_kind",
    "source",
    "need_source",
]


@dataclass(frozen=True)
class CoverageTable:
    """Coverage of one programme in one year, per regency and for the province.

    ``data`` (:data:`COVERAGE_COLUMNS`): ``coverage`` = recipients / need x 100;
    ``gap`` = need - recipients where need is larger, else 0 (never negative); ``over`` =
    recipients - need where recipients are larger (over-coverage, shown honestly), else 0;
    ``gap_per_1000`` = gap per 1.000 penduduk. A regency without recipients or without need
    keeps NaN in all of these: a missing figure is never a gap of zero.

    Province figures use the regencies with both numbers: ``province_coverage`` =
    sum recipients / sum need x 100; ``gap_total`` = sum of the regencies' gaps (over-coverage
    in one regency does not serve families in another, so it is not netted off);
    ``over_total`` = sum of over-coverage.
    """

    programme: Programme
    year: int
    data: pd.DataFrame
    recipients_total: float | None
    need_total: float | None
    province_coverage: float | None
    gap_total: float | None
    over_total: float | None
    n_regions: int
    n_with_data: int
    need_years: list[int] = field(default_factory=list)
    need_sources: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    population_years: list[int] = field(default_factory=list)
    has_example: bool = False


def programme_years(bind: Bind, programme: Programme) -> list[int]:
    """Years in which some regency has recipients of the programme."""
    return observations.available_years(bind, programme.recipients_id)


def coverage_table(bind: Bind, programme: Programme, year: int) -> CoverageTable:
    """Coverage, gap and over-coverage of ``programme`` in ``year`` for the 10 regencies."""
    regs = observations.regions(bind)
    codes = regs["kode_bps"].tolist()
    ind = get_indicator(programme.recipients_id)
    obs = observations.current_observations(
        bind,
        indicator_ids=[programme.recipients_id, programme.need_id, POPULATION_ID],
        kode_bps=codes,
    )
    rec = obs[(obs["indicator_id"] == programme.recipients_id) & (obs["year"] == int(year))]
    base = regs[["kode_bps", "nama"]].merge(rec, on="kode_bps", how="left")
    base["year"] = int(year)
    base["is_example"] = base["is_example"].astype("boolean").fillna(False).astype(bool)
    df = add_rates(base, ind, _denominators(obs, programme.need_id, codes))
    has_value = df["value"].notna()
    df.loc[~has_value, ["denominator_value", "denominator_source"]] = [np.nan, None]
    df.loc[~has_value, "denominator_year"] = pd.NA
    df.loc[~has_value, "denominator_is_example"] = False

    pop = _denominators(obs, POPULATION_ID, codes)
    pop_rows = [pop.pick(k, int(year)) for k in df["kode_bps"]]
    population = pd.Series(
        [np.nan if p is None else float(p["value"]) for p in pop_rows], index=df.index
    )
    population_year = pd.Series(
        [pd.NA if p is None else int(p["year"]) for p in pop_rows], index=df.index, dtype="Int64"
    )

    recipients = df["value"].astype(float)
    need = df["denominator_value"].astype(float)
    both = recipients.notna() & need.notna() & (need > 0)
    diff = (need - recipients).where(both)
    out = pd.DataFrame(
        {
            "kode_bps": df["kode_bps"],
            "nama": df["nama"],
            "year": int(year),
            "recipients": recipients,
            "need": need,
            "need_year": df["denominator_year"].astype("Int64"),
            "coverage": (recipients / need * 100.0).where(both),
            "gap": diff.clip(lower=0),
            "over": (-diff).clip(lower=0),
            "population": population.where(both),
            "population_year": population_year.where(both),
        }
    )
    out["gap_per_1000"] = out["gap"] / out["population"].where(out["population"] > 0) * 1000.0
    out["need_per_1000"] = (need / population.where(population > 0) * 1000.0).where(both)
    out["is_example"] = (df["is_example"] | df["denominator_is_example"]).astype(bool) & has_value
    out["dataset_kind"] = df["dataset_kind"]
    out["source"] = df["source"]
    out["need_source"] = df["denominator_source"]
    out = out[COVERAGE_COLUMNS]

    used = out[both]
    rec_total = float(used["recipients"].sum()) if len(used) else None
    need_total = float(used["need"].sum()) if len(used) else None
    return CoverageTable(
        programme=programme,
        year=int(year),
        data=out,
        recipients_total=rec_total,
        need_total=need_total,
        province_coverage=(rec_total / need_total * 100.0) if need_total else None,
        gap_total=float(used["gap"].sum()) if len(used) else None,
        over_total=float(used["over"].sum()) if len(used) else None,
        n_regions=len(out),
        n_with_data=int(both.sum()),
        need_years=sorted(int(y) for y in unique_values(used["need_year"].tolist())),
        need_sources=unique_values(used["need_source"].tolist()),
        sources=unique_values(used["source"].tolist()),
        population_years=sorted(int(y) for y in unique_values(used["population_year"].tolist())),
        has_example=bool(used["is_example"].any()),
    )


# --------------------------------------------------------------------------------------------
# regency profile


PROFILE_COLUMNS = [
    "indicator_id",
    "group",
    "sort_order",
    "year",
    "value",
    "rate",
    "rate_kind",
    "denominator_year",
    "rank",
    "n_ranked",
    "higher_is_worse",
    "province_rate",
    "province_n",
    "is_example",
    "dataset_kind",
    "source",
    "denominator_source",
    "spark_years",
    "spark_rates",
    "spark_example",
]


def attach_denominators(obs: pd.DataFrame) -> pd.DataFrame:
    """Add denominator and rate columns to current observations of many indicators at once.

    Vectorised form of the rules of :mod:`welfare.rates` (same year, else nearest earlier,
    else nearest later; never interpolated), used where a page needs every indicator at once.
    Adds ``denominator_value``, ``denominator_year``, ``denominator_is_example``,
    ``denominator_source`` (the weight for percent/index/currency indicators, the denominator
    of the rate otherwise), ``rate``, ``rate_kind`` and ``uses_denominator`` (the rate is
    value / denominator). ``is_example`` becomes true when the rate's denominator is example
    data, as in :func:`welfare.read_models.rate_table`. Tested against ``rate_table``.
    """
    cat = {i.id: i for i in load_catalogue()}
    df = obs.copy()
    df["_den_id"] = df["indicator_id"].map(
        lambda i: denominator_id_for(cat[i]) if i in cat else None
    )
    df["rate_kind"] = df["indicator_id"].map(lambda i: cat[i].rate_kind)
    df["_scale"] = df["indicator_id"].map(lambda i: cat[i].rate_scale)
    df["_row"] = np.arange(len(df))
    den_cols = [
        "denominator_value",
        "denominator_year",
        "denominator_is_example",
        "denominator_source",
    ]
    picked = []
    for den_id, rows in df[df["_den_id"].notna()].groupby("_den_id"):
        den = obs[obs["indicator_id"] == den_id][
            ["kode_bps", "year", "value", "is_example", "source"]
        ]
        den = den.rename(
            columns={
                "value": "denominator_value",
                "is_example": "denominator_is_example",
                "source": "denominator_source",
            }
        )
        den["denominator_year"] = den["year"]
        den = den.sort_values("year")
        left = rows[["_row", "kode_bps", "year"]].sort_values("year")
        back = pd.merge_asof(left, den, on="year", by="kode_bps", direction="backward")
        fwd = pd.merge_asof(left, den, on="year", by="kode_bps", direction="forward")
        back = back.set_index("_row")
        fwd = fwd.set_index("_row").reindex(back.index)
        use_fwd = back["denominator_value"].isna()
        for col in den_cols:
            back[col] = back[col].where(~use_fwd, fwd[col])
        picked.append(back[den_cols])
    if picked:
        dens = pd.concat(picked)
        df = df.merge(dens, left_on="_row", right_index=True, how="left")
    else:
        for col in den_cols:
            df[col] = np.nan
    df["denominator_value"] = df["denominator_value"].astype(float)
    df["denominator_year"] = df["denominator_year"].astype("Int64")
    df["denominator_is_example"] = (
        df["denominator_is_example"].astype("boolean").fillna(False).astype(bool)
    )
    df["uses_denominator"] = df["rate_kind"] != RATE_VALUE
    den = df["denominator_value"].where(df["denominator_value"] > 0)
    df["rate"] = np.where(df["uses_denominator"], df["value"] / den * df["_scale"], df["value"])
    df["is_example"] = df["is_example"] | (df["denominator_is_example"] & df["uses_denominator"])
    return df.drop(columns=["_row", "_scale"]).rename(columns={"_den_id": "weight_id"})


def profile(
    bind: Bind, kode_bps: str, chosen_years: Mapping[str, int] | None = None
) -> pd.DataFrame:
    """Every indicator with a value for one regency, each at the year every other page shows.

    The year of an indicator is :func:`welfare.years.year_to_show`: the year chosen for it in
    ``chosen_years`` (the shared filter's indicator and year), else its default year (the
    latest with data for at least 8 of the 10 regencies), so a card says what the map of that
    indicator says; when this regency has no value in that year, its nearest earlier one.

    For each indicator: that year, its value and mapped
    number (rate), its rank among the regencies with data that year (1 = worst according to
    ``higher_is_worse``; for the other indicators 1 = the lowest value), the aggregate of the
    10 kabupaten/kota the same year (ratio of sums / population-weighted / sum, as
    :func:`welfare.read_models.zone_aggregate`), source and data kind, and the regency's whole
    series for a sparkline (``spark_years``/``spark_rates`` over every calendar year between
    the first and last value, NaN where a year is missing).

    Returns
    -------
    DataFrame with :data:`PROFILE_COLUMNS`, in catalogue order.
    """
    kode_bps = str(kode_bps)
    codes = _regency_codes(bind)
    cat = {i.id: i for i in load_catalogue()}
    obs = observations.current_observations(bind, kode_bps=codes)
    obs = obs[obs["indicator_id"].isin(cat)]
    df = attach_denominators(obs)

    # rank among the regencies, per indicator and year (1 = worst / 1 = lowest)
    worse = df["indicator_id"].map(lambda i: cat[i].higher_is_worse)
    key = df["rate"].where(~worse, -df["rate"])
    df["rank"] = key.groupby([df["indicator_id"], df["year"]]).rank(method="min")
    df["n_ranked"] = df["rate"].notna().groupby([df["indicator_id"], df["year"]]).transform("sum")

    # aggregate of the regencies, per indicator and year
    has_den = df["weight_id"].notna()
    used = df["value"].notna() & (~has_den | (df["denominator_value"] > 0))
    u = df[used].assign(
        num=lambda d: np.where(
            d["uses_denominator"], d["value"], d["value"] * d["denominator_value"].fillna(0)
        ),
        den=lambda d: d["denominator_value"],
    )
    grouped = u.groupby(["indicator_id", "year"])
    agg = pd.DataFrame(
        {
            "num": grouped["num"].sum(),
            "value_sum": grouped["value"].sum(),
            "den": grouped["den"].sum(min_count=1),
            "n": grouped["value"].size(),
        }
    )

    def province_rate(ind_id: str, year: int) -> tuple[float, int]:
        if (ind_id, year) not in agg.index:
            return np.nan, 0
        row = agg.loc[(ind_id, year)]
        ind = cat[ind_id]
        den_id = denominator_id_for(ind)
        if den_id is None:
            return float(row["value_sum"]), int(row["n"])
        if not row["den"] or pd.isna(row["den"]):
            return np.nan, int(row["n"])
        scale = 1.0 if ind.rate_kind == RATE_VALUE else ind.rate_scale
        return float(row["num"] / row["den"] * scale), int(row["n"])

    counts = df.groupby(["indicator_id", "year"])["kode_bps"].nunique()
    chosen_years = chosen_years or {}
    mine = df[df["kode_bps"] == kode_bps]
    rows: list[dict] = []
    order = {i: n for n, i in enumerate(cat)}
    for ind_id, own in sorted(mine.groupby("indicator_id"), key=lambda kv: order[kv[0]]):
        ind = cat[ind_id]
        own = own.sort_values("year")
        per_year = {int(y): int(n) for y, n in counts.loc[ind_id].items()}
        shown = year_to_show(chosen_years.get(ind_id), per_year)
        year = fallback_year(shown, own["year"].astype(int))
        me = own[own["year"] == year].iloc[-1]
        prov, prov_n = province_rate(ind_id, year)
        grid = year_grid(own["year"])
        by_year = own.set_index("year")
        uses_den = ind.rate_kind != RATE_VALUE
        rows.append(
            {
                "indicator_id": ind_id,
                "group": ind.group,
                "sort_order": ind.sort_order,
                "year": year,
                "value": float(me["value"]),
                "rate": float(me["rate"]) if pd.notna(me["rate"]) else np.nan,
                "rate_kind": ind.rate_kind,
                "denominator_year": (
                    int(me["denominator_year"])
                    if uses_den and pd.notna(me["denominator_year"])
                    else None
                ),
                "rank": None if pd.isna(me["rank"]) else int(me["rank"]),
                "n_ranked": int(me["n_ranked"]),
                "higher_is_worse": ind.higher_is_worse,
                "province_rate": prov,
                "province_n": prov_n,
                "is_example": bool(me["is_example"]),
                "dataset_kind": me["dataset_kind"],
                "source": me["source"],
                "denominator_source": me["denominator_source"] if uses_den else None,
                "spark_years": grid,
                "spark_rates": [float(by_year["rate"].get(y, np.nan)) for y in grid],
                "spark_example": [bool(by_year["is_example"].get(y, False)) for y in grid],
            }
        )
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)


def indicators_without_data(bind: Bind, kode_bps: str) -> list[str]:
    """Catalogue ids with no current value for this regency (any year).

    The outlook's own ids (projections, IKN plan and census, Dukcapil flows) are never
    observations of a regency (:mod:`welfare.outlook.seed`), so they are not listed.
    """
    obs = observations.current_observations(bind, kode_bps=[str(kode_bps)])
    present = set(obs["indicator_id"])
    return [ind.id for ind in load_catalogue() if ind.id not in present | OUTLOOK_ONLY_IDS]


__all__ = [
    "COVERAGE_COLUMNS",
    "CoverageTable",
    "GROUP_TREND_COLUMNS",
    "PMKS_MIX_COLUMNS",
    "PROFILE_COLUMNS",
    "attach_denominators",
    "coverage_table",
    "group_trend",
    "indicators_without_data",
    "pmks_mix",
    "pmks_years",
    "profile",
    "programme_years",
    "with_gaps",
    "year_grid",
]
