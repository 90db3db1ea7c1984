"""Coverage charts: the ranked gap bar beside a map, and need against coverage.

:func:`gap_bar_figure` draws a map table's ranking as bars in the map's own colours (the
Cakupan page's gap per 1.000 penduduk, the Sasaran page's exclusion and inclusion);
:func:`scatter_figure` places each regency by its need per 1.000 penduduk and its coverage in %,
with the province coverage and the 100 % line. Pure (no Streamlit): words and number formats
come in as arguments, so the page and a slide can draw the same figure.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go

from charts.style import style, wrap_lines
from ground import palette
from welfare.explore import CoverageTable

Fmt = Callable[[float], str]


def gap_bar_figure(
    table: pd.DataFrame,
    *,
    unit: str,
    gap_unit: str,
    fmt: Fmt,
    fmt_raw: Fmt,
    title: str,
    example_label: str | None,
    lang: str,
    size: int = 13,
    highlight: Sequence[str] = (),
    subtitle: str | None = None,
    axis_title: str | None = None,
) -> go.Figure:
    """Ranked bars of the mapped value (gap per 1.000) in the map's colours, count as text."""
    rows = table.dropna(subset=["rate"]).sort_values("rate", ascending=True)
    marked = set(highlight)
    names = [
        f"<b>{html.escape(str(n))}</b>" if k in marked else html.escape(str(n))
        for n, k in zip(rows["nama"], rows["kode_bps"], strict=True)
    ]
    # Rate over count ("3,84" / "(736)"): two short lines fit beside a bar in a narrow column.
    text = [f"{fmt(r)}<br>({fmt_raw(v)})" for r, v in zip(rows["rate"], rows["value"], strict=True)]
    fig = go.Figure(
        go.Bar(
            x=rows["rate"],
            y=names,
            orientation="h",
            text=text,
            textposition="outside",
            cliponaxis=False,
            marker={
                "color": rows.get("warna", palette.UNCOLOURED),
                "line": {"color": palette.BAR_EDGE, "width": 1},
            },
            customdata=[
                f"{fmt(r)} {unit}<br>{fmt_raw(v)} {gap_unit}"
                for r, v in zip(rows["rate"], rows["value"], strict=True)
            ],
            hovertemplate="%{y}<br>%{customdata}<extra></extra>",
        )
    )
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=max(300, 40 * len(rows) + 130),
        subtitle=subtitle,
        title_chars=34,  # the ranking sits in a narrow column beside the map
    )
    top = float(rows["rate"].max()) if len(rows) else 1.0
    # Room right of the longest bar for its label ("3,84 (736)" outside the bar): about 4,5 %
    # of the axis a character, so a label is never cut at the plot's edge on a 1366 px laptop.
    longest = max((len(line) for x in text for line in x.split("<br>")), default=0)
    fig.update_xaxes(
        title={"text": "<br>".join(html.escape(x) for x in wrap_lines(axis_title or unit, 34))},
        gridcolor=palette.LIGHT_GRID,
        tickformat=",~r",
        range=[0, top * (1.15 + 0.045 * longest) if top > 0 else 1],
    )
    fig.update_yaxes(automargin=True)
    fig.update_layout(margin={"r": 16})
    return fig


def label_positions(x: pd.Series, y: pd.Series) -> dict[object, str]:
    """Text position per point so that neighbours' labels do not overlap (above / below)."""
    span_x = float(x.max() - x.min()) or 1.0
    span_y = float(y.max() - y.min()) or 1.0
    placed: list[tuple[float, float, str]] = []
    out: dict[object, str] = {}
    for i in x.sort_values().index:
        px, py = float(x[i]) / span_x, float(y[i]) / span_y
        near_top = any(
            abs(px - qx) < 0.12 and abs(py - qy) < 0.15 and pos == "top center"
            for qx, qy, pos in placed
        )
        pos = "bottom center" if near_top else "top center"
        placed.append((px, py, pos))
        out[i] = pos
    return out


def scatter_figure(
    cov: CoverageTable,
    *,
    zones: pd.Series,
    zone_labels: dict[str, str],
    fmt_pct: Fmt,
    fmt_rate: Fmt,
    fmt_raw: Fmt,
    need_unit: str,
    words: dict[str, str],
    example_label: str | None,
    lang: str,
    size: int = 13,
) -> go.Figure:
    """Need per 1.000 penduduk (x) against coverage in % (y), marker area ~ need.

    Dashed line: province coverage = sum recipients / sum need; dotted line: 100 %.
    """
    d = cov.data.dropna(subset=["coverage", "need_per_1000"])
    fig = go.Figure()
    biggest = float(d["need"].max()) if len(d) else 1.0
    positions = label_positions(d["need_per_1000"], d["coverage"])
    for zone, label in zone_labels.items():
        rows = d[d["kode_bps"].map(zones) == zone]
        if rows.empty:
            continue
        sizes = [14 + 36 * math.sqrt(n / biggest) for n in rows["need"]]
        hovers = [
            "<br>".join(
                [
                    f"<b>{html.escape(str(r.nama))}</b>",
                    html.escape(words["coverage"].format(v=fmt_pct(r.coverage))),
                    html.escape(
                        words["need"].format(
                            v=fmt_raw(r.need), unit=need_unit, rate=fmt_rate(r.need_per_1000)
                        )
                    ),
                    html.escape(
                        words["recipients"].format(v=fmt_raw(r.recipients), unit=need_unit)
                    ),
                    html.escape(words["gap"].format(v=fmt_raw(r.gap), unit=need_unit))
                    if r.over == 0
                    else html.escape(words["over"].format(v=fmt_raw(r.over), unit=need_unit)),
                ]
                + (
                    [f"<b style='color:{palette.EXAMPLE}'>{html.escape(example_label or '')}</b>"]
                    if r.is_example
                    else []
                )
            )
            for r in rows.itertuples(index=False)
        ]
        fig.add_trace(
            go.Scatter(
                x=rows["need_per_1000"],
                y=rows["coverage"],
                mode="markers+text",
                name=label,
                text=[html.escape(str(n)) for n in rows["nama"]],
                textposition=[positions[i] for i in rows.index],
                marker={
                    "size": sizes,
                    "color": palette.ZONE_POINT.get(zone, palette.UNCOLOURED),
                    "opacity": 0.8,
                    "line": {"color": palette.MARKER_EDGE, "width": 1},
                },
                customdata=hovers,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    if cov.province_coverage is not None:
        fig.add_hline(
            y=cov.province_coverage,
            line={"color": palette.PROVINCE_LINE, "dash": "dash", "width": 2},
            annotation_text=html.escape(
                words["province"].format(v=fmt_pct(cov.province_coverage), n=cov.n_with_data)
            ),
            annotation_position="bottom left",
        )
    fig.add_hline(
        y=100,
        line={"color": palette.FULL_COVERAGE, "dash": "dot", "width": 1.5},
        annotation_text=html.escape(words["full"]),
        annotation_position="top right",
    )
    style(
        fig,
        title=words["title"],
        example_label=example_label,
        lang=lang,
        size=size,
        height=520 if size > 13 else 460,
    )
    lo = float(d["coverage"].min()) if len(d) else 0.0
    hi = float(d["coverage"].max()) if len(d) else 100.0
    fig.update_yaxes(
        title={"text": words["y"]},
        gridcolor=palette.LIGHT_GRID,
        ticksuffix=" %",
        range=[max(0.0, min(lo, cov.province_coverage or lo) - 8), max(hi, 100.0) + 6],
    )
    fig.update_xaxes(
        title={"text": words["x"]},
        gridcolor=palette.LIGHT_GRID,
        tickformat=",~r",
        rangemode="tozero",
    )
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.14, "x": 0})
    return fig
