"""Bahan rapat: the presenter agenda as a PowerPoint and a PDF handout, built offline."""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import brief_page
from components.state import filters

brief_page.render(filters.current().lang)
