"""Cakupan program: coverage of PKH, BPNT/Sembako and PBI-JK and the gap to the need.

Shown as KPI cards, a gap map with a ranking beside it, need against coverage, and a table.
"""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import coverage_page
from components.state import filters

state = filters.current()
filters.show_notices()

coverage_page.render(state)
