"""Serambi: router only. Page config, shared filters, navigation over pages/."""

from __future__ import annotations

import streamlit as st

from components.state import filters, first_paint, first_start, router
from components.widgets import layout
from components.widgets import presenter as presenter_bar
from views.i18n import t
from views.pages import HOME_PATH, PAGE_SPECS, SECTION_KEYS

st.set_page_config(
    page_title="Serambi: peta kesejahteraan sosial Kaltim",
    page_icon="🗺️",
    layout="wide",
)

first_start.prepare_store()  # a fresh install: a message while the seeds load
filters.init_from_url()
lang = filters.lang()
presenter = filters.current().presenter

sections: dict[str, list] = {t(key, lang): [] for key in SECTION_KEYS}
for i, spec in enumerate(PAGE_SPECS):  # the first is the default
    sections[t(spec.section, lang)].append(
        st.Page(
            spec.script,
            title=t(spec.title_key, lang),
            icon=spec.icon,
            url_path=spec.path,
            default=(i == 0),
        )
    )
# expanded: every page stays in sight (Streamlit would fold fourteen behind "View more")
page = st.navigation(sections, position="hidden" if presenter else "sidebar", expanded=True)
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
filters.render_sidebar(widgets=not map_first, view_filters=spec.view_filters)
with router.routed():  # pages check this to tell a routed run from a legacy one
    page.run()
