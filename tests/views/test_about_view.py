"""views.about_view: the About page's Titik Nol and its table of regencies, as text."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from geo.ikn import TITIK_NOL, LatLon
from views import about_view, profile_facts


def test_titik_nol_is_quoted_as_published_south_as_ls() -> None:
    facts = about_view.ikn_facts("id")
    assert "0,97302475° LS, 116,70883677° BT" in facts  # all 8 decimals, south positive
    assert "0.97302475° S, 116.70883677° E" in about_view.ikn_facts("en")
    assert about_view.ikn_facts("id", TITIK_NOL) == facts
    assert "1.234,50000000° LS" in about_view.ikn_facts("id", LatLon(lat=-1234.5, lon=1.0))


def test_the_regency_table_writes_area_whole_and_distance_to_100_m() -> None:
    regencies = pd.DataFrame(
        {
            "nama": ["Penajam Paser Utara", "Kutai Timur"],
            "kode_bps": ["6409", "6408"],
            "kode_kemendagri": ["64.09", "64.08"],
            "luas_km2": [3197.199, 31573.4],
        }
    )
    zones = {"6409": "wilayah_ikn", "6408": "luar"}
    table = about_view.zones_table(regencies, zones, {"6409": 0.0, "6408": 187.26}, "id")
    assert list(table.columns) == [
        "Kabupaten/kota",
        "Kode BPS",
        "Kode Kemendagri",
        "Luas (km²)",
        "Zona",
        "Jarak ke Titik Nol (km)",
    ]
    assert table["Luas (km²)"].tolist() == ["3.197", "31.573"]  # not "3197.199"
    assert table["Jarak ke Titik Nol (km)"].tolist() == ["0,0", "187,3"]
    assert table["Zona"].tolist() == ["Wilayah IKN", "Luar penyangga"]
    english = about_view.zones_table(regencies, zones, {"6409": 0.0}, "en")
    assert english["Area (km²)"].tolist() == ["3,197", "31,573"]
    assert english.iloc[:, -1].tolist() == ["0.0", "–"]  # no distance: the dash


def test_the_about_table_and_the_profile_agree_on_a_regency(
    regencies: gpd.GeoDataFrame,
) -> None:
    ppu = regencies.set_index("kode_bps").loc["6409"]
    row = regencies[regencies["kode_bps"] == "6409"]
    table = about_view.zones_table(row, {"6409": "penyangga"}, {"6409": 12.34}, "id")
    profile = profile_facts.regency_facts(
        "6409",
        ppu,
        zone="penyangga",
        distance_km=12.34,
        profile=pd.DataFrame({"indicator_id": [], "year": [], "value": []}),
        lang="id",
    )
    facts = dict(profile)
    assert f"{table.iloc[0]['Luas (km²)']} km²" == facts["Luas"]
    assert f"{table.iloc[0]['Jarak ke Titik Nol (km)']} km" == facts["Jarak ke Titik Nol IKN"]
