"""The one writer of the shared view state, and the sidebar that shows it.

Every page reads :func:`current` instead of building its own widgets, so a choice made on the
map is still there on the trend page, and the URL always reproduces the view.

Every change of the view is a candidate in the URL's words, checked by
:mod:`components.state.view_state` (one set of checks for all) and written by :func:`apply`:

- the URL a session starts from (:func:`init_from_url`);
- the sidebar widgets (their ``on_change`` callbacks);
- the map's level control and breadcrumb (:func:`on_level_widget`, ``kecamatan_map``);
- an agenda step in presenter mode (``components.widgets.presenter``);
- a click on a map (:func:`handle_map_click`).

Other code changes the view the same way, e.g. ``filters.apply({"tahun": "2021"})``.

The state lives in plain session-state keys (``f_*``); the sidebar widgets have their own keys
(``w_*``) and are seeded from the state just before they are drawn. Streamlit forgets the value
of a widget that was not drawn in a run (for instance when a run stops early for
``st.switch_page``); the plain keys survive that. :func:`apply` never writes a widget key:
a map click arrives after the sidebar is drawn, and Streamlit refuses a write to the key of a
widget already drawn in the same run. The URL is written once per run, from the checked state,
by :func:`render_sidebar` (why not Streamlit's ``bind="query-params"``: see
:mod:`components.state.view_state`).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import streamlit as st

from components.state import data_access, view_fragment
from components.state.view_state import (
    LEVEL_KECAMATAN,
    MODE_ALL,
    MODE_BUFFER,
    MODE_CHOSEN,
    PRESENTER,
    REGION_MODES,
    Change,
    ViewRules,
    ViewState,
    resolve,
    to_query,
)
from ground.markup import escape_markdown
from views.i18n import LANGS, t
from welfare import region_codes

DEFAULT_INDICATOR = "penduduk_miskin_persen"

K_INDICATOR = "f_indicator"
K_YEAR = "f_year"
K_MODE = "f_regions_mode"
K_REGIONS = "f_regions"
K_LANG = "f_lang"
K_PRESENTER = "f_presenter"
K_LEVEL = "f_level"  # kabupaten | kecamatan (the map's drill-down)
K_KECAMATAN = "f_kecamatan"  # Kemendagri code of the kecamatan chosen on the map
K_COMPARE = "f_compare_year"  # the map's comparison year (banding=), components.bodies.change_map
K_INIT = "f_initialised"
K_NOTICES = "f_notices"
K_LAST_CLICK = "f_last_map_click"

W_INDICATOR = "w_indicator"
W_YEAR = "w_year"  # a prefix: the key also names the wording of the options
W_MODE = "w_regions_mode"
W_REGIONS = "w_regions"
W_LANG = "w_lang"
W_PRESENTER = "w_presenter"
W_LEVEL = "w_level"

# The map's level control shows one of these; each is a (level, regions mode) pair.
LEVEL_CHOICE_REGENCY = "kabupaten"
LEVEL_CHOICE_KECAMATAN = "kecamatan"
LEVEL_CHOICE_AROUND_IKN = "sekitar_ikn"


def _region_names() -> dict[str, str]:
    reg = data_access.geo_bundle().regencies
    return dict(zip(reg["kode_bps"], reg["nama"], strict=True))


def indicators_with_data() -> list[str]:
    cat = data_access.indicator_catalogue()
    with_data = data_access.years_by_indicator()
    return [i.id for i in cat.ordered() if with_data.get(i.id)]


def rules() -> ViewRules:
    """What every candidate view is checked against: today's data and the regions table."""
    return ViewRules(
        indicators=indicators_with_data(),
        default_indicator=DEFAULT_INDICATOR,
        years_for=data_access.years,
        regions=region_codes.kaltim(),
        default_year_for=lambda ind: data_access.default_year(ind).year,
    )


def current() -> ViewState:
    return ViewState(
        indicator=st.session_state.get(K_INDICATOR, DEFAULT_INDICATOR),
        year=st.session_state.get(K_YEAR),
        regions_mode=st.session_state.get(K_MODE, MODE_ALL),
        regions=tuple(st.session_state.get(K_REGIONS, ())),
        lang=st.session_state.get(K_LANG, "id"),
        presenter=bool(st.session_state.get(K_PRESENTER, False)),
        level=st.session_state.get(K_LEVEL, "kabupaten"),
        kecamatan=st.session_state.get(K_KECAMATAN),
        compare_year=st.session_state.get(K_COMPARE),
    )


def apply(change: Change, *, whole: bool = False) -> ViewState:
    """Check ``change`` like a URL and make it the view: the one writer of the view state.

    ``change`` uses the URL's names and text values, ``None`` to drop one (see
    :func:`components.state.view_state.resolve`), e.g. ``{"tahun": "2021"}``,
    ``{"wilayah": "6409"}``,
    ``{"tingkat": None}``. ``whole=True``: ``change`` is a whole URL, not a change to the view.
    Refused values become notices, shown once by :func:`show_notices`. Returns the new view.
    """
    state = resolve(None if whole else current(), change, rules())
    ss = st.session_state
    ss[K_INDICATOR] = state.indicator
    ss[K_YEAR] = state.year
    ss[K_MODE] = state.regions_mode
    ss[K_REGIONS] = list(state.regions)
    ss[K_LANG] = state.lang
    ss[K_PRESENTER] = state.presenter
    ss[K_LEVEL] = state.level
    ss[K_KECAMATAN] = state.kecamatan
    ss[K_COMPARE] = state.compare_year
    add_notices(state.notices)
    return state


def add_notices(notices: Iterable[str]) -> None:
    """Queue notices for :func:`show_notices` (refused values, skipped agenda steps)."""
    notices = list(notices)
    if notices:
        st.session_state[K_NOTICES] = [*st.session_state.get(K_NOTICES, []), *notices]


def init_from_url() -> None:
    """On a session's first run, take the view from the URL (with notices for bad values)."""
    if st.session_state.get(K_INIT):
        return
    apply(st.query_params.to_dict(), whole=True)
    st.session_state[K_INIT] = True


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


def handle_map_click(code: str | None) -> None:
    """Apply a click on the map (once per new click) and rerun.

    The map's features carry the region's code: at regency level the click chooses that
    regency, at kecamatan level that kecamatan (its profile link), keeping the regions in view.
    """
    if not code or code == st.session_state.get(K_LAST_CLICK):
        return
    st.session_state[K_LAST_CLICK] = code
    before = current()
    after = apply({"kec" if before.level == LEVEL_KECAMATAN else "wilayah": code})
    if after != before or after.notices:
        st.rerun()


def level_choice(state: ViewState | None = None) -> str:
    """What the map's level control shows for the state (see :func:`level_change`)."""
    state = state or current()
    if state.level != LEVEL_KECAMATAN:
        return LEVEL_CHOICE_REGENCY
    return LEVEL_CHOICE_AROUND_IKN if state.regions_mode == MODE_BUFFER else LEVEL_CHOICE_KECAMATAN


def level_change(choice: str, regency: str | None = None) -> Change:
    """The change a level choice makes: regencies, the kecamatan of the regions in view
    (``regency``: of that one), or the kecamatan around IKN (the buffer distance, from
    geometry). Going back to regencies drops the chosen kecamatan."""
    if choice == LEVEL_CHOICE_REGENCY:
        return {"tingkat": None}
    if choice == LEVEL_CHOICE_AROUND_IKN:
        return {"tingkat": LEVEL_KECAMATAN, "wilayah": MODE_BUFFER}
    return {"tingkat": LEVEL_KECAMATAN, **({"wilayah": regency} if regency else {})}


def level_widget_key() -> str:
    """The level control's widget key, seeded with the current choice."""
    return _seed(W_LEVEL, level_choice())


def on_level_widget(regency: str | None = None) -> None:
    # A segmented control can be cleared by clicking the active option: keep the level.
    choice = st.session_state.get(W_LEVEL)
    if choice:
        apply(level_change(choice, regency))


def _seed(widget_key: str, value: object) -> str:
    """Give the widget ``widget_key`` the state's ``value`` before it is drawn.

    In a full run it is written even when it is already the value: a value written in the run
    is sent with the widget, so the browser shows it also where the widget is drawn in a new
    place (the map page's fragment draws the sidebar's filters into a container of its own,
    other pages draw them directly; the browser would otherwise show the first option there).
    A rerun of the view fragment draws the widget in the place it had, so it writes only a
    value the browser does not show yet: an unchanged widget is then the same element as in
    the last run, and Streamlit sends its hash instead of the element (the indicator box with
    its options is 7.6 KB)."""
    if view_fragment.in_full_run() or st.session_state.get(widget_key) != value:
        st.session_state[widget_key] = value
    return widget_key


# Sidebar callbacks: each turns its widget's value into a candidate for apply(). On a page
# whose fragment draws these widgets (view_fragment), Streamlit reruns that fragment only.


def _on_indicator() -> None:
    apply({"indikator": st.session_state[W_INDICATOR]})  # opens on its default year


def _on_year(key: str = W_YEAR) -> None:
    apply({"tahun": str(st.session_state[key])})


def _on_regions_mode() -> None:
    apply({"wilayah": st.session_state[W_MODE]})


def _on_regions() -> None:
    apply({"wilayah": ",".join(st.session_state[W_REGIONS]) or MODE_CHOSEN})


def _on_lang() -> None:
    # A segmented control can be cleared by clicking the active option: keep the language.
    if st.session_state[W_LANG] in LANGS:
        apply({"lang": st.session_state[W_LANG]})


def _on_presenter() -> None:
    apply({"mode": PRESENTER if st.session_state[W_PRESENTER] else None})


def render_sidebar(
    *, widgets: bool = True, view_filters: bool = True, page_draws_view: bool = False
) -> ViewState:
    """Filter widgets in the sidebar (unless ``widgets`` is false); writes the view to the URL.

    ``view_filters=False``: a page that shows no indicator, year or region (Bahan rapat,
    Ketersediaan, Kelola data, Tentang) gets only the language and presenter controls, so the
    sidebar never offers a filter the page ignores. The view stays in the URL all the same.
    ``page_draws_view``: the page's fragment draws the view filters (:func:`view_widgets`) into
    the place kept for them here, so a change of the view reruns that fragment only
    (:mod:`components.state.view_fragment`)."""
    view_fragment.begin_full_run()
    state = sync_url()
    if widgets:
        with st.sidebar:
            if view_filters:
                slot = st.container()
                if page_draws_view:
                    view_fragment.keep_sidebar_slot(slot)
                else:
                    with slot:
                        _view_widgets(state)
            _language_and_presenter(state)
    return state


def sync_url() -> ViewState:
    """Re-check the view and write it to the URL: once per full run (:func:`render_sidebar`)
    and once per rerun of a page's view fragment, which skips ``app.py``."""
    # Re-check the view against today's data: an import or rollback (also from another
    # process) may have taken its year or indicator away.
    state = apply({})
    st.query_params.from_dict(to_query(state))
    return state


def view_widgets(slot, state: ViewState) -> None:  # noqa: ANN001 - a DeltaGenerator or None
    """The indicator, year and regions filters, drawn by a page's view fragment into the
    sidebar container ``slot`` that ``app.py`` kept for them (``None``: no sidebar filters in
    this run, e.g. a map-first run)."""
    if slot is not None:
        with slot:
            _view_widgets(state)


def _year_coverage(state: ViewState) -> tuple[dict[int, int], int, str]:
    """Per year, how many of the regions on the map have data, how many there are, and the
    option wording: the regencies, or at kecamatan level the kecamatan in view."""
    if state.level == LEVEL_KECAMATAN:
        codes = tuple(data_access.kecamatan_in_view(state.regions_mode, state.regions))
        counts = data_access.year_counts_among(state.indicator, codes)
        return counts, len(codes), "filter.year.option.kecamatan"
    return data_access.year_counts(state.indicator), len(_region_names()), "filter.year.option"


def _view_widgets(state: ViewState) -> None:
    """Indicator, year and regions (and the year's coverage)."""
    lg = state.lang
    cat = data_access.indicator_catalogue()
    st.markdown(f"### {t('filter.header', lg)}")
    st.selectbox(
        t("filter.indicator", lg),
        indicators_with_data(),
        key=_seed(W_INDICATOR, state.indicator),
        format_func=lambda i: cat.option_label(i, lg),
        on_change=_on_indicator,
    )
    years = data_access.years(state.indicator)
    if years:
        counts, n_all, option_key = _year_coverage(state)
        labels = {y: t(option_key, lg, year=y, n=counts.get(y, 0), m=n_all) for y in years}
        # The box shows its value's label, and the browser keeps the label it shows while the
        # value stays the same: a new level or indicator can say "10 dari 10 wilayah" for a
        # year where it should say "8 dari 13 kecamatan". A key per wording makes it a new box.
        year_key = f"{W_YEAR}_{zlib.crc32(repr(sorted(labels.items())).encode()):08x}"
        st.selectbox(
            t("filter.year", lg),
            years[::-1],
            key=_seed(year_key, state.year),
            on_change=_on_year,
            args=(year_key,),
            format_func=labels.__getitem__,
        )
        choice = data_access.default_year(state.indicator)
        at_regencies = state.level != LEVEL_KECAMATAN
        if at_regencies and choice.later_thinner and state.year == choice.year:
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
        key=_seed(W_MODE, state.regions_mode),
        on_change=_on_regions_mode,
        format_func=lambda m: t(
            {
                MODE_ALL: "filter.regions.all",
                MODE_BUFFER: "filter.regions.buffer",
                MODE_CHOSEN: "filter.regions.chosen",
            }[m],
            lg,
        ),
    )
    if state.regions_mode == MODE_CHOSEN:
        names = _region_names()
        st.multiselect(
            t("filter.regions.pick", lg),
            list(names),
            key=_seed(W_REGIONS, list(state.regions)),
            on_change=_on_regions,
            format_func=lambda c: names.get(c, c),
        )
    st.divider()


def _language_and_presenter(state: ViewState) -> None:
    """The language and presenter-mode controls, on every page."""
    lg = state.lang
    st.segmented_control(
        t("filter.language", lg),
        list(LANGS),
        key=_seed(W_LANG, state.lang),
        on_change=_on_lang,
        format_func=lambda x: {"id": "Indonesia", "en": "English"}[x],
    )
    st.toggle(
        t("filter.presenter", lg),
        key=_seed(W_PRESENTER, state.presenter),
        on_change=_on_presenter,
    )


def show_notices() -> None:
    """Show (once) the values of a view that were refused (URL, agenda step, map click)."""
    notices = st.session_state.pop(K_NOTICES, None)
    for notice in notices or []:
        # A notice quotes the raw value: escaped, it cannot become a link or an image.
        st.warning(escape_markdown(notice), icon=":material/link_off:")
