"""The projection's method in words: one paragraph of rules and a worked example that walks
one region's numbers in the order the method uses them, so a reader can redo it with a
calculator.

Separate from the cards because it explains the arithmetic of :mod:`welfare.outlook.projection`
(:meth:`~welfare.outlook.projection.NeedProjection.worked_example`) rather than reporting a
result; it changes when the method changes, not when a card does.
"""

from __future__ import annotations

from fractions import Fraction

from views.i18n import t
from views.outlook_measures import programme_name, unit_of
from views.outlook_numbers import count, percent, rate, signed, years_text
from welfare.outlook.projection import BAND_MIN_YEARS, POP_INTERPOLATED, Measure, WorkedExample


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
