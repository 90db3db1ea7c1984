"""The one written contract between Serambi's page scripts and Streamlit's page (DOM).

Two small key listeners drive a run from the browser: the clicker's keys press the presenter
bar's buttons (``components.widgets.presenter``) and, presenting, "P" presses the play button
(``playback``). Both read the page through :data:`PRELUDE` only. (The map-first paint and the
playback's steps no longer need a script: Streamlit's fragment timers drive them,
``components.state.first_paint`` and ``components.state.view_fragment``.)

- ``.st-key-<key> button``: Streamlit gives a keyed widget's container the class
  ``st-key-<key>`` (documented for ``st.container(key=...)``/widgets since 1.39).

Covered by tests/e2e/test_presenter_room.py and test_map_playback.py (real Chromium), and
tests/components/state/test_browser_contract.py (no script reads the page any other way).
"""

from __future__ import annotations

PRESENTER_MARK = "presenter_next"  # the presenter bar's "next" button: presenter mode is on

# Installed once per tab as window.serambiDom; every script calls it instead of querying.
PRELUDE = f"""
if (!window.serambiDom) {{
  window.serambiDom = (function (doc) {{
    function button(key) {{ return doc.querySelector(".st-key-" + key + " button"); }}
    return {{
      doc: doc,
      button: button,
      presenting: function () {{ return !!doc.querySelector(".st-key-{PRESENTER_MARK}"); }}
    }};
  }})(window.document);
}}
"""


def script(body: str) -> str:
    """``body`` (JavaScript using ``dom``, the contract above) as one ``<script>`` element."""
    return f"<script>{PRELUDE}(function (dom) {{\n{body}\n}})(window.serambiDom);</script>"


def hidden(key: str) -> str:
    """CSS that hides a keyed element that is not for people (e.g. the map-first mark)."""
    return f"<style>.st-key-{key} {{ display: none !important; }}</style>"
