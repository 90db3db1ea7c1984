"""Shows a Plotly figure on a page: Plotly's own PNG button named for the view, the alt text.

The figures themselves are built in :mod:`charts` (pure, shared with the meeting brief).
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st


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
