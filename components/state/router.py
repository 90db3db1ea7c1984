"""Keep Streamlit's legacy ``pages/`` mode from bypassing ``app.py``.

The design keeps one script per page in ``pages/``, and Streamlit treats that folder as the
legacy multipage mode until ``st.navigation`` runs for the first time: it flips the
process-wide flag ``PagesManager.uses_pages_directory``. A cold server that receives deep
links such as ``/peta`` can therefore dispatch a session straight to ``pages/peta.py``,
without the router, filters or page config. The flag is read once per run (before the script
is executed), so it cannot tell whether *this* run went through the router: another session
may flip it in between.

So the decision is made per script run. ``app.py`` runs the chosen page inside
:func:`routed`, which sets a context variable for the current script thread only. Every page
starts with :func:`ensure_router`; a run that did not come through ``app.py`` switches the
legacy mode off and reruns, so the request goes through the router like every later one.
Covered by ``tests/e2e/test_deep_link_cold_server.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx

APP_SCRIPT = (Path(__file__).resolve().parents[2] / "app.py").resolve()

# Each session runs its script in its own thread, and a thread has its own context, so a
# value set here by one session's run is never seen by another session's run.
_ROUTED: ContextVar[bool] = ContextVar("serambi_routed", default=False)


@contextmanager
def routed() -> Iterator[None]:
    """Mark the page run inside this block as dispatched by ``app.py``."""
    token = _ROUTED.set(True)
    try:
        yield
    finally:  # also on st.rerun()/st.stop(), which leave the page by raising
        _ROUTED.reset(token)


def _main_script_is_app() -> bool:
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return False
    return Path(ctx.pages_manager.main_script_path).resolve() == APP_SCRIPT


def ensure_router() -> None:
    """Rerun through ``app.py`` when this page run was dispatched by the legacy mode."""
    if _ROUTED.get():
        return
    # A page run as its own main script (e.g. an AppTest of one page) has no router to go
    # through: rerunning would loop.
    if not _main_script_is_app():
        return
    PagesManager.uses_pages_directory = False
    st.rerun()
