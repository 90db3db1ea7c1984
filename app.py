"""Serambi: router only. Page config, shared filters, navigation over pages/."""

from __future__ import annotations

import streamlit as st

from components import filters, layout
from components.i18n import t

st.set_page_config(
    page_title="Serambi: peta kesejahteraan sosial Kaltim",
    page_icon="🗺️",
    layout="wide",
)

filters.init_from_url()
lang = filters.lang()
presenter = filters.current().presenter

PAGES = [
    st.Page("pages/beranda.py", title=t("nav.beranda", lang), icon=":material/home:",
            url_path="beranda", default=True),
    st.Page("pages/peta.py", title=t("nav.peta", lang), icon=":material/map:", url_path="peta"),
    st.Page("pages/tentang.py", title=t("nav.tentang", lang), icon=":material/info:",
            url_path="tentang"),
]

page = st.navigation(PAGES, position="hidden" if presenter else "sidebar")
layout.apply_styles(presenter)
filters.render_sidebar()
page.run()
