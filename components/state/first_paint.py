"""The map first: a session's first run of the map page draws the map, the rest follows.

Opening a shared link (or reloading) is the moment an official waits for the map. In one
browser tab the map's iframe shares the main thread with Streamlit's rendering of every other
element (the sidebar's widgets, the play and view controls, the ranking, the table, the
download buttons): sent in one script run, they are all rendered before the map's own code
runs (bench/README.md, "Where the first map's time goes"). So the first script run of a
session on a map page draws only the title, the example-data notice and the map, in the
places they keep afterwards, and the whole page follows in the next run, around the same map
element (not remounted). Every later run of the session draws everything at once.

What asks for that next run is a small fragment drawn after the map (:func:`mark`), registered
with ``run_every=`` :data:`REST_AFTER_S`: Streamlit sends its timer to the browser where it is
registered, after the map element, so the browser's own fragment timer reruns it that long
after the map has arrived; that rerun asks for a full run, which draws the whole page and no
such fragment (Streamlit clears a tab's fragment timers at the start of every full run). No
script in the page, no hidden button.

``app.py`` asks :func:`start_run` and leaves the sidebar's filter widgets out of such a run
(the view itself is already set from the URL by :mod:`components.state.filters`); the page
asks :func:`pending` for what to leave out, calls :func:`mark` after the map, and leaves early
through :func:`stop` (a page without a map has nothing to wait for).
"""

from __future__ import annotations

import streamlit as st

from components.state import browser

MAP_FIRST_PAGES = frozenset({"peta"})
# The keyed (hidden) container a map-first run draws after the map: the page's "the rest is
# coming" mark, for tests (tests/browser.IDLE) and the deployment test.
REST_KEY = "fp_rest"
# From the map element's arrival to the run that draws the rest. The regions are painted
# ~0.3-0.5 s after the map element arrives (bench/README.md); the rest must not arrive before
# that, or the browser renders it first (0.3 s was too short on a busy machine: the first map
# took 2.1 s instead of 0.8 s). The script this replaces waited for the paint itself.
REST_AFTER_S = 0.6

_K_SEEN = "_fp_seen"  # a run of this session has been through app.py
_K_PENDING = "_fp_pending"  # this session's first run draws the map first
_K_DRAWN = "_fp_drawn"  # the map-first run has drawn the map: the next fragment run follows


def start_run(page_path: str, *, presenter: bool) -> bool:
    """Called by ``app.py`` before the page: whether this run draws the map first.

    Only a session's first run, and not in presenter mode (its agenda bar and the legend
    beside the map are part of the first screen)."""
    first = not st.session_state.get(_K_SEEN) and not _browser_has_widgets()
    st.session_state[_K_SEEN] = True
    now = first and not presenter and page_path in MAP_FIRST_PAGES
    st.session_state[_K_PENDING] = now
    st.session_state[_K_DRAWN] = False
    return now


def _browser_has_widgets() -> bool:
    """Whether this session's first run came from a page that is already drawn.

    A browser that reconnects (its server restarted, or nginx moved it to another server)
    gets a new session whose first run carries the values of the widgets on screen; drawing
    the map first there would blank the page it shows for a moment. A freshly opened page has
    no widgets yet. Streamlit has no public flag for this: the client's widget values are read
    from its session state. This is the one private Streamlit detail left in the page's runs;
    it is pinned by the Streamlit version in requirements and guarded by
    tests/deploy/test_two_servers.py (a reconnected browser sees no map-first run) and, for a
    fresh page, tests/e2e/test_map_first_paint.py.
    """
    from streamlit.runtime.state.session_state_proxy import get_session_state

    try:
        return bool(get_session_state()._state._new_widget_state.states)  # noqa: SLF001
    except AttributeError:  # another Streamlit: draw the map first, as on a fresh page
        return False


def pending() -> bool:
    """This run draws the map and what sits above it; the rest comes in the next run."""
    return bool(st.session_state.get(_K_PENDING))


def mark() -> None:
    """After the map in a map-first run: the mark that the rest is coming, and the fragment
    whose timer asks for it."""
    with st.container(key=REST_KEY):  # an element, so the container is on the page
        st.html(browser.hidden(REST_KEY) + '<div aria-hidden="true"></div>')
        st.fragment(_follow, run_every=REST_AFTER_S)()
    st.session_state[_K_DRAWN] = True  # after the fragment's first (inline) run


def _follow() -> None:
    """The timer's rerun after a map-first run: the whole page, in a full run."""
    if pending() and st.session_state.get(_K_DRAWN):
        st.session_state[_K_PENDING] = False
        st.rerun()


def stop() -> None:
    """Leave the page early: at once with the whole page if this run was to draw the map
    first (there is no map to wait for), else like ``st.stop()``."""
    if pending():
        st.rerun()  # the next run is not the session's first: start_run says whole page
    st.stop()
