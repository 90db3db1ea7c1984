"""The PMKS category mix: the 26 categories per regency, per 1.000 penduduk and as shares.

What the Tren page's PMKS category chart shows (:func:`pmks_mix`) and the years it offers
(:func:`pmks_years`). A category a regency did not report is absent, not zero, and a row is
example data when its value or the population it is divided by is.

Separate from the other read models of the exploration pages (:mod:`welfare.trends`,
:mod:`welfare.coverage_table`, :mod:`welfare.regency_profile`) because each serves its own
view. All reuse the rate rules of :mod:`welfare.rates` (the population of the year, else the
nearest earlier, else the nearest later), so a number here always equals the same number on
the map. Pure pandas/SQLAlchemy, no streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from welfare import observations
from welfare.catalogue import PMKS_CATEGORIES, POPULATION_ID
from welfare.loaded_denominators import denominators_in
from welfare.observations import PROVINCE_CODE, Bind


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
    dens = denominators_in(obs, POPULATION_ID, codes)
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


__all__ = ["PMKS_MIX_COLUMNS", "pmks_mix", "pmks_years"]
