"""Shows a Plotly figure on a page: Plotly's own PNG button named for the view, the alt text and
the chart's data as a table for screen readers.

The figures themselves are built in :mod:`charts` (pure, shared with the meeting brief). Every
chart shown here gets a text alternative twice over: an accessible name (``alt``, else the
figure's title) and, right after it, a visually hidden table of what it draws (a row per
category or year, a column per named trace: :func:`chart_table`). It is positioned out of the
layout (``layout._BASE_CSS``), so it adds no gap and a presenter view still fits the screen.
"""

from __future__ import annotations

import html
import math
import numbers
import re

import plotly.graph_objects as go
import streamlit as st

from views.i18n import t
from welfare.formatting import column_decimals, format_number

_TAG = re.compile(r"<[^>]+>")
_DRAWN = ("scatter", "scattergl", "bar")


def _text(value: object) -> str:
    """Plotly text ("<b>Title</b><br><sup>note</sup>") as plain words."""
    return " ".join(html.unescape(_TAG.sub(" ", str(value or ""))).split())


def figure_title(fig: go.Figure) -> str:
    return _text(fig.layout.title.text)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)  # numpy's too


def chart_table(fig: go.Figure) -> tuple[list[str], list[list[object]]]:
    """The data a figure draws: header (category, then one column per named trace) and rows.

    Lines, markers and bars count (vertical: x is the category; horizontal bars: y); traces
    with no hover and no name (grey context lines of small multiples) do not. Traces of one
    name share a column (a line and its markers for incomplete years). Empty when the figure
    draws nothing that reads as a table.
    """
    points = _labelled_points(fig)
    if points:
        return points
    columns: dict[str, dict[object, object]] = {}
    order: list[object] = []
    category_title = ""
    for trace in fig.data:
        if trace.type not in _DRAWN or trace.x is None or trace.y is None:
            continue
        if trace.hoverinfo == "skip" and not trace.name:
            continue
        horizontal = getattr(trace, "orientation", None) == "h"
        cats, vals = (trace.y, trace.x) if horizontal else (trace.x, trace.y)
        if len(cats) != len(vals):
            continue
        cat_axis, val_axis = (
            (fig.layout.yaxis, fig.layout.xaxis)
            if horizontal
            else (fig.layout.xaxis, fig.layout.yaxis)
        )
        category_title = category_title or _text(cat_axis.title.text)
        points = [(c, v) for c, v in zip(cats, vals, strict=True) if not _missing(v)]
        base = _text(trace.name) or _text(val_axis.title.text)
        name, n = base, 2
        while name in columns and any(
            not _missing(columns[name].get(c)) and columns[name][c] != v for c, v in points
        ):
            name, n = f"{base} ({n})", n + 1
        column = columns.setdefault(name, {})
        for cat in cats:
            if cat not in order:
                order.append(cat)
        column.update(points)
    if not columns:
        return [], []
    header = [category_title, *columns]
    rows = [[cat, *(col.get(cat) for col in columns.values())] for cat in order]
    return header, rows


def _labelled_points(fig: go.Figure) -> tuple[list[str], list[list[object]]] | None:
    """A scatter of named points (each marker labelled, e.g. a regency): one row per point
    with its x and y and its trace's name; None when the figure is not one."""
    traces = [tr for tr in fig.data if tr.type in _DRAWN and tr.x is not None and tr.y is not None]
    if not traces:
        return None
    for tr in traces:
        text = tr.text
        if tr.type == "bar" or isinstance(text, str) or text is None or len(text) != len(tr.x):
            return None
        if not all(_number(x) and not float(x).is_integer() for x in tr.x if not _missing(x)):
            return None
    header = ["", _text(fig.layout.xaxis.title.text), _text(fig.layout.yaxis.title.text)]
    named = any(tr.name for tr in traces)
    rows = [
        [_text(label), x, y, *([_text(tr.name)] if named else [])]
        for tr in traces
        for label, x, y in zip(tr.text, tr.x, tr.y, strict=True)
    ]
    return [*header, *([""] if named else [])], rows


def table_html(fig: go.Figure, caption: str, lang: str) -> str:
    """:func:`chart_table` as an HTML table (numbers in the page's language, each column's
    digits by :func:`welfare.formatting.column_decimals`), or ''."""
    header, rows = chart_table(fig)
    if not rows:
        return ""
    decimals = column_decimals(rows)  # welfare.formatting: the one digits rule

    def shown(value: object, i: int) -> str:
        if _missing(value):
            return t("map.no_data", lang)
        if _number(value):
            return format_number(value, decimals[i], lang)
        return _text(value)

    years = all(_number(r[0]) and float(r[0]).is_integer() and 1900 <= r[0] <= 2100 for r in rows)
    first = header[0] or t("col.year" if years else "chart.data.category", lang)
    rest = [h or t("chart.data.series", lang) for h in header[1:]]
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in [first, *rest])
    body = "".join(
        f'<tr><th scope="row">{html.escape(str(int(r[0])) if years else shown(r[0], 0))}</th>'
        + "".join(f"<td>{html.escape(shown(v, i))}</td>" for i, v in enumerate(r[1:], 1))
        + "</tr>"
        for r in rows
    )
    return (
        f'<table class="serambi-chart-data"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def show(
    fig: go.Figure,
    *,
    key: str,
    filename: str,
    alt: str | None = None,
    height: int | str = "content",
    data_table: bool = True,
) -> None:
    """Render a figure with Plotly's own PNG download button (named for the view).

    ``alt`` is the chart's accessible name (a one-sentence text alternative; the figure's title
    when not given); ``height`` ``"stretch"`` fills a fixed-height parent (presenter mode,
    :func:`layout.fill_screen`). ``data_table`` adds the chart's data as a visually hidden
    table for screen readers.
    """
    from components.state import filters  # noqa: PLC0415 - filters imports the page's state

    lang = filters.lang()
    name = alt or figure_title(fig) or None
    st.plotly_chart(
        fig,
        key=key,
        alt=name,
        height=height,
        config={
            "displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
            "modeBarButtonsToRemove": ["select2d", "lasso2d"],
        },
    )
    if data_table:
        table = table_html(fig, t("chart.data.caption", lang, title=name or filename), lang)
        if table:
            st.html(table)
