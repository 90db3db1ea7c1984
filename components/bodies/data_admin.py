"""The "Kelola data" page body: templates, upload with a dry-run preview, import, rollback.

All checks and writes happen in :mod:`welfare.importing`, through its façade (the same engine
as the command line ``python manage.py import``): :func:`~welfare.importing.check` reads the
attached file once and :func:`~welfare.importing.apply` writes what was checked; the preview
(:mod:`components.bodies.import_preview`) shows indicator tables per year or, for a "Program
per tingkat" file, the register rows. This module only lays out, in ``lang``
(Bahasa Indonesia first, English second). Messages from the import engine stay in Bahasa
Indonesia.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from components.bodies.import_preview import preview_section
from components.state import data_access
from ground.markup import escape_markdown
from views.i18n import t
from welfare.exporting import neutralise
from welfare.formatting import format_int, format_number
from welfare.importing import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    STAGE_READING,
    STAGE_STORE,
    STATUS_APPLIED,
    STORE_CHANGED,
    CheckResult,
    ImportOptions,
    ImportReport,
    list_datasets,
    rollback_dataset,
    stored_reference,
)
from welfare.importing import apply as apply_import
from welfare.importing import check as check_import
from welfare.importing.templates import dtsen_template_xlsx

MAX_MB = MAX_FILE_BYTES // 1024 // 1024
K_CHECK = "serambi_check"  # the dry run of the attached file
K_FLASH = "serambi_flash"  # one message for the next run: (imported|ok|err, text)
K_UPLOADER = "serambi_upload_round"  # bumped after an import: a fresh, empty uploader
K_ROLLBACK = "serambi_rollback"


@dataclass(frozen=True)
class _Checked:
    """A dry run kept in the session while its file stays attached (same file, same year)."""

    key: tuple[str, int | None]
    result: CheckResult


def templates_section(engine: Engine, lang: str) -> None:
    st.subheader(t("data.templates.title", lang))
    st.write(t("data.templates.intro", lang))
    csv_bytes, xlsx_bytes = data_access.import_templates(date.today().year - 1)
    c1, c2 = st.columns(2)
    c1.download_button(t("data.templates.csv", lang), csv_bytes, "templat_serambi.csv", "text/csv")
    c2.download_button(
        t("data.templates.xlsx", lang),
        xlsx_bytes,
        "templat_serambi.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    # The SIKS-NG aggregate export of DTSEN deciles (needs its snapshot date, "Posisi data").
    st.caption(t("dtsen.template.intro", lang))
    st.download_button(
        t("dtsen.template.xlsx", lang),
        dtsen_template_xlsx(stored_reference(engine).regions),
        "templat_dtsen_desil.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    # The programme register ("Program per tingkat"): one row per activity, same upload below.
    st.caption(t("prog.template.intro", lang))
    reg_csv, reg_xlsx = data_access.programme_templates()
    r1, r2 = st.columns(2)
    r1.download_button(
        t("prog.template.csv", lang), reg_csv, "templat_program_per_tingkat.csv", "text/csv"
    )
    r2.download_button(
        t("prog.template.xlsx", lang),
        reg_xlsx,
        "templat_program_per_tingkat.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


# -- progress ----------------------------------------------------------------------------------
Step = Callable[[float, str], None]


def _progress(lang: str) -> tuple[Step, Callable[[], None]]:
    """A progress bar with the stage in words, and a function that removes it."""
    slot = st.empty()

    def step(fraction: float, key: str) -> None:
        slot.progress(fraction, text=t(key, lang))

    return step, slot.empty


# Where the progress bar stands when the check reaches a stage, and what it says.
_STAGES = {
    STAGE_READING: (0.05, "data.progress.reading"),
    STAGE_STORE: (0.5, "data.progress.store"),
}


def _dry_run(
    key: tuple[str, int | None], engine: Engine, data: bytes, name: str, year: int | None, lang: str
) -> _Checked:
    step, done = _progress(lang)
    result = check_import(
        engine, data, name, ImportOptions(year=year), progress=lambda s: step(*_STAGES[s])
    )
    step(1.0, "data.progress.done")
    done()
    return _Checked(key, result)


# -- rendering the dry run ---------------------------------------------------------------------
def _summary(report: ImportReport, lang: str) -> str:
    if lang == "id":
        return report.summary
    # A register file counts activities, not values.
    key = "prog.status." + report.status if report.register else "data.status." + report.status
    return t(
        key,
        lang,
        id=report.dataset_id,
        values=format_int(report.values, lang),
        rows=format_int(report.rows_accepted, lang),
        superseded=format_int(report.superseded, lang),
        warnings=format_int(report.warnings_total, lang),
        errors=format_int(report.errors_total, lang),
    )


# -- the upload section ------------------------------------------------------------------------
def upload_section(engine: Engine, user: str, lang: str) -> None:
    st.subheader(t("data.upload.title", lang))
    st.write(t("data.upload.intro", lang, mb=MAX_MB, rows=format_int(MAX_ROWS, lang)))
    uploaded = st.file_uploader(
        t("data.upload.label", lang),
        type=["csv", "xlsx", "xls", "ods"],
        max_upload_size=MAX_MB,
        key=f"serambi_upload_{st.session_state.get(K_UPLOADER, 0)}",
    )
    st.caption(t("data.upload.limit", lang, mb=MAX_MB))
    with st.expander(t("data.meta.title", lang)):
        ds_name = st.text_input(t("data.meta.name", lang), placeholder=t("data.meta.name_ph", lang))
        ds_source = st.text_input(
            t("data.meta.source", lang), placeholder=t("data.meta.source_ph", lang)
        )
        ds_year = st.number_input(
            t("data.meta.year", lang),
            min_value=2000,
            max_value=date.today().year,
            value=None,
            step=1,
        )

    if K_FLASH in st.session_state:
        kind, text = st.session_state.pop(K_FLASH)
        (st.error if kind == "err" else st.success)(escape_markdown(text))
        if kind == "imported":
            st.caption(t("data.import.next", lang))

    if uploaded is None:
        st.session_state.pop(K_CHECK, None)  # the file was removed: so is its report
        return
    if uploaded.size > MAX_FILE_BYTES:  # the browser refuses these first; the server checks too
        st.session_state.pop(K_CHECK, None)
        size = format_number(uploaded.size / 1024 / 1024, 1, lang)
        st.error(t("data.upload.too_large", lang, size=size, mb=MAX_MB))
        return

    year = int(ds_year) if ds_year else None
    key = (uploaded.file_id, year)
    checked: _Checked | None = st.session_state.get(K_CHECK)
    if checked is None or checked.key != key:
        # Read from memory (the name is only displayed), once per attached file and year.
        checked = _dry_run(key, engine, uploaded.getvalue(), uploaded.name, year, lang)
        st.session_state[K_CHECK] = checked
    report = checked.result.report

    # Named, because a file the browser refused for its size leaves the previous one attached.
    st.markdown(t("data.report.for", lang, file=escape_markdown(uploaded.name)))
    m1, m2, m3, m4 = st.columns(4)
    m1.metric(t("data.metric.rows_read", lang), format_int(report.rows_read, lang))
    m2.metric(t("data.metric.rows_accepted", lang), format_int(report.rows_accepted, lang))
    values = "prog.metric.activities" if report.register else "data.metric.values"
    m3.metric(t(values, lang), format_int(report.values, lang))
    m4.metric(
        t("data.metric.issues", lang),
        f"{format_int(report.errors_total, lang)} / {format_int(report.warnings_total, lang)}",
    )
    summary = _summary(report, lang)
    if report.errors_total:
        st.error(summary)
    elif report.warnings_total:
        st.warning(summary)
    else:
        st.success(summary)
    if lang != "id" and (report.errors or report.warnings or report.notes):
        st.caption(t("data.messages_in_indonesian", lang))

    preview_section(checked.result, lang)

    confirmed = False
    if not report.errors_total and report.warnings_total:
        confirmed = st.checkbox(t("data.confirm", lang), key="serambi_confirm")
    can_import = not report.errors_total and (not report.warnings_total or confirmed)
    if report.errors_total:
        st.caption(t("data.import.blocked", lang))
    if st.button(t("data.import.button", lang), type="primary", disabled=not can_import):
        step, done = _progress(lang)
        step(0.2, "data.progress.writing")
        # Writes what was checked (the file is not read again); refused if the store changed.
        result = apply_import(
            engine,
            checked.result,
            confirm_warnings=confirmed,
            imported_by=user,
            name=ds_name or None,
            source=ds_source or None,
        )
        step(1.0, "data.progress.done")
        done()
        data_access.invalidate()
        st.session_state.pop(K_CHECK, None)
        if result.status == STATUS_APPLIED:
            st.session_state[K_FLASH] = ("imported", _summary(result, lang))
            # A fresh uploader: the imported file is no longer attached, so the next run does
            # not check it again (it would be refused as a duplicate of itself).
            st.session_state[K_UPLOADER] = st.session_state.get(K_UPLOADER, 0) + 1
        else:
            # The check is dropped above, so the next run checks the file again and shows what
            # changed; the flash says why nothing was written.
            why = [*result.errors[:3], *(w for w in result.warnings if w.code == STORE_CHANGED)]
            st.session_state[K_FLASH] = (
                "err",
                _summary(result, lang) + " " + " ".join(i.message for i in why),
            )
        st.rerun()


# -- the datasets section ----------------------------------------------------------------------
def datasets_section(engine: Engine, lang: str) -> None:
    st.subheader(t("data.datasets.title", lang))
    infos = list_datasets(engine)
    # Names, sources and user names come from users: neutralise() keeps them inert when the
    # table's own toolbar downloads it as CSV and a spreadsheet opens that file.
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("data.col.id", lang): i.id,
                    t("data.col.kind", lang): t(f"data.kind.{i.kind}", lang),
                    t("data.col.status", lang): t(f"data.status_label.{i.status}", lang),
                    t("data.col.name", lang): neutralise(i.name),
                    t("data.col.source", lang): neutralise(i.source),
                    t("data.col.imported_by", lang): neutralise(i.imported_by),
                    t("data.col.imported_at", lang): i.imported_at.strftime("%Y-%m-%d %H:%M")
                    if i.imported_at
                    else "",
                    t("data.col.values", lang): i.values,
                    t("data.col.current_values", lang): i.current_values,
                }
                for i in reversed(infos)
            ]
        ),
        hide_index=True,
        width="stretch",
    )

    pending = st.session_state.get(K_ROLLBACK)
    for info in reversed(infos):
        if info.kind != "imported" or info.status != "active":
            continue
        left, right = st.columns([5, 1])
        left.text(
            t(
                "data.dataset.line",
                lang,
                id=info.id,
                name=info.name,
                values=format_int(info.values, lang),
                by=info.imported_by,
            )
        )
        if not info.can_rollback:
            left.caption(escape_markdown(info.rollback_blocker or ""))
        if right.button(
            t("data.rollback.button", lang),
            key=f"rollback_{info.id}",
            disabled=not info.can_rollback,
        ):
            st.session_state[K_ROLLBACK] = info.id
            st.rerun()
        if pending == info.id:
            st.warning(t("data.rollback.ask", lang, id=info.id))
            yes, no = st.columns(2)
            if yes.button(
                t("data.rollback.yes", lang), key=f"rollback_yes_{info.id}", type="primary"
            ):
                res = rollback_dataset(engine, info.id)
                data_access.invalidate()
                st.session_state.pop(K_ROLLBACK, None)
                st.session_state[K_FLASH] = ("ok" if res.ok else "err", res.message)
                st.rerun()
            if no.button(t("data.rollback.no", lang), key=f"rollback_no_{info.id}"):
                st.session_state.pop(K_ROLLBACK, None)
                st.rerun()
