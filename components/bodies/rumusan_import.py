"""A typed list of one meeting's rumusan, imported on the Rumusan page's staff section.

Why here and not on Kelola data: the list belongs to one meeting, which is chosen (or first
recorded) in this same section, and the imported rumusan appear right above it. The template
(:mod:`welfare.rumusan.template`: XLSX with drop-down lists, a "Katalog" and a "Petunjuk"
sheet; CSV header) holds no example row. The file is checked first
(:func:`welfare.rumusan.importing.check_file`: nothing written, every problem with its sheet,
row and column); the import button appears only when nothing is wrong, and the import is all
or nothing (:func:`welfare.rumusan.importing.import_file`, checked again inside its
transaction).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from components.bodies import rumusan_edit
from components.state import rumusan_access
from components.widgets import exports, html_table
from ground.markup import escape_markdown
from views import rumusan_view as rv
from views.i18n import t
from welfare.rumusan import importing, template
from welfare.rumusan.edits import EditResult

K_MEETING = "rs_import_meeting"


def _problems_table(problems: tuple[importing.ImportProblem, ...], lang: str) -> pd.DataFrame:
    levels = {"error": "rumusan.import.error", "warning": "rumusan.import.warning"}
    return pd.DataFrame(
        {
            t("rumusan.import.col.level", lang): [
                t(levels.get(p.level, "rumusan.import.info"), lang) for p in problems
            ],
            t("rumusan.import.col.where", lang): [p.where or "–" for p in problems],
            t("rumusan.import.col.reason", lang): [p.reason for p in problems],
        }
    )


def section(engine: Engine, user: str, lang: str) -> None:
    st.caption(t("rumusan.import.intro", lang))
    c1, c2, _ = st.columns([1, 1, 1.2])
    exports.file_button(
        c1,
        t("rumusan.import.template_xlsx", lang),
        template.template_xlsx,
        stem="templat-rumusan-rapat",
        ext="xlsx",
        has_example=False,
        key="rs_template_xlsx",
    )
    exports.file_button(
        c2,
        t("rumusan.import.template_csv", lang),
        template.template_csv,
        stem="templat-rumusan-rapat",
        ext="csv",
        has_example=False,
        key="rs_template_csv",
    )
    meetings = [m for m in rumusan_access.meetings() if not m.is_example]
    if not meetings:
        st.info(t("rumusan.staff.first_meeting", lang))
        return
    ids = [m.id for m in meetings]
    names = {m.id: rv.meeting_option(m, lang) for m in meetings}
    chosen = st.selectbox(
        t("rumusan.field.meeting", lang), ids, format_func=names.__getitem__, key=K_MEETING
    )
    meeting = next(m for m in meetings if m.id == chosen)
    upload = st.file_uploader(
        t("rumusan.import.file", lang),
        type=["xlsx", "xls", "ods", "csv"],
        key=f"rs_upload_{st.session_state.get(rumusan_edit.K_ROUND, 0)}",
    )
    if upload is None:
        return
    data = upload.getvalue()
    check = importing.check_file(data, meeting_date=meeting.held_on)
    if check.problems:
        html_table.show(
            _problems_table(check.problems, lang),
            no_data="–",
            wide=[t("rumusan.import.col.reason", lang)],
        )
    if not check.ok:
        st.error(t("rumusan.import.blocked", lang, n=len(check.errors)))
        return
    st.success(
        escape_markdown(t("rumusan.import.ready", lang, n=len(check.rumusan), meeting=meeting.name))
    )
    if st.button(t("rumusan.import.button", lang, n=len(check.rumusan)), type="primary"):
        result = importing.import_file(engine, meeting.id, data, user=user, file_name=upload.name)
        if result.ok:
            rumusan_edit.after(EditResult(True, result.message), lang)
        st.error(escape_markdown(result.message))
        if result.problems:
            html_table.show(_problems_table(result.problems, lang), no_data="–")
