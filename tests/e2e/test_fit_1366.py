"""A 1366x768 laptop with the sidebar open: what was cut, covered or squeezed now fits.

- the map legend covers neither the IKN area nor a selected regency's outline (on a map this
  narrow it folds into its title, and a click on the title still opens it);
- the Tren comparison has a readable plot (>= 300 px) with its legend below it, not scrolling
  inside it;
- the home trend labels its x axis with whole years, upright and inside the chart (every
  year collapsed into clipped "20.." labels);
- headline cards on Sasaran and Cakupan (also presenting) cut no text with an ellipsis.
One server for the module; screenshots in artifacts/screenshots/fit-1366-*.png.
"""

from __future__ import annotations

import pytest

from tests.browser import MAP_FRAME
from tests.e2e.conftest import offline_context, screenshot, wait_idle

pytestmark = pytest.mark.e2e

WIDTH, HEIGHT = 1366, 768

# Boxes of the legend, the IKN area and a region's outline, in the map iframe's coordinates.
MAP_BOXES_JS = """(_, code) => {
  const box = (el) => {
    if (!el) { return null; }
    const r = el.getBoundingClientRect();
    return {x: r.left, y: r.top, width: r.width, height: r.height};
  };
  return {
    legend: box(document.querySelector('[data-serambi-legend]')),
    ikn: box(document.querySelector('path.serambi-ikn-area')),
    region: code ? box(document.querySelector('path.serambi-region-' + code)) : null,
    map: box(document.querySelector('.leaflet-container')),
  };
}"""

# Text in headline cards that is (or may be) cut with an ellipsis.
CUT_TEXT_JS = """() => {
  const cards = new Set();
  document.querySelectorAll('[data-testid=stMetric]').forEach(m => {
    cards.add(m.closest('[data-testid=stVerticalBlock]') || m);
  });
  document.querySelectorAll('.serambi-cov-cards > *').forEach(c => cards.add(c));
  const out = [];
  let seen = 0;
  cards.forEach(card => {
    [card, ...card.querySelectorAll('*')].forEach(el => {
      const s = getComputedStyle(el);
      const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent)
        .join('');
      if (own.trim()) { seen += 1; }
      const text = (el.innerText || el.textContent || '').trim().slice(0, 60);
      if (own.includes('\u2026')) { out.push('"\u2026" in: ' + text); }
      if (s.textOverflow === 'ellipsis' && s.overflowX !== 'visible') {
        out.push('text-overflow:ellipsis on: ' + text);
      } else if ((s.overflowX === 'hidden' || s.overflowX === 'clip') &&
                 el.scrollWidth > el.clientWidth + 1) {
        out.push('cut: ' + text);
      }
    });
  });
  return {cards: cards.size, seen, cut: out};
}"""


def _overlap(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


@pytest.fixture
def laptop(browser):
    context, blocked = offline_context(browser, WIDTH, HEIGHT)
    page = context.new_page()
    yield page
    context.close()
    assert blocked == [], f"non-local requests: {blocked[:5]}"


def _open(page, url: str) -> None:  # noqa: ANN001
    page.goto(url)
    wait_idle(page, timeout=90_000)


@pytest.mark.parametrize("region", [None, "6409"], ids=["province", "penajam-paser-utara"])
def test_map_legend_covers_neither_ikn_nor_the_selected_regency(app_server, laptop, region):
    page = laptop
    query = "?indikator=penduduk_miskin_persen" + (f"&wilayah={region}" if region else "")
    _open(page, f"{app_server.url}/peta{query}")
    page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=60_000)
    wait_idle(page)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # the fit to the iframe's final size, then the legend's fold
    frame = page.frame_locator(MAP_FRAME)
    boxes = frame.locator("html").evaluate(MAP_BOXES_JS, region)
    screenshot(page, f"fit-1366-peta-{region or 'kaltim'}")
    assert boxes["legend"] and boxes["legend"]["width"] > 0, "the map has its legend"
    assert boxes["ikn"] and boxes["ikn"]["width"] > 0, "the IKN area is drawn"
    assert not _overlap(boxes["legend"], boxes["ikn"]), ("legend covers the IKN area", boxes)
    if region:
        assert boxes["region"] and boxes["region"]["width"] > 0, boxes
        assert not _overlap(boxes["legend"], boxes["region"]), ("legend covers", region, boxes)
    # Folded, the legend still opens with a click on its title.
    legend = frame.locator("[data-serambi-legend]")
    if legend.get_attribute("open") is None:
        legend.locator("summary").click()
        assert legend.get_attribute("open") is not None
        assert "tidak ada data" in legend.inner_text()


def test_tren_plot_is_readable_with_its_legend_below(app_server, laptop):
    page = laptop
    _open(page, f"{app_server.url}/tren")
    chart = page.locator("[data-testid=stPlotlyChart]").first
    chart.locator(".main-svg").first.wait_for(timeout=60_000)
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    plot = chart.locator("rect.nsewdrag").first.bounding_box()
    legend = chart.locator("g.legend").first
    legend_box = legend.bounding_box()
    screenshot(page, "fit-1366-tren")
    assert plot and plot["height"] >= 300, ("plot too low", plot)
    assert legend_box and not _overlap(plot, legend_box), ("legend over the plot", legend_box)
    assert legend_box["y"] >= plot["y"] + plot["height"], ("legend not below the plot", legend_box)
    # Every entry is shown: a legend that scrolls inside its box hides some below its edge.
    entries = legend.locator("g.traces")
    assert entries.count() >= 10
    bottom = legend_box["y"] + legend_box["height"] + 1
    hidden = [i for i in range(entries.count()) if entries.nth(i).bounding_box()["y"] + 4 > bottom]
    assert hidden == [], f"legend entries out of view: {hidden}"


def test_home_trend_labels_whole_years(app_server, laptop):
    page = laptop
    _open(page, f"{app_server.url}/")
    chart = page.locator(".st-key-home_trend [data-testid=stPlotlyChart]")
    chart.locator("g.xtick text").first.wait_for(timeout=60_000)
    chart.scroll_into_view_if_needed()
    svg = chart.locator(".main-svg").first.bounding_box()
    ticks = chart.locator("g.xtick text")
    labels = ticks.all_text_contents()
    screenshot(page, "fit-1366-beranda")
    assert len(labels) >= 3 and all(x.isdigit() and len(x) == 4 for x in labels), labels
    boxes = []
    for i in range(ticks.count()):
        tick = ticks.nth(i)
        assert "rotate" not in (tick.get_attribute("transform") or ""), ("tilted", labels)
        box = tick.bounding_box()
        assert box["y"] + box["height"] <= svg["y"] + svg["height"] + 1, ("cut", labels[i])
        assert box["x"] >= svg["x"] - 1 and box["x"] + box["width"] <= svg["x"] + svg["width"] + 1
        boxes.append(box)
    for a, b in zip(boxes, boxes[1:], strict=False):
        assert not _overlap(a, b), ("year labels overlap", labels)
    # The 'n/m' marks at the points are explained under the chart.
    note = page.locator("[data-serambi-home=trend-key]")
    assert "4/4" in note.inner_text()


@pytest.mark.parametrize(
    "path", ["/sasaran", "/cakupan", "/cakupan?mode=presentasi"], ids=lambda p: p.strip("/?")
)
def test_headline_cards_cut_no_text(app_server, laptop, path):
    page = laptop
    _open(page, f"{app_server.url}{path}")
    cards = page.locator("[data-testid=stMetric], .serambi-cov-cards").first
    cards.wait_for(timeout=60_000)
    wait_idle(page)
    cards.scroll_into_view_if_needed()
    found = page.evaluate(CUT_TEXT_JS)
    screenshot(page, "fit-1366-cards-" + path.strip("/?").replace("?", "-").replace("=", "-"))
    assert found["cards"] >= 3 and found["seen"] >= 10, found
    assert found["cut"] == [], found["cut"]
