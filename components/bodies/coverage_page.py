"""Cakupan program page body: coverage of PKH, BPNT/Sembako and PBI-JK, and the gap to the need.

:func:`render` lays out the page: province cards for every programme, then the chosen
programme's gap map (:mod:`views.coverage_gap`; the rules in :mod:`welfare.coverage`) with its
ranking beside it, and, outside presenter mode, the denominator, need against coverage
(:mod:`charts.coverage`) and the table. Data comes cached from :mod:`components.state.data_access`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from charts.coverage import gap_bar_figure, scatter_figure
from components.state import data_access, filters
from components.state.view_state import MODE_ALL, ViewState
from components.widgets import exports, html_table, kpi, layout, leaflet_map, map_image, plot
from geo.layers import legend_html
from geo.thematic import ranking_html
from ground.markup import escape_markdown
from views import coverage_gap, source_links, table_exports
from views.coverage_gap import GapMap
from views.i18n import t
from views.kinds import data_badge
from welfare import coverage
from welfare.catalogue import PROGRAMMES, Programme, get_indicator
from welfare.explore import CoverageTable
from welfare.exporting import ExportMeta
from welfare.years import fallback_year

K_PROGRAMME = "cakupan_programme"
PROGRAMME_FRAGMENT = "cakupan_programme_view"  # the fragment under the programme switch
ZONES = ("wilayah_ikn", "penyangga", "luar")


@dataclass(frozen=True)
class Card:
    """One programme's province card: its year and coverage (None: no year with data)."""

    programme: Programme
    label: str
    year: int | None
    cov: CoverageTable | None
    footnote: str = ""  # gap and regencies with data
    over: str = ""  # over-coverage, if any (normal mode only)


def cards(state: ViewState) -> list[Card]:
    """The province card of every programme, each in its own year for the chosen one."""
    lang = state.lang
    out = []
    for prog in PROGRAMMES:
        label = t("cov.card.label", lang, programme=prog.label(lang))
        year = fallback_year(state.year, data_access.programme_years(prog.key))
        if year is None:
            out.append(Card(prog, label, None, None))
            continue
        cov = data_access.coverage(prog.key, year)
        unit = coverage_gap.need_unit(prog, lang)
        footnote = t(
            "cov.card.footnote",
            lang,
            gap=coverage_gap.count_text(cov.gap_total, lang),
            unit=unit,
            n=cov.n_with_data,
            m=cov.n_regions,
        )
        over = (
            t(
                "cov.card.over",
                lang,
                over=coverage_gap.count_text(cov.over_total, lang),
                unit=unit,
            )
            if cov.over_total
            else ""
        )
        out.append(Card(prog, label, year, cov, footnote, over))
    return out


def _summary_cards(state: ViewState) -> None:
    lang = state.lang
    programme_cards = cards(state)
    for col, card in zip(st.columns(len(programme_cards)), programme_cards, strict=True):
        with col:
            if card.cov is None:
                label = escape_markdown(card.programme.label(lang))
                st.caption(f"{label}: {t('filter.no_years', lang)}")
                continue
            kpi.card(
                label=card.label,
                value=coverage_gap.coverage_text(card.cov.province_coverage, lang),
                unit="%",
                year=card.year,
                sources=source_links.citations(card.cov.sources),
                kind=coverage.badge_kind(card.cov),
                lang=lang,
                footnote=card.footnote + (f" · {card.over}" if card.over else ""),
            )


def cards_html(state: ViewState) -> str:
    """Presenter mode: the province coverage of every programme as one row of HTML cards."""
    lang = state.lang
    cells = []
    for card in cards(state):
        if card.cov is None:
            cells.append(
                f'<div class="c"><div class="l">{html.escape(card.label)}</div>'
                f'<div class="f">{html.escape(t("filter.no_years", lang))}</div></div>'
            )
            continue
        cov = card.cov
        value = coverage_gap.coverage_text(cov.province_coverage, lang)
        cited = source_links.citations(cov.sources)
        src = source_links.sources_html(cited, lang, limit=1)
        # The whole source line stays in its tooltip when it is cut to one line.
        src_text = source_links.labels_text(cited, lang, limit=3)
        badge = data_badge(coverage.badge_kind(cov), lang)
        cells.append(
            f'<div class="c" data-programme="{html.escape(card.programme.key, quote=True)}">'
            f'<div class="l">{html.escape(card.label)} · <b>{card.year}</b></div>'
            f'<div class="v">{html.escape(value)} % {badge}</div>'
            f'<div class="f">{html.escape(card.footnote)}</div>'
            f'<div class="serambi-source" title="{html.escape(src_text, quote=True)}">{src}</div>'
            "</div>"
        )
    return f'<div class="serambi-cov-cards">{"".join(cells)}</div>'


def _programme_choice(state: ViewState) -> str:
    """The programme switch above the map; it opens on the filter's programme."""
    lang = state.lang
    if K_PROGRAMME not in st.session_state:
        st.session_state[K_PROGRAMME] = coverage.default_programme(state.indicator)
    return (
        st.segmented_control(
            t("cov.programme", lang),
            coverage.PROGRAMME_KEYS,
            key=K_PROGRAMME,
            format_func=lambda k: coverage.programme(k).label(lang),
        )
        or coverage.PROGRAMME_KEYS[0]
    )


def _selected(state: ViewState) -> tuple[str, ...]:
    return tuple(filters.selected_codes(state)) if state.regions_mode != MODE_ALL else ()


def render(state: ViewState) -> None:
    """The page; in presenter mode one focused view: cards, gap map, legend and ranking."""
    lang = state.lang
    if state.presenter:
        layout.inject_css("coverage")
    st.markdown(f"## {t('cov.title', lang)}")
    if not state.presenter:
        st.caption(t("cov.intro", lang))
        st.caption(t("coverage.two_measures", lang))
    notice_area = st.container()
    if state.presenter:
        st.html(cards_html(state))
        # The agenda step's programme; presenting, every change is a full run.
        _programme_view(state, coverage.default_programme(state.indicator), notice_area)
        return
    _summary_cards(state)
    # The programme switch changes only what is below it (and the example-data notice): one
    # keyed fragment, so a switch reruns that, not app.py, the sidebar and the cards.
    st.fragment(_chosen_programme, key=PROGRAMME_FRAGMENT)(state, notice_area)


def _chosen_programme(state: ViewState, notice_area) -> None:  # noqa: ANN001 - a container
    _programme_view(state, _programme_choice(state), notice_area)


def _programme_view(state: ViewState, key: str, notice_area) -> None:  # noqa: ANN001
    """Everything of programme ``key``: notice, heading, gap map, bar, scatter, table, files.

    ``notice_area`` is the place above the cards; it gets a new (maybe empty) container in
    every run, so a fragment rerun replaces the notice of the programme shown before."""
    lang = state.lang
    with notice_area:
        notice = st.container()
    plabel = escape_markdown(coverage.programme(key).label(lang))
    year = fallback_year(state.year, data_access.programme_years(key))
    if year is None:
        st.info(t("cov.no_data", lang, programme=plabel))
        return
    cov = data_access.coverage(key, year)
    if cov.has_example:
        with notice:
            layout.example_notice(lang, compact=state.presenter)
    if state.presenter:
        if cov.n_with_data == 0:
            st.info(t("cov.no_pairs", lang, programme=plabel, year=year))
            return
        _present_map(state, cov)
        return
    if year != state.year:
        st.info(
            t("cov.year_fallback", lang, wanted=state.year or "–", year=year, programme=plabel),
            icon=":material/event:",
        )
    st.markdown(f"### {t('cov.section', lang, programme=plabel, year=year)}")
    if cov.n_with_data == 0:
        st.info(t("cov.no_pairs", lang, programme=plabel, year=year))
        return
    _denominator(cov, lang)
    selected = _selected(state)
    gap = coverage_gap.build(cov, data_access.geo_bundle().regencies, lang=lang, selected=selected)
    _gap_map_and_bar(gap, cov, selected)
    _scatter(gap, cov)
    st.markdown(f"**{t('map.table', lang)}**")
    regencies = data_access.geo_bundle().regencies
    kemendagri = regencies.set_index("kode_bps")["kode_kemendagri"]
    frame = coverage_gap.page_table(cov, lang=lang, kemendagri=kemendagri)
    text = {t(k, lang) for k in ("col.region", "col.kode_bps", "col.kode_kemendagri")}
    source, kind = t("col.source", lang), t("col.kind", lang)
    html_table.show(  # wrapped HTML: nothing cut on the right at 1366 px
        frame,
        no_data=t("map.no_data", lang),
        numeric=[c for c in frame.columns if c not in {*text, source, kind}],
        wide=[source],
        badges={t("kind.example", lang): "serambi-badge-example"},
    )
    st.caption(t("cov.table_note", lang))
    _downloads(state, cov, gap, kemendagri)


def _downloads(state: ViewState, cov: CoverageTable, gap: GapMap, kemendagri: pd.Series) -> None:
    """The table as CSV and XLSX, like the map's (the chosen regions, or all of them)."""
    lang = state.lang
    table = table_exports.coverage_table(cov, lang=lang, kemendagri=kemendagri)
    meta = ExportMeta(
        title=t("cov.section", lang, programme=gap.label, year=gap.year),
        lang=lang,
        has_example=cov.has_example,
        sources=exports.source_lines(source_links.citations(cov.sources), lang),
        notes=(*gap.notes, t("cov.table_note", lang)),
        decimals=table.decimals,
    )
    names = dict(zip(cov.data["kode_bps"], cov.data["nama"], strict=True))
    exports.table_buttons(
        table.frame,
        meta,
        f"serambi-cakupan-{gap.programme.key}-{gap.year}",
        lang,
        key="cov",
        chosen=table_exports.chosen_regions(_selected(state), t("col.kode_bps", lang), names),
    )


def _denominator(cov: CoverageTable, lang: str) -> None:
    """The need the coverage is measured against (with its years and source), the regencies
    without a figure, and over-coverage, which is never shown as a negative gap."""
    prog = cov.programme
    need_unit = coverage_gap.need_unit(prog, lang)
    need_years = ", ".join(str(y) for y in cov.need_years) or "–"
    src = source_links.labels_text(source_links.citations(cov.need_sources), lang, 2) or "–"
    st.markdown(
        t(
            "cov.denominator",
            lang,
            need=escape_markdown(get_indicator(prog.need_id).label(lang)),
            unit=escape_markdown(need_unit),
            years=need_years,
            source=escape_markdown(src),
        )
    )
    if cov.n_with_data < cov.n_regions:
        bundle = data_access.geo_bundle()
        names = dict(zip(bundle.regencies["kode_bps"], bundle.regencies["nama"], strict=True))
        missing = [names[k] for k in coverage.missing_codes(cov)]
        st.caption(t("map.missing_regions", lang, names=escape_markdown(", ".join(missing))))
    over = coverage.over_covered(cov)
    if not over.empty:
        st.warning(
            t(
                "cov.over_warning",
                lang,
                regions=", ".join(
                    f"{escape_markdown(n)} (+{coverage_gap.count_text(v, lang)} "
                    f"{escape_markdown(need_unit)}, "
                    f"{coverage_gap.coverage_text(c, lang)} %)"
                    for n, v, c in zip(over["nama"], over["over"], over["coverage"], strict=True)
                ),
            ),
            icon=":material/report:",
        )


def _gap_map_and_bar(gap: GapMap, cov: CoverageTable, selected: tuple[str, ...]) -> None:
    """The gap map with the ranked bar and the legend notes beside it, and picture downloads."""
    lang = gap.lang
    plabel = escape_markdown(gap.label)
    stem = f"serambi-kesenjangan-{gap.programme.key}-{gap.year}"
    col_map, col_bar = st.columns([1.9, 1], gap="medium")
    with col_map:
        clicked = leaflet_map.render(
            data_access.geo_bundle(),
            gap.layer,
            lang=lang,
            layer_key=gap.key,
            height=600,
            label_px=13,
        )
    with col_bar:
        plot.show(
            gap_bar_figure(
                gap.layer.table,
                unit=gap.unit,
                gap_unit=gap.need_unit,
                fmt=gap.fmt_rate,
                fmt_raw=gap.fmt_count,
                title=t("cov.bar.title", lang, programme=plabel),
                subtitle=t("cov.bar.subtitle", lang, unit=gap.need_unit),
                axis_title=t("trend.mix.measure.per_1000", lang),
                example_label=_example_label(cov, lang),
                lang=lang,
                size=13,
                highlight=selected,
            ),
            key="cakupan_bar",
            filename=stem,
        )
        for note in [gap.gap_note, *gap.notes, gap.classes_note]:
            layout.source_line(note)
    map_image.buttons(
        gap.layer,
        title=f"{t('cov.map.title', lang, programme=plabel)} · {gap.year}",
        subtitle=gap.unit,
        sources=source_links.citations(cov.sources),
        lang=lang,
        stem=stem,
        highlight=selected,
        key="cov_map_image",
    )
    filters.handle_map_click(clicked)


def _scatter(gap: GapMap, cov: CoverageTable) -> None:
    """Need per 1.000 penduduk against coverage, one colour per zone."""
    lang = gap.lang
    plabel = escape_markdown(gap.label)
    words = {
        "title": t("cov.scatter.title", lang, programme=plabel, year=gap.year),
        "x": t("cov.scatter.x", lang, unit=gap.need_unit),
        "y": t("cov.scatter.y", lang),
        "coverage": t("cov.hover.coverage", lang),
        "need": t("cov.hover.need", lang),
        "recipients": t("cov.hover.recipients", lang),
        "gap": t("cov.hover.gap", lang),
        "over": t("cov.hover.over", lang),
        "province": t("cov.scatter.province", lang),
        "full": t("cov.scatter.full", lang),
    }
    plot.show(
        scatter_figure(
            cov,
            zones=data_access.geo_bundle().zones,
            zone_labels={z: t(f"zone.{z}", lang) for z in ZONES},
            fmt_pct=gap.fmt_percent,
            fmt_rate=gap.fmt_rate,
            fmt_raw=gap.fmt_count,
            need_unit=gap.need_unit,
            words=words,
            example_label=_example_label(cov, lang),
            lang=lang,
            size=13,
        ),
        key="cakupan_scatter",
        filename=f"serambi-sasaran-vs-cakupan-{gap.programme.key}-{gap.year}",
    )
    st.caption(t("cov.scatter.note", lang))


def _present_map(state: ViewState, cov: CoverageTable) -> None:
    """Presenter mode: the gap map, its legend and its ranking side by side."""
    lang = state.lang
    selected = _selected(state)
    gap = coverage_gap.build(
        cov, data_access.geo_bundle().regencies, lang=lang, selected=selected, font_px=18
    )
    # Legend and ranking side by side: stacked, they are taller than the map on a laptop.
    col_map, col_legend, col_side = st.columns([1.7, 0.8, 1.1], gap="medium")
    with col_map:
        clicked = leaflet_map.render(
            data_access.geo_bundle(),
            gap.layer,
            lang=lang,
            layer_key=gap.key,
            height=560,  # the presenter styles fit it to the screen
            label_px=15,  # larger than normal mode (13); 17 crowds this smaller map
            show_legend=False,
        )
    with col_legend:  # beside the map, covering no regency
        st.html(legend_html(gap.layer.legend))
    with col_side:  # the ranking is the map's text alternative
        st.html(
            ranking_html(
                gap.layer.table,
                title=t("cov.bar.title", lang, programme=gap.label),
                unit=gap.unit,
                fmt=gap.fmt_rate,
                example_label=_example_label(cov, lang),
                highlight=selected,
                font_px=17,
            )
        )
    filters.handle_map_click(clicked)


def _example_label(cov: CoverageTable, lang: str) -> str | None:
    return t("badge.example", lang) if cov.has_example else None
