"""Drill down from a regency to its kecamatan on the map (real browser, offline)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
PPU_KECAMATAN = ("64.09.01", "64.09.02", "64.09.03", "64.09.04")


def _region(frame, code: str):  # noqa: ANN001, ANN202
    # Kecamatan codes contain dots: match the class as a word, not as a CSS class selector.
    return frame.locator(f"path[class~='serambi-region-{code}']")


def test_click_regency_then_kecamatan_then_profile(app_server, offline_page):
    page = offline_page
    page.goto(f"{app_server.url}/peta?indikator=pmks_total")
    wait_idle(page, timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("[data-serambi-layer]").wait_for(timeout=30_000)

    _region(frame, "6409").dispatch_event("click")  # Penajam Paser Utara
    # Segmented-control options are radio buttons.
    drill = page.get_by_role("radio", name="Kecamatan di Penajam Paser Utara")
    drill.wait_for(timeout=30_000)
    wait_idle(page)
    drill.click()

    _region(frame, "64.09.04").wait_for(timeout=30_000)  # Sepaku is drawn
    wait_idle(page)
    assert "tingkat=kecamatan" in page.url and "wilayah=6409" in page.url
    for code in PPU_KECAMATAN:
        assert _region(frame, code).count() == 1, code
    assert _region(frame, "6404").count() == 0  # the regency layer left the map
    assert frame.locator("path.leaflet-interactive").count() >= len(PPU_KECAMATAN)
    main = page.locator("[data-testid=stMain]")
    assert "Kalimantan Timur" in main.inner_text() and "DATA CONTOH" in main.inner_text()

    _region(frame, "64.09.04").dispatch_event("click")
    link = page.get_by_role("link", name="Buka profil Kecamatan Sepaku")
    link.wait_for(timeout=30_000)
    wait_idle(page)
    assert "kec=64.09.04" in page.url
    _region(frame, "64.09.04").and_(frame.locator("[stroke-width='4']")).wait_for(timeout=15_000)
    screenshot(page, "peta-kecamatan-ppu")

    link.click()
    page.get_by_role("heading", name="Kecamatan Sepaku").wait_for(timeout=30_000)
    wait_idle(page)
    assert "/profil" in page.url
    body = page.locator("[data-testid=stMain]").inner_text()
    assert "Jarak ke Titik Nol IKN" in body and "64.09.04" in body
    assert page.blocked.urls == []
    screenshot(page, "profil-kecamatan-sepaku")
