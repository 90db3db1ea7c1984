"""Sinkronisasi program page body: which level of government acts on which counted need, where
no level acts (a gap) and where levels overlap, the map of one group's reached against need,
and one regency's "who does what".

What it says comes from :mod:`views.programme_sync` (rules in :mod:`welfare.register.sync`);
the register and needs come cached from :mod:`components.state.register_access`. In presenter
mode one focused view: the counts, the matrix and the overlaps.
"""

from __future__ import annotations

import html

import streamlit as st

from components.state import data_access, filters, register_access
from components.state.view_state import MODE_ALL, ViewState
from components.widgets import activity_table, exports, html_table, layout, leaflet_map
from ground.markup import escape_markdown
from views import programme_map
from views import programme_sync as pv
from views.i18n import t
from welfare.exporting import ExportMeta
from welfare.register import catalogue, sync
from welfare.years import fallback_year

K_GROUPS = "sync_groups"
K_MAP_GROUP = "sync_map_group"
K_WHO = "sync_who_region"
DEFAULT_WHO = "6409"  # Penajam Paser Utara, where IKN is built
PRESENTER_ROWS = 7  # matrix rows that fit one 1366x768 screen with the counts and legend


def _selected(state: ViewState) -> tuple[str, ...]:
    return tuple(filters.selected_codes(state)) if state.regions_mode != MODE_ALL else ()


def _legend(lang: str) -> str:
    items = [
        ("#f6c5c0", "sync.state.gap"),
        ("#fff3c4", "sync.state.one"),
        ("#c6e5c8", "sync.state.several"),
        ("#dddddd", "sync.state.province"),
    ]
    spans = "".join(
        f'<span><span class="k" style="background:{c}"></span>{html.escape(t(k, lang))}</span>'
        for c, k in items
    )
    flag = html.escape(t("sync.overlap.flag", lang))
    badges = html.escape(pv.badge_legend(lang))
    return (
        f'<div class="serambi-sync-legend">{spans}<span>⚠ {flag}</span></div>'
        f'<div class="serambi-sync-legend">{badges}</div>'
    )


def render(state: ViewState) -> None:
    lang = state.lang
    layout.inject_css("sync")
    activities = register_access.activities()
    years = sync.years(activities)
    year = fallback_year(state.year, years)
    if year is None:
        st.markdown(f"## {t('nav.sinkronisasi', lang)}")
        st.info(t("sync.who.empty", lang, region="Kalimantan Timur", year=state.year or "–"))
        return
    st.markdown(f"## {escape_markdown(t('sync.title', lang, year=year))}")
    if not state.presenter:
        st.caption(t("sync.subtitle", lang))
    if state.year is not None and year != state.year:
        st.info(
            t("sync.no_activity_year", lang, year=state.year, years=", ".join(map(str, years))),
            icon=":material/event:",
        )
    groups: list[str] = []
    if not state.presenter:
        options = [g.id for g in catalogue.target_groups()]
        groups = st.multiselect(
            t("sync.groups", lang),
            options,
            format_func=lambda g: catalogue.target_group(g).label(lang),
            key=K_GROUPS,
            help=t("sync.groups.help", lang),
            placeholder=t("sync.groups.all", lang),
        )
    regencies = register_access.regencies()
    view = pv.build(activities, register_access.needs(year), regencies, year, lang, groups)
    if view.has_example:
        layout.example_notice(lang, compact=state.presenter)
    if not state.presenter:
        st.markdown(f"### {t('sync.matrix', lang)}")
    st.html(f'<div class="serambi-sync-counts">{html.escape(view.counts)}</div>')
    shown, more = pv.focus(view, PRESENTER_ROWS) if state.presenter else (view, "")
    matrix = pv.matrix_html(shown, pv.SHORT_NAMES) + _legend(lang)
    if state.presenter:
        matrix = f'<div class="serambi-sync-present">{matrix}</div>'
    st.html(matrix)
    if more:
        layout.source_line(more)
    if not state.presenter:  # on the projector the legend above says it
        layout.source_line(view.notes[0])
    needs = "; ".join(c.label(lang) for c in view.sources) or "–"
    layout.source_line(t("sync.sources", lang, activities=view.register_note, needs=needs))
    if state.presenter and not view.overlaps:
        layout.source_line(t("sync.overlap.none", lang, year=view.year))
        return
    _overlaps(view, regencies)
    if state.presenter:
        return
    _map(state, view)
    _who(state, activities, regencies, year)
    _downloads(view, activities, year)


def _overlaps(view: pv.SyncView, regencies) -> None:  # noqa: ANN001 - DataFrame
    lang = view.lang
    st.markdown(f"### {t('sync.overlap.title', lang)}")
    names = dict(zip(regencies["kode_bps"], regencies["nama"], strict=True))
    frame = pv.overlap_table(view, names)
    if frame.empty:
        st.caption(t("sync.overlap.none", lang, year=view.year))
    else:
        html_table.show(
            frame,
            no_data="–",
            numeric=[t("sync.col.realised", lang), t("sync.col.need", lang)],
            wide=[t("sync.col.sources", lang)],
        )
    st.caption(t("sync.overlap.caption", lang))


def _map(state: ViewState, view: pv.SyncView) -> None:
    lang = state.lang
    with_need = [g for g, _ in view.groups if catalogue.target_group(g).need]
    if not with_need:
        return
    default = "rtlh" if "rtlh" in with_need else with_need[0]
    if st.session_state.get(K_MAP_GROUP) not in with_need:
        st.session_state[K_MAP_GROUP] = default
    group = st.selectbox(
        t("sync.map.group", lang),
        with_need,
        format_func=lambda g: catalogue.target_group(g).label(lang),
        key=K_MAP_GROUP,
    )
    layer = programme_map.coverage_layer(
        view, group, data_access.geo_bundle().regencies, selected=_selected(state)
    )
    if layer is None:
        st.caption(t("sync.map.no_need", lang))
        return
    title = t("sync.map.title", lang, group=catalogue.target_group(group).label(lang))
    st.markdown(f"### {escape_markdown(title)} · {view.year}")
    clicked = leaflet_map.render(
        data_access.geo_bundle(),
        layer,
        lang=lang,
        layer_key=f"sync-{group}-{view.year}",
        height=520,
    )
    filters.handle_map_click(clicked)


def _who(state: ViewState, activities, regencies, year: int) -> None:  # noqa: ANN001
    lang = state.lang
    codes = list(regencies["kode_bps"])
    names = dict(zip(regencies["kode_bps"], regencies["nama"], strict=True))
    chosen = _selected(state)
    default = chosen[0] if chosen else DEFAULT_WHO
    if st.session_state.get(K_WHO) not in codes or (
        chosen and st.session_state[K_WHO] not in chosen
    ):
        st.session_state[K_WHO] = default
    kode = st.selectbox(t("sync.who.region", lang), codes, format_func=names.get, key=K_WHO)
    who = pv.who_does_what(
        activities, kode, names[kode], year, lang, register_access.kecamatan_names()
    )
    st.markdown(f"### {escape_markdown(who.title)} · {year}")
    activity_table.show(who, lang)


def _downloads(view: pv.SyncView, activities, year: int) -> None:  # noqa: ANN001
    lang = view.lang
    st.markdown(f"**{t('sync.download', lang)}**")
    meta = ExportMeta(
        title=view.title,
        lang=lang,
        has_example=view.has_example,
        sources=exports.source_lines(view.sources, lang),
        notes=(*view.notes, view.register_note),
    )
    exports.table_buttons(
        pv.matrix_table(view), meta, f"serambi-sinkronisasi-{year}", lang, key="sync_matrix"
    )
    table = pv.register_table(sync.active_in(activities, year), lang)
    exports.table_buttons(table, meta, f"serambi-kegiatan-{year}", lang, key="sync_acts")
