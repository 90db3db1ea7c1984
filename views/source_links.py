"""Sources as people read them: "BPS Kaltim (Radar Paser, 30/9/2024)" with the link behind it.

One place renders citations for every card, legend note, table and export so they read the
same everywhere (the rules are in :mod:`welfare.citations`). Labels and URLs come from stored
data, so everything is escaped and only http(s) links are made clickable.

Pure (no Streamlit): the meeting brief (:mod:`briefing`) words its sources with it too.
:func:`citations` is :func:`welfare.citations.distinct`, kept under this name because every
card and legend cites through this module.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from views.i18n import t
from welfare.citations import Citation
from welfare.citations import distinct as citations

__all__ = ["citations", "labels_text", "link_html", "sources_html"]


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
