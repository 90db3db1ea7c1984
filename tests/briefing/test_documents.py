"""The built brief, opened as a reader would: PPTX with python-pptx, PDF rendered by pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from briefing.pptx_writer import EXAMPLE_SHAPE_NAME


@pytest.fixture(scope="module")
def deck(built):  # noqa: ANN001
    return Presentation(io.BytesIO(built.files["pptx"]))


def _texts(slide) -> str:  # noqa: ANN001
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def _title(slide) -> str:  # noqa: ANN001
    return next(s.text_frame.text for s in slide.shapes if s.name == "Title")


def test_slides_titles_and_pictures(deck, built) -> None:  # noqa: ANN001
    slides = list(deck.slides)
    assert len(slides) == 6 + 2  # cover, six views, sources
    assert abs(deck.slide_width / deck.slide_height - 16 / 9) < 0.01
    assert _title(slides[0]) == "Rapat Koordinasi Uji"
    assert "10 Maret 2026 · Samarinda" in _texts(slides[0])
    titles = [_title(s) for s in slides[1:-1]]
    assert titles == [
        "Angka utama",
        "Persentase penduduk miskin · 2025",
        "Jumlah PMKS (26 jenis) · 2024",
        "Jumlah PMKS (26 jenis), 2015–2024",
        "Kesenjangan PKH · 2024",
        "Profil wilayah: Penajam Paser Utara",
    ]
    assert _title(slides[-1]) == "Sumber data"
    pictures = [
        sum(1 for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
        for slide in slides[1:-1]
    ]
    assert pictures == [0, 1, 1, 1, 1, 0]  # maps and the trend chart are pictures
    assert built.chart_engine in ("kaleido", "matplotlib")


def test_sources_years_and_example_labels(deck, built) -> None:  # noqa: ANN001
    slides = list(deck.slides)[1:-1]
    for slide, drawn in zip(slides, built.brief.views, strict=True):
        footer = next(s.text_frame.text for s in slide.shapes if s.name == "Footer")
        assert footer.startswith("Sumber: "), footer
        assert "Tahun: " in footer
        badge = [s for s in slide.shapes if s.name == EXAMPLE_SHAPE_NAME]
        if drawn.view.has_example:
            assert badge and badge[0].text_frame.text == "DATA CONTOH"
        else:
            assert not badge
            assert "DATA CONTOH" not in _texts(slide)
    # The official poverty map has no example data; PMKS is example data.
    assert [d.view.has_example for d in built.brief.views][1:3] == [False, True]
    notes = slides[2].notes_slide.notes_text_frame.text
    assert "Mahakam Ulu" in notes and "Tabel:" in notes
    closing = _texts(list(deck.slides)[-1])
    assert "https://" in closing


def test_file_names_say_year_and_example(built) -> None:  # noqa: ANN001
    years = built.brief.years
    assert years[0] < years[-1]  # trend from 2015, maps of the latest years
    assert built.file_name("pptx") == (
        f"serambi-bahan-rapat-2026-03-10-data-{years[0]}-{years[-1]}-DATA-CONTOH.pptx"
    )
    assert built.file_name("pdf").endswith("-DATA-CONTOH.pdf")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_pages_are_not_blank(built, tmp_path) -> None:  # noqa: ANN001
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(built.files["pdf"])
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 8
    for page in pages:
        img = np.asarray(Image.open(page).convert("L"), dtype=float)
        assert img.shape[0] > img.shape[1]  # A4 portrait
        assert img.std() > 12, page.name  # text, pictures and tables, not an empty page
    # Example pages carry the red badge: the PMKS map page (page 4) has red pixels.
    rgb = np.asarray(Image.open(pages[3]).convert("RGB")).astype(int)
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 60) & (rgb[..., 2] < 60)
    assert red.sum() > 200


def test_english_brief(brief_data, geometry) -> None:  # noqa: ANN001
    import datetime as dt

    from briefing.agenda import parse_agenda
    from briefing.build import build_brief
    from briefing.document import Cover

    agenda = parse_agenda('[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\n')
    built = build_brief(
        agenda,
        Cover("Coordination meeting", dt.date(2026, 3, 10), "Samarinda"),
        "en",
        data=brief_data,
        geometry=geometry,
        formats=("pptx",),
    )
    deck = Presentation(io.BytesIO(built.files["pptx"]))
    slide = list(deck.slides)[1]
    assert _title(slide) == "Number of PMKS (26 types) · 2024" or "2024" in _title(slide)
    assert any(
        s.name == EXAMPLE_SHAPE_NAME and s.text_frame.text == "EXAMPLE DATA" for s in slide.shapes
    )
    assert "Source: " in _texts(slide)
