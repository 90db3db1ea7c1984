"""The one written contract between Serambi's page scripts and Streamlit's page (DOM).

Three small scripts drive a run from the browser: the map-first paint presses a hidden button
once the map has painted (``first_paint``), the clicker listener presses the presenter bar's
buttons (``components.widgets.presenter``), and the playback timer presses a hidden "next
year" button (``playback``). All of them read the page through :data:`PRELUDE` only:

- ``[data-testid=stApp]`` and its ``data-test-script-state`` attribute: Streamlit marks the
  app root "running" while a script runs. A press while a run is going would interrupt it
  (a select box can then keep its first option), so :js:`busy()` is checked before any press.
  Streamlit's own end-to-end tests read the same attribute; it is stable across releases but
  not documented, so it is named here and nowhere else.
- ``.st-key-<key> button``: Streamlit gives a keyed widget's container the class
  ``st-key-<key>`` (documented for ``st.container(key=...)``/widgets since 1.39).
- ``iframe[title='streamlit_folium.st_folium']`` and ``.leaflet-serambi-data-pane path``: the
  map component's frame (same origin) and the data pane ``geo/serambi_map.js`` creates.

Covered by tests/e2e/test_map_first_paint.py, test_presenter_room.py and test_map_playback.py
(real Chromium), and tests/components/state/test_browser_contract.py (no script reads the page any
other way).
"""

from __future__ import annotations

APP = "[data-testid=stApp]"
RUN_STATE = "data-test-script-state"
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
MAP_DATA = ".leaflet-serambi-data-pane path"
PRESENTER_MARK = "presenter_next"  # the presenter bar's "next" button: presenter mode is on

# Installed once per tab as window.serambiDom; every script calls it instead of querying.
PRELUDE = f"""
if (!window.serambiDom) {{
  window.serambiDom = (function (doc) {{
    function button(key) {{ return doc.querySelector(".st-key-" + key + " button"); }}
    function busy() {{
      var app = doc.querySelector("{APP}");
      return !app || app.getAttribute("{RUN_STATE}") === "running";
    }}
    return {{
      doc: doc,
      button: button,
      busy: busy,
      // Click the keyed button unless a run is going or it is missing or disabled.
      press: function (key) {{
        var b = button(key);
        if (busy() || !b || b.disabled) {{ return false; }}
        b.click();
        return true;
      }},
      presenting: function () {{ return !!doc.querySelector(".st-key-{PRESENTER_MARK}"); }},
      mapPainted: function () {{
        var f = doc.querySelector("{MAP_FRAME}"), d = null;
        try {{ d = f && f.contentDocument; }} catch (e) {{ d = null; }}
        return !!(d && d.querySelector("{MAP_DATA}"));
      }}
    }};
  }})(window.document);
}}
"""


def script(body: str) -> str:
    """``body`` (JavaScript using ``dom``, the contract above) as one ``<script>`` element."""
    return f"<script>{PRELUDE}(function (dom) {{\n{body}\n}})(window.serambiDom);</script>"


def hidden(key: str) -> str:
    """CSS that hides the keyed widget a script presses (it is not for people)."""
    return f"<style>.st-key-{key} {{ display: none !important; }}</style>"
