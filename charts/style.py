"""The common look of every Serambi chart: title with DATA CONTOH, fonts, number separators.

Indonesian figures read 1.234,5 and English 1,234.5: Plotly's ``separators`` does that from
:func:`separators`. Presenter mode only ever makes text larger (:func:`font_size`).
"""

from __future__ import annotations

import html

import plotly.graph_objects as go

from charts import palette
from welfare.catalogue import RATE_VALUE, IndicatorDef, unit_label


def separators(lang: str) -> str:
    """Plotly ``separators`` (decimal, thousands): 1.234,5 in Indonesian, 1,234.5 in English."""
    return ".," if lang == "en" else ",."


def font_size(presenter: bool) -> int:
    return 17 if presenter else 13


def example_title(title: str, example_label: str | None) -> str:
    """Chart title; says DATA CONTOH (in red) when any plotted point is example data."""
    text = html.escape(title)
    if example_label:
        text += f" · <b style='color:{palette.EXAMPLE}'>{html.escape(example_label)}</b>"
    return text


def style(
    fig: go.Figure,
    *,
    title: str,
    example_label: str | None,
    lang: str,
    size: int,
    height: int,
    subtitle: str | None = None,
) -> go.Figure:
    """Common layout: title (with DATA CONTOH), fonts, separators, white background."""
    text = example_title(title, example_label)
    if subtitle:
        text += (
            f"<br><span style='font-size:{size - 1}px;font-weight:normal'>"
            f"{html.escape(subtitle)}</span>"
        )
    fig.update_layout(
        title={"text": text, "font": {"size": size + 2}, "x": 0, "xanchor": "left"},
        font={"family": palette.FONT, "size": size},
        separators=separators(lang),
        plot_bgcolor="#fff",
        height=height,
        margin={"l": 8, "r": 24, "t": 76 if subtitle else 56, "b": 8},
        hoverlabel={"font": {"size": size}},
    )
    if example_label:
        fig.add_annotation(
            text=html.escape(example_label),
            xref="paper",
            yref="paper",
            x=1,
            y=1,
            xanchor="right",
            yanchor="bottom",
            showarrow=False,
            font={"size": size, "color": palette.EXAMPLE},
        )
    return fig


def display_unit(ind: IndicatorDef, lang: str) -> str:
    """The unit of the plotted (mapped) number of an indicator, for axes and hovers."""
    unit = ind.rate_unit(lang)
    return unit_label(unit, lang) if ind.rate_kind == RATE_VALUE else unit
