"""Staff-only details on pages every visitor sees: file names, config paths, commands, ids.

Officials on a projector should read what a page says, not where it is configured. Those
details stay available to staff: after logging in on Kelola data, an "Untuk admin" expander
shows them; before, a one-line hint says where they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from components.widgets.auth import current_user
from views.i18n import t


@contextmanager
def admin_section(lang: str) -> Iterator[bool]:
    """Yields True inside an "Untuk admin" expander for a logged-in staff member; else shows
    the hint and yields False (draw nothing then)."""
    if current_user() is None:
        st.caption(t("admin.hint", lang))
        yield False
        return
    with st.expander(t("admin.title", lang), icon=":material/admin_panel_settings:"):
        yield True
