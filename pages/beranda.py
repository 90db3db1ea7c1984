"""Beranda: one overview screen (headline numbers, small map, one trend); see home_page."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

from components import filters, home_page, targeting_page

state = filters.current()
filters.show_notices()
home_page.render(state)
if not state.presenter:  # presenter mode keeps the home screen to one view
    targeting_page.home_status(state)
