"""The brief as a 16:9 PowerPoint file (python-pptx): cover, one slide per view, sources.

Each view slide carries its picture (map or chart), the key numbers as text, its sources and
year in the footer, DATA CONTOH in red on the slide itself when example data is shown, and the
table in the speaker notes so the presenter can answer "and Berau?" without leaving the slide.

Slides are read from 8 m: body text is never below :data:`BODY` pt; only the footer and the
sources slides (shapes named with a prefix in :data:`SMALL_PRINT`) go down to :data:`SMALL`
pt. Rather than shrink type, the writer measures text (:mod:`briefing.fit`) and gives the
picture less room, moves rows to the speaker notes or adds a sources slide.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from briefing import fit
from briefing.document import Brief, DrawnView, format_date
from views.i18n import t
from views.slide import Card

W, H = 13.333, 7.5  # inches
WIDTH, HEIGHT = Inches(W), Inches(H)
SIDE = 0.4  # left and right margin, in
FOOTER_TOP = H - 0.62
RED = RGBColor(0xB7, 0x1C, 0x1C)
DARK = RGBColor(0x11, 0x11, 0x11)
GREY = RGBColor(0x44, 0x44, 0x44)
BLUE = RGBColor(0x1F, 0x3B, 0x5C)
CARD_FILL = RGBColor(0xEE, 0xF2, 0xF7)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
FONT = "DejaVu Sans"
EXAMPLE_SHAPE_NAME = "DATA CONTOH"  # tests find the badge by this name

BODY = 18  # pt: the smallest body text, readable from the back of a meeting room
SMALL = 12  # pt: footer and source lines only
TITLE = 30
BADGE = 24  # DATA CONTOH, top right
VALUE = 40  # a profile card's number
FOOTER_NAME = "Footer"
SOURCES_NAME = "Sources"
SMALL_PRINT = (FOOTER_NAME, SOURCES_NAME)  # shapes whose name starts so may use SMALL pt
CARD_NAME = "Card"
SOURCE_SIZE, URL_SIZE = 14, SMALL


@dataclass(frozen=True)
class Span:
    """A run of text with its look (measured as a :class:`briefing.fit.Run`)."""

    text: str
    size: float
    bold: bool = False
    color: RGBColor = DARK
    italic: bool = False
    link: str | None = None

    @property
    def run(self) -> fit.Run:
        return fit.Run(self.text, self.size, self.bold)


Para = Sequence[Span]


def _lines(text: str, size: float, *, bold: bool = False, color: RGBColor = DARK) -> list[Para]:
    return [[Span(line, size, bold, color)] for line in text.split("\n")]


def _height(paras: Sequence[Para], width: float, *, space_after: float = 0) -> float:
    return fit.box_height([[s.run for s in p] for p in paras], width, space_after=space_after)


def _fill(frame, paras: Sequence[Para], *, align=PP_ALIGN.LEFT, space_after: float = 0) -> None:  # noqa: ANN001
    frame.word_wrap = True
    for i, spans in enumerate(paras):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = align
        if space_after:
            para.space_after = Pt(space_after)
        for span in spans:
            run = para.add_run()
            run.text = span.text
            run.font.size = Pt(span.size)
            run.font.bold = span.bold
            run.font.italic = span.italic
            run.font.name = FONT
            run.font.color.rgb = span.color
            if span.link and span.link.startswith(("https://", "http://")):
                run.hyperlink.address = span.link


def _box(
    slide,  # noqa: ANN001
    left: float,
    top: float,
    width: float,
    height: float,
    paras: Sequence[Para],
    *,
    name: str,
    align=PP_ALIGN.LEFT,  # noqa: ANN001
    space_after: float = 0,
):  # noqa: ANN202
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    box.name = name
    _fill(box.text_frame, paras, align=align, space_after=space_after)
    return box


def _badge_width(text: str) -> float:
    """Wide enough for the badge's words on one line ('EXAMPLE DATA' is wider than 3 in)."""
    return max(3.0, fit.width(text, BADGE, bold=True) + 2 * fit.INSET_X + 0.3)


def _badge(slide, text: str) -> None:  # noqa: ANN001
    width = _badge_width(text)
    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE,
        Inches(W - 0.3 - width),
        Inches(0.25),
        Inches(width),
        Inches(0.7),
    )
    shape.name = EXAMPLE_SHAPE_NAME
    shape.fill.solid()
    shape.fill.fore_color.rgb = RED
    shape.line.color.rgb = RED
    frame = shape.text_frame
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    _fill(frame, [[Span(text, BADGE, True, WHITE)]], align=PP_ALIGN.CENTER)


def _title(slide, text: str, *, badge: str | None) -> float:  # noqa: ANN001
    """The title (wrapping onto as many lines as it needs) left of the badge, if any; returns
    its bottom in inches."""
    width = W - 2 * SIDE - (_badge_width(badge) + 0.1 if badge else 0)
    paras = _lines(text, TITLE, bold=True, color=BLUE)
    height = max(0.9, _height(paras, width))
    box = _box(slide, SIDE, 0.2, width, height, paras, name="Title")
    box.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    return 0.2 + height


def _footer(slide, texts: Sequence[str], page: str) -> None:  # noqa: ANN001
    """The first of ``texts`` (longest first) that fits two lines of small print."""
    width = W - 2 * SIDE - 1.2
    for text in texts:
        paras = _lines(text, SMALL, color=GREY)
        if _height(paras, width) <= 0.55:
            break
    _box(slide, SIDE, FOOTER_TOP, width, 0.55, paras, name=FOOTER_NAME)
    _box(
        slide,
        W - 1.1,
        FOOTER_TOP,
        0.8,
        0.5,
        _lines(page, SMALL, color=GREY),
        name=f"{FOOTER_NAME} page",
        align=PP_ALIGN.RIGHT,
    )


def _example_note(slide, lang: str) -> float:  # noqa: ANN001
    """DATA CONTOH said in words above the footer; returns the top of the note."""
    paras = _lines(t("badge.example_long", lang).split(". ")[0] + ".", BODY, bold=True, color=RED)
    height = _height(paras, W - 2 * SIDE)
    top = FOOTER_TOP - height - 0.05
    _box(slide, SIDE, top, W - 2 * SIDE, height, paras, name="Example note")
    return top


def _bullets(
    slide,  # noqa: ANN001
    items: Sequence[str],
    left: float,
    top: float,
    width: float,
    height: float,
    *,
    sizes: Sequence[int] = (22, 20, BODY),
) -> None:
    """Key numbers at the largest size that fits; those that fit at no size stay in the notes."""
    items = list(items)
    while items:
        for size in sizes:
            paras = [[Span(f"• {k}", size)] for k in items]
            if _height(paras, width, space_after=6) <= height:
                _box(slide, left, top, width, height, paras, name="Key numbers", space_after=6)
                return
        items.pop()


def _table_text(table: pd.DataFrame | None) -> str:
    if table is None or table.empty:
        return ""
    lines = [" | ".join(str(c) for c in table.columns)]
    lines += [
        " | ".join("" if pd.isna(v) else str(v) for v in row)
        for row in table.itertuples(index=False)
    ]
    return "\n".join(lines)


def _column_widths(table: pd.DataFrame, total: float, size: float) -> list[float]:
    """Each column as wide as its longest cell, the widest capped so that all fit ``total``."""
    natural = []
    for col in table.columns:
        cells = [fit.width(str(v), size) for v in table[col]]
        head = min(fit.width(str(col), size, bold=True), 3.0)  # long headers wrap
        natural.append(max([head, *cells]) + 2 * fit.INSET_X + 0.05)
    if sum(natural) <= total:
        return [w * total / sum(natural) for w in natural]
    low, high = 0.0, max(natural)
    for _ in range(40):  # the cap c with sum(min(w, c)) == total
        cap = (low + high) / 2
        low, high = (cap, high) if sum(min(w, cap) for w in natural) < total else (low, cap)
    return [min(w, low) for w in natural]


def _table_shape(
    slide,  # noqa: ANN001
    table: pd.DataFrame,
    left: float,
    top: float,
    width: float,
    height: float,
    lang: str,
) -> None:
    """The slide table, as large as fits (22 to 18 pt); rows that do not fit at 18 pt are left
    to the speaker notes."""
    cells = [[str(c) for c in table.columns]]
    cells += [["" if pd.isna(v) else str(v) for v in row] for row in table.itertuples(index=False)]
    for size in (22, 20, BODY):
        widths = _column_widths(table, width, size)
        heights = [
            max(_height(_lines(v, size, bold=i == 0), w) for v, w in zip(row, widths, strict=True))
            for i, row in enumerate(cells)
        ]
        if sum(heights) <= height:
            break

    def more(shown: int) -> list[Para]:
        return _lines(t("brief.slide.more_in_notes", lang, n=len(cells) - shown), BODY, color=GREY)

    def fits(shown: int) -> bool:
        extra = 0 if shown == len(cells) else _height(more(shown), width)
        return sum(heights[:shown]) + extra <= height

    shown = len(cells)
    while shown > 2 and not fits(shown):
        shown -= 1
    frame = slide.shapes.add_table(
        shown, len(widths), Inches(left), Inches(top), Inches(width), Inches(sum(heights[:shown]))
    )
    frame.name = "Table"
    grid = frame.table
    for j, w in enumerate(widths):
        grid.columns[j].width = Inches(w)
    for i in range(shown):
        grid.rows[i].height = Inches(heights[i])
        for j, value in enumerate(cells[i]):
            cell = grid.cell(i, j)
            cell.text_frame.text = ""
            _fill(
                cell.text_frame, _lines(value, size, bold=i == 0, color=WHITE if i == 0 else DARK)
            )
    if shown < len(cells):
        note = more(shown)
        _box(
            slide, left, top + sum(heights[:shown]), width, _height(note, width), note, name="More"
        )


def _card_paras(card: Card, lang: str, value_size: float) -> list[Para]:
    year = [Span(f"{t('map.year', lang)}: {card.year}", BODY, True)]
    if card.is_example:
        year.append(Span(f" · {t('badge.example', lang)}", BODY, True, RED))
    paras: list[Para] = [
        [Span(card.label, BODY, True)],
        [Span(card.value, value_size, True, BLUE), Span(f" {card.unit}", BODY + 2)],
        year,
        [Span(card.rank, BODY, color=GREY)],
    ]
    if card.count:
        paras.append([Span(card.count, BODY, color=GREY)])
    return paras


def _grid(n: int) -> tuple[int, int]:
    """Columns and rows for ``n`` cards: 3 x 2 for five or six, 2 x 2 for four."""
    cols = 2 if n in (2, 4) else min(3, n)
    return cols, math.ceil(n / cols)


def _cards(
    slide,  # noqa: ANN001
    cards: Sequence[Card],
    lang: str,
    top: float,
    bottom: float,
) -> None:
    """The headline indicators as large cards: as many as fit with every word at 18 pt.

    Six when they fit (3 x 2), else four (2 x 2), ...; the number shrinks from 40 to 32 pt
    before a card is left out. Every indicator stays in the speaker notes' table.
    """
    gap = 0.2
    # The rounded corner insets the text a little further than a text box.
    corner = 0.05
    layout = None
    for n in dict.fromkeys(k for k in (min(len(cards), 6), 4, 2, 1) if k <= len(cards)):
        cols, rows = _grid(n)
        card_w = (W - 2 * SIDE - (cols - 1) * gap) / cols
        card_h = (bottom - top - (rows - 1) * gap) / rows
        for value_size in (VALUE, 32):
            need = max(
                _height(_card_paras(c, lang, value_size), card_w - corner) for c in cards[:n]
            )
            if need <= card_h:
                layout = (n, cols, card_w, card_h, value_size)
                break
        if layout:
            break
    if layout is None:  # not even one card fits: say the first, the notes have the rest
        layout = (1, 1, W - 2 * SIDE, bottom - top, 32)
    n, cols, card_w, card_h, value_size = layout
    for k, card in enumerate(cards[:n]):
        r, c = divmod(k, cols)
        shape = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE,
            Inches(SIDE + c * (card_w + gap)),
            Inches(top + r * (card_h + gap)),
            Inches(card_w),
            Inches(card_h),
        )
        shape.name = CARD_NAME
        shape.adjustments[0] = 0.06
        shape.fill.solid()
        shape.fill.fore_color.rgb = CARD_FILL
        shape.line.color.rgb = RED if card.is_example else CARD_FILL
        shape.line.width = Pt(2.5)
        frame = shape.text_frame
        frame.vertical_anchor = MSO_ANCHOR.TOP
        frame.margin_left = frame.margin_right = Inches(fit.INSET_X)
        frame.margin_top = frame.margin_bottom = Inches(fit.INSET_Y)
        _fill(frame, _card_paras(card, lang, value_size))


def _picture_size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as img:
        return img.size


def _view_slide(prs: Presentation, brief: Brief, drawn: DrawnView, page: str) -> None:
    view = drawn.view
    lang = brief.lang
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    badge = t("badge.example", lang) if view.has_example else None
    top = _title(slide, view.title, badge=badge)
    if view.has_example:
        _badge(slide, t("badge.example", lang))
    if view.top_note:
        # Said at the top, not only drawn (e.g. the regencies a change map hatches).
        paras = _lines(view.top_note, BODY + 2, bold=True)
        height = _height(paras, W - 2 * SIDE)
        _box(slide, SIDE, top, W - 2 * SIDE, height, paras, name="Top note")
        top += height
    top += 0.1
    bottom = (_example_note(slide, lang) if view.has_example else FOOTER_TOP) - 0.1
    keys = [*view.problems, *view.key_points]
    if drawn.picture is not None:
        px_w, px_h = _picture_size(drawn.picture)
        pic_w = min(8.9, (bottom - top) * px_w / px_h)
        slide.shapes.add_picture(
            io.BytesIO(drawn.picture), Inches(0.3), Inches(top), width=Inches(pic_w)
        )
        left = 0.3 + pic_w + 0.15
        _bullets(slide, keys, left, top, W - left - 0.25, bottom - top)
    else:
        if view.problems and (view.cards or view.slide_table is not None):
            paras = [[Span(f"• {p}", BODY, True)] for p in view.problems]
            height = _height(paras, W - 2 * SIDE)
            _box(slide, SIDE, top, W - 2 * SIDE, height, paras, name="Problems")
            top += height + 0.05
        if view.cards:
            _cards(slide, view.cards, lang, top, bottom)
        elif view.slide_table is not None and not view.slide_table.empty:
            _table_shape(
                slide, view.slide_table, SIDE + 0.1, top, W - 2 * SIDE - 0.2, bottom - top, lang
            )
        else:
            _bullets(slide, keys, SIDE + 0.1, top, W - 2 * SIDE - 0.2, bottom - top)
    _footer(slide, [brief.footer(view, limit=n) for n in (3, 2, 1)], page)
    notes = [
        view.title,
        *([view.top_note] if view.top_note else []),
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
    left, width = 0.7, W - 1.4
    y = 1.0
    blocks: list[tuple[str, list[Para]]] = [
        ("Title", _lines(brief.cover.title, 38, bold=True, color=BLUE)),
        ("Subtitle", _lines(t("brief.cover.subtitle", lang), 20, color=GREY)),
        (
            "Date and place",
            _lines(f"{format_date(brief.cover.date, lang)} · {brief.cover.place}", 22, bold=True),
        ),
    ]
    if brief.has_example:
        _badge(slide, t("badge.example", lang))
        blocks.append(
            ("Example note", _lines(t("brief.cover.example", lang), BODY, bold=True, color=RED))
        )
    for name, paras in blocks:
        height = _height(paras, width)
        _box(slide, left, y, width, height, paras, name=name)
        y += height + 0.1
    # The agenda in one column, or two when it is long: never in smaller type.
    head = [Span(t("brief.cover.agenda", lang), BODY + 2, True)]
    lines = brief.agenda_lines()
    room = H - 0.75 - y
    one = [head, *([Span(x, BODY)] for x in lines)]
    if _height(one, width) <= room or len(lines) < 2:
        _box(slide, left, y, width, room, one, name="Agenda")
    else:
        half = math.ceil(len(lines) / 2)
        col_w = (width - 0.3) / 2
        first = [head, *([Span(x, BODY)] for x in lines[:half])]
        second = [[Span("", BODY + 2, True)], *([Span(x, BODY)] for x in lines[half:])]
        _box(slide, left, y, col_w, room, first, name="Agenda")
        _box(slide, left + col_w + 0.3, y, col_w, room, second, name="Agenda 2")
    _box(
        slide,
        left,
        H - 0.6,
        width,
        0.4,
        _lines(t("brief.cover.made", lang, date=format_date(brief.made, lang)), SMALL, color=GREY),
        name=FOOTER_NAME,
    )


SOURCES_TOP = 1.25
SOURCES_WIDTH = W - 2 * SIDE
SOURCES_SPACE = 4  # pt between two sources


def source_pages(brief: Brief) -> list[list[Para]]:
    """The sources list cut into slides that each fit at :data:`SOURCE_SIZE` pt."""
    lang = brief.lang
    paras: list[Para] = []
    for c in brief.sources():
        spans = [Span(f"• {c.label(lang)}", SOURCE_SIZE)]
        if c.url:
            spans.append(Span(f"  {c.url}", URL_SIZE, color=GREY, link=c.url))
        paras.append(spans)
    for extra in (t("brief.sources.geodata", lang), t("brief.about.kinds", lang)):
        paras.append([Span(extra, SOURCE_SIZE, italic=True)])
    # A box's height is its insets plus its paragraphs': measure each paragraph once.
    inner = SOURCES_WIDTH - 2 * fit.INSET_X
    heights = [
        fit.paragraph_height([s.run for s in p], inner, space_after=SOURCES_SPACE) for p in paras
    ]
    room = FOOTER_TOP - 0.1 - SOURCES_TOP - 2 * fit.INSET_Y
    pages = _pack(heights, room)
    # As few slides as at full height, but filled evenly (no slide with one line on it).
    low, high = 0.0, room
    for _ in range(20):
        mid = (low + high) / 2
        low, high = (mid, high) if len(_pack(heights, mid)) > len(pages) else (low, mid)
    return [[paras[i] for i in page] for page in _pack(heights, high)]


def _pack(heights: Sequence[float], room: float) -> list[list[int]]:
    """Indices of paragraphs per page, in order, each page at most ``room`` tall."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, h in enumerate(heights):
        if pages[-1] and used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += h
    return pages


def _sources(prs: Presentation, brief: Brief, paras: list[Para], i: int, n: int, page: str) -> None:
    lang = brief.lang
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    title = t("brief.sources.title", lang)
    if n > 1:
        title = t("brief.sources.title_part", lang, i=i, n=n)
    _title(slide, title, badge=t("badge.example", lang) if brief.has_example else None)
    if brief.has_example:
        _badge(slide, t("badge.example", lang))
    _box(
        slide,
        SIDE,
        SOURCES_TOP,
        SOURCES_WIDTH,
        FOOTER_TOP - 0.1 - SOURCES_TOP,
        paras,
        name=SOURCES_NAME,
        space_after=SOURCES_SPACE,
    )
    _footer(slide, [t("brief.cover.made", lang, date=format_date(brief.made, lang))], page)


def write_pptx(brief: Brief) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
    prs.core_properties.title = brief.cover.title
    prs.core_properties.language = "id-ID" if brief.lang == "id" else "en-GB"
    sources = source_pages(brief)
    n = 1 + len(brief.views) + len(sources)
    _cover(prs, brief)
    for i, drawn in enumerate(brief.views, start=2):
        _view_slide(prs, brief, drawn, t("brief.footer.page", brief.lang, i=i, n=n))
    first = n - len(sources) + 1
    for k, paras in enumerate(sources, start=1):
        page = t("brief.footer.page", brief.lang, i=first + k - 1, n=n)
        _sources(prs, brief, paras, k, len(sources), page)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
