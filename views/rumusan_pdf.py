"""The "Rumusan rapat": one meeting's resolutions as an A4 PDF, numbered, ready to sign.

Drawn with matplotlib like the profile sheet (:mod:`views.profile_pdf`) and the meeting
brief (``briefing/pdf_writer.py``): DejaVu Sans embedded as TrueType, so every Indonesian
character prints and the text can be searched and copied; nothing fetched, no other library.

The document is what the meeting decided, not its follow-up: the title, the meeting's name,
date, place and host; then each rumusan by number with its text (line breaks kept), the
parties responsible, the regions, the deadline and the targets of its linked indicators;
then "Ditetapkan di <tempat>, <tanggal>" and a signature block for the chair and the
secretary of the meeting. Long lists take as many pages as they need (each page numbered);
the signature block is never split from the last rumusan's page when it fits, else it opens
a page of its own. Example meetings say DATA CONTOH in red on every page.

Typed text is drawn as text, never interpreted: ``parse_math`` is off, so a ``$`` in a
rumusan stays a dollar sign.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from views import rumusan_view as rv
from views.i18n import t
from views.profile_pdf import text_width
from welfare import formatting
from welfare.rumusan.stored import StoredMeeting, StoredRumusan

A4_MM = (210, 297)
W_PT, H_PT = (mm / 25.4 * 72 for mm in A4_MM)
FONT = "DejaVu Sans"
BLUE = "#1f3b5c"
GREY = "#444444"
RED = "#b71c1c"  # ground.palette.EXAMPLE
MARGIN = 56.0  # points (about 2 cm): room to bind and to sign
BODY = 10.5
SMALL = 8.5
INDENT = 24.0
SIGNATURE_H = 150.0


@dataclass(frozen=True)
class _Line:
    text: str
    size: float
    x: float = MARGIN
    bold: bool = False
    colour: str = "black"
    gap: float = 0.0  # extra space above


@dataclass
class _Page:
    lines: list[tuple[float, _Line]] = field(default_factory=list)  # (y, line)


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` in lines at most ``width`` points wide (measured), by words; a word longer
    than a line is cut; line breaks of the text are kept."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold=bold) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            while text_width(word, size, bold=bold) > width:
                cut = len(word)
                while cut > 1 and text_width(word[:cut], size, bold=bold) > width:
                    cut -= 1
                out.append(word[:cut])
                word = word[cut:]
            line = word
        out.append(line)
    return out


def _block(item: StoredRumusan, lang: str) -> list[_Line]:
    """One rumusan: its number and text, then its facts in smaller type."""
    width = W_PT - 2 * MARGIN - INDENT
    number = _Line(f"{item.number}.", BODY, MARGIN, True, gap=8.0)
    body = [_Line(s, BODY, MARGIN + INDENT) for s in wrap(item.text, width, BODY)]
    facts = [
        t("rumusan.pdf.kind", lang, kind=rv.kind_label(item.kind, lang)),
        t("rumusan.pdf.parties", lang, parties=rv.parties_text(item)),
        t("rumusan.pdf.regions", lang, regions=rv.regions_text(item, lang)),
        t("rumusan.pdf.deadline", lang, deadline=rv.day_label(item.deadline, lang)),
        *(t("rumusan.pdf.target", lang, target=rv.target_text(x, lang)) for x in item.indicators),
    ]
    small = [
        _Line(s, SMALL, MARGIN + INDENT, colour=GREY)
        for fact in facts
        for s in wrap(fact, width, SMALL)
    ]
    if small:
        small[0] = _Line(small[0].text, SMALL, small[0].x, colour=GREY, gap=2.0)
    # The number stands beside the first line of the text (block[1]).
    return [number, *body, *small]


def _height(line: _Line) -> float:
    return line.gap + line.size * 1.45


def _layout(
    blocks: Sequence[list[_Line]], first_top: float, top: float, bottom: float
) -> list[_Page]:
    """Blocks (number, first text line beside it, the rest) on pages; the first page starts
    at ``first_top`` (under the header). A block that fits on a page is never split: it
    moves to the next page whole."""
    pages = [_Page()]
    y = first_top
    for block in blocks:
        need = sum(_height(r) for r in [block[0], *block[2:]])
        if y + need > bottom and pages[-1].lines and need <= bottom - top:
            pages.append(_Page())
            y = top
        number_y = y + block[0].gap
        pages[-1].lines.append((number_y, block[0]))
        pages[-1].lines.append((number_y, block[1]))
        y += _height(block[0])
        for line in block[2:]:
            if y + _height(line) > bottom:
                pages.append(_Page())
                y = top
            pages[-1].lines.append((y + line.gap, line))
            y += _height(line)
    return pages


def _draw_page(
    pdf: PdfPages,
    page: _Page,
    meeting: StoredMeeting,
    lang: str,
    number: int,
    total: int,
    *,
    first: bool,
    signature: float | None,
) -> None:
    fig = Figure(figsize=(W_PT / 72, H_PT / 72))

    def text(x: float, y: float, s: str, size: float, **kw: object) -> None:
        kw.setdefault("va", "top")
        kw.setdefault("family", FONT)
        fig.text(x / W_PT, 1 - y / H_PT, s, fontsize=size, parse_math=False, **kw)  # type: ignore[arg-type]

    if meeting.is_example:
        text(
            W_PT - MARGIN,
            MARGIN - 30,
            f" {t('badge.example', lang)} ",
            11,
            ha="right",
            fontweight="bold",
            color="white",
            bbox={"boxstyle": "round,pad=0.3", "facecolor": RED, "edgecolor": RED},
        )
    if first:
        _header(text, fig, meeting, lang)
    for y, line in page.lines:
        text(
            line.x,
            y,
            line.text,
            line.size,
            fontweight="bold" if line.bold else "normal",
            color=line.colour,
        )
    if signature is not None:
        _signature(text, meeting, lang, signature)
    footer = t(
        "rumusan.pdf.footer",
        lang,
        name=meeting.name,
        i=number,
        n=total,
    )
    width = W_PT - 2 * MARGIN
    shown = wrap(footer, width, 7)[0]
    text(MARGIN, H_PT - MARGIN + 26, shown, 7, color=GREY)
    pdf.savefig(fig)


def _header(text, fig: Figure, meeting: StoredMeeting, lang: str) -> None:  # noqa: ANN001
    width = W_PT - 2 * MARGIN
    y = MARGIN
    text(W_PT / 2, y, t("rumusan.pdf.title", lang), 15, ha="center", fontweight="bold", color=BLUE)
    y += 24
    for line in wrap(meeting.name, width, 12, bold=True):
        text(W_PT / 2, y, line, 12, ha="center", fontweight="bold")
        y += 16
    facts = t(
        "rumusan.pdf.meeting",
        lang,
        date=formatting.format_date(meeting.held_on, lang),
        place=meeting.place,
        host=rv.host_name(meeting.host_kode, lang),
    )
    for line in wrap(facts, width, 10):
        text(W_PT / 2, y, line, 10, ha="center")
        y += 14
    if meeting.is_example:
        for line in wrap(t("rumusan.pdf.example", lang), width, 9):
            text(W_PT / 2, y, line, 9, ha="center", color=RED, fontweight="bold")
            y += 12
    fig.add_artist(
        Line2D(
            [MARGIN / W_PT, 1 - MARGIN / W_PT],
            [1 - (y + 4) / H_PT] * 2,
            color="#888888",
            linewidth=0.7,
        )
    )


def _header_height(meeting: StoredMeeting, lang: str) -> float:
    width = W_PT - 2 * MARGIN
    facts = t("rumusan.pdf.meeting", lang, date="", place=meeting.place, host="")
    height = 24 + 16 * len(wrap(meeting.name, width, 12, bold=True))
    height += 14 * len(wrap(facts + " 30 September 2026 Kalimantan Timur", width, 10))
    if meeting.is_example:
        height += 12 * len(wrap(t("rumusan.pdf.example", lang), width, 9))
    return height + 16


def _signature(text, meeting: StoredMeeting, lang: str, y: float) -> None:  # noqa: ANN001
    day = formatting.format_date(meeting.held_on, lang)
    col = (W_PT - 2 * MARGIN) / 2
    text(MARGIN + col, y, t("rumusan.pdf.decided", lang, place=meeting.place, date=day), BODY)
    y += 20
    for i, role in enumerate(("rumusan.pdf.chair", "rumusan.pdf.secretary")):
        x = MARGIN + i * col
        text(x, y, t(role, lang), BODY, fontweight="bold")
        text(x, y + 78, t("rumusan.pdf.name_line", lang), BODY)
        text(x, y + 94, t("rumusan.pdf.nip_line", lang), BODY, color=GREY)


def write_pdf(meeting: StoredMeeting, items: Sequence[StoredRumusan], lang: str = "id") -> bytes:
    """The meeting's live rumusan by number, with the signature block, as an A4 PDF."""
    ordered = sorted((r for r in items if not r.removed), key=lambda r: (r.number, r.id))
    top_first = MARGIN + _header_height(meeting, lang)
    bottom = H_PT - MARGIN
    blocks = [_block(r, lang) for r in ordered]
    if not blocks:
        blocks = [[_Line("", BODY), _Line(t("rumusan.pdf.none", lang), BODY)]]
    pages = _layout(blocks, top_first, MARGIN, bottom)
    last_y = max((y + _height(line) for y, line in pages[-1].lines), default=top_first)
    signature_y: float | None = last_y + 24
    if signature_y + SIGNATURE_H > bottom:
        pages.append(_Page())
        signature_y = MARGIN + 10
    buf = io.BytesIO()
    title = f"{t('rumusan.pdf.title', lang)} — {meeting.name}"
    with (
        matplotlib.rc_context({"pdf.fonttype": 42}),
        PdfPages(buf, metadata={"Title": title, "Creator": "Serambi", "CreationDate": None}) as pdf,
    ):
        for i, page in enumerate(pages, start=1):
            _draw_page(
                pdf,
                page,
                meeting,
                lang,
                i,
                len(pages),
                first=i == 1,
                signature=signature_y if i == len(pages) else None,
            )
    return buf.getvalue()
