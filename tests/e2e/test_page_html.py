"""serve.py's page HTML on the real server: one health probe for a shared link, the rest untouched.

Without the config line a deep link such as ``/peta`` makes the frontend probe
``/peta/_stcore/health`` (404) and, 100 ms later, ``/_stcore/health``; with it, one probe.
"""

from __future__ import annotations

import http.client
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
import streamlit
import streamlit_folium

from tests.e2e.conftest import offline_context, start_app, stop_app, wait_idle

pytestmark = pytest.mark.e2e

CONFIG_SCRIPT = '<script>window.__streamlit = {BACKEND_BASE_URL: location.origin + "/"}</script>'
STREAMLIT_STATIC = Path(streamlit.__file__).parent / "static"
FOLIUM_BUILD = Path(streamlit_folium.__file__).parent / "frontend" / "build"
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
PETA_QUERY = "?indikator=penduduk_miskin_persen&tahun=2024"
PETA_HEADING = "Persentase penduduk miskin · 2024"


def _get(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """One request as it is answered: no redirects followed, no compression asked for."""
    parsed = urlparse(url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
    try:
        conn.request(method, parsed.path + (f"?{parsed.query}" if parsed.query else ""))
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def _installed_index_html() -> str:
    return (STREAMLIT_STATIC / "index.html").read_text(encoding="utf-8")


def _open_and_record(browser, url: str, heading: str | None = None) -> dict:
    """Open ``url`` offline in a fresh context; every request URL and what the page shows."""
    context, blocked = offline_context(browser)
    requests: list[str] = []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(url)
        wait_idle(page, timeout=90_000)
        result: dict = {"requests": requests, "blocked": blocked}
        if heading is not None:
            page.get_by_role("heading", name=heading).wait_for(timeout=30_000)
            page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
            result["iframe_src"] = page.locator(MAP_FRAME).get_attribute("src")
        result["path"] = urlparse(page.url).path
        result["not_found"] = page.get_by_text("Page not found").count()
        result["heading_count"] = (
            page.get_by_role("heading", name=heading).count() if heading is not None else 0
        )
        return result
    finally:
        context.close()


def _health_paths(requests: list[str]) -> list[str]:
    return [urlparse(u).path for u in requests if urlparse(u).path.endswith("_stcore/health")]


@pytest.fixture(scope="module")
def peta_visit(app_server, browser) -> dict:
    return _open_and_record(browser, app_server.url + "/peta" + PETA_QUERY, PETA_HEADING)


@pytest.mark.parametrize("path", ["/peta", "/tren", "/"])
def test_page_html_is_streamlits_own_plus_the_config_line_once(app_server, path):
    status, headers, body = _get(app_server.url + path)
    html = body.decode("utf-8")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    assert headers["cache-control"] == "no-cache"
    assert html.count(CONFIG_SCRIPT) == 1
    assert html.count("window.__streamlit") == 1
    # Before Streamlit's first script, so the bundle sees it when it loads.
    assert html.index(CONFIG_SCRIPT) < html.index('<script type="module"')
    assert html.index(CONFIG_SCRIPT) == html.index("<script")
    # Nothing else changed: without the line, the language line and the default language it
    # is the installed index.html.
    html = re.sub(r'<script id="serambi-lang">.*?</script>\n    ', "", html, count=1)
    html = html.replace('<html lang="id">', '<html lang="en">', 1)
    assert html.replace(CONFIG_SCRIPT + "\n    ", "", 1) == _installed_index_html()


def test_head_of_a_page_has_the_headers_and_no_body(app_server):
    status, headers, body = _get(app_server.url + "/peta", method="HEAD")
    _, _, get_body = _get(app_server.url + "/peta")
    assert status == 200
    assert headers["cache-control"] == "no-cache"
    assert int(headers["content-length"]) == len(get_body)
    assert body == b""


def test_streamlit_routes_are_served_unchanged(app_server):
    status, _, body = _get(app_server.url + "/_stcore/health")
    assert (status, body.strip()) == (200, b"ok")
    # A page's own probe path is still Streamlit's 404, never the page HTML.
    status, _, body = _get(app_server.url + "/peta/_stcore/health")
    assert status == 404 and b"<html" not in body
    # Trailing slash: still Streamlit's redirect to the page.
    status, headers, _ = _get(app_server.url + "/peta/")
    assert (status, headers["location"]) == (301, "/peta")
    # The main bundle the page names, byte for byte, with Streamlit's long cache header.
    bundle = re.search(r'src="\./(static/js/index\.[^"]+\.js)"', _installed_index_html())
    assert bundle is not None
    status, headers, body = _get(f"{app_server.url}/{bundle.group(1)}")
    assert status == 200
    assert body == (STREAMLIT_STATIC / bundle.group(1)).read_bytes()
    assert "immutable" in headers["cache-control"]
    # A file with an extension at the root: Streamlit's own file.
    status, _, body = _get(app_server.url + "/favicon.png")
    assert status == 200 and body == (STREAMLIT_STATIC / "favicon.png").read_bytes()


def test_opening_peta_probes_the_server_once_and_draws_the_map(peta_visit):
    assert _health_paths(peta_visit["requests"]) == ["/_stcore/health"]
    host_config = [u for u in peta_visit["requests"] if "_stcore/host-config" in u]
    assert [urlparse(u).path for u in host_config] == ["/_stcore/host-config"]
    assert not [u for u in peta_visit["requests"] if "/peta/_stcore/" in u]
    # Routing to the page still works: the Peta page with its map, at /peta.
    assert peta_visit["path"] == "/peta"
    assert peta_visit["not_found"] == 0
    assert peta_visit["heading_count"] == 1
    assert peta_visit["blocked"] == []


def test_component_file_is_served_unchanged(app_server, peta_visit):
    src = peta_visit["iframe_src"]
    assert src and "/component/streamlit_folium.st_folium/index.html" in src
    status, _, body = _get(app_server.url + urlparse(src).path)
    assert status == 200
    assert body == (FOLIUM_BUILD / "index.html").read_bytes()
    assert b"window.__streamlit" not in body


def test_base_url_path_is_named_in_the_config_line(tmp_path, browser):
    """With ``server.baseUrlPath`` the line names it, and the one probe goes there."""
    app = start_app(tmp_path, {"STREAMLIT_SERVER_BASE_URL_PATH": "serambi"}, base_path="/serambi")
    try:
        status, _, body = _get(app.url + "/serambi/tentang")
        html = body.decode("utf-8")
        assert status == 200
        line = CONFIG_SCRIPT.replace('"/"', '"/serambi/"')
        assert html.count(line) == 1 and html.count("window.__streamlit") == 1
        # Outside the base path nothing is a page of this app.
        status, _, body = _get(app.url + "/tentang")
        assert b"window.__streamlit" not in body
        visit = _open_and_record(browser, app.url + "/serambi/tentang")
        assert _health_paths(visit["requests"]) == ["/serambi/_stcore/health"]
        assert visit["path"] == "/serambi/tentang"
        assert visit["not_found"] == 0
    finally:
        stop_app(app)


def test_home_path_html_rewrites_the_address_to_the_root_first(app_server):
    """``/beranda`` gets the alias line before the config line; other pages never do."""
    html = _get(app_server.url + "/beranda")[2].decode("utf-8")
    alias = '<script>history.replaceState(history.state, "", "/" + location.search'
    assert html.count(alias) == 1
    assert html.index(alias) == html.index("<script") < html.index(CONFIG_SCRIPT)
    assert alias not in _get(app_server.url + "/peta")[2].decode("utf-8")
    assert alias not in _get(app_server.url + "/")[2].decode("utf-8")


def test_the_page_names_every_toast_by_its_text(app_server, browser):
    """Streamlit's toasts are alert dialogs without a name (axe: aria-dialog-name, serious);
    the page script names each by its text as it appears."""
    context, _ = offline_context(browser)
    page = context.new_page()
    try:
        page.goto(app_server.url + "/tentang")
        wait_idle(page, timeout=90_000)
        page.evaluate(
            """() => { const d = document.createElement('div');
                d.setAttribute('role', 'alertdialog'); d.textContent = ' Memuat data awal… ';
                document.body.appendChild(d); }"""
        )
        page.wait_for_function(
            "() => document.querySelector('[role=alertdialog]').getAttribute('aria-label')"
            " === 'Memuat data awal…'",
            timeout=5_000,
        )
    finally:
        context.close()
