"""The poverty-against-target block the home page, the profile and the Sasaran page show:
each region's value in the year its map shows, against its target, with the status rule.

One widget for three pages, so no page body imports another; the words and the rule are
:mod:`views.targeting` and :mod:`views.target_status`, the numbers :mod:`welfare.targets`.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.state import data_access
from components.state.view_state import ViewState
from views import target_status
from views.i18n import t
from views.targeting import status_html
from welfare import targets
from welfare.catalogue import get_indicator

STATUS_INDICATORS = ("penduduk_miskin_persen", "kemiskinan_ekstrem_persen")


def status_rows(
    indicator_id: str, codes: Sequence[str], state: ViewState
) -> list[targets.StatusRow]:
    """Each region against its target in the year the map of ``indicator_id`` shows: the
    shared filter's year for its indicator, else that indicator's default year."""
    year = state.year if indicator_id == state.indicator else None
    return data_access.target_status(indicator_id, tuple(codes), year)


def regency_names() -> dict[str, str]:
    regs = data_access.geo_bundle().regencies
    return dict(zip(regs["kode_bps"], regs["nama"], strict=True))


def home_status(state: ViewState) -> None:
    """Poverty rate against its target for the province and every regency (home page)."""
    lang = state.lang
    names = regency_names()
    codes = ["64", *names]
    names = {"64": t("target.province", lang), **names}
    rows = status_rows("penduduk_miskin_persen", codes, state)
    st.markdown(f"#### {t('target.home.title', lang)}")
    st.html(status_html(rows, names, lang, "penduduk_miskin_persen"))
    st.caption(target_status.rule_text(targets.load_status_thresholds(), lang))


def profile_status(kode: str, state: ViewState) -> None:
    """The poverty indicators of one regency against their targets (profile page)."""
    lang = state.lang
    shown = []
    for indicator_id in STATUS_INDICATORS:
        rows = status_rows(indicator_id, [kode], state)
        if rows and rows[0].value is not None:
            label = get_indicator(indicator_id).label(lang)
            shown.append(status_html(rows, {kode: label}, lang, indicator_id))
    if not shown:
        return
    st.markdown(f"#### {t('target.home.title', lang)}")
    for part in shown:
        st.html(part)
    st.caption(target_status.rule_text(targets.load_status_thresholds(), lang))
