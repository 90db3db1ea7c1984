"""Sinyal page body: every indicator-region pair that worsened since the last rakor, with both
numbers, both years, both sources and a link to the map view. Signals of real data first, then
those of example data (labelled, only ever compared with example data); the changes that are
not comparable are notes, listed apart; those already shown are folded away.

The rules are :mod:`welfare.outlook.signals`, the words :mod:`views.signal_view`, the cached
report :mod:`components.state.outlook_access`. Presenter mode: the list as it fits the screen.
Below the list, staff mark the signals discussed at a rakor
(:mod:`components.bodies.signals_staff`).
"""

from __future__ import annotations

import html

import streamlit as st

from components.bodies import signals_staff
from components.state import data_access, outlook_access
from components.state.view_state import ViewState
from components.widgets import exports, layout
from ground.markup import escape_markdown
from views import signal_view as sv
from views import source_links
from views.i18n import t
from welfare.exporting import ExportMeta


def _rows(rows, lang: str, *, notes: bool = False, compact: bool = False) -> None:  # noqa: ANN001
    st.html(sv.rows_html(rows, lang, notes=notes, compact=compact))


def render(state: ViewState) -> None:
    lang = state.lang
    layout.inject_css("outlook")
    report, meeting = outlook_access.signals()
    view = sv.build(report, data_access.region_names(), lang, meeting)
    st.markdown(f"## {escape_markdown(view.title)}")
    st.html(f'<div class="signal-counts">{html.escape(view.counts)}</div>')
    if state.presenter:
        shown = view.signals[: sv.SCREEN_ROWS]
        if any(r.is_example for r in shown):
            layout.example_notice(lang, compact=True)
        _rows(shown, lang, compact=True)
        rest = len(view.signals) - len(shown)
        if rest > 0:
            st.caption(t("signal.more", lang, n=rest))
        layout.source_line(view.rakor_from.replace("`", ""))
        return
    st.caption(view.rakor_from)
    st.markdown(f"### {t('signal.real', lang)}")
    if view.real:
        _rows(view.real, lang)
    else:
        st.caption(t("signal.real.none", lang))
    if view.example:
        st.markdown(f"### {t('signal.example', lang)}")
        layout.example_notice(lang, compact=True)
        _rows(view.example, lang)
    if view.notes:
        st.markdown(f"### {t('signal.notes', lang)}")
        st.caption(t("signal.notes.caption", lang))
        _rows(view.notes, lang, notes=True)
    if view.shown:
        with st.expander(t("signal.shown", lang, n=len(view.shown))):
            _rows(view.shown, lang)
    st.caption(view.skipped)
    st.markdown(f"**{t('signal.rule.title', lang)}.** {escape_markdown(view.rule)}")
    st.html(
        f'<div class="serambi-source">{source_links.sources_html(view.sources, lang, limit=8)}'
        "</div>"
    )
    meta = ExportMeta(
        title=view.title,
        lang=lang,
        has_example=view.has_example,
        sources=exports.source_lines(view.sources, lang),
        notes=(view.rule, view.rakor_from),
    )
    exports.table_buttons(sv.table(view), meta, "serambi-sinyal", lang, key="signals")
    signals_staff.render(report, view, lang)
