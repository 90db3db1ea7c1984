"""Tentang: what Serambi shows, where every number and boundary comes from, and licences."""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()


from components.bodies import about
from components.state import filters

about.render(filters.lang())
