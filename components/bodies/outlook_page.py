"""Antisipasi page body: how much more need the regencies around IKN should prepare for if
today's rates hold, where it grows fastest, and where the population figures come from.

Normal mode: the choice of regions, measure and target year; the cards with the method and a
worked example; the map and ranked bars of where need grows fastest to 2030 and 2035; the
population lines of one region (four concepts, never joined) with growth rates; the kecamatan
around IKN. Presenter mode is one focused view: the cards of the step's regions to 2030 with the
method and its worked example, as on the step's slide (:mod:`views.slide_outlook`).
"""

from __future__ import annotations

import streamlit as st

from components.bodies import outlook_need, outlook_population
from components.state import data_access, filters, outlook_access
from components.state.view_state import MODE_ALL, ViewState
from components.widgets import layout, presenter
from ground.markup import escape_markdown
from views import outlook_view as ov
from views import signal_view
from views.agenda import read_agenda
from views.i18n import t
from views.pages import PAGE_PATHS

PAGE = "antisipasi"
K_REGIONS = "outlook_regions"
K_REGIONS_FROM = "outlook_regions_from"
K_MEASURE = "outlook_measure"
K_YEAR = "outlook_year"


def chosen_regions(state: ViewState) -> tuple[str, ...]:
    """The shared view's regions (chosen, or the buffer zone), else PPU and Kukar."""
    if state.regions_mode == MODE_ALL:
        return ov.DEFAULT_REGIONS
    return tuple(filters.selected_codes(state)) or ov.DEFAULT_REGIONS


def agenda_measure(state: ViewState) -> str:
    """The measure on the projector: the one the agenda step on screen names (its
    ``indikator``, as on its slide), else DTSEN families in PKH's deciles."""
    index = st.session_state.get(presenter.K_STEP, -1)
    steps = read_agenda(pages=PAGE_PATHS).steps
    if state.presenter and 0 <= index < len(steps) and steps[index].page == PAGE:
        return ov.measure_for_indicator(steps[index].indicator) or ov.DEFAULT_MEASURE
    return ov.DEFAULT_MEASURE


def _on_regions() -> None:
    codes = st.session_state.get(K_REGIONS) or []
    filters.apply({"wilayah": ",".join(codes) or None})


def _controls(state: ViewState) -> tuple[tuple[str, ...], str, int]:
    lang = state.lang
    names = data_access.region_names()
    wanted = chosen_regions(state)
    if st.session_state.get(K_REGIONS_FROM) != wanted:
        st.session_state[K_REGIONS] = list(wanted)
        st.session_state[K_REGIONS_FROM] = wanted
    c_regions, c_measure, c_year = st.columns([1.4, 1.4, 0.7], vertical_alignment="bottom")
    c_regions.multiselect(
        t("outlook.regions", lang),
        list(names),
        format_func=names.get,
        key=K_REGIONS,
        on_change=_on_regions,
        help=t("outlook.regions.help", lang),
    )
    keys = ov.measure_keys()
    if st.session_state.get(K_MEASURE) not in keys:
        st.session_state[K_MEASURE] = ov.DEFAULT_MEASURE
    measure = c_measure.selectbox(
        t("outlook.measure", lang),
        keys,
        format_func=lambda k: ov.measure_label(ov.measure_of(k), lang),
        key=K_MEASURE,
    )
    if st.session_state.get(K_YEAR) not in ov.TARGET_YEARS:
        st.session_state[K_YEAR] = ov.DEFAULT_YEAR
    year = c_year.segmented_control(t("outlook.year", lang), ov.TARGET_YEARS, key=K_YEAR)
    return wanted, measure, int(year or ov.DEFAULT_YEAR)


def _signals_link(lang: str) -> None:
    report, _ = outlook_access.signals()
    label = t("outlook.signals.link", lang, card=signal_view.card_text(report, lang))
    st.page_link("pages/sinyal.py", label=label, icon=":material/notifications_active:")


def render(state: ViewState) -> None:
    lang = state.lang
    layout.inject_css("outlook")
    if state.presenter:
        codes, measure, year = chosen_regions(state), agenda_measure(state), ov.DEFAULT_YEAR
        need = outlook_need.view(codes, measure, year, lang)
        st.markdown(f"## {escape_markdown(need.title)}")
        outlook_need.cards(need, presenter=True)
        return
    st.markdown(f"## {t('outlook.title', lang)}")
    st.caption(t("outlook.subtitle", lang))
    _signals_link(lang)
    codes, measure, year = _controls(state)
    need = outlook_need.view(codes, measure, year, lang)
    st.markdown(f"### {escape_markdown(need.title)}")
    outlook_need.cards(need, presenter=False)
    outlook_need.growth(measure, year, codes, lang, need.measure, need.unit)
    outlook_population.section(codes[0], lang)
    outlook_population.kecamatan(lang)
