"""AppTest of pages/antisipasi.py on the seeded store: projected need with its method and worked
example, the four population concepts as separate lines, DATA CONTOH, presenter mode."""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.app.conftest import all_text, html_tables, run_app

PAGE = "pages/antisipasi.py"
pytestmark = pytest.mark.usefixtures("app_env")


def charts(at) -> dict[str, dict]:  # noqa: ANN001
    """Plotly figures by their chart key's end (the spec of each ``st.plotly_chart``)."""
    out = {}
    for el in at.get("plotly_chart"):
        spec = json.loads(el.proto.spec)
        title = re.sub(r"<[^>]+>", " ", spec["layout"]["title"]["text"])
        out[title] = spec
    return out


def cards(at) -> dict[str, str]:  # noqa: ANN001
    """Region -> the text of its card."""
    body = next(h.proto.body for h in at.get("html") if 'class="outlook-cards"' in h.proto.body)
    out = {}
    for section in re.findall(r'<section class="outlook-card".*?</section>', body):
        text = html.unescape(re.sub(r"<[^>]+>", " ", section))
        region = html.unescape(re.search(r'<div class="region">([^<]+)', section).group(1)).strip()
        out[region] = " ".join(text.split())
    return out


def test_projection_of_ppu_and_kukar_with_method_and_worked_example():
    at = run_app(PAGE)
    assert not at.exception, at.exception
    text = html.unescape(all_text(at))
    assert "Antisipasi 2030: Keluarga desil 1–4 DTSEN (sasaran PKH)" in text
    shown = cards(at)
    assert list(shown) == ["Penajam Paser Utara", "Kutai Kartanegara"]
    ppu = shown["Penajam Paser Utara"]
    assert re.search(r"\+[\d.]+ KK lebih banyak pada 2030 dibanding 2026", ppu), ppu
    assert "DATA CONTOH" in ppu and "Tanpa rentang" in ppu and "Tempat PKH" in ppu
    # The method in one paragraph and its worked example, the base year said once.
    assert "Cara menghitung." in text and "tanpa model lain" in text
    assert "Contoh, Penajam Paser Utara: laju 2026 = " in text
    assert "Tahun dasar (laju hari ini): 2026" in text
    assert "DATA CONTOH" in text  # the rates are example data
    # Regencies without a projection are named.
    assert "Tanpa proyeksi BPS (kebutuhan tidak dihitung): Paser, Kutai Barat" in text
    # Every regency in the ranking table, the fastest growth first.
    table = next(t for t in html_tables(at) if "Tambahan hingga 2035" in t.columns)
    assert len(table) == 10 and table.iloc[0]["Wilayah"] == "Penajam Paser Utara"


def test_population_concepts_are_separate_traces_never_joined():
    at = run_app(PAGE)
    assert not at.exception, at.exception
    figure = next(v for k, v in charts(at).items() if "Penduduk Penajam Paser Utara" in k)
    traces = {t["name"].replace("<br>", " "): t for t in figure["data"]}  # legend wraps
    projection = traces["BPS: proyeksi (SP2020)"]
    dukcapil = traces["Dukcapil: penduduk terdaftar"]
    estimate = traces["BPS: sensus/estimasi"]
    assert projection is not dukcapil and projection["x"] == [2035]
    assert 2035 not in dukcapil["x"] and 2035 not in estimate["x"]
    assert projection["mode"] == "markers"  # one figure: a marker, no line to anything
    assert traces["Rencana IKN per tahap (wilayah IKN)"]["x"][-1] == 2045
    assert traces["Pendataan Penduduk IKN (BPS)"]["x"] == [2025]
    assert len(traces) == 5  # five series, five traces
    text = html.unescape(all_text(at))
    assert "dari sumber sekunder" in text  # the IKN plan's figures
    growth = next(
        t for t in html_tables(at) if "Laju per tahun" in t.columns and "Periode" in t.columns
    )
    row = growth[(growth["Garis"] == "BPS: sensus/estimasi") & (growth["Periode"] == "2020 → 2023")]
    assert row.iloc[0]["Laju per tahun"] == "3,23 % per tahun"


def test_a_regency_without_projection_says_so():
    at = run_app(PAGE, query={"wilayah": "6401"})
    assert not at.exception, at.exception
    paser = cards(at)["Paser"]
    assert "Tidak ada proyeksi BPS untuk Paser: kebutuhan 2030 tidak dihitung." in paser
    text = html.unescape(all_text(at))
    assert "Tidak ada proyeksi BPS untuk Paser di sumber yang terbaca" in text  # the chart's note


def test_presenter_mode_is_one_focused_view():
    at = run_app(PAGE, query={"mode": "presentasi", "wilayah": "6409,6403"})
    assert not at.exception, at.exception
    assert list(cards(at)) == ["Penajam Paser Utara", "Kutai Kartanegara"]
    text = html.unescape(all_text(at))
    assert "Cara menghitung." in text and "Contoh, Penajam Paser Utara" in text
    assert "DATA CONTOH" in text
    assert not at.get("plotly_chart") and not at.multiselect and not at.selectbox
    assert "Di mana kebutuhan tumbuh paling cepat" not in text


def test_english_page():
    at = run_app(PAGE, query={"lang": "en"})
    assert not at.exception, at.exception
    text = html.unescape(all_text(at))
    assert "Outlook 2030: Families in DTSEN deciles 1–4 (PKH eligibility)" in text
    assert "Worked example, Penajam Paser Utara" in text
    assert "EXAMPLE DATA" in text


def test_presenter_shows_the_measure_its_agenda_step_names(tmp_path, monkeypatch):
    agenda = tmp_path / "agenda.toml"
    agenda.write_text(
        '[[langkah]]\nhalaman = "beranda"\n\n'
        '[[langkah]]\nhalaman = "antisipasi"\nindikator = "pmks_total"\nwilayah = "6409"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = run_app(
        PAGE,
        query={"mode": "presentasi", "wilayah": "6409", "indikator": "pmks_total"},
        session={"presenter_step": 1},  # the second step is on screen, as on its slide
    )
    assert not at.exception, at.exception
    text = html.unescape(all_text(at))
    assert "Antisipasi 2030: Jumlah PMKS (26 jenis)" in text
    assert list(cards(at)) == ["Penajam Paser Utara"]
