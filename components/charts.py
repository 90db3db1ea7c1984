"""Plotly figures shared by the pages (pure figure builders + a thin Streamlit wrapper)."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
EXAMPLE_COLOR = "#b71c1c"


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
