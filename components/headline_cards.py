"""Headline figures (from welfare.queries.headline) as KPI cards."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import kpi, source_links
from components.i18n import t
from welfare import formatting
from welfare.catalogue import unit_label


def _value_text(row: pd.Series, lang: str) -> tuple[str, str]:
    """The number to headline and its unit: the rate when there is one, else the value."""
    use_rate = pd.notna(row.get("rate")) and row.get("rate_unit") != row.get("value_unit")
    number = row["rate"] if use_rate else row["value"]
    unit = row["rate_unit"] if use_rate else unit_label(row["value_unit"], lang)
    decimals = 0 if abs(number) >= 1000 else 2 if abs(number) < 100 else 1
    return formatting.format_number(number, decimals=decimals, lang=lang), unit


def render(rows: pd.DataFrame, lang: str) -> None:
    if rows.empty:
        st.caption(t("home.no_value", lang))
        return
    for _, row in rows.iterrows():
        if pd.isna(row["value"]) and pd.isna(row.get("rate")):
            continue
        value, unit = _value_text(row, lang)
        kind = (
            "example"
            if row["is_example"]
            else ("imported" if "imported" in (row["dataset_kinds"] or []) else "official")
        )
        footnote = None
        if row["scope"] == "zona" or row.get("method") != "angka_provinsi":
            footnote = t(
                "home.regions_with_data", lang, n=int(row["n_with_data"]), m=int(row["n_regions"])
            )
        sources = row["sources"] or []
        kpi.card(
            label=row["label"],
            value=value,
            unit=unit,
            year=int(row["year"]) if pd.notna(row["year"]) else None,
            sources=source_links.citations(sources),
            kind=kind,
            lang=lang,
            footnote=footnote,
        )
