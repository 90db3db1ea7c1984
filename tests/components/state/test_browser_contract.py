"""Every page script reads Streamlit's page through components/state/browser.py only."""

from __future__ import annotations

import re
from pathlib import Path

from components.state import browser, playback
from components.widgets import presenter

REPO = Path(__file__).resolve().parents[3]
# What only the contract may read from a script: Streamlit's run-state attribute (no script
# needs it any more) and widgets looked up by their key class (CSS may still style them).
PRIVATE = re.compile(r"data-test-script-state|querySelector\(\s*[\"']\.st-key-")


def test_no_other_module_reads_streamlits_page_directly() -> None:
    offenders = [
        str(p.relative_to(REPO))
        for p in sorted((REPO / "components").rglob("*.py"))
        if p.name != "browser.py" and PRIVATE.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_the_two_scripts_are_built_on_the_contract() -> None:
    scripts = {
        "presenter": presenter._KEYS_JS,  # noqa: SLF001
        "playback": playback._KEYS_JS,  # noqa: SLF001
    }
    assert browser.PRELUDE in presenter.key_listener_html()
    for name, text in scripts.items():
        assert "dom." in text, name
        assert 'querySelector(".st-key-' not in text, name  # buttons via dom.button
    # No script reads Streamlit's run state any more: the map-first paint and the playback's
    # steps are driven by fragment timers, not by scripts that wait for an idle app.
    assert "data-test-script-state" not in browser.PRELUDE
    assert all("data-test-script-state" not in text for text in scripts.values())


def test_script_wraps_a_body_with_the_prelude_once() -> None:
    html = browser.script("dom.press('x');")
    assert html.startswith("<script>") and html.endswith("</script>")
    assert html.count("window.serambiDom = ") == 1
    assert browser.hidden("fp_rest") == (
        "<style>.st-key-fp_rest { display: none !important; }</style>"
    )
