"""Peta: choropleth of the chosen indicator and year, with the IKN overlay and a ranking."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

import streamlit as st

from components import charts, data_access, filters, indicator_view, layout, map_view, tables
from components.i18n import t
from welfare import formatting

state = filters.current()
lang = state.lang
filters.show_notices()

if state.year is None:
    st.info(t("filter.no_years", lang))
    st.stop()

selected = tuple(filters.selected_codes(state)) if state.regions_mode != "semua" else ()
view = indicator_view.build(state, font_px=18 if state.presenter else 13, selected=selected)

st.markdown(f"## {view.title} · {state.year}")
if view.has_example:
    layout.example_notice(lang)

col_map, col_side = st.columns([2.3, 1], gap="medium")
with col_map:
    preset = st.segmented_control(
        t("map.view", lang), ["kaltim", "ikn", "kota"], default="kaltim", key="map_view",
        format_func=lambda v: t(f"map.view.{v}", lang),
    ) or "kaltim"
    clicked = map_view.render(
        data_access.geo_bundle(), view.layer, lang=lang, layer_key=view.key, view=preset,
        height=820 if state.presenter else 640, label_px=17 if state.presenter else 13,
    )
with col_side:
    st.markdown(f"**{t('map.ranking', lang)}**")
    charts.show(
        charts.ranking_bar(
            view.table, unit=view.mapped_unit,
            fmt=lambda v: formatting.format_number(v, decimals=view.decimals, lang=lang),
            example_label=t("badge.example", lang) if view.has_example else None,
            highlight=set(selected),
            font_size=17 if state.presenter else 13,
        ),
        key="ranking", filename=f"serambi-peringkat-{state.indicator}-{state.year}",
    )
    for note in view.notes:
        layout.source_line(note)

filters.handle_map_click(clicked)

tables.indicator_table(view, lang)
