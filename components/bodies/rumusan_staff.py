"""The Rumusan page's staff section: record a meeting, add a rumusan, edit one (version
check: :mod:`components.bodies.rumusan_edit`), change its status and add follow-up notes,
remove or restore one, import a typed list (:mod:`components.bodies.rumusan_import`).

Every visitor sees the page; only a logged-in staff member (the same login as Kelola data,
:func:`components.widgets.auth.require_login`) sees these forms, and their name is written
with every change. Each save goes through :mod:`welfare.rumusan.store` (checked, locked,
audited) and then forgets the cached reads (:func:`components.state.rumusan_access.
invalidate`), so the page shows it at once.
"""

from __future__ import annotations

from datetime import date

import streamlit as st
from sqlalchemy import Engine

from components.bodies import rumusan_edit, rumusan_import
from components.state import data_access, rumusan_access
from components.widgets import rumusan_fields as fields
from components.widgets.auth import staff_section
from ground.markup import escape_markdown
from views import rumusan_view as rv
from views.i18n import t
from welfare.rumusan import examples, store
from welfare.rumusan.stored import StoredRumusan

K_MODE = "rumusan_mode"
K_FLASH = rumusan_edit.K_FLASH
K_ROUND = rumusan_edit.K_ROUND
MODES = ("meeting", "add", "edit", "follow", "remove", "import")


def render(lang: str, day: date) -> None:
    engine = data_access.admin_engine()
    user = staff_section(
        engine,
        lang,
        login_label=t("rumusan.staff.login", lang),
        title=t("rumusan.staff.title", lang),
    )
    if user is None:
        return
    if K_FLASH in st.session_state:
        message, notes = st.session_state.pop(K_FLASH)
        st.success(escape_markdown(message))
        for note in notes:
            st.info(escape_markdown(note))
    mode = st.radio(
        t("rumusan.staff.mode", lang),
        MODES,
        format_func=lambda m: t(f"rumusan.mode.{m}", lang),
        horizontal=True,
        key=K_MODE,
    )
    if mode == "meeting":
        _meeting(engine, user, lang)
    elif mode == "add":
        _add(engine, user, lang)
    elif mode == "import":
        rumusan_import.section(engine, user, lang)
    else:
        chosen = rumusan_edit.pick(lang)
        if chosen is not None and mode == "edit":
            rumusan_edit.edit(engine, user, lang, chosen)
        elif chosen is not None and mode == "follow":
            rumusan_edit.status(engine, user, lang, chosen, day)
            _note(engine, user, lang, chosen)
        elif mode == "remove":
            if chosen is not None:
                rumusan_edit.remove(engine, user, lang, chosen)
            rumusan_edit.restore_list(engine, user, lang)


def _meeting(engine: Engine, user: str, lang: str) -> None:
    st.caption(t("rumusan.staff.meeting_help", lang))
    prefix = f"rs_meeting_{st.session_state.get(K_ROUND, 0)}"
    with st.form(prefix):
        values = fields.meeting_inputs(prefix, lang)
        submitted = st.form_submit_button(t("rumusan.form.save_meeting", lang), type="primary")
    if submitted:
        rumusan_edit.after(store.create_meeting(engine, values, user=user), lang)
    if rumusan_access.meetings():
        with st.expander(t("rumusan.staff.meeting_fix", lang), icon=":material/edit:"):
            _fix_meeting(engine, user, lang)
    if not any(m.is_example for m in rumusan_access.meetings()):
        st.caption(t("rumusan.examples.load_help", lang))
        if st.button(t("rumusan.examples.load", lang), key="rumusan_load_example"):
            examples.add_example_meeting(engine)
            rumusan_edit.after(store.EditResult(True, t("rumusan.examples.loaded", lang)), lang)


def _fix_meeting(engine: Engine, user: str, lang: str) -> None:
    """Correct a meeting's name, date, place or host, or remove one recorded by mistake; both
    under the version check (someone else's change since is shown, nothing is overwritten)."""
    meetings = rumusan_access.meetings()
    by_id = {m.id: m for m in meetings}
    if st.session_state.get("rs_fix_meeting") not in by_id:  # e.g. the one just removed
        st.session_state.pop("rs_fix_meeting", None)
    chosen = by_id[
        st.selectbox(
            t("rumusan.field.meeting", lang),
            list(by_id),
            format_func=lambda i: rv.meeting_option(by_id[i], lang),
            key="rs_fix_meeting",
        )
    ]
    prefix = f"rs_fix_{chosen.id}_{chosen.version}_{st.session_state.get(K_ROUND, 0)}"
    start = {
        "nama": chosen.name,
        "tanggal": chosen.held_on,
        "tempat": chosen.place,
        "tuan_rumah": chosen.host_kode,
    }
    with st.form(prefix):
        values = fields.meeting_inputs(prefix, lang, start)
        saved = st.form_submit_button(t("rumusan.form.update_meeting", lang), type="primary")
    if saved:
        result = store.update_meeting(
            engine, chosen.id, values, user=user, expected_version=chosen.version
        )
        rumusan_edit.after(result, lang)
    with st.form(f"{prefix}_remove", border=False):
        st.caption(t("rumusan.staff.meeting_remove_help", lang))
        sure = st.checkbox(t("rumusan.form.meeting_remove_sure", lang), key=f"{prefix}_sure")
        removed = st.form_submit_button(t("rumusan.form.remove_meeting", lang))
    if removed:
        if not sure:
            st.error(t("rumusan.form.meeting_remove_unsure", lang))
            return
        result = store.remove_meeting(engine, chosen.id, user=user, expected_version=chosen.version)
        rumusan_edit.after(result, lang)


def _add(engine: Engine, user: str, lang: str) -> None:
    meetings = rumusan_access.meetings()
    if not meetings:
        st.info(t("rumusan.staff.first_meeting", lang))
        return
    ids = [m.id for m in meetings]
    names = {m.id: rv.meeting_option(m, lang) for m in meetings}
    meeting = st.selectbox(
        t("rumusan.field.meeting", lang), ids, format_func=names.__getitem__, key="rs_add_meeting"
    )
    prefix = f"rs_add_{st.session_state.get(K_ROUND, 0)}"
    with st.form(prefix):
        values = fields.rumusan_inputs(prefix, lang, {"wilayah": "64"}, links=2)
        submitted = st.form_submit_button(t("rumusan.form.save", lang), type="primary")
    if submitted:
        rumusan_edit.after(store.add_rumusan(engine, int(meeting), values, user=user), lang)


def _note(engine: Engine, user: str, lang: str, chosen: StoredRumusan) -> None:
    st.markdown(f"**{t('rumusan.staff.note', lang)}**")
    prefix = f"rs_note_{chosen.id}_{st.session_state.get(K_ROUND, 0)}"
    with st.form(prefix):
        values = fields.note_inputs(prefix, lang, user)
        submitted = st.form_submit_button(t("rumusan.form.save_note", lang), type="primary")
    if submitted:
        result = store.add_note(engine, chosen.id, values, user=user, today=rv.today())
        rumusan_edit.after(result, lang)
