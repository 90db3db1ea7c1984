"""The map page (``/peta``): choropleth, IKN overlay, ranking, table and downloads.

One entry point, :func:`render`, so ``pages/peta.py`` only reads the filter state. The page
shows one of three things for the shared state:

* the indicator in the chosen year (the normal map), with its drill-down to kecamatan
  (:mod:`components.bodies.kecamatan_map`);
* a frame of a time playback (:mod:`components.state.playback`): the same map with classes fixed
  across the years, or a hatched "tidak ada data <tahun>" for a year without data;
* the change between two years (``banding=``, :mod:`components.bodies.change_map`).

All three go through the same map element (:func:`components.widgets.leaflet_map.render`): optional
elements above the map live in containers that are always drawn, so the map keeps its place in
the element tree and is never remounted (a new iframe, a flash) when the view changes.

Everything that follows the view (the sidebar's indicator, year and region filters, the URL,
the heading, the controls, the map, the ranking, the table and the downloads) is drawn by one
keyed fragment (:mod:`components.state.view_fragment`): a change of indicator, year, level,
comparison year or a playback step reruns that fragment, not ``app.py`` and the rest of the
sidebar. A session's first run draws the title, the example-data notice and the map only; the
rest follows in the next run (:mod:`components.state.first_paint`).
"""

from __future__ import annotations

import html

import streamlit as st

from components.bodies import change_map, kecamatan_map
from components.state import current_map, data_access, filters, first_paint, playback, view_fragment
from components.state.view_state import ViewState
from components.widgets import exports, layout, leaflet_map, map_image, tables
from geo.change_layer import change_ranking_html
from geo.layers import legend_html
from geo.thematic import ranking_html
from ground.markup import escape_markdown
from views import source_links, table_exports
from views.i18n import t
from welfare import formatting

VIEW_KEY = "map_view"  # the view presets (all of Kaltim, around IKN, the cities)
CONTROLS_KEY = "map_controls"
# Height of the controls above the map in normal mode at regency level (play row, level switch
# with its hint, view presets), measured in Chromium; tests/e2e/test_map_first_paint.py checks
# that the map stays in place when they arrive.
CONTROLS_PX = 232


def render(state: ViewState) -> None:
    """The page: everything that follows the view is one keyed fragment (:func:`_view`), so a
    change of indicator, year, level, comparison year or a playback step reruns it alone."""
    if state.year is None:
        filters.view_widgets(view_fragment.sidebar_slot(), state)
        filters.show_notices()
        st.info(t("filter.no_years", state.lang))
        first_paint.stop()
    # A playing playback's steps are the fragment's timer, set here in a full run (a fragment
    # rerun keeps it; play, pause and "done" are full runs).
    every = playback.every(state)
    st.fragment(_view, key=view_fragment.MAP_KEY, run_every=every)(view_fragment.sidebar_slot())
    view_fragment.keep_reconnect_run()


def _settle() -> ViewState:
    """The view this run shows: a playback step if one is due, then the view checked against
    today's data and written to the URL (a fragment rerun skips app.py)."""
    state = filters.current()
    if state.year is not None:
        frame = playback.current(_one_year_unless_comparing(state))
        playback.end_timer(frame)
        playback.step_if_due(state, frame)
    return filters.sync_url()


def _one_year_unless_comparing(state: ViewState) -> ViewState:
    """``state`` without its comparison year unless a change map can be drawn for it (the view
    state checked the year; the kecamatan map shows one year only)."""
    at_kecamatan = kecamatan_map.scope(state) is not None
    if at_kecamatan or change_map.valid_compare_year(state) is None:
        return state.with_(compare_year=None)
    return state


def _view(slot) -> None:  # noqa: ANN001 - the sidebar container kept by app.py, or None
    """Sidebar filters, heading, controls, map, ranking, table and downloads of the view.

    The places above the map are made first (empty) and filled after the map: the map's
    message then reaches the browser first in a change, and the browser restyles the map
    before it renders the rest (the sidebar's select boxes, the heading, the controls)."""
    state = _settle()
    lang = state.lang
    # A session's first run draws the map first (components/state/first_paint.py): what is left
    # out here comes in the next run, in containers that are drawn (empty) in both.
    map_only = first_paint.pending()
    sidebar = slot.container() if slot is not None else None
    notices = st.container()
    if not map_only:  # shown once: in the run that draws the whole page
        with notices:
            filters.show_notices()

    if state.year is None:  # an import or rollback took the indicator's years away
        filters.view_widgets(sidebar, state)
        st.info(t("filter.no_years", lang))
        return

    kec_codes = kecamatan_map.scope(state)
    if kec_codes is None:
        selected = tuple(filters.selected_codes(state)) if state.regions_mode != "semua" else ()
    else:
        selected = (state.kecamatan,) if state.kecamatan in kec_codes else ()

    state = _one_year_unless_comparing(state)
    compare = state.compare_year
    frame = playback.current(state)
    font_px = 18 if state.presenter else 13
    fixed = None
    if compare is not None:
        view = change_map.build(state, font_px=font_px, selected=selected)
        heading = view.title
    else:
        fixed = playback.fixed_for(state, frame, kec_codes) if frame.active else None
        view = current_map.build(
            state.with_(year=frame.year),
            font_px=font_px,
            selected=selected,
            kecamatan=kec_codes,
            fixed=fixed,
            notice=playback.no_data_text(frame, lang),
            extra_notes=(playback.legend_note(frame, lang),) if fixed else (),
        )
        heading = f"{view.title} · {frame.year}"

    above = st.container()  # heading, breadcrumb, example-data notice

    def fill_above() -> None:
        with above:
            st.markdown(f"## {escape_markdown(heading)}")
            with st.container():
                if kec_codes is not None:
                    kecamatan_map.breadcrumb(state)
            with st.container():
                if view.has_example:
                    layout.example_notice(lang, compact=state.presenter)
        filters.view_widgets(sidebar, state)

    if kec_codes is not None and view.n_with_data == 0 and not frame.active:
        # Not an empty map: say that this indicator has no kecamatan data, with the way back.
        fill_above()
        kecamatan_map.level_control(state)
        kecamatan_map.no_data(state)
        first_paint.stop()  # nothing to wait for: the whole page at once

    col_map, col_side = st.columns([2.3, 1], gap="medium")
    comparing = (compare, state.year) if compare is not None else None
    with col_map:
        # The controls above the map, in one container that a map-first run leaves empty (but
        # as high as they will be, so the map does not move down when they arrive).
        controls = st.container(key=CONTROLS_KEY)
        preset = st.session_state.get(VIEW_KEY) or "kaltim"  # the control is drawn below
        clicked = leaflet_map.render(
            data_access.geo_bundle(),
            view.layer,
            lang=lang,
            layer_key=view.key,
            view=preset,
            height=820 if state.presenter else 640,
            label_px=17 if state.presenter else 13,
            show_legend=not state.presenter,
            geometry_src=getattr(view, "geometry_src", None),
            focus=kecamatan_map.focus(state, kec_codes)
            if kec_codes and preset == "kaltim"
            else None,
        )
        if map_only:
            first_paint.mark()
        with controls:
            if map_only:
                st.space(CONTROLS_PX)
            else:
                _controls(state, frame, comparing)
    fill_above()
    if map_only:
        return
    with col_side:
        if state.presenter:  # beside the map, so it covers no regency on the projector
            st.html(legend_html(view.layer.legend))
        else:
            change_map.selector(state)
        if compare is not None and view.n_with_data == 0:
            st.info(t("chg.empty", lang, a=view.compare_year, b=view.year))
        _ranking(view, state, selected)
        if not state.presenter:  # presenting: year and source are in the legend above
            notes = (*view.notes, *((playback.legend_note(frame, lang),) if fixed else ()))
            st.html(
                "".join(f'<div class="serambi-source">{html.escape(n)}</div>' for n in notes)
                + f'<div class="serambi-source">'
                f"{source_links.sources_html(view.sources, lang)}</div>"
            )

    filters.handle_map_click(clicked)
    _profile_link(state, view, kec_codes, selected)

    if state.presenter:
        # On the projector: title, map, legend and ranking on one screen (the ranking is the
        # text alternative of the map); the table and the downloads stay in normal mode.
        return

    # The chosen regions' rows are marked in the table; the table files hold those regions or,
    # at the user's choice, all ten with the chosen ones marked (components/widgets/exports.py). At
    # kecamatan level the files hold the regency's kecamatan, the chosen one marked on screen.
    chosen = (
        table_exports.chosen_regions(
            selected,
            t("col.kode_bps", lang),
            dict(zip(view.table["kode_bps"], view.table["nama"], strict=True)),
        )
        if kec_codes is None
        else None
    )
    if compare is not None:
        change_map.table(view, lang, chosen=selected)
        change_map.buttons(view, lang, chosen=chosen)
        stem = change_map.stem_of(view)
        title = view.title
    else:
        tables.indicator_table(view, lang, chosen=selected)
        exports.buttons(view, lang, chosen=chosen)
        stem = f"serambi-peta-{view.indicator_id}-{view.year}" + (
            "-kecamatan" if kec_codes is not None else ""
        )
        title = f"{view.title} · {view.year}"
    map_image.buttons(
        view.layer,
        title=title,
        subtitle=view.mapped_unit,
        sources=view.sources,
        lang=lang,
        highlight=selected,
        stem=stem,
        regions=kecamatan_map.shapes(kec_codes) if kec_codes is not None else None,
    )


def _controls(state: ViewState, frame: playback.Frame, comparing) -> None:  # noqa: ANN001
    """Play control, level switch and view presets (the map reads the preset's value)."""
    lang = state.lang
    if not state.presenter:
        playback.control(state, frame, comparing=comparing)
    kecamatan_map.level_control(state)
    # Presenting, the play control shares the row of the view presets: the map must fit.
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        st.segmented_control(
            t("map.view", lang),
            ["kaltim", "ikn", "kota"],
            default="kaltim",
            key=VIEW_KEY,
            format_func=lambda v: t(f"map.view.{v}", lang),
            label_visibility="collapsed" if state.presenter else "visible",
        )
        if state.presenter:
            playback.control(state, frame, compact=True, comparing=comparing)


def _ranking(view, state: ViewState, selected: tuple[str, ...]) -> None:  # noqa: ANN001
    """Plain HTML bars, one element: a chart library here cost more browser time per change
    than the whole map update (bench/README.md)."""
    lang = state.lang
    font_px = 17 if state.presenter else 13
    example = t("badge.example", lang) if view.has_example else None

    def fmt(v: float | None) -> str:
        return formatting.format_number(v, decimals=view.decimals, lang=lang)

    if isinstance(view, change_map.ChangeView):
        body = change_ranking_html(
            view.table,
            title=t("chg.ranking", lang, a=view.compare_year, b=view.year),
            unit=view.mapped_unit,
            fmt=fmt,
            example_label=example,
            highlight=selected,
            font_px=font_px,
        )
    else:
        body = ranking_html(
            view.table,
            title=t("map.ranking", lang),
            unit=view.mapped_unit,
            fmt=fmt,
            example_label=example,
            highlight=selected,
            font_px=font_px,
        )
    st.html(body)


def _profile_link(state: ViewState, view, kec_codes, selected) -> None:  # noqa: ANN001
    lang = state.lang
    if kec_codes is not None:
        kec_name = kecamatan_map.kecamatan_name(state.kecamatan if selected else None)
        if kec_name:
            st.page_link(
                "pages/profil.py",
                label=t("map.open_profile", lang, name=escape_markdown(f"Kecamatan {kec_name}")),
                icon=":material/location_city:",
            )
    elif state.regions_mode == "pilih" and len(state.regions) == 1:
        names = dict(zip(view.table["kode_bps"], view.table["nama"], strict=True))
        name = names.get(state.regions[0], state.regions[0])
        st.page_link(
            "pages/profil.py",
            label=t("map.open_profile", lang, name=escape_markdown(name)),
            icon=":material/location_city:",
        )
