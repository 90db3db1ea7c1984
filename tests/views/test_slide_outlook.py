"""The Antisipasi and Sinyal slides (views.slide_outlook) say what the pages say: the same view
models over the same store, so a number read off a slide is the number on the projector."""

from __future__ import annotations

import pytest

from views import outlook_view as ov
from views import signal_view as sv
from views.agenda import AgendaStep, parse_agenda
from views.slides import build_view

AGENDA = """
[[langkah]]
halaman = "antisipasi"
wilayah = "6409,6403"

[[langkah]]
halaman = "antisipasi"
indikator = "pmks_total"
wilayah = "6401"

[[langkah]]
halaman = "sinyal"
"""


def test_agenda_accepts_both_pages() -> None:
    steps = parse_agenda(AGENDA).steps
    assert [s.page for s in steps] == ["antisipasi", "antisipasi", "sinyal"]
    assert steps[0].region_codes == ("6409", "6403") and steps[1].indicator == "pmks_total"


@pytest.mark.usefixtures("page_env")
def test_projection_slide_is_the_presenter_view(brief_data) -> None:  # noqa: ANN001
    from components.bodies import outlook_need

    step = parse_agenda(AGENDA).steps[0]
    slide = build_view(brief_data, step, "id")
    page = outlook_need.view(("6409", "6403"), ov.DEFAULT_MEASURE, 2030, "id")
    assert slide.title == page.title == "Antisipasi 2030: Keluarga desil 1–4 DTSEN (sasaran PKH)"
    assert slide.slide_table.equals(ov.slide_table(page))
    assert list(slide.slide_table["Wilayah"]) == ["Penajam Paser Utara", "Kutai Kartanegara"]
    assert slide.has_example and slide.top_note.startswith("Kebutuhan 2030 = laju per 1.000")
    # The method and its worked example go to the speaker notes; the band is on the slide.
    assert page.method in slide.notes and page.example in slide.notes
    ppu = slide.slide_table.iloc[0]
    card = page.cards[0]
    assert (
        ppu["Tambahan"] == card.headline
        and ppu["Kebutuhan 2030"] == f"{ov.count(card.need, 'id')} KK"
    )
    assert ppu["Rentang"] == "tanpa rentang: 1 tahun data (perlu 3)"
    assert ppu["Tempat program"].endswith("; cakupan 55,4 %")
    # The notes' table has every regency, those without a projection saying so.
    assert len(slide.table) == 10
    assert "tanpa proyeksi BPS" in set(slide.table["Tambahan hingga 2030"])


def test_a_step_picks_its_measure_and_regions(brief_data) -> None:  # noqa: ANN001
    slide = build_view(brief_data, parse_agenda(AGENDA).steps[1], "id")
    assert slide.title == "Antisipasi 2030: Jumlah PMKS (26 jenis)"
    row = slide.slide_table.iloc[0]
    assert row["Wilayah"] == "Paser"
    assert row["Rentang"] == "tanpa proyeksi BPS" and row["Tambahan"] == "–"
    assert "Tempat program" not in slide.slide_table.columns  # PMKS has no programme
    odd = build_view(brief_data, AgendaStep("antisipasi", "penduduk_miskin_persen"), "id")
    assert odd.problems == (
        "Indikator penduduk_miskin_persen tidak dapat diproyeksikan; ditampilkan Keluarga "
        "desil 1–4 DTSEN (sasaran PKH).",
    )


@pytest.mark.usefixtures("page_env")
def test_signals_slide_is_the_signals_page(brief_data) -> None:  # noqa: ANN001
    from components.state import data_access, outlook_access

    slide = build_view(brief_data, AgendaStep("sinyal"), "id")
    report, meeting = outlook_access.signals()
    page = sv.build(report, data_access.region_names(), "id", meeting)
    assert slide.title == page.title == "Sinyal sejak rakor 16 Mei 2024"
    assert slide.top_note == page.counts
    assert slide.has_example == page.has_example
    assert len(slide.slide_table) == page.count  # the writer keeps what fits at 18 pt
    where = [f"{r.region}: {r.indicator}" for r in page.signals]
    assert list(slide.slide_table["Wilayah · indikator"]) == where
    # Every signal and note is in the speaker notes' table, with both sources.
    assert len(slide.table) == page.count + len(page.notes)
    assert slide.sources
