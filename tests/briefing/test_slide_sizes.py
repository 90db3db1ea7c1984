"""Slides read from 8 m: the deck of the shipped agenda, opened with python-pptx.

Body text is at least 18 pt, footer and source lines at least 12 pt (shapes named "Footer..."
or "Sources"), nothing overflows its box, the sources are spread over as many slides as they
need, the profile slide shows its headline indicators large (the full table in the notes) and
a change map says at the top how many regencies it hatches.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

from briefing import fit
from welfare.catalogue import load_catalogue
from welfare.key_indicators import key_indicator_ids

BODY, SMALL = 18, 12
SMALL_PRINT = ("Footer", "Sources")  # the only shapes allowed below BODY
EMU_PER_INCH = 914400


def _deck(built):  # noqa: ANN001, ANN202
    return Presentation(io.BytesIO(built.files["pptx"]))


def _frames(shape):  # noqa: ANN001, ANN202
    """Every text frame of a shape: its own, or each table cell's."""
    if shape.has_text_frame:
        yield shape.text_frame
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            for cell in row.cells:
                yield cell.text_frame


def _inches(emu: int) -> float:
    return Emu(emu) / EMU_PER_INCH


def _title(slide) -> str:  # noqa: ANN001
    return next(s.text_frame.text for s in slide.shapes if s.name == "Title")


@pytest.mark.parametrize("which", ["built", "banding_built"])
def test_every_run_is_readable_from_the_back_of_the_room(which: str, request) -> None:  # noqa: ANN001
    deck = _deck(request.getfixturevalue(which))
    small, checked = [], 0
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            least = SMALL if shape.name.startswith(SMALL_PRINT) else BODY
            for frame in _frames(shape):
                for para in frame.paragraphs:
                    for run in para.runs:
                        checked += 1
                        size = run.font.size
                        # No inherited size: what the reader sees is what is written here.
                        if size is None or size.pt < least:
                            small.append((number, shape.name, run.text[:40], size and size.pt))
    assert checked > 50
    assert small == []


def _runs(frame) -> list[list[fit.Run]]:  # noqa: ANN001
    return [
        [fit.Run(r.text, r.font.size.pt, bool(r.font.bold)) for r in p.runs] or [fit.Run("", 18)]
        for p in frame.paragraphs
    ]


@pytest.mark.parametrize("which", ["built", "banding_built"])
def test_no_text_overflows_its_box_or_the_slide(which: str, request) -> None:  # noqa: ANN001
    deck = _deck(request.getfixturevalue(which))
    height = _inches(deck.slide_height)
    over = []
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            frame = shape.text_frame
            spacing = max((p.space_after.pt if p.space_after else 0) for p in frame.paragraphs)
            need = fit.box_height(_runs(frame), _inches(shape.width), space_after=spacing)
            box_bottom = _inches(shape.top) + _inches(shape.height)
            if need > _inches(shape.height) + 0.02 or box_bottom > height:
                over.append((number, shape.name, round(need, 2), round(_inches(shape.height), 2)))
    assert over == []


def test_sources_are_split_over_slides_at_12_pt_or_more(built) -> None:  # noqa: ANN001
    slides = [s for s in _deck(built).slides if _title(s).startswith("Sumber data")]
    n = len(slides)
    assert n >= 2  # the shipped agenda cites more sources than one slide holds at 12 pt
    assert [_title(s) for s in slides] == [f"Sumber data ({i}/{n})" for i in range(1, n + 1)]
    listed = []
    for slide in slides:
        box = next(s for s in slide.shapes if s.name == "Sources")
        sizes = {r.font.size.pt for p in box.text_frame.paragraphs for r in p.runs}
        assert min(sizes) >= SMALL and max(sizes) <= BODY, sizes
        listed += [p.runs[0].text for p in box.text_frame.paragraphs]
    # Every cited source once, in order, nothing lost between two slides.
    labels = [f"• {c.label('id')}" for c in built.brief.sources()]
    assert listed[: len(labels)] == labels
    assert len(listed) == len(labels) + 2  # and the notes on boundaries and kinds of numbers


def test_profile_slide_shows_the_key_indicators_large(built) -> None:  # noqa: ANN001
    deck = _deck(built)
    index, drawn = next((i, d) for i, d in enumerate(built.brief.views) if d.view.page == "profil")
    slide = list(deck.slides)[1 + index]
    assert _title(slide) == "Profil wilayah: Penajam Paser Utara"
    table: pd.DataFrame = drawn.view.table
    cards = [s for s in slide.shapes if s.name == "Card"]
    assert 4 <= len(cards) <= 6
    assert not any(s.has_table for s in slide.shapes)  # no small table on the slide
    # The cards are the headline indicators the presenter page picks, in its order.
    ids = {i.label("id"): i.id for i in load_catalogue()}
    wanted = key_indicator_ids([ids[label] for label in table["Indikator"]], None)
    names = {i.id: i.label("id") for i in load_catalogue()}
    rows = table.set_index("Indikator")
    for card, indicator in zip(cards, wanted, strict=False):
        label = names[indicator]
        text = card.text_frame.text
        assert text.startswith(label), text
        row = rows.loc[label]
        assert f"Tahun: {row['Tahun']}" in text
        number, unit = row["Nilai"].split(" ", 1)
        assert number in text and unit in text
        rank, of = row["Peringkat"].split("/")
        ranked = f"Peringkat {rank} dari {of}" if int(of) >= 2 else "Hanya wilayah ini"
        assert ranked in text, text
        big = max(r.font.size.pt for p in card.text_frame.paragraphs for r in p.runs)
        assert big >= 32  # the number itself is large
        assert ("DATA CONTOH" in text) == (row["Jenis data"] == "DATA CONTOH")
    # The speaker notes hold the full table: every indicator with its value.
    notes = slide.notes_slide.notes_text_frame.text
    assert len(table) > len(cards)
    for label, value in zip(table["Indikator"], table["Nilai"], strict=True):
        assert f"{label} | " in notes and value in notes


def test_change_map_says_how_many_regencies_are_hatched_at_the_top(banding_built) -> None:  # noqa: ANN001
    deck = _deck(banding_built)
    slides = list(deck.slides)[1 : 1 + len(banding_built.brief.views)]
    tops = {_title(s): [x for x in s.shapes if x.name == "Top note"] for s in slides}
    # PMKS 2015 has Samarinda only: nine of ten regencies are hatched on the change map.
    (note,) = tops["Jumlah PMKS (26 jenis): perubahan 2019 → 2015"]
    assert note.text_frame.text == "9 dari 10 kabupaten/kota tanpa data 2015 (diarsir)"
    view = banding_built.brief.views[3].view
    assert sum(s.no_data for s in view.layer.styles.values()) == 9
    slide = slides[3]
    title = next(s for s in slide.shapes if s.name == "Title")
    below = [
        s for s in slide.shapes if s.name == "Key numbers" or s.shape_type == MSO_SHAPE_TYPE.PICTURE
    ]
    assert len(below) == 2
    assert note.top >= title.top + title.height - Emu(EMU_PER_INCH // 20)
    assert all(note.top + note.height <= s.top for s in below)  # above picture and numbers
    assert note.text_frame.paragraphs[0].runs[0].font.size.pt >= BODY
    # Every regency has both years: nothing to count, nothing said.
    assert tops["Jumlah PMKS (26 jenis): perubahan 2019 → 2024"] == []
    assert tops["Persentase penduduk miskin: perubahan 2020 → 2024"] == []
    assert "9 dari 10 kabupaten/kota tanpa data 2015" in slide.notes_slide.notes_text_frame.text
