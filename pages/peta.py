"""Peta: choropleth of the chosen indicator and year, with the IKN overlay and a ranking.

Time playback, the change between two years and the drill-down to kecamatan live in
:mod:`components.bodies.map_page`.
"""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import map_page
from components.state import filters

map_page.render(filters.current())
