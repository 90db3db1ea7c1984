"""Rumusan drawn as HTML: a card per resolution (the Rumusan page), a compact table (presenter
mode and the regency profile), the status counts as badges.

What they say comes from :mod:`views.rumusan_view`; every text typed by people is escaped
here with :func:`welfare.rumusan.texts.as_html` (line breaks kept), and evidence becomes a
link only when it is an http(s) URL (:attr:`views.rumusan_view.NoteLine.link`). Styles:
``components/widgets/css/rumusan.css``; the status is written in words beside its colour.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.state import rumusan_access
from components.widgets import layout
from ground.markup import escape_html as esc
from views import rumusan_view as rv
from views.i18n import t
from views.kinds import data_badge
from welfare.rumusan import rules
from welfare.rumusan.texts import as_html


def _example(lang: str) -> str:
    return data_badge("example", lang)


def status_html(status: str, label: str, note: str = "") -> str:
    extra = f' <span class="rmsn-due">{esc(note)}</span>' if note else ""
    return f'<span class="rmsn-status rmsn-s-{esc(status)}">{esc(label)}</span>{extra}'


def chips_html(chips: Sequence[tuple[str, str, int]], total_text: str) -> str:
    """The status counts: '7 rumusan' then one badge per status with its number."""
    items = "".join(
        f'<li class="rmsn-chip rmsn-s-{esc(s)}{" zero" if n == 0 else ""}" data-status="{esc(s)}">'
        f"<b>{n}</b> {esc(label)}</li>"
        for s, label, n in chips
    )
    return f'<div class="rmsn-counts"><span>{esc(total_text)}</span><ul>{items}</ul></div>'


def _links_html(item: rv.Item, lang: str, *, short: bool = False) -> str:
    if not item.links:
        return ""
    rows = "".join(
        f'<li class="{"rmsn-reached" if link.reached else "rmsn-open"}">'
        f"{esc(link.short if short else link.text)}</li>"
        for link in item.links
    )
    head = esc(t("rumusan.card.indicators", lang))
    return f'<div class="rmsn-links"><b>{head}</b><ul>{rows}</ul></div>'


def _notes_html(item: rv.Item, lang: str) -> str:
    head = esc(t("rumusan.card.timeline", lang, n=len(item.notes)))
    if not item.notes:
        return (
            f'<div class="rmsn-timeline"><b>{head}</b>'
            f'<p class="rmsn-none">{esc(t("rumusan.card.no_notes", lang))}</p></div>'
        )
    rows = []
    for note in item.notes:
        evidence = ""
        if note.evidence:
            shown = as_html(note.evidence)
            if note.link:
                shown = f'<a href="{esc(note.link)}" rel="noopener noreferrer nofollow">{shown}</a>'
            word = esc(t("rumusan.card.evidence", lang))
            evidence = f' <span class="rmsn-evidence">{word}: {shown}</span>'
        rows.append(
            f'<li><span class="rmsn-when">{esc(note.day)}</span> · <b>{as_html(note.author)}</b>: '
            f"{as_html(note.text)}{evidence}</li>"
        )
    return f'<div class="rmsn-timeline"><b>{head}</b><ol>{"".join(rows)}</ol></div>'


def card_html(item: rv.Item, lang: str, *, meeting: bool = True) -> str:
    """One rumusan as a card: number, status, kind, text, parties, regions, deadline, the
    meeting, its indicators' progress, the follow-up timeline and its version."""
    badge = f" {_example(lang)}" if item.has_example else ""
    facts = [
        (t("rumusan.card.parties", lang), as_html(item.parties)),
        (t("rumusan.card.regions", lang), esc(item.regions)),
        (t("rumusan.card.deadline", lang), esc(item.deadline)),
    ]
    if meeting:
        facts.append((t("rumusan.card.meeting", lang), as_html(item.meeting)))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
    return (
        f'<article class="rmsn-card rmsn-b-{esc(item.status)}" data-rumusan="{item.id}">'
        f'<header><span class="rmsn-no">{esc(t("rumusan.card.number", lang, n=item.number))}'
        f"</span> {status_html(item.status, item.status_label, item.status_note)}"
        f' <span class="rmsn-kind">{esc(item.kind)}</span>{badge}</header>'
        f'<div class="rmsn-text">{as_html(item.text)}</div>'
        f'<dl class="rmsn-facts">{dl}</dl>'
        f"{_links_html(item, lang)}{_notes_html(item, lang)}"
        f"<footer>{as_html(item.changed)}</footer></article>"
    )


def cards(items: Sequence[rv.Item], lang: str, *, meeting: bool = True) -> None:
    layout.inject_css("rumusan")
    st.html(
        '<div class="rmsn-cards">'
        + "".join(card_html(i, lang, meeting=meeting) for i in items)
        + "</div>"
    )


def _cut(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def compact_html(
    items: Sequence[rv.Item],
    lang: str,
    *,
    limit: int | None = None,
    with_meeting: bool = False,
    cut: int | None = None,
) -> str:
    """A table: number, text, parties, deadline, status, indicators (short), in the order
    given (late first); ``with_meeting`` names each row's meeting; ``limit`` rows, then a line
    saying how many more; ``cut`` shortens each text to that many characters (a projector)."""
    shown = list(items if limit is None else items[:limit])
    heads = ("number", "text", "parties", "deadline", "status", "indicators")
    head = "".join(f'<th scope="col">{esc(t(f"rumusan.col.{h}", lang))}</th>' for h in heads)
    rows = []
    for item in shown:
        links = "<br>".join(
            f'<span class="{"rmsn-reached" if link.reached else "rmsn-open"}">'
            f"{esc(link.short)}</span>"
            for link in item.links
        )
        badge = f" {_example(lang)}" if item.has_example else ""
        where = f'<div class="rmsn-of">{as_html(item.meeting)}</div>' if with_meeting else ""
        rows.append(
            f'<tr data-rumusan="{item.id}"><td class="rmsn-no">{item.number}</td>'
            f'<td class="rmsn-text">{as_html(_cut(item.text, cut))}{badge}{where}</td>'
            f'<td>{as_html(item.parties)}</td><td class="rmsn-day">{esc(item.deadline)}</td>'
            f"<td>{status_html(item.status, item.status_label, item.status_note)}</td>"
            f"<td>{links or '–'}</td></tr>"
        )
    more = ""
    if limit is not None and len(items) > limit:
        more = f'<p class="rmsn-more">{esc(t("rumusan.more", lang, n=len(items) - limit))}</p>'
    return (
        f'<table class="rmsn-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{more}"
    )


def regency_section(kode: str, name: str, lang: str) -> None:
    """The regency profile's list: the rumusan concerning ``kode`` with status and progress
    (late first), or one line saying there are none."""
    layout.inject_css("rumusan")
    st.markdown(f"### {t('profile.rumusan', lang)}")
    records = rumusan_access.by_regency(kode)
    if not records:
        st.caption(t("profile.rumusan.none", lang, name=name))
        return
    day = rv.today()
    items = rv.build_items(records, rumusan_access.progress_all(), day, lang)
    counts = rules.status_counts(records, day)
    st.html(chips_html(rv.status_chips(counts, lang), t("rumusan.total", lang, n=counts.total)))
    if any(i.has_example for i in items):
        st.caption(t("rumusan.example_note", lang))
    # A regency's list spans meetings: each row names its meeting.
    st.html(compact_html(items, lang, with_meeting=True))
    st.caption(t("profile.rumusan.caption", lang, name=name))
