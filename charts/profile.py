"""The profile's figures: the shared filter's indicator of one regency, and sparklines.

:func:`selected_figure` is the Plotly chart at the top of a regency's profile: its line
against the aggregate of all ten regencies. :func:`sparkline_svg` is the tiny line on each of
the 50+ indicator cards: inline SVG rather than one Plotly chart per card, which would be slow
to draw, would not resize for the printed page and would break across pages.
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go

from charts.style import style
from charts.trend import GRID, INCOMPLETE_SYMBOL, year_axis
from ground import palette
from welfare.zone_groups import is_complete

Fmt = Callable[[float], str]
AGGREGATE = "#777"  # the 10-regency aggregate: grey and dashed, behind the regency's line


def selected_figure(
    own: pd.DataFrame,
    aggregate: pd.DataFrame,
    *,
    name: str,
    n_regions: int,
    years: Sequence[int],
    title: str,
    unit: str,
    fmt: Fmt,
    words: dict[str, str],
    example_label: str | None,
    lang: str,
    size: int = 13,
) -> go.Figure:
    """One regency's line against the aggregate of ``n_regions`` regencies.

    ``own`` is the regency's gap-filled series (:func:`welfare.explore.with_gaps`),
    ``aggregate`` a :func:`welfare.explore.group_trend` group reindexed to ``years``.
    ``words``: ``aggregate`` (its legend name), ``with_data`` ({n}, {m}) and ``no_data``.
    Only years in which all regencies have data are joined by the aggregate's line: an
    aggregate of 3 regencies is not comparable with one of 10. Other years: diamonds + "n/10".
    """
    label = words["aggregate"]
    n_with = aggregate["n_with_data"].fillna(0).astype(int)
    complete = is_complete(aggregate)
    partial = (~complete) & aggregate["rate"].notna().to_numpy()
    esc_unit = html.escape(unit)
    hover = [
        f"{html.escape(label)} {int(y)}<br>"
        + (
            f"{html.escape(fmt(r))} {esc_unit}<br>"
            + html.escape(words["with_data"].format(n=int(n), m=n_regions))
            if pd.notna(r)
            else html.escape(words["no_data"])
        )
        for y, r, n in zip(aggregate["year"], aggregate["rate"], n_with, strict=True)
    ]
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=aggregate["year"],
            y=aggregate["rate"].where(complete),
            mode="lines+markers",
            connectgaps=False,
            name=label,
            legendgroup="prov",
            line={"color": AGGREGATE, "dash": "dash", "width": 2},
            marker={"size": 6},
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    if partial.any():
        fig.add_trace(
            go.Scatter(
                x=aggregate["year"],
                y=aggregate["rate"].where(partial),
                mode="markers+text",
                name=label,
                legendgroup="prov",
                showlegend=False,
                text=[
                    f"{int(n)}/{n_regions}" if p else ""
                    for n, p in zip(n_with, partial, strict=True)
                ],
                textposition="bottom center",
                textfont={"color": AGGREGATE, "size": size - 2},
                marker={"size": 8, "symbol": INCOMPLETE_SYMBOL, "color": "#999"},
                customdata=hover,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=own["year"],
            y=own["rate"],
            mode="lines+markers",
            connectgaps=False,
            name=name,
            line={"color": palette.PROFILE_LINE, "width": 3},
            marker={
                "size": 8,
                "symbol": ["circle-open" if e else "circle" for e in own["is_example"]],
                "line": {"width": 2},
            },
            customdata=[
                f"<b>{html.escape(name)}</b> {int(y)}<br>"
                + (
                    f"{html.escape(fmt(r))} {esc_unit}"
                    if pd.notna(r)
                    else html.escape(words["no_data"])
                )
                for y, r in zip(own["year"], own["rate"], strict=True)
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=360 if size == 13 else 440,
    )
    year_axis(fig, years)
    fig.update_yaxes(title={"text": unit}, gridcolor=GRID, tickformat=",~r", rangemode="tozero")
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0})
    return fig


def sparkline_svg(
    years: Sequence[int],
    rates: Sequence[float],
    example: Sequence[bool],
    *,
    width: int = 230,
    height: int = 34,
    color: str = palette.PROFILE_LINE,
) -> str:
    """A tiny inline SVG line: breaks at missing years, open red dots for example points.

    Returned as an ``<img>`` with a data URI: ``st.html`` sanitises inline ``<svg>`` away,
    an image survives and prints.
    """
    pts = [(y, r, e) for y, r, e in zip(years, rates, example, strict=True)]
    present = [(y, r) for y, r, _ in pts if r is not None and not math.isnan(r)]
    if not present:
        return ""
    y0, y1 = min(int(y) for y in years), max(int(y) for y in years)
    lo = min(r for _, r in present)
    hi = max(r for _, r in present)
    pad_x, pad_y = 4.0, 4.0

    def x_of(year: int) -> float:
        if y1 == y0:
            return width / 2
        return pad_x + (int(year) - y0) / (y1 - y0) * (width - 2 * pad_x)

    def y_of(value: float) -> float:
        if hi == lo:
            return height / 2
        return height - pad_y - (value - lo) / (hi - lo) * (height - 2 * pad_y)

    segments: list[list[tuple[float, float]]] = [[]]
    for year, rate, _ in pts:
        if rate is None or math.isnan(rate):
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append((x_of(year), y_of(rate)))
    parts = [
        f'<polyline fill="none" stroke="{color}" stroke-width="1.8" points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y in seg)
        + '"/>'
        for seg in segments
        if len(seg) > 1
    ]
    for year, rate, ex in pts:
        if rate is None or math.isnan(rate):
            continue
        if ex:
            parts.append(
                f'<circle cx="{x_of(year):.1f}" cy="{y_of(rate):.1f}" r="2.4" '
                f'fill="#fff" stroke="{palette.EXAMPLE}" stroke-width="1.2"/>'
            )
        else:
            parts.append(
                f'<circle cx="{x_of(year):.1f}" cy="{y_of(rate):.1f}" r="2" fill="{color}"/>'
            )
    label = f"{y0}–{y1}" if y1 != y0 else str(y0)
    right = (
        f'<text x="{width}" y="{height + 11}" font-size="9" fill="#777" '
        f'font-family="sans-serif" text-anchor="end">{y1}</text>'
        if y1 != y0
        else ""
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 12}" '
        f'viewBox="0 0 {width} {height + 12}">'
        + "".join(parts)
        + (
            f'<text x="0" y="{height + 11}" font-size="9" fill="#777" '
            f'font-family="sans-serif">{y0}</text>'
            if y1 != y0
            else f'<text x="{width / 2}" y="{height + 11}" font-size="9" fill="#777" '
            f'font-family="sans-serif" text-anchor="middle">{y0}</text>'
        )
        + right
        + "</svg>"
    )
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (
        f'<img class="spark" src="data:image/svg+xml;base64,{data}" width="{width}" '
        f'height="{height + 12}" alt="{html.escape(label)}">'
    )
