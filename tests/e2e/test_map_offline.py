"""The map page in a real browser with no internet: 10 regencies, the IKN overlay, no CDN."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import offline_context, screenshot, wait_idle

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"


def open_map(page, base_url: str, query: str = "") -> None:
    page.goto(f"{base_url}/peta{query}")
    wait_idle(page, timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("[data-serambi-layer]").wait_for(timeout=30_000)


def test_map_draws_regencies_and_ikn_offline(app_server, offline_page):
    page = offline_page
    open_map(page, app_server.url)
    frame = page.frame_locator(MAP_FRAME)

    regency_paths = frame.locator(".leaflet-serambi-data-pane path.leaflet-interactive")
    assert regency_paths.count() == 10

    ikn_paths = frame.locator(".leaflet-serambi-ikn-pane path")
    # IKN area + KIPP + three distance rings.
    assert ikn_paths.count() >= 5
    assert frame.locator("[data-serambi-base=ready]").count() == 1
    legend = frame.locator("[data-serambi-legend]")
    assert legend.count() == 1
    # Folded on a map this narrow (it would cover the cities): its words are there all the same.
    assert "tidak ada data" in legend.text_content()

    # Every label is on the map, the three small cities included.
    labels = frame.locator(".serambi-label").all_inner_texts()
    for city in ("Balikpapan", "Samarinda", "Bontang"):
        assert any(city in text for text in labels), labels

    assert page.blocked.urls == [], f"non-local requests: {page.blocked.urls[:5]}"
    shot = screenshot(page, "peta-offline")
    assert shot.stat().st_size > 20_000


def test_example_data_is_badged_on_map_and_legend(app_server, offline_page):
    page = offline_page
    open_map(page, app_server.url, "?indikator=pmks_total")
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator("[data-serambi-badge=map]").count() == 1
    assert frame.locator("[data-serambi-badge=legend]").count() == 1
    assert "DATA CONTOH" in frame.locator("[data-serambi-badge=map]").inner_text()
    screenshot(page, "peta-data-contoh")


def test_official_data_has_no_example_badge(app_server, offline_page):
    page = offline_page
    open_map(page, app_server.url, "?indikator=penduduk_miskin_persen&tahun=2024")
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator("[data-serambi-badge]").count() == 0


def test_region_table_is_plain_html_and_no_data_grid_is_loaded(app_server, offline_page):
    """Issue 14.1: Streamlit's data grid (~1.2 MB of JavaScript, drawn before the map's own
    code ran) is never loaded on /peta; the region table is one HTML table with both codes."""
    page = offline_page
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    open_map(page, app_server.url, "?indikator=penduduk_miskin_persen&tahun=2024")
    table = page.locator("table.serambi-table")
    assert table.count() == 1
    assert table.locator("tbody tr").count() == 10
    kukar = table.locator("tbody tr", has_text="Kutai Kartanegara").inner_text()
    assert "6403" in kukar and "64.02" in kukar  # BPS and Kemendagri codes side by side
    assert page.locator("[data-testid=stDataFrame]").count() == 0
    assert any("/static/js/" in u for u in scripts), scripts[:5]  # the requests were seen
    assert [u for u in scripts if "/DataFrame." in u] == []


@pytest.mark.parametrize(("width", "height", "folded"), [(1366, 768, True), (1920, 1080, False)])
def test_layer_switch_folds_on_a_narrow_map(app_server, browser, width, height, folded):
    """Expanded on a narrow map, the layer switch covered Berau and Kutai Timur."""
    context, blocked = offline_context(browser, width, height)
    try:
        page = context.new_page()
        open_map(page, app_server.url)
        frame = page.frame_locator(MAP_FRAME)
        control = frame.locator(".leaflet-control-layers")
        assert control.count() == 1
        expanded = "leaflet-control-layers-expanded" in (control.get_attribute("class") or "")
        assert expanded is not folded
        assert frame.locator(".leaflet-control-layers-overlays label").count() == 4
        screenshot(page, f"peta-layer-switch-{width}")
        if folded:  # still reachable: the pointer on its icon opens it
            control.hover()
            opened = control.get_attribute("class") or ""
            assert "leaflet-control-layers-expanded" in opened
        assert blocked == []
    finally:
        context.close()
