"""Trend tables of the Tren page: the year grid, gap-filled series and group aggregates.

A trend line must break at a missing year instead of bridging it, so series are laid on a
grid of every calendar year (:func:`year_grid`, :func:`with_gaps`); nothing is filled with
zero. :func:`group_trend` aggregates an indicator per year over groups of regencies (e.g. the
IKN buffer zone against the rest): sum of numerators / sum of denominators over the regencies
that have both, population-weighted means for percent/index/currency indicators, never a mean
of rates; a row is example data when its value *or its denominator* is.

Separate from the other read models of the exploration pages (:mod:`welfare.pmks_mix`,
:mod:`welfare.coverage_table`, :mod:`welfare.regency_profile`) because each serves its own
view. All reuse the rate rules of :mod:`welfare.rates` (here also the aggregation of
:mod:`welfare.read_models`), so a number here always equals the same number on the map and
the home page. Pure pandas/SQLAlchemy, no streamlit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from welfare import observations
from welfare.catalogue import get_indicator
from welfare.loaded_denominators import denominators_in
from welfare.observations import Bind

# The rate rules live in welfare.rates and are reused here, so both can never disagree.
from welfare.rates import add_rates, denominator_id_for
from welfare.read_models import aggregate_rows


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
        dens = denominators_in(obs, den_id, codes)
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


__all__ = ["GROUP_TREND_COLUMNS", "group_trend", "with_gaps", "year_grid"]
