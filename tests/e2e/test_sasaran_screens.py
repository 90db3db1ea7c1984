"""Chromium screenshots: the targeting map (exclusion per regency) and a trend with its target.

Judged by eye (artifacts/screenshots/sasaran-*.png, tren-target-*.png); the assertions check
that the map has its ten regions, the snapshot date is on the page, the trend has the target
markers and no request left the machine.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
DATA_PATHS = ".leaflet-serambi-data-pane path.leaflet-interactive"


def test_targeting_map_with_snapshot_date(app_server, offline_page):
    page = offline_page
    page.goto(f"{app_server.url}/sasaran")
    wait_idle(page, timeout=90_000)
    page.get_by_text("DTSEN per 23 Januari 2026 (DATA CONTOH)").first.wait_for(timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("[data-serambi-layer]").wait_for(timeout=60_000)
    assert frame.locator(DATA_PATHS).count() >= 10
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    screenshot(page, "sasaran-exclusion-map")
    assert not page.blocked.urls


def test_trend_with_province_line_and_target(app_server, offline_page):
    page = offline_page
    page.goto(f"{app_server.url}/tren?indikator=penduduk_miskin_persen")
    wait_idle(page, timeout=90_000)
    chart = page.locator("[data-testid=stPlotlyChart]").first
    chart.wait_for(timeout=60_000)
    page.get_by_text("Garis putus hitam").first.wait_for(timeout=30_000)
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    screenshot(page, "tren-target-penduduk-miskin")
    legend = " ".join(x or "" for x in chart.locator("text.legendtext").all_text_contents())
    # Long legend entries wrap over lines (charts.trend.legend_below): compare without spaces.
    assert "Target" in legend and "angkaprovinsiBPS" in legend.replace(" ", ""), legend
    assert not page.blocked.urls
