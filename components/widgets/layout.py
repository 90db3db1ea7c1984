"""Page chrome shared by every page: presenter-mode styling, headers, data badges."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

import streamlit as st

from views.i18n import t
from views.kinds import data_badge

# Presenter mode: no sidebar, room for the map, and everything *larger* than in normal mode
# (Streamlit's own sizes: body 1rem, h1 2.75rem, h2 2.25rem, h3 1.75rem). Sizes grow with the
# screen height (vh) between a floor above the normal size and a ceiling, so one view fits a
# 1366x768 laptop and a 1920x1080 projector without scrolling.
_PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], [data-testid="stHeader"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important;
  padding: 0.5rem 1.6rem 0.4rem !important; }
[data-testid="stMain"] p, [data-testid="stMain"] li, [data-testid="stMain"] label,
[data-testid="stMain"] [data-testid="stMarkdownContainer"] {
  font-size: clamp(1.2rem, 2.2vh, 1.6rem) !important; }
[data-testid="stMain"] h1 { font-size: clamp(2.9rem, 5vh, 3.6rem) !important; }
[data-testid="stMain"] h2 { font-size: clamp(2.35rem, 4.2vh, 3rem) !important;
  padding: 0.2rem 0 !important; }
[data-testid="stMain"] h3 { font-size: clamp(1.85rem, 3.2vh, 2.3rem) !important; }
[data-testid="stMetricValue"] { font-size: clamp(2.6rem, 5vh, 3.4rem) !important; }
[data-testid="stMetricLabel"] p { font-size: clamp(1.2rem, 2.2vh, 1.6rem) !important; }
[data-testid="stMain"] .serambi-source, [data-testid="stCaptionContainer"] {
  font-size: clamp(1.05rem, 1.8vh, 1.3rem) !important; }
.serambi-home { font-size: clamp(1.15rem, 2.1vh, 1.55rem) !important; }
.serambi-home-title { font-size: clamp(2.9rem, 4.6vh, 3.4rem) !important; }
.serambi-home-legend { font-size: clamp(1.1rem, 1.95vh, 1.45rem) !important; }
.serambi-step { font-size: clamp(1.3rem, 2.4vh, 1.7rem) !important; }
.serambi-ranking { font-size: clamp(16px, 2.2vh, 27px) !important; }
.serambi-example-line { color:#7f1010; font-weight:600; font-size: clamp(1.05rem, 1.9vh, 1.35rem);
  white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
/* The map legend beside the map (presenter mode; inside the map it is styled by
   geo/serambi_map.css). */
[data-testid="stMain"] .serambi-legend { font-size: clamp(15px, 2.05vh, 24px) !important;
  color:#111; line-height:1.2; border:1px solid #bbb; border-radius:6px; padding:4px 10px;
  margin-bottom:0; }
[data-testid="stMain"] .serambi-legend summary { font-weight:700; cursor:pointer; }
[data-testid="stMain"] .serambi-legend .meta { color:#333; }
[data-testid="stMain"] .serambi-legend .sw { display:inline-block; width:1.4em; height:0.95em;
  margin-right:6px; vertical-align:-2px; border:1px solid #555; }
[data-testid="stMain"] .serambi-legend .sw.nodata { background:repeating-linear-gradient(45deg,
  #bdbdbd 0 3px, #f5f5f5 3px 6px); }
[data-testid="stMain"] .serambi-badge { display:inline-block; background:#b71c1c; color:#fff;
  font-weight:800; padding:2px 10px; border-radius:4px; }
/* The map fills the height left under the title (the Leaflet map fits Kaltim to it). */
iframe[title="streamlit_folium.st_folium"] { height: calc(100vh - 12.5rem) !important;
  min-height: 380px; }
[data-testid="stMain"]:has(.serambi-example-line) iframe[title="streamlit_folium.st_folium"] {
  height: calc(100vh - 15.6rem) !important; }
</style>
"""

# Text colours meet WCAG AA (4.5:1) on white, also on a washed-out projector: Streamlit's
# captions (grey at 60 % opacity, about 3.6:1) are darkened here.
_BASE_CSS = """
<style>
/* serambi-base: the shared styles (tests wait for this line before reading colours) */
.serambi-badge-example { display:inline-block; background:#b71c1c; color:#fff; font-weight:800;
  letter-spacing:.04em; padding:2px 10px; border-radius:4px; }
.serambi-badge-official { display:inline-block; background:#1b5e20; color:#fff; font-weight:700;
  padding:2px 10px; border-radius:4px; }
.serambi-badge-imported { display:inline-block; background:#0b5a8a; color:#fff; font-weight:700;
  padding:2px 10px; border-radius:4px; }
.serambi-source { color:#333; font-size:0.85rem; overflow-wrap:anywhere; }
/* Headline cards wrap instead of cutting ("440.89…"): five side by side at 1366 px. */
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *,
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * {
  white-space:normal !important; overflow:visible !important; text-overflow:clip !important; }
[data-testid="stMetricValue"] { font-size:clamp(1.5rem, 2.3vw, 2.25rem); line-height:1.15; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {
  color:#3a3a3a !important; }
/* Streamlit 1.67 greys captions with opacity 0.6 on the container (text at 3.5:1, axe-core's
   color-contrast): the darker colour above only counts at full opacity. */
[data-testid="stCaptionContainer"] { opacity:1 !important; }
/* A chart's data table (components/widgets/plot.py) is for screen readers: out of sight and out of
   the layout (absolutely positioned, its block takes no place and no gap in the column). */
.stElementContainer:has(.serambi-chart-data) { position:absolute !important; width:1px;
  height:1px; overflow:hidden; clip:rect(0 0 0 0); clip-path:inset(50%); margin:0 !important; }
/* Scrolling boxes are keyboard stops (tabindex=0): show where the focus is. */
[tabindex="0"]:focus-visible { outline:2px solid #0b5a8a; outline-offset:2px; }
.serambi-sr { position:absolute !important; width:1px; height:1px; overflow:hidden;
  clip:rect(0 0 0 0); white-space:nowrap; }
.serambi-step { color:#111; line-height:1.2; }
.serambi-home-title { font-size:2.1rem; font-weight:800; line-height:1.1; margin:0; padding:0;
  color:#111; }
.serambi-home-title .sub { font-size:0.5em; font-weight:600; color:#333; margin-left:0.5em; }
.serambi-home-sub { color:#333; font-size:0.9em; margin:0 0 0.2em; }
table.serambi-home { width:100%; border-collapse:collapse; font-size:0.95rem; color:#111;
  line-height:1.2; }
table.serambi-home caption { caption-side:bottom; text-align:left; color:#333;
  font-size:0.78em; padding:0.25em 0 0; }
table.serambi-home th, table.serambi-home td { padding:0.22em 0.5em; text-align:left;
  border-bottom:1px solid #cfcfcf; vertical-align:middle; }
table.serambi-home thead th { font-size:0.82em; color:#222; border-bottom:2px solid #555; }
table.serambi-home tbody th { font-weight:700; }
table.serambi-home tbody th span[class^=serambi-badge] { font-size:0.62em; padding:1px 6px;
  margin-left:0.3em; vertical-align:0.15em; white-space:nowrap; }
table.serambi-home td.yr { font-weight:800; font-variant-numeric:tabular-nums; }
table.serambi-home td.num .main { font-size:1.4em; font-weight:800; white-space:nowrap;
  font-variant-numeric:tabular-nums; }
table.serambi-home td.num .rate { font-size:0.92em; color:#222; white-space:nowrap;
  margin-left:0.6em; }
table.serambi-home td.none { color:#333; font-style:italic; }
table.serambi-home td.src { font-size:0.72em; color:#333; overflow-wrap:anywhere; }
.serambi-home-legend { font-size:0.9rem; color:#111; line-height:1.25; }
.serambi-home-legend .u { color:#333; }
.serambi-home-legend ul { list-style:none; padding:0; margin:0.3em 0; }
.serambi-home-legend li { margin:0.12em 0; padding:0; }
.serambi-home-legend .sw { display:inline-block; width:1.4em; height:0.95em; margin-right:0.4em;
  vertical-align:-0.1em; border:1px solid #555; }
.serambi-home-legend .sw.nodata { background:repeating-linear-gradient(45deg, #bdbdbd 0 3px,
  #f5f5f5 3px 6px); }
</style>
"""


def apply_styles(presenter: bool) -> None:
    st.html(_BASE_CSS + (_PRESENTER_CSS if presenter else ""))


CSS_DIR = Path(__file__).resolve().parent / "css"


@cache
def _stylesheet(name: str) -> str:
    return (CSS_DIR / f"{name}.css").read_text(encoding="utf-8")


def inject_css(name: str) -> None:
    """Add the page's own styles, ``components/widgets/css/<name>.css`` (read once per process).

    Injected after :func:`apply_styles`, so a page's rules win over the shared ones of the same
    specificity.
    """
    st.html(f"<style>\n{_stylesheet(name)}</style>")


def fill_screen(key: str, offset: str):
    """Presenter mode: a container as tall as the screen minus ``offset`` (a CSS length such
    as ``"10rem + 9vh"``: the rows above and below it), for a chart drawn with
    ``height="stretch"``; the chart follows the viewport, so one view fits a 1366x768 laptop
    and a 1920x1080 projector."""
    st.html(
        f"<style>[data-testid=stLayoutWrapper]:has(> .st-key-{key}), .st-key-{key} "
        f"{{ flex: none !important; height: calc(100vh - ({offset})) !important; "
        "min-height: 320px; max-height: none !important; overflow: hidden !important; }</style>"
    )
    # Any fixed height gives a block the chart can stretch in; the style above resizes it.
    return st.container(key=key, height=400, border=False)


def example_notice(lang: str, *, compact: bool = False) -> None:
    """The DATA CONTOH notice; ``compact`` (presenter mode): one line, badge first."""
    if compact:
        st.html(
            f'<div class="serambi-example-line">{data_badge("example", lang)} '
            f"{html.escape(t('badge.example_long', lang))}</div>"
        )
        return
    st.error(t("badge.example_long", lang), icon=":material/science:")


def source_line(text: str) -> None:
    st.html(f'<div class="serambi-source">{html.escape(text)}</div>')


def presenter_step_html(label: str, where: str | None, hint: str) -> str:
    """The agenda bar's "Agenda · 1 dari 6", with the clicker keys as its tooltip."""
    text = html.escape(label) + (f" · <b>{html.escape(where)}</b>" if where else "")
    return (
        f'<div class="serambi-step" data-serambi-step="1" title="{html.escape(hint, quote=True)}"'
        f' aria-live="polite">{text}</div>'
    )
