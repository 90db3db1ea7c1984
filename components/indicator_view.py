"""What the current filter state means for an indicator map: the thematic layer and its words.

Shared by the map page, the coverage page and the HTML export so all of them say the same
thing about units, denominators, sources and example data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from components import data_access
from components.i18n import t
from components.view_state import ViewState
from geo.thematic import MapWords, ThematicLayer, build_layer, layer_key
from welfare import formatting


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


def build(state: ViewState, *, font_px: int = 13, selected: tuple[str, ...] = ()) -> IndicatorView:
    """The thematic layer for ``state.indicator`` in ``state.year``."""
    lang = state.lang
    cat = data_access.indicator_catalogue()
    ind = cat.get(state.indicator)
    table, meta = data_access.rate_table(state.indicator, state.year)
    unit = ind.rate_unit(lang)
    decimals = decimals_for(table["rate"] if "rate" in table else pd.Series(dtype=float),
                            ind.kind)

    def fmt_mapped(v: float | None) -> str:
        return formatting.format_number(v, decimals=decimals, lang=lang)

    raw_decimals = 0 if ind.kind == "count" else decimals

    def fmt_raw(v: float | None) -> str:
        return formatting.format_number(v, decimals=raw_decimals, lang=lang)

    notes: list[str] = [f"{t('map.year', lang)}: {state.year}"]
    if meta.get("denominator_label"):
        years = meta.get("denominator_years") or []
        years_txt = f"({', '.join(str(y) for y in years)})" if years else ""
        notes.append(t("map.legend.denominator", lang, label=meta["denominator_label"],
                       years=years_txt))
    # The in-map legend stays short: the sources' sites; full citations go beside the map.
    legend_notes = list(notes)
    sites = source_sites(meta.get("sources", []))
    if sites:
        legend_notes.append(t("map.legend.source", lang, source=sites))
    for src in meta.get("sources", [])[:3]:
        notes.append(t("map.legend.source", lang, source=_short(src)))
    bundle = data_access.geo_bundle()
    title = cat.label(state.indicator, lang)
    layer = build_layer(
        bundle.regencies,
        table,
        title=title,
        mapped_unit=unit,
        higher_is_worse=ind.higher_is_worse,
        words=map_words(lang),
        fmt_mapped=fmt_mapped,
        fmt_raw=fmt_raw,
        raw_unit=ind.unit,
        legend_notes=legend_notes,
        selected=selected,
        font_px=font_px,
    )
    notes.insert(1, t("map.legend.classes", lang, k=layer.classification.k))
    key = layer_key({"i": state.indicator, "y": state.year, "l": lang})
    return IndicatorView(
        indicator_id=state.indicator,
        year=state.year,
        title=title,
        mapped_unit=unit,
        raw_unit=ind.unit,
        layer=layer,
        table=layer.table,
        meta=meta,
        key=key,
        notes=tuple(notes),
        decimals=decimals,
        raw_decimals=raw_decimals,
    )


def source_sites(sources: list[str], limit: int = 3) -> str:
    """'katakaltim.com, bps.go.id (+4)': the sites behind a list of citations."""
    sites: list[str] = []
    for src in sources:
        match = _URL_RE.search(str(src))
        site = match.group(1).removeprefix("www.") if match else _short(str(src), 40)
        if site not in sites:
            sites.append(site)
    more = f" (+{len(sites) - limit})" if len(sites) > limit else ""
    return ", ".join(sites[:limit]) + more


_URL_RE = re.compile(r"https?://([^/\s]+)")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
