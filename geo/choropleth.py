"""Choropleth classes and colours.

Ten regencies are few: Fisher-Jenks (deterministic) with at most 5 classes, or thresholds
chosen by the office. Quantiles on ten units would only be a ranking in disguise.
Colours are ColorBrewer sequential palettes (colour-blind safe).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo.natural_breaks import fisher_jenks_breaks

MAX_CLASSES = 5
# Regions without a value: grey (the legend swatch and the printed map add a hatch).
NO_DATA_COLOR = "#bdbdbd"

# ColorBrewer sequential schemes, 3..5 classes (colorbrewer2.org, Cynthia Brewer, Apache-2.0).
_BREWER: dict[str, dict[int, list[str]]] = {
    # Higher is worse: yellow -> red.
    "YlOrRd": {
        1: ["#fd8d3c"],
        2: ["#fecc5c", "#e31a1c"],
        3: ["#ffeda0", "#feb24c", "#f03b20"],
        4: ["#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"],
        5: ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"],
    },
    # Higher is better (coverage, resources): light -> dark blue-green.
    "YlGnBu": {
        1: ["#41b6c4"],
        2: ["#a1dab4", "#225ea8"],
        3: ["#edf8b1", "#7fcdbb", "#2c7fb8"],
        4: ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
        5: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
    },
}


def palette(name: str, k: int) -> list[str]:
    """The ``k``-class ColorBrewer scheme ``name`` (1 <= k <= 5)."""
    if not 1 <= k <= MAX_CLASSES:
        raise ValueError(f"k must be between 1 and {MAX_CLASSES}, got {k}")
    return list(_BREWER[name][k])


def palette_for(higher_is_worse: bool, k: int) -> list[str]:
    return palette("YlOrRd" if higher_is_worse else "YlGnBu", k)


@dataclass(frozen=True)
class Classification:
    """Class breaks for one mapped variable.

    ``upper_bounds[i]`` is the inclusive upper bound of class ``i``; class 0 starts at
    ``minimum``. ``classes`` holds the class index per input row (-1 for missing values).
    """

    minimum: float
    upper_bounds: tuple[float, ...]
    classes: tuple[int, ...]
    method: str

    @property
    def k(self) -> int:
        return len(self.upper_bounds)

    def ranges(self) -> list[tuple[float, float]]:
        if not self.upper_bounds:  # nothing classed (no region has a value)
            return []
        lows = (self.minimum, *self.upper_bounds[:-1])
        return list(zip(lows, self.upper_bounds, strict=True))


def classify(
    values: pd.Series | list[float],
    k: int = MAX_CLASSES,
    thresholds: list[float] | None = None,
) -> Classification:
    """Classify ``values`` with Fisher-Jenks (or user thresholds); NaN stays unclassed.

    ``k`` is reduced to the number of distinct values when there are fewer. ``thresholds``
    (at most 4) are inclusive upper bounds; those outside the data's range are left out.
    """
    series = pd.Series(values, dtype="float64")
    present = series.dropna()
    if present.empty:
        return Classification(float("nan"), (), tuple(-1 for _ in series), "none")
    arr = present.to_numpy()
    if thresholds:
        if len(set(thresholds)) > MAX_CLASSES - 1:
            raise ValueError(f"at most {MAX_CLASSES - 1} thresholds ({MAX_CLASSES} classes)")
        # Thresholds outside the data would make empty classes (or inverted legend ranges).
        lo, hi = float(arr.min()), float(arr.max())
        bounds = [*sorted({float(t) for t in thresholds if lo <= t < hi}), hi]
        method = "thresholds"
    else:
        k_eff = max(1, min(k, MAX_CLASSES, len(np.unique(arr))))
        if k_eff == 1:
            bounds = [float(arr.max())]
        else:
            bounds = fisher_jenks_breaks(arr, k_eff)
        method = "fisher_jenks"
    bounds_arr = np.asarray(bounds)
    classes = []
    for v in series:
        if pd.isna(v):
            classes.append(-1)
        else:
            classes.append(int(min(np.searchsorted(bounds_arr, v, side="left"), len(bounds) - 1)))
    return Classification(float(arr.min()), tuple(bounds), tuple(classes), method)


def colours(classification: Classification, higher_is_worse: bool) -> list[str]:
    """One fill colour per input row; NO_DATA_COLOR for missing values."""
    if classification.k == 0:
        return [NO_DATA_COLOR for _ in classification.classes]
    pal = palette_for(higher_is_worse, classification.k)
    return [pal[c] if c >= 0 else NO_DATA_COLOR for c in classification.classes]


def range_label(lo_text: str, hi_text: str) -> str:
    """A class's range as a legend writes it: "2,23 – 5,08", or one value when both ends read
    the same ("2,23", never "2,23 – 2,23": a class holding a single value)."""
    return lo_text if lo_text == hi_text else f"{lo_text} – {hi_text}"
