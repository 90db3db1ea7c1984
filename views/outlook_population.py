"""What the Antisipasi page and its slide say about population: one line per concept (BPS
census or estimate, BPS projection, Dukcapil count, IKN plan, IKN census), never joined, with
compound growth rates between two years of the same line, the sources, and which figures are
secondary or rounded.

The series come from :mod:`welfare.outlook.population`; this module gives them words, digits
and sources in one language. Each :class:`Line` is ONE series (one indicator of one region or
group): :mod:`charts.outlook` draws each as its own trace, so a BPS projection never continues
a Dukcapil count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from views.i18n import t
from welfare import formatting
from welfare.catalogue import get_indicator
from welfare.citations import Citation, distinct
from welfare.models import KIND_OFFICIAL
from welfare.outlook.concepts import (
    BPS_ESTIMATE,
    BPS_PROJECTION,
    DUKCAPIL,
    IKN_CENSUS,
    IKN_PLAN,
    OTHER,
)
from welfare.outlook.population import (
    GroupSeries,
    Growth,
    Point,
    Series,
    compound_growth,
    growth_rate,
)

# Drawing and listing order: observed (BPS, Dukcapil), then the future (BPS projection, plan),
# then the IKN census.
ORDER = (BPS_ESTIMATE, DUKCAPIL, BPS_PROJECTION, IKN_PLAN, IKN_CENSUS, OTHER)
ZONE_OPTION = "zona"  # the buffer zone against the rest of the province
PROVINCE = "64"
# Regencies the IKN area cuts across: their charts carry the IKN plan and census beside them.
IKN_REGENCIES = ("6409", "6403")
GROWTH_DECIMALS = 2


def concept_label(concept: str, lang: str) -> str:
    return t(f"outlook.concept.{concept}", lang)


def stage_label(stage: str | None, lang: str) -> str:
    """'Tahap 2 (2025-2029)' as the seed writes it; in English 'Stage 2 (2025-2029)'."""
    if not isinstance(stage, str) or not stage:
        return ""
    return stage.replace("Tahap", "Stage") if lang == "en" else stage


@dataclass(frozen=True)
class Line:
    """One series on the chart: its points, in words for the hover."""

    concept: str
    name: str  # legend entry
    years: tuple[int, ...]
    values: tuple[float, ...]
    hover: tuple[str, ...]
    example: tuple[bool, ...]
    group: str | None = None  # the zone group, on the buffer-zone chart

    @property
    def is_example(self) -> bool:
        return any(self.example)


@dataclass(frozen=True)
class PopulationView:
    lang: str
    title: str
    lines: tuple[Line, ...]
    growth: pd.DataFrame  # display strings
    notes: tuple[str, ...]  # secondary and rounded figures, years left out, no projection
    sources: tuple[Citation, ...]
    has_example: bool
    y_title: str


def _people(value: float, lang: str) -> str:
    return f"{formatting.format_number(value, 0, lang)} {t('outlook.people', lang)}"


def _point_hover(name: str, p: Point, lang: str) -> str:
    cited = distinct([p.source], [p.dataset_kind])
    parts = [name, f"{p.year}: {_people(p.value, lang)}"]
    if stage_label(p.stage, lang):
        parts.append(stage_label(p.stage, lang))
    flags = [
        t(key, lang)
        for key, on in (
            ("outlook.flag.secondary", p.secondary),
            ("outlook.flag.rounded", p.rounded),
            ("badge.example", p.is_example),
        )
        if on
    ]
    if flags:
        parts.append(", ".join(flags))
    if cited:
        parts.append(cited[0].label(lang))
    return "<br>".join(parts)


def series_line(series: Series, lang: str, name: str | None = None) -> Line:
    """A region's series as a line (figures covering part of a year are left out)."""
    name = name or concept_label(series.concept, lang)
    points = [p for p in series.points if not p.partial]
    return Line(
        concept=series.concept,
        name=name,
        years=tuple(p.year for p in points),
        values=tuple(p.value for p in points),
        hover=tuple(_point_hover(name, p, lang) for p in points),
        example=tuple(p.is_example for p in points),
    )


def _growth_rows(series: Series | GroupSeries, name: str, lang: str) -> list[dict[str, str]]:
    """The whole span and the latest step of a series (both years and both values said)."""
    if isinstance(series, GroupSeries):
        years = [p.year for p in series.complete_points]
    else:
        years = [p.year for p in series.points if not p.partial]
    spans = []
    if len(years) >= 2:
        spans.append((years[0], years[-1]))
        if len(years) > 2:
            spans.append((years[-2], years[-1]))
    rows = []
    for a, b in spans:
        g = growth_rate(series, a, b)
        rows.append(_growth_row(g, name, lang))
    return rows


def _growth_row(g: Growth, name: str, lang: str) -> dict[str, str]:
    flags = [
        t(key, lang)
        for key, on in (
            ("outlook.flag.secondary", g.secondary),
            ("outlook.flag.rounded", g.rounded),
            ("badge.example", g.is_example),
        )
        if on
    ]
    rate = formatting.format_number(g.percent, GROWTH_DECIMALS, lang)
    return {
        t("outlook.col.line", lang): name,
        t("outlook.col.period", lang): f"{g.start_year} → {g.end_year}",
        t("outlook.col.values", lang): (
            f"{formatting.format_number(g.start_value, 0, lang)} → "
            f"{formatting.format_number(g.end_value, 0, lang)}"
        ),
        t("outlook.col.per_year", lang): t("outlook.per_year", lang, rate=rate),
        t("outlook.col.flags", lang): ", ".join(flags) or "–",
    }


def _growth_frame(rows: list[dict[str, str]], lang: str) -> pd.DataFrame:
    columns = [
        t(k, lang)
        for k in (
            "outlook.col.line",
            "outlook.col.period",
            "outlook.col.values",
            "outlook.col.per_year",
            "outlook.col.flags",
        )
    ]
    return pd.DataFrame(rows, columns=columns)


def _notes_of(series: Sequence[Series], lang: str) -> list[str]:
    notes = []
    for s in series:
        name = concept_label(s.concept, lang)
        secondary = [p for p in s.points if p.secondary]
        if secondary:
            cited = distinct([p.source for p in secondary])
            notes.append(
                t(
                    "outlook.note.secondary",
                    lang,
                    line=name,
                    years=", ".join(str(p.year) for p in secondary),
                    sources="; ".join(c.label(lang) for c in cited),
                )
            )
        rounded = [p.year for p in s.points if p.rounded]
        if rounded:
            notes.append(
                t("outlook.note.rounded", lang, line=name, years=", ".join(map(str, rounded)))
            )
        partial = [p.year for p in s.points if p.partial]
        if partial:
            notes.append(
                t("outlook.note.partial", lang, line=name, years=", ".join(map(str, partial)))
            )
    return notes


def _sources_of(series: Sequence[Series]) -> tuple[Citation, ...]:
    points = [p for s in series for p in s.points]
    return distinct([p.source for p in points], [p.dataset_kind for p in points])


def region_view(
    kode: str,
    name: str,
    lines: Mapping[str, Series],
    ikn: Mapping[str, Series] | None,
    lang: str,
) -> PopulationView:
    """One region's lines (``lines``: concept -> series, :func:`population_lines`), with the
    IKN plan and census beside them when ``ikn`` is given (the IKN area's own lines: it cuts
    across Penajam Paser Utara and Kutai Kartanegara, so it is no regency's line)."""
    own = [lines[c] for c in ORDER if c in lines]
    extra = [ikn[c] for c in (IKN_PLAN, IKN_CENSUS) if ikn and c in ikn]
    drawn = [series_line(s, lang) for s in own]
    drawn += [series_line(s, lang) for s in extra]
    rows = [
        r for s in [*own, *extra] for r in _growth_rows(s, concept_label(s.concept, lang), lang)
    ]
    notes = _notes_of([*own, *extra], lang)
    if BPS_PROJECTION not in lines:
        notes.insert(0, t("outlook.note.no_projection", lang, region=name))
    if extra:
        notes.append(t("outlook.note.ikn_area", lang))
    return PopulationView(
        lang=lang,
        title=t("outlook.pop.title", lang, region=name),
        lines=tuple(drawn),
        growth=_growth_frame(rows, lang),
        notes=tuple(notes),
        sources=_sources_of([*own, *extra]),
        has_example=any(line.is_example for line in drawn),
        y_title=t("outlook.people.axis", lang),
    )


def group_line(series: GroupSeries, group_name: str, lang: str) -> Line:
    """A group's sum as a line: only the years in which every regency of the group has a
    value (an incomplete sum would read as a fall in population)."""
    name = f"{group_name} · {concept_label(series.concept, lang)}"
    points = series.complete_points
    hover = []
    for p in points:
        cited = distinct(list(p.sources))
        text = f"{name}<br>{p.year}: {_people(p.value, lang)}"
        if p.has_secondary:
            text += f"<br>{t('outlook.flag.secondary', lang)}"
        if p.is_example:
            text += f"<br>{t('badge.example', lang)}"
        if cited:
            text += "<br>" + "; ".join(c.label(lang) for c in cited[:2])
        hover.append(text)
    return Line(
        concept=series.concept,
        name=name,
        years=tuple(p.year for p in points),
        values=tuple(p.value for p in points),
        hover=tuple(hover),
        example=tuple(p.is_example for p in points),
        group=series.group,
    )


def zone_view(
    groups: Mapping[str, Sequence[GroupSeries]],
    group_names: Mapping[str, str],
    ikn: Mapping[str, Series] | None,
    lang: str,
) -> PopulationView:
    """The buffer zone against the rest: each concept summed per group (plain sums of the
    same indicator and year), the IKN plan and census beside them."""
    drawn: list[Line] = []
    rows: list[dict[str, str]] = []
    notes: list[str] = []
    texts: list[str | None] = []
    for group, series in groups.items():
        gname = group_names.get(group, group)
        for s in sorted(series, key=lambda s: ORDER.index(s.concept)):
            line = group_line(s, gname, lang)
            if line.years:
                drawn.append(line)
            rows += _growth_rows(s, line.name, lang)
            left = [p.year for p in s.points if not p.complete]
            if left:
                notes.append(
                    t(
                        "outlook.note.incomplete",
                        lang,
                        line=line.name,
                        years=", ".join(map(str, left)),
                    )
                )
            texts += [src for p in s.complete_points for src in p.sources]
    extra = [ikn[c] for c in (IKN_PLAN, IKN_CENSUS) if ikn and c in ikn]
    drawn += [series_line(s, lang) for s in extra]
    for s in extra:
        rows += _growth_rows(s, concept_label(s.concept, lang), lang)
    notes = [*_notes_of(extra, lang), *notes]
    if extra:
        notes.append(t("outlook.note.ikn_area", lang))
    sources = distinct(
        [*texts, *(p.source for s in extra for p in s.points)],
        [*([KIND_OFFICIAL] * len(texts)), *(p.dataset_kind for s in extra for p in s.points)],
    )
    return PopulationView(
        lang=lang,
        title=t("outlook.pop.zone_title", lang),
        lines=tuple(drawn),
        growth=_growth_frame(rows, lang),
        notes=tuple(notes),
        sources=sources,
        has_example=any(line.is_example for line in drawn),
        y_title=t("outlook.people.axis", lang),
    )


# --------------------------------------------------------------------------------------------
# kecamatan around IKN


def has_real_series(series: Sequence[Series]) -> bool:
    """Whether a kecamatan has a population figure that is not example data."""
    return any(not p.is_example for s in series for p in s.points)


def kecamatan_table(
    by_kecamatan: Mapping[str, Sequence[Series]], names: Mapping[str, str], lang: str
) -> pd.DataFrame:
    """One row per kecamatan and series with figures that are not example data: every such
    year's value, the growth between the first and the last of them, the kind of data and the
    sources (display strings). Example figures are left out (the map page shows them)."""
    rows = []
    for kode, series in by_kecamatan.items():
        for s in sorted(series, key=lambda s: (ORDER.index(s.concept), s.indicator_id)):
            points = [p for p in s.points if not p.partial and not p.is_example]
            if not points:
                continue
            values = " · ".join(
                f"{p.year}: {formatting.format_number(p.value, 0, lang)}"
                + ("*" if p.rounded else "")
                for p in points
            )
            growth = "–"
            first, last = points[0], points[-1]
            if len(points) >= 2 and first.value > 0 and last.value > 0:
                rate = compound_growth(first.value, last.value, last.year - first.year) * 100
                growth = f"{first.year} → {last.year}: " + t(
                    "outlook.per_year",
                    lang,
                    rate=formatting.format_number(rate, GROWTH_DECIMALS, lang),
                )
            cited = distinct([p.source for p in points], [p.dataset_kind for p in points])
            ind = get_indicator(s.indicator_id)
            rows.append(
                {
                    t("outlook.col.kecamatan", lang): names.get(kode, kode),
                    t("outlook.col.line", lang): (
                        concept_label(s.concept, lang) if s.concept != OTHER else ind.label(lang)
                    ),
                    t("outlook.col.values", lang): values,
                    t("outlook.col.per_year", lang): growth,
                    t("outlook.col.kind", lang): _kind_words(points, lang),
                    t("outlook.col.sources", lang): "; ".join(c.label(lang) for c in cited[:2]),
                }
            )
    return pd.DataFrame(rows)


def _kind_words(points: Sequence[Point], lang: str) -> str:
    """The dataset's kind, with 'sumber sekunder' when a figure is."""
    kind = t(f"kind.{points[-1].dataset_kind}", lang)
    if any(p.secondary for p in points):
        return f"{kind}, {t('outlook.flag.secondary', lang)}"
    return kind
