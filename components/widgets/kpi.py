"""Headline-number cards: value, unit, year, source and the kind of data, always together."""

from __future__ import annotations

import html

import streamlit as st

from ground.markup import escape_markdown
from views import source_links
from views.kinds import data_badge
from welfare.citations import Citation


def card(
    *,
    label: str,
    value: str,
    unit: str,
    year: int | None,
    sources: tuple[Citation, ...] = (),
    kind: str | None,
    lang: str,
    footnote: str | None = None,
) -> None:
    """One headline number. Example data carries the DATA CONTOH badge on the card itself."""
    with st.container(border=True):
        st.metric(label=escape_markdown(label), value=f"{value} {unit}".strip())
        parts = []
        if year is not None:
            parts.append(f"<b>{year}</b>")
        if kind:
            parts.append(data_badge(kind, lang))
        if footnote:
            parts.append(html.escape(footnote))
        if parts:
            st.html(" · ".join(parts))
        if sources:
            line = source_links.sources_html(sources, lang, limit=2)
            st.html(f'<div class="serambi-source">{line}</div>')
