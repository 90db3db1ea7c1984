"""Ketersediaan data: indicator x year, how many regencies have data and of which kind."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

from components import availability_page, filters

availability_page.render(filters.lang())
