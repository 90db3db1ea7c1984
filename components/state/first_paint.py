"""The map first: a session's first run of the map page draws the map, the rest follows.

Opening a shared link (or reloading) is the moment an official waits for the map. In one
browser tab the map's iframe shares the main thread with Streamlit's rendering of every other
element (the sidebar's widgets, the play and view controls, the ranking, the table, the
download buttons): sent in one script run, they are all rendered before the map's own code
runs (bench/README.md, "Where the first map's time goes"). So the first script run of a
session on a map page draws only the title, the example-data notice and the map, in the
places they keep afterwards; a small script in the page presses a hidden button once the map
has painted its regions (at the latest after :data:`WAIT_MS`), and that rerun draws the whole
page around the same map element (not remounted). Every later run of the session draws
everything at once.

``app.py`` asks :func:`start_run` and leaves the sidebar's filter widgets out of such a run
(the view itself is already set from the URL by :mod:`components.state.filters`); the page asks
:func:`pending` for what to leave out, draws :func:`request_rest` after the map, and leaves
early through :func:`stop` (a page without a map has nothing to wait for).
"""

from __future__ import annotations

import streamlit as st

from components.state import browser
from views.i18n import t

MAP_FIRST_PAGES = frozenset({"peta"})
REST_KEY = "fp_rest"  # the hidden button that asks for the whole page
WAIT_MS = 2500  # draw the rest even if the map never paints (a broken map, a slow machine)

_K_SEEN = "_fp_seen"  # a run of this session has been through app.py
_K_PENDING = "_fp_pending"  # this run draws the map first

# Once per run that needs it: wait for the map iframe's data polygons (the iframe is
# same-origin), let the browser paint them (two animation frames), press the hidden button;
# at once in a hidden tab.
_SCRIPT = """
  var t0 = Date.now(), done = false, scheduled = false;
  function press() {
    // Never into a running script (e.g. a click on the map): dom.press waits for idle.
    if (!done && dom.press("__KEY__")) { done = true; }
  }
  (function check() {
    if (done) { return; }
    if (dom.doc.hidden || Date.now() - t0 > __WAIT__) {
      // A tab opened in the background paints nothing (and runs no animation frames) until
      // it is shown: nothing to wait for.
      press();
    } else if (!scheduled && dom.mapPainted()) {
      scheduled = true;
      window.requestAnimationFrame(function () {
        window.requestAnimationFrame(function () { press(); scheduled = false; });
      });
    }
    window.setTimeout(check, 30);  // until pressed (no button yet, or a run in progress)
  })();
"""


def start_run(page_path: str, *, presenter: bool) -> bool:
    """Called by ``app.py`` before the page: whether this run draws the map first.

    Only a session's first run, and not in presenter mode (its agenda bar and the legend
    beside the map are part of the first screen)."""
    first = not st.session_state.get(_K_SEEN) and not _browser_has_widgets()
    st.session_state[_K_SEEN] = True
    now = first and not presenter and page_path in MAP_FIRST_PAGES
    st.session_state[_K_PENDING] = now
    return now


def _browser_has_widgets() -> bool:
    """Whether this session's first run came from a page that is already drawn.

    A browser that reconnects (its server restarted, or nginx moved it to another server)
    gets a new session whose first run carries the values of the widgets on screen; drawing
    the map first there would blank the page it shows for a moment. A freshly opened page has
    no widgets yet. Streamlit has no public flag for this: the client's widget values are read
    from its session state (pinned Streamlit; tests/deploy/test_two_servers.py covers it).
    """
    from streamlit.runtime.state.session_state_proxy import get_session_state

    try:
        return bool(get_session_state()._state._new_widget_state.states)  # noqa: SLF001
    except AttributeError:  # another Streamlit: draw the map first, as on a fresh page
        return False


def pending() -> bool:
    """This run draws the map and what sits above it; the rest comes in the next run."""
    return bool(st.session_state.get(_K_PENDING))


def request_rest(lang: str) -> None:
    """The script and the hidden button that ask for the whole page once the map is painted.

    Draw it after the map (nothing after it in the same container), so the elements before
    the map keep their places when the rest arrives."""
    body = _SCRIPT.replace("__KEY__", REST_KEY).replace("__WAIT__", str(WAIT_MS))
    st.html(browser.hidden(REST_KEY) + browser.script(body), unsafe_allow_javascript=True)
    st.button(t("map.rest", lang), key=REST_KEY)  # the rerun is all it asks for


def stop() -> None:
    """Leave the page early: at once with the whole page if this run was to draw the map
    first (there is no map to wait for), else like ``st.stop()``."""
    if pending():
        st.rerun()  # the next run is not the session's first: start_run says whole page
    st.stop()
