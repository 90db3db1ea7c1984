"""How tall a text is once wrapped in a box: the slide writer lays out and paginates with it.

python-pptx writes text but never measures it, so a slide can silently overflow its box (the
sources slide used to shrink its type to 7 pt instead). Here words are measured with the
deck's own font, DejaVu Sans (matplotlib ships it), and wrapped greedily as PowerPoint and
LibreOffice do. DejaVu Sans is wider than the Calibri or Arial a viewer without it falls back
to, so a text that fits by this estimate fits there too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont

LINE = 1.2  # line height in em: single spacing in PowerPoint and LibreOffice
INSET_X = 0.1  # in; python-pptx's default left and right text box insets
INSET_Y = 0.05  # in; top and bottom
_SCALE = 100  # the font is loaded at 100 px per em and widths scaled to the size asked


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph in one size and weight."""

    text: str
    size: float  # pt
    bold: bool = False


Paragraph = Sequence[Run]


@lru_cache(maxsize=2)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    from matplotlib import font_manager

    props = font_manager.FontProperties(family="DejaVu Sans", weight="bold" if bold else "normal")
    return ImageFont.truetype(font_manager.findfont(props), _SCALE)


def width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` in inches at ``size`` pt."""
    return _font(bold).getlength(text) / _SCALE * size / 72


def line_heights(paragraph: Paragraph, box_width: float) -> list[float]:
    """The height (in) of each line of ``paragraph`` wrapped in ``box_width`` inches of text."""
    lines: list[float] = []
    used, tallest = 0.0, 0.0
    for run in paragraph:
        for token in re.findall(r"\S+\s*|\s+", run.text):
            w = width(token, run.size, bold=run.bold)
            if used and used + width(token.rstrip(), run.size, bold=run.bold) > box_width:
                lines.append(tallest)
                used, tallest = 0.0, 0.0
            while w > box_width:  # a word longer than the line (a URL) breaks anywhere
                lines.append(run.size)
                w -= box_width
            used += w
            tallest = max(tallest, run.size)
    if used or tallest or not lines:
        lines.append(tallest or max((r.size for r in paragraph), default=12.0))
    return [size * LINE / 72 for size in lines]


def paragraph_height(paragraph: Paragraph, box_width: float, *, space_after: float = 0) -> float:
    """Height (in) of one paragraph; ``space_after`` in pt."""
    return sum(line_heights(paragraph, box_width)) + space_after / 72


def box_height(
    paragraphs: Sequence[Paragraph], box_width: float, *, space_after: float = 0
) -> float:
    """Height (in) a text box of ``box_width`` inches needs for ``paragraphs``, insets included."""
    inner = box_width - 2 * INSET_X
    body = sum(paragraph_height(p, inner, space_after=space_after) for p in paragraphs)
    return body + 2 * INSET_Y


def plain(text: str, size: float, *, bold: bool = False) -> list[list[Run]]:
    """Paragraphs of one style: one per line of ``text``."""
    return [[Run(line, size, bold)] for line in text.split("\n")]
