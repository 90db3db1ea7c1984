"""Class breaks fixed across the years of one indicator, so a played-back map compares.

A map classed year by year re-draws its breaks every year: dark red in 2019 and dark red in
2024 can mean different values, and a time playback would show the breaks moving instead of
the regions changing. Here the breaks are computed once, with the same Fisher-Jenks rule as
one year's map (:func:`geo.choropleth.classify`), over every year's values of the indicator
pooled together; each year is then classed against those breaks. Pure Python, no streamlit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo.choropleth import MAX_CLASSES, Classification, classify


@dataclass(frozen=True)
class FixedClasses:
    """Breaks shared by every year in ``years`` (``upper_bounds`` inclusive, as in
    :class:`geo.choropleth.Classification`); empty when no year has a value."""

    minimum: float
    upper_bounds: tuple[float, ...]
    years: tuple[int, ...]

    @property
    def k(self) -> int:
        return len(self.upper_bounds)

    def classify(self, values: pd.Series | Iterable[float]) -> Classification:
        """Class one year's ``values`` against the fixed breaks; NaN stays unclassed (-1).

        A value outside the pooled range (a dataset imported after the breaks were made)
        goes to the nearest end class rather than to no class.
        """
        series = pd.Series(list(values) if not isinstance(values, pd.Series) else values)
        series = series.astype("float64")
        if not self.upper_bounds:
            return Classification(float("nan"), (), tuple(-1 for _ in series), "none")
        bounds = np.asarray(self.upper_bounds)
        classes = tuple(
            -1 if pd.isna(v) else int(min(np.searchsorted(bounds, v, side="left"), len(bounds) - 1))
            for v in series
        )
        return Classification(self.minimum, self.upper_bounds, classes, "fisher_jenks_fixed")


def fixed_classes(
    values_by_year: Mapping[int, Iterable[float]], k: int = MAX_CLASSES
) -> FixedClasses:
    """Fisher-Jenks breaks (at most ``k`` classes) over all years' values pooled.

    ``values_by_year`` maps a year to that year's mapped values (NaN for regions without
    data; years without any value are allowed and simply add nothing).
    """
    pooled = pd.Series(
        [float(v) for vals in values_by_year.values() for v in vals], dtype="float64"
    ).dropna()
    years = tuple(sorted(int(y) for y in values_by_year))
    if pooled.empty:
        return FixedClasses(float("nan"), (), years)
    overall = classify(pooled, k=k)
    return FixedClasses(overall.minimum, overall.upper_bounds, years)
