"""What the Antisipasi page and its slide say about projected need: the view of the chosen
regions (:class:`NeedView`: the measure, one card per region, the method, the worked example,
the sources), its cards as HTML and its slide table.

This module is the entry point the page, the slide and the tests import as ``ov``; the parts
live by concern and are re-exported here so callers keep one import:

- :mod:`views.outlook_measures`: what can be projected, the measure in words, the defaults;
- :mod:`views.outlook_numbers`: how counts, changes and percentages are written;
- :mod:`views.outlook_cards`: one region's projection in words;
- :mod:`views.outlook_method`: the method paragraph and the worked example;
- :mod:`views.outlook_growth`: every regency's growth (ranking, export, map layer).

The arithmetic is :mod:`welfare.outlook.projection`; these modules only give it words, units,
digits and sources in one language, so the page and the slide say the same numbers.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from views.i18n import t
from views.outlook_cards import NeedCard, card
from views.outlook_growth import export_frame, growth_layer, ranking_frame, without_projection
from views.outlook_measures import (
    DEFAULT_MEASURE,
    DEFAULT_REGIONS,
    DEFAULT_YEAR,
    TARGET_YEARS,
    measure_for_indicator,
    measure_keys,
    measure_label,
    measure_of,
    unit_of,
)
from views.outlook_method import method_text, worked_example_text
from views.outlook_numbers import count, percent, signed
from welfare import formatting
from welfare.citations import Citation, distinct
from welfare.models import KIND_OFFICIAL
from welfare.outlook.projection import STATUS_NO_POPULATION, STATUS_OK, NeedProjection

# What callers reach through ``ov.`` today; new code may import from the parts directly.
__all__ = [
    "DEFAULT_MEASURE",
    "DEFAULT_REGIONS",
    "DEFAULT_YEAR",
    "TARGET_YEARS",
    "NeedView",
    "build",
    "cards_html",
    "count",
    "export_frame",
    "growth_layer",
    "measure_for_indicator",
    "measure_keys",
    "measure_label",
    "measure_of",
    "method_text",
    "percent",
    "ranking_frame",
    "signed",
    "slide_table",
    "without_projection",
]


@dataclass(frozen=True)
class NeedView:
    """Projected need of the chosen regions for one measure and target year."""

    lang: str
    measure_key: str
    measure: str  # the measure in words
    unit: str
    year: int
    title: str
    cards: tuple[NeedCard, ...]
    method: str
    example: str  # the worked example ('' when no region has a projection)
    base_note: str  # the base year(s) used, said once
    missing: str  # regions without a BPS projection, said once ('' when none)
    is_example: bool
    sources: tuple[Citation, ...]


def _sources(projections: Sequence[NeedProjection]) -> tuple[Citation, ...]:
    texts: list[str | None] = []
    kinds: list[str | None] = []
    for p in projections:
        if p.base is not None:
            texts += [*p.base.sources, p.base.population_source]
            kinds += [p.base.kind] * len(p.base.sources) + [KIND_OFFICIAL]
        if p.population is not None:
            texts += [a.source for a in p.population.anchors]
            kinds += [KIND_OFFICIAL] * len(p.population.anchors)
        if p.coverage is not None:
            texts += list(p.coverage.sources)
            kinds += [p.coverage.kind] * len(p.coverage.sources)
    return distinct(texts, kinds)


def build(
    projections: Sequence[NeedProjection],
    names: Mapping[str, str],
    measure_key: str,
    year: int,
    lang: str,
    snapshots: Mapping[str, str] | None = None,
) -> NeedView:
    """The view of ``projections`` (one per chosen region, same measure and year)."""
    measure = measure_of(measure_key)
    snapshots = snapshots or {}
    cards = tuple(
        card(
            p, names.get(p.region_kode, p.region_kode), measure, lang, snapshots.get(p.region_kode)
        )
        for p in projections
    )
    worked = next((p for p in projections if p.status == STATUS_OK), None)
    example = ""
    if worked is not None:
        ex = worked.worked_example()
        if ex is not None:
            name = names.get(worked.region_kode, worked.region_kode)
            example = worked_example_text(ex, name, measure, lang)
    bases = sorted({p.base.year for p in projections if p.base is not None})
    base_note = (
        t("outlook.base_year", lang, years=", ".join(map(str, bases)))
        if bases
        else t("outlook.base_year.none", lang)
    )
    without = [
        names.get(p.region_kode, p.region_kode)
        for p in projections
        if p.status == STATUS_NO_POPULATION
    ]
    label = measure_label(measure, lang)
    return NeedView(
        lang=lang,
        measure_key=measure_key,
        measure=label,
        unit=unit_of(measure, lang),
        year=year,
        title=t("outlook.need.title", lang, year=year, measure=label),
        cards=cards,
        method=method_text(measure, year, lang),
        example=example,
        base_note=base_note,
        missing=t("outlook.no_projection", lang, regions=", ".join(without)) if without else "",
        is_example=any(p.is_example for p in projections),
        sources=_sources(projections),
    )


def cards_html(view: NeedView) -> str:
    """The cards as escaped HTML (styles: ``components/widgets/css/outlook.css``)."""
    esc = html.escape
    example = esc(t("badge.example", view.lang))
    out = []
    for c in view.cards:
        lines = [c.today, c.projected, c.band, c.places, c.population]
        body = "".join(f"<li>{esc(x)}</li>" for x in lines if x)
        badge = f' <span class="serambi-badge-example">{example}</span>' if c.is_example else ""
        state = "ok" if c.status == STATUS_OK else "none"
        out.append(
            f'<section class="outlook-card" data-kode="{esc(c.kode)}" data-state="{state}">'
            f'<div class="region">{esc(c.region)}{badge}</div>'
            f'<div class="headline">{esc(c.headline)}</div>'
            f'<div class="lead">{esc(c.lead)}</div><ul>{body}</ul></section>'
        )
    return f'<div class="outlook-cards">{"".join(out)}</div>'


def slide_table(view: NeedView) -> pd.DataFrame:
    """The cards as a table (one row per region, the slide's rows): today's value and year,
    the need, the increase, the band and the places, each cell without its card's label."""
    lang = view.lang
    cells = [c.slide for c in view.cards]
    frame = pd.DataFrame(
        {
            t("outlook.col.region", lang): [c.region for c in view.cards],
            t("outlook.col.today", lang): [x[0] for x in cells],
            t("outlook.col.need", lang, year=view.year): [x[1] for x in cells],
            t("outlook.col.increase", lang): [c.headline for c in view.cards],
            t("outlook.col.band", lang): [x[2] for x in cells],
            t("outlook.col.places", lang): [x[3] for x in cells],
        }
    )
    if not any(x[3] != formatting.MISSING for x in cells):
        frame = frame.drop(columns=[t("outlook.col.places", lang)])
    return frame
