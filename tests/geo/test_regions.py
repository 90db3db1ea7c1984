"""Region table, cleaned regency/kecamatan/province layers, code join and disk cache."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from geo import regions
from geo.clean import measure_coverage
from geo.regions import (
    RegionJoinError,
    area_km2,
    load_kecamatan,
    load_province_context,
    load_regencies,
    region_table,
)
from geo.sources import cache_dir

# (lat, lon) of each ibukota, rounded to 0.01 degree (general geographic knowledge).
IBUKOTA = {
    "6401": (-1.91, 116.19),  # Tanah Grogot
    "6402": (-0.24, 115.70),  # Sendawar
    "6403": (-0.42, 116.98),  # Tenggarong
    "6404": (0.50, 117.55),  # Sangatta
    "6405": (2.15, 117.49),  # Tanjung Redeb
    "6409": (-1.29, 116.71),  # Penajam
    "6411": (0.69, 115.03),  # Ujoh Bilang
    "6471": (-1.27, 116.83),  # Balikpapan
    "6472": (-0.50, 117.15),  # Samarinda
    "6474": (0.13, 117.50),  # Bontang
}


def test_region_table_codes_are_strings() -> None:
    table = region_table()
    assert len(table) == 11
    row = table.set_index("kode_bps").loc["6403"]
    assert row["kode_kemendagri"] == "64.02" and row["nama"] == "Kutai Kartanegara"
    assert table.loc[table["jenis"] == "provinsi", "kode_kemendagri"].tolist() == ["64"]
    assert table["luas_km2"].dtype == float
    assert table.set_index("kode_bps").loc["6411", "kode_kemendagri"] == "64.11"


def test_regencies_shape(regencies: gpd.GeoDataFrame) -> None:
    assert list(regencies.columns) == [
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
    assert len(regencies) == 10
    assert regencies.crs.to_epsg() == 4326
    assert regencies["kode_bps"].tolist() == sorted(regencies["kode_bps"])
    assert regencies.is_valid.all()
    assert set(regencies.geom_type) <= {"Polygon", "MultiPolygon"}


def test_regencies_form_a_valid_coverage(regencies: gpd.GeoDataFrame) -> None:
    stats = measure_coverage(regencies)
    assert stats.is_valid_coverage
    assert stats.overlap_km2 == 0 and stats.gap_km2 == 0


@pytest.mark.parametrize(
    ("bps", "kemendagri", "nama"),
    [
        ("6403", "64.02", "Kutai Kartanegara"),
        ("6402", "64.07", "Kutai Barat"),
        ("6404", "64.08", "Kutai Timur"),
        ("6405", "64.03", "Berau"),
    ],
)
def test_swapped_codes_join_on_kemendagri_code(
    regencies: gpd.GeoDataFrame, bps: str, kemendagri: str, nama: str
) -> None:
    row = regencies.set_index("kode_bps").loc[bps]
    assert row["kode_kemendagri"] == kemendagri
    assert row["nama"] == nama


def test_each_ibukota_lies_in_its_regency(regencies: gpd.GeoDataFrame) -> None:
    for bps, (lat, lon) in IBUKOTA.items():
        hits = regencies.loc[regencies.contains(shapely.Point(lon, lat)), "kode_bps"].tolist()
        assert hits == [bps], (bps, hits)


def test_samarinda_contains_its_centre(regencies: gpd.GeoDataFrame) -> None:
    samarinda = regencies.set_index("kode_kemendagri").loc["64.72"]
    assert samarinda["kode_bps"] == "6472"
    assert samarinda.geometry.contains(shapely.Point(117.15, -0.50))


def test_areas_within_two_percent_of_official(regencies: gpd.GeoDataFrame) -> None:
    deviation = (area_km2(regencies) / regencies["luas_km2"] - 1).abs()
    assert (deviation < 0.02).all(), deviation.round(4).tolist()


def test_label_points_lie_inside(regencies: gpd.GeoDataFrame) -> None:
    points = gpd.points_from_xy(regencies["label_lng"], regencies["label_lat"], crs=4326)
    assert regencies.contains(gpd.GeoSeries(points, index=regencies.index)).all()


def test_coordinates_are_rounded(regencies: gpd.GeoDataFrame) -> None:
    coords = shapely.get_coordinates(regencies.geometry.values)
    assert abs(coords - coords.round(5)).max() < 1e-9


def test_disk_cache_is_used_by_a_fresh_process(
    regencies: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    derived = list((cache_dir() / "derived").glob("kabupaten_kota-*-tol250-*.parquet"))
    assert len(derived) == 1
    regions.clear_caches()  # what a new process looks like

    def no_rebuild(*_args: object) -> None:
        raise AssertionError("should load from the disk cache")

    monkeypatch.setattr(regions, "_build_layer", no_rebuild)
    again = load_regencies()
    assert again.drop(columns="geometry").equals(regencies.drop(columns="geometry"))
    assert again.geometry.geom_equals_exact(regencies.geometry, tolerance=0).all()


def test_broken_disk_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERAMBI_CACHE_DIR", str(tmp_path))
    regions.clear_caches()
    try:
        path = regions._derived_path("kabupaten_kota", 250.0)
        path.parent.mkdir(parents=True)
        path.write_bytes(b"not parquet")
        assert len(load_regencies()) == 10
        assert gpd.read_parquet(path).shape[0] == 10
    finally:
        regions.clear_caches()


def test_join_failure_names_the_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    table = region_table()
    monkeypatch.setattr(
        regions, "region_table", lambda: table[table["kode_kemendagri"] != "64.11"].copy()
    )
    with pytest.raises(RegionJoinError, match=r"tanpa baris tabel \['64.11'\]"):
        load_regencies()


def test_kecamatan() -> None:
    kec = load_kecamatan()
    assert len(kec) == 105
    assert kec.crs.to_epsg() == 4326 and kec.is_valid.all()
    assert measure_coverage(kec).is_valid_coverage
    row = kec.set_index("kode_kemendagri").loc["64.02.06"]
    assert row["nama"] == "Tenggarong"
    assert row["kode_kemendagri_kab"] == "64.02" and row["kode_bps_kab"] == "6403"
    assert row["nama_kab"] == "Kutai Kartanegara"
    assert (kec["kode_kemendagri"].str[:5] == kec["kode_kemendagri_kab"]).all()
    assert kec["kode_bps_kab"].nunique() == 10


def test_province_context() -> None:
    prov = load_province_context()
    assert prov["kode"].tolist() == ["62", "63", "64", "65", "71"]
    assert prov.is_valid.all() and measure_coverage(prov).is_valid_coverage
    kaltim = area_km2(prov).iloc[2]
    official = region_table().set_index("kode_bps").loc["64", "luas_km2"]
    assert kaltim == pytest.approx(official, rel=0.02)
