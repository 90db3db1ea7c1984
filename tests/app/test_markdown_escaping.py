"""URL values never become Markdown: no link, image or outside fetch inside the app's notices.

Fallback notices quote the raw URL value (``?mode=...``), so a shared link could otherwise put
a clickable "Sesi berakhir" link or a tracking pixel into Serambi's own warning. Every page,
every shareable parameter.
"""

from __future__ import annotations

import re

import pytest

from ground.markup import escape_markdown
from tests.app.conftest import run_app

pytestmark = pytest.mark.usefixtures("app_env")

LINK = "[Sesi berakhir](http://evil.example/login)"
IMAGE = "![x](http://evil.example/pixel.png)"
PAGES = [
    "pages/beranda.py",
    "pages/peta.py",
    "pages/tren.py",
    "pages/cakupan.py",
    "pages/profil.py",
    "pages/tentang.py",
]
PARAMS = ["indikator", "tahun", "wilayah", "lang", "mode"]
# Markdown that Streamlit would render as a link or an image: an unescaped "![", "](", "[...]"
# or "<http". GFM also autolinks bare URLs, "www." and e-mail addresses in the text after the
# escapes are resolved, so those are looked for in the text as rendered (backslashes removed).
_UNESCAPED = re.compile(r"(?<!\\)(?:!\[|\]\(|<http)|(?<!\\)\[[^\]]*(?<!\\)\]")
_AUTOLINK = re.compile(r"(?i)https?://|\bwww\.|\w@\w")


def _bodies(at) -> list[str]:
    elements = [
        *at.markdown,
        *at.caption,
        *at.warning,
        *at.info,
        *at.error,
        *at.success,
        *at.title,
        *at.header,
        *at.subheader,
        *at.toast,
    ]
    bodies = [str(e.value) for e in elements]
    bodies += [str(m.label) for m in at.metric]
    bodies += [str(w.label) for w in [*at.button, *at.selectbox, *at.radio, *at.toggle]]
    return bodies


def _assert_inert(at, payload: str) -> None:
    assert not at.exception, at.exception
    for body in _bodies(at):
        if "evil" in body:
            assert not _UNESCAPED.search(body), body
            assert not _AUTOLINK.search(body.replace("\\", "")), body


@pytest.mark.parametrize("payload", [LINK, IMAGE])
def test_the_two_reported_urls_show_escaped_text(payload):
    key = "mode" if payload is LINK else "indikator"
    at = run_app("pages/peta.py", query={key: payload})
    _assert_inert(at, payload)
    warnings = [w.value for w in at.warning]
    assert any(escape_markdown(payload) in w for w in warnings), warnings
    # What the reader sees is the value as typed, not a link.
    assert escape_markdown(payload).replace("\\", "").replace("\u2060", "") == payload


@pytest.mark.parametrize("page", PAGES)
def test_every_parameter_on_every_page_stays_text(page):
    for param in PARAMS:
        for payload in (LINK, IMAGE, "x\n# Judul $x^2$ <b>tebal</b> :red[merah] www.evil.example"):
            at = run_app(page, query={param: payload})
            _assert_inert(at, payload)
            for body in _bodies(at):
                assert "<b>" not in body and "\n# " not in body, (page, param, body)


def test_escape_markdown_neutralises_syntax():
    text = escape_markdown("a\r\n![x](u) <i> `c` *b* _i_ ~s~ #h |t| $m$ :red[r] @u.id")
    assert text == (
        r"a \!\[x\]\(u\) \<i\> \`c\` \*b\* \_i\_ \~s\~ \#h \|t\| \$m\$ \:red\[r\] "
        "\u2060"
        r"\@u\.id"
    )
