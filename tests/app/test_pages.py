"""AppTest of the router and the foundation pages, through app.py as a user would reach them."""

from __future__ import annotations

import html
import re

import pytest

from tests.app.conftest import all_text, html_tables, run_app

pytestmark = pytest.mark.usefixtures("app_env")


def test_home_shows_province_and_buffer_zone_with_year_and_source():
    at = run_app()
    assert not at.exception, at.exception
    text = html.unescape(all_text(at))  # the headline table is HTML
    assert "Provinsi Kalimantan Timur" in text
    assert "Wilayah IKN & penyangga" in text
    # The buffer zone comes from geometry; it includes both IKN regencies.
    assert "Penajam Paser Utara" in text and "Kutai Kartanegara" in text
    # The headline table (tests/app/test_home.py has the same-year rule), Indonesian numbers.
    assert "Persentase penduduk miskin" in text
    assert "5,78 %" in text and "Sumber" in text


def test_map_page_default_is_real_published_data():
    at = run_app("pages/peta.py")
    assert not at.exception, at.exception
    assert at.session_state["f_indicator"] == "penduduk_miskin_persen"
    text = all_text(at)
    assert "Persentase penduduk miskin" in text
    assert "DATA CONTOH" not in text
    table = html_tables(at)[0]
    assert len(table) == 10
    # Both code systems, side by side: Kutai Kartanegara is BPS 6403 = Kemendagri 64.02.
    row = table[table["Kode BPS"] == "6403"].iloc[0]
    assert row["Kode Kemendagri"] == "64.02"
    assert row["Kabupaten/kota"] == "Kutai Kartanegara"


def test_map_page_labels_example_data():
    at = run_app("pages/peta.py", query={"indikator": "pmks_total", "tahun": "2024"})
    assert not at.exception, at.exception
    assert "DATA CONTOH" in all_text(at)
    table = html_tables(at)[0]
    assert set(table["Jenis data"]) == {"DATA CONTOH"}


def test_url_reproduces_the_view_and_is_written_back():
    query = {
        "indikator": "penduduk_miskin_jiwa",
        "tahun": "2021",
        "wilayah": "6403,6409",
        "lang": "en",
    }
    at = run_app("pages/peta.py", query=query)
    assert not at.exception, at.exception
    assert at.session_state["f_indicator"] == "penduduk_miskin_jiwa"
    assert at.session_state["f_year"] == 2021
    assert at.session_state["f_regions"] == ["6403", "6409"]
    assert at.session_state["f_lang"] == "en"
    assert dict(at.query_params) == query
    assert "## Number of poor people · 2021" in all_text(at)


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ({"indikator": "bukan_indikator"}, "tidak dikenal"),
        ({"tahun": "1899"}, "tidak tersedia"),
        ({"wilayah": "6501"}, "Kode wilayah tidak dikenal"),
        ({"lang": "xx"}, "Bahasa 'xx' tidak dikenal"),
    ],
)
def test_bad_url_values_fall_back_with_a_notice(query, notice):
    at = run_app("pages/peta.py", query=query)
    assert not at.exception, at.exception
    assert any(notice in w.value for w in at.warning), [w.value for w in at.warning]
    assert at.session_state["f_indicator"]  # a usable default, never a traceback


def test_about_page_lists_sources_codes_and_zones():
    at = run_app("pages/tentang.py")
    assert not at.exception, at.exception
    text = all_text(at)
    assert "MIT" in text and "tidak resmi" in text
    zones = at.dataframe[0].value
    ppu = zones[zones["Kode BPS"] == "6409"].iloc[0]
    kukar = zones[zones["Kode BPS"] == "6403"].iloc[0]
    assert kukar["Kode Kemendagri"] == "64.02"
    assert kukar["Zona"] == "Wilayah IKN"
    # Indonesian numbers: 3.197 km² (not "3197.199", read as millions), 0,0 km
    assert ppu["Luas (km²)"] == "3.197" and "," not in ppu["Luas (km²)"]
    assert re.fullmatch(r"\d+,\d", str(zones.iloc[0]["Jarak ke Titik Nol (km)"]))
    # Officials see no file names, commits or checksums: those are for staff.
    assert "b7ad440" not in text and "sources.csv" not in text and "sha256" not in text
    assert len(at.dataframe) == 1
    assert "Rincian teknis" in text


def test_about_page_shows_the_technical_details_to_staff():
    at = run_app("pages/tentang.py", session={"serambi_user": "ani"})
    assert not at.exception, at.exception
    assert len(at.dataframe) == 2
    files = at.dataframe[1].value
    assert "sha256" in files.columns and files["Berkas"].str.len().gt(0).all()
    assert "b7ad440" in all_text(at)


def test_english_switch_translates_navigation_and_headings():
    at = run_app(query={"lang": "en"})
    assert not at.exception, at.exception
    assert "East Kalimantan province" in all_text(at)
