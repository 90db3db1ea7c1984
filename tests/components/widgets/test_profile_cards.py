"""components.widgets.profile_cards.facts_html: the fact tiles of both profiles."""

from __future__ import annotations

from components.widgets.profile_cards import facts_html


def test_fact_tiles_are_escaped_and_presenter_mode_is_a_class() -> None:
    html = facts_html([("Kabupaten/kota", "<Paser>"), ("Zona", "Luar penyangga")])
    assert html.startswith('<div class="serambi-facts">')
    assert html.count('<div class="serambi-fact">') == 2
    assert '<div class="v">&lt;Paser&gt;</div>' in html
    assert facts_html([], present=True) == '<div class="serambi-facts present"></div>'
