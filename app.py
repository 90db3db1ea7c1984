"""Serambi: router only. Page config, shared filters, navigation over pages/."""

from __future__ import annotations

import streamlit as st

from components import filters, first_paint, first_start, layout, router
from components import presenter as presenter_bar
from views.i18n import t

st.set_page_config(
    page_title="Serambi: peta kesejahteraan sosial Kaltim",
    page_icon="🗺️",
    layout="wide",
)

# (script, URL path, title key, icon). The first page is the default.
PAGE_SPECS = [
    ("pages/beranda.py", "beranda", "nav.beranda", ":material/home:"),
    ("pages/peta.py", "peta", "nav.peta", ":material/map:"),
    ("pages/tren.py", "tren", "nav.tren", ":material/show_chart:"),
    ("pages/cakupan.py", "cakupan", "nav.cakupan", ":material/volunteer_activism:"),
    ("pages/sasaran.py", "sasaran", "target.nav", ":material/target:"),
    ("pages/profil.py", "profil", "nav.profil", ":material/location_city:"),
    ("pages/bahan.py", "bahan", "nav.bahan", ":material/slideshow:"),
    ("pages/ketersediaan.py", "ketersediaan", "nav.ketersediaan", ":material/grid_on:"),
    ("pages/data.py", "data", "nav.data", ":material/database:"),
    ("pages/tentang.py", "tentang", "nav.tentang", ":material/info:"),
]

first_start.prepare_store()  # a fresh install: a message while the seeds load
filters.init_from_url()
lang = filters.lang()
presenter = filters.current().presenter

pages = [
    st.Page(script, title=t(title, lang), icon=icon, url_path=path, default=(i == 0))
    for i, (script, path, title, icon) in enumerate(PAGE_SPECS)
]
page = st.navigation(pages, position="hidden" if presenter else "sidebar")
map_first = first_paint.start_run(page.url_path or PAGE_SPECS[0][1], presenter=presenter)
layout.apply_styles(presenter)
if presenter:
    presenter_bar.bar(
        {path: script for script, path, _, _ in PAGE_SPECS},
        lang,
        page=page.url_path or PAGE_SPECS[0][1],
        indicator=filters.current().indicator,
    )
filters.render_sidebar(widgets=not map_first)
with router.routed():  # pages check this to tell a routed run from a legacy one
    page.run()
