"""The coverage table of a programme: recipients against need per regency and for the province.

:func:`coverage_table` computes coverage (recipients / need), the gap and over-coverage per
regency and the province figures of one programme in one year (:class:`CoverageTable`);
:func:`programme_years` the years with recipients. A missing figure is never a gap of zero,
and the province figures use only the regencies with both numbers.

The rules around this table (which programme a view opens on, what its map shows, the badge)
are in :mod:`welfare.coverage`. Separate from the other read models of the exploration pages
(:mod:`welfare.trends`, :mod:`welfare.pmks_mix`, :mod:`welfare.regency_profile`) because each
serves its own view. All reuse the rate rules of :mod:`welfare.rates`, so a coverage here
always equals the same coverage on the map. Pure pandas/SQLAlchemy, no streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from welfare import observations
from welfare.catalogue import POPULATION_ID, Programme, get_indicator
from welfare.loaded_denominators import denominators_in
from welfare.observations import Bind
from welfare.rates import add_rates, unique_values

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
    df = add_rates(base, ind, denominators_in(obs, programme.need_id, codes))
    has_value = df["value"].notna()
    df.loc[~has_value, ["denominator_value", "denominator_source"]] = [np.nan, None]
    df.loc[~has_value, "denominator_year"] = pd.NA
    df.loc[~has_value, "denominator_is_example"] = False

    pop = denominators_in(obs, POPULATION_ID, codes)
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


__all__ = ["COVERAGE_COLUMNS", "CoverageTable", "coverage_table", "programme_years"]
