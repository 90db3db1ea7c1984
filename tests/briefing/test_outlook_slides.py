"""The Antisipasi and Sinyal steps in a real Bahan rapat: the PPTX holds the projection of PPU
and Kukar to 2030 with its band and method, and the signals since the last rakor with both
numbers; DATA CONTOH on the slides themselves; every run readable from 8 m."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pptx import Presentation

from tests.briefing.test_slide_sizes import BODY, SMALL, SMALL_PRINT, _frames, _title

AGENDA = """
[[langkah]]
halaman = "antisipasi"
wilayah = "6409,6403"

[[langkah]]
halaman = "sinyal"
"""


@pytest.fixture(scope="module")
def outlook_built(brief_data, geometry):  # noqa: ANN001, ANN201
    from briefing.build import build_brief
    from briefing.document import Cover
    from views.agenda import parse_agenda

    return build_brief(
        parse_agenda(AGENDA),
        Cover("Rakor antisipasi", dt.date(2026, 3, 10), "Samarinda"),
        "id",
        data=brief_data,
        geometry=geometry,
        today=dt.date(2026, 3, 1),
    )


def _texts(slide) -> str:  # noqa: ANN001
    return " ".join(f.text for s in slide.shapes for f in _frames(s))


def test_projection_and_signals_slides(outlook_built) -> None:  # noqa: ANN001
    deck = Presentation(io.BytesIO(outlook_built.files["pptx"]))
    slides = list(deck.slides)
    need, signals = slides[1], slides[2]
    assert _title(need) == "Antisipasi 2030: Keluarga desil 1–4 DTSEN (sasaran PKH)"
    text = _texts(need)
    for part in ("Penajam Paser Utara", "Kutai Kartanegara", "Kebutuhan 2030", "Rentang"):
        assert part in text
    assert "laju per 1.000 penduduk hari ini × penduduk 2030" in text  # the method, on the slide
    assert any(s.name == "DATA CONTOH" for s in need.shapes)
    notes = need.notes_slide.notes_text_frame.text
    assert "Contoh, Penajam Paser Utara: laju" in notes  # the worked example
    assert _title(signals) == "Sinyal sejak rakor 16 Mei 2024"
    body = _texts(signals)
    assert "Sebelum → terbaru" in body and "memburuk" in body
    assert "0,01 → 0,10 indeks (2024 → 2025)" in body  # both numbers, both years
    assert any(s.name == "DATA CONTOH" for s in signals.shapes)
    assert "Balikpapan" in signals.notes_slide.notes_text_frame.text
    assert outlook_built.files["pptx"] and outlook_built.files["pdf"].startswith(b"%PDF")


def test_every_run_is_readable(outlook_built) -> None:  # noqa: ANN001
    deck = Presentation(io.BytesIO(outlook_built.files["pptx"]))
    small = []
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            least = SMALL if shape.name.startswith(SMALL_PRINT) else BODY
            for frame in _frames(shape):
                for para in frame.paragraphs:
                    for run in para.runs:
                        if run.font.size is None or run.font.size.pt < least:
                            small.append((number, shape.name, run.text[:40]))
    assert small == []
