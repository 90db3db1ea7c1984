"""Tentang: what Serambi shows, where every number and boundary comes from, and licences."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()


from components import about, filters

about.render(filters.lang())
