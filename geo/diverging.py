"""Diverging classes and colours for a map of change, symmetric around zero.

A change map (e.g. poverty 2024 minus 2019) has a meaningful midpoint: no change. The classes
are mirror images on both sides of zero, so a fall and a rise of the same size get the same
depth of colour, and the colours are a ColorBrewer diverging scheme (colour-blind safe) with
the *worse* direction warm: a rise is red where a higher value is worse (poverty), a fall is
red where a higher value is better (programme coverage).

Classes (ordered from the largest fall to the largest rise), at most five:

* a neutral middle class for changes that round to zero at the shown precision
  (``|change| <= zero_band``): "tidak berubah";
* on each side one or two classes, split where Fisher-Jenks splits the *absolute* changes,
  so both sides share the same breaks.

Pure Python, no streamlit.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from geo.choropleth import Classification
from geo.natural_breaks import fisher_jenks_breaks

# ColorBrewer RdBu (colorbrewer2.org, Cynthia Brewer, Apache-2.0), red -> neutral -> blue.
_RDBU: dict[int, list[str]] = {
    1: ["#f7f7f7"],
    3: ["#ef8a62", "#f7f7f7", "#67a9cf"],
    5: ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"],
}
NEUTRAL_COLOR = "#f7f7f7"
MAX_PER_SIDE = 2


def diverging_palette(k: int, higher_is_worse: bool) -> list[str]:
    """``k`` colours (1, 3 or 5) from the largest fall to the largest rise, worse side warm."""
    if k not in _RDBU:
        raise ValueError(f"a diverging scheme has 1, 3 or 5 classes, got {k}")
    pal = list(_RDBU[k])
    # RdBu runs red (low) -> blue (high): a rise is warm only when higher is worse.
    return pal[::-1] if higher_is_worse else pal


def diverging_classes(
    changes: pd.Series | Iterable[float], *, zero_band: float = 0.0
) -> Classification:
    """Symmetric classes around zero for ``changes`` (NaN stays unclassed, -1).

    ``upper_bounds`` (inclusive, as in :class:`geo.choropleth.Classification`) mirror each
    other: with two classes per side they are ``(-t, -z, z, t, m)`` and ``minimum`` is ``-m``,
    where ``m`` is the largest absolute change, ``z`` the zero band and ``t`` the Fisher-Jenks
    split of the absolute changes beyond the zero band.
    """
    series = pd.Series(
        list(changes) if not isinstance(changes, pd.Series) else changes, dtype="float64"
    )
    band = abs(float(zero_band))
    present = series.dropna()
    if present.empty:
        return Classification(float("nan"), (), tuple(-1 for _ in series), "none")
    magnitudes = present.abs().to_numpy()
    top = float(magnitudes.max())
    beyond = np.unique(magnitudes[magnitudes > band])
    if top <= band or beyond.size == 0:  # nothing changed at the shown precision
        return Classification(
            -band, (band,), tuple(-1 if pd.isna(v) else 0 for v in series), "diverging"
        )
    per_side = min(MAX_PER_SIDE, int(beyond.size))
    if per_side == 1:
        side_bounds = [top]
    else:
        side_bounds = [
            float(b) for b in fisher_jenks_breaks(magnitudes[magnitudes > band], per_side)
        ]
    # Mirror the breaks: [-m, -t], (-t, -z), [-z, z], (z, t], (t, m].
    inner = side_bounds[:-1]
    upper = (*(-b for b in reversed(inner)), -band, band, *inner, top)
    neutral = per_side

    def class_of(v: float) -> int:
        if pd.isna(v):
            return -1
        if abs(v) <= band:
            return neutral
        level = int(np.searchsorted(np.asarray(side_bounds), abs(v), side="left"))
        level = min(level, per_side - 1)
        return neutral + 1 + level if v > 0 else neutral - 1 - level

    return Classification(-top, upper, tuple(class_of(v) for v in series), "diverging")


def diverging_colours(classification: Classification, higher_is_worse: bool) -> list[str]:
    """One fill colour per classed value (``None`` for unclassed ones)."""
    if classification.k == 0:
        return [None for _ in classification.classes]  # type: ignore[misc]
    pal = diverging_palette(classification.k, higher_is_worse)
    return [pal[c] if c >= 0 else None for c in classification.classes]  # type: ignore[misc]
