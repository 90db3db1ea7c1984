"""One regency's programme activities by level ("who does what"), drawn the same way on the
Sinkronisasi page and the regency profile (the words come from views.programme_who)."""

from __future__ import annotations

import streamlit as st

from components.widgets import html_table
from views.i18n import t
from views.programme_who import WhoView


def show(who: WhoView, lang: str, *, totals: bool = True) -> None:
    """The activities table, the province-wide note and, with ``totals``, the sums by level
    and by funding source side by side."""
    if who.empty_note:
        st.caption(who.empty_note)
        return
    numeric = [t(k, lang) for k in ("sync.col.planned", "sync.col.realised", "sync.col.budget")]
    html_table.show(
        who.table,
        no_data="–",
        numeric=numeric,
        wide=[t("sync.col.sources", lang), t("sync.col.programme", lang)],
    )
    st.caption(t("sync.who.province_note", lang))
    if not totals:
        return
    col_level, col_funding = st.columns(2)
    for col, frame, key in (
        (col_level, who.by_level, "sync.who.by_level"),
        (col_funding, who.by_funding, "sync.who.by_funding"),
    ):
        with col:
            st.markdown(f"**{t(key, lang)}**")
            html_table.show(frame, no_data="–", numeric=list(frame.columns[1:]))
