"""Deep links into a cold server: every first visitor gets the routed app, never the legacy
file-name navigation (see components/state/router.py).

A freshly started server receives ten deep links at once, before any other page request, as
when ``/peta`` is shared in a meeting chat. Streamlit's legacy ``pages/`` mode is decided by a
process-wide flag, so this only shows up on a cold server and only under concurrency: each
round starts a new server.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.e2e.conftest import offline_context, start_app, stop_app, wait_idle
from views.i18n import t
from views.pages import PAGE_SPECS

pytestmark = pytest.mark.e2e

ROUNDS = 3
# Every page once, the shared map link several times; pages without a map keep the round
# short on a busy CI machine (the race is in dispatching sessions, not in drawing them).
DEEP_LINKS = [
    "/peta",
    "/tren",
    "/cakupan",
    "/profil",
    "/tentang",
    "/peta",
    "/tentang",
    "/profil?wilayah=6472",
    "/beranda",
    "/peta?indikator=penduduk_miskin_jiwa",
]
# The router's own navigation labels (every page, none folded away); the legacy mode shows
# the file names of pages/.
APP_NAV_LABELS = {t(spec.title_key, "id") for spec in PAGE_SPECS}
LEGACY_NAV_LABELS = {"app"} | {Path(spec.script).stem for spec in PAGE_SPECS}
SETTLE_SECONDS = 60
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"


def _nav_labels(page) -> set[str]:
    # A link's text is "<material icon name>\n\n<label>": keep the label.
    links = page.locator("[data-testid=stSidebarNav] a").all_inner_texts()
    return {text.strip().splitlines()[-1].strip() for text in links if text.strip()}


def _routed(page) -> bool:
    labels = _nav_labels(page)
    return APP_NAV_LABELS <= labels and not (labels & LEGACY_NAV_LABELS)


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_simultaneous_deep_links_on_a_cold_server_are_all_routed(round_no, browser, tmp_path):
    app = start_app(tmp_path)
    context, blocked = offline_context(browser, 1400, 900)
    try:
        pages = [context.new_page() for _ in DEEP_LINKS]
        # "commit" returns as soon as the navigation starts, so all ten are in flight together.
        for page, link in zip(pages, DEEP_LINKS, strict=True):
            page.goto(app.url + link, wait_until="commit")
        failures = []
        for page, link in zip(pages, DEEP_LINKS, strict=True):
            page.wait_for_selector("[data-testid=stSidebarNav]", state="attached", timeout=90_000)
            wait_idle(page, timeout=90_000)
            # A legacy first run reruns through app.py, and the frontend may report the script
            # idle in between; the second run can take a while on a busy cold server. A page
            # left unrouted (the bug) stays unrouted, so waiting only costs time on failure.
            idle_at = time.monotonic()
            deadline = idle_at + SETTLE_SECONDS
            while not _routed(page) and time.monotonic() < deadline:
                page.wait_for_timeout(250)
            if time.monotonic() - idle_at > 1:
                print(f"{link}: routed {time.monotonic() - idle_at:.1f} s after the first idle")
            if not _routed(page):
                errors = page.locator("[data-testid=stException]").all_inner_texts()
                state = page.locator("[data-testid=stApp]").get_attribute("data-test-script-state")
                failures.append((link, state, sorted(_nav_labels(page)), errors[:1]))
                continue
            if link.startswith("/peta"):
                # Ten tabs opened together are not all in the foreground, so their map iframes
                # may count as hidden: wait for them to be there, drawn or not yet on screen.
                page.locator(MAP_FRAME).wait_for(state="attached", timeout=60_000)
                frame = page.frame_locator(MAP_FRAME)
                frame.locator("[data-serambi-layer]").wait_for(state="attached", timeout=60_000)
            body = page.locator("[data-testid=stApp]").inner_text()
            if "Belum ada data untuk indikator ini" in body:
                failures.append((link, "no data"))
        log = app.log_path.read_text(errors="replace")[-3000:] if failures else ""
        assert not failures, f"round {round_no}: unrouted first loads: {failures}\n{log}"
        assert blocked == [], f"non-local requests: {blocked[:5]}"
    finally:
        context.close()
        stop_app(app)
