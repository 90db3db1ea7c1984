"""Cleaned administrative boundaries of Kalimantan Timur, joined with the region table by code.

Pipeline per layer: fetch (sha256-verified) -> parse cahyadsn SQL -> project to UTM 50S ->
repair -> clean coverage -> simplify coverage -> label point -> EPSG:4326 -> round to 5
decimals -> verify the coverage. The geometry result is cached on disk (GeoParquet, keyed by
source sha256, tolerance, pipeline version and GEOS version) and in process. The join with
``data/regions.csv`` is done on every call, always on the Kemendagri code, never on names.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.cahyadsn import parse_cahyadsn
from geo.clean import (
    DEFAULT_GAP_WIDTH_M,
    EQUAL_AREA_CRS,
    METRIC_CRS,
    clean_coverage,
    repair,
    round_coordinates,
    simplify_coverage,
)
from geo.sources import REPO_ROOT, cache_dir, fetch, load_registry

__all__ = [
    "PIPELINE_VERSION",
    "REGIONS_PATH",
    "RegionJoinError",
    "area_km2",
    "clear_caches",
    "kecamatan_table",
    "load_kecamatan",
    "load_province_context",
    "load_regencies",
    "region_table",
]

log = logging.getLogger(__name__)

REGIONS_PATH = REPO_ROOT / "data" / "regions.csv"
KECAMATAN_PATH = REPO_ROOT / "data" / "kecamatan.csv"
# Bump when the geometry pipeline changes so stale disk caches are not reused.
PIPELINE_VERSION = 1
# Precision of the label point search (maximum inscribed circle), metres.
_LABEL_TOLERANCE_M = 50.0
_COORD_DECIMALS = 5
_REGION_DTYPES = {
    "kode_bps": "str",
    "kode_kemendagri": "str",
    "nama": "str",
    "jenis": "str",
    "ibukota": "str",
}


class RegionJoinError(ValueError):
    """Boundary codes and the region table do not match one to one."""


@lru_cache(maxsize=1)
def _region_table_cached() -> pd.DataFrame:
    df = pd.read_csv(REGIONS_PATH, dtype=_REGION_DTYPES, keep_default_na=False)
    df["luas_km2"] = pd.to_numeric(df["luas_km2"], errors="raise").astype(float)
    for col in ("kode_bps", "kode_kemendagri"):
        dup = df[col][df[col].duplicated()].tolist()
        if dup:
            raise RegionJoinError(f"data/regions.csv: kode ganda di kolom {col}: {dup}.")
    return df


def region_table() -> pd.DataFrame:
    """Return ``data/regions.csv`` with codes as strings (``'6403'``, ``'64.02'``).

    Columns: kode_bps, kode_kemendagri, nama, jenis ('kabupaten', 'kota', 'provinsi'),
    ibukota, luas_km2 (official area). Includes the province row ``'64'``.
    """
    return _region_table_cached().copy()


def area_km2(gdf: gpd.GeoDataFrame) -> pd.Series:
    """Area of each geometry in km2, measured in an equal-area CRS centred on Kaltim."""
    return (gdf.geometry.to_crs(EQUAL_AREA_CRS).area / 1e6).rename("area_km2")


def _label_points(metric: gpd.GeoSeries) -> gpd.GeoSeries:
    """Centre of the largest inscribed circle of each feature's largest part.

    Unlike a centroid it is always inside the polygon and as far from its border as possible,
    so a map label sits well inside the region (also for U-shaped regencies and islands).
    """
    points = []
    for geom in metric.values:
        parts = shapely.get_parts(geom)
        largest = parts[int(np.argmax(shapely.area(parts)))]
        circle = shapely.maximum_inscribed_circle(largest, _LABEL_TOLERANCE_M)
        points.append(shapely.get_point(circle, 0))
    return gpd.GeoSeries(points, index=metric.index, crs=metric.crs)


def _build_layer(name: str, tolerance_m: float) -> gpd.GeoDataFrame:
    """Run the full cleaning pipeline for a cahyadsn registry source."""
    raw = parse_cahyadsn(fetch(name))
    metric = raw.to_crs(METRIC_CRS)
    metric = repair(metric)
    metric = clean_coverage(metric, gap_width_m=DEFAULT_GAP_WIDTH_M)
    metric = simplify_coverage(metric, tolerance_m)
    labels = _label_points(metric.geometry).to_crs("EPSG:4326")
    out = gpd.GeoDataFrame(
        {
            "kode": raw["kode"].to_numpy(),
            "nama_sumber": raw["nama"].to_numpy(),
            "label_lat": np.round(labels.y.to_numpy(), _COORD_DECIMALS),
            "label_lng": np.round(labels.x.to_numpy(), _COORD_DECIMALS),
        },
        geometry=metric.geometry.to_crs("EPSG:4326").to_numpy(),
        crs="EPSG:4326",
    )
    out = round_coordinates(out, _COORD_DECIMALS)
    geoms = np.asarray(out.geometry.values)
    if not shapely.is_valid(geoms).all() or not shapely.coverage_is_valid(geoms):
        raise RuntimeError(
            f"Geometri '{name}' bukan coverage yang valid setelah dibersihkan dan dibulatkan."
        )
    return out


def _derived_path(name: str, tolerance_m: float) -> Path:
    sha = load_registry()[name].sha256[:16]
    geos = ".".join(str(v) for v in shapely.geos_version)
    key = f"{name}-{sha}-tol{tolerance_m:g}-v{PIPELINE_VERSION}-geos{geos}"
    return cache_dir() / "derived" / f"{key}.parquet"


def _write_atomic(gdf: gpd.GeoDataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    try:
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the cache is shared with the app user
        gdf.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


@lru_cache(maxsize=16)
def _layer(name: str, tolerance_m: float) -> gpd.GeoDataFrame:
    """Cleaned layer from the disk cache, or built and stored there."""
    path = _derived_path(name, tolerance_m)
    if path.is_file():
        try:
            gdf = gpd.read_parquet(path)
            log.debug("loaded %s from %s", name, path)
            return gdf
        except Exception as exc:  # a broken cache file is rebuilt, never fatal
            log.warning("ignoring unreadable derived cache %s: %s", path, exc)
            path.unlink(missing_ok=True)
    start = time.perf_counter()
    gdf = _build_layer(name, tolerance_m)
    log.info("built %s (tolerance %g m) in %.2f s", name, tolerance_m, time.perf_counter() - start)
    try:
        _write_atomic(gdf, path)
    except (OSError, ImportError) as exc:  # read-only cache or no pyarrow: still usable
        log.warning("could not write derived cache %s: %s", path, exc)
    return gdf


def _check_tolerance(tolerance_m: float) -> float:
    tol = float(tolerance_m)
    if not np.isfinite(tol) or tol < 0:
        raise ValueError(f"tolerance_m harus angka >= 0, bukan {tolerance_m!r}.")
    return tol


def _regencies(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["jenis"].isin(("kabupaten", "kota"))]


def load_regencies(tolerance_m: float = 250.0) -> gpd.GeoDataFrame:
    """The 10 kabupaten/kota of Kalimantan Timur as a clean, simplified coverage.

    Parameters
    ----------
    tolerance_m : float
        Coverage simplification tolerance in metres (0 = no simplification).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns kode_bps, kode_kemendagri, nama, jenis, ibukota, luas_km2 (official, from
        ``data/regions.csv``), label_lat, label_lng (a point well inside the polygon) and
        geometry; EPSG:4326, sorted by kode_bps. Joined on the Kemendagri code.

    Raises
    ------
    RegionJoinError
        If a boundary code has no row in the region table or vice versa.
    """
    layer = _layer("kabupaten_kota", _check_tolerance(tolerance_m))
    table = _regencies(region_table())
    geo_codes = set(layer["kode"])
    table_codes = set(table["kode_kemendagri"])
    if geo_codes != table_codes:
        raise RegionJoinError(
            "Kode Kemendagri batas wilayah tidak cocok dengan data/regions.csv: "
            f"tanpa baris tabel {sorted(geo_codes - table_codes)}, "
            f"tanpa batas wilayah {sorted(table_codes - geo_codes)}."
        )
    merged = table.merge(
        pd.DataFrame(layer.drop(columns="geometry")).assign(geometry=layer.geometry.values),
        left_on="kode_kemendagri",
        right_on="kode",
        how="inner",
        validate="one_to_one",
    )
    columns = [
        "kode_bps",
        "kode_kemendagri",
        "nama",
        "jenis",
        "ibukota",
        "luas_km2",
        "label_lat",
        "label_lng",
        "geometry",
    ]
    out = gpd.GeoDataFrame(merged[columns], geometry="geometry", crs="EPSG:4326")
    return out.sort_values("kode_bps").reset_index(drop=True)


def kecamatan_table() -> pd.DataFrame:
    """Return ``data/kecamatan.csv``: the 105 kecamatan with their parent regency.

    Columns: kode_kemendagri ('64.02.13'), nama ('Samboja'), kode_kemendagri_kab ('64.02'),
    kode_bps_kab ('6403'). Built by ``tools/build_kecamatan_table.py`` from the MIT-licensed
    code list of cahyadsn/wilayah (Kepmendagri 300.2.2-2138/2025), not from the boundaries.
    """
    return _kecamatan_table_cached().copy()


@lru_cache(maxsize=1)
def _kecamatan_table_cached() -> pd.DataFrame:
    df = pd.read_csv(KECAMATAN_PATH, dtype=str, keep_default_na=False)
    dup = df["kode_kemendagri"][df["kode_kemendagri"].duplicated()].tolist()
    if dup:
        raise RegionJoinError(f"data/kecamatan.csv: kode ganda {dup}.")
    return df


def load_kecamatan(tolerance_m: float = 250.0) -> gpd.GeoDataFrame:
    """The 105 kecamatan (districts) of Kalimantan Timur as a clean, simplified coverage.

    Same pipeline as :func:`load_regencies` (cleaned and simplified as one coverage, so shared
    borders stay shared), joined on the Kemendagri code with ``data/kecamatan.csv``, which
    gives the name and the parent regency (its BPS code from the crosswalk
    ``data/regions.csv``). Names in the boundary file are not used.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns kode_kemendagri ('64.02.01'), nama, kode_kemendagri_kab ('64.02'),
        kode_bps_kab ('6403'), nama_kab, label_lat, label_lng, geometry; EPSG:4326, sorted by
        kode_kemendagri.

    Raises
    ------
    RegionJoinError
        If boundary codes and ``data/kecamatan.csv`` do not match one to one, or a parent
        code disagrees with the regency table.
    """
    layer = _layer("kecamatan", _check_tolerance(tolerance_m))
    table = kecamatan_table().set_index("kode_kemendagri")
    regencies = _regencies(region_table()).set_index("kode_kemendagri")
    geo_codes, table_codes = set(layer["kode"]), set(table.index)
    if geo_codes != table_codes:
        raise RegionJoinError(
            "Kode Kemendagri batas kecamatan tidak cocok dengan data/kecamatan.csv: "
            f"tanpa baris tabel {sorted(geo_codes - table_codes)}, "
            f"tanpa batas wilayah {sorted(table_codes - geo_codes)}."
        )
    rows = table.loc[layer["kode"]]
    parent = rows["kode_kemendagri_kab"]
    unknown = sorted(set(parent) - set(regencies.index))
    if unknown:
        raise RegionJoinError(
            f"Kode kabupaten/kota induk kecamatan tidak ada di data/regions.csv: {unknown}."
        )
    # The parent's BPS code in the table must be the crosswalk's (Kemendagri -> BPS).
    wrong = rows.index[regencies.loc[parent, "kode_bps"].to_numpy() != rows["kode_bps_kab"]]
    if len(wrong):
        raise RegionJoinError(
            f"data/kecamatan.csv: kode BPS induk tidak sesuai data/regions.csv untuk {list(wrong)}."
        )
    out = gpd.GeoDataFrame(
        {
            "kode_kemendagri": layer["kode"].to_numpy(),
            "nama": rows["nama"].to_numpy(),
            "kode_kemendagri_kab": parent.to_numpy(),
            "kode_bps_kab": rows["kode_bps_kab"].to_numpy(),
            "nama_kab": regencies.loc[parent, "nama"].to_numpy(),
            "label_lat": layer["label_lat"].to_numpy(),
            "label_lng": layer["label_lng"].to_numpy(),
        },
        geometry=layer.geometry.to_numpy(),
        crs="EPSG:4326",
    )
    return out.sort_values("kode_kemendagri").reset_index(drop=True)


def load_province_context(tolerance_m: float = 1000.0) -> gpd.GeoDataFrame:
    """Outlines of provinces 62, 63, 64, 65 and 71 for a grey context backdrop.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns kode ('64'), nama, label_lat, label_lng, geometry; EPSG:4326, sorted by kode.
    """
    layer = _layer("provinsi_kalimantan", _check_tolerance(tolerance_m))
    out = layer.rename(columns={"nama_sumber": "nama"})
    return out.sort_values("kode").reset_index(drop=True)


def clear_caches() -> None:
    """Forget in-process caches (the disk cache stays; it is keyed by content)."""
    _layer.cache_clear()
    _region_table_cached.cache_clear()
    _kecamatan_table_cached.cache_clear()
