"""The map of change between two years of the current indicator (``banding=`` in the URL).

The view model is built from the two one-year views (:mod:`components.current_map`), so
both years' values, units, sources and example flags read exactly as on their own maps; the
change table and its classes are pure (:mod:`welfare.change`, :mod:`geo.change_layer`). The
comparison year is chosen beside the play control and is part of the shared filter state, so
a copied URL (``?indikator=...&tahun=2024&banding=2019``) reproduces the view. Downloads follow
the one-year map: the table as CSV/XLSX, the map as offline HTML and as a picture.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import current_map, data_access, exports, filters, html_table
from components.view_state import ViewState
from geo.change_layer import ChangeWords, build_change_layer
from geo.thematic import ThematicLayer, layer_key
from views.i18n import t
from welfare import change, formatting
from welfare.citations import Citation
from welfare.exporting import (
    ExportMeta,
)

COMPARE_KEY = "w_compare_year"
NONE = 0  # the select box's "no comparison" option (select boxes need a hashable value)


@dataclass(frozen=True)
class ChangeView:
    """What the page, the tables and the downloads need of a change map."""

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
    level: str = "kabupaten"
    geometry: dict | None = None  # None: the regencies (offline HTML export)

    @property
    def has_example(self) -> bool:
        return self.layer.has_example

    @property
    def n_with_data(self) -> int:
        return int(self.table["change"].notna().sum())


def valid_compare_year(state: ViewState) -> int | None:
    """The comparison year of ``state`` if it can be drawn (a year with data, not ``year``)."""
    year = state.compare_year
    if year is None or year == state.year or year not in data_access.years(state.indicator):
        return None
    return year


def change_unit_label(indicator_id: str, lang: str) -> str:
    ind = data_access.indicator_catalogue().get(indicator_id)
    unit = change.change_unit(ind)
    if unit == change.UNIT_OWN:
        return ind.rate_unit(lang)
    return t(f"chg.unit.{unit}", lang)


def build(state: ViewState, *, font_px: int = 13, selected: tuple[str, ...] = ()) -> ChangeView:
    """The change from ``state.compare_year`` to ``state.year`` (regencies)."""
    lang = state.lang
    year_a, year_b = int(state.compare_year or 0), int(state.year or 0)
    view_a = current_map.build(state.with_(year=year_a, compare_year=None))
    view_b = current_map.build(state.with_(compare_year=None), font_px=font_px)
    ind = data_access.indicator_catalogue().get(state.indicator)
    table = change.change_table(view_a.table, view_b.table, higher_is_worse=ind.higher_is_worse)
    decimals = max(view_a.decimals, view_b.decimals)
    unit = change_unit_label(state.indicator, lang)

    def fmt(v: float | None) -> str:
        return formatting.format_number(v, decimals=decimals, lang=lang)

    sources = {c.label(): c for c in (*view_b.sources, *view_a.sources)}
    notes = (
        t("chg.legend.rule", lang, a=year_a, b=year_b),
        t("chg.legend.worse", lang),
    )
    legend_notes = list(notes)
    if sources:
        from views import source_links

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
        data_access.geo_bundle().regencies,
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
        zero_band=0.5 * 10 ** (-decimals),
        legend_notes=legend_notes,
        selected=selected,
        font_px=font_px,
    )
    return ChangeView(
        indicator_id=state.indicator,
        year=year_b,
        compare_year=year_a,
        title=title,
        mapped_unit=unit,
        value_unit=view_b.mapped_unit,
        layer=layer,
        table=layer.table,
        key=layer_key({"i": state.indicator, "y": year_b, "b": year_a, "l": lang}),
        notes=notes,
        decimals=decimals,
        sources=tuple(sources.values()),
    )


def _set_compare() -> None:
    value = st.session_state.get(COMPARE_KEY)
    filters.apply({"banding": str(value) if value else None})


def selector(state: ViewState) -> None:
    """ "Bandingkan dengan tahun": no comparison, or one of the indicator's other years."""
    lang = state.lang
    years = [y for y in data_access.years(state.indicator) if y != state.year]
    options = [NONE, *years[::-1]]
    current = valid_compare_year(state) or NONE
    if st.session_state.get(COMPARE_KEY) != current:
        st.session_state[COMPARE_KEY] = current
    st.selectbox(
        t("chg.compare", lang),
        options,
        key=COMPARE_KEY,
        on_change=_set_compare,
        format_func=lambda y: t("chg.none", lang) if y == NONE else str(y),
        disabled=not years or state.level == "kecamatan",
        help=t("chg.kecamatan", lang) if state.level == "kecamatan" else None,
        width=230,
    )


def frame(view: ChangeView, lang: str, *, display: bool = False) -> pd.DataFrame:
    """The table behind the change map (also the CSV/XLSX export)."""
    df = view.table
    regs = data_access.geo_bundle().regencies.set_index("kode_bps")

    def num(series: pd.Series) -> pd.Series:
        if not display:
            return series
        return series.map(
            lambda v: formatting.format_number(v, view.decimals, lang) if pd.notna(v) else ""
        )

    def kind(series: pd.Series) -> pd.Series:
        return series.map(
            lambda k: t(f"kind.{k}", lang) if isinstance(k, str) else t("map.no_data", lang)
        )

    a, b = view.compare_year, view.year
    return pd.DataFrame(
        {
            t("col.region", lang): df["nama"],
            t("col.kode_bps", lang): df["kode_bps"],
            t("col.kode_kemendagri", lang): df["kode_bps"].map(regs["kode_kemendagri"]),
            t("chg.col.value", lang, year=a, unit=view.value_unit): num(df["rate_a"]),
            t("chg.col.value", lang, year=b, unit=view.value_unit): num(df["rate_b"]),
            t("chg.col.change", lang, unit=view.mapped_unit): num(df["change"]),
            t("chg.col.rank", lang): df["rank"],
            t("chg.col.kind", lang, year=a): kind(df["dataset_kind_a"]),
            t("chg.col.kind", lang, year=b): kind(df["dataset_kind_b"]),
            t("chg.col.source", lang, year=a): df["source_a"],
            t("chg.col.source", lang, year=b): df["source_b"],
        }
    )


def table(view: ChangeView, lang: str) -> None:
    st.markdown(f"**{t('chg.table', lang)}**")
    shown = frame(view, lang, display=True).sort_values(t("chg.col.rank", lang), na_position="last")
    a, b = view.compare_year, view.year
    html_table.show(  # plain HTML like the one-year table (components/tables.py says why)
        shown,
        no_data=t("map.no_data", lang),
        numeric=[
            t("chg.col.value", lang, year=a, unit=view.value_unit),
            t("chg.col.value", lang, year=b, unit=view.value_unit),
            t("chg.col.change", lang, unit=view.mapped_unit),
            t("chg.col.rank", lang),
        ],
        badges={t("kind.example", lang): "serambi-badge-example"},
        wide=(t("chg.col.source", lang, year=a), t("chg.col.source", lang, year=b)),
    )


def buttons(view: ChangeView, lang: str) -> None:
    """CSV, XLSX and offline HTML of the change map, built only when pressed."""
    data = frame(view, lang)
    meta = ExportMeta(
        title=f"{view.title} ({view.mapped_unit})",
        lang=lang,
        has_example=view.has_example,
        sources=tuple(
            f"{c.label(lang)}: {c.url}" if c.url else c.label(lang) for c in view.sources
        ),
        notes=view.notes,
    )
    stem = stem_of(view)
    exports.download_row(data, meta, stem, view, lang, key="chg")


def stem_of(view: ChangeView) -> str:
    return f"serambi-perubahan-{view.indicator_id}-{view.compare_year}-{view.year}"
