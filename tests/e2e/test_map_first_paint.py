"""Opening a link to the map: the map paints first, the rest of the page follows by itself.

components/state/first_paint.py: the session's first run draws the title and the map with a
mark that the rest is coming; the page's view fragment timer reruns a moment later and asks
for the run that draws the sidebar, controls, ranking and table around the same map iframe.
No script in the page and no hidden button drive it. Behaviour, not timing (the time is in
bench/map_speed.py).
"""

from __future__ import annotations

import pytest

from components.state.first_paint import REST_KEY
from tests.browser import MAP_FRAME
from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.e2e

DATA_PATHS = ".leaflet-serambi-data-pane path.leaflet-interactive"

# Top page: how often the map-first mark appeared, when it went (the rest arrived), and where
# the map was when the map-first run had finished; whether a table or the sidebar's filters were
# on the page together with the mark. The map's document: when it started.
_PROBE = """
(() => {
  const now = () => performance.timeOrigin + performance.now();
  if (window.top === window) {
    Object.assign(window, {__fpShown: 0, __fpGone: [], __fpTop: null, __fpWithRest: false,
                           __fpRestStarted: false});
    let shown = false;
    new MutationObserver(() => {
      const mark = !!document.querySelector(".st-key-__REST__");
      const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
      if (mark) {
        if (!shown) window.__fpShown += 1;
        // The map's element container: the iframe inside it shows the component's own
        // loading placeholder first.
        // Until the run that draws the rest starts (the app runs again).
        const box = f && f.closest("[data-testid=stElementContainer]");
        const app = document.querySelector("[data-testid=stApp]");
        const idle = app && app.getAttribute("data-test-script-state") === "notRunning";
        const first = !window.__fpRestStarted;
        if (box && idle && first) window.__fpTop = box.getBoundingClientRect().top;
        if (window.__fpTop != null && !idle) window.__fpRestStarted = true;
        if (first && document.querySelector("table.serambi-table, [data-testid=stSidebar] select," +
            " [data-testid=stSidebar] [role=combobox]")) window.__fpWithRest = true;
      } else if (shown) {
        window.__fpGone.push(now());
      }
      shown = mark;
    }).observe(document, {subtree: true, childList: true, attributes: true});
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
  }, 5);
})();
""".replace("__REST__", REST_KEY)


def _open_and_check(page, load) -> None:  # noqa: ANN001
    load()
    wait_idle(page, timeout=60_000)  # also waits for the rest of the page (tests/browser.IDLE)
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_role("combobox", name="Indikator", exact=True).wait_for(timeout=30_000)
    page.locator("table.serambi-table").first.wait_for(timeout=30_000)
    assert page.locator(f".st-key-{REST_KEY}").count() == 0

    # One map-first run, with the map and without the rest; then the rest came by itself.
    assert page.evaluate("() => window.__fpShown") == 1
    assert page.evaluate("() => window.__fpWithRest") is False
    gone = page.evaluate("() => window.__fpGone")
    assert len(gone) == 1, f"the map-first mark went {len(gone)} times"
    assert page.locator(MAP_FRAME).count() == 1
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator(DATA_PATHS).count() == 10
    born = frame.locator("body").evaluate("() => window.__bornAt")
    # The map on screen is the one drawn first (not remounted when the rest arrived) ...
    assert born < gone[0], "the map iframe was created again with the rest of the page"
    # ... and it did not move down when the controls above it arrived (their place was kept).
    top_then = page.evaluate("() => window.__fpTop")
    top_now = page.evaluate(
        "(sel) => document.querySelector(sel).closest('[data-testid=stElementContainer]')"
        ".getBoundingClientRect().top",
        MAP_FRAME,
    )
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
