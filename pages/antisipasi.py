"""Antisipasi: how much more need IKN's population pull brings if today's rates hold, where it
grows fastest, and where the population figures come from (BPS, Dukcapil, the IKN plan and
the IKN census, kept apart).
"""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import outlook_page
from components.state import filters

state = filters.current()
filters.show_notices()

outlook_page.render(state)
