"""The map of change between two years of the current indicator (``banding=`` in the URL).

The view model is pure and shared with the meeting brief (:mod:`views.change_map`); this
module fetches its inputs (both years' map tables, the regencies) through
:mod:`components.state.data_access` and holds the UI around it: the selector, the table and the
downloads. The comparison year is chosen beside the play control and is part of the shared
filter state, so a copied URL (``?indikator=...&tahun=2024&banding=2019``) reproduces the
view. Downloads follow the one-year map: the table as CSV/XLSX, the map as offline HTML and as
a picture.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from components.state import data_access, filters
from components.state.view_state import ViewState
from components.widgets import exports, html_table, tables
from views import change_map
from views.change_map import ChangeView
from views.i18n import t
from views.table_exports import Chosen
from welfare import formatting
from welfare.exporting import ExportMeta

COMPARE_KEY = "w_compare_year"
NONE = 0  # the select box's "no comparison" option (select boxes need a hashable value)


def valid_compare_year(state: ViewState) -> int | None:
    """The comparison year of ``state`` if it can be drawn (a year with data, not ``year``)."""
    year = state.compare_year
    if year is None or year == state.year or year not in data_access.years(state.indicator):
        return None
    return year


def build(state: ViewState, *, font_px: int = 13, selected: tuple[str, ...] = ()) -> ChangeView:
    """The change from ``state.compare_year`` to ``state.year`` (regencies)."""
    year_a, year_b = int(state.compare_year or 0), int(state.year or 0)
    table_a, meta_a = data_access.rate_table(state.indicator, year_a)
    table_b, meta_b = data_access.rate_table(state.indicator, year_b)
    return change_map.build(
        data_access.geo_bundle().regencies,
        table_a,
        meta_a,
        table_b,
        meta_b,
        indicator_id=state.indicator,
        year_a=year_a,
        year_b=year_b,
        lang=state.lang,
        font_px=font_px,
        selected=selected,
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


def table(view: ChangeView, lang: str, *, chosen: Sequence[str] = ()) -> None:
    """The change table; the rows of the ``chosen`` regions (BPS codes) are marked."""
    st.markdown(f"**{t('chg.table', lang)}**")
    shown = frame(view, lang, display=True).sort_values(t("chg.col.rank", lang), na_position="last")
    a, b = view.compare_year, view.year
    marked, caption = tables.chosen_rows(view.table, chosen, lang)
    html_table.show(  # plain HTML like the one-year table (components/widgets/tables.py says why)
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
        marked_by=t("col.kode_bps", lang),
        marked=marked,
        caption=caption,
    )


def buttons(view: ChangeView, lang: str, *, chosen: Chosen | None = None) -> None:
    """CSV, XLSX and offline HTML of the change map, built only when pressed (``chosen``:
    the regions chosen in the filter, :func:`components.widgets.exports.table_buttons`)."""
    data = frame(view, lang)
    a, b = view.compare_year, view.year
    shown = (
        t("chg.col.value", lang, year=a, unit=view.value_unit),
        t("chg.col.value", lang, year=b, unit=view.value_unit),
        t("chg.col.change", lang, unit=view.mapped_unit),
    )
    meta = ExportMeta(
        title=f"{view.title} ({view.mapped_unit})",
        lang=lang,
        has_example=view.has_example,
        sources=exports.source_lines(view.sources, lang),
        notes=view.notes,
        decimals=dict.fromkeys(shown, view.decimals),  # the digits of the table above
    )
    stem = stem_of(view)
    exports.table_buttons(data, meta, stem, lang, key="chg", chosen=chosen, map_view=view)


def stem_of(view: ChangeView) -> str:
    return f"serambi-perubahan-{view.indicator_id}-{view.compare_year}-{view.year}"
