"""Beranda: one overview screen (headline numbers, small map, one trend); see home_page."""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import home_page
from components.state import filters
from components.widgets import target_status_box

state = filters.current()
filters.show_notices()
home_page.render(state)
if not state.presenter:  # presenter mode keeps the home screen to one view
    target_status_box.home_status(state)
