"""Shareable views in a real browser: deep links on a cold server, copied URLs, presenter mode."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import screenshot, start_app, stop_app, wait_idle

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"


def test_deep_link_on_a_cold_server_goes_through_the_router(tmp_path, offline_page):
    """The first request a fresh server sees is a shared /peta link (components/state/router)."""
    app = start_app(tmp_path)
    try:
        page = offline_page
        page.goto(f"{app.url}/peta?indikator=pmks_total&tahun=2022")
        wait_idle(page, timeout=90_000)
        page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
        assert page.get_by_text("Page not found").count() == 0
        assert "indikator=pmks_total" in page.url and "tahun=2022" in page.url
        assert page.locator("[data-testid=stSidebar]").get_by_text("Filter").count() == 1
        assert page.get_by_role("heading", name="Jumlah PMKS (26 jenis) · 2022").count() == 1
    finally:
        stop_app(app)


def test_copied_url_reproduces_the_view(app_server, browser):
    # A colleague changes the view in one browser ...
    first = browser.new_context(viewport={"width": 1600, "height": 1000})
    page = first.new_page()
    page.goto(
        f"{app_server.url}/peta?indikator=penduduk_miskin_persen&tahun=2021&wilayah=6403,6409"
    )
    wait_idle(page, timeout=60_000)
    page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
    copied = page.url
    assert "tahun=2021" in copied
    assert "wilayah=6403%2C6409" in copied or "wilayah=6403,6409" in copied
    first.close()

    # ... and sends the URL: another browser opens exactly that view.
    second = browser.new_context(viewport={"width": 1600, "height": 1000})
    other = second.new_page()
    other.goto(copied)
    wait_idle(other, timeout=60_000)
    frame = other.frame_locator(MAP_FRAME)
    frame.locator("[data-serambi-layer]").wait_for(timeout=30_000)
    assert other.get_by_role("heading", name="Persentase penduduk miskin · 2021").count() == 1
    # The two chosen regencies are outlined on the map (selected style: thick black stroke).
    assert (
        frame.locator(
            ".leaflet-serambi-data-pane path.leaflet-interactive[stroke-width='4']"
        ).count()
        == 2
    )
    second.close()


def test_presenter_mode_at_projector_size(app_server, browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    page.goto(f"{app_server.url}/peta?indikator=pmks_total&tahun=2024&mode=presentasi")
    wait_idle(page, timeout=60_000)
    page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
    assert not page.locator("[data-testid=stSidebar]").is_visible()
    assert page.get_by_role("button", name="Tampilan berikutnya").is_visible()
    # Large type for the back of the room.
    size = page.locator("[data-testid=stMain] h2").first.evaluate(
        "el => parseFloat(getComputedStyle(el).fontSize)"
    )
    assert size >= 32
    screenshot(page, "presentasi-1920x1080")

    # This view is agenda step 3 of data/presentasi.toml; two steps back is the home page.
    assert page.get_by_text("3 dari 10").first.is_visible()
    page.get_by_role("button", name="Sebelumnya").click()
    page.get_by_text("2 dari 10").first.wait_for(timeout=30_000)
    wait_idle(page)
    page.get_by_role("button", name="Sebelumnya").click()
    page.get_by_text("1 dari 10").first.wait_for(timeout=30_000)
    page.get_by_text("Provinsi Kalimantan Timur").first.wait_for(timeout=30_000)
    wait_idle(page)
    assert "/peta" not in page.url
    assert "mode=presentasi" in page.url
    screenshot(page, "presentasi-beranda-1920x1080")
    context.close()
