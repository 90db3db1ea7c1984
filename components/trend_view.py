"""Tren page: regency lines over the years, small multiples, buffer zone vs the rest, PMKS mix.

Figure builders are pure functions (DataFrame in, Plotly figure out) so they can be tested
without Streamlit; :func:`render` wires them to the shared filter state.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from charts import palette
from charts.style import display_unit, font_size, style
from components import data_access, filters, layout, plot, reference_lines, source_links
from components.i18n import t
from components.markup import escape_markdown
from components.view_state import MODE_BUFFER, MODE_CHOSEN, ViewState
from welfare import explore, formatting
from welfare.catalogue import PMKS_CATEGORIES, RATE_VALUE, get_indicator
from welfare.exporting import neutralise_frame
from welfare.formatting import decimals_for
from welfare.queries import METHOD_RATIO, METHOD_SUM, METHOD_WEIGHTED
from welfare.years import fallback_year

# Open circles mean example data everywhere; an aggregate over only some regencies of a group
# is a diamond instead, so the two never share a symbol.
INCOMPLETE_SYMBOL = "diamond"
MIX_TOP = 9

Fmt = Callable[[float], str]


def _year_axis(fig: go.Figure, years: Sequence[int], dtick: int | None = None) -> None:
    if dtick is None:
        dtick = 1 if len(years) <= 12 else 2
    fig.update_xaxes(tickformat="d", dtick=dtick, showgrid=False)


# --------------------------------------------------------------------------------------------
# hover text


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


# --------------------------------------------------------------------------------------------
# figures


def compare_figure(
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
) -> go.Figure:
    """Selected regencies as lines on one chart; missing years break the line.

    ``table`` is a gap-filled table (:func:`welfare.explore.with_gaps`); example points are
    drawn as open circles.
    """
    colours = colours or palette.region_colours(codes)
    hover = pd.Series(list(hover), index=table.index)
    fig = go.Figure()
    for code in codes:
        rows = table[table["kode_bps"] == code].sort_values("year")
        if rows.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=rows["rate"],
                name=str(rows["nama"].iloc[0]),
                mode="lines+markers",
                connectgaps=False,
                line={"color": colours.get(code, palette.OTHER), "width": 2.5},
                marker={
                    "size": 8,
                    "symbol": ["circle-open" if e else "circle" for e in rows["is_example"]],
                    "line": {"width": 2},
                },
                customdata=hover[rows.index],
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
    _year_axis(fig, sorted(table["year"].unique()))
    fig.update_yaxes(title={"text": unit}, gridcolor="#eee", tickformat=",~r", rangemode="tozero")
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0})
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
                marker={
                    "size": 6,
                    "symbol": ["circle-open" if e else "circle" for e in rows["is_example"]],
                },
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
    _year_axis(fig, years, dtick=max(1, math.ceil(len(years) / 4)))
    fig.update_yaxes(gridcolor="#eee", tickformat=",~r", rangemode="tozero")
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

    ``groups`` is :func:`welfare.explore.group_trend` output. Years in which not every regency
    of a group has data are separate diamonds, not joined by the line.
    """
    fig = go.Figure()
    years = sorted(groups["year"].unique()) if not groups.empty else []
    for key, label in labels.items():
        rows = groups[groups["group"] == key].sort_values("year")
        if rows.empty:
            continue
        complete = rows["n_with_data"] == rows["n_regions"]
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
        complete = complete.to_numpy()
        # The line joins only years in which every regency of the group has data; a year with
        # fewer regencies is a different group of people, so it is an open marker on its own.
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
                marker={
                    "size": 10,
                    "line": {"width": 2},
                    "symbol": ["circle-open" if e else "circle" for e in rows["is_example"]],
                },
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
    _year_axis(fig, years)
    fig.update_yaxes(title={"text": unit}, gridcolor="#eee", tickformat=",~r", rangemode="tozero")
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0})
    return fig


def mix_frame(
    mix: pd.DataFrame, measure: str, *, top: int = MIX_TOP, other_key: str = "lainnya"
) -> pd.DataFrame:
    """Keep the ``top`` categories with most people over the shown regencies; sum the rest.

    Returns rows (kode_bps, nama, category, value, measure) where ``category`` is an
    indicator id or ``other_key``; per 1.000 and shares are additive, so "other" is a sum.
    """
    if mix.empty:
        return pd.DataFrame(columns=["kode_bps", "nama", "category", "value", "measure"])
    ranking = mix.groupby("category")["value"].sum().sort_values(ascending=False)
    keep = list(ranking.index[:top]) if len(ranking) > top + 1 else list(ranking.index)
    df = mix.assign(category=mix["category"].where(mix["category"].isin(keep), other_key))
    out = df.groupby(["kode_bps", "nama", "category"], as_index=False, sort=False).agg(
        value=("value", "sum"), measure=(measure, lambda s: s.sum(min_count=1))
    )
    order = {c: i for i, c in enumerate([*keep, other_key])}
    return out.sort_values(
        by="category", key=lambda s: s.map(order), kind="stable", ignore_index=True
    )


def mix_figure(
    mix: pd.DataFrame,
    *,
    measure: str,
    category_labels: dict[str, str],
    title: str,
    unit: str,
    fmt: Fmt,
    fmt_raw: Fmt,
    raw_unit: str,
    example_label: str | None,
    lang: str,
    size: int = 13,
) -> go.Figure:
    """Stacked horizontal bars of the PMKS categories per regency (largest total on top)."""
    top = mix_frame(mix, measure)
    totals = top.groupby("nama")["measure"].sum().sort_values(ascending=True)
    cats = list(dict.fromkeys(top["category"]))
    colours = list(palette.REGION)
    fig = go.Figure()
    for i, cat in enumerate(cats):
        rows = top[top["category"] == cat].set_index("nama").reindex(totals.index)
        label = category_labels.get(cat, cat)
        colour = palette.OTHER if cat == "lainnya" else colours[i % len(colours)]
        hovers = [
            f"<b>{html.escape(str(n))}</b><br>{html.escape(label)}<br>"
            f"{html.escape(fmt(m))} {html.escape(unit)}<br>"
            f"{html.escape(fmt_raw(v))} {html.escape(raw_unit)}"
            if pd.notna(m)
            else ""
            for n, m, v in zip(rows.index, rows["measure"], rows["value"], strict=True)
        ]
        fig.add_trace(
            go.Bar(
                y=list(rows.index),
                x=rows["measure"],
                name=label,
                orientation="h",
                marker={"color": colour, "line": {"color": "#fff", "width": 0.5}},
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
        height=max(320, 150 + 44 * len(totals)),
    )
    # Legend on the right, in stacking order: below the bars it would cover the last rows.
    fig.update_layout(
        barmode="stack",
        legend={
            "orientation": "v",
            "yanchor": "top",
            "y": 1,
            "x": 1.01,
            "xanchor": "left",
            "traceorder": "normal",
        },
    )
    fig.update_xaxes(title={"text": unit}, gridcolor="#eee", tickformat=",~r")
    fig.update_yaxes(automargin=True)
    return fig


# --------------------------------------------------------------------------------------------
# cached data


@st.cache_data(show_spinner=False, max_entries=64)
def _group_trend(
    indicator_id: str, groups: tuple[tuple[str, tuple[str, ...]], ...], version: str
) -> pd.DataFrame:
    return explore.group_trend(data_access.engine(), indicator_id, dict(groups))


def group_trend(indicator_id: str, groups: dict[str, list[str]]) -> pd.DataFrame:
    key = tuple((k, tuple(v)) for k, v in groups.items())
    return _group_trend(indicator_id, key, data_access.data_version())


@st.cache_data(show_spinner=False, max_entries=4)
def _pmks_years(version: str) -> list[int]:
    return explore.pmks_years(data_access.engine())


def pmks_years() -> list[int]:
    return _pmks_years(data_access.data_version())


@st.cache_data(show_spinner=False, max_entries=32)
def _pmks_mix(year: int, version: str) -> pd.DataFrame:
    return explore.pmks_mix(data_access.engine(), year)


def pmks_mix(year: int) -> pd.DataFrame:
    return _pmks_mix(year, data_access.data_version())


def selection_label(state: ViewState, names: dict[str, str], codes: Sequence[str]) -> str:
    lang = state.lang
    if state.regions_mode == MODE_BUFFER:
        return t("filter.regions.buffer", lang)
    if state.regions_mode == MODE_CHOSEN and state.regions:
        return ", ".join(names.get(c, c) for c in codes)
    return t("filter.regions.all", lang)


# --------------------------------------------------------------------------------------------
# page


def render(state: ViewState) -> None:
    lang = state.lang
    size = font_size(state.presenter)
    cat = data_access.indicator_catalogue()
    ind = cat.get(state.indicator)
    bundle = data_access.geo_bundle()
    names = dict(zip(bundle.regencies["kode_bps"], bundle.regencies["nama"], strict=True))
    codes = filters.selected_codes(state)
    example_label = t("badge.example", lang)
    unit = display_unit(ind, lang)

    series = data_access.series(state.indicator)
    series = series[series["kode_bps"].isin(codes)]
    years = explore.year_grid(series.loc[series["rate"].notna(), "year"])
    table = explore.with_gaps(series, codes, years) if years else series.iloc[0:0]
    table = table.assign(nama=table["kode_bps"].map(names))
    plotted = table[table["rate"].notna()]
    has_example = bool(plotted["is_example"].any())

    st.markdown(f"## {t('trend.title', lang, indicator=escape_markdown(ind.label(lang)))}")
    if state.presenter:
        _present(state, ind, table, plotted, codes, names, years, unit)
        return
    st.caption(
        t(
            "trend.intro",
            lang,
            unit=escape_markdown(unit),
            regions=escape_markdown(selection_label(state, names, codes)),
        )
    )
    if has_example:
        layout.example_notice(lang)

    decimals = decimals_for(plotted["rate"], ind.kind) if not plotted.empty else 2
    raw_decimals = 0 if ind.kind == "count" else decimals

    def fmt(v: float) -> str:
        return formatting.format_number(v, decimals=decimals, lang=lang)

    def fmt_raw(v: float) -> str:
        return formatting.format_number(v, decimals=raw_decimals, lang=lang)

    tab_compare, tab_facets, tab_zone, tab_mix = st.tabs(
        [
            t("trend.tab.compare", lang),
            t("trend.tab.facets", lang),
            t("trend.tab.zone", lang),
            t("trend.tab.mix", lang),
        ]
    )
    colours = palette.region_colours(list(names))
    file_stub = f"serambi-tren-{state.indicator}"
    if plotted.empty:
        for tab in (tab_compare, tab_facets):
            with tab:
                st.info(t("trend.no_data", lang))
    else:
        hover = point_labels(
            table,
            unit=unit,
            raw_unit=ind.unit,
            fmt=fmt,
            fmt_raw=fmt_raw,
            show_raw=ind.rate_kind != RATE_VALUE,
            example_label=example_label,
            no_data=t("map.no_data", lang),
        )
        shown = [c for c in codes if c in set(plotted["kode_bps"])]
        label = example_label if has_example else None
        with tab_compare:
            fig = compare_figure(
                table,
                shown,
                title=t(
                    "trend.compare.title",
                    lang,
                    indicator=ind.label(lang),
                    start=years[0],
                    end=years[-1],
                ),
                unit=unit,
                hover=hover,
                example_label=label,
                lang=lang,
                size=size,
                colours=colours,
            )
            # The official province figure ('64') and its targets, each with its document.
            decorated = reference_lines.decorate(
                fig, state.indicator, lang=lang, fmt=fmt, unit=unit
            )
            plot.show(fig, key="trend_compare", filename=f"{file_stub}-perbandingan")
            if decorated:
                st.caption(t("target.trend.note", lang))
            _notes(lang, plotted, has_example, codes, names)
        with tab_facets:
            plot.show(
                facet_figure(
                    table,
                    shown,
                    title=t("trend.facets.title", lang, indicator=ind.label(lang)),
                    unit=unit,
                    hover=hover,
                    example_label=label,
                    lang=lang,
                    size=size,
                    colours=colours,
                    max_cols=5,
                ),
                key="trend_facets",
                filename=f"{file_stub}-per-wilayah",
            )
            _notes(lang, plotted, has_example, codes, names)
    with tab_zone:
        _zone_section(state, ind, names, fmt, size, file_stub)
    with tab_mix:
        _mix_section(state, codes, names, size)


def present_alt(plotted: pd.DataFrame, *, indicator: str, unit: str, fmt: Fmt, lang: str) -> str:
    """One-sentence text alternative of the comparison chart: each regency's latest value."""
    latest = plotted.sort_values("year").groupby("kode_bps").tail(1)
    latest = latest.sort_values("rate", ascending=False)
    values = "; ".join(
        f"{n} {int(y)}: {fmt(r)}"
        for n, y, r in zip(latest["nama"], latest["year"], latest["rate"], strict=True)
    )
    return t("trend.present.alt", lang, indicator=indicator, unit=unit, values=values)


def _present(
    state: ViewState,
    ind,  # noqa: ANN001
    table: pd.DataFrame,
    plotted: pd.DataFrame,
    codes: Sequence[str],
    names: dict[str, str],
    years: Sequence[int],
    unit: str,
) -> None:
    """Presenter mode: the comparison chart alone, as tall as the screen allows."""
    lang = state.lang
    if plotted.empty:
        st.info(t("trend.no_data", lang))
        return
    has_example = bool(plotted["is_example"].any())
    if has_example:
        layout.example_notice(lang, compact=True)
    decimals = decimals_for(plotted["rate"], ind.kind)

    def fmt(v: float) -> str:
        return formatting.format_number(v, decimals=decimals, lang=lang)

    size = font_size(True) + 3
    example_label = t("badge.example", lang)
    hover = point_labels(
        table,
        unit=unit,
        raw_unit=ind.unit,
        fmt=fmt,
        fmt_raw=lambda v: formatting.format_number(v, decimals=0, lang=lang),
        show_raw=ind.rate_kind != RATE_VALUE,
        example_label=example_label,
        no_data=t("map.no_data", lang),
    )
    shown = [c for c in codes if c in set(plotted["kode_bps"])]
    fig = compare_figure(
        table,
        shown,
        title=t(
            "trend.compare.title",
            lang,
            indicator=ind.label(lang),
            start=years[0],
            end=years[-1],
        ),
        unit=unit,
        hover=hover,
        example_label=example_label if has_example else None,
        lang=lang,
        size=size,
        colours=palette.region_colours(list(names)),
    )
    reference_lines.decorate(fig, state.indicator, lang=lang, fmt=fmt, unit=unit)
    fig.update_traces(line={"width": 4}, marker={"size": 12}, selector={"mode": "lines+markers"})
    # Explicit sizes and dark text: the Streamlit theme's small grey ticks vanish at 8 m.
    dark = {"size": size, "color": "#222"}
    fig.update_xaxes(tickfont=dark)
    fig.update_yaxes(tickfont=dark, title={"font": dark})
    fig.update_layout(
        height=None,
        title={"font": {"size": size + 4, "color": "#111"}},
        margin={"l": 8, "r": 8, "t": 64, "b": 8},
        # Beside the plot: the chart is wide on a projector, and the names stay readable.
        legend={
            "orientation": "v",
            "x": 1.01,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
            "font": {"size": size + 1, "color": "#111"},
        },
    )
    offset = "10.4rem + 9vh" if has_example else "8.8rem + 7vh"
    with layout.fill_screen("trend_present", offset):
        plot.show(
            fig,
            key="trend_compare",
            filename=f"serambi-tren-{state.indicator}-perbandingan",
            alt=present_alt(
                plotted,
                indicator=ind.label(lang),
                unit=unit,
                fmt=fmt,
                lang=lang,
            ),
            height="stretch",
        )
    kinds = plotted["dataset_kind"] if "dataset_kind" in plotted else None
    cited = source_links.citations(list(plotted["source"]), None if kinds is None else list(kinds))
    # One line under the chart: the sources (and what open markers mean).
    note = f" · {html.escape(t('trend.open_marker_note', lang))}" if has_example else ""
    st.html(
        f'<div class="serambi-source">{source_links.sources_html(cited, lang, limit=2)}{note}</div>'
    )


def _notes(
    lang: str, plotted: pd.DataFrame, has_example: bool, codes: Sequence[str], names: dict[str, str]
) -> None:
    st.caption(t("trend.gaps_note", lang))
    if has_example:
        st.caption(t("trend.open_marker_note", lang))
    missing = [names.get(c, c) for c in codes if c not in set(plotted["kode_bps"])]
    if missing:
        st.caption(t("map.missing_regions", lang, names=escape_markdown(", ".join(missing))))
    kinds = plotted["dataset_kind"] if "dataset_kind" in plotted else None
    cited = source_links.citations(list(plotted["source"]), None if kinds is None else list(kinds))
    if cited:
        with st.expander(t("trend.sources", lang, n=len(cited))):
            for c in cited:
                st.html(f'<div class="serambi-source">{source_links.link_html(c, lang)}</div>')


_METHOD_KEYS = {
    METHOD_RATIO: "trend.method.ratio",
    METHOD_WEIGHTED: "trend.method.weighted",
    METHOD_SUM: "trend.method.sum",
}


def _zone_section(
    state: ViewState,
    ind,
    names: dict[str, str],
    fmt: Fmt,  # noqa: ANN001
    size: int,
    file_stub: str,
) -> None:
    lang = state.lang
    buffer = data_access.buffer_zone_codes()
    rest = [c for c in names if c not in buffer]
    groups = group_trend(state.indicator, {"zona": buffer, "luar": rest})
    if groups.empty or groups["rate"].notna().sum() == 0:
        st.info(t("trend.no_data", lang))
        return
    shown = groups[groups["rate"].notna()]
    has_example = bool(shown["is_example"].any())
    labels = {"zona": t("trend.zone.buffer", lang), "luar": t("trend.zone.rest", lang)}
    words = {
        "no_data": t("map.no_data", lang),
        "with_data": t("trend.zone.with_data", lang),
        "missing": t("trend.zone.missing", lang),
    }
    fig = zone_figure(
        groups,
        labels=labels,
        title=t("trend.zone.title", lang, indicator=ind.label(lang)),
        unit=display_unit(ind, lang),
        fmt=fmt,
        words=words,
        region_names=names,
        example_label=t("badge.example", lang) if has_example else None,
        lang=lang,
        size=size,
    )
    plot.show(fig, key="trend_zone", filename=f"{file_stub}-penyangga")
    method = str(groups["method"].iloc[0])
    st.caption(t(_METHOD_KEYS.get(method, "trend.method.ratio"), lang))
    st.caption(
        t(
            "trend.zone.members",
            lang,
            buffer=escape_markdown(", ".join(names[c] for c in buffer)),
            rest=escape_markdown(", ".join(names[c] for c in rest)),
        )
    )
    st.caption(t("trend.zone.counts_note", lang))
    if has_example:
        st.caption(t("trend.open_marker_note", lang))
    with st.expander(t("trend.zone.table", lang)):
        frame = pd.DataFrame(
            {
                t("xcol.group", lang): groups["group"].map(labels),
                t("col.year", lang): groups["year"],
                f"{t('col.rate', lang)} ({display_unit(ind, lang)})": groups["rate"].map(
                    lambda v: fmt(v) if pd.notna(v) else t("map.no_data", lang)
                ),
                t("xcol.with_data", lang): [
                    f"{n}/{m}"
                    for n, m in zip(groups["n_with_data"], groups["n_regions"], strict=True)
                ],
                t("xcol.missing", lang): groups["missing"].map(
                    lambda ks: ", ".join(names.get(k, k) for k in ks)
                ),
                t("col.kind", lang): groups["is_example"].map(
                    lambda e: t("kind.example", lang) if e else ""
                ),
            }
        )
        st.dataframe(neutralise_frame(frame), hide_index=True)


def _mix_section(state: ViewState, codes: Sequence[str], names: dict[str, str], size: int) -> None:
    lang = state.lang
    years = pmks_years()
    year = fallback_year(state.year, years)
    if year is None:
        st.info(t("trend.mix.no_data", lang))
        return
    if year != state.year:
        st.info(
            t("trend.mix.year_fallback", lang, wanted=state.year or "–", year=year),
            icon=":material/event:",
        )
    mix = pmks_mix(year)
    mix = mix[mix["kode_bps"].isin(codes)]
    if mix.empty:
        st.info(t("trend.mix.no_data", lang))
        return
    measure = (
        st.segmented_control(
            t("trend.mix.measure", lang),
            ["per_1000", "share"],
            default="per_1000",
            key="trend_mix_measure",
            format_func=lambda m: t(f"trend.mix.measure.{m}", lang),
        )
        or "per_1000"
    )
    has_example = bool(mix["is_example"].any())
    labels = {c: get_indicator(c).label(lang) for c in PMKS_CATEGORIES}
    top = mix_frame(mix, measure)
    n_other = len(set(mix["category"]) - set(top["category"]))
    labels["lainnya"] = t("trend.mix.other", lang, n=n_other)
    unit = (
        get_indicator("pmks_total").rate_unit(lang)
        if measure == "per_1000"
        else t("trend.mix.share_unit", lang)
    )
    decimals = 2 if measure == "per_1000" else 1

    def fmt(v: float) -> str:
        return formatting.format_number(v, decimals=decimals, lang=lang)

    def fmt_raw(v: float) -> str:
        return formatting.format_number(v, decimals=0, lang=lang)

    fig = mix_figure(
        mix,
        measure=measure,
        category_labels=labels,
        title=t("trend.mix.title", lang, year=year),
        unit=unit,
        fmt=fmt,
        fmt_raw=fmt_raw,
        raw_unit="jiwa" if lang == "id" else "people",
        example_label=t("badge.example", lang) if has_example else None,
        lang=lang,
        size=size,
    )
    plot.show(fig, key="trend_mix", filename=f"serambi-komposisi-pmks-{year}-{measure}")
    st.caption(t(f"trend.mix.note.{measure}", lang, top=MIX_TOP))
    missing = [names.get(c, c) for c in codes if c not in set(mix["kode_bps"])]
    if missing:
        st.caption(t("map.missing_regions", lang, names=escape_markdown(", ".join(missing))))
    with st.expander(t("trend.mix.table", lang, year=year)):
        pivot = mix.pivot_table(index="category", columns="kode_bps", values="value", aggfunc="sum")
        pivot = pivot.reindex([c for c in PMKS_CATEGORIES if c in pivot.index])
        frame = pivot.map(lambda v: formatting.format_number(v, 0, lang) if pd.notna(v) else "")
        frame.index = [labels[c] for c in frame.index]
        frame.columns = [names.get(c, c) for c in frame.columns]
        st.dataframe(neutralise_frame(frame))
        st.caption(t("trend.mix.table_note", lang))
