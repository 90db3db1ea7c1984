"""Tren: the shared filter's indicator over the years.

Lines per regency, small multiples, the buffer zone against the rest of the province
(population-weighted) and the PMKS category mix.
"""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

import streamlit as st

from components.bodies import trend_page
from components.state import filters
from views.i18n import t

state = filters.current()
filters.show_notices()

if state.year is None:
    st.info(t("filter.no_years", state.lang))
    st.stop()

trend_page.render(state)
