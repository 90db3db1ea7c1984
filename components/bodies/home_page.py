"""Beranda as one overview screen: headline numbers, a small map and one trend.

Sized to fit a 1366x768 laptop and a 1920x1080 projector without scrolling. The headline
table compares the province and the IKN area + buffer zone in the *same* year (the rule lives
in :mod:`welfare.comparison`; this module only lays it out), says that year once per row, and
tells counts as counts ("199.710 jiwa") with the rate beside them ("49,3 per 1.000
penduduk"). The small map colours rates (the map page's classes and colours); both the map and
the trend carry a text alternative.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts.style import example_title, font_size, wrap_lines
from charts.trend import year_axis
from components.state import current_map, data_access
from components.state.view_state import ViewState
from components.widgets import plot
from ground import palette
from views import source_links
from views.home import headline_rows, table_html
from views.i18n import t
from views.indicator_map import IndicatorView
from views.kinds import data_badge
from views.trend import map_digits_fmt, zone_figure, zone_labels
from welfare import formatting, zone_groups
from welfare.catalogue import get_indicator


def small_map_figure(
    table: pd.DataFrame,
    outlines: dict[str, tuple[list, list]],
    *,
    fmt,
    unit: str,
    no_data: str,
    height: int,
) -> go.Figure:
    """The chosen indicator's rate per regency in the map page's class colours.

    Plain filled outlines on x/y axes (lon/lat at 1:1, fine this close to the equator): no
    geo basemap, so nothing is fetched from a CDN and the overview works offline.
    """
    fig = go.Figure()
    for row in table.itertuples(index=False):
        xs, ys = outlines.get(str(row.kode_bps), ([], []))
        value = no_data if pd.isna(row.rate) else f"{fmt(row.rate)} {unit}"
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                fill="toself",
                fillcolor=row.warna,
                line={"color": "#444", "width": 0.8},
                hoveron="fills",
                text=f"{row.nama}: {value}",
                hoverinfo="text",
                showlegend=False,
            )
        )
    fig.update_xaxes(visible=False, fixedrange=True)
    fig.update_yaxes(visible=False, fixedrange=True, scaleanchor="x", scaleratio=1)
    fig.update_layout(
        height=height,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        dragmode=False,
    )
    return fig


def legend_html(view: IndicatorView, lang: str, *, summary: str) -> str:
    """Classes with units, year and source, plus the values as text (for screen readers)."""
    legend = view.layer.legend
    rows = "".join(
        f'<li><span class="sw" style="background:{html.escape(c, quote=True)}"></span>'
        f"{html.escape(text)}</li>"
        for c, text in legend.rows
    )
    rows += f'<li><span class="sw nodata"></span>{html.escape(legend.no_data_label)}</li>'
    badge = f"<div>{data_badge('example', lang)}</div>" if view.has_example else ""
    no_data = t("map.no_data", lang)
    values = "".join(
        f"<li>{html.escape(str(r.nama))}: "
        f"{html.escape(no_data if pd.isna(r.rate) else view_fmt(view, r.rate, lang))}</li>"
        for r in view.table.sort_values("rate", ascending=False).itertuples(index=False)
    )
    return (
        f'<div class="serambi-home-legend" data-serambi-home="legend">{badge}'
        f"<b>{html.escape(view.title)} · {view.year}</b>"
        f'<div class="u">{html.escape(view.mapped_unit)}</div><ul>{rows}</ul>'
        f'<div class="serambi-source">{source_links.sources_html(view.sources, lang, limit=1)}'
        f"</div>"
        f'<div class="serambi-sr" role="note" aria-label="{html.escape(summary, quote=True)}">'
        f"<ul>{values}</ul></div></div>"
    )


def view_fmt(view: IndicatorView, value: float, lang: str) -> str:
    return formatting.format_number(value, decimals=view.decimals, lang=lang)


def map_summary(view: IndicatorView, lang: str) -> str:
    """A one-sentence text alternative of the small map."""
    extremes = view.extremes()  # the map slide's highest and lowest (views.slide_map)
    if extremes is None:
        return t("home.map_alt_empty", lang, title=view.title, year=view.year)
    top, low = extremes
    return t(
        "home.map_alt",
        lang,
        title=view.title,
        year=view.year,
        top=top["nama"],
        top_value=f"{view_fmt(view, top['rate'], lang)} {view.mapped_unit}",
        low=low["nama"],
        low_value=f"{view_fmt(view, low['rate'], lang)} {view.mapped_unit}",
    )


def _trend(state: ViewState, names: dict[str, str], zone: list[str], height: int) -> None:
    lang = state.lang
    ind = get_indicator(state.indicator)
    groups = data_access.group_trend(state.indicator, zone_groups.zone_groups(names, zone))
    shown = groups[groups["rate"].notna()] if not groups.empty else groups
    if shown.empty:
        st.info(t("trend.no_data", lang))
        return
    table, _ = data_access.rate_table(state.indicator, state.year)
    fmt = map_digits_fmt(table["rate"] if "rate" in table else (), ind.kind, lang)

    labels = zone_labels(lang)
    size = font_size(state.presenter)
    # A narrow chart: a short title (wrapped if still long), a year label every few years
    # (every year collapsed to "20.."), and the legend as HTML under it, with what the
    # "4/4" marks mean (a Plotly legend does not wrap; here it ate the plot).
    title = t("home.trend.title", lang, indicator=ind.label(lang))
    fig = zone_figure(groups, ind, names, fmt, lang, size, title=title)
    example = t("badge.example", lang) if shown["is_example"].any() else None
    chars = 40 if state.presenter else 46
    lines = len(wrap_lines(title, chars))
    fig.update_layout(
        title={"text": example_title(title, example, chars=chars)},
        height=height,
        margin={"t": 30 + lines * (size + 6), "b": 4},
        showlegend=False,
    )
    year_axis(fig, sorted(groups["year"].unique()), max_ticks=6)
    if state.presenter:  # dark ticks as large as the text (the theme's small grey ones vanish)
        fig.update_xaxes(tickfont={"size": size, "color": "#222"})
        fig.update_yaxes(tickfont={"size": size, "color": "#222"})
    latest = shown.sort_values("year").groupby("group").tail(1)
    alt = t(
        "home.trend_alt",
        lang,
        indicator=ind.label(lang),
        values="; ".join(
            f"{labels.get(g, g)} {int(y)}: {fmt(v)}"
            for g, y, v in zip(latest["group"], latest["year"], latest["rate"], strict=True)
        ),
    )
    # Through plot.show: its data as a hidden table for screen readers, like every chart.
    plot.show(fig, key="home_trend", filename=f"serambi-beranda-{state.indicator}", alt=alt)
    st.html(trend_key_html(labels, lang))


def trend_key_html(labels: dict[str, str], lang: str) -> str:
    """The home trend's legend: a line in each group's colour with its name, and what the
    'n/m' marks at the points and the diamonds mean."""
    keys = "".join(
        f'<span class="k"><span class="ln" style="background:'
        f'{html.escape(palette.ZONE.get(key, palette.OTHER), quote=True)}"></span>'
        f"{html.escape(label)}</span>"
        for key, label in labels.items()
    )
    return (
        f"<style>{_KEY_CSS}</style>"
        f'<div class="serambi-home-legend serambi-home-key" data-serambi-home="trend-key">'
        f'<div class="keys">{keys}</div>'
        f'<div class="marks">{html.escape(t("home.trend.marks", lang))}</div></div>'
    )


_KEY_CSS = (
    ".serambi-home-key{line-height:1.25;margin-top:-0.6rem}"
    ".serambi-home-key .keys{display:flex;flex-wrap:wrap;gap:0.1em 1.2em;font-weight:600}"
    ".serambi-home-key .ln{display:inline-block;width:1.6em;height:3px;margin-right:0.4em;"
    "vertical-align:0.3em;border-radius:2px}"
    ".serambi-home-key .marks{font-size:0.85em;color:#333}"
)


def signal_card(state: ViewState) -> str:
    """The card "N sinyal sejak rakor <tanggal>" at the title's right, linking to the Sinyal
    page in the same language and mode (words: views.signal_view; the report is cached)."""
    from urllib.parse import urlencode

    from components.state import outlook_access
    from views import signal_view

    report, _ = outlook_access.signals()
    query = urlencode(
        [("lang", state.lang)] * (state.lang != "id") + [("mode", "presentasi")] * state.presenter
    )
    href = "sinyal" + (f"?{query}" if query else "")
    css = (
        ".serambi-home-signal{float:right;max-width:14rem;margin:0 0 0 0.8rem;"
        "padding:0.2rem 0.6rem;border:2px solid #e65100;border-radius:6px;background:#fff4e5;"
        "color:#111;font-weight:700;font-size:0.8rem;line-height:1.2;text-decoration:none}"
        ".serambi-home-signal:hover{background:#ffe0b2}"
        "[data-testid=stMain]:has(.serambi-step) .serambi-home-signal{"
        "font-size:clamp(1.1rem,2.1vh,1.5rem);max-width:32rem;margin-top:0.2rem}"
    )
    main, example = signal_view.card_parts(report, state.lang)
    text = html.escape(main) + (
        f' <span style="white-space:nowrap">{html.escape(example)}</span>' if example else ""
    )
    return (
        f"<style>{css}</style>"
        f'<a class="serambi-home-signal" data-serambi-home="signals" href="{html.escape(href)}" '
        f'target="_self">{text} →</a>'
    )


# The overview starts right under Streamlit's header (normal mode; presenter mode sets its own).
_COMPACT_TOP = (
    "<style>[data-testid=stMainBlockContainer]{padding-top:3.6rem;padding-bottom:0.5rem}</style>"
)


def render(state: ViewState) -> None:
    """The whole overview (the page file only calls this)."""
    lang = state.lang
    bundle = data_access.geo_bundle()
    names = dict(zip(bundle.regencies["kode_bps"], bundle.regencies["nama"], strict=True))
    zone = data_access.buffer_zone_codes()
    members = ", ".join(names[c] for c in zone)
    figures = data_access.headline(zone, same_year=True)
    st.html(
        _COMPACT_TOP
        + signal_card(state)
        + f'<h1 class="serambi-home-title">{html.escape(t("app.title", lang))}'
        f'<span class="sub">{html.escape(t("app.subtitle", lang))}</span></h1>'
        f'<div class="serambi-home-sub">'
        f"{html.escape(t('home.buffer_members_short', lang, names=members))}</div>"
        + table_html(
            headline_rows(figures, lang), lang, members, sources=1 if state.presenter else 2
        )
    )
    chart_h = 285 if state.presenter else 280
    col_map, col_trend = st.columns([1.05, 1], gap="medium")
    with col_map:
        if state.year is None:
            st.info(t("filter.no_years", lang))
        else:
            view = current_map.build(state)
            c_fig, c_legend = st.columns([1.1, 1], gap="small")
            summary = map_summary(view, lang)
            with c_fig:
                st.plotly_chart(
                    small_map_figure(
                        view.table,
                        data_access.regency_outlines(),
                        fmt=lambda v: view_fmt(view, v, lang),
                        unit=view.mapped_unit,
                        no_data=t("map.no_data", lang),
                        height=chart_h,
                    ),
                    key="home_map",
                    alt=summary,
                    config={"displayModeBar": False, "scrollZoom": False},
                )
            with c_legend:
                st.html(legend_html(view, lang, summary=summary))
                st.page_link("pages/peta.py", label=t("home.to_map", lang), icon=":material/map:")
    with col_trend:
        # Its legend and the note on its marks are under it (trend_key_html): a shorter chart.
        _trend(state, names, zone, chart_h - (50 if state.presenter else 40))
