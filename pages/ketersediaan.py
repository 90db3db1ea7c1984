"""Ketersediaan data: indicator x year, how many regencies have data and of which kind."""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import availability_page
from components.state import filters

availability_page.render(filters.lang())
