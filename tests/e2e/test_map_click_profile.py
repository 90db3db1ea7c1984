"""Clicking a regency on the map selects it and offers its profile (real browser, offline)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"


def test_click_regency_selects_it_and_opens_profile(app_server, offline_page):
    page = offline_page
    page.goto(f"{app_server.url}/peta?indikator=penduduk_miskin_persen")
    wait_idle(page, timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("[data-serambi-layer]").wait_for(timeout=30_000)

    # Kutai Timur (BPS 6404): every regency path carries its code as a class.
    frame.locator("path.serambi-region-6404").dispatch_event("click")

    link = page.get_by_role("link", name="Buka profil Kutai Timur")
    link.wait_for(timeout=30_000)
    wait_idle(page)
    assert "wilayah=6404" in page.url
    # The clicked regency is outlined as selected.
    frame.locator("path.serambi-region-6404[stroke-width='4']").wait_for(timeout=15_000)

    link.click()
    page.get_by_role("heading", name="Kutai Timur").first.wait_for(timeout=30_000)
    wait_idle(page)
    assert "/profil" in page.url and "wilayah=6404" in page.url
    body = page.locator("[data-testid=stMain]").inner_text()
    assert "64.08" in body  # Kemendagri code of Kutai Timur, next to BPS 6404
    assert page.blocked.urls == []
    screenshot(page, "profil-kutai-timur")
