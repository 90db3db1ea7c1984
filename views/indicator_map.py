"""The indicator map of one view: the thematic layer and every word and number format around it.

Given an indicator's map table (from :func:`welfare.read_models.rate_table`) and the shapes it
colours, :func:`build` decides the mapped unit, the decimals (:func:`welfare.formatting.
decimals_for`), the legend notes (year, denominator and its years, sources, classes), the
citations and the layer (:func:`geo.thematic.build_layer`: classes and colours). The map page
(``components.state.current_map``), the home page, the HTML export and the meeting brief all show
this one view. At kecamatan level the same is built from the kecamatan's own table and geometry,
with about two kecamatan per class.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd

from geo.choropleth import MAX_CLASSES
from geo.fixed_classes import FixedClasses
from geo.thematic import ThematicLayer, build_layer, layer_key
from views import source_links
from views.i18n import t
from views.map_words import map_words
from welfare import formatting
from welfare.catalogue import get_indicator
from welfare.citations import Citation, row_citations, view_citations

if TYPE_CHECKING:
    from welfare.read_models import RateTable

LEVEL_REGENCY = "kabupaten"
LEVEL_KECAMATAN = "kecamatan"


@dataclass(frozen=True)
class IndicatorView:
    """One indicator map: the layer, its table (with ranks and readable sources) and words."""

    indicator_id: str
    year: int
    title: str
    mapped_unit: str
    raw_unit: str
    layer: ThematicLayer
    table: pd.DataFrame
    meta: dict
    key: str
    notes: tuple[str, ...]
    decimals: int
    raw_decimals: int
    sources: tuple[Citation, ...] = ()
    level: str = LEVEL_REGENCY  # or LEVEL_KECAMATAN
    geometry_src: str | None = None  # the GeoJSON the layer colours (None: the regencies)
    geometry: dict | None = None  # that GeoJSON itself (for the offline HTML export)

    @property
    def n_with_data(self) -> int:
        return int(self.table["rate"].notna().sum()) if "rate" in self.table else 0

    @property
    def has_example(self) -> bool:
        return self.layer.has_example

    def extremes(self) -> tuple[pd.Series, pd.Series] | None:
        """The rows of the highest and the lowest mapped value (None: no region has one)."""
        rows = self.table.dropna(subset=["rate"]).sort_values("rate", ascending=False)
        if rows.empty:
            return None
        return rows.iloc[0], rows.iloc[-1]


def number_format(decimals: int, lang: str):  # noqa: ANN201 (a formatter)
    """``format_number`` with fixed decimals and language, for the layer's tooltips and labels."""

    def fmt(v: float | None) -> str:
        return formatting.format_number(v, decimals=decimals, lang=lang)

    return fmt


def map_inputs(result: RateTable) -> tuple[pd.DataFrame, dict]:
    """A map table read from the store (:func:`welfare.read_models.rate_table`) as :func:`build`
    takes it: the table and its metadata. The pages (through their cache) and the brief both
    read it here, so the two cannot pass different metadata."""
    meta = {
        "denominator_id": result.denominator_id,
        "denominator_years": result.denominator_years,
        "sources": result.sources,
        "has_example": result.has_example,
        "rate_kind": result.rate_kind,
        "n_with_data": result.n_with_data,
        "n_regions": result.n_regions,
    }
    return result.data, meta


def year_notes(year: int, meta: Mapping[str, object], lang: str) -> list[str]:
    """'Tahun: 2024' and, for a rate, 'Dibagi: <denominator> (<its years>)'."""
    notes = [f"{t('map.year', lang)}: {year}"]
    if meta.get("denominator_id"):
        years = meta.get("denominator_years") or []
        years_txt = f"({', '.join(str(y) for y in years)})" if years else ""  # type: ignore[union-attr]
        # The table carries the denominator's id; its name is said in the reader's language.
        label = get_indicator(str(meta["denominator_id"])).label(lang)
        notes.append(t("map.legend.denominator", lang, label=label, years=years_txt))
    return notes


def build(
    shapes: gpd.GeoDataFrame,
    table: pd.DataFrame,
    meta: Mapping[str, object],
    *,
    indicator_id: str,
    year: int,
    lang: str,
    font_px: int = 13,
    selected: Sequence[str] = (),
    level: str = LEVEL_REGENCY,
    geometry_src: str | None = None,
    geometry: dict | None = None,
    fixed: FixedClasses | None = None,
    notice: str | None = None,
    extra_notes: Sequence[str] = (),
) -> IndicatorView:
    """The view of ``indicator_id`` in ``year`` from its map ``table`` and ``meta``.

    ``meta`` holds the table's ``denominator_id`` and ``denominator_years``; ``shapes`` are
    the regencies (or, with ``level=LEVEL_KECAMATAN``, the kecamatan of the table, published
    as ``geometry_src``).

    A frame of a time playback (``components.state.playback``) passes ``fixed``, the class breaks
    shared by all years (and their precision in every year's legend), ``notice``, said over
    the map (a year without data), and ``extra_notes`` for the legend.
    """
    ind = get_indicator(indicator_id)
    unit = ind.rate_unit(lang)
    decimals = formatting.decimals_for(table["rate"] if "rate" in table else [], ind.kind)
    if fixed is not None and fixed.k:  # the same precision in every year's legend
        decimals = formatting.decimals_for([fixed.minimum, *fixed.upper_bounds], ind.kind)
    raw_decimals = 0 if ind.kind == "count" else decimals
    notes = year_notes(year, meta, lang)
    # Readable sources ("BPS Kaltim (Radar Paser, 30/9/2024)"): short in the map's legend, with
    # links beside the map, and in the tooltip instead of the raw citation.
    cited = view_citations(table)
    legend_notes = [*notes, *extra_notes]
    if cited:
        legend_notes.append(
            t("map.legend.source", lang, source=source_links.labels_text(cited, lang, limit=2))
        )
    table = table.copy()
    row_cited = row_citations(table)
    table["source_url"] = [c.url if c else None for c in row_cited]
    table["source"] = [c.label(lang) if c else None for c in row_cited]
    title = ind.label(lang)
    layer = build_layer(
        shapes,
        table,
        title=title,
        mapped_unit=unit,
        higher_is_worse=ind.higher_is_worse,
        words=map_words(lang),
        fmt_mapped=number_format(decimals, lang),
        fmt_raw=number_format(raw_decimals, lang),
        raw_unit=ind.unit_label(lang),
        legend_notes=legend_notes,
        selected=selected,
        font_px=font_px,
        # Four kecamatan in four classes would be a ranking in disguise: about two per class.
        max_classes=MAX_CLASSES
        if level == LEVEL_REGENCY
        else max(1, min(MAX_CLASSES, int(table["rate"].notna().sum()) // 2)),
        fixed=fixed,
        notice=notice,
    )
    notes.insert(1, t("map.legend.classes", lang, k=layer.classification.k))
    parts: dict[str, object] = {"i": indicator_id, "y": year, "l": lang}
    if geometry_src:  # the file name is a content hash: one key per set of kecamatan
        parts["g"] = geometry_src.rsplit("/", 1)[-1]
    if fixed is not None:
        parts["c"] = "tetap"
    return IndicatorView(
        indicator_id=indicator_id,
        year=year,
        title=title,
        mapped_unit=unit,
        raw_unit=ind.unit_label(lang),
        layer=layer,
        table=layer.table,
        meta=dict(meta),
        key=layer_key(parts),
        notes=tuple(notes),
        decimals=decimals,
        raw_decimals=raw_decimals,
        sources=cited,
        level=level,
        geometry_src=geometry_src,
        geometry=geometry,
    )
