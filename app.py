"""Serambi: router only. Page config, shared filters, navigation over pages/."""

from __future__ import annotations

import streamlit as st

from components import filters, first_paint, first_start, layout, router
from components import presenter as presenter_bar
from views.i18n import t
from views.pages import HOME_PATH, PAGE_SPECS

st.set_page_config(
    page_title="Serambi: peta kesejahteraan sosial Kaltim",
    page_icon="🗺️",
    layout="wide",
)

first_start.prepare_store()  # a fresh install: a message while the seeds load
filters.init_from_url()
lang = filters.lang()
presenter = filters.current().presenter

pages = [
    st.Page(script, title=t(title, lang), icon=icon, url_path=path, default=(i == 0))
    for i, (script, path, title, icon) in enumerate(PAGE_SPECS)  # the first is the default
]
page = st.navigation(pages, position="hidden" if presenter else "sidebar")
map_first = first_paint.start_run(page.url_path or HOME_PATH, presenter=presenter)
layout.apply_styles(presenter)
if presenter:
    presenter_bar.bar(
        {path: script for script, path, _, _ in PAGE_SPECS},
        lang,
        page=page.url_path or HOME_PATH,
        indicator=filters.current().indicator,
    )
filters.render_sidebar(widgets=not map_first)
with router.routed():  # pages check this to tell a routed run from a legacy one
    page.run()
