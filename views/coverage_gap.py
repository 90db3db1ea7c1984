"""The gap map of one programme in one year, with its words, number formats and tables.

What the map shows (the rule is :func:`welfare.coverage.gap_map_table`): the *gap* = need -
recipients (0 where recipients reach the need; over-coverage is reported separately, never as
a negative gap) per 1.000 penduduk, so Kutai Timur and Bontang compare fairly; the absolute gap
in KPM/jiwa is in the tooltip, the ranked bar and the tables. The Cakupan page
(``components.bodies.coverage_page``) and the meeting brief's coverage slide build this one view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from geo.thematic import MapWords, ThematicLayer, build_layer, layer_key
from views.i18n import t
from views.kinds import kind_label
from views.map_words import map_words
from welfare import coverage, formatting
from welfare.catalogue import POPULATION_ID, Programme, get_indicator
from welfare.citations import row_citations
from welfare.explore import CoverageTable

# Digits: the gap per 1.000 penduduk, counts of families or people, coverage in %.
RATE_DECIMALS = 2
COUNT_DECIMALS = 0
PERCENT_DECIMALS = 1


def count_text(value: float | None, lang: str) -> str:
    """A number of families or people on the Cakupan page ("1.663")."""
    return formatting.format_number(value, COUNT_DECIMALS, lang)


def coverage_text(value: float | None, lang: str) -> str:
    """A coverage in % without its sign ("88,4"); the page writes the unit beside it."""
    return formatting.format_number(value, PERCENT_DECIMALS, lang)


@dataclass(frozen=True)
class GapMap:
    """One programme's gap map: the layer and what the page or slide writes around it."""

    programme: Programme
    year: int
    lang: str
    label: str  # the programme's name ("PKH")
    title: str  # "Kesenjangan PKH"
    need_unit: str  # unit of recipients and need ("KPM", "jiwa")
    unit: str  # unit of the mapped value ("KPM belum terlayani per 1.000 penduduk")
    notes: tuple[str, ...]  # year and population denominator (also in the map's legend)
    layer: ThematicLayer
    key: str  # layer key (the map restyles, not reloads, when only this changes)

    @property
    def gap_note(self) -> str:
        return t("cov.legend.gap", self.lang, unit=self.need_unit)

    @property
    def classes_note(self) -> str:
        return t("map.legend.classes", self.lang, k=self.layer.classification.k)

    def fmt_rate(self, value: float | None) -> str:
        return formatting.format_number(value, RATE_DECIMALS, self.lang)

    def fmt_count(self, value: float | None) -> str:
        return count_text(value, self.lang)

    def fmt_percent(self, value: float | None) -> str:
        return formatting.format_number(value, PERCENT_DECIMALS, self.lang) + " %"


def gap_words(lang: str) -> MapWords:
    return map_words(lang, raw_key="cov.map.raw", denominator=t("cov.map.population", lang))


def need_unit(prog: Programme, lang: str) -> str:
    """Unit of a programme's recipients and need in the language ("KPM" / "beneficiary
    families")."""
    return get_indicator(prog.recipients_id).unit_label(lang)


def build(
    cov: CoverageTable,
    shapes: gpd.GeoDataFrame,
    *,
    lang: str,
    selected: Sequence[str] = (),
    font_px: int = 13,
) -> GapMap:
    """The gap map of ``cov`` over the regencies ``shapes``, highlighting ``selected``."""
    prog = cov.programme
    label = prog.label(lang)
    units = need_unit(prog, lang)
    unit = t("cov.map.unit", lang, unit=units)
    pop_years = ", ".join(str(y) for y in cov.population_years) or "–"
    notes = (
        f"{t('map.year', lang)}: {cov.year}",
        t(
            "cov.legend.population",
            lang,
            label=get_indicator(POPULATION_ID).label(lang),
            years=pop_years,
        ),
    )
    title = t("cov.map.title", lang, programme=label)
    table = coverage.gap_map_table(cov)
    # The tooltip's source reads as on the other maps ("BPS Kaltim (…)", example data in
    # words of the language), not as the stored citation.
    table["source"] = [c.label(lang) if c else None for c in row_citations(table)]
    layer = build_layer(
        shapes,
        table,
        title=title,
        mapped_unit=unit,
        higher_is_worse=True,
        words=gap_words(lang),
        fmt_mapped=lambda v: formatting.format_number(v, RATE_DECIMALS, lang),
        fmt_raw=lambda v: formatting.format_number(v, COUNT_DECIMALS, lang),
        raw_unit=units,
        legend_notes=notes,
        selected=selected,
        font_px=font_px,
    )
    return GapMap(
        programme=prog,
        year=cov.year,
        lang=lang,
        label=label,
        title=title,
        need_unit=units,
        unit=unit,
        notes=notes,
        layer=layer,
        key=layer_key({"p": prog.key, "y": cov.year, "l": lang, "m": "gap"}),
    )


def page_table(
    cov: CoverageTable, *, lang: str, kemendagri: Mapping[str, str] | pd.Series
) -> pd.DataFrame:
    """The table under the page's map: every figure of every regency, rank 1 first.

    ``kemendagri`` maps each BPS code to its Kemendagri code; empty cells stay empty.
    """
    units = need_unit(cov.programme, lang)
    d = coverage.with_rank(cov)

    def num(s: pd.Series, decimals: int) -> pd.Series:
        return s.map(lambda v: formatting.format_number(v, decimals, lang) if pd.notna(v) else "")

    def year_of(s: pd.Series) -> pd.Series:
        return s.map(lambda v: "" if pd.isna(v) else str(int(v)))

    out = pd.DataFrame(
        {
            t("col.region", lang): d["nama"],
            t("col.kode_bps", lang): d["kode_bps"],
            t("col.kode_kemendagri", lang): d["kode_bps"].map(kemendagri),
            t("cov.col.recipients", lang, unit=units): num(d["recipients"], COUNT_DECIMALS),
            t("cov.col.need", lang, unit=units): num(d["need"], COUNT_DECIMALS),
            t("cov.col.need_year", lang): year_of(d["need_year"]),
            t("cov.col.coverage", lang): num(d["coverage"], PERCENT_DECIMALS),
            t("cov.col.gap", lang, unit=units): num(d["gap"], COUNT_DECIMALS),
            t("cov.col.over", lang, unit=units): num(d["over"], COUNT_DECIMALS),
            t("cov.col.gap_per_1000", lang): num(d["gap_per_1000"], RATE_DECIMALS),
            t("col.rank", lang): d["rank"],
            t("cov.col.population", lang): num(d["population"], COUNT_DECIMALS),
            t("cov.col.population_year", lang): year_of(d["population_year"]),
            t("col.kind", lang): [
                kind_label(e, k, lang)
                for e, k in zip(d["is_example"], d["dataset_kind"], strict=True)
            ],
            t("col.source", lang): [c.label(lang) if c else None for c in row_citations(d)],
        }
    )
    return out.sort_values(t("col.rank", lang), na_position="last")


def slide_table(cov: CoverageTable, *, lang: str) -> pd.DataFrame:
    """The slide's shorter table (speaker notes): largest gap per 1.000 penduduk first."""
    units = need_unit(cov.programme, lang)

    def num(values: pd.Series, decimals: int) -> list[str]:
        return [formatting.format_number(v, decimals, lang) for v in values]

    rows = cov.data.sort_values("gap_per_1000", ascending=False, na_position="last")
    return pd.DataFrame(
        {
            t("col.region", lang): rows["nama"],
            t("cov.col.recipients", lang, unit=units): num(rows["recipients"], COUNT_DECIMALS),
            t("cov.col.need", lang, unit=units): num(rows["need"], COUNT_DECIMALS),
            t("cov.col.coverage", lang): num(rows["coverage"], PERCENT_DECIMALS),
            t("cov.col.gap", lang, unit=units): num(rows["gap"], COUNT_DECIMALS),
            t("cov.col.gap_per_1000", lang): num(rows["gap_per_1000"], RATE_DECIMALS),
            t("col.kind", lang): [
                kind_label(e, k, lang)
                for e, k in zip(rows["is_example"], rows["dataset_kind"], strict=True)
            ],
        }
    ).reset_index(drop=True)
