"""Every documented path opens its page, on a first and a later visit, with and without query
parameters, and never behind Streamlit's "Page not found" box.

``/beranda`` is the case that broke: Streamlit serves its default page at ``/`` only, and once
``st.navigation`` had run, ``/beranda`` opened behind "Page not found … Running the app's main
page" (serve.py makes it an alias of ``/``).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import offline_context, wait_idle
from views.pages import PAGE_PATHS

pytestmark = pytest.mark.e2e

QUERIES = ("", "?mode=presentasi&indikator=penduduk_miskin_persen")


def _visit(page, url: str) -> None:
    page.goto(url)
    wait_idle(page, timeout=90_000)


@pytest.mark.parametrize("query", QUERIES)
def test_every_page_opens_twice_without_page_not_found(app_server, browser, query):
    context, blocked = offline_context(browser, width=1366, height=768)
    page = context.new_page()
    try:
        for path in ("/", *(f"/{p}" for p in PAGE_PATHS)):
            for visit in (1, 2):
                _visit(page, app_server.url + path + query)
                assert page.get_by_text("Page not found").count() == 0, (path, query, visit)
                assert page.get_by_text("app's main page", exact=False).count() == 0, (path, visit)
                shown = urlparse(page.url)
                # The home page's own path is shown as the root; every other path is kept.
                expected = "/" if path in ("/", "/beranda") else path
                assert shown.path == expected, (path, query, visit, page.url)
                if "mode=presentasi" in query:  # the alias keeps the query: still presenting
                    assert parse_qs(shown.query).get("mode") == ["presentasi"], (path, page.url)
                    assert page.locator(".st-key-presenter_next").count() == 1, path
    finally:
        context.close()
    assert blocked == []


def test_home_alias_keeps_the_view_in_the_address(app_server, browser):
    context, _ = offline_context(browser)
    page = context.new_page()
    try:
        _visit(page, app_server.url + "/beranda?lang=en")
        shown = urlparse(page.url)
        assert (shown.path, parse_qs(shown.query)["lang"]) == ("/", ["en"])
        page.get_by_role("heading", name="Serambi").first.wait_for(timeout=30_000)
    finally:
        context.close()
