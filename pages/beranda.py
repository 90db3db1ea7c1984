"""Beranda: headline numbers for the province and the IKN area + buffer zone."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

import streamlit as st

from components import data_access, filters, headline_cards
from components.i18n import t
from components.markup import escape_markdown

state = filters.current()
lang = state.lang
filters.show_notices()

st.title(t("app.title", lang))
st.markdown(f"#### {t('app.subtitle', lang)}")
st.caption(t("home.intro", lang))

zone = data_access.buffer_zone_codes()
figures = data_access.headline(zone, lang)
names = data_access.geo_bundle().regencies.set_index("kode_bps")["nama"]

col_prov, col_zone = st.columns(2, gap="large")
with col_prov:
    st.subheader(t("home.province", lang))
    headline_cards.render(figures[figures["scope"] == "provinsi"], lang)
with col_zone:
    st.subheader(t("home.buffer", lang))
    members = escape_markdown(", ".join(names[c] for c in zone))
    st.caption(t("home.buffer_members", lang, names=members))
    headline_cards.render(figures[figures["scope"] == "zona"], lang)

st.page_link("pages/peta.py", label=t("home.to_map", lang), icon=":material/map:")
if not state.presenter:  # presenter mode keeps the home screen to one view
    from components import targeting_view

    targeting_view.home_status(state.lang)
