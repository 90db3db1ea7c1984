"""Profil wilayah page body: one regency on one screen (and on A4 paper).

Normal mode: the regency picker, its facts (codes, zone, distance to Titik Nol, area,
population), a chart of the shared filter's indicator (:func:`charts.profile.selected_figure`)
and every indicator as a card (:mod:`components.widgets.profile_cards`), one group at a time.
Presenter mode: the facts and the headline cards (:mod:`welfare.key_indicators`) only. Styles,
print layout included, are in ``components/widgets/css/profile.css``.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from charts.profile import selected_figure
from charts.style import font_size
from components.bodies import profile_exports
from components.state import data_access, filters, register_access
from components.state.view_state import MODE_CHOSEN, ViewState
from components.widgets import (
    activity_table,
    layout,
    plot,
    reference_lines,
    rumusan_cards,
    target_status_box,
)
from components.widgets.profile_cards import cards_html, facts_html
from geo import ikn
from ground.markup import escape_html as esc
from ground.markup import escape_markdown
from views import profile_facts, programme_who
from views.i18n import t
from welfare import explore
from welfare.catalogue import GROUPS, display_unit, group_label
from welfare.key_indicators import key_indicator_ids
from welfare.register import sync
from welfare.years import fallback_year

DEFAULT_REGENCY = "6409"  # Penajam Paser Utara: Titik Nol lies here
PICKER_KEY = "profil_picker"


def resolve_regency(
    state: ViewState, known: Sequence[str], default: str = DEFAULT_REGENCY
) -> tuple[str, bool]:
    """The regency to profile and whether it came from the shared filter.

    The first code of the selection when the filter mode is 'pilih', else ``default``.
    """
    if state.regions_mode == MODE_CHOSEN:
        for code in state.regions:
            if code in known:
                return code, True
    return (default if default in known else sorted(known)[0]), False


def render(state: ViewState) -> None:
    lang = state.lang
    regs = data_access.geo_bundle().regencies
    names = dict(zip(regs["kode_bps"], regs["nama"], strict=True))
    layout.inject_css("profile")
    kode, from_filter = resolve_regency(state, list(names))
    if not state.presenter:
        kode = _picker(state, names, kode, from_filter)
    jenis = str(regs.set_index("kode_bps").loc[kode, "jenis"])
    kind = t(f"prof.type.{jenis}", lang)
    st.markdown(f"## {t('prof.title', lang, type=kind, name=escape_markdown(names[kode]))}")
    prof = data_access.profile(kode, state.indicator, state.year)
    if state.presenter:
        _present(state, kode, names[kode], prof)
    else:
        _full(state, kode, names[kode], prof)


def _present(state: ViewState, kode: str, name: str, prof: pd.DataFrame) -> None:
    """Presenter mode: the regency's headline cards in a grid, no picker and no long list."""
    lang = state.lang
    ids = key_indicator_ids(list(prof["indicator_id"]), state.indicator)
    rows = prof.set_index("indicator_id").loc[ids].reset_index()
    if rows["is_example"].any():
        layout.example_notice(lang, compact=True)
    # Zone, distance to Titik Nol, area and population (the codes stay in normal mode).
    st.html(facts_html(_facts(kode, lang, prof)[4:], present=True))
    if rows.empty:
        st.info(t("prof.selected.none", lang, indicator="–", name=escape_markdown(name)))
        return
    cards = cards_html(rows, lang, lead=state.indicator)
    st.html(f'<div class="serambi-cards present">{"".join(cards)}</div>')


def _full(state: ViewState, kode: str, name: str, prof: pd.DataFrame) -> None:
    """Normal mode: facts, the filter's indicator as a chart, every indicator as a card."""
    lang = state.lang
    facts = _facts(kode, lang, prof)
    st.html(facts_html(facts))
    st.caption(profile_facts.zone_note(ikn.load_zone_thresholds().buffer_km, lang))
    if prof["is_example"].any():
        layout.example_notice(lang)
    st.caption(t("prof.intro", lang))
    profile_exports.buttons(state, kode, prof, facts)  # A4 PDF and XLSX
    target_status_box.profile_status(kode, state)  # poverty against its target, with the rule

    _selected_chart(state, kode, name, font_size(state.presenter))

    for group in GROUPS:
        rows = prof[prof["group"] == group]
        if rows.empty:
            continue
        n_example = int(rows["is_example"].sum())
        head = f"{group_label(group, lang)} ({len(rows)})"
        note = (
            f' <span class="badge-ex">{esc(t("badge.example", lang))}: {n_example}</span>'
            if n_example
            else ""
        )
        st.html(
            f'<div class="serambi-group"><h3>{esc(head)}{note}</h3>'
            f'<div class="serambi-cards">{"".join(cards_html(rows, lang))}</div></div>'
        )

    _activities(state, kode, name)
    rumusan_cards.regency_section(kode, name, lang)  # the rakor's resolutions concerning it

    missing = data_access.indicators_without_data(kode)
    if missing:
        cat = data_access.indicator_catalogue()
        with st.expander(t("prof.missing", lang, n=len(missing))):
            st.caption(escape_markdown(", ".join(cat.label(i, lang) for i in missing)))
    st.caption(t("prof.footer", lang))
    st.html(
        f'<div class="serambi-print-only serambi-source">'
        f"{esc(t('prof.print_footer', lang, name=name, kode=kode))}</div>"
    )


def _activities(state: ViewState, kode: str, name: str) -> None:
    """The regency's programme activities by level, in the year the register shows."""
    lang = state.lang
    activities = register_access.activities()
    year = fallback_year(state.year, sync.years(activities))
    if year is None:
        return
    who = programme_who.who_does_what(
        activities, kode, name, year, lang, register_access.kecamatan_names()
    )
    st.markdown(f"### {escape_markdown(t('profile.activities', lang, year=year))}")
    activity_table.show(who, lang, totals=False)


def _picker(state: ViewState, names: dict[str, str], current: str, from_filter: bool) -> str:
    """Regency picker; a new choice goes into the shared filter (and reruns)."""
    lang = state.lang
    codes = list(names)
    with st.container(key=PICKER_KEY), st.columns([1, 2])[0]:
        choice = st.selectbox(
            t("prof.picker", lang),
            codes,
            index=codes.index(current),
            format_func=lambda c: names[c],
            help=t("prof.picker.help", lang),
        )
        if from_filter and len(state.regions) > 1:
            st.caption(t("prof.picker.first_of", lang, name=escape_markdown(names[current])))
    if choice != current:
        # A deliberate choice, not a repeated map click: let handle_map_click apply it even if
        # the same regency was clicked on the map earlier.
        st.session_state.pop(filters.K_LAST_CLICK, None)
        filters.handle_map_click(choice)
    return choice


def _facts(kode: str, lang: str, prof: pd.DataFrame) -> list[tuple[str, str]]:
    """The regency's fact tiles (:func:`views.profile_facts.regency_facts`)."""
    bundle = data_access.geo_bundle()
    return profile_facts.regency_facts(
        kode,
        bundle.regencies.set_index("kode_bps").loc[kode],
        zone=str(bundle.zones.get(kode, "luar")),
        distance_km=float(bundle.distance_km.get(kode, float("nan"))),
        profile=prof,
        lang=lang,
    )


def _selected_chart(state: ViewState, kode: str, name: str, size: int) -> None:
    """The indicator of the shared filter: this regency against the 10-regency aggregate."""
    lang = state.lang
    ind = data_access.indicator_catalogue().get(state.indicator)
    series = data_access.series(state.indicator)
    series = series[series["kode_bps"] == kode]
    codes = list(data_access.geo_bundle().regencies["kode_bps"])
    prov = data_access.group_trend(state.indicator, {"kaltim": codes})
    years = explore.year_grid(
        [*series.loc[series["rate"].notna(), "year"], *prov.loc[prov["rate"].notna(), "year"]]
    )
    if series["rate"].notna().sum() == 0:
        st.caption(
            t(
                "prof.selected.none",
                lang,
                indicator=escape_markdown(ind.label(lang)),
                name=escape_markdown(name),
            )
        )
        return
    own = explore.with_gaps(series, [kode], years)
    prov = prov.set_index("year").reindex(years).reset_index()
    fmt = profile_facts.selected_fmt(own["rate"], ind.kind, lang)  # its own digits
    unit = display_unit(ind, lang)
    has_example = bool(
        own.loc[own["rate"].notna(), "is_example"].any()
        or prov.loc[prov["rate"].notna(), "is_example"].fillna(False).any()
    )
    fig = selected_figure(
        own,
        prov,
        name=name,
        n_regions=len(codes),
        years=years,
        title=t("prof.selected.title", lang, indicator=ind.label(lang), name=name),
        unit=unit,
        fmt=fmt,
        words={
            "aggregate": t("prof.selected.province", lang),
            "with_data": t("trend.zone.with_data", lang),
            "no_data": t("map.no_data", lang),
        },
        example_label=t("badge.example", lang) if has_example else None,
        lang=lang,
        size=size,
    )
    # The official province figure ('64', not the aggregate above) and this regency's targets.
    decorated = reference_lines.decorate(
        fig, state.indicator, lang=lang, fmt=fmt, unit=unit, region_kode=kode
    )
    plot.show(fig, key="profil_selected", filename=f"serambi-profil-{kode}-{state.indicator}")
    st.caption(t("prof.selected.note", lang, n=len(codes)))
    if decorated:
        st.caption(t("target.trend.note", lang))
