"""The data-availability grid: indicator x year, shaded by how many regencies have data.

Staff see what to import next; officials see what is real. Each cell says how many of the ten
kabupaten/kota have a value (the shade) and what kind of data it is (the colour family and a
letter, so it does not depend on colour alone): R = resmi (official), I = impor Dinsos,
C = DATA CONTOH. The grid is plain escaped HTML: no chart library, readable when printed.
"""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from components.state import data_access
from views.i18n import t
from welfare.catalogue import GROUPS, group_label

# ColorBrewer sequential ramps (5 steps, light to dark): Blues for official, Greens for imported,
# Oranges for example data; a mixed cell takes the colour of its "weakest" kind. The fourth
# blue is Blues-7's #2171b5: ColorBrewer's #3182bd holds neither white nor black text at 4.5:1.
_RAMPS = {
    "official": ("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08519c"),
    "imported": ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"),
    "example": ("#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603"),
}
_LETTERS = {"official": "R", "imported": "I", "example": "C"}
_ORDER = ("example", "imported", "official")  # weakest first


def _cell_kind(kinds: tuple[str, ...]) -> str:
    return next((k for k in _ORDER if k in kinds), "official")


def _luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _text_on(background: str) -> str:
    """White or near-black, whichever contrasts more with ``background`` (WCAG AA: every
    colour of the ramps holds 4.5:1 with one of them)."""
    light = 1.05 / (_luminance(background) + 0.05)
    dark = (_luminance(background) + 0.05) / (_luminance("#1a1a1a") + 0.05)
    return "#ffffff" if light >= dark else "#1a1a1a"


def _shade(kind: str, n: int, of: int) -> tuple[str, str]:
    ramp = _RAMPS[kind]
    step = min(len(ramp) - 1, max(0, round(n / max(of, 1) * (len(ramp) - 1))))
    return ramp[step], _text_on(ramp[step])


# A grid with more year columns than this lists the newest year first: wider than the page,
# its newest years were off screen, behind a scrollbar at the bottom of a 4.700 px table.
NEWEST_FIRST_FROM = 8


def grid_years(first: int, last: int) -> list[int]:
    """The grid's year columns: oldest first, or newest first when there are many."""
    years = list(range(first, last + 1))
    return years[::-1] if len(years) > NEWEST_FIRST_FROM else years


def grid_html(df: pd.DataFrame, lang: str, *, n_regencies: int, group: str | None = None) -> str:
    """The grid as one HTML table (every value escaped); newest year first when it is wide."""
    cat = data_access.indicator_catalogue()
    known = {i.id: i for i in cat.ordered()}
    df = df[df["indicator_id"].isin(known)]
    if group:
        df = df[df["indicator_id"].map(lambda i: known[i].group) == group]
    if df.empty:
        return ""
    years = grid_years(int(df["year"].min()), int(df["year"].max()))
    order = "newest-first" if years[0] > years[-1] else "oldest-first"
    cells = {(r.indicator_id, int(r.year)): r for r in df.itertuples(index=False)}
    head = "".join(f"<th>{y}</th>" for y in years)
    rows: list[str] = []
    for ind in cat.ordered():
        if not any((ind.id, y) in cells for y in years):
            continue
        tds = []
        for y in years:
            r = cells.get((ind.id, y))
            if r is None:
                tds.append('<td class="none"></td>')
                continue
            kind = _cell_kind(tuple(r.kinds))
            bg, fg = _shade(kind, int(r.n_regions), n_regencies)
            kinds_txt = ", ".join(t(f"kind.{k}", lang) for k in r.kinds)
            title = t(
                "avail.cell", lang, n=int(r.n_regions), m=n_regencies, year=y, kinds=kinds_txt
            )
            if r.has_province:
                title += " · " + t("avail.province", lang)
            mark = "*" if r.has_province else ""
            # A province-only figure reads "P", not "0R*": nothing to map per regency.
            shown = "P" if int(r.n_regions) == 0 else f"{int(r.n_regions)}{_LETTERS[kind]}{mark}"
            tds.append(
                f'<td style="background:{bg};color:{fg}" title="{html.escape(title)}">{shown}</td>'
            )
        label = html.escape(ind.label(lang))
        rows.append(
            f'<tr><th class="ind" title="{html.escape(ind.id)}">{label}</th>{"".join(tds)}</tr>'
        )
    return (
        # A scrolling box is a keyboard stop with a name, so the arrow keys can scroll it.
        f'<div role="region" tabindex="0" aria-label="{html.escape(t("avail.title", lang))}" '
        f'class="serambi-avail"><table data-serambi-years="{order}"><thead><tr>'
        f'<th class="ind">{html.escape(t("avail.indicator", lang))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def legend_html(lang: str, n_regencies: int, *, newest_first: bool = False) -> str:
    parts = []
    for kind in ("official", "imported", "example"):
        bg, fg = _shade(kind, n_regencies, n_regencies)
        parts.append(
            f'<span class="key" style="background:{bg};color:{fg}">{n_regencies}'
            f"{_LETTERS[kind]}</span> {html.escape(t(f'avail.legend.{kind}', lang))}"
        )
    parts.append(html.escape(t("avail.legend.shade", lang, m=n_regencies)))
    parts.append(html.escape(t("avail.legend.province", lang)))
    parts.append(html.escape(t("avail.legend.province_only", lang)))
    if newest_first:
        parts.append(html.escape(t("avail.legend.newest_first", lang)))
    return '<div class="serambi-avail-legend">' + " · ".join(parts) + "</div>"


# The grid scrolls inside a box at most as tall as the screen, so its horizontal scrollbar is
# always in view; the year row and the indicator column stay put while it scrolls.
_CSS = """
<style>
.serambi-avail{overflow:auto;width:fit-content;max-width:100%;max-height:calc(100vh - 9rem);
  border:1px solid #d0d0d0;scrollbar-width:auto;scrollbar-color:#7a7a7a #e8e8e8}
.serambi-avail table{border-collapse:separate;border-spacing:0;font-size:0.85rem}
.serambi-avail th,.serambi-avail td{border-right:1px solid #d0d0d0;
  border-bottom:1px solid #d0d0d0;padding:2px 5px;text-align:center;white-space:nowrap}
.serambi-avail thead th{position:sticky;top:0;z-index:1;background:#f4f4f4}
.serambi-avail th.ind{text-align:left;font-weight:normal;min-width:13rem;max-width:22rem;
  white-space:normal;line-height:1.2;position:sticky;left:0;background:#fff}
.serambi-avail thead th.ind{z-index:2;background:#f4f4f4;font-weight:700}
.serambi-avail td.none{background:#fff}
.serambi-avail-legend{font-size:0.9rem;margin:0.3rem 0 0.8rem 0;color:#333}
.serambi-avail-legend .key{display:inline-block;padding:0 5px;border:1px solid #999}
/* Presenting (the agenda bar is on the page): larger, never smaller. */
.stApp:has([data-serambi-step]) .serambi-avail table{font-size:clamp(1rem,1.9vh,1.35rem)}
.stApp:has([data-serambi-step]) .serambi-avail-legend{font-size:clamp(1.05rem,1.8vh,1.3rem)}
</style>
"""


def render(lang: str) -> None:
    st.title(t("avail.title", lang))
    st.write(t("avail.intro", lang))
    df = data_access.data_availability()
    n_regencies = len(data_access.geo_bundle().regencies)
    cat = data_access.indicator_catalogue()
    present = set(df["indicator_id"])
    groups = [g for g in GROUPS if any(i.group == g and i.id in present for i in cat.ordered())]
    group = st.segmented_control(
        t("avail.group", lang),
        [None, *groups],
        default=None,
        format_func=lambda g: t("avail.group.all", lang) if g is None else group_label(g, lang),
        key="avail_group",
    )
    grid = grid_html(df, lang, n_regencies=n_regencies, group=group)
    st.html(_CSS + legend_html(lang, n_regencies, newest_first="newest-first" in grid))
    if grid:
        st.html(grid)
    missing = [i for i in cat.ordered() if i.id not in present and (not group or i.group == group)]
    if missing:
        with st.expander(t("avail.missing", lang, n=len(missing))):
            st.html(
                "<ul>"
                + "".join(
                    f"<li>{html.escape(i.label(lang))} <code>{html.escape(i.id)}</code></li>"
                    for i in missing
                )
                + "</ul>"
            )
