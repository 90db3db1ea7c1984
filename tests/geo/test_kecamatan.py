"""Kecamatan geometry: 105 features, joined on codes, inside their regency, a clean coverage.

The numbers behind the thresholds (cahyadsn boundaries, measured): the raw kecamatan layer
overlaps by 206 km2 over 218 pairs and leaves 493 slivers (190 km2); after coverage cleaning
and again after the 250 m coverage simplification there are none. The least contained
kecamatan (Sungai Kunjang, Samarinda) has 97.1 % of its area inside its regency polygon.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest

from geo.clean import EQUAL_AREA_CRS, measure_coverage
from geo.regions import kecamatan_table, load_kecamatan, load_regencies

MIN_INSIDE_PARENT = 0.97


@pytest.fixture(scope="module")
def kec() -> gpd.GeoDataFrame:
    return load_kecamatan()


def test_105_features_joined_on_the_committed_table(kec: gpd.GeoDataFrame) -> None:
    table = kecamatan_table()
    assert len(kec) == 105 == len(table)
    assert kec["kode_kemendagri"].tolist() == sorted(table["kode_kemendagri"])
    by_code = table.set_index("kode_kemendagri")
    assert (kec.set_index("kode_kemendagri")["nama"] == by_code["nama"]).all()
    samboja = kec.set_index("kode_kemendagri").loc["64.02.13"]
    # Kemendagri 64.02 is Kutai Kartanegara, BPS 6403 (BPS 6402 is Kutai Barat).
    assert samboja["nama"] == "Samboja" and samboja["kode_bps_kab"] == "6403"
    assert kec.groupby("kode_bps_kab").size().to_dict() == {
        "6401": 10, "6402": 16, "6403": 20, "6404": 18, "6405": 13,
        "6409": 4, "6411": 5, "6471": 6, "6472": 10, "6474": 3,
    }  # fmt: skip


def test_each_kecamatan_lies_inside_its_regency(kec: gpd.GeoDataFrame) -> None:
    ke = kec.to_crs(EQUAL_AREA_CRS)
    parents = load_regencies().to_crs(EQUAL_AREA_CRS).set_index("kode_bps").geometry
    inside = np.array(
        [
            g.intersection(parents[p]).area / g.area
            for g, p in zip(ke.geometry, ke["kode_bps_kab"], strict=True)
        ]
    )
    worst = ke["nama"].iloc[int(inside.argmin())]
    assert inside.min() >= MIN_INSIDE_PARENT, f"{worst}: {inside.min():.3f}"
    # Together the kecamatan of a regency cover it (the same land, cleaned separately).
    for kode, group in ke.groupby("kode_bps_kab"):
        assert group.area.sum() == pytest.approx(parents[kode].area, rel=0.02)


def test_simplification_adds_no_gaps_or_overlaps(kec: gpd.GeoDataFrame) -> None:
    unsimplified = measure_coverage(load_kecamatan(tolerance_m=0))
    simplified = measure_coverage(kec)
    for stats in (unsimplified, simplified):
        assert stats.n_features == 105
        assert stats.all_valid and stats.is_valid_coverage
        assert stats.overlap_pairs == 0 and stats.overlap_km2 == 0
    assert simplified.gap_count <= unsimplified.gap_count
    assert simplified.gap_km2 <= unsimplified.gap_km2 + 1e-6
    assert simplified.n_vertices < unsimplified.n_vertices


def test_labels_inside_their_polygon(kec: gpd.GeoDataFrame) -> None:
    points = gpd.points_from_xy(kec["label_lng"], kec["label_lat"], crs="EPSG:4326")
    # 5-decimal rounding may put a label a metre outside a very thin part: allow 10 m.
    assert (
        kec.to_crs(EQUAL_AREA_CRS).distance(gpd.GeoSeries(points).to_crs(EQUAL_AREA_CRS)) < 10
    ).all()
