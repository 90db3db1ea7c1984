"""Every kind of change on the map reruns the page's view fragment only, and everything that
shows the view follows it (real browser).

components/state/view_fragment.py: the map page draws the sidebar's indicator, year and region
filters, the URL, the heading, the controls, the map, the ranking and the table in one keyed
fragment. For a change of indicator, year, level, comparison year and a playback step this
test checks that the server ran that fragment once and nothing else (no full run of app.py),
and that the URL, the page's title, its heading, the sidebar's select boxes and the table all
show the new view. Page switches and a shared link stay full runs and keep the view.

Runs are read from the websocket as the browser receives them (tests/e2e/script_runs.py).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import wait_idle
from tests.e2e.script_runs import Runs

pytestmark = pytest.mark.e2e

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
TITLE = "Serambi: peta kesejahteraan sosial Kaltim"


# One animation frame in which the URL, the heading, the sidebar's year box, the table's year
# column and the play readout all show year ``y`` (``null`` until they do).
_STEP_SHOWN = """([y, label]) => {
    const q = new URLSearchParams(location.search);
    const h = document.querySelector('[data-testid=stMain] h2');
    const box = document.querySelector('[data-testid=stSidebar] input[aria-label="Tahun"]');
    const ro = document.querySelector('[data-serambi-play-year]');
    const t = document.querySelector('table.serambi-table');
    if (!h || !box || !ro || !t) return null;
    const head = [...t.querySelectorAll('thead th')].map(th => th.innerText.trim());
    const col = head.indexOf('Tahun');
    const rows = [...t.querySelectorAll('tbody tr')];
    const years = new Set(rows.map(r => r.children[col].innerText.trim()));
    const ok = q.get('tahun') === String(y) && h.innerText.trim() === label + ' · ' + y
        && box.value.startsWith(y + ' ·') && ro.getAttribute('data-serambi-play-year') === String(y)
        && years.size === 1 && years.has(String(y));
    return ok ? {title: document.title, rows: rows.length} : null;
}"""


def _query(page) -> dict[str, str]:  # noqa: ANN001
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query).items()}


def _heading(page) -> str:  # noqa: ANN001
    return page.locator("[data-testid=stMain] h2").first.inner_text().strip()


def _sidebar_value(page, label: str) -> str:  # noqa: ANN001
    """What the sidebar's select box ``label`` shows (the value of its combo box)."""
    box = page.locator("[data-testid=stSidebar]").get_by_role("combobox", name=label, exact=True)
    return box.input_value().strip()


def _table(page) -> tuple[int, set[str], list[str]]:  # noqa: ANN001
    """Rows, the values of its "Tahun" column, and its header of the first table."""
    return page.evaluate(
        """() => {
            const t = document.querySelector('table.serambi-table');
            const head = [...t.querySelectorAll('thead th')].map(th => th.innerText.trim());
            const col = head.indexOf('Tahun');
            const rows = [...t.querySelectorAll('tbody tr')];
            const years = col < 0 ? [] : rows.map(r => r.children[col].innerText.trim());
            return [rows.length, [...new Set(years)], head];
        }"""
    )


def _layer(page) -> str:  # noqa: ANN001
    return page.evaluate(
        """(sel) => {
            const f = document.querySelector(sel);
            const el = f && f.contentDocument &&
                f.contentDocument.querySelector('[data-serambi-layer]');
            return el ? el.getAttribute('data-serambi-layer') : '';
        }""",
        MAP_FRAME,
    )


def _settle(page, before_layer: str | None = None) -> None:  # noqa: ANN001
    if before_layer is not None:
        page.wait_for_function(
            """([sel, key]) => {
                const f = document.querySelector(sel);
                const el = f && f.contentDocument &&
                    f.contentDocument.querySelector('[data-serambi-layer]');
                return el && el.getAttribute('data-serambi-layer') !== key;
            }""",
            arg=[MAP_FRAME, before_layer],
            timeout=30_000,
        )
    wait_idle(page)
    page.wait_for_timeout(800)  # a stray second run would start here
    wait_idle(page)


def _check(page, *, indikator: str, label: str, year: int, heading: str | None = None):  # noqa: ANN001, ANN202
    """URL, title, heading, sidebar and table all show ``label`` in ``year``."""
    q = _query(page)
    assert q.get("indikator") == indikator and q.get("tahun") == str(year), page.url
    assert page.title() == TITLE
    assert _heading(page) == (heading or f"{label} · {year}")
    assert _sidebar_value(page, "Indikator").startswith(label)
    assert _sidebar_value(page, "Tahun").startswith(f"{year} ·")
    return _table(page)


def _pick(page, label: str, typed: str, option: str | re.Pattern) -> None:  # noqa: ANN001
    box = page.locator("[data-testid=stSidebar]").get_by_role("combobox", name=label, exact=True)
    box.click()
    box.fill("")
    box.press_sequentially(typed)
    page.get_by_role("option", name=option).first.click()


def test_every_change_reruns_the_view_fragment_and_everything_follows(app_server, offline_page):
    page = offline_page
    runs = Runs(page)
    page.goto(f"{app_server.url}/peta?indikator=penduduk_miskin_persen&tahun=2024")
    wait_idle(page, timeout=60_000)
    page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
    _settle(page)
    # Opening: full runs (the map first, then the whole page, asked for by the one timer
    # rerun of the map-first run's small fragment: components/state/first_paint.py).
    assert runs.kinds[-1] == "full" and runs.kinds.count("fragment") <= 1, runs.kinds
    rows, years, _ = _check(
        page, indikator="penduduk_miskin_persen", label="Persentase penduduk miskin", year=2024
    )
    assert rows == 10 and years == ["2024"]
    marker = "kept"
    page.frame_locator(MAP_FRAME).locator("body").evaluate(
        "(_, m) => { window.__serambiMarker = m; }", marker
    )

    # 1. Indicator (sidebar): it opens on its default year.
    mark, layer = runs.mark(), _layer(page)
    _pick(page, "Indikator", "Jumlah PMKS", "Jumlah PMKS (26 jenis)")
    _settle(page, layer)
    assert runs.since(mark) == ["fragment"], runs.since(mark)
    rows, years, _ = _check(page, indikator="pmks_total", label="Jumlah PMKS (26 jenis)", year=2024)
    assert rows == 10 and years == ["2024"]
    assert "i=pmks_total" in _layer(page)

    # 2. Year (sidebar).
    mark, layer = runs.mark(), _layer(page)
    _pick(page, "Tahun", "2021", re.compile(r"^2021 ·"))
    _settle(page, layer)
    assert runs.since(mark) == ["fragment"], runs.since(mark)
    rows, years, _ = _check(page, indikator="pmks_total", label="Jumlah PMKS (26 jenis)", year=2021)
    assert rows == 10 and years == ["2021"]

    # 3. Level (above the map): the kecamatan around IKN; the sidebar's regions follow.
    mark, layer = runs.mark(), _layer(page)
    level = page.locator(".st-key-w_level")
    level.get_by_text("Sekitar IKN (kecamatan)", exact=True).click()
    _settle(page, layer)
    assert runs.since(mark) == ["fragment"], runs.since(mark)
    assert _query(page).get("tingkat") == "kecamatan"
    assert _query(page).get("wilayah") == "penyangga"
    buffer = page.locator("[data-testid=stSidebar]").get_by_role(
        "radio", name="Wilayah IKN & penyangga"
    )
    assert buffer.is_checked()
    assert _sidebar_value(page, "Tahun").startswith("2021 ·")
    assert "kecamatan" in _sidebar_value(page, "Tahun")  # the year menu counts kecamatan now
    rows, _, _ = _table(page)
    assert rows > 10

    # ... and back to the regencies (all ten again: the level control keeps the buffer zone).
    mark, layer = runs.mark(), _layer(page)
    level.get_by_text("Kabupaten/kota", exact=True).click()
    _settle(page, layer)
    assert runs.since(mark) == ["fragment"], runs.since(mark)
    assert "tingkat" not in _query(page)
    assert _sidebar_value(page, "Tahun").startswith("2021 ·")

    # 4. Comparison year (beside the map).
    mark, layer = runs.mark(), _layer(page)
    box = page.get_by_role("combobox", name="Bandingkan dengan tahun", exact=True)
    box.click()
    page.get_by_role("option", name="2019", exact=True).click()
    _settle(page, layer)
    assert runs.since(mark) == ["fragment"], runs.since(mark)
    assert _query(page).get("banding") == "2019"
    heading = _heading(page)
    assert "2019 → 2021" in heading, heading
    _, _, head = _table(page)
    assert any("2019" in h for h in head) and any("2021" in h for h in head), head
    assert _sidebar_value(page, "Tahun").startswith("2021 ·")
    assert page.title() == TITLE

    mark, layer = runs.mark(), _layer(page)
    box.click()
    page.get_by_role("option", name="— peta satu tahun —").click()
    _settle(page, layer)
    assert runs.since(mark) == ["fragment"], runs.since(mark)
    assert "banding" not in _query(page)

    # 5. Playback: play and pause are full runs (they set the fragment's timer); every step
    # is one fragment run, and URL, heading, sidebar and table follow the year. Each step is
    # read in the animation frame in which all of them show it (the next step comes a second
    # later; a busy machine may take longer than that to get back to the test).
    page.locator(".st-key-pb_toggle").get_by_role("button", name="Putar tahun").click()
    page.locator("[data-serambi-playing='1']").wait_for(timeout=30_000)
    playing_from = runs.mark()
    for year in (2022, 2023):
        seen = page.wait_for_function(
            _STEP_SHOWN, arg=[year, "Jumlah PMKS (26 jenis)"], polling="raf", timeout=30_000
        ).json_value()
        assert seen["title"] == TITLE, seen
        assert seen["rows"] == 10, seen
    page.locator(".st-key-pb_toggle").get_by_role("button", name="Jeda").click()
    page.locator("[data-serambi-playing='0']").wait_for(timeout=30_000)
    _settle(page)
    paused = int(_query(page)["tahun"])
    during = runs.since(playing_from)
    steps = paused - 2021
    # The steps' runs, then the pause's full run (a timer's rerun may come between).
    assert during[-1] == "full" and set(during[:-1]) == {"fragment"}, during
    assert steps <= len(during) - 1 <= steps + 1, (steps, during)
    mark = runs.mark()
    page.wait_for_timeout(2_500)  # paused: the timer is gone, nothing runs
    assert runs.since(mark) == [], runs.since(mark)
    assert int(_query(page)["tahun"]) == paused
    _check(page, indikator="pmks_total", label="Jumlah PMKS (26 jenis)", year=paused)

    survived = (
        page.frame_locator(MAP_FRAME)
        .locator("body")
        .evaluate("(_, m) => window.__serambiMarker === m", marker)
    )
    assert survived, "the map iframe was remounted"

    # 6. A page switch is a full run and keeps the view; so is coming back.
    copied = page.url
    mark = runs.mark()
    page.locator("[data-testid=stSidebarNav]").get_by_role("link", name="Tren").click()
    page.wait_for_url(re.compile(r"/tren\?"), timeout=30_000)
    wait_idle(page, timeout=60_000)
    assert "full" in runs.since(mark), runs.since(mark)
    assert _query(page).get("indikator") == "pmks_total"
    assert _query(page).get("tahun") == str(paused)
    mark = runs.mark()
    page.locator("[data-testid=stSidebarNav]").get_by_role("link", name="Peta").click()
    page.wait_for_url(re.compile(r"/peta\?"), timeout=30_000)
    wait_idle(page, timeout=60_000)
    page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
    _settle(page)
    assert "full" in runs.since(mark), runs.since(mark)
    _check(page, indikator="pmks_total", label="Jumlah PMKS (26 jenis)", year=paused)

    # 7. The copied link in another browser: the same view, and a change there is a fragment
    # run too.
    other = page.context.browser.new_context(
        viewport={"width": 1600, "height": 1000}, locale="id-ID"
    )
    second = other.new_page()
    second_runs = Runs(second)
    second.goto(copied)
    wait_idle(second, timeout=60_000)
    second.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=30_000)
    _settle(second)
    _check(second, indikator="pmks_total", label="Jumlah PMKS (26 jenis)", year=paused)
    mark, layer = second_runs.mark(), _layer(second)
    _pick(second, "Tahun", "2020", re.compile(r"^2020 ·"))
    _settle(second, layer)
    assert second_runs.since(mark) == ["fragment"], second_runs.since(mark)
    _check(second, indikator="pmks_total", label="Jumlah PMKS (26 jenis)", year=2020)
    other.close()
    assert page.blocked.urls == [], f"non-local requests: {page.blocked.urls[:5]}"
