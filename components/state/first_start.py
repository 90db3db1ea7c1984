"""The first start of a fresh install: say that the store is being filled, not a blank page.

Loading the seeds (official figures, the example datasets, targets) takes a few seconds
once; everything else waits for it. The message is a toast: it lives outside the page's
element tree, so the map and the widgets keep their places in the next run (a map that moves
is remounted). It stays until the seeds are in, then says how long it took.
"""

from __future__ import annotations

import time

import streamlit as st

from components.state import data_access
from views.i18n import DEFAULT_LANG, LANGS, t


def _url_lang() -> str:
    # The filter state is not read yet (it needs the store): the URL's language, if valid.
    lang = st.query_params.get("lang", DEFAULT_LANG)
    return lang if lang in LANGS else DEFAULT_LANG


def prepare_store() -> None:
    """Make the store ready; on a fresh install with a message while the seeds load."""
    if not data_access.store_needs_seeding():
        return
    lang = _url_lang()
    note = st.toast(
        t("startup.seeding", lang), icon=":material/hourglass_top:", duration="infinite"
    )
    started = time.monotonic()
    data_access.engine()
    seconds = f"{time.monotonic() - started:.0f}"
    note.toast(
        t("startup.seeded", lang, seconds=seconds), icon=":material/check_circle:", duration="long"
    )
