"""The cahyadsn SQL parser: synthetic edge cases and the real Kaltim file."""

# The SQL built here is parser input only; it is never sent to a database.
# ruff: noqa: S608

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from geo.cahyadsn import CahyadsnFormatError, parse_cahyadsn_text

HEADER = """/*
licence comment; it's got a quote and a ; semicolon
*/
DELETE FROM wilayah_boundaries WHERE kode BETWEEN '99.00' AND '99.99' AND LENGTH(kode)=5;
"""
# A square 1 x 2 degrees written as [lat, lng]: lng 110..111, lat 0..2.
SQUARE = "[[[0,110],[0,111],[2,111],[2,110],[0,110]]]"
MULTI = "[[[[0,110],[0,111],[1,111],[0,110]]],[[[5,120],[5,121],[6,121],[5,120]]]]"


def _sql(*statements: str) -> str:
    return HEADER + "\n".join(statements)


def test_parses_tuples_escapes_and_swaps_coordinates() -> None:
    text = _sql(
        "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n"
        f"\t('99.01','Kabupaten O''Brien',1.0,110.5,'{SQUARE}'),\n"
        f"\t('99.02','Kota \\'Sungai\\' \\\\ Baru',-0.5, 120.5,'{MULTI}');",
        "-- a line comment\n# and a hash comment",
        "INSERT INTO `wilayah_boundaries` (`kode`,`nama`,`lat`,`lng`,`path`) VALUES "
        f"('99.03','Tiga; dengan titik koma',1,110.5,'{SQUARE}');",
    )
    gdf = parse_cahyadsn_text(text)
    assert isinstance(gdf, gpd.GeoDataFrame)
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf.columns) == ["kode", "nama", "lat", "lng", "geometry"]
    assert gdf["kode"].tolist() == ["99.01", "99.02", "99.03"]
    assert gdf["nama"].tolist() == [
        "Kabupaten O'Brien",
        "Kota 'Sungai' \\ Baru",
        "Tiga; dengan titik koma",
    ]
    assert gdf["lat"].tolist() == [1.0, -0.5, 1.0]
    assert gdf["lng"].tolist() == [110.5, 120.5, 110.5]
    square = gdf.geometry.iloc[0]
    assert square.geom_type == "Polygon"
    # [lat, lng] in the file -> x = lng, y = lat.
    assert square.bounds == (110.0, 0.0, 111.0, 2.0)
    assert gdf.geometry.iloc[1].geom_type == "MultiPolygon"
    assert len(gdf.geometry.iloc[1].geoms) == 2


def test_column_order_is_taken_from_the_statement() -> None:
    text = "INSERT INTO wilayah_boundaries(path,lng,lat,nama,kode) VALUES " + (
        f"('{SQUARE}',110.5,1,'X','99.01');"
    )
    gdf = parse_cahyadsn_text(text)
    assert gdf.loc[0, "kode"] == "99.01" and gdf.loc[0, "lat"] == 1.0


def test_polygon_with_hole() -> None:
    path = "[[[0,0],[0,4],[4,4],[4,0],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]"
    gdf = parse_cahyadsn_text(
        f"INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES ('99.01','A',0,0,'{path}');"
    )
    assert len(gdf.geometry.iloc[0].interiors) == 1
    assert gdf.geometry.iloc[0].area == pytest.approx(15.0)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
            "('99.01','A',0,0,'[[[0,0],[0,1],[1,1],[0,0]]]'",
            "pernyataan SQL ke-2",
        ),
        (
            "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
            "('99.01','A',0,0,'[[[0,0],[0,1],[1,1]');",
            "bukan JSON yang sah",
        ),
        (
            "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
            "('99.01','A',0,'[[[0,0],[0,1],[1,1],[0,0]]]');",
            "tuple ke-1 berisi 4 nilai, padahal ada 5 kolom",
        ),
        (
            "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
            "('99.01','A,0,0,'[[[0,0]]]');",
            "string tidak ditutup",
        ),
        (
            "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
            "('99.01','A',0,0,'[[[95,0],[0,1],[1,1],[95,0]]]');",
            "di luar rentang",
        ),
        (
            "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
            "('Samarinda','A',0,0,'[[[0,0],[0,1],[1,1],[0,0]]]');",
            "bukan kode wilayah Kemendagri",
        ),
        (
            "INSERT INTO wilayah_boundaries(kode,nama,lat,path) VALUES "
            "('99.01','A',0,'[[[0,0],[0,1],[1,1],[0,0]]]');",
            "kolom ['lng'] tidak ada",
        ),
        ("INSERT INTO other_table(kode) VALUES ('99.01');", "INSERT ke tabel 'other_table'"),
        ("UPDATE wilayah_boundaries SET nama='x';", "pernyataan tidak dikenal"),
        ("/* never closed", "komentar /* tidak ditutup"),
    ],
)
def test_malformed_input_names_the_statement(body: str, fragment: str) -> None:
    with pytest.raises(CahyadsnFormatError) as exc:
        parse_cahyadsn_text(_sql(body))
    message = str(exc.value)
    assert message.startswith("Format SQL cahyadsn tidak valid (pernyataan SQL ke-2")
    assert fragment in message
    assert exc.value.statement == 2


def test_duplicate_code_and_empty_file() -> None:
    row = f"('99.01','A',0,0,'{SQUARE}')"
    insert = "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
    with pytest.raises(CahyadsnFormatError, match="pernyataan SQL ke-3.*kode 99.01 ganda"):
        parse_cahyadsn_text(_sql(insert + row + ";", insert + row + ";"))
    with pytest.raises(CahyadsnFormatError, match="tidak ada data"):
        parse_cahyadsn_text(HEADER)


def test_real_kabupaten_file(kab_raw: gpd.GeoDataFrame) -> None:
    assert len(kab_raw) == 10
    assert kab_raw["kode"].tolist() == [
        "64.01",
        "64.02",
        "64.03",
        "64.07",
        "64.08",
        "64.09",
        "64.11",
        "64.71",
        "64.72",
        "64.74",
    ]
    assert kab_raw.loc[kab_raw["kode"] == "64.02", "nama"].item() == "Kabupaten Kutai Kartanegara"
    assert int(shapely.get_num_coordinates(kab_raw.geometry.values).sum()) == 4460
    # Three raw features are invalid ("nested shells"): the parser does not hide that.
    assert int((~kab_raw.is_valid).sum()) == 3
    # The [lat, lng] swap: central Samarinda (lon 117.15, lat -0.50) is inside 64.72.
    samarinda = kab_raw.loc[kab_raw["kode"] == "64.72"].geometry.item()
    assert samarinda.contains(shapely.Point(117.15, -0.50))
    minx, miny, maxx, maxy = kab_raw.total_bounds
    assert 113 < minx < maxx < 120 and -3 < miny < maxy < 3
