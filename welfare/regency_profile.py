"""The regency profile: every indicator of one regency, its rank, the province figure, a sparkline.

:func:`profile` gives the Profil wilayah page (and its slide and export) one row per
indicator with a value for the regency, each in the year every other page shows;
:func:`indicators_without_data` lists the catalogue's indicators the regency has no value
for. Because the profile needs every indicator at once, :func:`attach_denominators` applies
the rules of :mod:`welfare.rates` to all of them in one vectorised pass (as
:func:`welfare.read_models.rate_table` does for one indicator). Missing values stay missing (NaN).

Separate from the other read models of the exploration pages (:mod:`welfare.trends`,
:mod:`welfare.pmks_mix`, :mod:`welfare.coverage_table`) because each serves its own view.
Pure pandas/SQLAlchemy, no streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from welfare import observations
from welfare.catalogue import RATE_VALUE, load_catalogue
from welfare.observations import Bind
from welfare.outlook.concepts import OUTLOOK_ONLY_IDS
from welfare.rates import denominator_id_for
from welfare.trends import year_grid
from welfare.years import fallback_year, year_to_show


def _regency_codes(bind: Bind) -> list[str]:
    return observations.regions(bind)["kode_bps"].tolist()


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


__all__ = ["PROFILE_COLUMNS", "attach_denominators", "indicators_without_data", "profile"]
