"""Time playback in Chromium: the page's timer steps the years; same iframe, fixed legend.

Plays three steps of PMKS from 2021 (2022, 2023, 2024, then it stops: loop is off): every
step is one script run, the map iframe is not remounted (a marker on its window survives),
the colours change while the legend's classes stay the same, and no request leaves the
machine. A year without data (2016) is hatched and says so on the map. Screenshots of the
presenter view at both projector sizes, playing and comparing, each fitting without scrolling.
"""

from __future__ import annotations

import uuid

import pytest

from tests.e2e.conftest import screenshot, wait_idle
from tests.e2e.test_map_update import DATA_PATHS, MAP_FRAME, _fills, _run_counter
from tests.e2e.test_presenter_room import OVERFLOW_JS

pytestmark = pytest.mark.e2e

LEGEND_ROWS = ".serambi-legend .sw:not(.nodata)"


_STATE_JS = """(sel) => {
    const f = document.querySelector(sel);
    const d = f && f.contentDocument;
    const key = d && d.querySelector('[data-serambi-layer]');
    const legend = d ? [...d.querySelectorAll('.serambi-legend .sw')]
        .map(e => e.parentElement.textContent) : [];
    const meta = d ? [...d.querySelectorAll('.serambi-legend .meta')]
        .map(e => e.textContent) : [];
    const ro = document.querySelector('[data-serambi-play-year]');
    const fills = d ? [...d.querySelectorAll(
        '.leaflet-serambi-data-pane path.leaflet-interactive')]
        .map(p => p.getAttribute('fill')) : [];
    return {layer: key && key.getAttribute('data-serambi-layer'), legend, fills,
            year: ro && ro.getAttribute('data-serambi-play-year'),
            playing: ro && ro.getAttribute('data-serambi-playing'),
            runs: window.__serambiRuns, meta};
}"""


def _state(page) -> dict:  # noqa: ANN001
    return page.evaluate(_STATE_JS, MAP_FRAME)


def _capture(page, year: int, playing: str) -> dict:  # noqa: ANN001
    """The state in the first animation frame in which the map holds ``year`` with fixed
    classes and the play readout says ``year`` and ``playing``: read at once, so a step that
    follows a second later cannot mix into it (a busy machine may take longer than that to
    get back to the test). The map's message comes first in a run, the readout's a moment
    later."""
    handle = page.wait_for_function(
        f"""([sel, y, playing]) => {{
            const st = ({_STATE_JS})(sel);
            const ok = st.layer && st.layer.includes("c=tetap") &&
                st.layer.includes("y=" + y) && st.year === String(y) && st.playing === playing;
            return ok ? st : null;
        }}""",
        arg=[MAP_FRAME, year, playing],
        polling="raf",
        timeout=30_000,
    )
    return handle.json_value()


def _wait_layer(page, year: int) -> None:  # noqa: ANN001
    page.wait_for_function(
        """([sel, y]) => {
            const f = document.querySelector(sel);
            const el = f && f.contentDocument &&
                f.contentDocument.querySelector('[data-serambi-layer]');
            return el && el.getAttribute('data-serambi-layer').includes('y=' + y);
        }""",
        arg=[MAP_FRAME, year],
        timeout=30_000,
    )


def _open(page, url: str) -> None:  # noqa: ANN001
    page.goto(url)
    wait_idle(page, timeout=60_000)
    page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
    wait_idle(page)


def test_playback_steps_years_in_place_with_a_fixed_legend(app_server, offline_page):
    page = offline_page
    page.add_init_script(_run_counter())
    _open(page, f"{app_server.url}/peta?indikator=pmks_total&tahun=2021")
    frame = page.frame_locator(MAP_FRAME)
    marker = uuid.uuid4().hex
    frame.locator("body").evaluate("(_, m) => { window.__serambiMarker = m; }", marker)

    page.locator(".st-key-pb_toggle").get_by_role("button", name="Putar tahun").click()
    start = _capture(page, 2021, "1")
    fills = [start["fills"]]
    legends = [start["legend"]]
    runs = [start["runs"]]
    for year in (2022, 2023, 2024):
        st = _capture(page, year, "1")
        fills.append(st["fills"])
        legends.append(st["legend"])
        runs.append(st["runs"])
    page.wait_for_timeout(2_000)  # loop is off: no further step after the last year
    wait_idle(page)
    end = _state(page)
    assert end["playing"] == "0" and "y=2024" in end["layer"]

    assert all(len(f) == 10 for f in fills)
    # With fixed classes a region keeps its colour when its value stays in its class, so not
    # every step need recolour; over the three steps they must.
    changed = [a != b for a, b in zip(fills, fills[1:], strict=False)]
    assert sum(changed) >= 2 and fills[0] != fills[-1], f"colours changed per step: {changed}"
    assert all(legend == legends[0] for legend in legends), "the legend's classes moved"
    assert len(legends[0]) == 6  # five classes and "tidak ada data"
    assert "Kelas tetap untuk 2015–2024" in start["meta"]
    steps = [b - a for a, b in zip(runs, runs[1:], strict=False)]
    assert steps == [1, 1, 1], f"script runs per step: {steps}"
    survived = frame.locator("body").evaluate("(_, m) => window.__serambiMarker === m", marker)
    assert survived, "the map iframe was remounted"
    assert "tahun=2024" in page.url
    assert page.blocked.urls == [], f"non-local requests: {page.blocked.urls[:5]}"


def test_a_year_without_data_is_hatched_and_named(app_server, offline_page):
    page = offline_page
    _open(page, f"{app_server.url}/peta?indikator=pmks_total&tahun=2015")
    page.locator(".st-key-pb_toggle").get_by_role("button", name="Putar tahun").click()
    _wait_layer(page, 2016)
    page.locator(".st-key-pb_toggle").get_by_role("button", name="Jeda").click()
    page.locator("[data-serambi-playing='0']").wait_for(timeout=30_000)
    wait_idle(page)
    # Under load the pause may land a step later: 2016-2018 all have no PMKS data.
    year = int(_state(page)["year"])
    assert year in (2016, 2017, 2018)
    _wait_layer(page, year)
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator("[data-serambi-notice=map]").inner_text() == f"tidak ada data {year}"
    assert set(_fills(frame)) == {"url(#serambi-hatch)"}
    assert frame.locator("pattern#serambi-hatch").count() == 1
    readout = page.locator(f"[data-serambi-play-year='{year}']")
    assert f"tidak ada data {year}" in readout.inner_text()
    screenshot(page, "peta-putar-tanpa-data-1600")
    assert page.blocked.urls == []


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_presenter_playback_and_comparison_fit_the_projector(app_server, browser, size):
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height}, locale="id-ID")
    page = context.new_page()
    _open(page, f"{app_server.url}/peta?indikator=pmks_total&tahun=2022&mode=presentasi")
    page.locator(".st-key-pb_toggle").get_by_role("button", name="Putar tahun").click()
    _wait_layer(page, 2023)
    wait_idle(page)
    assert page.evaluate(OVERFLOW_JS) == []
    screenshot(page, f"presenter-putar-{width}")
    page.keyboard.press("p")  # a key pauses, like the clicker's keys step the agenda
    page.locator("[data-serambi-playing='0']").wait_for(timeout=10_000)

    _open(
        page,
        f"{app_server.url}/peta?indikator=penduduk_miskin_persen&tahun=2024&banding=2020"
        "&mode=presentasi",
    )
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator(DATA_PATHS).count() == 10
    assert page.locator("[data-serambi-ranking=change]").count() == 1
    legend = page.locator("[data-testid=stMain] .serambi-legend").inner_text()
    assert "poin" in legend and "tidak berubah" in legend
    assert page.evaluate(OVERFLOW_JS) == []
    screenshot(page, f"presenter-banding-{width}")
    context.close()
