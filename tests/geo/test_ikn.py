"""Titik Nol, IKN/KIPP areas, distance rings, distances and zone classes."""

from __future__ import annotations

import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod

from geo import ikn as ikn_mod
from geo.ikn import (
    TITIK_NOL,
    ZONE_LABELS,
    ZoneThresholds,
    centroid_distance_to_titik_nol,
    distance_rings,
    distance_to_ikn,
    distance_to_titik_nol,
    ikn_overlap_km2,
    kipp_area,
    load_zone_thresholds,
    zone_class,
)

GEOD = Geod(ellps="WGS84")
TITIK_NOL_POINT = shapely.Point(TITIK_NOL.lon, TITIK_NOL.lat)

EXPECTED_ZONES = {
    "6401": "penyangga",  # Paser, 8.7 km from the IKN area
    "6402": "penyangga",  # Kutai Barat, 6.7 km
    "6403": "wilayah_ikn",  # Kutai Kartanegara
    "6404": "luar",  # Kutai Timur, 80.6 km
    "6405": "luar",  # Berau
    "6409": "wilayah_ikn",  # Penajam Paser Utara
    "6411": "luar",  # Mahakam Ulu
    "6471": "penyangga",  # Balikpapan: touches IKN, 1.5 km2 sliver only
    "6472": "penyangga",  # Samarinda
    "6474": "luar",  # Bontang, 84.6 km
}


def test_constants() -> None:
    assert TITIK_NOL == (-0.97302475, 116.70883677)
    assert ikn_mod.IKN_LUAS_UU_3_2022_HA == 256_142
    assert ikn_mod.IKN_LUAS_UU_21_2023_HA == 252_660
    assert ikn_mod.KIPP_LUAS_2022_HA == 6_671
    assert ZONE_LABELS == {
        "wilayah_ikn": "Wilayah IKN",
        "penyangga": "Penyangga IKN",
        "luar": "Luar penyangga",
    }


def test_titik_nol_lies_in_penajam_paser_utara(regencies: gpd.GeoDataFrame) -> None:
    hits = regencies.loc[regencies.contains(TITIK_NOL_POINT), "kode_bps"].tolist()
    assert hits == ["6409"]
    dist = distance_to_titik_nol(regencies)
    assert dist[regencies["kode_bps"] == "6409"].item() == 0
    assert (dist[regencies["kode_bps"] != "6409"] > 0).all()


def test_ikn_and_kipp_areas(ikn: gpd.GeoDataFrame) -> None:
    assert len(ikn) == 1 and ikn.crs.to_epsg() == 4326 and ikn.is_valid.all()
    assert "tidak resmi" in ikn["label"].item() and "UU 3/2022" in ikn["label"].item()
    # On the ellipsoid the polygon is 0.7 % below the law's figure, which equals its planar
    # Web Mercator (EPSG:3857) area.
    assert ikn["luas_ha"].item() == pytest.approx(ikn_mod.IKN_LUAS_UU_3_2022_HA, rel=0.01)
    kipp = kipp_area()
    assert "tidak resmi" in kipp["label"].item() and "2019/2020" in kipp["label"].item()
    assert kipp["luas_ha"].item() == pytest.approx(5_644, rel=0.01)
    assert ikn.geometry.item().contains(kipp.geometry.item().representative_point())
    coords = shapely.get_coordinates(ikn.geometry.values)
    assert abs(coords - coords.round(5)).max() < 1e-9


def test_ikn_overlaps_kukar_and_ppu(regencies: gpd.GeoDataFrame, ikn: gpd.GeoDataFrame) -> None:
    overlap_ha = ikn_overlap_km2(regencies, ikn).set_axis(regencies["kode_bps"]) * 100
    assert overlap_ha["6403"] == pytest.approx(162_861, rel=0.05)
    assert overlap_ha["6409"] == pytest.approx(90_473, rel=0.05)
    assert overlap_ha.drop(["6403", "6409"]).max() < 500


@pytest.mark.parametrize("n_points", [64, 256])
def test_rings_have_geodesic_radii(n_points: int) -> None:
    rings = distance_rings((100, 25, 50), n_points=n_points)
    assert rings["radius_km"].tolist() == [25.0, 50.0, 100.0]
    assert rings["label"].tolist() == [
        "25 km dari Titik Nol",
        "50 km dari Titik Nol",
        "100 km dari Titik Nol",
    ]
    assert rings.crs.to_epsg() == 4326 and rings.is_valid.all()
    for radius, ring in zip(rings["radius_km"], rings.geometry, strict=True):
        coords = shapely.get_coordinates(shapely.segmentize(ring.exterior, 0.001))
        n = len(coords)
        _, _, dist = GEOD.inv(
            np.full(n, TITIK_NOL.lon), np.full(n, TITIK_NOL.lat), coords[:, 0], coords[:, 1]
        )
        # Vertices and the straight edges between them: all within 0.5 % of the radius.
        assert np.abs(dist / 1000 / radius - 1).max() < 0.005
        area = abs(GEOD.geometry_area_perimeter(ring)[0]) / 1e6
        assert area == pytest.approx(math.pi * radius**2, rel=0.005)
        assert ring.contains(TITIK_NOL_POINT)


def test_distances_on_synthetic_shapes() -> None:
    # A point 0.1 degree due east of Titik Nol: geodesic distance from pyproj.
    east = shapely.Point(TITIK_NOL.lon + 0.1, TITIK_NOL.lat).buffer(1e-6)
    around = shapely.Point(TITIK_NOL.lon, TITIK_NOL.lat).buffer(0.01)
    gdf = gpd.GeoDataFrame(geometry=[east, around], crs=4326)
    _, _, expected_m = GEOD.inv(TITIK_NOL.lon, TITIK_NOL.lat, TITIK_NOL.lon + 0.1, TITIK_NOL.lat)
    dist = distance_to_titik_nol(gdf)
    assert dist.iloc[0] == pytest.approx(expected_m / 1000, rel=1e-4)
    assert dist.iloc[1] == 0
    centroid = centroid_distance_to_titik_nol(gdf)
    assert centroid.iloc[0] == pytest.approx(expected_m / 1000, rel=1e-4)
    assert centroid.iloc[1] == pytest.approx(0, abs=1e-3)


def test_zone_classes_of_the_regencies(regencies: gpd.GeoDataFrame, ikn: gpd.GeoDataFrame) -> None:
    zones = zone_class(regencies, ikn=ikn).set_axis(regencies["kode_bps"])
    assert zones.to_dict() == EXPECTED_ZONES
    assert set(zones.map(ZONE_LABELS)) == {"Wilayah IKN", "Penyangga IKN", "Luar penyangga"}
    # A wider buffer takes in Kutai Timur (80.6 km) and Bontang (84.6 km) together.
    wide = zone_class(regencies, ZoneThresholds(buffer_km=90, min_ikn_overlap_km2=10), ikn=ikn)
    assert set(regencies.loc[wide == "penyangga", "kode_bps"]) == {
        "6401",
        "6402",
        "6404",
        "6471",
        "6472",
        "6474",
    }
    # Balikpapan's sliver (~1.5 km2) only counts with a near-zero overlap threshold.
    strict = zone_class(regencies, ZoneThresholds(buffer_km=50, min_ikn_overlap_km2=1), ikn=ikn)
    assert strict[regencies["kode_bps"] == "6471"].item() == "wilayah_ikn"
    near = distance_to_ikn(regencies, ikn).set_axis(regencies["kode_bps"])
    assert near["6474"] == pytest.approx(84.6, abs=1)


def test_zone_class_is_geometric_not_by_name() -> None:
    ikn = gpd.GeoDataFrame(geometry=[shapely.box(116.6, -1.1, 116.8, -0.9)], crs=4326)
    regions = gpd.GeoDataFrame(
        {"nama": ["Kutai Kartanegara", "Samarinda", "Berau"]},
        geometry=[
            shapely.box(117.5, 1.0, 117.6, 1.1),  # far away despite the name
            shapely.box(116.7, -1.0, 116.9, -0.8),  # overlaps IKN by ~11 x 11 km
            shapely.box(116.85, -1.0, 116.9, -0.95),  # ~5.5 km east of IKN
        ],
        crs=4326,
    )
    zones = zone_class(regions, ZoneThresholds(buffer_km=10, min_ikn_overlap_km2=10), ikn=ikn)
    assert zones.tolist() == ["luar", "wilayah_ikn", "penyangga"]


def test_zone_thresholds_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = load_zone_thresholds()
    assert default == ZoneThresholds(buffer_km=50.0, min_ikn_overlap_km2=10.0)

    other = tmp_path / "settings.toml"
    other.write_text("[zona]\nbuffer_km = 90\nmin_ikn_overlap_km2 = 2.5\n", encoding="utf-8")
    monkeypatch.setenv("SERAMBI_SETTINGS", str(other))
    assert load_zone_thresholds() == ZoneThresholds(buffer_km=90, min_ikn_overlap_km2=2.5)

    other.write_text("[lain]\nx = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"tidak memiliki bagian \[zona\]"):
        load_zone_thresholds()
    other.write_text("[zona]\nbuffer_km = -5\nmin_ikn_overlap_km2 = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="buffer_km harus angka >= 0"):
        load_zone_thresholds()
    with pytest.raises(ValueError, match="tidak ditemukan"):
        load_zone_thresholds(tmp_path / "missing.toml")
