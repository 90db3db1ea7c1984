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


def _view_slides(deck, built) -> list:  # noqa: ANN001
    """The slides between the cover and the sources slides (one per agenda step)."""
    return list(deck.slides)[1 : 1 + len(built.brief.views)]


def test_slides_titles_and_pictures(deck, built) -> None:  # noqa: ANN001
    slides = list(deck.slides)
    sources = slides[11:]  # cover, ten views, then as many sources slides as the list needs
    assert len(sources) >= 1
    assert abs(deck.slide_width / deck.slide_height - 16 / 9) < 0.01
    assert _title(slides[0]) == "Rapat Koordinasi Uji"
    assert "10 Maret 2026 · Samarinda" in _texts(slides[0])
    titles = [_title(s) for s in slides[1:11]]
    assert titles == [
        "Angka utama",
        "Persentase penduduk miskin · 2024",  # the live map's year
        "Jumlah PMKS (26 jenis) · 2024",
        "Jumlah PMKS (26 jenis), 2015–2024",
        "Kesenjangan PKH · 2024",
        "Sinkronisasi program per tingkat — 2024",
        "Antisipasi 2030: Keluarga desil 1–4 DTSEN (sasaran PKH)",
        "Sinyal sejak rakor 16 Mei 2024",
        "Tindak lanjut rumusan",
        "Profil wilayah: Penajam Paser Utara",
    ]
    n = len(sources)
    assert [_title(s) for s in sources] == (
        ["Sumber data"] if n == 1 else [f"Sumber data ({i}/{n})" for i in range(1, n + 1)]
    )
    pictures = [
        sum(1 for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
        for slide in slides[1:11]
    ]
    assert pictures == [0, 1, 1, 1, 1, 0, 0, 0, 0, 0]  # maps and the trend chart are pictures
    assert built.chart_engine in ("kaleido", "matplotlib")


def test_sources_years_and_example_labels(deck, built) -> None:  # noqa: ANN001
    slides = _view_slides(deck, built)
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
    closing = " ".join(_texts(s) for s in list(deck.slides)[1 + len(slides) :])
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
    assert len(pages) == 12
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

    from briefing.build import build_brief
    from briefing.document import Cover
    from views.agenda import parse_agenda

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


def _picture(slide) -> np.ndarray:  # noqa: ANN001
    pic = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    return np.asarray(Image.open(io.BytesIO(pic.image.blob)).convert("RGB"))


def _colour_inside(view, geometry, img: np.ndarray, kode: str) -> str:  # noqa: ANN001
    """The commonest colour well inside region ``kode`` of the picture of ``view``."""
    from collections import Counter

    from shapely import Point

    from briefing import figures
    from geo import static_map

    fig = static_map.draw(view.layer, geometry, figures.map_text(view))
    inner = geometry.regencies.set_index("kode_bps").loc[kode, "geometry"].buffer(-0.06)
    minx, miny, maxx, maxy = inner.bounds
    rng = np.random.default_rng(0)
    found: Counter = Counter()
    for x, y in zip(rng.uniform(minx, maxx, 300), rng.uniform(miny, maxy, 300), strict=True):
        if inner.contains(Point(x, y)):
            col, row = static_map.pixel_of(fig, x, y)
            found["#{:02x}{:02x}{:02x}".format(*(int(c) for c in img[row, col]))] += 1
    return found.most_common(1)[0][0]


def test_a_banding_step_is_a_change_map_slide(banding_built, geometry) -> None:  # noqa: ANN001
    deck = Presentation(io.BytesIO(banding_built.files["pptx"]))
    slides = _view_slides(deck, banding_built)
    assert [_title(s) for s in slides] == [
        "Jumlah PMKS (26 jenis) · 2024",
        "Jumlah PMKS (26 jenis): perubahan 2019 → 2024",
        "Persentase penduduk miskin: perubahan 2020 → 2024",
        "Jumlah PMKS (26 jenis): perubahan 2019 → 2015",
    ]
    keys = [next(s.text_frame.text for s in sl.shapes if s.name == "Key numbers") for sl in slides]
    assert "Tertinggi: " in keys[0]
    for text in keys[1:3]:
        assert "• Naik terbesar " in text and "• Turun terbesar " in text, text
        assert "Tertinggi" not in text and "mode presentasi" not in text
    # PMKS 2015 has one regency only (Samarinda): one fall, no rise, and the count says so.
    assert "Naik terbesar" not in keys[3] and "• Turun terbesar 2019 → 2015: Samarinda" in keys[3]
    assert "• Data tersedia untuk 1 dari 10 kabupaten/kota." in keys[3]
    assert "• Turun terbesar 2020 → 2024: Kutai Timur, −0,74 poin" in keys[2]
    footers = [next(s.text_frame.text for s in sl.shapes if s.name == "Footer") for sl in slides]
    assert footers[1].endswith("Tahun: 2019–2024") and footers[1].startswith("Sumber: ")
    # The picture is the change layer's, not the one-year map's: Kutai Timur (the largest fall
    # of PMKS per 1.000) is painted in the change map's blue, not in the year's class colour.
    one_year, change = (d.view for d in banding_built.brief.views[:2])
    kode = "6404"
    assert change.layer.styles[kode].fill in {"#0571b0", "#92c5de"}
    assert _colour_inside(change, geometry, _picture(slides[1]), kode) == (
        change.layer.styles[kode].fill
    )
    assert _colour_inside(one_year, geometry, _picture(slides[0]), kode) == (
        one_year.layer.styles[kode].fill
    )
    assert one_year.layer.styles[kode].fill != change.layer.styles[kode].fill
    assert not np.array_equal(_picture(slides[0]), _picture(slides[1]))


def test_a_change_slide_says_data_contoh_when_either_year_is_example(banding_built) -> None:  # noqa: ANN001
    deck = Presentation(io.BytesIO(banding_built.files["pptx"]))
    slides = _view_slides(deck, banding_built)
    # PMKS 2015 is official, 2019 and 2024 example data; poverty is official in both years.
    assert [d.view.has_example for d in banding_built.brief.views] == [True, True, False, True]
    for slide, example in zip(slides[1:], (True, False, True), strict=True):
        badge = [s for s in slide.shapes if s.name == EXAMPLE_SHAPE_NAME]
        assert bool(badge) == example
        assert ("DATA CONTOH" in _texts(slide)) == example
    assert banding_built.file_name("pptx").endswith("-DATA-CONTOH.pptx")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_handout_prints_the_change_maps(banding_built, tmp_path) -> None:  # noqa: ANN001
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(banding_built.files["pdf"])
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    pages = [" ".join(p.split()) for p in out.stdout.split("\f")]  # titles wrap
    # Cover and sources list the titles too: find each map page by its key numbers.
    change = next(p for p in pages if "Naik terbesar 2020 → 2024" in p)
    assert "perubahan 2020 → 2024" in change and "Turun terbesar 2020 → 2024" in change
    assert "DATA CONTOH" not in change
    backwards = next(p for p in pages if "Turun terbesar 2019 → 2015" in p)
    assert "perubahan 2019 → 2015" in backwards and "DATA CONTOH" in backwards
    assert "Tahun: 2015–2019" in backwards  # the years in order, whichever is compared
