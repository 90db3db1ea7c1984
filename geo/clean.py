"""Boundary repair, coverage cleaning, coverage simplification, rounding and coverage metrics.

Regency boundaries must form a *coverage*: polygons that do not overlap and share identical
vertices along common borders. Then a choropleth has no slivers, and simplification moves a
shared border once for both neighbours instead of opening gaps.

CRS choices
-----------
``METRIC_CRS`` = EPSG:32750 (WGS 84 / UTM zone 50S) for cleaning and simplification, whose
parameters are in metres. Kaltim spans about 113.8-119.1 E, which is UTM zone 50 (114-120 E)
except Mahakam Ulu's westernmost 0.2 degree, so the scale error stays below about 0.15 %.
Because Kaltim straddles the equator, 50N and 50S are the same Transverse Mercator projection
and differ only in false northing; 50S keeps every northing positive. Indonesia's TM-3 zones
(e.g. EPSG:23845) are only 3 degrees wide and would split the province.

``EQUAL_AREA_CRS`` = a Lambert azimuthal equal-area projection centred on Kaltim for areas
(equal-area everywhere on the ellipsoid, with least shape distortion near the centre).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

__all__ = [
    "DEFAULT_GAP_WIDTH_M",
    "EQUAL_AREA_CRS",
    "METRIC_CRS",
    "CoverageStats",
    "clean_coverage",
    "measure_coverage",
    "polygonal",
    "repair",
    "round_coordinates",
    "simplify_coverage",
]

METRIC_CRS = "EPSG:32750"
EQUAL_AREA_CRS = "+proj=laea +lat_0=0.5 +lon_0=116.5 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"

# Gaps between neighbouring regencies in the cahyadsn files are digitising slivers: the widest
# (maximum inscribed circle diameter) measured 531 m for kabupaten, 794 m for kecamatan and
# 960 m between provinces. No real unassigned land lies inside a province, while the narrowest
# real regency part (a river corridor) is several km wide, so closing gaps up to 1 km is safe.
DEFAULT_GAP_WIDTH_M = 1000.0

MergeStrategy = Literal["longest_border", "max_area", "min_area", "min_index"]


def polygonal(geom: shapely.Geometry | None) -> shapely.Geometry:
    """Return only the polygonal part of a geometry (Polygon/MultiPolygon, maybe empty)."""
    if geom is None or geom.is_empty:
        return shapely.MultiPolygon()
    if isinstance(geom, shapely.Polygon | shapely.MultiPolygon):
        return geom
    parts = [
        p for p in shapely.get_parts(geom) if isinstance(p, shapely.Polygon | shapely.MultiPolygon)
    ]
    if not parts:
        return shapely.MultiPolygon()
    if len(parts) == 1:
        return parts[0]
    # Parts of a make_valid collection may touch along edges; union keeps the result valid.
    return shapely.union_all(parts)


def repair(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Make every geometry valid and keep only its polygonal parts.

    Uses ``shapely.make_valid(method='structure')``: in the cahyadsn files each ring is its own
    polygon, so a ring nested in another is a tiny islet drawn inside land already covered
    ("nested shells" in Kutai Kartanegara, Berau, Bontang). 'structure' unions such shells,
    whereas the default 'linework' method would punch them out as holes. Collapsed lines and
    points are dropped.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Polygonal features, any CRS.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with valid (Multi)Polygon geometries.
    """
    out = gdf.copy()
    fixed = shapely.make_valid(
        np.asarray(gdf.geometry.values), method="structure", keep_collapsed=False
    )
    out.geometry = gpd.GeoSeries([polygonal(g) for g in fixed], index=gdf.index, crs=gdf.crs)
    return out


def _to_metric(gdf: gpd.GeoDataFrame, metric_crs: str) -> tuple[gpd.GeoDataFrame, bool]:
    if gdf.crs is None:
        raise ValueError("GeoDataFrame tanpa CRS: tetapkan CRS sebelum membersihkan geometri.")
    if CRS.from_user_input(gdf.crs).is_projected:
        return gdf, False
    return gdf.to_crs(metric_crs), True


def _with_geometry(
    gdf: gpd.GeoDataFrame, metric: gpd.GeoDataFrame, geoms: np.ndarray, back: bool
) -> gpd.GeoDataFrame:
    out = gdf.copy()
    series = gpd.GeoSeries(geoms, index=gdf.index, crs=metric.crs)
    out.geometry = series.to_crs(gdf.crs) if back else series
    return out


def clean_coverage(
    gdf: gpd.GeoDataFrame,
    *,
    gap_width_m: float = DEFAULT_GAP_WIDTH_M,
    snapping_distance_m: float | None = None,
    merge_strategy: MergeStrategy = "longest_border",
    metric_crs: str = METRIC_CRS,
) -> gpd.GeoDataFrame:
    """Turn nearly-matching polygons into a valid coverage (no overlaps, no small gaps).

    Wraps ``shapely.coverage_clean`` (GEOS >= 3.14), run in a metric CRS so the parameters are
    in metres. Geographic input is projected to ``metric_crs`` and the result projected back.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Valid polygonal features (see :func:`repair`).
    gap_width_m : float
        Gaps narrower than this (diameter of their largest inscribed circle) are merged into
        the neighbour with the longest shared border; see ``DEFAULT_GAP_WIDTH_M``.
    snapping_distance_m : float, optional
        Vertex snapping distance; ``None`` lets GEOS pick a tiny distance from the extent
        (recommended), ``0`` disables snapping.
    merge_strategy : str
        Which polygon receives an overlap: ``'longest_border'`` (default) gives it to the
        neighbour sharing most border with it, which follows the likely true boundary.
    metric_crs : str
        Projected CRS used for geographic input.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy whose geometries satisfy ``shapely.coverage_is_valid``.
    """
    metric, back = _to_metric(gdf, metric_crs)
    cleaned = shapely.coverage_clean(
        np.asarray(metric.geometry.values),
        gap_width=gap_width_m,
        snapping_distance=-1 if snapping_distance_m is None else snapping_distance_m,
        merge_strategy=merge_strategy,
    )
    empty = [str(i) for i, g in zip(gdf.index, cleaned, strict=True) if g is None or g.is_empty]
    if empty:
        raise ValueError(f"Pembersihan coverage menghapus seluruh geometri baris {empty}.")
    return _with_geometry(gdf, metric, cleaned, back)


def simplify_coverage(
    gdf: gpd.GeoDataFrame,
    tolerance_m: float,
    *,
    simplify_boundary: bool = True,
    metric_crs: str = METRIC_CRS,
) -> gpd.GeoDataFrame:
    """Simplify a valid coverage so shared borders stay shared (``shapely.coverage_simplify``).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        A valid coverage (see :func:`clean_coverage`).
    tolerance_m : float
        Visvalingam-Whyatt tolerance in metres (about the square root of the area of the
        triangles removed); 0 returns the input unchanged.
    simplify_boundary : bool
        Also simplify the outer boundary (coastline), not only shared borders.
    metric_crs : str
        Projected CRS used for geographic input.

    Returns
    -------
    geopandas.GeoDataFrame
        A simplified copy; still a valid coverage.
    """
    if tolerance_m < 0:
        raise ValueError("Toleransi penyederhanaan tidak boleh negatif.")
    if tolerance_m == 0:
        return gdf.copy()
    metric, back = _to_metric(gdf, metric_crs)
    simplified = shapely.coverage_simplify(
        np.asarray(metric.geometry.values), tolerance_m, simplify_boundary=simplify_boundary
    )
    return _with_geometry(gdf, metric, simplified, back)


def round_coordinates(gdf: gpd.GeoDataFrame, decimals: int = 5) -> gpd.GeoDataFrame:
    """Snap coordinates to a ``10**-decimals`` grid while keeping geometries valid.

    ``shapely.set_precision`` (mode 'valid_output') is used rather than rounding numbers, since
    plain rounding can create self-intersections. The snapping is a pure function of each
    vertex, so vertices shared by neighbours stay shared. In EPSG:4326, 5 decimals is ~1.1 m.

    Raises
    ------
    ValueError
        If a geometry collapses to empty at this precision.
    """
    grid = 10.0**-decimals
    snapped = shapely.set_precision(np.asarray(gdf.geometry.values), grid)
    snapped = np.array([polygonal(g) for g in snapped], dtype=object)
    collapsed = [str(i) for i, g in zip(gdf.index, snapped, strict=True) if g.is_empty]
    if collapsed:
        raise ValueError(
            f"Geometri baris {collapsed} hilang saat dibulatkan ke {decimals} desimal."
        )
    out = gdf.copy()
    out.geometry = gpd.GeoSeries(snapped, index=gdf.index, crs=gdf.crs)
    return out


@dataclass(frozen=True, slots=True)
class CoverageStats:
    """Measured topology of a set of polygons (areas in km2, equal-area CRS)."""

    n_features: int
    n_vertices: int
    all_valid: bool
    is_valid_coverage: bool
    overlap_km2: float
    overlap_pairs: int
    gap_km2: float
    gap_count: int


def _parts(geom: shapely.Geometry) -> list[shapely.Polygon]:
    return [p for p in shapely.get_parts(geom) if isinstance(p, shapely.Polygon) and not p.is_empty]


def measure_coverage(gdf: gpd.GeoDataFrame, *, area_crs: str = EQUAL_AREA_CRS) -> CoverageStats:
    """Measure overlaps and gaps of a set of polygons.

    Overlap = summed area of pairwise intersections. Gaps = holes of the union, except holes
    of a single polygon that no other polygon enters (a deliberately excluded lake is not a
    gap; the space left around an enclave is). Openings at the outer boundary (coastline
    notches) are not holes and not counted.
    Validity of the coverage is checked on the geometries as given (their own CRS).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Polygonal features with a CRS.
    area_crs : str
        Equal-area CRS for the areas.
    """
    geoms = np.asarray(gdf.geometry.values)
    all_valid = bool(shapely.is_valid(geoms).all())
    is_cov = bool(shapely.coverage_is_valid(geoms)) if all_valid else False
    n_vertices = int(shapely.get_num_coordinates(geoms).sum())

    ea = np.asarray(gdf.geometry.to_crs(area_crs).values)
    if not all_valid:
        ea = shapely.make_valid(ea, method="structure", keep_collapsed=False)
    tree = shapely.STRtree(ea)
    left, right = tree.query(ea, predicate="intersects")
    keep = left < right
    inter = shapely.intersection(ea[left[keep]], ea[right[keep]])
    inter_area = shapely.area(inter)
    overlap_pairs = int((inter_area > 0).sum())

    union = shapely.union_all(ea)
    union_holes = [shapely.Polygon(r) for p in _parts(union) for r in p.interiors]
    gap_parts: list[shapely.Polygon] = []
    if union_holes:
        # A hole of one polygon that no other polygon enters is deliberate (e.g. a lake left
        # out), not a gap; a hole partly filled by an enclave counts with whatever is left.
        holes = [
            (i, shapely.Polygon(r))
            for i, g in enumerate(ea)
            for p in _parts(g)
            for r in p.interiors
        ]
        owner = np.array([i for i, _ in holes], dtype=int)
        own = np.array([h for _, h in holes], dtype=object)
        if len(own):
            h_idx, g_idx = tree.query(own, predicate="intersects")
            other = g_idx != owner[h_idx]  # an island of the same region is not an enclave
            h_idx, g_idx = h_idx[other], g_idx[other]
            entered = shapely.area(shapely.intersection(own[h_idx], ea[g_idx])) > 0
            deliberate = np.setdiff1d(np.arange(len(own)), h_idx[entered])
            deliberate_area = shapely.union_all(own[deliberate])
        else:
            deliberate_area = shapely.Polygon()
        # Parts of the union can sit inside its holes (islands in a lake): subtract them.
        gaps = shapely.difference(
            shapely.union_all(union_holes), shapely.union_all([union, deliberate_area])
        )
        gap_parts = [p for p in _parts(gaps) if p.area > 0]
    return CoverageStats(
        n_features=len(geoms),
        n_vertices=n_vertices,
        all_valid=all_valid,
        is_valid_coverage=is_cov,
        overlap_km2=float(inter_area.sum()) / 1e6,
        overlap_pairs=overlap_pairs,
        gap_km2=float(sum(p.area for p in gap_parts)) / 1e6,
        gap_count=len(gap_parts),
    )
