"""The brief as a 16:9 PowerPoint file (python-pptx): cover, one slide per view, sources.

Each view slide carries its picture (map or chart), the key numbers as text, its sources and
year in the footer, DATA CONTOH in red on the slide itself when example data is shown, and the
table in the speaker notes so the presenter can answer "and Berau?" without leaving the slide.
"""

from __future__ import annotations

import io

import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from briefing.document import Brief, DrawnView, format_date
from views.i18n import t

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
RED = RGBColor(0xB7, 0x1C, 0x1C)
DARK = RGBColor(0x11, 0x11, 0x11)
GREY = RGBColor(0x44, 0x44, 0x44)
BLUE = RGBColor(0x1F, 0x3B, 0x5C)
FONT = "DejaVu Sans"
EXAMPLE_SHAPE_NAME = "DATA CONTOH"  # tests find the badge by this name


def _text(
    slide,
    left,
    top,
    width,
    height,
    text: str,
    *,
    size: int = 16,  # noqa: ANN001
    bold: bool = False,
    color: RGBColor = DARK,
    align=PP_ALIGN.LEFT,  # noqa: ANN001
    name: str | None = None,
):  # noqa: ANN202
    box = slide.shapes.add_textbox(left, top, width, height)
    if name:
        box.name = name
    frame = box.text_frame
    frame.word_wrap = True
    lines = text.split("\n")
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = align
        run = para.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = FONT
        run.font.color.rgb = color
    return box


def _badge(slide, text: str) -> None:  # noqa: ANN001
    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, WIDTH - Inches(3.3), Inches(0.25), Inches(3.0), Inches(0.7)
    )
    shape.name = EXAMPLE_SHAPE_NAME
    shape.fill.solid()
    shape.fill.fore_color.rgb = RED
    shape.line.color.rgb = RED
    frame = shape.text_frame
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    para = frame.paragraphs[0]
    para.alignment = PP_ALIGN.CENTER
    run = para.add_run()
    run.text = text
    run.font.size = Pt(24)
    run.font.bold = True
    run.font.name = FONT
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _title(slide, text: str, *, has_badge: bool) -> None:  # noqa: ANN001
    width = WIDTH - Inches(0.8) - (Inches(3.4) if has_badge else 0)
    box = _text(
        slide,
        Inches(0.4),
        Inches(0.2),
        width,
        Inches(0.9),
        text,
        size=30,
        bold=True,
        color=BLUE,
        name="Title",
    )
    box.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE


def _footer(slide, text: str, page: str) -> None:  # noqa: ANN001
    _text(
        slide,
        Inches(0.4),
        HEIGHT - Inches(0.62),
        WIDTH - Inches(1.6),
        Inches(0.5),
        text,
        size=12,
        color=GREY,
        name="Footer",
    )
    _text(
        slide,
        WIDTH - Inches(1.1),
        HEIGHT - Inches(0.62),
        Inches(0.8),
        Inches(0.5),
        page,
        size=12,
        color=GREY,
        align=PP_ALIGN.RIGHT,
        name="Page",
    )


def _table_text(table: pd.DataFrame | None) -> str:
    if table is None or table.empty:
        return ""
    lines = [" | ".join(str(c) for c in table.columns)]
    lines += [
        " | ".join("" if pd.isna(v) else str(v) for v in row)
        for row in table.itertuples(index=False)
    ]
    return "\n".join(lines)


def _table_shape(
    slide,
    table: pd.DataFrame,
    left,
    top,
    width,
    height,
    *,  # noqa: ANN001
    size: int = 12,
) -> None:
    rows, cols = len(table) + 1, len(table.columns)
    shape = slide.shapes.add_table(rows, cols, left, top, width, height)
    shape.name = "Table"
    grid = shape.table
    for j, col in enumerate(table.columns):
        grid.cell(0, j).text = str(col)
    for i, row in enumerate(table.itertuples(index=False), start=1):
        for j, value in enumerate(row):
            grid.cell(i, j).text = "" if pd.isna(value) else str(value)
    for i in range(rows):
        for j in range(cols):
            for para in grid.cell(i, j).text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.name = FONT
                    run.font.bold = i == 0


def _view_slide(prs: Presentation, brief: Brief, drawn: DrawnView, page: str) -> None:
    view = drawn.view
    lang = brief.lang
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    _title(slide, view.title, has_badge=view.has_example)
    if view.has_example:
        _badge(slide, t("badge.example", lang))
    top = Inches(1.15)
    keys = [*view.problems, *view.key_points]
    if drawn.picture is not None:
        pic_w = Inches(8.9)
        slide.shapes.add_picture(io.BytesIO(drawn.picture), Inches(0.3), top, width=pic_w)
        _text(
            slide,
            Inches(9.35),
            top + Inches(0.1),
            Inches(3.75),
            Inches(5.4),
            "\n".join(f"• {k}" for k in keys),
            size=17,
            name="Key numbers",
        )
    else:
        _text(
            slide,
            Inches(0.5),
            top,
            WIDTH - Inches(1.0),
            Inches(1.6),
            "\n".join(f"• {k}" for k in keys[:4]),
            size=17,
            name="Key numbers",
        )
        if view.table is not None and not view.table.empty:
            table = view.table.head(12)
            _table_shape(
                slide,
                table,
                Inches(0.5),
                top + Inches(1.75),
                WIDTH - Inches(1.0),
                Inches(0.32) * (len(table) + 1),
                size=11 if len(table) > 8 else 13,
            )
    if view.has_example:
        # Said in words on the slide too, next to the numbers it concerns.
        _text(
            slide,
            Inches(0.4),
            HEIGHT - Inches(1.0),
            WIDTH - Inches(0.8),
            Inches(0.4),
            t("badge.example_long", lang).split(". ")[0] + ".",
            size=13,
            bold=True,
            color=RED,
            name="Example note",
        )
    _footer(slide, brief.footer(view), page)
    notes = [
        view.title,
        *view.problems,
        *view.key_points,
        *view.notes,
        "",
        t("brief.notes.table", lang) + ":",
        _table_text(view.table),
        "",
        brief.footer(view, limit=20),
    ]
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)


def _cover(prs: Presentation, brief: Brief) -> None:
    lang = brief.lang
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, WIDTH, Inches(0.35))
    band.fill.solid()
    band.fill.fore_color.rgb = BLUE
    band.line.fill.background()
    _text(
        slide,
        Inches(0.7),
        Inches(1.0),
        WIDTH - Inches(1.4),
        Inches(1.6),
        brief.cover.title,
        size=38,
        bold=True,
        color=BLUE,
        name="Title",
    )
    _text(
        slide,
        Inches(0.7),
        Inches(2.7),
        WIDTH - Inches(1.4),
        Inches(0.6),
        t("brief.cover.subtitle", lang),
        size=20,
        color=GREY,
    )
    _text(
        slide,
        Inches(0.7),
        Inches(3.4),
        WIDTH - Inches(1.4),
        Inches(0.6),
        f"{format_date(brief.cover.date, lang)} · {brief.cover.place}",
        size=22,
        bold=True,
        name="Date and place",
    )
    _text(
        slide,
        Inches(0.7),
        Inches(4.2),
        Inches(7.5),
        Inches(2.6),
        t("brief.cover.agenda", lang) + "\n" + "\n".join(brief.agenda_lines()),
        size=15,
        name="Agenda",
    )
    if brief.has_example:
        _badge(slide, t("badge.example", lang))
        _text(
            slide,
            Inches(8.4),
            Inches(4.3),
            Inches(4.4),
            Inches(2.0),
            t("brief.cover.example", lang),
            size=15,
            bold=True,
            color=RED,
            name="Example note",
        )
    _text(
        slide,
        Inches(0.7),
        HEIGHT - Inches(0.6),
        WIDTH - Inches(1.4),
        Inches(0.4),
        t("brief.cover.made", lang, date=format_date(brief.made, lang)),
        size=12,
        color=GREY,
        name="Footer",
    )


def _sources(prs: Presentation, brief: Brief, page: str) -> None:
    lang = brief.lang
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _title(slide, t("brief.sources.title", lang), has_badge=brief.has_example)
    if brief.has_example:
        _badge(slide, t("badge.example", lang))
    cited = brief.sources()
    size = 14 if len(cited) <= 10 else 11 if len(cited) <= 16 else 9
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1.2), WIDTH - Inches(1.0), Inches(5.4))
    box.name = "Sources"
    frame = box.text_frame
    frame.word_wrap = True
    for i, c in enumerate(cited):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = f"• {c.label(lang)}"
        run.font.size = Pt(size)
        run.font.name = FONT
        if c.url:
            link = para.add_run()
            link.text = f"  {c.url}"
            link.font.size = Pt(size - 2)
            link.font.name = FONT
            link.font.color.rgb = GREY
            if c.url.startswith(("https://", "http://")):
                link.hyperlink.address = c.url
    for extra in (t("brief.sources.geodata", lang), t("brief.about.kinds", lang)):
        para = frame.add_paragraph()
        run = para.add_run()
        run.text = extra
        run.font.size = Pt(size)
        run.font.name = FONT
        run.font.italic = True
    _footer(slide, t("brief.cover.made", lang, date=format_date(brief.made, lang)), page)


def write_pptx(brief: Brief) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
    prs.core_properties.title = brief.cover.title
    prs.core_properties.language = "id-ID" if brief.lang == "id" else "en-GB"
    n = len(brief.views) + 2
    _cover(prs, brief)
    for i, drawn in enumerate(brief.views, start=2):
        _view_slide(prs, brief, drawn, t("brief.footer.page", brief.lang, i=i, n=n))
    _sources(prs, brief, t("brief.footer.page", brief.lang, i=n, n=n))
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
