# ruff: noqa: E501  (JavaScript run in the page)
"""Presenter mode in a meeting room: Chromium at 1920x1080 and 1366x768, driven like a clicker.

For every view of the agenda (``data/presentasi.toml``): nothing to scroll (the document and
every scrolling container stay within the viewport), every chart has a text alternative, the step
indicator says "i dari n", PageDown goes to the next view (URL and title change) and PageUp
back. On the
map views the legend covers no regency label and no two map labels collide. The main text
colours meet WCAG AA, computed from the styles in the page. No request leaves the machine.
Screenshots go to ``artifacts/screenshots/presenter-<width>-<step>.png``.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import offline_context, screenshot, wait_idle
from views.agenda import read_agenda

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
VIEWPORTS = [(1920, 1080), (1366, 768)]
# Every chart on a slide has a text alternative: an accessible name (aria-label) on the
# Plotly chart, or the ranking beside a map.
TEXT_ALTERNATIVE_JS = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const charts = [...main.querySelectorAll('[data-testid=stPlotlyChart]')];
  const unnamed = charts.filter(c => !(c.getAttribute('aria-label') || '').trim()).length;
  const maps = main.querySelectorAll("iframe[title='streamlit_folium.st_folium']").length;
  const rankings = main.querySelectorAll('[data-serambi-ranking]').length;
  return {charts: charts.length, unnamed, maps, rankings};
}"""

# Scroll overflow of the document and of every scrolling container of the app.
OVERFLOW_JS = """() => {
  const out = [];
  const se = document.scrollingElement;
  if (se.scrollHeight > window.innerHeight + 1) { out.push('document:' + se.scrollHeight); }
  for (const el of document.querySelectorAll('[data-testid=stMain], [data-testid=stAppViewContainer], section')) {
    const oy = getComputedStyle(el).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
      out.push((el.getAttribute('data-testid') || el.tagName) + ':' + el.scrollHeight + '>' + el.clientHeight);
    }
  }
  return out;
}"""

# WCAG 2.x contrast of every visible text element in the main area against the first opaque
# background behind it. Large text (>= 24px, or >= 18.66px bold) needs 3:1, the rest 4.5:1.
CONTRAST_JS = """() => {  // noqa: E501
  function rgb(s) { const m = s.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 1]; }
  function lum(c) {
    const v = c.slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function background(el) {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if ((c.length < 4 || c[3] > 0.9) && getComputedStyle(e).backgroundImage === 'none') { return c; }
    }
    return [255, 255, 255, 1];
  }
  const bad = [];
  let checked = 0;
  const root = document.querySelector('[data-testid=stMain]');
  for (const el of root.querySelectorAll('p, span, a, td, th, li, h1, h2, h3, label, div, b, summary, caption')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 1);
    if (!own || !el.offsetParent || el.closest('button[disabled], .serambi-sr')) { continue; }
    const r = el.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight || r.width === 0) { continue; }
    const st = getComputedStyle(el);
    const fg = rgb(st.color);
    const alpha = fg.length > 3 ? fg[3] : 1;
    const bg = background(el);
    const mixed = fg.slice(0, 3).map((x, i) => x * alpha + bg[i] * (1 - alpha));
    const l1 = lum(mixed), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight, 10) >= 700;
    const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    checked++;
    if (ratio < need) { bad.push(el.textContent.trim().slice(0, 40) + ' ' + ratio.toFixed(2) + ' < ' + need + ' (' + st.color + ')'); }
  }
  return {checked, bad};
}"""


def _boxes_overlap(a: dict, b: dict, slack: float = 1.0) -> bool:
    return (
        a["x"] + slack < b["x"] + b["width"]
        and b["x"] + slack < a["x"] + a["width"]
        and a["y"] + slack < b["y"] + b["height"]
        and b["y"] + slack < a["y"] + a["height"]
    )


def _check_map(page, name: str) -> None:
    frame = page.frame_locator(MAP_FRAME)
    labels = frame.locator(".serambi-label span")
    boxes = []
    for i in range(labels.count()):
        box = labels.nth(i).bounding_box()
        if box and box["width"] > 0:
            boxes.append((labels.nth(i).inner_text().strip(), box))
    assert len(boxes) >= 10 + 3 + 1, [t for t, _ in boxes]  # regions, rings, Titik Nol
    map_box = page.locator(MAP_FRAME).bounding_box()
    for text, box in boxes:  # every label is on the screen
        assert (
            box["y"] >= map_box["y"] - 1
            and box["y"] + box["height"] <= map_box["y"] + map_box["height"] + 1
        ), (name, text, box, map_box)
    legend = page.locator("[data-serambi-legend]")
    assert legend.count() == 1, "presenting: the legend is beside the map"
    legend_box = legend.bounding_box()
    for text, box in boxes:
        assert not _boxes_overlap(legend_box, box), (name, "legend covers", text)
    assert not _boxes_overlap(legend_box, map_box, slack=0), (name, "legend over the map")
    for control in (".leaflet-control-layers", ".leaflet-control-zoom", "[data-serambi-badge=map]"):
        loc = frame.locator(control)
        control_box = loc.bounding_box() if loc.count() else None
        for text, box in boxes if control_box else []:
            assert not _boxes_overlap(control_box, box), (name, control, "covers", text)
    for i, (t1, b1) in enumerate(boxes):
        for t2, b2 in boxes[i + 1 :]:
            assert not _boxes_overlap(b1, b2), (name, "labels collide", t1, t2)


def _step_text(page) -> str:
    return page.locator("[data-serambi-step]").inner_text()


def _contrast(page, name: str) -> int:
    result = page.evaluate(CONTRAST_JS)
    assert not result["bad"], (name, result["bad"][:8])
    return result["checked"]


def _goto_step(page, key: str, expected: str) -> None:
    # The clicker's key listener is attached by the presenter bar's script after the page
    # settles (components/widgets/presenter.py sets window.__serambiKeys): wait for it.
    page.wait_for_function("() => window.__serambiKeys === true", timeout=30_000)
    page.keyboard.press(key)
    page.wait_for_function(
        "t => (document.querySelector('[data-serambi-step]') || {}).innerText?.includes(t)",
        arg=expected,
        timeout=60_000,
    )
    wait_idle(page, timeout=90_000)


@pytest.fixture
def room_context(browser, request):
    width, height = request.param
    context, blocked = offline_context(browser, width, height)
    page = context.new_page()
    yield page, width, blocked
    context.close()


@pytest.mark.parametrize("room_context", VIEWPORTS, indirect=True, ids=["1920x1080", "1366x768"])
def test_agenda_fits_the_room_and_follows_the_clicker(app_server, room_context):
    page, width, blocked = room_context
    agenda = read_agenda().steps  # what presenter mode reads
    n = len(agenda)
    page.goto(f"{app_server.url}/?mode=presentasi")
    wait_idle(page, timeout=90_000)
    page.locator("[data-serambi-home=headline]").wait_for(timeout=60_000)
    assert f"1 dari {n}" in _step_text(page)  # the first view is step 1, not 0

    previous_url = None
    checked = 0
    for i, step in enumerate(agenda, start=1):
        name = f"presenter-{width}-{i}-{step.page}"
        assert f"{i} dari {n}" in _step_text(page), name
        # The step counter is drawn a moment before the page switch lands: wait for the page
        # (a wrong page still fails, by timeout), then for its run to finish.
        page.wait_for_function(
            "p => (location.pathname.replace(/^\\/+|\\/+$/g, '') || 'beranda') === p",
            arg=step.page,
            timeout=60_000,
        )
        wait_idle(page, timeout=90_000)
        path = urlparse(page.url).path.strip("/") or "beranda"
        assert path == step.page, (name, page.url)
        assert "mode=presentasi" in page.url
        if step.page == "beranda":
            page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)
            text = page.locator("[data-serambi-home=headline]").inner_text()
            assert "jiwa" in text and "per 1.000" in text  # counts as counts, rate beside
        if step.page == "peta":
            page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=60_000)
            page.wait_for_timeout(400)  # the fit to the screen after the iframe's resize
        page.wait_for_timeout(300)
        screenshot(page, name)
        if step.page == "peta":
            _check_map(page, name)
        if step.page == "tren":
            page.locator("[data-testid=stPlotlyChart] .main-svg").first.wait_for(timeout=60_000)
        if step.page == "profil":
            assert page.locator(".serambi-cards.present .serambi-card").count() >= 4, name
        assert page.evaluate(OVERFLOW_JS) == [], (name, "needs scrolling")
        alternatives = page.evaluate(TEXT_ALTERNATIVE_JS)
        assert alternatives["unnamed"] == 0, (name, alternatives)
        assert alternatives["rankings"] >= (1 if alternatives["maps"] else 0), (name, alternatives)
        view_checked = _contrast(page, name)
        assert view_checked >= 10, (name, "contrast check saw too little text", view_checked)
        checked += view_checked
        if i < n:
            previous_url, title = page.url, page.title()
            heading = page.locator("[data-testid=stMain] h1, [data-testid=stMain] h2").first
            heading_text = heading.inner_text() if heading.count() else ""
            if step.page == "peta" and i == 2:
                # A focused widget does not swallow the clicker: the arrow goes to the agenda.
                page.locator(
                    "[data-testid=stMain] [data-testid=stButtonGroup] button"
                ).first.focus()
                _goto_step(page, "ArrowRight", f"{i + 1} dari {n}")
            else:
                _goto_step(page, "PageDown", f"{i + 1} dari {n}")
            assert page.url != previous_url, name
            new_heading = page.locator("[data-testid=stMain] h1, [data-testid=stMain] h2").first
            assert (page.title(), new_heading.inner_text()) != (title, heading_text), name
    assert checked > 50

    # PageUp goes back to the previous view, with its URL.
    _goto_step(page, "PageUp", f"{n - 1} dari {n}")
    page.wait_for_url(previous_url, timeout=30_000)  # the page switch follows the step text
    if width == 1366:
        # B blanks the screen and any key brings it back; Escape leaves presenter mode.
        page.keyboard.press("b")
        assert page.locator("#serambi-black").count() == 1
        page.keyboard.press("b")
        assert page.locator("#serambi-black").count() == 0
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.querySelector('[data-serambi-step]')")
        wait_idle(page)
        assert not re.search(r"mode=presentasi", page.url)
    assert blocked == [], blocked[:5]
