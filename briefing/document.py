"""The brief as one value: cover, the drawn views and the sources, in one language.

Both writers (:mod:`briefing.pptx_writer`, :mod:`briefing.pdf_writer`) take a
:class:`Brief`, so the slides and the handout cannot disagree about a number, a source or an
example label.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from views.i18n import t
from views.slide import View
from welfare.citations import Citation
from welfare.exporting import export_filename

MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(day: dt.date, lang: str) -> str:
    """'10 Maret 2026' / '10 March 2026'."""
    return f"{day.day} {MONTHS.get(lang, MONTHS['id'])[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Cover:
    title: str
    date: dt.date
    place: str


@dataclass(frozen=True)
class DrawnView:
    view: View
    picture: bytes | None  # PNG, 1920 x 1080


@dataclass(frozen=True)
class Brief:
    cover: Cover
    lang: str
    views: tuple[DrawnView, ...]
    made: dt.date

    @property
    def has_example(self) -> bool:
        return any(d.view.has_example for d in self.views)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({y for d in self.views for y in d.view.years}))

    def sources(self) -> tuple[Citation, ...]:
        """Every cited source of every view, each label once, in order of appearance."""
        out: dict[str, Citation] = {}
        for d in self.views:
            for c in d.view.sources:
                out.setdefault(c.label(self.lang), c)
        return tuple(out.values())

    def agenda_lines(self) -> list[str]:
        return [f"{i}. {d.view.title}" for i, d in enumerate(self.views, start=1)]

    def file_name(self, ext: str) -> str:
        """E.g. 'serambi-bahan-rapat-2026-03-10-data-2019-2024-DATA-CONTOH.pptx'."""
        years = self.years
        span = (
            ""
            if not years
            else (f"-data-{years[0]}" if years[0] == years[-1] else f"-data-{years[0]}-{years[-1]}")
        )
        stem = f"serambi-bahan-rapat-{self.cover.date.isoformat()}{span}"
        return export_filename(stem, ext, self.has_example)

    def footer(self, view: View, *, limit: int = 3) -> str:
        """Sources and year(s) of one view, as the slide and page footer says them."""
        from views import source_links

        parts = []
        if view.sources:
            parts.append(
                t(
                    "brief.footer.source",
                    self.lang,
                    sources=source_links.labels_text(view.sources, self.lang, limit),
                )
            )
        if view.years:
            span = (
                str(view.years[0])
                if len(set(view.years)) == 1
                else f"{view.years[0]}–{view.years[-1]}"
            )
            parts.append(f"{t('map.year', self.lang)}: {span}")
        return " · ".join(parts)
