"""The change map of one indicator between two years: the layer and every word around it.

Built from the two one-year views (:func:`views.indicator_map.build`), so both years' values,
units, decimals, sources and example flags read exactly as on their own maps; the change table
and its classes are pure (:mod:`welfare.change`, :mod:`geo.change_layer`: symmetric around
zero, the worse direction red). The map page (``components.bodies.change_map``, ``banding=`` in the
URL) and the meeting brief (an agenda step with ``banding``) both show this one view, from
inputs they fetch their own way (Streamlit's caches, or the store directly).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from geo.change_layer import ChangeWords, build_change_layer
from geo.thematic import ThematicLayer, layer_key
from views import indicator_map, source_links
from views.i18n import t
from welfare import change
from welfare.catalogue import get_indicator
from welfare.citations import Citation


@dataclass(frozen=True)
class ChangeView:
    """What the page, the tables, the downloads and the brief need of a change map."""

    indicator_id: str
    year: int  # the later year (B); the change is B - A
    compare_year: int  # the earlier year (A)
    title: str
    mapped_unit: str  # the change's unit, e.g. "poin"
    value_unit: str  # each year's mapped unit, e.g. "%"
    layer: ThematicLayer
    table: pd.DataFrame
    key: str
    notes: tuple[str, ...]
    decimals: int
    sources: tuple[Citation, ...] = ()
    level: str = indicator_map.LEVEL_REGENCY
    geometry: dict | None = None  # None: the regencies (offline HTML export)

    @property
    def has_example(self) -> bool:
        return self.layer.has_example

    @property
    def n_with_data(self) -> int:
        return int(self.table["change"].notna().sum())

    @property
    def n_regions(self) -> int:
        return len(self.table)

    @property
    def n_without_data(self) -> int:
        """Regions drawn hatched: a value is missing in one of the two years (or both)."""
        return self.n_regions - self.n_with_data

    @property
    def years_missing(self) -> tuple[int, ...]:
        """The years the hatched regions lack, in the title's order (A then B)."""
        hatched = self.table[self.table["change"].isna()]
        return tuple(
            year
            for year, col in ((self.compare_year, "rate_a"), (self.year, "rate_b"))
            if hatched[col].isna().any()
        )

    @property
    def zero_band(self) -> float:
        """The largest change told as "no change": half a unit of the last shown decimal."""
        return zero_band(self.decimals)


def zero_band(decimals: int) -> float:
    return 0.5 * 10 ** (-decimals)


def change_unit_label(indicator_id: str, lang: str) -> str:
    """'poin', 'poin per 1.000 penduduk', or the indicator's own unit (counts, indices)."""
    ind = get_indicator(indicator_id)
    unit = change.change_unit(ind)
    if unit == change.UNIT_OWN:
        return ind.rate_unit(lang)
    return t(f"chg.unit.{unit}", lang)


def build(
    shapes: gpd.GeoDataFrame,
    table_a: pd.DataFrame,
    meta_a: Mapping[str, object],
    table_b: pd.DataFrame,
    meta_b: Mapping[str, object],
    *,
    indicator_id: str,
    year_a: int,
    year_b: int,
    lang: str,
    font_px: int = 13,
    selected: Sequence[str] = (),
) -> ChangeView:
    """The change of ``indicator_id`` from ``year_a`` to ``year_b`` over the regencies.

    ``table_a``/``meta_a`` and ``table_b``/``meta_b`` are each year's map table and metadata,
    as :func:`views.indicator_map.build` takes them; ``shapes`` are the regencies.
    """
    view_a = indicator_map.build(
        shapes, table_a, meta_a, indicator_id=indicator_id, year=year_a, lang=lang
    )
    view_b = indicator_map.build(
        shapes, table_b, meta_b, indicator_id=indicator_id, year=year_b, lang=lang, font_px=font_px
    )
    ind = get_indicator(indicator_id)
    table = change.change_table(view_a.table, view_b.table, higher_is_worse=ind.higher_is_worse)
    decimals = max(view_a.decimals, view_b.decimals)
    unit = change_unit_label(indicator_id, lang)
    fmt = indicator_map.number_format(decimals, lang)

    sources = {c.label(): c for c in (*view_b.sources, *view_a.sources)}
    notes = (
        t("chg.legend.rule", lang, a=year_a, b=year_b),
        t("chg.legend.worse", lang),
    )
    legend_notes = list(notes)
    if sources:
        legend_notes.append(
            t(
                "map.legend.source",
                lang,
                source=source_links.labels_text(tuple(sources.values()), lang, limit=2),
            )
        )
    words = ChangeWords(
        change=t("chg.change", lang),
        no_data=t("chg.no_data", lang),
        no_change=t("chg.no_change", lang),
        example_badge=t("badge.example", lang),
        source=t("map.source", lang),
    )
    title = f"{view_b.title}: {t('chg.title', lang, a=year_a, b=year_b)}"
    layer = build_change_layer(
        shapes,
        table,
        year_a=year_a,
        year_b=year_b,
        title=title,
        value_unit=view_b.mapped_unit,
        change_unit=unit,
        higher_is_worse=ind.higher_is_worse,
        words=words,
        fmt_value=fmt,
        fmt_change=fmt,
        zero_band=zero_band(decimals),
        legend_notes=legend_notes,
        selected=selected,
        font_px=font_px,
    )
    return ChangeView(
        indicator_id=indicator_id,
        year=year_b,
        compare_year=year_a,
        title=title,
        mapped_unit=unit,
        value_unit=view_b.mapped_unit,
        layer=layer,
        table=layer.table,
        key=layer_key({"i": indicator_id, "y": year_b, "b": year_a, "l": lang}),
        notes=notes,
        decimals=decimals,
        sources=tuple(sources.values()),
    )
