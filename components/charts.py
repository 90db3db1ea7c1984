"""Plotly figures shared by the pages (pure figure builders + a thin Streamlit wrapper)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from geo.choropleth import NO_DATA_COLOR

FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
EXAMPLE_COLOR = "#b71c1c"


def ranking_bar(
    table: pd.DataFrame,
    *,
    unit: str,
    fmt: Callable[[float], str],
    example_label: str | None,
    highlight: set[str] | None = None,
    font_size: int = 13,
) -> go.Figure:
    """Horizontal bars of the mapped value, highest at the top, in the map's class colours.

    The three small cities are as visible here as the largest regency.
    """
    rows = table.dropna(subset=["rate"]).sort_values("rate", ascending=True)
    highlight = highlight or set()
    names = [
        f"<b>{n}</b>" if k in highlight else str(n)
        for n, k in zip(rows["nama"], rows["kode_bps"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=rows["rate"],
            y=names,
            orientation="h",
            marker={
                "color": rows.get("warna", NO_DATA_COLOR),
                "line": {"color": "#555", "width": 1},
            },
            text=[fmt(v) for v in rows["rate"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text} " + unit + "<extra></extra>",
        )
    )
    title = (
        unit
        if not example_label
        else f"{unit} · <b style='color:{EXAMPLE_COLOR}'>{example_label}</b>"
    )
    fig.update_layout(
        title={"text": title, "font": {"size": font_size + 1}},
        margin={"l": 8, "r": 48, "t": 40, "b": 8},
        height=max(260, 34 * len(rows) + 70),
        font={"family": FONT, "size": font_size},
        xaxis={"showgrid": True, "gridcolor": "#eee", "zeroline": False, "tickformat": ",~r"},
        yaxis={"automargin": True},
        plot_bgcolor="#fff",
        separators=",." if "," in fmt(1.5) else ".,",
    )
    if example_label:
        fig.add_annotation(
            text=example_label,
            xref="paper",
            yref="paper",
            x=1,
            y=0,
            xanchor="right",
            yanchor="bottom",
            showarrow=False,
            opacity=0.25,
            font={"size": font_size * 2, "color": EXAMPLE_COLOR},
        )
    return fig


def show(fig: go.Figure, *, key: str, filename: str) -> None:
    """Render a figure with Plotly's own PNG download button (named for the view)."""
    st.plotly_chart(
        fig,
        key=key,
        config={
            "displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
            "modeBarButtonsToRemove": ["select2d", "lasso2d"],
        },
    )
