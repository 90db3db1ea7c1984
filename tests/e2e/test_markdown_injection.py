"""A shared link cannot put a link or an outside image into the app's own notices."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.e2e.conftest import wait_idle

pytestmark = pytest.mark.e2e

QUERIES = {
    "mode": "[Sesi berakhir](http://evil.example/login)",
    "indikator": "![x](http://evil.example/pixel.png)",
    "wilayah": "<img src=http://evil.example/a.png> www.evil.example ani@evil.example",
}


def test_url_values_render_as_text_in_the_browser(app_server, offline_page):
    page = offline_page
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in QUERIES.items())
    page.goto(f"{app_server.url}/tren?{query}")
    wait_idle(page, timeout=60_000)
    alerts = page.locator("[data-testid=stAlert]")
    alerts.first.wait_for(timeout=30_000)
    # Autolinks are broken with an invisible word joiner: drop it to read the text.
    shown = "\n".join(alerts.all_inner_texts()).replace("\u2060", "")
    # The reader sees the values as typed, inert.
    assert "[Sesi berakhir](http://evil.example/login)" in shown, shown
    assert "![x](http://evil.example/pixel.png)" in shown, shown
    links = page.locator('a[href*="evil"]')
    assert links.count() == 0, [
        links.nth(i).evaluate("e => e.outerHTML") for i in range(links.count())
    ]
    assert page.locator('img[src*="evil"]').count() == 0
    page.wait_for_timeout(500)  # an image request would have been issued by now
    assert page.blocked.urls == [], f"non-local requests: {page.blocked.urls[:5]}"
