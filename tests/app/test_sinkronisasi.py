"""AppTest of pages/sinkronisasi.py on the seeded store: the published register beside the need."""

from __future__ import annotations

import html
import re

import pytest

from tests.app.conftest import all_text, html_tables, run_app

PAGE = "pages/sinkronisasi.py"
pytestmark = pytest.mark.usefixtures("app_env")


def matrix_cells(at) -> dict[tuple[str, str], str]:  # noqa: ANN001
    """(group row, regency column) -> cell text of the matrix."""
    body = next(h.proto.body for h in at.get("html") if 'class="sync-matrix"' in h.proto.body)
    heads = [html.unescape(h) for h in re.findall(r'<th scope="col">(.*?)</th>', body)]
    out = {}
    for row in re.findall(r"<tr data-group=.*?</tr>", body):
        label = html.unescape(re.search(r'<th scope="row">(.*?)</th>', row).group(1))
        cells = [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        out.update({(label, head): text for head, text in zip(heads[1:], cells, strict=True)})
    return out


def test_matrix_shows_levels_of_published_activities_and_example_need_is_labelled():
    at = run_app(PAGE, query={"tahun": "2024"})
    assert not at.exception, at.exception
    text = all_text(at)
    assert "Sinkronisasi program per tingkat — 2024" in text
    cells = matrix_cells(at)
    # PPU 2024 (published): BSPS Kementerian PUPR, Pemprov RTLH, Disperkimtan PPU, CSR.
    assert cells[("Rumah tidak layak huni", "PPU")] == "Pst Prov Kab NP"
    # PMKS need per regency is example data: a counted need without any activity is a gap,
    # and the page says DATA CONTOH.
    assert cells[("PMKS: Penyandang disabilitas", "Kukar")] == "celah"
    assert "DATA CONTOH" in text
    assert re.search(r"\d+ celah, \d+ sel dengan beberapa tingkat", text)
    # PKH/BPNT recipients are the Cakupan page's indicator data (example data in 2024): the
    # national level acts for poor families, marked as resting on example data only.
    assert cells[("Keluarga miskin dan rentan (DTSEN desil 1-4)", "PPU")] == "Pst†"
    assert "† = tingkat ini hanya tercatat dari DATA CONTOH" in text
    assert re.search(r"dan [\d.]+ angka penerima PKH/BPNT per kabupaten/kota per tahun", text)


def test_who_does_what_of_ppu_lists_every_level_with_its_source():
    at = run_app(PAGE, query={"tahun": "2024", "wilayah": "6409"})
    assert not at.exception, at.exception
    table = next(
        t for t in html_tables(at) if "Pelaksana" in " ".join(t.columns) or "Program" in t.columns
    )
    assert {"Pusat", "Provinsi", "Kabupaten/kota", "Non-pemerintah"} <= set(table["Tingkat"])
    row = table[table["Program"].str.startswith("Perbaikan RTLH (Disperkimtan PPU)")].iloc[0]
    assert row["Rencana"] == "93 unit rumah" and row["Realisasi"] == "49 unit rumah"
    assert row["Anggaran (Rp)"] == "2.375.000.000"
    assert row["Sumber"].startswith("Antara Kaltim")
    pkh = table[table["Program"].str.startswith("PKH")].iloc[0]
    assert pkh["Tingkat"] == "Pusat" and pkh["Realisasi"] == "4.162 KK"  # as on Cakupan
    assert pkh["Sumber"].startswith("DATA CONTOH")


def test_presenter_mode_shows_the_matrix_without_map_or_tables():
    at = run_app(PAGE, query={"tahun": "2024", "mode": "presentasi"})
    assert not at.exception, at.exception
    assert matrix_cells(at)[("Rumah tidak layak huni", "PPU")] == "Pst Prov Kab NP"
    assert not at.get("selectbox") or all(s.key != "sync_who_region" for s in at.selectbox)


def test_english_page_uses_english_badges():
    at = run_app(PAGE, query={"tahun": "2024", "lang": "en"})
    assert not at.exception, at.exception
    assert "Programmes by level of government — 2024" in all_text(at)
    assert matrix_cells(at)[("Substandard houses", "PPU")] == "Ctr Prov Reg NG"
