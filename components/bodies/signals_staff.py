"""The Sinyal page's staff section: mark the signals discussed at a rakor, so the same change
(same two numbers) is not signalled again (the cooldown of :mod:`welfare.outlook.signals`), and
undo a mark made by mistake.

Every visitor sees the signals; only a logged-in staff member (the login of Kelola data,
:func:`components.widgets.auth.require_login`) sees these forms, and their name is written with
each mark. Marking is a deliberate act, not a side effect of showing the page: a rehearsal on
the projector must not use up the signals before the meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import streamlit as st

from components.state import data_access, outlook_access
from components.widgets.auth import staff_section
from ground.markup import escape_markdown
from views import signal_view as sv
from views.i18n import t
from welfare.outlook import signals as outlook_signals
from welfare.outlook.signals import WITA, SignalReport

K_FLASH = "signal_staff_flash"
CONTEXT_MAX = 200


def render(report: SignalReport, view: sv.SignalsView, lang: str) -> None:
    engine = data_access.admin_engine()
    user = staff_section(
        engine,
        lang,
        login_label=t("signal.staff.login", lang),
        title=t("signal.staff.title", lang),
    )
    if user is None:
        return
    if K_FLASH in st.session_state:
        st.success(escape_markdown(st.session_state.pop(K_FLASH)))
    st.caption(t("signal.staff.caption", lang))
    _mark(report, view.signals, user, lang)
    if view.shown:
        _undo(view.shown, lang)


def _mark(report: SignalReport, rows: Sequence[sv.SignalRow], user: str, lang: str) -> None:
    if not rows:
        st.caption(t("signal.staff.none", lang))
        return
    labels = {r.key: sv.choice_label(r, lang) for r in rows}
    today = sv.day(datetime.now(WITA).date(), lang)
    with st.form("signal_mark", border=True):
        chosen = st.multiselect(
            t("signal.staff.choose", lang),
            list(labels),
            default=list(labels),
            format_func=labels.__getitem__,
            key="signal_mark_keys",
        )
        context = st.text_input(
            t("signal.staff.context", lang),
            value=t("signal.staff.context.default", lang, date=today),
            key="signal_mark_context",
        )
        submitted = st.form_submit_button(t("signal.staff.mark", lang), type="primary")
    if not submitted:
        return
    context = " ".join(context.split())
    problem = (
        t("signal.staff.nothing_chosen", lang)
        if not chosen
        else t("signal.staff.context_missing", lang)
        if not context
        else t("signal.staff.context_long", lang, n=len(context), max=CONTEXT_MAX)
        if len(context) > CONTEXT_MAX
        else None
    )
    if problem:
        st.error(problem)
        return
    picked = [s for s in report.signals if s.key in set(chosen)]
    n = outlook_signals.record_shown(
        data_access.admin_engine(), picked, shown_by=user, context=context
    )
    outlook_access.shown_changed()
    st.session_state[K_FLASH] = t("signal.staff.marked", lang, n=n, context=context, user=user)
    st.rerun()


def _undo(rows: Sequence[sv.SignalRow], lang: str) -> None:
    labels = {r.key: f"{sv.choice_label(r, lang)} · {r.shown}" for r in rows}
    with st.expander(t("signal.staff.undo_title", lang)):
        with st.form("signal_undo", border=False):
            chosen = st.multiselect(
                t("signal.staff.undo_choose", lang),
                list(labels),
                format_func=labels.__getitem__,
                key="signal_undo_keys",
            )
            submitted = st.form_submit_button(t("signal.staff.undo", lang))
        if not submitted:
            return
        if not chosen:
            st.error(t("signal.staff.undo_nothing", lang))
            return
        n = outlook_signals.forget_shown(data_access.admin_engine(), chosen)
        outlook_access.shown_changed()
        st.session_state[K_FLASH] = t("signal.staff.undone", lang, n=n)
        st.rerun()
