"""Changing one rumusan on the Rumusan page: edit it, set its status, remove or restore it;
its change history; and, when someone saved it meanwhile, both versions side by side.

Lost updates: a form remembers the version its values came from (:func:`_base`: the
version of the rumusan when the form's widgets were first drawn, kept while they live), and
every save names it (``expected_version``). When another staff member saved a newer version
in between, :mod:`welfare.rumusan.store` writes nothing and returns both records; the page
shows them side by side (:func:`show_conflict`, every value escaped) until dismissed, and
the form opens again on the newest version, so the edit is merged by hand and saved again.
"""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from components.state import rumusan_access
from components.widgets import rumusan_fields as fields
from ground.markup import escape_html, escape_markdown
from views import rumusan_view as rv
from views.i18n import t
from welfare.exporting import neutralise_frame
from welfare.rumusan import rules, store, vocab
from welfare.rumusan.edits import EditResult
from welfare.rumusan.stored import StoredRumusan
from welfare.rumusan.texts import as_html

K_FLASH = "rumusan_flash"  # (message, notes) of a save, for the next run
K_ROUND = "rumusan_round"  # bumped after a save or a conflict: fresh forms
K_CONFLICT = "rumusan_conflict"  # the refused save: message and the rows side by side
K_PICK = "rumusan_pick"


def after(result: EditResult, lang: str) -> None:
    """After a write: the next run says it was saved, or the two versions side by side, or
    (here, now) why nothing was saved."""
    if result.ok:
        rumusan_access.invalidate()
        st.session_state[K_FLASH] = (result.message, fields.notes_of(result.problems, lang))
        st.session_state[K_ROUND] = st.session_state.get(K_ROUND, 0) + 1
        st.session_state.pop(K_CONFLICT, None)
        st.rerun()
    if result.conflict and result.theirs is not None and result.ours is not None:
        rows = rv.compare_rows(result.theirs, result.ours, lang)  # type: ignore[arg-type]
        st.session_state[K_CONFLICT] = (result.message, [(r.label, r.theirs, r.ours) for r in rows])
        st.session_state[K_ROUND] = st.session_state.get(K_ROUND, 0) + 1
        rumusan_access.invalidate()
        st.rerun()
    fields.show_problems(result.problems, lang)
    if not any(p.level == "error" for p in result.problems):
        st.error(escape_markdown(result.message))


def conflict_html(rows: list[tuple[str, str, str]], lang: str) -> str:
    """Saved (newest) and not-saved texts side by side; differing rows marked ("≠")."""
    body = "".join(
        f'<tr class="{"differs" if a != b else "same"}"><th scope="row">{escape_html(label)}'
        f"{' ≠' if a != b else ''}</th><td>{as_html(a)}</td><td>{as_html(b)}</td></tr>"
        for label, a, b in rows
    )
    heads = ("rumusan.conflict.field", "rumusan.conflict.theirs", "rumusan.conflict.ours")
    head = "".join(f'<th scope="col">{escape_html(t(k, lang))}</th>' for k in heads)
    return (
        f'<table class="rmsn-compare"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def show_conflict(lang: str) -> None:
    conflict = st.session_state.get(K_CONFLICT)
    if not conflict:
        return
    message, rows = conflict
    st.error(escape_markdown(message))
    st.markdown(f"**{t('rumusan.conflict.title', lang)}**")
    st.html(conflict_html(rows, lang))
    if st.button(t("rumusan.conflict.dismiss", lang), key="rumusan_conflict_dismiss"):
        st.session_state.pop(K_CONFLICT, None)
        st.rerun()


def _label(r: StoredRumusan, lang: str) -> str:
    text = " ".join(r.text.split())
    short = text if len(text) <= 70 else text[:69] + "…"
    example = f" · {t('badge.example', lang)}" if r.is_example else ""
    return f"{r.number}. {short} · {r.meeting.name} ({r.meeting.year}){example}"


def pick(lang: str) -> StoredRumusan | None:
    """The rumusan to work on (every live one, latest meeting first)."""
    records = rumusan_access.all_rumusan()
    if not records:
        st.info(t("rumusan.staff.none", lang))
        return None
    by_id = {r.id: r for r in records}
    if st.session_state.get(K_PICK) not in by_id:
        st.session_state[K_PICK] = records[0].id
    chosen = st.selectbox(
        t("rumusan.staff.pick", lang),
        list(by_id),
        format_func=lambda i: _label(by_id[i], lang),
        key=K_PICK,
    )
    return by_id[chosen]


def _base(prefix: str, probe: str, current: StoredRumusan) -> int:
    """The version the form ``prefix`` was filled from: the current one when its widgets are
    drawn afresh (``probe`` is one of their keys), else the one remembered then."""
    key = f"{prefix}__version"
    if probe not in st.session_state or key not in st.session_state:
        st.session_state[key] = current.version
    return int(st.session_state[key])


def edit(engine: Engine, user: str, lang: str, current: StoredRumusan) -> None:
    show_conflict(lang)
    prefix = f"rs_edit_{current.id}_{st.session_state.get(K_ROUND, 0)}"
    version = _base(prefix, f"{prefix}_rumusan", current)
    st.caption(t("rumusan.staff.editing", lang, version=version))
    with st.form(prefix):
        values = fields.rumusan_inputs(prefix, lang, current.typed(), links=1)
        submitted = st.form_submit_button(t("rumusan.form.save", lang), type="primary")
    if submitted:
        result = store.update(engine, current.id, values, user=user, expected_version=version)
        after(result, lang)
    _history(current, lang)


def status(engine: Engine, user: str, lang: str, current: StoredRumusan, day) -> None:  # noqa: ANN001
    show_conflict(lang)
    shown = rv.status_label(rules.shown_status(current, day), lang)
    st.markdown(f"**{t('rumusan.staff.status', lang, status=shown)}**")
    prefix = f"rs_status_{current.id}_{st.session_state.get(K_ROUND, 0)}"
    version = _base(prefix, f"{prefix}_status", current)
    with st.form(prefix):
        new = st.selectbox(
            rv.field_label("status", lang),
            vocab.STATUSES,
            index=vocab.STATUSES.index(current.status),
            format_func=lambda s: rv.status_label(s, lang),
            help=t("rumusan.help.status", lang),
            key=f"{prefix}_status",
        )
        submitted = st.form_submit_button(t("rumusan.form.save_status", lang), type="primary")
    if submitted:
        result = store.change_status(engine, current.id, new, user=user, expected_version=version)
        after(result, lang)


def remove(engine: Engine, user: str, lang: str, current: StoredRumusan) -> None:
    show_conflict(lang)
    prefix = f"rs_remove_{current.id}_{st.session_state.get(K_ROUND, 0)}"
    version = _base(prefix, f"{prefix}_alasan", current)
    st.caption(t("rumusan.staff.remove_help", lang))
    with st.form(prefix):
        reason = st.text_input(
            rv.field_label("alasan", lang), max_chars=500, key=f"{prefix}_alasan"
        )
        submitted = st.form_submit_button(t("rumusan.form.remove", lang))
    if submitted:
        result = store.soft_delete(
            engine, current.id, user=user, expected_version=version, reason=reason
        )
        after(result, lang)


def restore_list(engine: Engine, user: str, lang: str) -> None:
    removed = [
        r
        for m in rumusan_access.meetings()
        for r in rumusan_access.of_meeting(m.id, include_removed=True)
        if r.removed
    ]
    st.markdown(f"**{t('rumusan.staff.removed', lang)}**")
    if not removed:
        st.caption(t("rumusan.staff.removed_none", lang))
        return
    for r in removed:
        c1, c2 = st.columns([4, 1], vertical_alignment="center")
        why = f" — {r.deleted_reason}" if r.deleted_reason else ""
        c1.markdown(
            escape_markdown(
                f"{_label(r, lang)} ({t('rumusan.staff.removed_by', lang, user=r.deleted_by)}{why})"
            )
        )
        if c2.button(t("rumusan.form.restore", lang), key=f"rs_restore_{r.id}"):
            after(store.restore(engine, r.id, user=user, expected_version=r.version), lang)


def _history(current: StoredRumusan, lang: str) -> None:
    with st.expander(t("rumusan.history.title", lang)):
        table = rv.trail_table(rumusan_access.trail(current.id), lang)
        st.dataframe(neutralise_frame(table), hide_index=True, width="stretch")
