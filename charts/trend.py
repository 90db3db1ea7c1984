"""Trend figures: lines per regency, small multiples, the buffer zone against the rest.

The Tren page, the home page and the meeting brief's slides draw their trends here, so a
trend reads the same on a laptop, a projector and a slide; only the sizes differ (:class:`Look`).
Tables come from :mod:`welfare.explore` (gap-filled, so a missing year breaks a line rather
than being drawn as zero). Example points are open circles everywhere; an aggregate over only
some regencies of a group is a diamond (:data:`INCOMPLETE_SYMBOL`), so the two never share a
symbol. Hover texts are built from the data and HTML-escaped.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from charts.style import style, wrap_lines
from ground import palette
from welfare.zone_groups import is_complete

INCOMPLETE_SYMBOL = "diamond"
GRID = "#eee"  # the light grid of the page's charts

Fmt = Callable[[float], str]


@dataclass(frozen=True)
class Look:
    """Sizes and fonts of a comparison chart (the page's by default; slides pass their own).

    ``None`` keeps the common style of :func:`charts.style.style`: title ``size + 2``, the
    DATA CONTOH mark ``size``, height 440 (520 above size 13), the page's font and margins.
    """

    size: int = 13
    line_width: float = 2.5
    marker_size: int = 8
    marker_line: float = 2.0
    font: str | None = None
    title_size: int | None = None
    example_size: int | None = None
    width: int | None = None
    height: int | None = None
    margin: dict[str, int] | None = None
    legend_y: float = -0.12
    legend_size: int | None = None
    axis_line: str | None = None  # a drawn axis line (slides), none on the page


def year_axis(
    fig: go.Figure, years: Sequence[int], dtick: int | None = None, *, max_ticks: int = 12
) -> None:
    """Whole years on the x axis, at most ``max_ticks`` labels: every year, every other one,
    every fifth... A narrow chart asks for fewer (its years collapsed to "20.." when every year
    was labelled)."""
    if dtick is None:
        span = int(max(years)) - int(min(years)) + 1 if len(years) else 1
        dtick = next((d for d in (1, 2, 5, 10) if math.ceil(span / d) <= max_ticks), 20)
    fig.update_xaxes(tickformat="d", dtick=dtick, showgrid=False)


LEGEND_CHARS = 26  # a legend entry wraps after about this many characters


def legend_below(
    fig: go.Figure,
    *,
    size: int = 13,
    plot_px: int = 340,
    chars: int = LEGEND_CHARS,
    columns: int = 3,
) -> go.Figure:
    """The legend in columns under the x axis, and a figure tall enough for plot and legend.

    A horizontal legend whose widest entry (a target's document) is over half the chart wide
    gets one entry per row, and one taller than half the figure scrolls inside the plot's
    space: the Tren page's plot was about 110 px high beside a 12-entry legend. Here long
    names wrap after ``chars`` characters, every entry is equally wide (so entries line up in
    columns) and the height is the plot's ``plot_px`` plus the legend's rows, counted for
    ``columns`` columns (a wider chart has fewer rows, so a taller plot). Call it after every
    trace is added (the reference line and targets come after :func:`compare_figure`).
    """
    entries = [tr for tr in fig.data if tr.showlegend is not False and tr.name]
    for tr in entries:
        tr.name = "<br>".join(wrap_lines(str(tr.name), chars))
    line_px = round(size * 1.3)
    rows = [entries[i : i + columns] for i in range(0, len(entries), columns)]
    legend_px = sum(max(str(tr.name).count("<br>") + 1 for tr in row) * line_px + 6 for row in rows)
    tick_px = size + 16  # the year labels under the axis and a gap
    top = fig.layout.margin.t if fig.layout.margin.t is not None else 56
    bottom = tick_px + legend_px + 8
    fig.update_layout(
        height=top + plot_px + bottom,
        margin={"b": bottom},
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -tick_px / plot_px,
            "yanchor": "top",
            "entrywidth": round(chars * size * 0.52),  # text only: Plotly adds the symbol
            "entrywidthmode": "pixels",
            "valign": "top",
        },
    )
    return fig


def _symbols(is_example: pd.Series) -> list[str]:
    return ["circle-open" if e else "circle" for e in is_example]


def point_labels(
    table: pd.DataFrame,
    *,
    unit: str,
    raw_unit: str,
    fmt: Fmt,
    fmt_raw: Fmt,
    show_raw: bool,
    example_label: str,
    no_data: str,
) -> list[str]:
    """One hover text per row of a gap-filled table (HTML-escaped)."""
    out = []
    for row in table.itertuples(index=False):
        head = f"<b>{html.escape(str(row.nama))}</b> {int(row.year)}"
        if pd.isna(row.rate):
            out.append(f"{head}<br><i>{html.escape(no_data)}</i>")
            continue
        lines = [head, f"{html.escape(fmt(row.rate))} {html.escape(unit)}"]
        if show_raw and pd.notna(row.value):
            lines.append(f"{html.escape(fmt_raw(row.value))} {html.escape(raw_unit)}")
        if row.is_example:
            lines.append(f"<b style='color:{palette.EXAMPLE}'>{html.escape(example_label)}</b>")
        out.append("<br>".join(lines))
    return out


def compare_figure(
    table: pd.DataFrame,
    codes: Sequence[str],
    *,
    title: str,
    unit: str,
    hover: Sequence[str] | None,
    example_label: str | None,
    lang: str,
    look: Look = Look(),  # noqa: B008 - frozen, so one shared default is safe
    colours: dict[str, str] | None = None,
) -> go.Figure:
    """Selected regencies as lines on one chart; missing years break the line.

    ``table`` is a gap-filled table (:func:`welfare.explore.with_gaps`) with ``nama``;
    example points are drawn as open circles. ``hover`` (one text per row of ``table``, see
    :func:`point_labels`) is left out on slides, which cannot be hovered.
    """
    colours = colours or palette.region_colours(codes)
    texts = pd.Series(list(hover), index=table.index) if hover is not None else None
    fig = go.Figure()
    for code in codes:
        rows = table[table["kode_bps"] == code].sort_values("year")
        if rows.empty:
            continue
        hover_kw = (
            {"customdata": texts[rows.index], "hovertemplate": "%{customdata}<extra></extra>"}
            if texts is not None
            else {}
        )
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=rows["rate"],
                name=str(rows["nama"].iloc[0]),
                mode="lines+markers",
                connectgaps=False,
                line={"color": colours.get(code, palette.OTHER), "width": look.line_width},
                marker={
                    "size": look.marker_size,
                    "symbol": _symbols(rows["is_example"]),
                    "line": {"width": look.marker_line},
                },
                **hover_kw,
            )
        )
    size = look.size
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=look.height or (520 if size > 13 else 440),
    )
    year_axis(fig, sorted(table["year"].unique()))
    fig.update_yaxes(title={"text": unit}, gridcolor=GRID, tickformat=",~r", rangemode="tozero")
    legend: dict = {"orientation": "h", "yanchor": "top", "y": look.legend_y, "x": 0}
    if look.legend_size:
        legend["font"] = {"size": look.legend_size}
    fig.update_layout(legend=legend)
    if look.font:
        fig.update_layout(font={"family": look.font})
    if look.title_size:
        fig.update_layout(title={"font": {"size": look.title_size}})
    if look.example_size and example_label:
        fig.update_annotations(font={"size": look.example_size})
    if look.width:
        fig.update_layout(width=look.width)
    if look.margin:
        fig.update_layout(margin=look.margin)
    if look.axis_line:
        fig.update_xaxes(linecolor=look.axis_line)
        fig.update_yaxes(linecolor=look.axis_line)
    return fig


def for_projector(fig: go.Figure, size: int) -> go.Figure:
    """A comparison chart (with its reference lines) for presenter mode, seen from 8 m.

    Thicker lines and markers, explicit dark text (the Streamlit theme's small grey ticks
    vanish on a projector), the legend beside the plot (the chart is wide on a projector, and
    the names stay readable) and no fixed height: the chart fills the screen.
    """
    fig.update_traces(line={"width": 4}, marker={"size": 12}, selector={"mode": "lines+markers"})
    dark = {"size": size, "color": "#222"}
    fig.update_xaxes(tickfont=dark)
    fig.update_yaxes(tickfont=dark, title={"font": dark})
    fig.update_layout(
        height=None,
        title={"font": {"size": size + 4, "color": "#111"}},
        margin={"l": 8, "r": 8, "t": 64, "b": 8},
        legend={
            "orientation": "v",
            "x": 1.01,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
            "font": {"size": size + 1, "color": "#111"},
        },
    )
    return fig


def facet_figure(
    table: pd.DataFrame,
    codes: Sequence[str],
    *,
    title: str,
    unit: str,
    hover: Sequence[str],
    example_label: str | None,
    lang: str,
    size: int = 13,
    colours: dict[str, str] | None = None,
    max_cols: int = 5,
) -> go.Figure:
    """Small multiples: one panel per regency, shared x and y axes, the others in grey."""
    colours = colours or palette.region_colours(codes)
    hover = pd.Series(list(hover), index=table.index)
    present = [c for c in codes if (table["kode_bps"] == c).any()]
    n = max(len(present), 1)
    cols = min(n, max_cols)
    nrows = math.ceil(n / cols)
    names = {c: str(table.loc[table["kode_bps"] == c, "nama"].iloc[0]) for c in present}
    fig = make_subplots(
        rows=nrows,
        cols=cols,
        shared_xaxes="all",
        shared_yaxes="all",
        subplot_titles=[html.escape(names[c]) for c in present],
        horizontal_spacing=0.025,
        vertical_spacing=0.16 if nrows > 1 else 0.1,
    )
    for i, code in enumerate(present):
        r, c = divmod(i, cols)
        for other in present:
            if other == code:
                continue
            rows = table[table["kode_bps"] == other].sort_values("year")
            fig.add_trace(
                go.Scatter(
                    x=rows["year"],
                    y=rows["rate"],
                    mode="lines",
                    connectgaps=False,
                    line={"color": palette.CONTEXT, "width": 1},
                    hoverinfo="skip",
                    showlegend=False,
                ),
                row=r + 1,
                col=c + 1,
            )
        rows = table[table["kode_bps"] == code].sort_values("year")
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=rows["rate"],
                mode="lines+markers",
                connectgaps=False,
                line={"color": colours.get(code, palette.OTHER), "width": 2.5},
                marker={"size": 6, "symbol": _symbols(rows["is_example"])},
                customdata=hover[rows.index],
                hovertemplate="%{customdata}<extra></extra>",
                showlegend=False,
                name=names[code],
            ),
            row=r + 1,
            col=c + 1,
        )
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=120 + nrows * (260 if size > 13 else 210),
    )
    years = sorted(table["year"].unique())
    year_axis(fig, years, dtick=max(1, math.ceil(len(years) / 4)))
    fig.update_yaxes(gridcolor=GRID, tickformat=",~r", rangemode="tozero")
    fig.update_yaxes(title={"text": unit}, col=1)
    fig.update_annotations(font={"size": size})  # subplot titles (colours are kept)
    return fig


def zone_figure(
    groups: pd.DataFrame,
    *,
    labels: dict[str, str],
    title: str,
    unit: str,
    fmt: Fmt,
    words: dict[str, str],
    region_names: dict[str, str],
    example_label: str | None,
    lang: str,
    size: int = 13,
) -> go.Figure:
    """Buffer zone vs the rest of the province, with 'n/m' regencies with data at each point.

    ``groups`` is :func:`welfare.explore.group_trend` output; ``labels`` name its groups (in
    drawing order); ``words`` holds the hover's ``no_data``, ``with_data`` ({n}, {m}) and
    ``missing`` ({names}). The line joins only complete years
    (:func:`welfare.zone_groups.is_complete`); the other years are separate diamonds.
    """
    fig = go.Figure()
    years = sorted(groups["year"].unique()) if not groups.empty else []
    for key, label in labels.items():
        rows = groups[groups["group"] == key].sort_values("year")
        if rows.empty:
            continue
        texts, hovers = [], []
        for row in rows.itertuples(index=False):
            count = f"{row.n_with_data}/{row.n_regions}"
            texts.append(count if pd.notna(row.rate) else "")
            lines = [f"<b>{html.escape(label)}</b> {int(row.year)}"]
            if pd.isna(row.rate):
                lines.append(f"<i>{html.escape(words['no_data'])}</i>")
            else:
                lines.append(f"{html.escape(fmt(row.rate))} {html.escape(unit)}")
            lines.append(html.escape(words["with_data"].format(n=row.n_with_data, m=row.n_regions)))
            if row.missing and len(row.missing) < row.n_regions:
                missing = ", ".join(region_names.get(k, k) for k in row.missing)
                lines.append(html.escape(words["missing"].format(names=missing)))
            if row.is_example:
                lines.append(
                    f"<b style='color:{palette.EXAMPLE}'>{html.escape(example_label or '')}</b>"
                )
            hovers.append("<br>".join(lines))
        colour = palette.ZONE.get(key, palette.OTHER)
        complete = is_complete(rows)
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=rows["rate"].where(complete),
                name=label,
                legendgroup=key,
                mode="lines+markers+text",
                connectgaps=False,
                text=[tx if c else "" for tx, c in zip(texts, complete, strict=True)],
                textposition="top center",
                textfont={"size": max(size - 2, 10), "color": colour},
                line={"color": colour, "width": 3},
                marker={"size": 10, "line": {"width": 2}, "symbol": _symbols(rows["is_example"])},
                customdata=hovers,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
        partial = ~complete & rows["rate"].notna().to_numpy()
        if partial.any():
            fig.add_trace(
                go.Scatter(
                    x=rows["year"],
                    y=rows["rate"].where(partial),
                    name=label,
                    legendgroup=key,
                    showlegend=False,
                    mode="markers+text",
                    text=[tx if p else "" for tx, p in zip(texts, partial, strict=True)],
                    textposition="bottom center",
                    textfont={"size": max(size - 2, 10), "color": colour},
                    marker={"size": 11, "symbol": INCOMPLETE_SYMBOL, "color": colour},
                    customdata=hovers,
                    hovertemplate="%{customdata}<extra></extra>",
                )
            )
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=520 if size > 13 else 440,
    )
    year_axis(fig, years)
    fig.update_yaxes(title={"text": unit}, gridcolor=GRID, tickformat=",~r", rangemode="tozero")
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0})
    return fig
