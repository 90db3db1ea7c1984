"""ASGI entry point: Streamlit's own app, with page HTML that names the server's base URL.

Start the app with ``streamlit run serve.py`` (it finds ``app`` below; config.toml and the
``--server.*`` flags apply as usual). ``app.py`` stays the Streamlit script (AppTest uses it).

Why: on a shared link such as ``/peta`` Streamlit's frontend does not know where the server's
root is, so it probes ``/peta/_stcore/health`` (404) and, after a fixed 100 ms retry timer,
``/_stcore/health``: every page but ``/`` paid ~90-120 ms before the websocket opened (health
answered after ~220 ms instead of ~90 ms in headless Chromium on our 2-core machine). The
bundle reads ``window.__streamlit`` once when it loads; with ``BACKEND_BASE_URL`` set there it
probes only that URL. So page requests get Streamlit's own ``index.html`` with one line put
before its first ``<script>``. ``HOST_CONFIG`` is deliberately not set: it switches on other
host behaviour. To see it: browser devtools, network tab, open ``/peta``: one
``_stcore/health`` request instead of two (``tests/e2e/test_page_html.py`` counts them).

Everything that is not a page (``/_stcore/*``, ``/static/*``, ``/component/*``, ``/media/*``,
``/app/static/*``, auth routes, files with an extension, paths with a trailing slash, other
methods, websockets) goes to Streamlit untouched; a page path this middleware does not
recognise still gets Streamlit's plain HTML, which only costs the second probe again. The app
must be reached at the origin's root or at ``server.baseUrlPath`` (nginx in ``deploy/``
proxies ``/``); a proxy that strips a prefix of its own would need that prefix here.

The home page's own path (``/beranda``) is an alias of ``/``: Streamlit serves its default page
at the root only and answers ``/beranda`` with "Page not found" once ``st.navigation`` has run.
Its HTML first rewrites the address to ``/`` (query and fragment kept) with
``history.replaceState``, before the frontend reads it: no redirect, no second request.

The page's language: Streamlit's ``index.html`` says ``<html lang="en">`` whatever the app
shows. Page HTML here declares the default language (``id``) and carries one more line,
:func:`lang_script`, that sets ``document.documentElement.lang`` from the address's ``?lang=``
when the page loads and again whenever the app rewrites the address (it writes ``lang`` there
when the language is switched in the sidebar), so screen readers and browsers read Bahasa
Indonesia as Indonesian and ``?lang=en`` as English (``tests/e2e/test_accessibility.py``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from starlette.middleware import Middleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send
from streamlit import config, file_util
from streamlit.starlette import App

from views.i18n import DEFAULT_LANG, LANGS
from views.pages import HOME_PATH

# First path segments Streamlit routes itself (its routes and the app's static files).
_RESERVED_SEGMENTS = frozenset(
    {"_stcore", "static", "component", "media", "app", "auth", "oauth2callback"}
)
# A page's url_path: one segment, no dot (a dot means a file, which Streamlit serves).
_PAGE_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")


def _base_path() -> str:
    """``server.baseUrlPath`` as ``/foo/bar`` (``""`` without one)."""
    base = (config.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}" if base else ""


def config_script(base_path: str) -> str:
    """The one line the frontend reads before it decides where to probe."""
    # json.dumps quotes the path; "<" escaped so a path can never close the script tag.
    path = json.dumps(base_path + "/").replace("<", "\\u003c")
    return f"<script>window.__streamlit = {{BACKEND_BASE_URL: location.origin + {path}}}</script>"


def home_alias_script(base_path: str) -> str:
    """The line that turns ``/beranda?…`` into ``/?…`` before Streamlit reads the address."""
    root = json.dumps(base_path + "/").replace("<", "\\u003c")
    return (
        f'<script>history.replaceState(history.state, "", '
        f"{root} + location.search + location.hash)</script>"
    )


def lang_script() -> str:
    """The line that keeps ``<html lang>`` on the language the app shows (``?lang=``; the
    default language without it), at load and after every address change the app makes; it
    also names each toast (an alert dialog) by its text for screen readers."""
    langs = json.dumps(list(LANGS))
    default = json.dumps(DEFAULT_LANG)
    return (
        '<script id="serambi-lang">(function () {'
        f" var langs = {langs}, root = document.documentElement;"
        " function set() {"
        ' var l = new URLSearchParams(location.search).get("lang");'
        f" root.lang = langs.indexOf(l) >= 0 ? l : {default}; }}"
        ' ["pushState", "replaceState"].forEach(function (m) {'
        " var f = history[m]; history[m] = function () {"
        " var r = f.apply(this, arguments); set(); return r; }; });"
        ' addEventListener("popstate", set); set();'
        # Streamlit's toasts are alert dialogs without a name (axe: aria-dialog-name): name
        # each one by its own text as it appears.
        " new MutationObserver(function () {"
        ' document.querySelectorAll("[role=alertdialog]:not([aria-label])")'
        ".forEach(function (d) {"
        ' var n = (d.textContent || "").trim().slice(0, 200);'
        ' if (n) { d.setAttribute("aria-label", n); } }); })'
        ".observe(root, {childList: true, subtree: true}); })()</script>"
    )


_HTML_LANG = '<html lang="en">'


def page_html(base_path: str, *, home_alias: bool = False) -> bytes:
    """Streamlit's installed ``index.html`` with :func:`config_script` before its first script
    (and, for the home page's own path, :func:`home_alias_script` before that), then
    :func:`lang_script`; ``<html lang>`` says the default language."""
    html = (Path(file_util.get_static_dir()) / "index.html").read_text(encoding="utf-8")
    if "<script" not in html or _HTML_LANG not in html:
        # A Streamlit upgrade changed the page: fail at start, loudly.
        raise RuntimeError("Streamlit's index.html has no <script> or <html lang> to change")
    head = config_script(base_path) + "\n    " + lang_script()
    if home_alias:
        head = home_alias_script(base_path) + "\n    " + head
    html = html.replace(_HTML_LANG, f'<html lang="{DEFAULT_LANG}">', 1)
    return html.replace("<script", head + "\n    <script", 1).encode()


def is_page_path(path: str, base_path: str) -> bool:
    """Whether Streamlit would answer ``path`` with its SPA page (and nothing else would)."""
    if not path.startswith(base_path + "/"):
        return False
    rest = path[len(base_path) + 1 :]
    if rest == "":
        return True
    return bool(_PAGE_SEGMENT.fullmatch(rest)) and rest not in _RESERVED_SEGMENTS


class PageHtmlMiddleware:
    """Answers GET/HEAD of a page path with :func:`page_html`; passes everything else on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # Built with the middleware stack, i.e. after Streamlit has loaded its config.
        self.base_path = _base_path()
        self.body = page_html(self.base_path)
        self.home_path = f"{self.base_path}/{HOME_PATH}"
        self.home_body = page_html(self.base_path, home_alias=True)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] in ("GET", "HEAD")
            and is_page_path(scope["path"], self.base_path)
        ):
            # The same header Streamlit puts on its HTML: always revalidated, never stale.
            home = scope["path"].rstrip("/") == self.home_path
            response = Response(
                self.home_body if home else self.body,
                media_type="text/html",
                headers={"Cache-Control": "no-cache"},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


app = App("app.py", middleware=[Middleware(PageHtmlMiddleware)])
