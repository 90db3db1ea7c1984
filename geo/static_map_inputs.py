"""What the static map picture is drawn from besides the thematic layer: the geometry
(:class:`MapGeometry`, loaded and cached by :func:`load_geometry`) and the words
(:class:`MapText`).

Separate from the drawing (:mod:`geo.static_map` and its overlay and legend modules) so the
callers that only prepare a picture (the brief, the download button) and the drawing modules
share these two inputs without importing each other. Import them from :mod:`geo.static_map`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import geopandas as gpd


@dataclass(frozen=True)
class MapGeometry:
    """Everything the picture draws besides the data: regencies, context and IKN overlays."""

    regencies: gpd.GeoDataFrame  # kode_bps, nama, jenis, label_lat, label_lng, geometry
    context: gpd.GeoDataFrame | None = None
    ikn: gpd.GeoDataFrame | None = None
    kipp: gpd.GeoDataFrame | None = None
    rings: gpd.GeoDataFrame | None = None  # radius_km, geometry
    titik_nol: tuple[float, float] | None = None  # (lat, lon)


@lru_cache(maxsize=2)
def _load_geometry(tolerance_m: float) -> MapGeometry:
    from geo import ikn, regions

    return MapGeometry(
        regencies=regions.load_regencies(tolerance_m),
        context=regions.load_province_context(),
        ikn=ikn.ikn_area(tolerance_m=50),
        kipp=ikn.kipp_area(tolerance_m=20),
        rings=ikn.distance_rings(),
        titik_nol=(ikn.TITIK_NOL.lat, ikn.TITIK_NOL.lon),
    )


def load_geometry(regencies: gpd.GeoDataFrame | None = None) -> MapGeometry:
    """The geometry the live map draws (same cleaning and simplification), cached.

    Pass ``regencies`` (e.g. the app's cached bundle) to draw exactly those polygons.
    """
    base = _load_geometry(250.0)
    if regencies is None:
        return base
    return MapGeometry(regencies, base.context, base.ikn, base.kipp, base.rings, base.titik_nol)


@dataclass(frozen=True)
class MapText:
    """Words on the picture, already in the reader's language."""

    title: str
    subtitle: str = ""  # e.g. "per 1.000 penduduk · 2024"
    notes: Sequence[str] = field(default_factory=tuple)  # lines added under the legend's notes
    example_badge: str | None = None  # "DATA CONTOH" when example data is shown
    example_note: str | None = None  # one line under the badge
    footer: str = ""  # geodata attribution, date made
    ikn: str = "Wilayah IKN (tidak resmi)"
    kipp: str = "KIPP (tidak resmi)"
    rings: str = "Cincin jarak 25/50/100 km"
    titik_nol: str = "Titik Nol Nusantara"
    north: str = "U"
