"""Denominators picked from observations a read model has already loaded.

The trend, PMKS mix and coverage read models (:mod:`welfare.trends`, :mod:`welfare.pmks_mix`,
:mod:`welfare.coverage_table`) load the values and their denominators in one query, then
pick each region's denominator with the rules of :mod:`welfare.rates` (same year, else the
nearest earlier, else the nearest later). This one helper turns the loaded rows into those
:class:`welfare.rates.Denominators`; it lives on its own so the three read models share it
without importing each other. Pure pandas, no streamlit.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from welfare.rates import Denominators


def denominators_in(
    obs: pd.DataFrame, den_id: str | None, codes: Iterable[str]
) -> Denominators | None:
    """The rows of ``den_id`` among ``obs`` for ``codes`` as Denominators (None without one)."""
    if den_id is None:
        return None
    codes = set(codes)
    rows = obs[(obs["indicator_id"] == den_id) & obs["kode_bps"].isin(codes)]
    return Denominators(rows)


__all__ = ["denominators_in"]
