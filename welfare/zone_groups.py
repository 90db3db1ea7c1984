"""The groups of regencies compared over the years, and when a group's aggregate compares.

The Tren page, the home page and the meeting brief compare the IKN area with its buffer zone
(``zona``) against the rest of the province (``luar``); the profile compares a regency with
all ten. A group's yearly aggregate (:func:`welfare.explore.group_trend`) is only comparable
from year to year when every regency of the group has data that year: an aggregate of three
regencies is a different group of people than one of ten, so charts join only complete years
(:func:`is_complete`) and show the others on their own with "n/m".
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

BUFFER = "zona"  # the IKN area and the buffer zone
REST = "luar"  # every other regency of the province
BUFFER_ZONES = ("wilayah_ikn", "penyangga")  # zone classes (geo.ikn.zone_class) in BUFFER


def buffer_codes(zones: pd.Series) -> list[str]:
    """Codes (the index of ``zones``) whose zone class is the IKN area or the buffer zone."""
    return sorted(zones[zones.isin(BUFFER_ZONES)].index)


def zone_groups(codes: Iterable[str], buffer: Iterable[str]) -> dict[str, list[str]]:
    """``{BUFFER: buffer, REST: the other codes}``, the groups of a zone comparison."""
    inside = list(buffer)
    return {BUFFER: inside, REST: [c for c in codes if c not in set(inside)]}


def is_complete(groups: pd.DataFrame) -> np.ndarray:
    """Per row of a group trend: did every regency of the group have data that year?"""
    n_with = groups["n_with_data"].fillna(0).astype(int)
    return (n_with == groups["n_regions"]).to_numpy()
