"""Rumusan rakor: the coordination meeting's resolutions, who follows them up where and by
when, their status (late first), the live value of the indicators they target, and the staff
forms to record and follow them up."""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import rumusan_page
from components.state import filters

state = filters.current()
filters.show_notices()

rumusan_page.render(state)
