"""AppTest of pages/profil.py: one regency, both codes, zone, distance, cards, picker."""

from __future__ import annotations

import json

import pytest

from tests.app.conftest import all_text, run_app

pytestmark = pytest.mark.usefixtures("app_env")

PAGE = "pages/profil.py"


def cards_html(at) -> str:  # noqa: ANN001
    return "\n".join(h.proto.body for h in at.get("html"))


def test_default_is_penajam_paser_utara_with_codes_zone_and_distance():
    at = run_app(PAGE)
    assert not at.exception, at.exception
    text = all_text(at)
    assert "## Profil Kabupaten Penajam Paser Utara" in text
    html = cards_html(at)
    for fact in (
        "Kode BPS",
        "6409",
        "Kode Kemendagri",
        "64.09",
        "Wilayah IKN",
        "Jarak ke Titik Nol IKN",
        "0 km (Titik Nol di wilayah ini)",
        "3.197 km²",
    ):
        assert fact in html, fact
    # Every group with data, example data badged, print CSS present.
    for group in ("Kependudukan", "Kemiskinan", "PMKS / PPKS", "Program perlindungan sosial"):
        assert f"<h3>{group} (" in html, group
    assert "DATA CONTOH: angka buatan untuk peragaan" in text
    assert 'class="serambi-card example" data-indicator="pmks_total"' in html
    assert 'data-indicator="penduduk_miskin_persen"' in html
    assert "@media print" in html and "break-inside:avoid" in html
    assert "data:image/svg+xml;base64," in html  # sparklines
    assert "Sumber:" in html


def test_poverty_card_shows_value_rank_and_source():
    at = run_app(PAGE)
    html = cards_html(at)
    card = html.split('data-indicator="penduduk_miskin_persen"')[1].split("serambi-card")[0]
    # The year the map opens on (2024: 10 regencies), not PPU's latest (2025: 6 regencies)
    assert "6,68" in card and "2024" in card and "5,58" not in card
    assert "Peringkat 6 dari 10 (1 = tertinggi/terburuk)" in card
    assert "resmi/terbit" in card and "DATA CONTOH" not in card
    # the source reads as words with the link behind it, not as a raw URL
    assert ">BPS Paser (Radar Paser, 30/9/2024)</a>" in card
    assert 'href="https://' in card


def test_sidebar_year_is_the_cards_year_for_its_indicator():
    at = run_app(PAGE, query={"indikator": "penduduk_miskin_persen", "tahun": "2025"})
    card = cards_html(at).split('data-indicator="penduduk_miskin_persen"')[1]
    card = card.split("serambi-card")[0]
    assert "5,58" in card and "2025" in card and "Peringkat 4 dari 6" in card


def test_region_from_the_filter_selection():
    at = run_app(PAGE, query={"wilayah": "6472,6409"})
    assert not at.exception, at.exception
    text = all_text(at)
    assert "## Profil Kota Samarinda" in text
    html = cards_html(at)
    assert "6472" in html and "64.72" in html and "Penyangga IKN" in html
    assert "57,6 km" in html
    assert any("profil menampilkan yang pertama (Samarinda)" in c.value for c in at.caption)
    # The chart of the filter's indicator compares the regency with the aggregate.
    fig = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {t.get("name") for t in fig["data"]} >= {"Samarinda", "Agregat 10 kab/kota"}


def test_english():
    at = run_app(PAGE, query={"lang": "en", "wilayah": "6403"})
    assert not at.exception, at.exception
    text = all_text(at)
    assert "## Profile: Kutai Kartanegara Regency" in text
    html = cards_html(at)
    assert "Distance to IKN Zero Point" in html and "14.1 km" in html
    assert "Kemendagri code" in html and "64.02" in html and "IKN area" in html
    assert "EXAMPLE DATA" in html


def test_picker_writes_the_choice_into_the_shared_filter():
    at = run_app(PAGE)
    assert at.session_state["f_regions_mode"] == "semua"
    picker = next(s for s in at.selectbox if s.label == "Kabupaten/kota")
    assert picker.value == "6409"
    picker.select_index(picker.options.index("Bontang")).run()
    assert not at.exception, at.exception
    assert at.session_state["f_regions_mode"] == "pilih"
    assert at.session_state["f_regions"] == ["6474"]
    assert "## Profil Kota Bontang" in all_text(at)
