"""Page chrome shared by every page: presenter-mode styling, headers, data badges."""

from __future__ import annotations

import html

import streamlit as st

from components.i18n import t

# Presenter mode: no sidebar, large type, room for the map. Sized for 1920x1080 projectors.
_PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], [data-testid="stHeader"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important;
  padding: 1.2rem 2rem !important; }
[data-testid="stMain"] p, [data-testid="stMain"] li, [data-testid="stMain"] label,
[data-testid="stMain"] [data-testid="stMarkdownContainer"] { font-size: 1.35rem !important; }
[data-testid="stMain"] h1 { font-size: 2.6rem !important; }
[data-testid="stMain"] h2 { font-size: 2.1rem !important; }
[data-testid="stMain"] h3 { font-size: 1.7rem !important; }
[data-testid="stMetricValue"] { font-size: 3rem !important; }
[data-testid="stMetricLabel"] p { font-size: 1.3rem !important; }
</style>
"""

_BASE_CSS = """
<style>
.serambi-badge-example { display:inline-block; background:#b71c1c; color:#fff; font-weight:800;
  letter-spacing:.04em; padding:2px 10px; border-radius:4px; }
.serambi-badge-official { display:inline-block; background:#1b5e20; color:#fff; font-weight:700;
  padding:2px 10px; border-radius:4px; }
.serambi-badge-imported { display:inline-block; background:#0b5a8a; color:#fff; font-weight:700;
  padding:2px 10px; border-radius:4px; }
.serambi-source { color:#444; font-size:0.85rem; overflow-wrap:anywhere; }
</style>
"""


def apply_styles(presenter: bool) -> None:
    st.html(_BASE_CSS + (_PRESENTER_CSS if presenter else ""))


def data_badge(kind: str, lang: str) -> str:
    """HTML badge for a dataset kind; example data always says so loudly."""
    if kind == "example":
        return (
            f'<span class="serambi-badge-example" data-serambi-badge="page">'
            f"{html.escape(t('badge.example', lang))}</span>"
        )
    if kind == "imported":
        return (
            f'<span class="serambi-badge-imported">{html.escape(t("badge.imported", lang))}</span>'
        )
    return f'<span class="serambi-badge-official">{html.escape(t("badge.official", lang))}</span>'


def example_notice(lang: str) -> None:
    st.error(t("badge.example_long", lang), icon=":material/science:")


def source_line(text: str) -> None:
    st.html(f'<div class="serambi-source">{html.escape(text)}</div>')
