"""The one shared filter state (indicator, year, regions, language, presenter mode, level).

Every page reads :func:`current` instead of building its own widgets, so a choice made on the
map is still there on the trend page, and the URL always reproduces the view.

The state lives in plain session-state keys (``f_*``); the sidebar widgets have their own keys
(``w_*``), are seeded from the state before they are drawn and copy back in ``on_change``.
Streamlit forgets the value of a widget that was not drawn in a run (for instance when a run
stops early for ``st.switch_page``); the plain keys survive that.
"""

from __future__ import annotations

import streamlit as st

from components import data_access
from components.i18n import t
from components.markup import escape_markdown
from components.view_state import (
    LEVEL_KECAMATAN,
    LEVEL_REGENCY,
    MODE_ALL,
    MODE_BUFFER,
    MODE_CHOSEN,
    REGION_MODES,
    ViewState,
    parse_query,
    to_query,
)

DEFAULT_INDICATOR = "penduduk_miskin_persen"

K_INDICATOR = "f_indicator"
K_YEAR = "f_year"
K_MODE = "f_regions_mode"
K_REGIONS = "f_regions"
K_LANG = "f_lang"
K_PRESENTER = "f_presenter"
K_LEVEL = "f_level"  # kabupaten | kecamatan (the map's drill-down)
K_KECAMATAN = "f_kecamatan"  # Kemendagri code of the kecamatan chosen on the map
K_INIT = "f_initialised"
_WIDGET = {
    K_INDICATOR: "w_indicator",
    K_YEAR: "w_year",
    K_MODE: "w_regions_mode",
    K_REGIONS: "w_regions",
    K_LANG: "w_lang",
    K_PRESENTER: "w_presenter",
    K_LEVEL: "w_level",
}
# The map's level control shows one of these; each is a (level, regions mode) pair.
LEVEL_CHOICE_REGENCY = "kabupaten"
LEVEL_CHOICE_KECAMATAN = "kecamatan"
LEVEL_CHOICE_AROUND_IKN = "sekitar_ikn"
K_NOTICES = "f_notices"


def _region_names() -> dict[str, str]:
    reg = data_access.geo_bundle().regencies
    return dict(zip(reg["kode_bps"], reg["nama"], strict=True))


def indicators_with_data() -> list[str]:
    cat = data_access.indicator_catalogue()
    with_data = data_access.years_by_indicator()
    return [i.id for i in cat.ordered() if with_data.get(i.id)]


def init_from_url() -> None:
    """On a session's first run, take the view from the URL (with notices for bad values)."""
    if st.session_state.get(K_INIT):
        return
    state = parse_query(
        st.query_params.to_dict(),
        indicators=indicators_with_data(),
        default_indicator=DEFAULT_INDICATOR,
        years_for=data_access.years,
        region_codes=_region_names().keys(),
        default_year_for=lambda ind: data_access.default_year(ind).year,
        kecamatan_codes=data_access.kecamatan_codes(),
    )
    st.session_state[K_INDICATOR] = state.indicator
    st.session_state[K_YEAR] = state.year
    st.session_state[K_MODE] = state.regions_mode
    st.session_state[K_REGIONS] = list(state.regions)
    st.session_state[K_LANG] = state.lang
    st.session_state[K_PRESENTER] = state.presenter
    st.session_state[K_LEVEL] = state.level
    st.session_state[K_KECAMATAN] = state.kecamatan
    st.session_state[K_NOTICES] = list(state.notices)
    st.session_state[K_INIT] = True


def current() -> ViewState:
    return ViewState(
        indicator=st.session_state.get(K_INDICATOR, DEFAULT_INDICATOR),
        year=st.session_state.get(K_YEAR),
        regions_mode=st.session_state.get(K_MODE, MODE_ALL),
        regions=tuple(st.session_state.get(K_REGIONS, ())),
        lang=st.session_state.get(K_LANG, "id"),
        presenter=bool(st.session_state.get(K_PRESENTER, False)),
        level=st.session_state.get(K_LEVEL, LEVEL_REGENCY),
        kecamatan=st.session_state.get(K_KECAMATAN),
    )


def lang() -> str:
    return st.session_state.get(K_LANG, "id")


def selected_codes(state: ViewState | None = None) -> list[str]:
    """BPS codes the user is looking at (all ten, the buffer zone, or a chosen list)."""
    state = state or current()
    names = _region_names()
    if state.regions_mode == MODE_BUFFER:
        return data_access.buffer_zone_codes()
    if state.regions_mode == MODE_CHOSEN and state.regions:
        return [c for c in state.regions if c in names]
    return list(names)


K_LAST_CLICK = "f_last_map_click"


def select_region(kode_bps: str) -> None:
    """Make ``kode_bps`` the selected region (takes effect in the widgets on the next run)."""
    st.session_state[K_MODE] = MODE_CHOSEN
    st.session_state[K_REGIONS] = [kode_bps]


def handle_map_click(kode_bps: str | None) -> None:
    """Select the region clicked on the map (once per new click) and rerun.

    At kecamatan level the map's features carry the kecamatan's Kemendagri code: the click
    chooses that kecamatan (its profile link) and keeps the regions of the view.
    """
    if not kode_bps or kode_bps == st.session_state.get(K_LAST_CLICK):
        return
    st.session_state[K_LAST_CLICK] = kode_bps
    if st.session_state.get(K_LEVEL) == LEVEL_KECAMATAN:
        if kode_bps in set(data_access.kecamatan_codes()):
            st.session_state[K_KECAMATAN] = kode_bps
            st.rerun()
        return
    if kode_bps in _region_names():
        select_region(kode_bps)
        st.rerun()


def level_choice(state: ViewState | None = None) -> str:
    """What the map's level control shows for the state (see :func:`set_level_choice`)."""
    state = state or current()
    if state.level != LEVEL_KECAMATAN:
        return LEVEL_CHOICE_REGENCY
    return LEVEL_CHOICE_AROUND_IKN if state.regions_mode == MODE_BUFFER else LEVEL_CHOICE_KECAMATAN


def set_level_choice(choice: str, regency: str | None = None) -> None:
    """Drill down or back up: regencies, the kecamatan of the regions in view (``regency``:
    of that one), or the kecamatan around IKN (the buffer distance, from geometry)."""
    if choice == LEVEL_CHOICE_REGENCY:
        st.session_state[K_LEVEL] = LEVEL_REGENCY
        st.session_state[K_KECAMATAN] = None
        return
    st.session_state[K_LEVEL] = LEVEL_KECAMATAN
    if choice == LEVEL_CHOICE_AROUND_IKN:
        st.session_state[K_MODE] = MODE_BUFFER
    elif regency:
        select_region(regency)


def level_widget_key() -> str:
    """The level control's widget key, seeded with the current choice."""
    widget_key = _WIDGET[K_LEVEL]
    if st.session_state.get(widget_key) != level_choice():
        st.session_state[widget_key] = level_choice()
    return widget_key


def on_level_widget(regency: str | None = None) -> None:
    # A segmented control can be cleared by clicking the active option: keep the level.
    choice = st.session_state.get(_WIDGET[K_LEVEL])
    if choice:
        set_level_choice(choice, regency)


def _copy_back(state_key: str) -> None:
    st.session_state[state_key] = st.session_state[_WIDGET[state_key]]


def _seed(state_key: str) -> str:
    """Give the widget of ``state_key`` the current state value; return the widget key."""
    widget_key = _WIDGET[state_key]
    if st.session_state.get(widget_key) != st.session_state.get(state_key):
        st.session_state[widget_key] = st.session_state.get(state_key)
    return widget_key


def _sync_year_to_indicator(*, changed: bool = False) -> None:
    """Keep the year valid; a newly chosen indicator opens on its default year."""
    indicator = st.session_state[K_INDICATOR]
    years = data_access.years(indicator)
    if years and (changed or st.session_state.get(K_YEAR) not in years):
        chosen = data_access.default_year(indicator).year
        st.session_state[K_YEAR] = chosen if chosen in years else years[-1]


def _on_lang() -> None:
    # A segmented control can be cleared by clicking the active option: keep the language.
    if st.session_state[_WIDGET[K_LANG]] in ("id", "en"):
        _copy_back(K_LANG)


def _on_indicator() -> None:
    _copy_back(K_INDICATOR)
    _sync_year_to_indicator(changed=True)
    st.session_state[_WIDGET[K_YEAR]] = st.session_state[K_YEAR]


def render_sidebar() -> ViewState:
    """Filter widgets in the sidebar; writes the state back to the URL."""
    lg = lang()
    cat = data_access.indicator_catalogue()
    options = indicators_with_data()
    if st.session_state.get(K_INDICATOR) not in options and options:
        st.session_state[K_INDICATOR] = (
            DEFAULT_INDICATOR if DEFAULT_INDICATOR in options else options[0]
        )
    _sync_year_to_indicator()

    with st.sidebar:
        st.markdown(f"### {t('filter.header', lg)}")
        st.selectbox(
            t("filter.indicator", lg),
            options,
            key=_seed(K_INDICATOR),
            format_func=lambda i: cat.option_label(i, lg),
            on_change=_on_indicator,
        )
        years = data_access.years(st.session_state[K_INDICATOR])
        if years:
            counts = data_access.year_counts(st.session_state[K_INDICATOR])
            n_all = len(_region_names())
            st.selectbox(
                t("filter.year", lg),
                years[::-1],
                key=_seed(K_YEAR),
                on_change=_copy_back,
                args=(K_YEAR,),
                format_func=lambda y: t(
                    "filter.year.option", lg, year=y, n=counts.get(y, 0), m=n_all
                ),
            )
            choice = data_access.default_year(st.session_state[K_INDICATOR])
            if choice.later_thinner and st.session_state.get(K_YEAR) == choice.year:
                later = choice.later_thinner[-1]
                st.caption(
                    t(
                        "filter.year.thinner",
                        lg,
                        year=later,
                        n=counts.get(later, 0),
                        m=n_all,
                        default=choice.year,
                    )
                )
        else:
            st.caption(t("filter.no_years", lg))
        st.radio(
            t("filter.regions", lg),
            REGION_MODES,
            key=_seed(K_MODE),
            on_change=_copy_back,
            args=(K_MODE,),
            format_func=lambda m: t(
                {
                    MODE_ALL: "filter.regions.all",
                    MODE_BUFFER: "filter.regions.buffer",
                    MODE_CHOSEN: "filter.regions.chosen",
                }[m],
                lg,
            ),
        )
        if st.session_state[K_MODE] == MODE_CHOSEN:
            names = _region_names()
            st.multiselect(
                t("filter.regions.pick", lg),
                list(names),
                key=_seed(K_REGIONS),
                on_change=_copy_back,
                args=(K_REGIONS,),
                format_func=lambda c: names.get(c, c),
            )
        st.divider()
        st.segmented_control(
            t("filter.language", lg),
            ["id", "en"],
            key=_seed(K_LANG),
            on_change=_on_lang,
            format_func=lambda x: {"id": "Indonesia", "en": "English"}[x],
        )
        st.toggle(
            t("filter.presenter", lg),
            key=_seed(K_PRESENTER),
            on_change=_copy_back,
            args=(K_PRESENTER,),
        )

    state = current()
    st.query_params.from_dict(to_query(state))
    return state


def show_notices() -> None:
    """Show (once) what was wrong with the URL the session started from."""
    notices = st.session_state.pop(K_NOTICES, None)
    for notice in notices or []:
        # A notice quotes the raw URL value: escaped, it cannot become a link or an image.
        st.warning(escape_markdown(notice), icon=":material/link_off:")
