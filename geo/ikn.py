"""IKN (Ibu Kota Nusantara) reference geometry: Titik Nol, IKN/KIPP areas, rings and zones.

The IKN and KIPP polygons are unofficial digitisations (registry 'ikn' and 'kipp'); every
feature carries a ``label`` saying so. Distances are geodesic: rings are built with
``pyproj.Geod``, and polygon distances are measured in an azimuthal equidistant projection
centred on Titik Nol, where distances from the centre are exact and others (within ~150 km)
are off by less than 0.01 %.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from geo.clean import EQUAL_AREA_CRS, repair, round_coordinates, simplify_coverage
from geo.sources import REPO_ROOT, fetch

__all__ = [
    "IKN_LUAS_UU_3_2022_HA",
    "IKN_LUAS_UU_21_2023_HA",
    "KIPP_LUAS_2022_HA",
    "SETTINGS_PATH",
    "TITIK_NOL",
    "TITIK_NOL_AEQD_CRS",
    "ZONE_LABELS",
    "LatLon",
    "ZoneThresholds",
    "centroid_distance_to_titik_nol",
    "distance_rings",
    "distance_to_ikn",
    "distance_to_titik_nol",
    "ikn_area",
    "ikn_overlap_km2",
    "kipp_area",
    "load_zone_thresholds",
    "zone_class",
]


class LatLon(NamedTuple):
    """A WGS 84 position (latitude, longitude) in decimal degrees."""

    lat: float
    lon: float


# Titik Nol Nusantara, 0.97302475 S 116.70883677 E: stated by BIG's director of geospatial
# reference systems, quoted by hariankaltim.id on 3 May 2025. It lies in Penajam Paser Utara.
TITIK_NOL = LatLon(lat=-0.97302475, lon=116.70883677)

# IKN land area 256,142 ha as defined in UU 3/2022 (Ibu Kota Negara).
IKN_LUAS_UU_3_2022_HA = 256_142
# IKN land area 252,660 ha after the amendment UU 21/2023.
IKN_LUAS_UU_21_2023_HA = 252_660
# Kawasan Inti Pusat Pemerintahan (KIPP) 6,671 ha, as announced in February 2022. The 'kipp'
# registry file is an earlier 2019/2020 concept of ~5,644 ha, not this area.
KIPP_LUAS_2022_HA = 6_671

IKN_LABEL = "Wilayah IKN (tidak resmi, digitasi UU 3/2022)"
KIPP_LABEL = "KIPP konsep awal 2019/2020 (tidak resmi)"

ZONE_LABELS: dict[str, str] = {
    "wilayah_ikn": "Wilayah IKN",
    "penyangga": "Penyangga IKN",
    "luar": "Luar penyangga",
}

TITIK_NOL_AEQD_CRS = (
    f"+proj=aeqd +lat_0={TITIK_NOL.lat} +lon_0={TITIK_NOL.lon} +x_0=0 +y_0=0 "
    "+datum=WGS84 +units=m +no_defs"
)
SETTINGS_PATH = REPO_ROOT / "data" / "settings.toml"

_GEOD = Geod(ellps="WGS84")
_DECIMALS = 5


@dataclass(frozen=True, slots=True)
class ZoneThresholds:
    """Thresholds for :func:`zone_class` (section ``[zona]`` of the settings file)."""

    buffer_km: float
    min_ikn_overlap_km2: float

    def __post_init__(self) -> None:
        for field in ("buffer_km", "min_ikn_overlap_km2"):
            value = getattr(self, field)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not (np.isfinite(value) and value >= 0)
            ):
                raise ValueError(f"Pengaturan [zona] {field} harus angka >= 0, bukan {value!r}.")


def load_zone_thresholds(path: Path | str | None = None) -> ZoneThresholds:
    """Read ``[zona]`` from ``path``, else ``$SERAMBI_SETTINGS``, else ``data/settings.toml``.

    Raises
    ------
    ValueError
        Missing file, section or key, or a value that is not a number >= 0.
    """
    if path is None:
        env = os.environ.get("SERAMBI_SETTINGS", "").strip()
        path = Path(env).expanduser() if env else SETTINGS_PATH
    path = Path(path)
    try:
        with path.open("rb") as fh:
            settings = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ValueError(f"Berkas pengaturan {path} tidak ditemukan.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"Berkas pengaturan {path} bukan TOML yang sah: {exc}") from exc
    zona = settings.get("zona")
    if not isinstance(zona, dict):
        raise ValueError(f"Berkas pengaturan {path} tidak memiliki bagian [zona].")
    missing = [k for k in ("buffer_km", "min_ikn_overlap_km2") if k not in zona]
    if missing:
        raise ValueError(f"Bagian [zona] di {path} tidak memiliki {missing}.")
    return ZoneThresholds(
        buffer_km=zona["buffer_km"], min_ikn_overlap_km2=zona["min_ikn_overlap_km2"]
    )


@lru_cache(maxsize=8)
def _reference_area(name: str, label: str, tolerance_m: float | None) -> gpd.GeoDataFrame:
    raw = gpd.read_file(fetch(name))
    if raw.crs is None:
        raw = raw.set_crs("EPSG:4326")  # RFC 7946 GeoJSON is always WGS 84
    gdf = repair(raw.to_crs("EPSG:4326"))
    # One feature of interest: merge parts so callers get a single row.
    geom = shapely.union_all(np.asarray(gdf.geometry.values))
    out = gpd.GeoDataFrame({"label": [label]}, geometry=[geom], crs="EPSG:4326")
    if tolerance_m:
        out = simplify_coverage(out, tolerance_m)
    out = round_coordinates(out, _DECIMALS)
    out["luas_ha"] = (out.geometry.to_crs(EQUAL_AREA_CRS).area / 1e4).round(1)
    return out[["label", "luas_ha", "geometry"]]


def ikn_area(tolerance_m: float | None = None) -> gpd.GeoDataFrame:
    """The IKN land area (unofficial digitisation of UU 3/2022), one row.

    Parameters
    ----------
    tolerance_m : float, optional
        Simplify for display (metres); ``None`` keeps every vertex (use for overlays).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns label, luas_ha (measured, equal-area), geometry; EPSG:4326, 5 decimals.

    Notes
    -----
    ``luas_ha`` is about 254,366 ha. The file's own ``luas`` attribute (256,142.7 ha, the
    UU 3/2022 figure) is the polygon's planar area in Web Mercator (EPSG:3857), which
    overstates areas near the equator by ~0.7 %; quote the law's figure, not a measurement.
    """
    return _reference_area("ikn", IKN_LABEL, tolerance_m).copy()


def kipp_area(tolerance_m: float | None = None) -> gpd.GeoDataFrame:
    """The early (2019/2020) KIPP concept polygon (unofficial), one row; see :func:`ikn_area`."""
    return _reference_area("kipp", KIPP_LABEL, tolerance_m).copy()


# Where each ring's label sits (azimuth in degrees, clockwise from north): east of Titik Nol,
# over Balikpapan Bay and the Makassar Strait, away from the labels of Balikpapan (south-east,
# on a leader line), Penajam Paser Utara (south-west) and Titik Nol itself (north-west). The
# 50 km label is lifted to the north-east so it does not run into the 25 km one.
RING_LABEL_AZIMUTHS: dict[float, float] = {25.0: 90.0, 50.0: 40.0, 100.0: 90.0}


def ring_label_point(radius_km: float, azimuth_deg: float | None = None) -> tuple[float, float]:
    """(lat, lon) on the ring of ``radius_km`` at ``azimuth_deg`` (default: the label's place)."""
    az = RING_LABEL_AZIMUTHS.get(float(radius_km), 90.0) if azimuth_deg is None else azimuth_deg
    lon, lat, _ = _GEOD.fwd(TITIK_NOL.lon, TITIK_NOL.lat, az, float(radius_km) * 1000.0)
    return float(lat), float(lon)


def distance_rings(
    radii_km: tuple[float, ...] = (25, 50, 100), *, n_points: int = 256
) -> gpd.GeoDataFrame:
    """Geodesic circles around Titik Nol.

    Each circle's vertices are exactly ``radius_km`` from Titik Nol on the WGS 84 ellipsoid
    (``pyproj.Geod.fwd``); they are filled discs, so draw them without fill or in descending
    order.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns radius_km, label ('25 km dari Titik Nol'), geometry; EPSG:4326, ascending.
    """
    if n_points < 8:
        raise ValueError("n_points minimal 8.")
    radii = sorted(float(r) for r in radii_km)
    if any(not np.isfinite(r) or r <= 0 for r in radii):
        raise ValueError(f"Jari-jari harus angka > 0 km, bukan {radii_km!r}.")
    azimuths = np.linspace(0.0, 360.0, n_points, endpoint=False)
    lon0 = np.full(n_points, TITIK_NOL.lon)
    lat0 = np.full(n_points, TITIK_NOL.lat)
    geoms = []
    for r in radii:
        lons, lats, _ = _GEOD.fwd(lon0, lat0, azimuths, np.full(n_points, r * 1000.0))
        # Clockwise azimuths give a clockwise ring; orient to GeoJSON's counter-clockwise shell.
        geoms.append(shapely.orient_polygons(shapely.Polygon(np.column_stack([lons, lats]))))
    return gpd.GeoDataFrame(
        {
            "radius_km": radii,
            "label": [f"{r:g} km dari Titik Nol" for r in radii],
        },
        geometry=geoms,
        crs="EPSG:4326",
    )


def _aeqd(gdf: gpd.GeoDataFrame) -> gpd.GeoSeries:
    return gdf.geometry.to_crs(TITIK_NOL_AEQD_CRS)


def distance_to_titik_nol(gdf: gpd.GeoDataFrame) -> pd.Series:
    """Minimum geodesic distance (km) from Titik Nol to each geometry; 0 if it contains it."""
    dist = _aeqd(gdf).distance(shapely.Point(0.0, 0.0)) / 1000.0
    return dist.rename("jarak_titik_nol_km")


def centroid_distance_to_titik_nol(gdf: gpd.GeoDataFrame) -> pd.Series:
    """Geodesic distance (km) from Titik Nol to each geometry's centroid.

    The centroid is taken in the azimuthal equidistant projection (not in degrees), and in that
    projection the distance from the centre is the true geodesic distance.
    """
    dist = _aeqd(gdf).centroid.distance(shapely.Point(0.0, 0.0)) / 1000.0
    return dist.rename("jarak_pusat_titik_nol_km")


def distance_to_ikn(gdf: gpd.GeoDataFrame, ikn: gpd.GeoDataFrame | None = None) -> pd.Series:
    """Minimum distance (km) from each geometry to the IKN area; 0 if they touch or overlap."""
    area = ikn if ikn is not None else ikn_area()
    target = shapely.union_all(np.asarray(_aeqd(area).values))
    return (_aeqd(gdf).distance(target) / 1000.0).rename("jarak_ikn_km")


def ikn_overlap_km2(gdf: gpd.GeoDataFrame, ikn: gpd.GeoDataFrame | None = None) -> pd.Series:
    """Area (km2, equal-area CRS) of each geometry that lies inside the IKN area."""
    area = ikn if ikn is not None else ikn_area()
    target = shapely.union_all(np.asarray(area.geometry.to_crs(EQUAL_AREA_CRS).values))
    return (gdf.geometry.to_crs(EQUAL_AREA_CRS).intersection(target).area / 1e6).rename(
        "irisan_ikn_km2"
    )


def zone_class(
    gdf: gpd.GeoDataFrame,
    thresholds: ZoneThresholds | None = None,
    *,
    ikn: gpd.GeoDataFrame | None = None,
) -> pd.Series:
    """Classify each region by its relation to IKN, from geometry only.

    'wilayah_ikn' if it overlaps the IKN area by more than ``min_ikn_overlap_km2``; else
    'penyangga' if its nearest border is within ``buffer_km`` of the IKN area; else 'luar'.
    Display names are in :data:`ZONE_LABELS`.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Regions (any CRS).
    thresholds : ZoneThresholds, optional
        Defaults to :func:`load_zone_thresholds`.
    ikn : geopandas.GeoDataFrame, optional
        The IKN area; defaults to :func:`ikn_area`.

    Returns
    -------
    pandas.Series
        Zone codes named 'zona', aligned with ``gdf.index``.
    """
    th = thresholds if thresholds is not None else load_zone_thresholds()
    area = ikn if ikn is not None else ikn_area()
    overlap = ikn_overlap_km2(gdf, area)
    distance = distance_to_ikn(gdf, area)
    zone = np.where(
        overlap > th.min_ikn_overlap_km2,
        "wilayah_ikn",
        np.where(distance <= th.buffer_km, "penyangga", "luar"),
    )
    return pd.Series(zone, index=gdf.index, name="zona", dtype="str")
