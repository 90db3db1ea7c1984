"""Beranda: one overview screen (headline numbers, small map, one trend); see home_view."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

from components import filters, home_view, targeting_view

state = filters.current()
filters.show_notices()
home_view.render(state)
if not state.presenter:  # presenter mode keeps the home screen to one view
    targeting_view.home_status(state.lang)
