"""Sasaran & target: DTSEN deciles, eligibility by decile, inclusion/exclusion, poverty targets.

One page for a coordination meeting: per regency the families in desil 1-5, eligible against
reached per programme, who receives outside the eligible deciles, and each poverty indicator
against its target, every number with its snapshot date and source.
"""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import targeting_page
from components.state import filters

state = filters.current()
filters.show_notices()

targeting_page.render(state)
