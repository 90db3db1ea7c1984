"""The brief as an A4 PDF handout (matplotlib's PdfPages, DejaVu Sans).

matplotlib is already needed for the map pictures and embeds DejaVu Sans, which has every
Indonesian character, so the handout needs no other library. One page per view: title (and
DATA CONTOH in red), the picture, the key numbers, the full table and the sources with year;
a cover page before and a page of sources with their links after.
"""

from __future__ import annotations

import io
import textwrap

import numpy as np
import pandas as pd
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from PIL import Image

from briefing.document import Brief, DrawnView, format_date
from ground import palette
from views.i18n import t

A4 = (8.27, 11.69)
RED = palette.EXAMPLE
BLUE = "#1f3b5c"
GREY = "#444444"
FONT = "DejaVu Sans"
MARGIN = 0.06


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def _page(pdf: PdfPages, brief: Brief, page: int, n: int, *, example: bool) -> Figure:
    fig = Figure(figsize=A4)
    if example:
        fig.text(
            1 - MARGIN,
            0.975,
            f" {t('badge.example', brief.lang)} ",
            ha="right",
            va="top",
            fontsize=15,
            fontweight="bold",
            color="white",
            family=FONT,
            bbox={"boxstyle": "round,pad=0.3", "facecolor": RED, "edgecolor": RED},
        )
    fig.text(
        1 - MARGIN,
        0.015,
        t("brief.footer.page", brief.lang, i=page, n=n),
        ha="right",
        va="bottom",
        fontsize=8,
        color=GREY,
        family=FONT,
    )
    fig.text(
        MARGIN,
        0.015,
        brief.cover.title,
        ha="left",
        va="bottom",
        fontsize=8,
        color=GREY,
        family=FONT,
    )
    return fig


def _cover(pdf: PdfPages, brief: Brief, n: int) -> None:
    lang = brief.lang
    fig = _page(pdf, brief, 1, n, example=brief.has_example)
    fig.text(
        MARGIN,
        0.86,
        _wrap(brief.cover.title, 34),
        fontsize=24,
        fontweight="bold",
        color=BLUE,
        va="top",
        family=FONT,
    )
    fig.text(
        MARGIN,
        0.70,
        t("brief.cover.subtitle", lang),
        fontsize=12,
        color=GREY,
        va="top",
        family=FONT,
    )
    fig.text(
        MARGIN,
        0.66,
        f"{format_date(brief.cover.date, lang)} · {brief.cover.place}",
        fontsize=15,
        fontweight="bold",
        va="top",
        family=FONT,
    )
    lines = [t("brief.cover.agenda", lang), *brief.agenda_lines()]
    fig.text(
        MARGIN,
        0.58,
        "\n".join(_wrap(x, 70) for x in lines),
        fontsize=12,
        va="top",
        family=FONT,
        linespacing=1.6,
    )
    if brief.has_example:
        fig.text(
            MARGIN,
            0.25,
            _wrap(t("brief.cover.example", lang), 70),
            fontsize=12,
            fontweight="bold",
            color=RED,
            va="top",
            family=FONT,
        )
    fig.text(
        MARGIN,
        0.06,
        t("brief.cover.made", lang, date=format_date(brief.made, lang)),
        fontsize=9,
        color=GREY,
        family=FONT,
    )
    pdf.savefig(fig)


def _cell(value: object, width: int) -> str:
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(fig: Figure, table: pd.DataFrame, top: float, bottom: float) -> None:
    cols = list(table.columns)
    # Widths follow the cells (headers wrap onto two lines); long text (sources) is capped.
    widths = []
    for c in cols:
        longest = max([min(len(str(c)), 14)] + [len(str(v)) for v in table[c]])
        widths.append(min(max(longest, 7), 34))
    total = float(sum(widths))
    rows = [
        [_cell(v, w) for v, w in zip(row, widths, strict=True)]
        for row in table.itertuples(index=False)
    ]
    labels = [
        _wrap(_cell(c, 2 * max(w, 10)), max(w, 10)) for c, w in zip(cols, widths, strict=True)
    ]
    lines = max(label.count("\n") + 1 for label in labels)
    # The available width is ~128 characters at 7 pt; a wider table gets smaller type.
    size = 7.5 if total <= 118 else 6.5 if total <= 140 else 5.5
    row_h = 0.0165 if size >= 7 else 0.014
    height = min(top - bottom, row_h * (len(rows) + lines))
    ax = fig.add_axes((MARGIN, top - height, 1 - 2 * MARGIN, height))
    ax.set_axis_off()
    tab = ax.table(
        cellText=rows,
        colLabels=labels,
        colWidths=[w / total for w in widths],
        loc="upper left",
        cellLoc="left",
        bbox=(0, 0, 1, 1),
    )
    tab.auto_set_font_size(False)
    tab.set_fontsize(size)
    cells = tab.get_celld()
    body_h = cells[(1, 0)].get_height() if (1, 0) in cells else 0.0
    for (r, _), cell in cells.items():
        cell.set_edgecolor("#cccccc")
        cell.get_text().set_fontfamily(FONT)
        if r == 0:
            cell.set_facecolor("#e8edf3")
            cell.get_text().set_fontweight("bold")
        elif r % 2 == 0:
            cell.set_facecolor("#f7f7f7")
    if body_h and lines > 1:
        # Header rows as tall as their lines; the body shares the rest of the box.
        n = len(rows)
        unit = 1.0 / (n + lines)
        for (r, _), cell in cells.items():
            cell.set_height(unit * lines if r == 0 else unit)


def _view_page(pdf: PdfPages, brief: Brief, drawn: DrawnView, page: int, n: int) -> None:
    view = drawn.view
    lang = brief.lang
    fig = _page(pdf, brief, page, n, example=view.has_example)
    title_w = 38 if view.has_example else 52
    fig.text(
        MARGIN,
        0.975,
        _wrap(view.title, title_w),
        fontsize=16,
        fontweight="bold",
        color=BLUE,
        va="top",
        family=FONT,
    )
    y = 0.915
    if view.subtitle:
        fig.text(MARGIN, y, view.subtitle, fontsize=10, color=GREY, va="top", family=FONT)
        y -= 0.02
    if view.top_note:
        fig.text(MARGIN, y, view.top_note, fontsize=11, fontweight="bold", va="top", family=FONT)
        y -= 0.022
    if drawn.picture is not None:
        img = np.asarray(Image.open(io.BytesIO(drawn.picture)).convert("RGB"))
        h_frac = (1 - 2 * MARGIN) * A4[0] * img.shape[0] / img.shape[1] / A4[1]
        ax = fig.add_axes((MARGIN, y - h_frac, 1 - 2 * MARGIN, h_frac))
        ax.imshow(img, interpolation="antialiased")
        ax.set_axis_off()
        y -= h_frac + 0.015
    keys = [*view.problems, *view.key_points]
    if keys:
        text = "\n".join(_wrap(f"• {k}", 95) for k in keys)
        fig.text(MARGIN, y, text, fontsize=10, va="top", family=FONT, linespacing=1.4)
        y -= 0.019 * (text.count("\n") + 1) + 0.015
    if view.has_example:
        fig.text(
            MARGIN,
            y,
            _wrap(t("badge.example_long", lang).split(". ")[0] + ".", 95),
            fontsize=10,
            fontweight="bold",
            color=RED,
            va="top",
            family=FONT,
        )
        y -= 0.03
    footer = brief.footer(view, limit=6)
    footer_text = _wrap(footer, 120)
    footer_h = 0.014 * (footer_text.count("\n") + 1) + 0.01
    if view.table is not None and not view.table.empty:
        _table(fig, view.table, y, 0.04 + footer_h)
    fig.text(MARGIN, 0.035, footer_text, fontsize=8, color=GREY, va="bottom", family=FONT)
    pdf.savefig(fig)


def _sources(pdf: PdfPages, brief: Brief, n: int) -> None:
    lang = brief.lang
    fig = _page(pdf, brief, n, n, example=brief.has_example)
    fig.text(
        MARGIN,
        0.975,
        t("brief.sources.title", lang),
        fontsize=16,
        fontweight="bold",
        color=BLUE,
        va="top",
        family=FONT,
    )
    lines = []
    for c in brief.sources():
        lines.append(_wrap(f"• {c.label(lang)}", 100))
        if c.url:
            lines.append("   " + _cell(c.url, 110))
    lines += [
        "",
        _wrap(t("brief.sources.geodata", lang), 100),
        _wrap(t("brief.about.kinds", lang), 100),
    ]
    size = 9 if len(lines) <= 60 else 7
    fig.text(MARGIN, 0.93, "\n".join(lines), fontsize=size, va="top", family=FONT, linespacing=1.35)
    pdf.savefig(fig)


def write_pdf(brief: Brief) -> bytes:
    buf = io.BytesIO()
    n = len(brief.views) + 2
    with PdfPages(buf, metadata={"Title": brief.cover.title, "Creator": "Serambi"}) as pdf:
        _cover(pdf, brief, n)
        for i, drawn in enumerate(brief.views, start=2):
            _view_page(pdf, brief, drawn, i, n)
        _sources(pdf, brief, n)
    return buf.getvalue()
