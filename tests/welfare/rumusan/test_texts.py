"""Typed text: control characters stripped, limits, and the escaping helpers the UI uses."""

from __future__ import annotations

import pytest

from ground.markup import escape_html, escape_markdown
from welfare.rumusan import texts

PAYLOADS = [
    "<script>alert('x')</script>",
    "[Sesi berakhir](http://evil.example/login) ![x](http://evil.example/p.png)",
    "'; DROP TABLE rumusan; --",
    "**tebal** # judul $x^2$ :red[merah] :material/warning: <b onmouseover=alert(1)>",
    "1. butir\n- butir\n> kutipan",
]


def test_control_bidi_and_zero_width_characters_are_removed() -> None:
    raw = "a\x00b\x07c\x1b[31md\u202eE\u2066F\u200bG\ufeffH\x85I"
    assert texts.clean(raw) == "abc[31mdEFGH I"
    assert texts.clean(raw, multiline=True) == "abc[31mdEFGH\nI"


def test_lines_are_kept_in_long_texts_only() -> None:
    raw = "  a.  satu \r\n\r\n\r\n b.\tdua\u2028c. tiga  "
    assert texts.clean(raw, multiline=True) == "a. satu\n\nb. dua\nc. tiga"
    assert texts.clean(raw) == "a. satu b. dua c. tiga"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markup_is_kept_as_typed_and_escaped_by_the_helpers(payload: str) -> None:
    stored = texts.clean(payload, multiline=True)
    assert stored == payload  # verbatim: escaping is the screen's job
    lines = stored.split("\n")
    assert texts.as_markdown(stored) == "  \n".join(escape_markdown(line) for line in lines)
    assert texts.as_html(stored) == "<br>".join(escape_html(line) for line in lines)
    html = texts.as_html(stored)
    assert "<script" not in html and "<b " not in html
    md = texts.as_markdown(stored)
    assert "](" not in md and "<" not in md.replace("\\<", "")


def test_length_limits_name_the_limit() -> None:
    assert texts.too_long("rumusan", "x" * texts.MAX_TEXT["rumusan"]) is None
    reason = texts.too_long("rumusan", "x" * 4001)
    assert reason == "teks terlalu panjang (4001 karakter, paling banyak 4000); persingkat."


@pytest.mark.parametrize(
    ("evidence", "link", "refused"),
    [
        ("https://dinsos.kaltimprov.go.id/laporan.pdf", True, False),
        ("http://example.org/a?b=c", True, False),
        ("Notula rapat 12 Mei 2026", False, False),
        ("SK Gubernur: No. 400/2026", False, False),
        ("javascript:alert(1)", False, True),
        ("JavaScript:alert(1)", False, True),
        ("data:text/html;base64,PHNjcmlwdD4=", False, True),
        ("file:///etc/passwd", False, True),
        ("ftp://example.org/x", False, True),
        ("https://exa mple.org", False, True),
    ],
)
def test_evidence_links_are_http_only(evidence: str, link: bool, refused: bool) -> None:
    assert (texts.evidence_link(evidence) == evidence) is link
    assert (texts.evidence_problem(evidence) is not None) is refused
