"""Outlook charts: population lines of the five concepts, never joined, and the ranked bars of
where need grows fastest to 2030 and 2035.

:func:`population_figure` draws every line it is given as a trace of its own: a BPS projection
of 2035 is a marker of its own, never the end of the BPS estimate's line, and a Dukcapil count
never continues a BPS figure. Each concept keeps one colour, dash and marker
(:data:`ground.palette.CONCEPT`, :data:`STYLES`); on the buffer-zone chart the colour is the
zone's (:data:`ground.palette.ZONE`) and the dash and marker still say the concept. Example
points are open markers, as on every trend. Pure (no Streamlit): the words come in.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Protocol

import pandas as pd
import plotly.graph_objects as go

from charts.style import style, wrap_lines
from charts.trend import legend_below, year_axis
from ground import palette

Fmt = Callable[[float], str]

# concept -> (dash, marker): readable without colour, in print and for colour-blind readers.
STYLES: dict[str, tuple[str, str]] = {
    "bps_estimate": ("solid", "circle"),
    "bps_projection": ("dash", "diamond"),
    "dukcapil": ("dot", "square"),
    "ikn_plan": ("dashdot", "triangle-up"),
    "ikn_census": ("solid", "star"),
    "other": ("dot", "x"),
}


class LineLike(Protocol):
    """What a population line carries (:class:`views.outlook_population.Line`)."""

    concept: str
    name: str
    years: tuple[int, ...]
    values: tuple[float, ...]
    hover: tuple[str, ...]
    example: tuple[bool, ...]
    group: str | None


def line_colour(line: LineLike) -> str:
    if line.group is not None:
        return palette.ZONE.get(line.group, palette.OTHER)
    return palette.CONCEPT.get(line.concept, palette.OTHER)


def population_figure(
    lines: Sequence[LineLike],
    *,
    title: str,
    y_title: str,
    example_label: str | None,
    lang: str,
    size: int = 13,
    plot_px: int = 320,
    legend_columns: int = 3,
) -> go.Figure:
    """One trace per line (``lines+markers``, or ``markers`` for a single figure such as the
    IKN census); the legend under the plot names every line."""
    fig = go.Figure()
    for line in lines:
        dash, symbol = STYLES.get(line.concept, STYLES["other"])
        colour = line_colour(line)
        big = line.concept == "ikn_census"
        fig.add_trace(
            go.Scatter(
                x=list(line.years),
                y=list(line.values),
                name=line.name,
                mode="lines+markers" if len(line.years) > 1 else "markers",
                line={"color": colour, "dash": dash, "width": 2.5},
                marker={
                    "symbol": [f"{symbol}-open" if e else symbol for e in line.example],
                    "size": 16 if big else 9,
                    "color": colour,
                    "line": {"color": colour, "width": 2},
                },
                hovertext=list(line.hover),
                hoverinfo="text",
                connectgaps=False,
            )
        )
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=plot_px,
        title_chars=90,
    )
    years = sorted({y for line in lines for y in line.years})
    if years:
        year_axis(fig, years, max_ticks=10)
        fig.update_xaxes(range=[min(years) - 1, max(years) + 1])
    fig.update_yaxes(
        title={"text": html.escape(y_title)},
        tickformat=",.0f",
        gridcolor=palette.LIGHT_GRID,
        rangemode="tozero",
    )
    legend_below(fig, size=size, plot_px=plot_px, chars=34, columns=legend_columns)
    return fig


def growth_bar_figure(
    rows: pd.DataFrame,
    *,
    years: tuple[int, int],
    fmt_percent: Fmt,
    fmt_count: Fmt,
    unit: str,
    title: str,
    axis_title: str,
    example_label: str | None,
    lang: str,
    size: int = 13,
    highlight: Sequence[str] = (),
) -> go.Figure:
    """Ranked bars of the increase in need (% of today's value) to each of ``years``, the
    fastest growing region (by the first year) on top; the increase itself as text.

    ``rows``: kode_bps, nama, and per year ``pct_<year>`` and ``inc_<year>`` (regions without
    a projection left out by the caller, which says so).
    """
    first = years[0]
    rows = rows.sort_values(f"pct_{first}", ascending=True)
    marked = set(highlight)
    names = [
        f"<b>{html.escape(str(n))}</b>" if k in marked else html.escape(str(n))
        for n, k in zip(rows["nama"], rows["kode_bps"], strict=True)
    ]
    fig = go.Figure()
    texts: list[str] = []
    # Horizontal groups stack their bars from the bottom: the later year goes in first, so the
    # first year's bar is on top in each group (and first in the reversed legend).
    for year, colour in reversed(list(zip(years, palette.NEED_YEARS, strict=True))):
        pct, inc = rows[f"pct_{year}"], rows[f"inc_{year}"]
        text = [f"{fmt_percent(p)} %" for p in pct]
        texts += text
        hover = [
            f"{year}: {fmt_percent(p)} % ({fmt_count(i)} {html.escape(unit)})"
            for p, i in zip(pct, inc, strict=True)
        ]
        fig.add_trace(
            go.Bar(
                x=pct,
                y=names,
                name=str(year),
                orientation="h",
                text=text,
                textposition="outside",
                cliponaxis=False,
                marker={"color": colour, "line": {"color": palette.BAR_EDGE, "width": 1}},
                customdata=hover,
                hovertemplate="%{y}<br>%{customdata}<extra></extra>",
            )
        )
    plot_px = max(160, 56 * len(rows))
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=plot_px + 170,
        title_chars=48,
    )
    top = max([float(rows[f"pct_{y}"].max()) for y in years] + [1.0])
    low = min([float(rows[f"pct_{y}"].min()) for y in years] + [0.0])
    longest = max((len(x) for x in texts), default=0)
    fig.update_xaxes(
        title={"text": "<br>".join(html.escape(x) for x in wrap_lines(axis_title, 48))},
        gridcolor=palette.LIGHT_GRID,
        tickformat=",~r",
        range=[low * 1.3, top * (1.1 + 0.03 * longest)],
    )
    fig.update_yaxes(automargin=True)
    # The legend under the axis title (above the plot it met the title and DATA CONTOH).
    fig.update_layout(
        barmode="group",
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -(2 * size + 40) / plot_px,
            "yanchor": "top",
            "traceorder": "reversed",
        },
        margin={"r": 16, "b": 2 * size + 70},
    )
    return fig
