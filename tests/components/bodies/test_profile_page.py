"""components.bodies.profile_page: which regency the profile shows."""

from __future__ import annotations

from components.bodies.profile_page import DEFAULT_REGENCY, resolve_regency
from components.state.view_state import MODE_ALL, MODE_CHOSEN, ViewState

KNOWN = ["6401", "6409", "6472"]


def test_the_first_chosen_known_regency_comes_from_the_filter() -> None:
    state = ViewState("pmks_total", 2024, MODE_CHOSEN, ("9999", "6472", "6401"))
    assert resolve_regency(state, KNOWN) == ("6472", True)


def test_without_a_choice_the_default_else_the_first_known() -> None:
    assert resolve_regency(ViewState("pmks_total", 2024, MODE_ALL, ("6472",)), KNOWN) == (
        DEFAULT_REGENCY,
        False,
    )
    assert resolve_regency(ViewState("pmks_total", 2024, MODE_CHOSEN, ("9999",)), KNOWN) == (
        "6409",
        False,
    )
    assert resolve_regency(ViewState("pmks_total", 2024), ["6472", "6401"]) == ("6401", False)
