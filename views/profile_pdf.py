"""A regency's profile on one A4 page (PDF), drawn with matplotlib like the meeting handout.

matplotlib is already needed for the map pictures and the meeting brief's PDF
(``briefing/pdf_writer.py``), and it embeds DejaVu Sans, which has every Indonesian
character: no other library, nothing fetched. The page holds, top to bottom: the title (and
DATA CONTOH in red when any figure is example data), the page's facts, the year rule, the
headline indicators in large type, every indicator in two columns (year, the card's number
and unit, rank among the regencies, its source as [k]), the numbered sources and a footer.
Labels that do not fit their column are cut with "…" (measured, not guessed); the whole table
with every column is the profile's XLSX. Text is embedded as TrueType (``pdf.fonttype`` 42),
so the figures can be searched and copied.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from functools import lru_cache

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

from views.i18n import t
from views.profile_export import IndicatorLine, ProfileSheet, sources

A4_MM = (210, 297)
W_PT, H_PT = (mm / 25.4 * 72 for mm in A4_MM)
FONT = "DejaVu Sans"
BLUE = "#1f3b5c"
GREY = "#444444"
RED = "#b71c1c"  # the example colour of every page (ground.palette.EXAMPLE)
MARGIN = 22.0  # points
GAP = 10.0  # between the two columns of the table


@lru_cache(maxsize=4096)
def _char_width(char: str, bold: bool) -> float:
    """Advance width of one character at 1 pt (DejaVu Sans), measured once."""
    prop = FontProperties(family=FONT, size=100, weight="bold" if bold else "normal")
    width, _, _ = TextToPath().get_text_width_height_descent(char, prop, ismath=False)
    return width / 100


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` in points at ``size`` (sum of advances; kerning ignored)."""
    return sum(_char_width(c, bold) for c in text) * size


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text``, cut with "…" so it is at most ``width`` points wide at ``size``."""
    if text_width(text, size, bold=bold) <= width:
        return text
    out = text
    while out and text_width(out + "…", size, bold=bold) > width:
        out = out[:-1]
    return out.rstrip() + "…"


class _Page:
    """Text placed in points from the top-left corner of an A4 figure."""

    def __init__(self) -> None:
        self.fig = Figure(figsize=(W_PT / 72, H_PT / 72))

    def text(self, x: float, y: float, s: str, size: float, **kw: object) -> None:
        kw.setdefault("va", "top")
        kw.setdefault("family", FONT)
        self.fig.text(x / W_PT, 1 - y / H_PT, s, fontsize=size, **kw)  # type: ignore[arg-type]

    def rule(self, y: float, x0: float = MARGIN, x1: float = W_PT - MARGIN) -> None:
        self.fig.add_artist(
            Line2D([x0 / W_PT, x1 / W_PT], [1 - y / H_PT] * 2, color="#bbbbbb", linewidth=0.5)
        )


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of ``text`` at most ``width`` points wide (by words)."""
    chars = max(10, int(width / (size * 0.55)))
    lines = textwrap.wrap(text, width=chars, break_long_words=False) or [text]
    while any(text_width(line, size) > width for line in lines) and chars > 10:
        chars -= 2
        lines = textwrap.wrap(text, width=chars, break_long_words=False) or [text]
    return lines


def _join_fitting(items: Sequence[str], width: float, size: float, sep: str = "  ·  ") -> list:
    """``items`` joined by ``sep`` into lines at most ``width`` wide, never split inside one."""
    lines: list[str] = []
    for item in items:
        if lines and text_width(lines[-1] + sep + item, size) <= width:
            lines[-1] += sep + item
        else:
            lines.append(item)
    return lines


def _header(page: _Page, sheet: ProfileSheet) -> float:
    """Title, example badge, facts, the year rule; returns the y below them."""
    lang = sheet.lang
    y = MARGIN
    title_w = W_PT - 2 * MARGIN - (110 if sheet.has_example else 0)
    page.text(
        MARGIN, y, fit(sheet.title, title_w, 16, bold=True), 16, fontweight="bold", color=BLUE
    )
    if sheet.has_example:
        page.text(
            W_PT - MARGIN,
            y,
            f" {t('badge.example', lang)} ",
            12,
            ha="right",
            fontweight="bold",
            color="white",
            bbox={"boxstyle": "round,pad=0.3", "facecolor": RED, "edgecolor": RED},
        )
    y += 24
    for line in _join_fitting([f"{k}: {v}" for k, v in sheet.facts], W_PT - 2 * MARGIN, 7.5):
        page.text(MARGIN, y, line, 7.5)
        y += 10
    y += 2
    for line in _wrap(t("prof.export.year_rule", lang), W_PT - 2 * MARGIN, 6.5):
        page.text(MARGIN, y, line, 6.5, color=GREY)
        y += 8.5
    if sheet.has_example:
        for line in _wrap(t("prof.export.example", lang), W_PT - 2 * MARGIN, 7):
            page.text(MARGIN, y, line, 7, color=RED, fontweight="bold")
            y += 9
    return y + 4


def _key_cards(page: _Page, sheet: ProfileSheet, y: float, refs: dict[str, int]) -> float:
    """The headline indicators as two rows of four cards; returns the y below them."""
    lang = sheet.lang
    rows = sheet.key_lines
    if not rows:
        return y
    page.text(MARGIN, y, t("prof.export.key", lang), 9, fontweight="bold", color=BLUE)
    y += 13
    per_row, height = 4, 58.0
    width = (W_PT - 2 * MARGIN - (per_row - 1) * 6) / per_row
    for i, line in enumerate(rows):
        x = MARGIN + (i % per_row) * (width + 6)
        top = y + (i // per_row) * (height + 6)
        colour = RED if line.kind == "example" else "black"
        label = _wrap(line.label, width - 8, 7)[:2]
        if len(_wrap(line.label, width - 8, 7)) > 2:
            label[1] = fit(label[1] + " …", width - 8, 7)
        for j, part in enumerate(label):
            page.text(x + 4, top + 3 + j * 8.5, part, 7, color=GREY)
        star = " *" if line.kind == "example" else ""
        value = f"{line.number(line.value, lang)}{star}"
        page.text(x + 4, top + 21, value, 13, fontweight="bold", color=colour)
        unit_x = x + 4 + text_width(value, 13, bold=True) + 3
        page.text(unit_x, top + 26, fit(line.unit, x + width - 4 - unit_x, 7), 7, color=colour)
        parts = [str(line.year)]
        if line.rank is not None:
            parts.append(t("prof.export.rank", lang, rank=line.rank, n=line.n_ranked))
        ref = f" [{refs[line.citation.label()]}]" if line.citation else ""
        page.text(x + 4, top + 38, fit(" · ".join(parts) + ref, width - 8, 6.5), 6.5)
        if line.aggregate is not None:
            agg = t("prof.export.aggregate", lang, v=line.number(line.aggregate, lang))
            page.text(x + 4, top + 47, fit(f"{agg} {line.unit}", width - 8, 6.5), 6.5)
        page.fig.add_artist(
            Rectangle(
                (x / W_PT, 1 - (top + height) / H_PT),
                width / W_PT,
                height / H_PT,
                facecolor="none",
                edgecolor="#bbbbbb",
                linewidth=0.6,
            )
        )
    n_rows = (len(rows) + per_row - 1) // per_row
    return y + n_rows * (height + 6) + 4


# The table's columns after the indicator's label: (key, right aligned, widest width).
_COLUMNS = (
    ("year", False, 30.0),
    ("value", True, 60.0),
    ("unit", False, 96.0),
    ("rank", True, 40.0),
    ("src", True, 20.0),
)


def _cells(line: IndicatorLine, refs: dict[str, int], lang: str) -> dict[str, str]:
    return {
        "year": str(line.year),
        "value": line.number(line.value, lang),
        "unit": line.unit,
        "rank": f"{line.rank}/{line.n_ranked}" if line.rank is not None else "–",
        "src": f"[{refs[line.citation.label()]}]" if line.citation else "",
    }


def _table(page: _Page, sheet: ProfileSheet, y: float, bottom: float, refs: dict[str, int]) -> None:
    """Every indicator in two columns, rows as high as the space allows (always all of them).

    Each column is as wide as its widest cell (within a limit); the label takes the rest.
    """
    lang = sheet.lang
    rows = list(sheet.lines)
    page.text(MARGIN, y, t("prof.export.all", lang, n=len(rows)), 9, fontweight="bold", color=BLUE)
    y += 13
    per_col = (len(rows) + 1) // 2
    step = min(10.0, (bottom - y) / (per_col + 1))
    size = min(6.6, step * 0.68)
    block = (W_PT - 2 * MARGIN - GAP) / 2
    heads = {
        "year": t("col.year", lang),
        "value": t("col.value", lang),
        "unit": t("prof.xcol.unit", lang),
        "rank": t("col.rank", lang),
        "src": "[k]",
    }
    cells = [_cells(line, refs, lang) for line in rows]
    widths = {
        key: min(
            limit,
            5 + max([text_width(heads[key], size, bold=True)]
                    + [text_width(c[key], size) for c in cells]),
        )
        for key, _, limit in _COLUMNS
    }  # fmt: skip
    label_w = block - sum(widths.values())
    for b in range(2):
        x0 = MARGIN + b * (block + GAP)
        chunk = list(zip(rows, cells, strict=True))[b * per_col : (b + 1) * per_col]
        xs = _column_x(x0 + label_w, widths)
        page.text(x0, y, t("prof.xcol.indicator", lang), size, fontweight="bold")
        for key, (x, right) in xs.items():
            head = fit(heads[key], widths[key] - 3, size, bold=True)
            page.text(x, y, head, size, fontweight="bold", ha=_ha(right))
        page.rule(y + step, x0, x0 + block)
        for i, (line, row) in enumerate(chunk):
            ry = y + (i + 1) * step + 1.5
            colour = RED if line.kind == "example" else "black"
            star = "*" if line.kind == "example" else ""
            label = fit(line.label, label_w - 4 - text_width(star, size), size) + star
            page.text(x0, ry, label, size, color=colour)
            for key, (x, right) in xs.items():
                text = fit(row[key], widths[key] - 3, size)
                page.text(x, ry, text, size, ha=_ha(right), color=colour)


def _legend(page: _Page, sheet: ProfileSheet, y: float) -> None:
    for line in _legend_lines(sheet):
        page.text(MARGIN, y, line, 6.3, color=GREY)
        y += 8


def _legend_lines(sheet: ProfileSheet) -> list[str]:
    n = max((r.aggregate_n for r in sheet.lines), default=10) or 10
    return _wrap(t("prof.export.legend", sheet.lang, n=n), W_PT - 2 * MARGIN, 6.3)


def _ha(right: bool) -> str:
    return "right" if right else "left"


def _column_x(x: float, widths: dict[str, float]) -> dict[str, tuple[float, bool]]:
    """x of every column from ``x`` on (the right edge for right-aligned ones)."""
    out: dict[str, tuple[float, bool]] = {}
    for key, right, _ in _COLUMNS:
        out[key] = (x + widths[key] - 2 if right else x + 3, right)
        x += widths[key]
    return out


def _sources(page: _Page, sheet: ProfileSheet, cited: Sequence, y: float) -> None:
    """The numbered sources in three columns, and the footer."""
    lang = sheet.lang
    page.text(MARGIN, y, t("col.source", lang), 7.5, fontweight="bold", color=BLUE)
    y += 10
    per_col = (len(cited) + 2) // 3 or 1
    col_w = (W_PT - 2 * MARGIN) / 3
    for i, c in enumerate(cited):
        x = MARGIN + (i // per_col) * col_w
        page.text(x, y + (i % per_col) * 8, fit(f"[{i + 1}] {c.label(lang)}", col_w - 6, 6), 6)
    footer = t("prof.export.footer", lang, date=sheet.made)
    page.text(MARGIN, H_PT - MARGIN, fit(footer, W_PT - 2 * MARGIN, 6), 6, color=GREY, va="bottom")


def _sources_height(n: int) -> float:
    return 10 + ((n + 2) // 3 or 1) * 8


def write_pdf(sheet: ProfileSheet) -> bytes:
    """The sheet as a one-page A4 PDF."""
    cited = sources(sheet.lines)
    refs = {c.label(): i for i, c in enumerate(cited, start=1)}
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        page = _Page()
        y = _header(page, sheet)
        y = _key_cards(page, sheet, y, refs)
        # From the bottom up: footer, sources, legend; the table takes the space between.
        sources_y = H_PT - MARGIN - 12 - _sources_height(len(cited))
        legend_y = sources_y - 4 - 8 * len(_legend_lines(sheet))
        _table(page, sheet, y, legend_y - 2, refs)
        _legend(page, sheet, legend_y)
        _sources(page, sheet, cited, sources_y)
        buf = io.BytesIO()
        metadata = {"Title": sheet.title, "Creator": "Serambi", "CreationDate": None}
        with PdfPages(buf, metadata=metadata) as pdf:
            pdf.savefig(page.fig)
    return buf.getvalue()


__all__ = ["IndicatorLine", "fit", "text_width", "write_pdf"]
