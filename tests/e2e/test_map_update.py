"""A change of indicator or year in the sidebar recolours the map in place (real browser).

Behaviour, not timing (timings are in bench/map_speed.py): one script run per change, the
map iframe is not remounted (a marker set on its window survives), the ten regions get new
colours, and no request leaves the machine.
"""

from __future__ import annotations

import uuid

import pytest

from tests.e2e.conftest import wait_idle

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
DATA_PATHS = ".leaflet-serambi-data-pane path.leaflet-interactive"

# Counts script runs: every run starts with a `new_session` ForwardMsg on the websocket.
_RUN_COUNTER = """
(() => {
  const Native = window.WebSocket;
  window.__serambiRuns = 0;
  window.WebSocket = function (...args) {
    const ws = new Native(...args);
    ws.addEventListener("message", (e) => {
      if (typeof e.data === "string") return;
      const u8 = new Uint8Array(e.data);
      // Top-level protobuf fields of ForwardMsg; field __NEW_SESSION__ is new_session.
      let pos = 0;
      const varint = () => {
        let r = 0, s = 0, b;
        do { b = u8[pos++]; r += (b & 0x7f) * Math.pow(2, s); s += 7; } while (b & 0x80);
        return r;
      };
      while (pos < u8.length) {
        const key = varint(), num = Math.floor(key / 8), wire = key & 7;
        if (num === __NEW_SESSION__) { window.__serambiRuns += 1; break; }
        if (wire === 0) varint();
        else if (wire === 1) pos += 8;
        else if (wire === 5) pos += 4;
        else if (wire === 2) { const len = varint(); pos += len; }
        else break;
      }
    });
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
})();
"""


def _run_counter() -> str:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    number = ForwardMsg.DESCRIPTOR.fields_by_name["new_session"].number
    return _RUN_COUNTER.replace("__NEW_SESSION__", str(number))


def _fills(frame) -> list[str]:  # noqa: ANN001 - Playwright FrameLocator
    return frame.locator(DATA_PATHS).evaluate_all("ps => ps.map(p => p.getAttribute('fill'))")


def _pick(page, label: str, text: str) -> None:  # noqa: ANN001
    box = page.locator("[data-testid=stSidebar]").get_by_role("combobox", name=label, exact=True)
    box.click()
    box.fill("")
    box.press_sequentially(text[:20])
    page.get_by_role("option", name=text).first.click()


def _layer_key(page) -> str:  # noqa: ANN001
    return (
        page.frame_locator(MAP_FRAME)
        .locator("[data-serambi-layer]")
        .get_attribute("data-serambi-layer")
    )


def _change(page, label: str, option: str) -> tuple[str, int]:  # noqa: ANN001
    """Pick ``option``; wait for the new layer; return (layer key, script runs)."""
    before_key = _layer_key(page)
    runs_before = page.evaluate("() => window.__serambiRuns")
    _pick(page, label, option)
    page.wait_for_function(
        """([sel, key]) => {
            const f = document.querySelector(sel);
            const el = f && f.contentDocument && f.contentDocument.querySelector(
                "[data-serambi-layer]");
            return el && el.getAttribute("data-serambi-layer") !== key;
        }""",
        arg=[MAP_FRAME, before_key],
        timeout=30_000,
    )
    wait_idle(page)
    page.wait_for_timeout(1_500)  # a stray extra run (e.g. a component value) would show here
    wait_idle(page)
    return _layer_key(page), page.evaluate("() => window.__serambiRuns") - runs_before


def test_indicator_and_year_change_recolour_map_without_remount(app_server, offline_page):
    page = offline_page
    page.add_init_script(_run_counter())
    page.goto(f"{app_server.url}/peta?indikator=penduduk_miskin_persen&tahun=2024")
    wait_idle(page, timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("[data-serambi-layer]").wait_for(timeout=30_000)
    wait_idle(page)
    assert frame.locator(DATA_PATHS).count() == 10
    fills_before = _fills(frame)

    marker = uuid.uuid4().hex
    page.frame_locator(MAP_FRAME).locator("body").evaluate(
        "(_, m) => { window.__serambiMarker = m; }", marker
    )

    key, runs = _change(page, "Indikator", "Jumlah PMKS (26 jenis)")
    assert "i=pmks_total" in key
    assert runs == 1, f"{runs} script runs for one indicator change"
    fills_after = _fills(frame)
    assert len(fills_after) == 10
    assert fills_after != fills_before, "the map kept its old colours"
    # Example data is badged on the map and in the legend after the swap.
    assert frame.locator("[data-serambi-badge=map]").count() == 1
    assert frame.locator("[data-serambi-badge=legend]").count() == 1

    key, runs = _change(page, "Tahun", "2021")
    assert "y=2021" in key
    assert runs == 1, f"{runs} script runs for one year change"
    assert frame.locator(DATA_PATHS).count() == 10

    # Same iframe, same window: the base map stayed, only the data layer was swapped.
    survived = (
        page.frame_locator(MAP_FRAME)
        .locator("body")
        .evaluate("(_, m) => window.__serambiMarker === m", marker)
    )
    assert survived, "the map iframe was remounted"
    assert frame.locator("[data-serambi-base=ready]").count() == 1
    assert frame.locator(".leaflet-serambi-ikn-pane path").count() >= 5
    assert page.blocked.urls == [], f"non-local requests: {page.blocked.urls[:5]}"


def test_tooltip_values_are_escaped(app_server, offline_page):
    """Tooltips are filled in the browser: values must arrive as text, never as markup."""
    page = offline_page
    page.goto(f"{app_server.url}/peta?indikator=pmks_total&tahun=2023")
    wait_idle(page, timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("[data-serambi-layer]").wait_for(timeout=30_000)
    html = frame.locator("body").evaluate(
        "() => window.serambi.fill('<b>{0}</b> {1}', ['<img src=x onerror=alert(1)>', 'a&b'])"
    )
    assert html == "<b>&lt;img src=x onerror=alert(1)&gt;</b> a&amp;b"
    frame.locator(".leaflet-serambi-data-pane path.serambi-region-6472").hover()
    tip = frame.locator(".serambi-tip")
    tip.wait_for(timeout=10_000)
    assert "Samarinda" in tip.inner_text()
    assert "DATA CONTOH" in tip.inner_text()
