"""Sinkronisasi program: programmes of every level side by side with the counted need.

A matrix of target groups by regency (which levels act, where no level acts, where levels
overlap), the map of one group's reached against need, and one regency's "who does what".
"""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import sync_page
from components.state import filters

state = filters.current()
filters.show_notices()

sync_page.render(state)
