"""One way to put a value from a URL, a file or a user into Streamlit Markdown: escaped.

Streamlit renders most text (``st.markdown``, ``st.warning``/``info``/``error``/``caption``,
``st.toast``, widget and metric labels, tab and expander titles) as GitHub-flavoured Markdown
with LaTeX (``$``), colour directives (``:red[...]``) and icon shortcodes (``:material/x:``), and
it turns bare ``http://...``, ``www....`` and e-mail addresses into links. A value such as
``[Sesi berakhir](http://evil.example/login)`` or ``![x](http://evil.example/pixel.png)`` in a
shared link would otherwise become a clickable link or an outside image inside the app's own
notice. Backslash-escaped punctuation renders as the character itself, and autolinks are
broken with an invisible word joiner, so escaped text looks the same on screen. HTML goes
through :func:`escape_html` instead (tooltips, legends, rankings, cards).
"""

from __future__ import annotations

import html
import re

# Every character that starts or closes Markdown/GFM syntax, math, directives, shortcodes,
# entities or autolinks ("://", "www.", "@"). Quotes, commas and "?" are harmless and left
# as typed, so messages stay readable in the AppTest element values.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:@&=^%])")
_BREAKS = re.compile(r"[\r\n\t\v\f\u0085\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


# GFM autolinks bare URLs, "www." and e-mail addresses in the text *after* escapes are
# resolved, so a backslash does not stop them: an invisible word joiner breaks the pattern.
_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?i)(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?=@)")


def escape_markdown(text: object) -> str:
    """``text`` as literal Markdown: no links, images, HTML, math, headings or line breaks."""
    value = _CONTROL.sub("", str(text))
    value = _BREAKS.sub(" ", value)  # a new line could start a heading, list or quote
    value = _AUTOLINK.sub(_JOINER, value)
    return _SPECIAL.sub(r"\\\1", value)


def escape_html(value: object) -> str:
    """``value`` as HTML text (quotes too, so it is safe inside an attribute); None is ""."""
    return html.escape("" if value is None else str(value), quote=True)
