"""Repair, coverage cleaning/simplification, rounding and the coverage measurements."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geo.clean import (
    clean_coverage,
    measure_coverage,
    polygonal,
    repair,
    round_coordinates,
    simplify_coverage,
)
from tests.geo.conftest import Stages

UTM = "EPSG:32750"


def _gdf(geoms: list[shapely.Geometry], crs: str = UTM) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"kode": [str(i) for i in range(len(geoms))]}, geometry=geoms, crs=crs)


def test_repair_keeps_nested_islets_and_drops_lines() -> None:
    land = shapely.box(0, 0, 1000, 1000)
    islet = shapely.box(100, 100, 110, 110)
    nested = shapely.MultiPolygon([land, islet])  # "nested shells", as in the cahyadsn files
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    out = repair(_gdf([nested, bowtie]))
    assert out.is_valid.all()
    # 'structure' unions the islet into the land instead of punching a hole.
    assert out.geometry.iloc[0].area == pytest.approx(1_000_000)
    assert out.geometry.iloc[1].area == pytest.approx(50)
    assert {g.geom_type for g in out.geometry} <= {"Polygon", "MultiPolygon"}


def test_polygonal_extracts_polygons_from_collections() -> None:
    mixed = shapely.GeometryCollection(
        [shapely.box(0, 0, 1, 1), shapely.LineString([(5, 5), (6, 6)])]
    )
    assert polygonal(mixed).equals(shapely.box(0, 0, 1, 1))
    assert polygonal(shapely.LineString([(0, 0), (1, 1)])).is_empty


def test_clean_coverage_removes_overlap_and_closes_narrow_gap() -> None:
    frame = shapely.box(0, 0, 30_000, 30_000).difference(
        shapely.box(10_000, 10_000, 20_000, 20_000)
    )
    inner = shapely.box(10_300, 10_300, 19_700, 19_700)  # 300 m wide gap around it: closed
    right = shapely.box(29_900, 0, 40_000, 30_000)  # overlaps the frame by 100 m x 30 km
    frame2 = shapely.box(50_000, 0, 80_000, 30_000).difference(
        shapely.box(60_000, 10_000, 70_000, 20_000)
    )
    inner2 = shapely.box(63_000, 13_000, 67_000, 17_000)  # 3 km wide gap: a real hole, kept
    gdf = _gdf([frame, inner, right, frame2, inner2])
    before = measure_coverage(gdf, area_crs=UTM)
    assert before.overlap_km2 == pytest.approx(3.0)
    assert before.overlap_pairs == 1
    assert before.gap_count == 2
    assert before.gap_km2 == pytest.approx(100 - 9.4**2 + 100 - 16)
    assert not before.is_valid_coverage

    cleaned = clean_coverage(gdf)
    after = measure_coverage(cleaned, area_crs=UTM)
    assert after.is_valid_coverage and after.all_valid
    assert after.overlap_km2 == 0 and after.overlap_pairs == 0
    assert after.gap_count == 1 and after.gap_km2 == pytest.approx(84)
    assert cleaned.geometry.union_all().area / 1e6 == pytest.approx(1200 + 800 + 16)


def test_measure_coverage_counts_enclosed_gaps_not_own_holes() -> None:
    ring = shapely.box(0, 0, 30_000, 30_000).difference(shapely.box(10_000, 10_000, 20_000, 20_000))
    lake = shapely.box(0, 40_000, 30_000, 70_000).difference(
        shapely.box(10_000, 50_000, 20_000, 60_000)
    )
    inner = shapely.box(10_000, 10_000, 19_000, 20_000)  # leaves a 1 km x 10 km gap in the ring
    island = shapely.box(14_000, 54_000, 16_000, 56_000)
    lake_with_island = shapely.MultiPolygon([lake, island])  # same region: still deliberate
    stats = measure_coverage(_gdf([ring, inner, lake_with_island]), area_crs=UTM)
    assert stats.gap_count == 1
    assert stats.gap_km2 == pytest.approx(10.0)
    assert stats.overlap_km2 == 0


def test_simplify_zero_is_identity_and_rejects_negative() -> None:
    gdf = _gdf([shapely.box(0, 0, 1, 1)])
    assert simplify_coverage(gdf, 0).geometry.iloc[0].equals(gdf.geometry.iloc[0])
    with pytest.raises(ValueError, match="negatif"):
        simplify_coverage(gdf, -1)


def test_round_coordinates_snaps_to_grid_and_stays_valid() -> None:
    poly = shapely.Polygon([(116.123456789, -0.5), (116.2, -0.5), (116.2, -0.4), (116.1, -0.4)])
    out = round_coordinates(_gdf([poly], crs="EPSG:4326"), 5)
    coords = shapely.get_coordinates(out.geometry.values)
    assert np.allclose(coords, np.round(coords, 5), atol=1e-12)
    assert out.is_valid.all()
    with pytest.raises(ValueError, match="hilang"):
        round_coordinates(_gdf([shapely.box(0, 0, 1e-7, 1e-7)], crs="EPSG:4326"), 5)


def test_real_regency_pipeline_measurements(kab_stages: Stages) -> None:
    raw = measure_coverage(kab_stages.repaired)
    assert kab_stages.raw.is_valid.sum() == 7 and kab_stages.repaired.is_valid.all()
    # Published in SOURCES.md: 22.4 km2 overlap over 14 pairs; ~26.5 km2 of small gaps.
    assert raw.overlap_km2 == pytest.approx(22.4, abs=0.1)
    assert raw.overlap_pairs == 14
    assert raw.gap_km2 == pytest.approx(26.4, abs=0.2)
    assert raw.gap_count > 80
    assert not raw.is_valid_coverage

    cleaned = measure_coverage(kab_stages.cleaned)
    simplified = measure_coverage(kab_stages.simplified)
    for stats in (cleaned, simplified):
        assert stats.all_valid and stats.is_valid_coverage
        assert stats.overlap_km2 == 0 and stats.overlap_pairs == 0
        assert stats.gap_km2 == 0 and stats.gap_count == 0
    assert simplified.n_vertices < cleaned.n_vertices
    # Total area is preserved: cleaning adds the closed gaps, simplification moves < 0.05 %.
    areas = [kab_stages.repaired.to_crs(UTM).area.sum() - raw.overlap_km2 * 1e6]
    areas += [g.area.sum() for g in (kab_stages.cleaned, kab_stages.simplified)]
    assert areas[1] == pytest.approx(areas[0], rel=1e-3)
    assert areas[2] == pytest.approx(areas[1], rel=5e-4)


def test_per_polygon_simplification_would_break_the_coverage(kab_stages: Stages) -> None:
    """Control: the measurement detects what coverage simplification avoids."""
    naive = kab_stages.cleaned.copy()
    naive.geometry = naive.geometry.simplify(1000)
    stats = measure_coverage(naive)
    assert stats.overlap_km2 > 1 or stats.gap_km2 > 1
    assert not stats.is_valid_coverage
