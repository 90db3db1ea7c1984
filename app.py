"""Serambi: router only. Page config, shared filters, navigation over pages/."""

from __future__ import annotations

import streamlit as st

from components.state import filters, first_paint, first_start, router, view_fragment
from components.widgets import layout
from components.widgets import presenter as presenter_bar
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
    for i, (script, path, title, icon, _) in enumerate(PAGE_SPECS)  # the first is the default
]
# expanded: every page stays in sight (Streamlit folds more than twelve behind "View more").
# One flat list: Streamlit's sectioned menu nests <div>s in its <ul>, which screen readers
# cannot follow (tests/e2e/test_accessibility.py); the order keeps related pages together.
page = st.navigation(pages, position="hidden" if presenter else "sidebar", expanded=True)
spec = next(s for s in PAGE_SPECS if s.path == (page.url_path or HOME_PATH))
map_first = first_paint.start_run(spec.path, presenter=presenter)
layout.apply_styles(presenter)
if presenter:
    presenter_bar.bar(
        {spec.path: spec.script for spec in PAGE_SPECS},
        lang,
        page=spec.path,
        indicator=filters.current().indicator,
    )
filters.render_sidebar(
    widgets=not map_first,
    view_filters=spec.view_filters,
    page_draws_view=spec.path in view_fragment.PAGES,  # a change reruns the page's fragment
)
with router.routed():  # pages check this to tell a routed run from a legacy one
    page.run()
