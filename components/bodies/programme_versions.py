"""Versions of one register activity on "Kelola data": its history (who saved which version
when) and, when a save was refused because someone saved a newer version meanwhile, the two
versions side by side so nothing typed is lost and nothing is overwritten unseen.

Every value shown comes from people (forms, files): the comparison is HTML with every cell
escaped (:func:`~ground.markup.escape_html`), the history a table whose texts are
:func:`~welfare.exporting.neutralise_frame`-d for its CSV download.
"""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from components.state import register_access
from ground.markup import escape_html, escape_markdown
from views.i18n import t
from welfare.exporting import neutralise_frame
from welfare.formatting import MISSING, format_int
from welfare.importing.preview import format_cell
from welfare.register import catalogue, vocab
from welfare.register.store import EditResult

K_CONFLICT = "serambi_prog_conflict"  # the refused save: message, theirs, ours
# Store column -> the form field whose label names it, in the form's order.
COMPARED = (
    ("programme_name", "program"),
    ("level", "tingkat"),
    ("funding", "sumber_dana"),
    ("agency", "instansi"),
    ("target_group", "sasaran"),
    ("region_kode_bps", "kode_wilayah"),
    ("kecamatan_kode", "kecamatan"),
    ("year", "tahun"),
    ("year_from", "tahun_mulai"),
    ("planned", "jumlah_rencana"),
    ("planned_unit", "satuan_rencana"),
    ("realised", "jumlah_realisasi"),
    ("realised_unit", "satuan_realisasi"),
    ("budget_rp", "anggaran_rp"),
    ("status", "status"),
    ("source", "sumber"),
    ("note", "catatan"),
)
_NUMBERS = ("planned", "realised")


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def shown(column: str, value: object, lang: str) -> str:
    """One stored value as the form's reader knows it (labels, Indonesian numbers)."""
    if column == "funding":
        return vocab.label(vocab.FUNDING_LABELS, None if _missing(value) else value, lang)
    if _missing(value):
        return MISSING
    if column == "level":
        return vocab.label(vocab.LEVEL_LABELS, value, lang)
    if column == "status":
        return vocab.label(vocab.STATUS_LABELS, value, lang)
    if column == "target_group":
        try:
            return catalogue.target_group(str(value)).label(lang)
        except KeyError:
            return str(value)
    if column in _NUMBERS:
        return format_cell(float(value), lang)  # type: ignore[arg-type]
    if column == "budget_rp":
        return "Rp" + format_int(float(value), lang)  # type: ignore[arg-type]
    if column in ("year", "year_from"):
        return str(int(value))  # type: ignore[call-overload]
    return str(value)


def remember_conflict(result: EditResult) -> None:
    st.session_state[K_CONFLICT] = {
        "uid": result.uid,
        "message": result.message,
        "theirs": dict(result.theirs or {}),
        "ours": dict(result.ours or {}),
    }


def conflict_html(theirs: dict, ours: dict, lang: str) -> str:
    """The two versions side by side; a row that differs is marked (colour and "≠")."""
    th = "padding:4px 8px;border:1px solid #d0d4da;background:#eef2f6;text-align:left;"
    td = "padding:4px 8px;border:1px solid #d0d4da;vertical-align:top;"
    rows = []
    for column, field in COMPARED:
        a, b = shown(column, theirs.get(column), lang), shown(column, ours.get(column), lang)
        differs = a != b
        style = td + ("background:#fff1c2;color:#3d2e00;font-weight:600;" if differs else "")
        mark = " ≠" if differs else ""
        rows.append(
            f'<tr><th scope="row" style="{th}">{escape_html(t(f"prog.field.{field}", lang))}'
            f'{mark}</th><td style="{style}">{escape_html(a)}</td>'
            f'<td style="{style}">{escape_html(b)}</td></tr>'
        )
    return (
        '<div style="overflow-x:auto"><table class="serambi-conflict" '
        'style="border-collapse:collapse;font-size:0.95rem;line-height:1.35"><thead><tr>'
        f'<th style="{th}">{escape_html(t("prog.conflict.field", lang))}</th>'
        f'<th style="{th}">{escape_html(t("prog.conflict.theirs", lang))}</th>'
        f'<th style="{th}">{escape_html(t("prog.conflict.ours", lang))}</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def show_conflict(lang: str) -> None:
    """The refused save, if there is one, until it is dismissed or a save succeeds."""
    conflict = st.session_state.get(K_CONFLICT)
    if not conflict:
        return
    st.error(escape_markdown(conflict["message"]))
    st.markdown(f"**{t('prog.conflict.title', lang)}**")
    st.html(conflict_html(conflict["theirs"], conflict["ours"], lang))
    if st.button(t("prog.conflict.dismiss", lang), key="prog_conflict_dismiss"):
        st.session_state.pop(K_CONFLICT, None)
        st.rerun()


def history_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every version of an activity, oldest first: who, when, what changed, still current."""
    if frame.empty:
        return pd.DataFrame()
    return pd.DataFrame(
        {
            t("prog.col.version", lang): [int(v) for v in frame["id"]],
            t("prog.col.change", lang): [t(f"prog.change.{c}", lang) for c in frame["change"]],
            t("prog.col.by", lang): frame["imported_by"].tolist(),
            t("prog.col.at", lang): [
                v.strftime("%Y-%m-%d %H:%M") if not pd.isna(v) else "" for v in frame["imported_at"]
            ],
            t("prog.field.status", lang): [shown("status", v, lang) for v in frame["status"]],
            t("prog.field.jumlah_rencana", lang): [
                shown("planned", v, lang) for v in frame["planned"]
            ],
            t("prog.field.jumlah_realisasi", lang): [
                shown("realised", v, lang) for v in frame["realised"]
            ],
            t("prog.field.sumber", lang): frame["source"].tolist(),
            t("prog.col.current", lang): [
                t("prog.yes" if s == "active" and _missing(by) else "prog.no", lang)
                for s, by in zip(frame["dataset_status"], frame["superseded_by"], strict=True)
            ],
        }
    )


def history(uid: str, lang: str) -> None:
    with st.expander(t("prog.history.title", lang)):
        table = history_table(register_access.history(uid), lang)
        st.dataframe(neutralise_frame(table), hide_index=True, width="stretch")
