"""The map's geometry file: what is published, where the ring labels sit, kecamatan subsets."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from pyproj import Geod
from shapely.geometry import Point

from geo import map_geometry
from geo.ikn import RING_LABEL_AZIMUTHS, TITIK_NOL
from geo.web_assets import IFRAME_TO_STATIC

GEOD = Geod(ellps="WGS84")


def _published(static_dir: Path, url: str) -> dict:
    assert url.startswith(f"{IFRAME_TO_STATIC}/geo/")
    return json.loads((static_dir / url.split("/app/static/", 1)[1]).read_text("utf-8"))


@pytest.fixture(scope="module")
def bundle_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[map_geometry.GeoBundle, Path]:
    static_dir = tmp_path_factory.mktemp("static")
    return map_geometry.build_geo_bundle(static_dir), static_dir


def test_to_geojson_keeps_only_the_named_properties() -> None:
    gdf = gpd.GeoDataFrame(
        {"kode_bps": ["1"], "nama": ["A"], "secret": ["x"]},
        geometry=[Point(116.123456789, -0.5)],
        crs="EPSG:4326",
    )
    (feature,) = map_geometry.to_geojson(gdf, ["kode_bps"])["features"]
    assert feature["properties"] == {"kode_bps": "1"}
    assert "id" not in feature
    assert map_geometry.to_geojson(gdf, [])["features"][0]["properties"] == {}


def test_ring_labels_sit_on_their_ring_east_of_titik_nol() -> None:
    rings = map_geometry.labelled_rings()
    assert rings["label"].tolist() == ["25 km", "50 km", "100 km"]
    points = zip(rings["radius_km"], rings["label_lat"], rings["label_lng"], strict=True)
    for radius, lat, lng in points:
        azimuth, _, dist = GEOD.inv(TITIK_NOL.lon, TITIK_NOL.lat, lng, lat)
        # 4 decimals of a degree are ~11 m: the label is on the ring, at its azimuth.
        assert dist / 1000 == pytest.approx(radius, abs=0.02)
        assert azimuth == pytest.approx(RING_LABEL_AZIMUTHS[radius], abs=0.05)
        assert lng > TITIK_NOL.lon  # over the bay and the strait, not over the land labels
    # the 50 km label is lifted to the north-east, clear of the 25 km one
    assert rings.set_index("radius_km").loc[50.0, "label_lat"] > TITIK_NOL.lat


def test_one_file_holds_every_member(bundle_dir: tuple[map_geometry.GeoBundle, Path]) -> None:
    bundle, static_dir = bundle_dir
    published = _published(static_dir, bundle.url)
    assert list(published) == list(map_geometry.MEMBERS)
    assert published == bundle.members()
    assert len(list((static_dir / "geo").glob("*.json"))) == 1
    regencies = published["regencies"]["features"]
    assert sorted(f["properties"]["kode_bps"] for f in regencies) == sorted(
        bundle.regencies["kode_bps"]
    )
    assert set(regencies[0]["properties"]) == {"kode_bps", "kode_kemendagri", "nama"}
    rings = published["rings"]["features"]
    assert [f["properties"]["label"] for f in rings] == ["25 km", "50 km", "100 km"]
    assert bundle.member("rings") == f"{bundle.url}#rings"
    with pytest.raises(KeyError):
        bundle.member("kecamatan")
    # The name is a content hash: publishing the same members again gives the same URL.
    assert map_geometry.publish_bundle(bundle.members(), static_dir) == bundle.url
    assert bundle.leaflet.js.endswith("/leaflet.js")


def test_zones_distances_and_buffer_codes(bundle_dir: tuple[map_geometry.GeoBundle, Path]) -> None:
    bundle, _ = bundle_dir
    assert bundle.buffer_zone_codes() == ["6401", "6402", "6403", "6409", "6471", "6472"]
    assert bundle.zones["6409"] == "wilayah_ikn" and bundle.zones["6405"] == "luar"
    # Titik Nol lies in Penajam Paser Utara; Berau is far in the north.
    assert bundle.distance_km["6409"] == 0.0
    assert bundle.distance_km["6405"] > 200


def test_kecamatan_views_and_subsets(tmp_path: Path) -> None:
    geo = map_geometry.build_kecamatan_geo()
    everyone = geo.in_view("semua", ())
    assert len(everyone) == 105 and everyone == sorted(everyone)
    ppu = geo.in_view("pilih", ("6409",))
    assert ppu == ["64.09.01", "64.09.02", "64.09.03", "64.09.04"]
    around = geo.in_view("penyangga", ())
    assert set(ppu) <= set(around) < set(everyone)
    assert geo.in_view("pilih", ()) == everyone  # nothing chosen: all kecamatan
    assert np.all(geo.bounds.loc[ppu, "minx"] < geo.bounds.loc[ppu, "maxx"])

    url, payload = map_geometry.publish_kecamatan(geo.kecamatan, tuple(ppu), tmp_path)
    assert _published(tmp_path, url) == payload
    assert [f["properties"]["kode_bps"] for f in payload["features"]] == ppu
    assert map_geometry.publish_kecamatan(geo.kecamatan, tuple(ppu), tmp_path)[0] == url
    other, _ = map_geometry.publish_kecamatan(geo.kecamatan, tuple(around), tmp_path)
    assert other != url


def test_outlines_xy_are_rings_separated_by_none() -> None:
    import geopandas as gpd
    from shapely.geometry import MultiPolygon, box

    gdf = gpd.GeoDataFrame(
        {"kode_bps": ["6401"]},
        geometry=[MultiPolygon([box(116.0, -2.0, 116.5, -1.5), box(117.0, -1.0, 117.25, -0.75)])],
        crs="EPSG:4326",
    )
    xs, ys = map_geometry.outlines_xy(gdf)["6401"]
    assert xs.count(None) == ys.count(None) == 2  # one None after each ring
    first = xs[: xs.index(None)]
    assert min(first) == 116.0 and max(first) == 116.5 and len(first) == 5  # closed square
    assert max(v for v in ys if v is not None) == -0.75
