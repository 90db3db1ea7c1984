"""The "Program per tingkat" section of "Kelola data": the register of one region and year,
and the add / correct / close forms (:mod:`components.bodies.programme_form`) with the chosen
activity's version history (:mod:`components.bodies.programme_versions`).

Only logged-in staff reach it (``pages/data.py`` stops before any section otherwise). Texts
from people are shown as table data (:func:`~welfare.exporting.neutralise_frame` keeps the
table's CSV download inert) or as escaped Markdown.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from components.bodies import programme_versions as versions
from components.bodies.programme_form import (
    K_FLASH,
    activity_form,
    cell_text,
    close_form,
    field_label,
)
from components.state import data_access, register_access
from ground.markup import escape_markdown
from views.i18n import t
from welfare.exporting import neutralise_frame
from welfare.formatting import MISSING, format_int
from welfare.importing.preview import format_cell
from welfare.register import catalogue, vocab

MODES = ("add", "correct", "close")


def activity_label(row: pd.Series, lang: str) -> str:
    level = vocab.label(vocab.LEVEL_LABELS, row["level"], lang)
    group = catalogue.target_group(row["target_group"]).label(lang)
    return f"{row['programme_name']} · {level} · {group} · {row['agency']}"


# -- the register of the chosen region and year -----------------------------------------------
def _register_table(rows: pd.DataFrame, places: dict, lang: str) -> None:
    if rows.empty:
        st.caption(t("prog.list.empty", lang))
        return
    kecamatan = {k: n for _name, kecs in places.values() for k, n in kecs}

    def quantity(value: object, unit: object) -> str:
        if value is None or pd.isna(value):  # type: ignore[arg-type]
            return MISSING
        return f"{format_cell(float(value), lang)} {cell_text(unit)}".strip()  # type: ignore[arg-type]

    table = pd.DataFrame(
        {
            field_label("program", lang): rows["programme_name"].tolist(),
            field_label("tingkat", lang): [
                vocab.label(vocab.LEVEL_LABELS, v, lang) for v in rows["level"]
            ],
            field_label("sumber_dana", lang): [
                vocab.label(vocab.FUNDING_LABELS, None if pd.isna(v) else v, lang)
                for v in rows["funding"]
            ],
            field_label("instansi", lang): rows["agency"].tolist(),
            field_label("sasaran", lang): [
                catalogue.target_group(v).label(lang) for v in rows["target_group"]
            ],
            field_label("kecamatan", lang): [
                kecamatan.get(cell_text(v), MISSING) for v in rows["kecamatan_kode"]
            ],
            field_label("jumlah_rencana", lang): [
                quantity(v, u) for v, u in zip(rows["planned"], rows["planned_unit"], strict=True)
            ],
            field_label("jumlah_realisasi", lang): [
                quantity(v, u) for v, u in zip(rows["realised"], rows["realised_unit"], strict=True)
            ],
            field_label("anggaran_rp", lang): [
                MISSING if pd.isna(v) else format_int(v, lang) for v in rows["budget_rp"]
            ],
            field_label("status", lang): [
                vocab.label(vocab.STATUS_LABELS, v, lang) for v in rows["status"]
            ],
            t("prog.col.kind", lang): [t(f"data.kind.{k}", lang) for k in rows["dataset_kind"]],
            t("prog.col.by", lang): rows["imported_by"].tolist(),
        }
    )
    # Names and sources come from people and files: inert when the toolbar saves a CSV.
    st.dataframe(neutralise_frame(table), hide_index=True, width="stretch")


# -- the section -------------------------------------------------------------------------------
def programme_section(engine: Engine, user: str, lang: str) -> None:
    st.subheader(t("prog.title", lang))
    st.write(t("prog.intro", lang))
    if K_FLASH in st.session_state:
        message, notes = st.session_state.pop(K_FLASH)
        st.success(escape_markdown(message))
        for note in notes:  # how a value was read ("'Rp 1,2 M' dibaca sebagai ...")
            st.info(escape_markdown(note))
    places = data_access.register_places()
    c1, c2 = st.columns(2)
    region = c1.selectbox(
        t("prog.region", lang),
        list(places),
        format_func=lambda c: places[c][0],
        key="prog_region",
    )
    year = int(
        c2.number_input(
            t("prog.year", lang),
            min_value=2000,
            max_value=2100,
            value=date.today().year,
            step=1,
            key="prog_year",
        )
    )
    register = register_access.register()  # the stored activities alone: these are edited
    rows = register[(register["region_kode_bps"] == region) & (register["year"] == year)]
    st.markdown(
        "**"
        + escape_markdown(t("prog.list.title", lang, region=places[region][0], year=year))
        + "**"
    )
    _register_table(rows, places, lang)
    versions.show_conflict(lang)
    mode = st.radio(
        t("prog.mode", lang),
        MODES,
        format_func=lambda m: t(f"prog.mode.{m}", lang),
        horizontal=True,
        key="prog_mode",
    )
    if mode == "add":
        activity_form(engine, user, lang, region, places, year, None)
        return
    if rows.empty:
        return
    labels = {uid: activity_label(row, lang) for uid, row in rows.set_index("uid").iterrows()}
    uid = st.selectbox(
        t("prog.pick", lang), list(labels), format_func=labels.__getitem__, key="prog_pick"
    )
    current = rows[rows["uid"] == uid].iloc[0]
    if mode == "correct":
        activity_form(engine, user, lang, region, places, year, current)
    else:
        close_form(engine, user, lang, current)
    versions.history(str(uid), lang)
