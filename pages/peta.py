"""Peta: choropleth of the chosen indicator and year, with the IKN overlay and a ranking.

Drills down from a regency to its kecamatan, or to the kecamatan around IKN
(:mod:`components.kecamatan_map`).
"""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

import html

import streamlit as st

from components import (
    data_access,
    exports,
    filters,
    indicator_view,
    kecamatan_map,
    layout,
    map_image,
    map_view,
    source_links,
    tables,
)
from components.i18n import t
from components.markup import escape_markdown
from geo.layers import legend_html
from geo.thematic import ranking_html
from welfare import formatting

state = filters.current()
lang = state.lang
# Optional elements above the map live in containers that are always drawn, so the map keeps
# its place in the element tree: a map that moves is remounted (a new iframe, a flash).
with st.container():
    filters.show_notices()

if state.year is None:
    st.info(t("filter.no_years", lang))
    st.stop()

kec_codes = kecamatan_map.scope(state)
if kec_codes is None:
    selected = tuple(filters.selected_codes(state)) if state.regions_mode != "semua" else ()
else:
    selected = (state.kecamatan,) if state.kecamatan in kec_codes else ()
view = indicator_view.build(
    state, font_px=18 if state.presenter else 13, selected=selected, kecamatan=kec_codes
)

st.markdown(f"## {escape_markdown(view.title)} · {state.year}")
with st.container():
    if kec_codes is not None:
        kecamatan_map.breadcrumb(state)
with st.container():
    if view.has_example:
        layout.example_notice(lang, compact=state.presenter)

if kec_codes is not None and view.n_with_data == 0:
    # Not an empty map: say that this indicator has no kecamatan data, with the way back.
    kecamatan_map.level_control(state)
    kecamatan_map.no_data(state)
    st.stop()

col_map, col_side = st.columns([2.3, 1], gap="medium")
with col_map:
    kecamatan_map.level_control(state)
    preset = (
        st.segmented_control(
            t("map.view", lang),
            ["kaltim", "ikn", "kota"],
            default="kaltim",
            key="map_view",
            format_func=lambda v: t(f"map.view.{v}", lang),
            label_visibility="collapsed" if state.presenter else "visible",
        )
        or "kaltim"
    )
    clicked = map_view.render(
        data_access.geo_bundle(),
        view.layer,
        lang=lang,
        layer_key=view.key,
        view=preset,
        height=820 if state.presenter else 640,
        label_px=17 if state.presenter else 13,
        show_legend=not state.presenter,
        geometry_src=view.geometry_src,
        focus=kecamatan_map.focus(state, kec_codes) if kec_codes and preset == "kaltim" else None,
    )
with col_side:
    if state.presenter:  # beside the map, so it covers no regency on the projector
        st.html(legend_html(view.layer.legend))
    # Plain HTML, one element each: a chart library here cost more browser time per change
    # than the whole map update (bench/README.md).
    st.html(
        ranking_html(
            view.table,
            title=t("map.ranking", lang),
            unit=view.mapped_unit,
            fmt=lambda v: formatting.format_number(v, decimals=view.decimals, lang=lang),
            example_label=t("badge.example", lang) if view.has_example else None,
            highlight=selected,
            font_px=17 if state.presenter else 13,
        )
    )
    if not state.presenter:  # presenting: year and source are in the legend above
        st.html(
            "".join(f'<div class="serambi-source">{html.escape(n)}</div>' for n in view.notes)
            + f'<div class="serambi-source">{source_links.sources_html(view.sources, lang)}</div>'
        )

filters.handle_map_click(clicked)
if kec_codes is not None:
    kec_name = kecamatan_map.kecamatan_name(state.kecamatan if selected else None)
    if kec_name:
        st.page_link(
            "pages/profil.py",
            label=t("map.open_profile", lang, name=escape_markdown(f"Kecamatan {kec_name}")),
            icon=":material/location_city:",
        )
elif state.regions_mode == "pilih" and len(state.regions) == 1:
    names = dict(zip(view.table["kode_bps"], view.table["nama"], strict=True))
    name = names.get(state.regions[0], state.regions[0])
    st.page_link(
        "pages/profil.py",
        label=t("map.open_profile", lang, name=escape_markdown(name)),
        icon=":material/location_city:",
    )

if state.presenter:
    # On the projector: title, map, legend and ranking on one screen (the ranking is the text
    # alternative of the map); the table and the downloads stay in normal mode.
    st.stop()

tables.indicator_table(view, lang)
exports.buttons(view, lang)
map_image.buttons(
    view.layer,
    title=f"{view.title} · {view.year}",
    subtitle=view.mapped_unit,
    sources=view.sources,
    lang=lang,
    highlight=selected,
    stem=f"serambi-peta-{view.indicator_id}-{view.year}"
    + ("-kecamatan" if kec_codes is not None else ""),
    regions=kecamatan_map.shapes(kec_codes) if kec_codes is not None else None,
)
