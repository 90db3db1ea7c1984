"""Presenter mode's "Catat rumusan": a logged-in staff member records a resolution on the
projector while the meeting decides it, without leaving the view on screen.

A popover on the agenda bar (:mod:`components.widgets.presenter`), drawn only for a
logged-in staff member (:func:`components.widgets.auth.current_user`; a local login lives in
the Streamlit session, i.e. the browser tab: log in on /rumusan or Kelola data, then switch
to presenter mode in the same tab). It opens over the current view, so the map or table under
it stays; the clicker keys are not taken while typing in it (the bar's key listener leaves
forms and popovers alone). Without a meeting yet it first records today's meeting.

The save runs in the submit button's callback, before the script draws the page again (as
the bar's other buttons do), and goes through :func:`welfare.rumusan.store.add_rumusan`
(checked like every other entry, audited). A saved rumusan is announced in a toast and the
form starts empty; a refused one keeps what was typed and names each field to fix.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.state import data_access, rumusan_access
from components.widgets import rumusan_fields as fields
from ground.markup import escape_markdown
from views import rumusan_view as rv
from views.i18n import t
from welfare.rumusan import store
from welfare.rumusan.edits import EditResult

K_ROUND = "rumusan_quick_round"  # bumped after a save: a fresh, empty form
K_TOAST = "rumusan_quick_toast"  # the message of the last save, for the next run
K_REFUSED = "rumusan_quick_refused"  # the last refused save, shown in the popover
K_NOTES = "rumusan_quick_notes"  # how the last save read its values, shown in the popover
K_MEETING = "rumusan_quick_meeting"
POPOVER_KEY = "rumusan_quick"
LINKS = 1


def _prefix(kind: str) -> str:
    return f"rq_{kind}_{st.session_state.get(K_ROUND, 0)}"


def _done(result: EditResult, lang: str) -> None:
    """Callback end: a toast and a fresh form, or the refusal kept for the popover."""
    if result.ok:
        rumusan_access.invalidate()
        st.session_state[K_TOAST] = result.message  # short: the room sees it
        st.session_state[K_NOTES] = fields.notes_of(result.problems, lang)
        st.session_state[K_ROUND] = st.session_state.get(K_ROUND, 0) + 1
        st.session_state.pop(K_REFUSED, None)
    else:
        st.session_state[K_REFUSED] = result


def _save_meeting(prefix: str, user: str, lang: str) -> None:
    values = fields.meeting_values(prefix)
    _done(store.create_meeting(data_access.admin_engine(), values, user=user), lang)


def _save_rumusan(prefix: str, user: str, lang: str) -> None:
    meeting = st.session_state.get(K_MEETING)
    if meeting is None:
        return
    values = fields.rumusan_values(prefix, LINKS)
    _done(store.add_rumusan(data_access.admin_engine(), int(meeting), values, user=user), lang)


def _refusal(lang: str) -> None:
    for note in st.session_state.pop(K_NOTES, []):
        st.caption(escape_markdown(note))
    result = st.session_state.get(K_REFUSED)
    if result is None:
        return
    fields.show_problems(result.problems, lang)
    if not any(p.level == "error" for p in result.problems):
        st.error(escape_markdown(result.message))


def _meeting_form(user: str, lang: str) -> None:
    st.caption(t("rumusan.quick.no_meeting", lang))
    prefix = _prefix("meeting")
    with st.form(prefix):
        fields.meeting_inputs(prefix, lang)
        st.form_submit_button(
            t("rumusan.form.save_meeting", lang),
            type="primary",
            on_click=_save_meeting,
            args=(prefix, user, lang),
        )


def _rumusan_form(user: str, lang: str) -> None:
    meetings = [m for m in rumusan_access.meetings() if not m.is_example]
    ids = [m.id for m in meetings]
    if st.session_state.get(K_MEETING) not in ids:
        st.session_state[K_MEETING] = ids[0]  # the latest meeting: the one being held
    names = {m.id: rv.meeting_option(m, lang) for m in meetings}
    st.selectbox(
        t("rumusan.field.meeting", lang), ids, format_func=names.__getitem__, key=K_MEETING
    )
    prefix = _prefix("rumusan")
    with st.form(prefix):
        fields.rumusan_inputs(prefix, lang, {"wilayah": "64"}, links=LINKS, full=False)
        st.form_submit_button(
            t("rumusan.quick.save", lang),
            type="primary",
            on_click=_save_rumusan,
            args=(prefix, user, lang),
        )


def popover(where: DeltaGenerator, user: str, lang: str) -> None:
    """The "Catat rumusan" button in ``where`` (a column of the bar) and its form."""
    message = st.session_state.pop(K_TOAST, None)
    if message:
        st.toast(escape_markdown(message), icon=":material/check_circle:")
    with where.popover(
        t("rumusan.quick.open", lang), icon=":material/edit_note:", width="stretch", key=POPOVER_KEY
    ):
        st.markdown(f"**{t('rumusan.quick.title', lang)}**")
        _refusal(lang)
        if not any(not m.is_example for m in rumusan_access.meetings()):
            _meeting_form(user, lang)
        else:
            _rumusan_form(user, lang)
