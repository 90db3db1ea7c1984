"""The profile page's downloads: the regency on one A4 page (PDF) and its table (XLSX).

Both files are built from the same profile table as the page's cards (the rows and rules are
in :mod:`views.profile_export`, the page drawing in :mod:`views.profile_pdf`), only when a
button is pressed (deferred data): a change of regency costs nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd
import streamlit as st

from components.state import data_access
from components.state.view_state import ViewState
from components.widgets import exports
from views import profile_export, profile_pdf
from views.i18n import t
from welfare.exporting import ExportMeta, to_xlsx_bytes
from welfare.key_indicators import key_indicator_ids

WITA = ZoneInfo("Asia/Makassar")  # Kalimantan Timur's time zone


def sheet(
    state: ViewState, kode: str, prof: pd.DataFrame, facts: Sequence[tuple[str, str]]
) -> profile_export.ProfileSheet:
    """The one-page sheet of the profile as the page shows it (title, facts, cards)."""
    lang = state.lang
    regs = data_access.geo_bundle().regencies.set_index("kode_bps")
    kind = t(f"prof.type.{regs.loc[kode, 'jenis']}", lang)
    today = datetime.now(WITA).date()
    return profile_export.ProfileSheet(
        title=t("prof.title", lang, type=kind, name=str(regs.loc[kode, "nama"])),
        facts=tuple(facts),
        lines=tuple(profile_export.lines(prof, lang)),
        key_ids=tuple(key_indicator_ids(list(prof["indicator_id"]), state.indicator)),
        lang=lang,
        made=f"{today.day}/{today.month}/{today.year}",
    )


def xlsx_bytes(page: profile_export.ProfileSheet) -> bytes:
    """The table of indicators as XLSX: numbers as on the cards, sources and notes."""
    lang = page.lang
    table = profile_export.indicator_table(page.lines, lang)
    meta = ExportMeta(
        title=t("prof.export.table_title", lang, title=page.title),
        lang=lang,
        has_example=page.has_example,
        sources=exports.source_lines(profile_export.sources(page.lines), lang),
        notes=(*(f"{k}: {v}" for k, v in page.facts), t("prof.export.year_rule", lang)),
        decimals=table.decimals,
    )
    return to_xlsx_bytes(table.frame, meta)


def buttons(
    state: ViewState, kode: str, prof: pd.DataFrame, facts: Sequence[tuple[str, str]]
) -> None:
    """Two buttons: the A4 PDF of the profile and the XLSX of its indicators."""
    if prof.empty:
        return
    lang = state.lang
    page = sheet(state, kode, prof, facts)
    stem = f"serambi-profil-{kode}"
    c1, c2, _ = st.columns(3)
    exports.file_button(
        c1,
        t("prof.export.pdf", lang),
        lambda: profile_pdf.write_pdf(page),
        stem=stem,
        ext="pdf",
        has_example=page.has_example,
        key="profil_pdf",
    )
    exports.file_button(
        c2,
        t("prof.export.xlsx", lang),
        lambda: xlsx_bytes(page),
        stem=stem,
        ext="xlsx",
        has_example=page.has_example,
        key="profil_xlsx",
    )
