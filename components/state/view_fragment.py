"""A page's view in one fragment: a change of the view reruns that fragment, not the app.

A change of indicator, year, level, comparison year or a playback step on the map page
touches the sidebar's view filters, the URL, the heading and everything below it, and nothing
else: not ``app.py`` (page config, navigation, styles, the language and presenter controls).
So the page draws all of that inside one keyed ``st.fragment`` (:data:`MAP_KEY`), and every
widget that changes the view is drawn by that fragment: Streamlit reruns the fragment that
drew a widget when the widget changes, so no callback has to name it. A fragment rerun skips
``app.py``, so the fragment itself writes the URL (:func:`components.state.filters.sync_url`)
and the sidebar's view filters (:func:`components.state.filters.view_widgets`). Those go into
a container ``app.py`` keeps for them in the sidebar, in their place above the language and
presenter controls: Streamlit 1.67 lets a fragment write into a container created outside it,
and keeps the place for the fragment's reruns if the fragment wrote there in the last full run.
Page switches, shared links, the language, the presenter toggle and agenda steps stay full runs
(their widgets are drawn by ``app.py``).

The sidebar container of a full run lives in a context variable of the script thread (one
session's run never sees another's) and is handed to the fragment as an argument: a fragment
rerun calls the function with the arguments of its last full-run call, so its reruns write
into the same container.

A browser that reconnects to a new session (its server restarted, or nginx moved it to the
other server) must get a full run before a widget in the fragment is used: the new session
has no fragments yet, and Streamlit drops a rerun request for a fragment it does not know, so
the page would stay frozen until a reload. Streamlit's page asks for a full run when it
reconnects only if it had a fragment run last or holds a fragment timer; so every full run of
a page with a view fragment also registers an empty fragment with an hourly timer
(:func:`keep_reconnect_run`). This relies on that rule of Streamlit's page (1.67, not
documented); tests/deploy/test_two_servers.py guards it (a browser on a killed server changes
the map focus after reconnecting).

Covered in Chromium by tests/e2e/test_map_fragments.py (URL, heading, sidebar, table and one
fragment run for every kind of change) and by the AppTests of the map page (which run the same
code as full runs).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

PAGES = frozenset({"peta"})  # pages whose fragment draws the sidebar's view filters
MAP_KEY = "peta_view"  # the map page's fragment
RECONNECT_EVERY_S = 3600.0  # the empty fragment's timer: only its presence matters

_SLOT: ContextVar[DeltaGenerator | None] = ContextVar("serambi_view_slot", default=None)
# Set by app.py in a full run; a fragment rerun runs in a new script thread, where it is unset.
_FULL_RUN: ContextVar[bool] = ContextVar("serambi_full_run", default=False)


def begin_full_run() -> None:
    """A full run starts (``app.py``): no sidebar container yet."""
    _SLOT.set(None)
    _FULL_RUN.set(True)


def in_full_run() -> bool:
    """Whether this script run went through ``app.py`` (not a rerun of a fragment alone)."""
    return _FULL_RUN.get()


def keep_sidebar_slot(slot: DeltaGenerator) -> None:
    """``app.py``: the sidebar container the page's fragment fills with the view filters."""
    _SLOT.set(slot)


def sidebar_slot() -> DeltaGenerator | None:
    """The sidebar container of this full run (``None`` when the sidebar shows no filters)."""
    return _SLOT.get()


def keep_reconnect_run() -> None:
    """In a full run of a page with a view fragment: an empty fragment with a (long) timer, so
    a browser that reconnects to a new session asks for a full run (see the module docstring);
    its hourly rerun draws nothing."""
    st.fragment(_nothing, run_every=RECONNECT_EVERY_S)()


def _nothing() -> None:
    return None
