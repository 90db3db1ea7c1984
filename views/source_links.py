"""Sources as people read them: "BPS Kaltim (Radar Paser, 30/9/2024)" with the link behind it.

One place renders citations for every card, legend note, table and export so they read the
same everywhere (the rules are in :mod:`welfare.citations`). Labels and URLs come from stored
data, so everything is escaped and only http(s) links are made clickable.

Pure (no Streamlit): the meeting brief (:mod:`briefing`) words its sources with it too.
:func:`citations` is :func:`welfare.citations.distinct`, kept under this name because every
card and legend cites through this module.

Two stored labels are written in Indonesian and shown in the page's language here: a target's
document (its remarks, :func:`document_label`) and a DTSEN snapshot date
(:func:`snapshot_label`). Names stay as they are; only the known remarks and dates change.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from views.i18n import STRINGS, t
from welfare.citations import Citation
from welfare.citations import distinct as citations
from welfare.formatting import localise_dates

__all__ = [
    "citations",
    "document_label",
    "labels_text",
    "link_html",
    "snapshot_label",
    "sources_html",
]


# The i18n keys of the remarks stored in Indonesian (views/i18n_explore.py), each replaced by
# its text in the page's language.
DOCUMENT_REMARKS = (
    "target.doc.unknown",
    "target.doc.unnamed",
    "target.doc.presumed",
    "target.doc.comparison",
    "target.doc.not_rpjmd",
    "target.doc.not_rpjmn",
    "target.doc.statement",
    "target.doc.draft",
    "target.doc.amended",
    "target.doc.and",
)
SNAPSHOT_REMARKS = (
    "target.snapshot.example",
    "target.snapshot.per_source",
    "target.snapshot.none",
)


def _replace(text: str, keys: tuple[str, ...], lang: str) -> str:
    """``text`` with the Indonesian of each key replaced by its ``lang`` text, longest first
    (so "dokumen tidak disebut sumber" goes before "dokumen tidak disebut")."""
    pairs = sorted(((STRINGS[k]["id"], t(k, lang)) for k in keys), key=lambda p: -len(p[0]))
    for stored, shown in pairs:
        text = text.replace(stored, shown)
    return text


def document_label(document: str, lang: str) -> str:
    """A target's document as stored ("RPJMD Kaltim 2025-2029 (diduga; artikel tidak menyebut
    dokumen)") with its remarks in ``lang`` ("... (presumed; the article does not name the
    document)"); the name itself is kept."""
    if lang == "id" or not isinstance(document, str):
        return document
    return _replace(document, DOCUMENT_REMARKS, lang)


def snapshot_label(label: str, lang: str) -> str:
    """A stored DTSEN snapshot label ("23 Januari 2026 (DATA CONTOH)") in ``lang``
    ("23 January 2026 (EXAMPLE DATA)")."""
    if lang == "id" or not isinstance(label, str):
        return label
    return _replace(localise_dates(label, lang), SNAPSHOT_REMARKS, lang)


def link_html(c: Citation, lang: str) -> str:
    label = html.escape(c.label(lang))
    if c.url and c.url.startswith(("https://", "http://")):
        title = html.escape(c.title or c.text, quote=True)
        href = html.escape(c.url, quote=True)
        return (
            f'<a href="{href}" target="_blank" rel="noopener noreferrer" title="{title}">'
            f"{label}</a>"
        )
    return label


def sources_html(cited: Iterable[Citation], lang: str, limit: int = 3) -> str:
    """'Sumber: <a>BPS Kaltim (…)</a>; <a>…</a> (+2)' as one escaped HTML line ('' if none)."""
    items = list(cited)
    if not items:
        return ""
    shown = "; ".join(link_html(c, lang) for c in items[:limit])
    more = f" (+{len(items) - limit})" if len(items) > limit else ""
    return html.escape(t("map.source", lang)) + ": " + shown + more


def labels_text(cited: Iterable[Citation], lang: str, limit: int = 3) -> str:
    """The same line as plain text (legends inside the map, file footers)."""
    items = list(cited)
    more = f" (+{len(items) - limit})" if len(items) > limit else ""
    return "; ".join(c.label(lang) for c in items[:limit]) + more
