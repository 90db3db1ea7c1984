"""The rate rules: how a stored value becomes the number a map colours and a slide quotes.

Pure pandas, no SQL and no streamlit. The read models (:mod:`welfare.read_models`), the
exploration pages (:mod:`welfare.explore`) and the meeting brief all call these functions, so
a number on one page always equals the same number on another.

How a regency's rate is computed
--------------------------------
Take Kutai Kartanegara (BPS ``6403``), *penduduk miskin (jiwa)*, 2021:

1. **Numerator**: the regency's current value of the indicator in that year (which row is
   current is decided by :func:`welfare.observations.current_observations`): 62.360 jiwa.
2. **Denominator indicator**: the catalogue's ``denominator`` column
   (:func:`denominator_id_for`). ``penduduk_jiwa`` makes a rate *per 1.000 penduduk*; a
   programme's need (e.g. ``kpm_pkh_sasaran``) makes a coverage in *% cakupan*. Percent,
   index and currency indicators, and counts without a denominator, are mapped as the value
   itself (``RATE_VALUE``).
3. **Denominator year**: :func:`welfare.years.fallback_year` over the years in which the
   regency's denominator is published: the same year, else the nearest earlier year, else the
   nearest later year; never interpolated. Kutai Kartanegara has no 2021 population, so the
   2020 census (729.382) is used, and ``denominator_year`` says 2020 so the legend can too.
4. **Rate**: value / denominator x 1.000 (per 1.000) or x 100 (% cakupan), see
   :func:`add_rates`: 62.360 / 729.382 x 1.000 = 85,5 per 1.000 penduduk. A missing or zero
   denominator gives no rate (``NaN``), never zero.
5. **Rank**: 1 is the worst regency by the catalogue's ``higher_is_worse``; ties share the
   better rank; a regency without a rate has no rank (:func:`rank_rates`).

A row is example data when its value *or the denominator it used* is example data.

Groups of regencies (a zone, the province from its regencies)
-------------------------------------------------------------
:func:`group_rate` never averages the regencies' rates:

- counts with a denominator: ratio of sums, sum(values) / sum(denominators) x scale, over the
  regencies that have both (``METHOD_RATIO``);
- percent, index and currency indicators: the mean weighted by each regency's population of
  the same year, with the same fallback rule (``METHOD_WEIGHTED``);
- counts without a denominator: the plain sum (``METHOD_SUM``).

The province row
----------------
Where the province's own figure (region ``'64'``) is published, it is shown as such
(``METHOD_PROVINCE``), with the province's own denominator; the aggregate of the ten
regencies is used only when there is none (see :func:`welfare.read_models.headline`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from welfare.catalogue import POPULATION_ID, RATE_VALUE, IndicatorDef
from welfare.years import fallback_year

# How a figure over several regions was obtained. Ids, not words: the UI names them (i18n).
METHOD_RATIO = "rasio_jumlah"  # sum(numerators) / sum(denominators)
METHOD_WEIGHTED = "rerata_tertimbang_penduduk"  # sum(value x population) / sum(population)
METHOD_SUM = "jumlah"  # plain sum (counts without denominator)
METHOD_PROVINCE = "angka_provinsi"  # the published province row ('64')


def denominator_id_for(ind: IndicatorDef) -> str | None:
    """Indicator used to turn values into rates, or to weight them in aggregates."""
    if ind.rate_kind != RATE_VALUE:
        return ind.denominator
    if ind.kind in ("percent", "index", "currency"):
        return POPULATION_ID  # weight only; the rate is the value itself
    return None


class Denominators:
    """Current denominator observations of one indicator, indexed by region and year."""

    def __init__(self, obs: pd.DataFrame) -> None:
        self._by_region: dict[str, dict[int, dict]] = {}
        for row in obs.to_dict("records"):
            self._by_region.setdefault(row["kode_bps"], {})[int(row["year"])] = row

    def pick(self, kode_bps: str, year: int) -> dict | None:
        """The observation used for ``year`` (:func:`welfare.years.fallback_year`), if any."""
        years = self._by_region.get(kode_bps, {})
        chosen = fallback_year(year, years)
        return None if chosen is None else years[chosen]


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


def rank_rates(
    rate: pd.Series, higher_is_worse: bool, *, within: pd.Series | None = None
) -> pd.Series:
    """1 = worst; ties share the best (lowest) rank; missing rates have no rank. ``within``:
    rank separately in each group of its values (e.g. per year in a table of several years)."""
    ranked = rate if within is None else rate.groupby(within, sort=False)
    ranks = ranked.rank(ascending=not higher_is_worse, method="min", na_option="keep")
    return ranks.astype("Int64")


def unique_values(values: Iterable) -> list:
    """Distinct values in first-seen order, without missing ones (the sources and years a
    legend cites)."""
    seen: list = []
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            continue
        if v not in seen:
            seen.append(v)
    return seen


@dataclass(frozen=True)
class GroupRate:
    """The figure of a group of regions (:func:`group_rate`).

    ``value``: the sum of the raw values for counts, the population-weighted mean for percent,
    index and currency indicators (then equal to ``rate``). ``None`` when no region counted.
    ``used``: the rows that contributed (value present, and a positive denominator when the
    indicator has one).
    """

    method: str
    value: float | None
    rate: float | None
    denominator_value: float | None
    used: pd.DataFrame


def group_rate(ind: IndicatorDef, rows: pd.DataFrame) -> GroupRate:
    """Aggregate rows of :func:`add_rates` (one per region) into the group's figure.

    Ratio of sums for counts with a denominator, population-weighted mean for percent, index
    and currency indicators, plain sum otherwise (see the module docstring).
    """
    if denominator_id_for(ind) is None:
        used = rows[rows["value"].notna()]
        total = float(used["value"].sum()) if len(used) else None
        return GroupRate(METHOD_SUM, total, total, None, used)
    used = rows[rows["value"].notna() & (rows["denominator_value"] > 0)]
    den_total = float(used["denominator_value"].sum()) if len(used) else None
    if ind.rate_kind == RATE_VALUE:  # percent / index / currency: population-weighted
        rate = (
            float((used["value"] * used["denominator_value"]).sum() / den_total)
            if den_total
            else None
        )
        # The mapped number is the value itself for these kinds.
        return GroupRate(METHOD_WEIGHTED, rate, rate, den_total, used)
    value = float(used["value"].sum()) if len(used) else None
    rate = float(used["value"].sum() / den_total * ind.rate_scale) if den_total else None
    return GroupRate(METHOD_RATIO, value, rate, den_total, used)
