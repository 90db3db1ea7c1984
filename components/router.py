"""Keep Streamlit's legacy ``pages/`` mode from bypassing ``app.py``.

Streamlit decides once per server process whether the app uses the legacy ``pages/`` folder
(it exists here because the design keeps one script per page in ``pages/``). Until ``app.py``
has called ``st.navigation`` for the first time, a cold server that receives a deep link such
as ``/peta`` runs ``pages/peta.py`` directly, without the router, filters or page config.
Every page therefore starts with :func:`ensure_router`: in that one situation it switches the
legacy mode off and reruns, so the request goes through ``app.py`` like every later one.
Covered by ``tests/e2e/test_deep_link_cold_server.py``.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure_router() -> None:
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
