"""One region's projected need in words: a :class:`NeedCard` with the increase, today's value,
the projected need, the band, programme places and the population used, plus the same numbers
as bare cells for the slide's table.

Separate because a card is the one place that decides what is said when a region has no base
value, no projection or no band; the page's cards and the slide's rows both read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from views.i18n import t
from views.outlook_measures import measure_label, programme_name, unit_of
from views.outlook_numbers import count, percent, signed, years_text
from welfare import formatting
from welfare.outlook.projection import (
    BAND_MIN_YEARS,
    POP_ESTIMATE,
    POP_PROJECTION,
    STATUS_OK,
    Measure,
    NeedProjection,
)


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
