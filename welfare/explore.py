"""Read models of the exploration pages: one import path for the modules that hold them.

- :mod:`welfare.trends`: the year grid, gap-filled series and group aggregates (Tren);
- :mod:`welfare.pmks_mix`: the 26 PMKS categories per regency;
- :mod:`welfare.coverage_table`: programme coverage, gap and over-coverage (Cakupan program);
- :mod:`welfare.regency_profile`: every indicator of one regency and those without data
  (Profil wilayah).

All follow the rate rules of :mod:`welfare.rates`, so a number on these pages equals the same
number on the map and the home page. Many pages, view models, charts and tests import
``welfare.explore``; it re-exports the four modules so they keep working. New code may import
the module it needs directly.
"""

from __future__ import annotations

from welfare.coverage_table import (
    COVERAGE_COLUMNS,
    CoverageTable,
    coverage_table,
    programme_years,
)
from welfare.pmks_mix import PMKS_MIX_COLUMNS, pmks_mix, pmks_years
from welfare.regency_profile import (
    PROFILE_COLUMNS,
    attach_denominators,
    indicators_without_data,
    profile,
)
from welfare.trends import GROUP_TREND_COLUMNS, group_trend, with_gaps, year_grid

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
