"""views.profile_facts: a regency's and a kecamatan's facts, worded once."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from views.profile_facts import (
    kecamatan_facts,
    location_facts,
    regency_facts,
    selected_fmt,
    zone_note,
)


def test_zone_and_distance_read_alike_in_both_languages() -> None:
    assert location_facts("penyangga", 12.345, "id") == [
        ("Zona", "Penyangga IKN"),
        ("Jarak ke Titik Nol IKN", "12,3 km"),
    ]
    assert location_facts("luar", 1234.56, "en")[1] == (
        "Distance to IKN Zero Point",
        "1,234.6 km",
    )
    # Titik Nol inside: said in words, not "0,0 km".
    assert location_facts("wilayah_ikn", 0.0, "id")[1][1] == "0 km (Titik Nol di wilayah ini)"


def test_regency_facts_codes_first_then_the_place_and_its_population(
    regencies: gpd.GeoDataFrame,
) -> None:
    ppu = regencies.set_index("kode_bps").loc["6409"]
    profile = pd.DataFrame(
        {
            "indicator_id": ["pmks_total", "penduduk_jiwa"],
            "year": [2024, 2023],
            "value": [1.0, 199710.0],
        }
    )
    facts = regency_facts(
        "6409", ppu, zone="wilayah_ikn", distance_km=0.0, profile=profile, lang="id"
    )
    assert facts[:4] == [
        ("Kode BPS", "6409"),
        ("Kode Kemendagri", "64.09"),
        ("Jenis", "Kabupaten"),
        ("Ibu kota", "Penajam"),
    ]
    # Presenter mode shows what follows the four codes and names: the place.
    assert facts[4:6] == location_facts("wilayah_ikn", 0.0, "id")
    assert facts[6] == ("Luas", "3.197 km²")
    assert facts[7] == ("Penduduk (2023)", "199.710")
    without = regency_facts(
        "6409", ppu, zone="wilayah_ikn", distance_km=0.0, profile=profile.iloc[:1], lang="id"
    )
    assert without == facts[:7]  # no population row, no population fact


def test_kecamatan_facts_name_the_regency_then_the_place() -> None:
    facts = kecamatan_facts(
        "64.09.04",
        parent_name="Penajam Paser Utara",
        zone="penyangga",
        distance_km=4.04,
        lang="en",
    )
    assert facts == [
        ("Regency/city", "Penajam Paser Utara"),
        ("Kemendagri code", "64.09.04"),
        ("Zone", "IKN buffer zone"),
        ("Distance to IKN Zero Point", "4.0 km"),
    ]


def test_the_zone_note_names_the_buffer_width_in_whole_km() -> None:
    assert "≤ 50 km dari wilayah IKN" in zone_note(50.0, "id")
    assert "≤ 1,250 km from the IKN area" in zone_note(1249.6, "en")


def test_the_profile_chart_writes_every_number_with_its_regencys_digits() -> None:
    # decimals_for: below 100 two decimals, from 100 one, from 1.000 none; gaps are ignored.
    small = selected_fmt([5.1, None, 53.97], "per_1000", "id")
    assert small(45.126) == "45,13" and small(1234.5) == "1.234,50"
    assert selected_fmt([5.1, 153.2], "per_1000", "en")(1234.56) == "1,234.6"
    assert selected_fmt([1500.0], "count", "id")(1234.56) == "1.235"
    assert selected_fmt([1500.0], "index", "en")(0.7234) == "0.72"  # an index keeps 2
    assert small(None) == "–"


def test_kecamatan_values_and_shares() -> None:
    from views.profile_facts import kecamatan_value, share_percent

    assert kecamatan_value(None, "count", "id") == "–"
    assert kecamatan_value(float("nan"), "count", "id") == "–"
    assert kecamatan_value(1234.0, "count", "id") == "1.234"
    assert kecamatan_value(1234.0, "count", "en") == "1,234"
    assert share_percent(None, "id") == "–"
    assert share_percent(12.345, "id") == "12,3 %" and share_percent(12.345, "en") == "12.3 %"
