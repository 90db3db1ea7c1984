"""The common look of every Serambi chart: title with DATA CONTOH, fonts, number separators.

Indonesian figures read 1.234,5 and English 1,234.5: Plotly's ``separators`` does that from
:func:`separators`. Presenter mode only ever makes text larger (:func:`font_size`).
"""

from __future__ import annotations

import html
import textwrap

import plotly.graph_objects as go

from ground import palette


def separators(lang: str) -> str:
    """Plotly ``separators`` (decimal, thousands): 1.234,5 in Indonesian, 1,234.5 in English."""
    return ".," if lang == "en" else ",."


def font_size(presenter: bool) -> int:
    return 17 if presenter else 13


def wrap_lines(text: str, chars: int | None) -> list[str]:
    """``text`` in lines of at most ``chars`` characters, broken at spaces (a longer word keeps
    its line); Plotly does not wrap titles or legend entries itself."""
    if not chars or len(text) <= chars:
        return [text]
    return textwrap.wrap(text, chars, break_long_words=False, break_on_hyphens=False) or [text]


def example_title(title: str, example_label: str | None, *, chars: int | None = None) -> str:
    """Chart title; says DATA CONTOH (in red) when any plotted point is example data.

    ``chars``: wrap the title after about that many characters (a narrow chart cut it)."""
    text = "<br>".join(html.escape(line) for line in wrap_lines(title, chars))
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
    title_chars: int | None = None,
) -> go.Figure:
    """Common layout: title (with DATA CONTOH), fonts, separators, white background.

    ``title_chars``: a narrow chart wraps its title and subtitle after about that many
    characters instead of cutting them at its edge."""
    text = example_title(title, example_label, chars=title_chars)
    lines = text.count("<br>") + 1
    if subtitle:
        sub = "<br>".join(html.escape(x) for x in wrap_lines(subtitle, title_chars))
        lines += sub.count("<br>") + 1
        text += f"<br><span style='font-size:{size - 1}px;font-weight:normal'>{sub}</span>"
    fig.update_layout(
        title={"text": text, "font": {"size": size + 2}, "x": 0, "xanchor": "left"},
        font={"family": palette.FONT, "size": size},
        separators=separators(lang),
        plot_bgcolor="#fff",
        height=height,
        margin={"l": 8, "r": 24, "t": 36 + 20 * lines, "b": 8},
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
