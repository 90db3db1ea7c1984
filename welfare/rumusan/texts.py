"""Typed text of a rumusan: what is kept, how long it may be, and how the UI shows it.

Text typed by people is input like any file. It is stored **verbatim** apart from:

- control characters (C0/C1, DEL), Unicode bidirectional overrides and isolates (which can
  make a line read differently from what is stored) and zero-width characters are removed;
- line breaks are kept in the long texts (a rumusan often has points a., b., c.) as ``\\n``
  (``\\r\\n``, ``\\r``, U+2028/2029 become ``\\n``), at most one empty line in a row; the short
  fields (names, places, authors, evidence) are one line;
- runs of spaces become one space and each line is stripped.

Nothing is escaped when stored: a rumusan may well contain ``<``, ``*`` or ``[`` and the PDF,
the XLSX and the screen each escape for themselves. The UI uses :func:`as_markdown` for
Streamlit Markdown and :func:`as_html` for HTML (cards, tooltips, the PDF's HTML), both built
on :mod:`ground.markup`, and :func:`evidence_link` before making evidence clickable.
"""

from __future__ import annotations

import re

from ground.markup import escape_html, escape_markdown

# Limits in characters, per field (template column names; see welfare.rumusan.records).
MAX_TEXT: dict[str, int] = {
    "nama": 200,  # meeting name
    "tempat": 200,
    "rumusan": 4000,
    "penanggung_jawab": 200,  # each party
    "catatan": 4000,  # a follow-up note
    "penulis": 120,
    "bukti": 500,
    "alasan": 500,  # why a rumusan was removed
    "pengguna": 120,  # the user name written to created_by / updated_by
}
MULTILINE = frozenset({"rumusan", "catatan", "alasan"})

_REMOVED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # control characters (tab and newlines handled below)
    "\u200b-\u200f"  # zero-width space/joiners, LRM/RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2064\u2066-\u2069"  # word joiner, invisible operators, bidi isolates
    "\ufeff]"  # byte order mark / zero-width no-break space
)
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_EVIDENCE_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def clean(raw: object, *, multiline: bool = False) -> str:
    """``raw`` as stored: see the module docstring. None is ""; a whole float loses its ".0"."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = _NEWLINES.sub("\n", str(raw))
    text = _REMOVED.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if not multiline:
        return " ".join(line for line in lines if line)
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")


def too_long(field: str, text: str) -> str | None:
    """Why ``text`` is too long for ``field`` (Bahasa Indonesia, without the field), or None."""
    limit = MAX_TEXT.get(field)
    if limit is None or len(text) <= limit:
        return None
    return f"teks terlalu panjang ({len(text)} karakter, paling banyak {limit}); persingkat."


def as_markdown(text: object) -> str:
    """Stored text for ``st.markdown``: every line escaped (:func:`ground.markup.
    escape_markdown`), line breaks kept as Markdown hard breaks."""
    lines = str("" if text is None else text).split("\n")
    return "  \n".join(escape_markdown(line) for line in lines)


def as_html(text: object) -> str:
    """Stored text for HTML: every line escaped (:func:`ground.markup.escape_html`), line
    breaks as ``<br>``."""
    lines = str("" if text is None else text).split("\n")
    return "<br>".join(escape_html(line) for line in lines)


_UNSAFE_SCHEMES = frozenset(
    {"javascript", "data", "vbscript", "file", "blob", "about", "ftp", "mailto", "tel"}
)
_REFUSED_LINK = (
    "tautan '{scheme}:' tidak diterima; tulis tautan yang diawali http:// atau "
    "https://, atau nama dokumennya."
)


def evidence_problem(evidence: str) -> str | None:
    """Why an evidence text is refused, or None. A document name is free text ("Laporan:
    Maret 2026" too); a link must be ``http://`` or ``https://`` (never ``javascript:``,
    ``data:``, ``file:`` ...)."""
    match = _EVIDENCE_SCHEME.match(evidence)
    if match is None:
        return None
    scheme = match[1].lower()
    if scheme in {"http", "https"}:
        if _URL.match(evidence):
            return None
        return "tautan tidak lengkap atau berisi spasi; salin tautannya utuh."
    if scheme in _UNSAFE_SCHEMES or evidence[match.end() :].startswith("//"):
        return _REFUSED_LINK.format(scheme=match[1])
    return None


def evidence_link(evidence: str | None) -> str | None:
    """The URL to link when the evidence is an http(s) link, else None (a document name is
    shown as text)."""
    if evidence and _URL.match(evidence):
        return evidence
    return None
