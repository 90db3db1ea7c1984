"""Plotly figures shared by the pages (pure figure builders + a thin Streamlit wrapper)."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
EXAMPLE_COLOR = "#b71c1c"


def show(
    fig: go.Figure,
    *,
    key: str,
    filename: str,
    alt: str | None = None,
    height: int | str = "content",
) -> None:
    """Render a figure with Plotly's own PNG download button (named for the view).

    ``alt`` is the chart's accessible name (a one-sentence text alternative); ``height``
    ``"stretch"`` fills a fixed-height parent (presenter mode, :func:`layout.fill_screen`).
    """
    st.plotly_chart(
        fig,
        key=key,
        alt=alt,
        height=height,
        config={
            "displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
            "modeBarButtonsToRemove": ["select2d", "lasso2d"],
        },
    )
