"""Sinyal sejak rakor: which indicators of which regencies worsened since the last rakor, each
with both numbers, both years and both sources; changes that are not comparable are notes.
"""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import signals_page
from components.state import filters

state = filters.current()
filters.show_notices()

signals_page.render(state)
