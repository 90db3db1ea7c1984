"""What the Antisipasi page and its slide say about projected need: the measure in words, one
card per regency (the increase, today's value, the band, programme places, the population
used), the method in one paragraph with a worked example, and the ranking of where need grows
fastest (table, map layer).

The arithmetic is :mod:`welfare.outlook.projection` (:class:`NeedProjection`, its
:meth:`~welfare.outlook.projection.NeedProjection.worked_example`); this module only gives it
words, units, digits and sources in one language, so the page and the slide say the same
numbers.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

import geopandas as gpd
import pandas as pd

from geo.thematic import ThematicLayer, build_layer
from views.i18n import t
from views.map_words import map_words
from welfare import formatting
from welfare.catalogue import PMKS_CATEGORIES, PMKS_TOTAL_ID, PROGRAMMES, get_indicator, unit_label
from welfare.citations import Citation, distinct
from welfare.models import KIND_EXAMPLE, KIND_OFFICIAL
from welfare.outlook.projection import (
    BAND_MIN_YEARS,
    MEASURE_DTSEN,
    MEASURE_PMKS,
    POP_ESTIMATE,
    POP_INTERPOLATED,
    POP_PROJECTION,
    STATUS_NO_POPULATION,
    STATUS_OK,
    Measure,
    NeedProjection,
    WorkedExample,
    dtsen_measure,
    pmks_measure,
    programme_measure,
)
from welfare.targeting import rule_for

# Penajam Paser Utara and Kutai Kartanegara: the IKN area cuts across both (issue: "how many
# more families in desil 1-4 PPU and Kukar should expect by 2030").
DEFAULT_REGIONS = ("6409", "6403")
TARGET_YEARS = (2030, 2035)
DEFAULT_YEAR = 2030
DEFAULT_MEASURE = "dtsen:pkh"

COUNT_DECIMALS = 0
RATE_DECIMALS = 2
PERCENT_DECIMALS = 1


# --------------------------------------------------------------------------------------------
# what is projected


def measure_keys() -> list[str]:
    """Every measure the page offers: DTSEN families of each programme's deciles, each
    programme's need, then PMKS (total first)."""
    dtsen = [f"dtsen:{p.key}" for p in PROGRAMMES]
    programmes = [f"program:{p.key}" for p in PROGRAMMES]
    return [*dtsen, *programmes, PMKS_TOTAL_ID, *PMKS_CATEGORIES]


def measure_of(key: str) -> Measure:
    """The measure of a key of :func:`measure_keys`; ``KeyError`` for an unknown one."""
    kind, _, rest = key.partition(":")
    if kind == "dtsen" and rest:
        return dtsen_measure(rest)
    if kind == "program" and rest:
        return programme_measure(rest)
    return pmks_measure(key)


def measure_for_indicator(indicator_id: str | None) -> str | None:
    """The measure a page's or agenda step's indicator stands for: a PMKS category, a
    programme's need or recipients, DTSEN families in a decile; ``None`` for anything else."""
    if not indicator_id:
        return None
    if indicator_id in (PMKS_TOTAL_ID, *PMKS_CATEGORIES):
        return indicator_id
    for prog in PROGRAMMES:
        if indicator_id in (prog.need_id, prog.recipients_id):
            return f"program:{prog.key}"
    for prog in PROGRAMMES:
        rule = rule_for(prog.key)
        if indicator_id in {rule.decile_id(n) for n in rule.deciles}:
            return f"dtsen:{prog.key}"
    return None


def measure_label(measure: Measure, lang: str) -> str:
    """'Keluarga desil 1–4 DTSEN (sasaran PKH)', 'Keluarga sasaran PKH', 'Anak telantar'."""
    if measure.kind == MEASURE_DTSEN:
        rule = rule_for(str(measure.programme))
        key = "outlook.measure.dtsen_kk" if rule.unit == "KK" else "outlook.measure.dtsen_jiwa"
        return t(key, lang, deciles=rule.range_text, programme=rule.label(lang))
    return get_indicator(measure.indicator_ids[0]).label(lang)


def unit_of(measure: Measure, lang: str) -> str:
    """The unit of the measure's counts in ``lang`` ('KK' / 'families')."""
    return unit_label(measure.unit, lang)


def programme_name(measure: Measure, lang: str) -> str | None:
    """The programme whose places keep today's coverage ('PKH'); ``None`` for PMKS."""
    if measure.kind == MEASURE_PMKS or measure.programme is None:
        return None
    if measure.kind == MEASURE_DTSEN:
        return rule_for(str(measure.programme)).label(lang)
    return next(p.label(lang) for p in PROGRAMMES if p.key == measure.programme)


# --------------------------------------------------------------------------------------------
# numbers in words


def count(value: float | None, lang: str) -> str:
    return formatting.format_number(value, COUNT_DECIMALS, lang)


def signed(value: float | None, lang: str, *, plus: bool = True) -> str:
    """'+36.192' / '−1.200' (a change is written with its sign; ``plus=False`` for a table cell,
    which a spreadsheet would read as a formula, under a heading that says "increase")."""
    if value is None or pd.isna(value):
        return formatting.MISSING
    text = count(abs(value), lang)
    if text == "0" or (value > 0 and not plus):
        return text
    return ("+" if value > 0 else "−") + text


def rate(value: float | None, lang: str) -> str:
    return formatting.format_number(value, RATE_DECIMALS, lang)


def percent(value: float | None, lang: str) -> str:
    return formatting.format_number(value, PERCENT_DECIMALS, lang)


def years_text(years: Sequence[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")


# --------------------------------------------------------------------------------------------
# one card per region


@dataclass(frozen=True)
class NeedCard:
    """One region's projection in words (a card on the page, a row on the slide)."""

    kode: str
    region: str
    status: str  # welfare.outlook.projection STATUS_*
    headline: str  # "+36.192 KK", or "–" without a projection
    lead: str  # what the headline is
    today: str  # "19.666 KK (2026 · DTSEN per 23 Januari 2026)"
    projected: str  # "55.858 KK pada 2030"
    band: str  # the band, or why there is none
    places: str  # programme places to keep today's coverage ('' for PMKS)
    population: str  # the population used and how it was obtained
    is_example: bool
    increase: float | None = None
    need: float | None = None
    # The same numbers without their labels, for a table: today, need, band, places.
    slide: tuple[str, str, str, str] = ("–", "–", "–", "–")


def _population_words(p: NeedProjection, lang: str) -> str:
    pop = p.population
    if pop is None or pop.value is None:
        return ""
    if pop.method == POP_PROJECTION:
        how = t("outlook.pop.projection", lang)
    elif pop.method == POP_ESTIMATE:
        how = t("outlook.pop.estimate", lang)
    else:
        start, end = pop.anchors
        how = t("outlook.pop.interpolated", lang, start=start.year, end=end.year)
    rounded = t("outlook.pop.rounded", lang) if pop.rounded else ""
    return t(
        "outlook.card.population",
        lang,
        year=p.target_year,
        value=count(pop.value, lang),
        how=how + rounded,
    )


def band_words(p: NeedProjection, unit: str, lang: str) -> str:
    """'Rentang 52.100–56.500 KK (laju 2022–2026)' or why there is no band."""
    if p.band is None:
        n = len(p.band_rates)
        return t("outlook.band.none", lang, n=n, min=BAND_MIN_YEARS)
    return t(
        "outlook.band",
        lang,
        low=count(p.band.low, lang),
        high=count(p.band.high, lang),
        unit=unit,
        years=years_text(p.band.years),
    )


def places_words(p: NeedProjection, measure: Measure, lang: str) -> str:
    name = programme_name(measure, lang)
    if name is None:
        return ""
    if p.coverage is None or p.places is None:
        return t("outlook.places.none", lang, programme=name)
    return t(
        "outlook.places",
        lang,
        programme=name,
        places=count(p.places, lang),
        more=signed(p.additional_places, lang),
        percent=percent(p.coverage.percent, lang),
        year=p.coverage.year,
    )


def card(
    p: NeedProjection, region: str, measure: Measure, lang: str, snapshot: str | None = None
) -> NeedCard:
    """The words of one region's projection (``snapshot``: the DTSEN snapshot label of the
    base year, said beside today's value)."""
    unit = unit_of(measure, lang)
    none = formatting.MISSING
    if p.base is None:
        lead = t("outlook.card.no_rate", lang, measure=measure_label(measure, lang), region=region)
        return NeedCard(
            p.region_kode, region, p.status, none, lead, "", "", "", "", "", False,
            slide=(none, none, lead, none),
        )  # fmt: skip
    when = str(p.base.year)
    if snapshot:  # the card's badge says DATA CONTOH already
        marker = f" ({t('badge.example', lang)})"
        when += f", DTSEN {snapshot.replace(marker, '')}"
    value = f"{count(p.base.value, lang)} {unit}"
    today = t("outlook.card.today", lang, value=count(p.base.value, lang), unit=unit, when=when)
    if p.status != STATUS_OK:
        lead = t("outlook.card.no_projection", lang, region=region, year=p.target_year)
        return NeedCard(
            p.region_kode, region, p.status, none, lead, today, "", "", "", "", p.is_example,
            slide=(f"{value} ({when})", none, t(f"outlook.status.{p.status}", lang), none),
        )  # fmt: skip
    band = band_words(p, unit, lang)
    if p.band is None:
        band_cell = t("outlook.band.short_none", lang, n=len(p.band_rates), min=BAND_MIN_YEARS)
    else:
        band_cell = (
            f"{count(p.band.low, lang)}–{count(p.band.high, lang)} {unit} "
            f"({years_text(p.band.years)})"
        )
    places = places_words(p, measure, lang)
    places_cell = none
    if p.coverage is not None and p.places is not None:
        places_cell = t(
            "outlook.places.short",
            lang,
            places=count(p.places, lang),
            more=signed(p.additional_places, lang),
            percent=percent(p.coverage.percent, lang),
        )
    return NeedCard(
        kode=p.region_kode,
        region=region,
        status=p.status,
        headline=f"{signed(p.increase, lang)} {unit}",
        lead=t("outlook.card.lead", lang, year=p.target_year, base=p.base.year),
        today=today,
        projected=t(
            "outlook.card.projected", lang, value=count(p.need, lang), unit=unit, year=p.target_year
        ),
        band=band,
        places=places,
        population=_population_words(p, lang),
        is_example=p.is_example,
        increase=p.increase,
        need=p.need,
        slide=(f"{value} ({when})", f"{count(p.need, lang)} {unit}", band_cell, places_cell),
    )


# --------------------------------------------------------------------------------------------
# the method and its worked example


def method_text(measure: Measure, year: int, lang: str) -> str:
    """The method in one paragraph (the rules of :mod:`welfare.outlook.projection`)."""
    name = programme_name(measure, lang)
    places = t("outlook.method.places", lang, programme=name, year=year) if name else ""
    return t("outlook.method", lang, year=year, min=BAND_MIN_YEARS) + places


def _anchor_label(indicator_id: str, year: int, lang: str) -> str:
    key = "outlook.anchor.projection" if "proyeksi" in indicator_id else "outlook.anchor.bps"
    return t(key, lang, year=year)


def worked_example_text(ex: WorkedExample, region: str, measure: Measure, lang: str) -> str:
    """The worked example: every number of one region's projection, in the order the method
    uses them, so a reader can redo it with a calculator."""
    unit = unit_of(measure, lang)
    parts = [
        t(
            "outlook.example.rate",
            lang,
            region=region,
            base=ex.base_year,
            value=count(ex.base_value, lang),
            unit=unit,
            pop=count(ex.base_population, lang),
            pop_year=ex.base_population_year,
            rate=rate(ex.rate, lang),
        )
    ]
    if ex.population_method == POP_INTERPOLATED:
        start, end = ex.anchors
        share = Fraction(ex.target_year - start.year, end.year - start.year)
        parts.append(
            t(
                "outlook.example.interpolated",
                lang,
                year=ex.target_year,
                p0=count(start.value, lang),
                a0=_anchor_label(start.indicator_id, start.year, lang),
                p1=count(end.value, lang),
                a1=_anchor_label(end.indicator_id, end.year, lang),
                power=f"{share.numerator}/{share.denominator}",
                span=f"{ex.target_year}−{start.year}",
                whole=f"{end.year}−{start.year}",
                population=count(ex.population, lang),
            )
        )
    else:
        anchor = ex.anchors[0]
        parts.append(
            t(
                "outlook.example.population",
                lang,
                year=ex.target_year,
                source=_anchor_label(anchor.indicator_id, anchor.year, lang),
                population=count(ex.population, lang),
            )
        )
    parts.append(
        t(
            "outlook.example.need",
            lang,
            year=ex.target_year,
            value=count(ex.base_value, lang),
            population=count(ex.population, lang),
            pop=count(ex.base_population, lang),
            need=count(ex.need, lang),
            unit=unit,
            increase=signed(ex.increase, lang),
            base=ex.base_year,
        )
    )
    if ex.band_low is not None and ex.band_high is not None:
        parts.append(
            t(
                "outlook.example.band",
                lang,
                years=years_text(ex.band_years),
                low=count(ex.band_low, lang),
                high=count(ex.band_high, lang),
                unit=unit,
            )
        )
    name = programme_name(measure, lang)
    if name and ex.coverage_percent is not None and ex.places is not None:
        parts.append(
            t(
                "outlook.example.places",
                lang,
                programme=name,
                percent=percent(ex.coverage_percent, lang),
                base=ex.base_year,
                need=count(ex.need, lang),
                places=count(ex.places, lang),
            )
        )
    if ex.is_example:
        parts.append(t("outlook.example.example_data", lang))
    return " ".join(parts)


# --------------------------------------------------------------------------------------------
# the view of chosen regions


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


# --------------------------------------------------------------------------------------------
# where need grows fastest: every regency, 2030 and 2035


def ranking_frame(tables: Mapping[int, pd.DataFrame], lang: str, unit: str) -> pd.DataFrame:
    """Every regency with its need in each target year of ``tables`` (year -> the domain's
    :func:`~welfare.outlook.projection.need_table`), display strings, fastest growth first (by
    the first year); regions without a projection last, saying so."""
    years = sorted(tables)
    first = tables[years[0]]
    order = first.sort_values(
        ["increase_percent", "nama"], ascending=[False, True], na_position="last"
    )
    rows = []
    for kode in order["kode_bps"]:
        base = first[first["kode_bps"] == kode].iloc[0]
        row = {
            t("outlook.col.region", lang): base["nama"],
            t("outlook.col.base", lang): (
                f"{count(base['base_value'], lang)} ({int(base['base_year'])})"
                if not pd.isna(base["base_value"])
                else formatting.MISSING
            ),
        }
        for year in years:
            r = tables[year][tables[year]["kode_bps"] == kode].iloc[0]
            if r["status"] == STATUS_OK:
                row[t("outlook.col.need", lang, year=year)] = count(r["need"], lang)
                row[t("outlook.col.growth", lang, year=year)] = (
                    f"{signed(r['increase'], lang, plus=False)} "
                    f"({signed_percent(r['increase_percent'], lang, plus=False)})"
                )
            else:
                row[t("outlook.col.need", lang, year=year)] = formatting.MISSING
                row[t("outlook.col.growth", lang, year=year)] = t(
                    f"outlook.status.{r['status']}", lang
                )
        row[t("outlook.col.kind", lang)] = (
            t("kind.example", lang) if bool(base["is_example"]) else t("kind.official", lang)
        )
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame.attrs["unit"] = unit
    return frame


def export_frame(tables: Mapping[int, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Every regency and target year as numbers (the CSV/XLSX behind the table)."""
    words = {
        "kode_bps": "kode_bps",
        "nama": t("outlook.col.region", lang),
        "target_year": t("outlook.year", lang),
        "status": "status",
        "base_year": t("outlook.col.base", lang),
        "base_value": t("outlook.col.today", lang),
        "rate": t("outlook.export.rate", lang),
        "population": t("outlook.export.population", lang),
        "need": t("outlook.export.need", lang),
        "increase": t("outlook.col.increase", lang),
        "increase_percent": t("outlook.export.increase_percent", lang),
        "band_low": t("outlook.export.band_low", lang),
        "band_high": t("outlook.export.band_high", lang),
        "places": t("outlook.col.places", lang),
        "is_example": t("outlook.col.kind", lang),
    }
    frames = []
    for year in sorted(tables):
        frame = tables[year].copy()
        frame["target_year"] = year
        frame["status"] = [
            "ok" if s == STATUS_OK else t(f"outlook.status.{s}", lang) for s in frame["status"]
        ]
        frame["is_example"] = [
            t("kind.example", lang) if e else t("kind.official", lang) for e in frame["is_example"]
        ]
        frames.append(frame[list(words)])
    return pd.concat(frames, ignore_index=True).rename(columns=words)


def signed_percent(value: float | None, lang: str, *, plus: bool = True) -> str:
    if value is None or pd.isna(value):
        return formatting.MISSING
    text = percent(abs(value), lang)
    sign = "−" if value < 0 else "+" if plus else ""
    return f"{sign}{text} %"


def without_projection(table: pd.DataFrame) -> list[str]:
    """Names of the regencies of a need table without a BPS projection (said under the map)."""
    return list(table.loc[table["status"] == STATUS_NO_POPULATION, "nama"])


def growth_layer(
    table: pd.DataFrame,
    shapes: gpd.GeoDataFrame,
    *,
    year: int,
    unit: str,
    measure: str,
    lang: str,
    selected: Sequence[str] = (),
    font_px: int = 13,
) -> ThematicLayer:
    """The map of where need grows fastest to ``year``: the increase in % of today's value;
    the increase itself and today's value in the tooltip; regions without a BPS projection
    drawn as "tidak ada data" (the legend says why)."""
    ok = table[table["status"] == STATUS_OK]
    mapped = pd.DataFrame(
        {
            "kode_bps": ok["kode_bps"],
            "value": ok["increase"],
            "rate": ok["increase_percent"],
            "denominator_value": ok["base_value"],
            "denominator_year": ok["base_year"],
            "dataset_kind": [KIND_EXAMPLE if e else KIND_OFFICIAL for e in ok["is_example"]],
            "is_example": ok["is_example"],
            "rank": ok["rank"].astype(float),
        }
    )
    bases = sorted({int(y) for y in ok["base_year"].dropna()})
    missing = without_projection(table)
    notes = [t("outlook.map.note", lang, year=year, base=", ".join(map(str, bases)), unit=unit)]
    if missing:
        notes.append(t("outlook.no_projection", lang, regions=", ".join(missing)))
    return build_layer(
        shapes,
        mapped,
        title=t("outlook.map.title", lang, year=year, measure=measure),
        mapped_unit=t("outlook.map.unit", lang, year=year),
        higher_is_worse=True,
        words=map_words(lang, raw_key="outlook.map.raw", denominator=t("outlook.map.today", lang)),
        fmt_mapped=lambda v: percent(v, lang),
        fmt_raw=lambda v: count(v, lang),
        raw_unit=unit,
        legend_notes=tuple(notes),
        selected=selected,
        font_px=font_px,
    )
