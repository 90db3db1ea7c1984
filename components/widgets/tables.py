"""Tables of indicator values with their codes, rank, denominator and source."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from components.widgets import html_table
from views.i18n import t
from views.table_exports import DENOMINATOR_DECIMALS


def indicator_frame(view, lang: str, *, display: bool = False) -> pd.DataFrame:  # noqa: ANN001
    """The table behind the map, with readable column names (also used for exports).

    ``display=True`` formats numbers for the language (1.234,5 in Indonesian) instead of
    leaving them numeric, because the browser's locale is not necessarily the user's.
    """
    from components.state import data_access
    from welfare import formatting

    def num(series, decimals):  # noqa: ANN001, ANN202
        if not display or series is None:
            return series
        return series.map(
            lambda v: (
                formatting.format_number(v, decimals=decimals, lang=lang) if pd.notna(v) else ""
            )
        )

    df = view.table.copy()
    if view.level == "kecamatan":
        # A kecamatan is keyed by its Kemendagri code; the BPS code shown is its regency's.
        kec = data_access.kecamatan_geo().kecamatan.set_index("kode_bps")
        ids = {
            t("kec.col.kecamatan", lang): df["nama"],
            t("col.kode_kemendagri", lang): df["kode_bps"],
            t("kec.col.parent", lang): df["kode_bps"].map(kec["nama_kab"]),
            t("kec.col.parent_bps", lang): df["kode_bps"].map(kec["kode_bps_kab"]),
        }
    else:
        regs = data_access.geo_bundle().regencies.set_index("kode_bps")
        ids = {
            t("col.region", lang): df["nama"],
            t("col.kode_bps", lang): df["kode_bps"],
            t("col.kode_kemendagri", lang): df["kode_bps"].map(regs["kode_kemendagri"]),
        }
    out = pd.DataFrame(
        {
            **ids,
            t("col.year", lang): view.year,
            f"{t('col.value', lang)} ({view.raw_unit})": num(df.get("value"), view.raw_decimals),
            f"{t('col.rate', lang)} ({view.mapped_unit})": num(df.get("rate"), view.decimals),
            t("col.rank", lang): df.get("rank"),
        }
    )
    if "denominator_value" in df and df["denominator_value"].notna().any():
        out[t("col.denominator", lang)] = num(df["denominator_value"], DENOMINATOR_DECIMALS)
        out[t("col.denominator_year", lang)] = df.get("denominator_year")
    out[t("col.kind", lang)] = df.get("dataset_kind", pd.Series(dtype=object)).map(
        lambda k: t(f"kind.{k}", lang) if isinstance(k, str) else t("map.no_data", lang)
    )
    # The view's table already reads "BPS Kaltim (Radar Paser, 30/9/2024)"; the link beside it.
    out[t("col.source", lang)] = df.get("source")
    if "source_url" in df:
        out[t("col.source_link", lang)] = df["source_url"]
    return out


def chosen_rows(table: pd.DataFrame, chosen: Sequence[str], lang: str) -> tuple[list[str], str]:
    """The codes of ``table`` (kode_bps, nama) to mark as chosen, and the caption naming them.

    Nothing is marked when nothing or every row is chosen (all ten are "the view" then).
    """
    names = dict(zip(table["kode_bps"], table["nama"], strict=True))
    marked = [c for c in chosen if c in names]
    if not marked or len(marked) == len(names):
        return [], ""
    return marked, t("table.chosen_note", lang, names=", ".join(names[c] for c in marked))


def indicator_table(view, lang: str, *, chosen: Sequence[str] = ()) -> None:  # noqa: ANN001
    """The table as plain HTML: a data grid here is ~1.2 MB of JavaScript drawn before the map
    on every first load (bench/README.md); the CSV/XLSX downloads take it to a spreadsheet.

    ``chosen``: codes of the regions chosen in the filter (a kecamatan's Kemendagri code at
    kecamatan level), whose rows are marked and named in the table's caption.
    """
    st.markdown(f"**{t('map.table', lang)}**")
    frame = indicator_frame(view, lang, display=True)
    kecamatan = view.level == "kecamatan"
    code_col = t("col.kode_kemendagri" if kecamatan else "col.kode_bps", lang)
    marked, caption = chosen_rows(view.table, chosen, lang)
    if view.level == "kecamatan":
        st.caption(t("kec.table.note", lang))
    numeric = [
        c
        for c in frame.columns
        if c.startswith((t("col.value", lang), t("col.rate", lang)))
        or c in (t("col.rank", lang), t("col.denominator", lang))
    ]
    html_table.show(
        frame.sort_values(t("col.rank", lang), na_position="last"),
        no_data=t("map.no_data", lang),
        numeric=numeric,
        links={t("col.source_link", lang): t("col.source_link.open", lang)},
        badges={t("kind.example", lang): "serambi-badge-example"},
        wide=(t("col.source", lang),),
        marked_by=code_col,
        marked=marked,
        caption=caption,
    )
