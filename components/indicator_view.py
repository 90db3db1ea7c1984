"""What the current filter state means for an indicator map: the thematic layer and its words.

Shared by the map page, the coverage page and the HTML export so all of them say the same
thing about units, denominators, sources and example data. At kecamatan level
(``build(..., kecamatan=[codes])``) the same layer is built from the kecamatan's own table and
geometry, so tooltips, ranking, legend, table and exports read the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from components import data_access, source_links
from components.i18n import t
from components.view_state import ViewState
from geo.choropleth import MAX_CLASSES
from geo.thematic import MapWords, ThematicLayer, build_layer, layer_key
from welfare import formatting
from welfare.citations import Citation


@dataclass(frozen=True)
class IndicatorView:
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
    level: str = "kabupaten"  # or "kecamatan"
    geometry_src: str | None = None  # the GeoJSON the layer colours (None: the regencies)
    geometry: dict | None = None  # that GeoJSON itself (for the offline HTML export)

    @property
    def n_with_data(self) -> int:
        return int(self.table["rate"].notna().sum()) if "rate" in self.table else 0

    @property
    def has_example(self) -> bool:
        return self.layer.has_example


def map_words(lang: str) -> MapWords:
    return MapWords(
        rank=t("map.rank", lang),
        raw=t("map.raw", lang),
        denominator=t("map.denominator", lang),
        source=t("map.source", lang),
        no_data=t("map.no_data", lang),
        example_badge=t("badge.example", lang),
        example_kind=t("kind.example", lang),
    )


def decimals_for(values: pd.Series, kind: str) -> int:
    present = values.dropna().abs()
    if present.empty:
        return 0
    top = float(present.max())
    if kind in ("index",):
        return 2
    if top >= 1000:
        return 0
    if top >= 100:
        return 1
    return 2


def build(
    state: ViewState,
    *,
    font_px: int = 13,
    selected: tuple[str, ...] = (),
    kecamatan: Sequence[str] | None = None,
) -> IndicatorView:
    """The thematic layer for ``state.indicator`` in ``state.year`` (of the regencies, or of
    the ``kecamatan`` codes)."""
    lang = state.lang
    cat = data_access.indicator_catalogue()
    ind = cat.get(state.indicator)
    if kecamatan is not None:
        codes = tuple(sorted(kecamatan))
        table, meta = data_access.kecamatan_rate_table(state.indicator, state.year, codes)
    else:
        table, meta = data_access.rate_table(state.indicator, state.year)
    unit = ind.rate_unit(lang)
    decimals = decimals_for(table["rate"] if "rate" in table else pd.Series(dtype=float), ind.kind)

    def fmt_mapped(v: float | None) -> str:
        return formatting.format_number(v, decimals=decimals, lang=lang)

    raw_decimals = 0 if ind.kind == "count" else decimals

    def fmt_raw(v: float | None) -> str:
        return formatting.format_number(v, decimals=raw_decimals, lang=lang)

    notes: list[str] = [f"{t('map.year', lang)}: {state.year}"]
    if meta.get("denominator_label"):
        years = meta.get("denominator_years") or []
        years_txt = f"({', '.join(str(y) for y in years)})" if years else ""
        notes.append(
            t("map.legend.denominator", lang, label=meta["denominator_label"], years=years_txt)
        )
    # Readable sources ("BPS Kaltim (Radar Paser, 30/9/2024)"): short in the map's legend, with
    # links beside the map, and in the tooltip instead of the raw citation.
    cited = view_citations(table)
    legend_notes = list(notes)
    if cited:
        legend_notes.append(
            t("map.legend.source", lang, source=source_links.labels_text(cited, lang, limit=2))
        )
    table = table.copy()
    row_cited = _row_citations(table)
    table["source_url"] = [c.url if c else None for c in row_cited]
    table["source"] = [c.label(lang) if c else None for c in row_cited]
    geometry_src: str | None = None
    geometry: dict | None = None
    if kecamatan is not None:
        kec = data_access.kecamatan_geo().kecamatan
        shapes = kec[kec["kode_bps"].isin(codes)]
        geometry_src, geometry = data_access.kecamatan_geojson(codes)
    else:
        shapes = data_access.geo_bundle().regencies
    title = cat.label(state.indicator, lang)
    layer = build_layer(
        shapes,
        table,
        title=title,
        mapped_unit=unit,
        higher_is_worse=ind.higher_is_worse,
        words=map_words(lang),
        fmt_mapped=fmt_mapped,
        fmt_raw=fmt_raw,
        raw_unit=ind.unit_label(lang),
        legend_notes=legend_notes,
        selected=selected,
        font_px=font_px,
        # Four kecamatan in four classes would be a ranking in disguise: about two per class.
        max_classes=MAX_CLASSES
        if kecamatan is None
        else max(1, min(MAX_CLASSES, int(table["rate"].notna().sum()) // 2)),
    )
    notes.insert(1, t("map.legend.classes", lang, k=layer.classification.k))
    parts: dict[str, object] = {"i": state.indicator, "y": state.year, "l": lang}
    if geometry_src:  # the file name is a content hash: one key per set of kecamatan
        parts["g"] = geometry_src.rsplit("/", 1)[-1]
    key = layer_key(parts)
    return IndicatorView(
        indicator_id=state.indicator,
        year=state.year,
        title=title,
        mapped_unit=unit,
        raw_unit=ind.unit_label(lang),
        layer=layer,
        table=layer.table,
        meta=meta,
        key=key,
        notes=tuple(notes),
        decimals=decimals,
        raw_decimals=raw_decimals,
        sources=cited,
        level="kecamatan" if kecamatan is not None else "kabupaten",
        geometry_src=geometry_src,
        geometry=geometry,
    )


def _row_citations(table: pd.DataFrame) -> list[Citation | None]:
    from welfare.citations import cite

    kinds = table["dataset_kind"] if "dataset_kind" in table else [None] * len(table)
    return [
        cite(src if isinstance(src, str) else None, kind if isinstance(kind, str) else None)
        for src, kind in zip(table.get("source", [None] * len(table)), kinds, strict=True)
    ]


def view_citations(table: pd.DataFrame) -> tuple[Citation, ...]:
    """Citations of the mapped values, then of their denominators, each label once."""
    kinds = list(table["dataset_kind"]) if "dataset_kind" in table else None
    values = source_links.citations(list(table.get("source", [])), kinds)
    dens = source_links.citations(list(table.get("denominator_source", [])))
    merged = {c.label(): c for c in (*values, *dens)}
    return tuple(merged.values())
