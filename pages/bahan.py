"""Bahan rapat: the presenter agenda as a PowerPoint and a PDF handout, built offline."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

from components import brief_page, filters

brief_page.render(filters.current().lang)
