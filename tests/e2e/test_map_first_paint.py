"""Opening a link to the map: the map paints first, the rest of the page follows by itself.

components/state/first_paint.py: the session's first run draws the title and the map; the page
presses a hidden button once the map's regions are painted, and that run draws the sidebar,
controls, ranking and table around the same map iframe. Behaviour, not timing (the time is in
bench/map_speed.py).
"""

from __future__ import annotations

import pytest

from tests.browser import MAP_FRAME
from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.e2e

DATA_PATHS = ".leaflet-serambi-data-pane path.leaflet-interactive"

# Top page: when the hidden button was pressed, and where the map was then. The map's
# document: when it started, and when its data polygons first appeared.
_PROBE = """
(() => {
  const now = () => performance.timeOrigin + performance.now();
  if (window.top === window) {
    window.__fpRest = [];
    document.addEventListener("click", (e) => {
      const t = e.target;
      if (t && t.closest && t.closest(".st-key-fp_rest")) {
        window.__fpRest.push(now());
        const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
        window.__topAtPress = f ? f.getBoundingClientRect().top : null;
      }
    }, true);
    return;
  }
  // A component iframe starts as about:blank and keeps its window when it navigates to the
  // component page: mark the component's own document once it is there.
  const timer = setInterval(() => {
    if (location.pathname.indexOf("/component/streamlit_folium.st_folium/") === -1) {
      if (location.href !== "about:blank") clearInterval(timer);
      return;
    }
    if (document.__fpMarked) return;
    document.__fpMarked = true;
    clearInterval(timer);
    window.__bornAt = now();
    new MutationObserver(() => {
      if (window.__paintedAt == null && document.querySelector(".leaflet-serambi-data-pane path"))
        window.__paintedAt = now();
    }).observe(document, {subtree: true, childList: true});
  }, 5);
})();
"""


def _open_and_check(page, load) -> None:  # noqa: ANN001
    load()
    wait_idle(page, timeout=60_000)  # also waits for the rest of the page (tests/browser.IDLE)
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_role("combobox", name="Indikator", exact=True).wait_for(timeout=30_000)
    page.locator("table.serambi-table").first.wait_for(timeout=30_000)
    assert page.locator(".st-key-fp_rest").count() == 0

    pressed = page.evaluate("() => window.__fpRest")
    assert len(pressed) == 1, f"the rest of the page was asked for {len(pressed)} times"
    assert page.locator(MAP_FRAME).count() == 1
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator(DATA_PATHS).count() == 10
    born, painted = frame.locator("body").evaluate("() => [window.__bornAt, window.__paintedAt]")
    # The map on screen is the one drawn first (not remounted when the rest arrived), and its
    # regions were painted before the rest was asked for.
    assert born < pressed[0], "the map iframe was created again with the rest of the page"
    assert painted is not None and painted <= pressed[0]
    # ... and it did not move down when the controls above it arrived (their place was kept).
    top_then = page.evaluate("() => window.__topAtPress")
    top_now = page.locator(MAP_FRAME).bounding_box()["y"]
    assert abs(top_now - top_then) <= 8, f"the map moved from y={top_then} to y={top_now}"


def test_link_to_the_map_paints_the_map_then_the_whole_page(app_server, offline_page):
    page = offline_page
    page.add_init_script(_PROBE)
    url = f"{app_server.url}/peta?indikator=pmks_total&tahun=2024"
    _open_and_check(page, lambda: page.goto(url))
    # Example data stays labelled on the whole page; the URL keeps the view.
    assert page.get_by_text("DATA CONTOH").first.is_visible()
    assert "tahun=2024" in page.url and "indikator=pmks_total" in page.url
    screenshot(page, "map-first-paint-whole-page")

    # A reload is a new session: the same order again.
    _open_and_check(page, lambda: page.reload())
    assert page.blocked.urls == [], f"non-local requests: {page.blocked.urls[:5]}"
