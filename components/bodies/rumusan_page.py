"""Rumusan page body: the rakor's resolutions and their follow-up.

Normal mode: the status counts, one view at a time (by meeting, by regency, by status) with
each rumusan as a card (parties, regions, deadline, status late first, its indicators' live
progress, the follow-up timeline), the meeting's "Rumusan rapat" PDF and the "matriks tindak
lanjut" XLSX, the map of open and late rumusan per regency, and the staff section
(:mod:`components.bodies.rumusan_staff`). Presenter mode: "Tindak lanjut rumusan rakor
<tahun>", the counts and the late ones first, on one screen.

Words: :mod:`views.rumusan_view`; reads: :mod:`components.state.rumusan_access`; drawing:
:mod:`components.widgets.rumusan_cards`. Example meetings (DATA CONTOH) are shown only when
there is no real meeting, or when asked for, and are marked wherever they appear.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from components.bodies import rumusan_staff
from components.state import data_access, rumusan_access
from components.state.view_state import ViewState
from components.widgets import exports, html_table, layout, leaflet_map, presenter
from components.widgets import rumusan_cards as cards
from ground.markup import escape_html, escape_markdown
from views import rumusan_pdf
from views import rumusan_view as rv
from views.agenda import read_agenda
from views.i18n import t
from views.pages import PAGE_PATHS
from welfare import formatting
from welfare.exporting import ExportMeta, to_xlsx_bytes
from welfare.rumusan import rules, vocab
from welfare.rumusan.stored import StoredMeeting, StoredRumusan

K_VIEW = "rumusan_view"
K_MEETING = "rumusan_meeting"
K_REGENCY = "rumusan_regency"
K_STATUS = "rumusan_status"
K_EXAMPLES = "rumusan_examples"
VIEWS = ("meeting", "regency", "status")
DEFAULT_REGENCY = "6409"  # Penajam Paser Utara, where IKN is built
PRESENT_ROWS = 5  # rows of the follow-up table that fit 1366x768 at projector size
PRESENT_CHARS = 140  # a rumusan's text on the projector (the page and the PDF have it whole)


def _scope(
    meetings: list[StoredMeeting], records: list[StoredRumusan], lang: str
) -> tuple[list[StoredMeeting], list[StoredRumusan]]:
    """Real meetings; example ones too when there is no real one or when asked for."""
    examples = [m for m in meetings if m.is_example]
    if not examples:
        return meetings, records
    real = [m for m in meetings if not m.is_example]
    # One widget per situation: its default (examples shown when there is nothing real to
    # show) applies again once the first real meeting is recorded.
    shown = st.checkbox(
        t("rumusan.examples.show", lang), value=not real,
        key=f"{K_EXAMPLES}_{'with_real' if real else 'only'}",
        help=t("rumusan.examples.help", lang),
    )  # fmt: skip
    if shown:
        layout.example_notice(lang)
        return meetings, records
    return real, [r for r in records if not r.is_example]


def render(state: ViewState) -> None:
    lang = state.lang
    layout.inject_css("rumusan")
    day = rv.today()
    meetings = rumusan_access.meetings()
    records = rumusan_access.all_rumusan()
    if state.presenter:
        _present(state, meetings, records, day)
        return
    st.markdown(f"## {t('rumusan.title', lang)}")
    st.caption(t("rumusan.subtitle", lang, day=formatting.format_date(day, lang)))
    meetings, records = _scope(meetings, records, lang)
    if not records:
        _empty(lang, meetings)
    else:
        _follow_up(lang, meetings, records, day)
    rumusan_staff.render(lang, day)


def _empty(lang: str, meetings: list[StoredMeeting]) -> None:
    """No rumusan yet: how to record them (none is ever invented)."""
    key = "rumusan.empty.with_meeting" if meetings else "rumusan.empty"
    st.info(t(key, lang), icon=":material/edit_note:")
    st.markdown(t("rumusan.empty.how", lang))


def _chips(records: list[StoredRumusan], day: date, lang: str) -> None:
    counts = rules.status_counts(records, day)
    st.html(
        cards.chips_html(rv.status_chips(counts, lang), t("rumusan.total", lang, n=counts.total))
    )


def _follow_up(
    lang: str, meetings: list[StoredMeeting], records: list[StoredRumusan], day: date
) -> None:
    _chips(records, day, lang)
    progress = rumusan_access.progress_all()
    view = st.radio(
        t("rumusan.view", lang),
        VIEWS,
        format_func=lambda v: t(f"rumusan.view.{v}", lang),
        horizontal=True,
        key=K_VIEW,
    )
    if view == "meeting":
        _by_meeting(lang, meetings, records, progress, day)
    elif view == "regency":
        _by_regency(lang, records, progress, day)
    else:
        _by_status(lang, records, progress, day)
    _map(lang, records, day)


def _download_xlsx(where, items, records, day, title: str, stem: str, lang: str) -> None:  # noqa: ANN001
    has_example = any(i.has_example for i in items)
    cited = {c.label(): c for i in items for link in i.links for c in link.citations}
    meta = ExportMeta(
        title=title,
        lang=lang,
        has_example=has_example,
        sources=exports.source_lines(cited.values(), lang),
        notes=(t("rumusan.export.note", lang, day=formatting.format_date(day, lang)),),
    )
    by_id = {r.id: r for r in records}
    exports.file_button(
        where,
        t("rumusan.download.xlsx", lang),
        lambda: to_xlsx_bytes(rv.follow_up_matrix(items, by_id, day, lang), meta),
        stem=stem,
        ext="xlsx",
        has_example=has_example,
        key=f"{stem}-xlsx",
    )


def _by_meeting(lang, meetings, records, progress, day) -> None:  # noqa: ANN001
    with_items = [m for m in meetings if any(r.meeting.id == m.id for r in records)]
    if not with_items:
        st.caption(t("rumusan.no_meeting", lang))
        return
    if len(with_items) > 1:
        items_all = rv.build_items(records, progress, day, lang)
        st.markdown(f"**{t('rumusan.summary.meeting', lang)}**")
        html_table.show(rv.meeting_table(with_items, items_all, lang), no_data="–")
    ids = [m.id for m in with_items]
    if st.session_state.get(K_MEETING) not in ids:
        st.session_state[K_MEETING] = ids[0]
    names = {m.id: rv.meeting_option(m, lang) for m in with_items}
    chosen = st.selectbox(
        t("rumusan.pick.meeting", lang), ids, format_func=names.__getitem__, key=K_MEETING
    )
    meeting = next(m for m in with_items if m.id == chosen)
    mine = [r for r in records if r.meeting.id == chosen]
    host = rv.host_name(meeting.host_kode, lang)
    st.html(
        f'<p class="rmsn-meeting"><b>{escape_html(meeting.name)}</b> · '
        f"{escape_html(formatting.format_date(meeting.held_on, lang))} · "
        f"{escape_html(meeting.place)} · {escape_html(t('rumusan.host', lang, host=host))}</p>"
    )
    if len(with_items) > 1:  # one meeting: the counts above are its own
        _chips(mine, day, lang)
    items = rv.build_items(mine, progress, day, lang)
    c1, c2, _ = st.columns([1, 1, 1.2])
    stem = f"rumusan-rapat-{meeting.held_on.isoformat()}-{meeting.id}"
    exports.file_button(
        c1,
        t("rumusan.download.pdf", lang),
        lambda: rumusan_pdf.write_pdf(meeting, mine, lang),
        stem=stem,
        ext="pdf",
        has_example=meeting.is_example,
        key=f"{stem}-pdf",
    )
    title = t("rumusan.export.title", lang, scope=meeting.name)
    _download_xlsx(c2, items, mine, day, title, f"matriks-tindak-lanjut-{meeting.id}", lang)
    cards.cards(items, lang, meeting=False)


def _by_regency(lang, records, progress, day) -> None:  # noqa: ANN001
    names = rv.regency_names()
    codes = list(names)
    if st.session_state.get(K_REGENCY) not in codes:
        st.session_state[K_REGENCY] = DEFAULT_REGENCY
    kode = st.selectbox(
        t("rumusan.pick.regency", lang), codes, format_func=names.__getitem__, key=K_REGENCY
    )
    mine = [r for r in records if r.concerns(kode)]
    st.caption(t("rumusan.regency.note", lang, name=names[kode]))
    with st.expander(t("rumusan.summary.regency", lang)):
        table = rv.regency_table(rv.regency_counts(records, day), lang)
        html_table.show(table, no_data="–", numeric=list(table.columns[1:]))
    if not mine:
        st.caption(t("profile.rumusan.none", lang, name=names[kode]))
        return
    _chips(mine, day, lang)
    items = rv.build_items(mine, progress, day, lang)
    title = t("rumusan.export.title", lang, scope=names[kode])
    _download_xlsx(st, items, mine, day, title, f"matriks-tindak-lanjut-{kode}", lang)
    cards.cards(items, lang)


def _by_status(lang, records, progress, day) -> None:  # noqa: ANN001
    options = list(rv.SHOWN_ORDER)
    status = st.selectbox(
        t("rumusan.pick.status", lang),
        options,
        format_func=lambda s: rv.status_label(s, lang),
        key=K_STATUS,
    )
    all_items = rv.build_items(records, progress, day, lang)
    st.markdown(f"**{t('rumusan.status.summary', lang)}**")
    html_table.show(rv.status_table(all_items, lang), no_data="–")
    items = [i for i in all_items if i.status == status]
    if not items:
        st.caption(t("rumusan.status.none", lang, status=rv.status_label(status, lang).lower()))
        return
    title = t("rumusan.export.title", lang, scope=rv.status_label(status, lang))
    mine = [r for r in records if any(i.id == r.id for i in items)]
    _download_xlsx(st, items, mine, day, title, f"matriks-tindak-lanjut-{status}", lang)
    cards.cards(items, lang)


def _map(lang: str, records: list[StoredRumusan], day: date) -> None:
    counts = rv.regency_counts(records, day)
    layer = rv.open_layer(counts, data_access.geo_bundle().regencies, day, lang)
    st.markdown(f"### {t('rumusan.map.title', lang)}")
    if layer is None:
        st.caption(t("rumusan.map.none", lang))
        return
    left, right = st.columns([2, 1])
    with left:
        leaflet_map.render(
            data_access.geo_bundle(),
            layer,
            lang=lang,
            layer_key=f"rumusan-{rumusan_access.mark()}-{len(records)}",
            height=480,
        )
    with right:
        table = rv.regency_table(counts, lang)
        keep = [
            t("rumusan.col.regency", lang),
            t("rumusan.col.open", lang),
            rv.status_label(vocab.LATE, lang),
        ]
        html_table.show(table[keep], no_data="–", numeric=keep[1:])
        st.caption(t("rumusan.map.caption", lang))


# -- presenter mode ---------------------------------------------------------------------------
def _step_year() -> int | None:
    """The year the agenda step on screen names (``tahun``), when it is a rumusan step."""
    step = st.session_state.get(presenter.K_STEP)
    steps = read_agenda(pages=PAGE_PATHS).steps
    if not isinstance(step, int) or not 0 <= step < len(steps):
        return None
    return steps[step].year if steps[step].page == "rumusan" else None


def _present(
    state: ViewState, meetings: list[StoredMeeting], records: list[StoredRumusan], day: date
) -> None:
    """One screen: the follow-up of one rakor year, late first."""
    lang = state.lang
    real = [m for m in meetings if not m.is_example]
    pool = real or meetings
    years = sorted({m.year for m in pool})
    if not years:
        st.markdown(f"## {t('rumusan.title', lang)}")
        st.info(t("rumusan.empty", lang), icon=":material/edit_note:")
        return
    wanted = _step_year()
    year = wanted if wanted in years else years[-1]
    chosen = [m for m in pool if m.year == year]
    mine = [r for r in records if r.meeting.id in {m.id for m in chosen}]
    st.markdown(f"## {escape_markdown(t('rumusan.follow_title', lang, year=year))}")
    if any(m.is_example for m in chosen):
        layout.example_notice(lang, compact=True)
    if wanted is not None and wanted != year:
        st.caption(t("rumusan.year_fallback", lang, wanted=wanted, year=year))
    lines = " · ".join(
        f"{formatting.format_date(m.held_on, lang)}, {m.place}: {m.name}" for m in chosen
    )
    counts = rules.status_counts(mine, day)
    items = rv.build_items(mine, rumusan_access.progress_all(), day, lang)
    st.html(
        '<div class="rmsn-present">'
        f'<p class="rmsn-meeting">{escape_html(lines)}</p>'
        + cards.chips_html(
            rv.status_chips(counts, lang),
            t("rumusan.total_on", lang, n=counts.total, day=formatting.format_date(day, lang)),
        )
        + (
            cards.compact_html(items, lang, limit=PRESENT_ROWS, cut=PRESENT_CHARS)
            if items
            else f"<p>{escape_html(t('rumusan.present.none', lang))}</p>"
        )
        + "</div>"
    )
