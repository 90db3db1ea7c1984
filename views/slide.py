"""What one slide of the Bahan rapat holds, ready to be drawn: :class:`View` and its parts.

One :class:`View` per agenda step: title, the picture's inputs (a map layer or a trend
:class:`Chart`), key numbers, tables, a profile's headline cards (:class:`Card`), sources,
years and the DATA CONTOH mark. :mod:`views.slides` builds them from the store with the
pages' own view models; :mod:`briefing` only lays them out (pictures, PPTX, PDF), so it
decides nothing about what a slide says.

Every number in a view carries its year in the text and its source in ``sources``; example
data sets ``has_example`` so the slide and the page say DATA CONTOH.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from geo.thematic import ThematicLayer
from views.i18n import t
from welfare.citations import Citation


@dataclass(frozen=True)
class Chart:
    """A trend chart's data, drawn by :mod:`briefing.figures`."""

    table: pd.DataFrame  # gap-filled: kode_bps, nama, year, rate, is_example
    codes: tuple[str, ...]
    title: str
    unit: str
    decimals: int


@dataclass(frozen=True)
class Card:
    """One headline indicator of a profile, told large on its slide."""

    label: str
    value: str  # the formatted number, as in the table
    unit: str
    year: int
    rank: str  # "Peringkat 6 dari 10 (1 = tertinggi/terburuk)"
    count: str = ""  # "Jumlah: 10.780 jiwa" when the value is a rate
    is_example: bool = False


@dataclass(frozen=True)
class View:
    """One agenda step, ready to be drawn and written."""

    page: str
    title: str
    subtitle: str
    lang: str
    layer: ThematicLayer | None = None  # a map view
    chart: Chart | None = None  # a trend view
    key_points: tuple[str, ...] = ()
    table: pd.DataFrame | None = None  # display strings
    sources: tuple[Citation, ...] = ()
    has_example: bool = False
    years: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()  # legend notes / remarks shown with the picture
    highlight: tuple[str, ...] = ()
    file_stub: str = ""
    problems: tuple[str, ...] = field(default=())  # e.g. a year without data
    top_note: str = ""  # said right under the slide title (a change map's hatched regions)
    cards: tuple[Card, ...] = ()  # a profile's headline indicators, large on the slide
    slide_table: pd.DataFrame | None = None  # a few rows large on the slide; ``table`` in notes


def no_data(page: str, title: str, subtitle: str, lang: str) -> View:
    """The slide of a step whose indicator or programme has no year with data."""
    return View(page, title, subtitle, lang, key_points=(t("brief.key.no_data", lang),))
