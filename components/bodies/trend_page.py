"""Tren page body: the shared filter's indicator over the years.

Normal mode has four tabs (lines per regency, small multiples, the buffer zone against the
rest, the PMKS category mix); presenter mode shows the comparison alone, as tall as the
screen. Both read one :class:`TrendView` and draw the comparison with :func:`_compare`; the
figures are built in :mod:`charts.trend` and :mod:`charts.pmks_mix`, the data comes from
:mod:`components.state.data_access`, the zone groups from :mod:`welfare.zone_groups`. This module
lays the page out and puts its words on it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts.pmks_mix import MIX_TOP, OTHER_KEY, mix_figure, mix_frame
from charts.style import font_size
from charts.trend import (
    Fmt,
    Look,
    compare_figure,
    facet_figure,
    for_projector,
    legend_below,
    point_labels,
)
from components.state import data_access, filters
from components.state.view_state import MODE_BUFFER, MODE_CHOSEN, ViewState
from components.widgets import layout, plot, reference_lines
from ground import palette
from ground.markup import escape_markdown
from views import source_links
from views import trend as trend_view
from views.i18n import t
from views.trend import TrendView, mix_count_table, mix_numbers, zone_figure, zone_labels
from welfare import zone_groups
from welfare.catalogue import PMKS_CATEGORIES, RATE_VALUE, get_indicator
from welfare.exporting import neutralise_frame
from welfare.rates import METHOD_RATIO, METHOD_SUM, METHOD_WEIGHTED
from welfare.years import fallback_year

MIX_FRAGMENT = "tren_mix"  # the PMKS mix chart and its measure switch

_METHOD_KEYS = {
    METHOD_RATIO: "trend.method.ratio",
    METHOD_WEIGHTED: "trend.method.weighted",
    METHOD_SUM: "trend.method.sum",
}


def trend_data(state: ViewState) -> TrendView:
    """The Tren view model (views.trend) of the shared filter's indicator and regencies."""
    ind = data_access.indicator_catalogue().get(state.indicator)
    names = data_access.region_names()
    codes = filters.selected_codes(state)
    return trend_view.build(data_access.series(state.indicator), ind, names, codes, state.lang)


def selection_label(state: ViewState, names: dict[str, str], codes: Sequence[str]) -> str:
    buffer, chosen = state.regions_mode == MODE_BUFFER, state.regions_mode == MODE_CHOSEN
    return trend_view.regions_label(
        names, codes, state.lang, buffer=buffer, chosen=chosen and bool(state.regions)
    )


def present_alt(plotted: pd.DataFrame, *, indicator: str, unit: str, fmt: Fmt, lang: str) -> str:
    """One-sentence text alternative of the comparison chart: each regency's latest value."""
    latest = plotted.sort_values("year").groupby("kode_bps").tail(1)
    latest = latest.sort_values("rate", ascending=False)
    values = "; ".join(
        f"{n} {int(y)}: {fmt(r)}"
        for n, y, r in zip(latest["nama"], latest["year"], latest["rate"], strict=True)
    )
    return t("trend.present.alt", lang, indicator=indicator, unit=unit, values=values)


# --------------------------------------------------------------------------------------------
# page


def render(state: ViewState) -> None:
    lang = state.lang
    data = trend_data(state)
    st.markdown(f"## {t('trend.title', lang, indicator=escape_markdown(data.ind.label(lang)))}")
    if state.presenter:
        _present(state, data)
        return
    st.caption(
        t(
            "trend.intro",
            lang,
            unit=escape_markdown(data.unit),
            regions=escape_markdown(selection_label(state, data.names, data.codes)),
        )
    )
    if data.has_example:
        layout.example_notice(lang)
    tab_compare, tab_facets, tab_zone, tab_mix = st.tabs(
        [
            t("trend.tab.compare", lang),
            t("trend.tab.facets", lang),
            t("trend.tab.zone", lang),
            t("trend.tab.mix", lang),
        ]
    )
    size = font_size(state.presenter)
    file_stub = f"serambi-tren-{state.indicator}"
    if data.plotted.empty:
        for tab in (tab_compare, tab_facets):
            with tab:
                st.info(t("trend.no_data", lang))
    else:
        with tab_compare:
            fig, decorated = _compare(state, data, Look(size=size))
            # A readable plot with the legend (regencies, province line, targets) under it.
            legend_below(fig, size=size)
            plot.show(fig, key="trend_compare", filename=f"{file_stub}-perbandingan")
            if decorated:
                st.caption(t("target.trend.note", lang))
            _notes(data)
        with tab_facets:
            plot.show(
                facet_figure(
                    data.table,
                    data.shown,
                    title=t("trend.facets.title", lang, indicator=data.ind.label(lang)),
                    unit=data.unit,
                    hover=_hover(data),
                    example_label=_example_label(data),
                    lang=lang,
                    size=size,
                    colours=palette.region_colours(list(data.names)),
                    max_cols=5,
                ),
                key="trend_facets",
                filename=f"{file_stub}-per-wilayah",
            )
            _notes(data)
    with tab_zone:
        _zone_section(state, data, size, file_stub)
    with tab_mix:
        _mix_section(state, data.codes, data.names, size)


def _present(state: ViewState, data: TrendView) -> None:
    """Presenter mode: the comparison chart alone, as tall as the screen allows."""
    lang = state.lang
    if data.plotted.empty:
        st.info(t("trend.no_data", lang))
        return
    if data.has_example:
        layout.example_notice(lang, compact=True)
    size = font_size(True) + 3
    fig, _ = _compare(state, data, Look(size=size))
    for_projector(fig, size)
    offset = "10.4rem + 9vh" if data.has_example else "8.8rem + 7vh"
    with layout.fill_screen("trend_present", offset):
        plot.show(
            fig,
            key="trend_compare",
            filename=f"serambi-tren-{state.indicator}-perbandingan",
            alt=present_alt(
                data.plotted,
                indicator=data.ind.label(lang),
                unit=data.unit,
                fmt=data.fmt,
                lang=lang,
            ),
            height="stretch",
        )
    # One line under the chart: the sources (and what open markers mean).
    note = f" · {html.escape(t('trend.open_marker_note', lang))}" if data.has_example else ""
    st.html(
        f'<div class="serambi-source">'
        f"{source_links.sources_html(data.citations(), lang, limit=2)}{note}</div>"
    )


def _example_label(data: TrendView) -> str | None:
    return t("badge.example", data.lang) if data.has_example else None


def _hover(data: TrendView) -> list[str]:
    return point_labels(
        data.table,
        unit=data.unit,
        raw_unit=data.ind.unit,
        fmt=data.fmt,
        fmt_raw=data.fmt_raw,
        show_raw=data.ind.rate_kind != RATE_VALUE,
        example_label=t("badge.example", data.lang),
        no_data=t("map.no_data", data.lang),
    )


def _compare(state: ViewState, data: TrendView, look: Look) -> tuple[go.Figure, bool]:
    """The comparison chart with the official province figure ('64') and its targets."""
    lang = state.lang
    fig = compare_figure(
        data.table,
        data.shown,
        title=t(
            "trend.compare.title",
            lang,
            indicator=data.ind.label(lang),
            start=data.years[0],
            end=data.years[-1],
        ),
        unit=data.unit,
        hover=_hover(data),
        example_label=_example_label(data),
        lang=lang,
        look=look,
        colours=palette.region_colours(list(data.names)),
    )
    decorated = reference_lines.decorate(
        fig, state.indicator, lang=lang, fmt=data.fmt, unit=data.unit
    )
    return fig, decorated


def _notes(data: TrendView) -> None:
    lang = data.lang
    st.caption(t("trend.gaps_note", lang))
    if data.has_example:
        st.caption(t("trend.open_marker_note", lang))
    missing = [data.names.get(c, c) for c in data.codes if c not in set(data.shown)]
    if missing:
        st.caption(t("map.missing_regions", lang, names=escape_markdown(", ".join(missing))))
    cited = data.citations()
    if cited:
        with st.expander(t("trend.sources", lang, n=len(cited))):
            for c in cited:
                st.html(f'<div class="serambi-source">{source_links.link_html(c, lang)}</div>')


def _zone_section(state: ViewState, data: TrendView, size: int, file_stub: str) -> None:
    lang = state.lang
    ind, names = data.ind, data.names
    groups_of = zone_groups.zone_groups(names, data_access.buffer_zone_codes())
    groups = data_access.group_trend(state.indicator, groups_of)
    if groups.empty or groups["rate"].notna().sum() == 0:
        st.info(t("trend.no_data", lang))
        return
    fig = zone_figure(groups, ind, names, data.fmt, lang, size)
    plot.show(fig, key="trend_zone", filename=f"{file_stub}-penyangga")
    method = str(groups["method"].iloc[0])
    st.caption(t(_METHOD_KEYS.get(method, "trend.method.ratio"), lang))
    st.caption(
        t(
            "trend.zone.members",
            lang,
            buffer=escape_markdown(", ".join(names[c] for c in groups_of[zone_groups.BUFFER])),
            rest=escape_markdown(", ".join(names[c] for c in groups_of[zone_groups.REST])),
        )
    )
    st.caption(t("trend.zone.counts_note", lang))
    if groups.loc[groups["rate"].notna(), "is_example"].any():
        st.caption(t("trend.open_marker_note", lang))
    labels = zone_labels(lang)
    with st.expander(t("trend.zone.table", lang)):
        frame = pd.DataFrame(
            {
                t("xcol.group", lang): groups["group"].map(labels),
                t("col.year", lang): groups["year"],
                f"{t('col.rate', lang)} ({data.unit})": groups["rate"].map(
                    lambda v: data.fmt(v) if pd.notna(v) else t("map.no_data", lang)
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
    year = fallback_year(state.year, data_access.pmks_years())
    if year is None:
        st.info(t("trend.mix.no_data", lang))
        return
    if year != state.year:
        st.info(
            t("trend.mix.year_fallback", lang, wanted=state.year or "–", year=year),
            icon=":material/event:",
        )
    mix = data_access.pmks_mix(year)
    mix = mix[mix["kode_bps"].isin(codes)]
    if mix.empty:
        st.info(t("trend.mix.no_data", lang))
        return
    # The measure switch changes this chart and its table only: a fragment, so switching reruns
    # them, not app.py, the sidebar and the other tabs' charts.
    st.fragment(_mix_chart, key=MIX_FRAGMENT)(mix, year, codes, names, lang, size)


def _mix_chart(
    mix: pd.DataFrame,
    year: int,
    codes: Sequence[str],
    names: dict[str, str],
    lang: str,
    size: int,
) -> None:
    """The measure switch, the PMKS mix chart in that measure, and its table."""
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
    labels = {c: get_indicator(c).label(lang) for c in PMKS_CATEGORIES}
    n_other = len(set(mix["category"]) - set(mix_frame(mix, measure)["category"]))
    labels[OTHER_KEY] = t("trend.mix.other", lang, n=n_other)
    numbers = mix_numbers(measure, lang)  # views.trend: units and digits of the measure and count
    fig = mix_figure(
        mix,
        measure=measure,
        category_labels=labels,
        title=t("trend.mix.title", lang, year=year),
        unit=numbers.unit,
        fmt=numbers.fmt,
        fmt_raw=numbers.fmt_count,
        raw_unit=numbers.count_unit,
        example_label=t("badge.example", lang) if mix["is_example"].any() else None,
        lang=lang,
        size=size,
    )
    plot.show(fig, key="trend_mix", filename=f"serambi-komposisi-pmks-{year}-{measure}")
    st.caption(t(f"trend.mix.note.{measure}", lang, top=MIX_TOP))
    missing = [names.get(c, c) for c in codes if c not in set(mix["kode_bps"])]
    if missing:
        st.caption(t("map.missing_regions", lang, names=escape_markdown(", ".join(missing))))
    with st.expander(t("trend.mix.table", lang, year=year)):
        frame = mix_count_table(mix, labels, names, lang)  # views.trend: counts, whole
        st.dataframe(neutralise_frame(frame))
        st.caption(t("trend.mix.table_note", lang))
