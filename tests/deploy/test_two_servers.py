"""Two app servers behind nginx on one PostgreSQL, driven by real browsers (Chromium).

One test, in the order an office would see it:

1. Browsers (separate contexts = separate cookie jars) get nginx's sticky cookie and land on
   both servers; every HTTP response and the websocket handshake of one browser come from the
   same server (nginx's ``X-Serambi-Upstream`` header, read in the page and through CDP for
   the websocket). Both servers start on an empty database at the same time: the seeds are
   loaded once (``ensure_ready`` takes a database lock).
2. A dataset imported with ``python manage.py import`` against the shared ``DATABASE_URL``
   appears on the map page served by the *other* server within 2 s of its commit. The page
   notices new data on its next script run (the data fingerprint is re-read at most once a
   second per server; ``components/state/data_access.py``), so the test keeps triggering runs by
   changing the map focus, as a user would, and measures commit -> visible.
3. One server is killed (SIGKILL): a browser that was on it reconnects and keeps working on
   the other, and new browsers, with or without its sticky cookie, are served by the
   survivor without a single 5xx.

Every non-local request is aborted and recorded.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sqlalchemy import create_engine, func, select

from deploy.local_cluster import REPO_ROOT, Cluster
from tests.browser import CHROMIUM, CHROMIUM_ARGS, IDLE, MAP_FRAME
from welfare.models import Dataset

pytestmark = [pytest.mark.cluster, pytest.mark.e2e, pytest.mark.postgres]

PAGE = "/peta?indikator=pmks_gelandangan&tahun=2023"
FRESH_LIMIT_S = 2.0
REGENCIES = ["6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474"]

# Counts finished script runs (the app's state attribute leaving "running").
_RUN_WATCH = """() => {
  const app = document.querySelector("[data-testid=stApp]");
  window.__finished = 0;
  new MutationObserver((records) => {
    for (const r of records) if (r.oldValue === "running") window.__finished += 1;
  }).observe(app, {attributes: true, attributeOldValue: true,
                   attributeFilter: ["data-test-script-state"]});
}"""

# Counts the runs that drew the map first (their hidden "rest of the page" button appears).
_MAP_FIRST_WATCH = """() => {
  window.__mapFirstRuns = 0;
  let shown = false;
  new MutationObserver(() => {
    const now = !!document.querySelector(".st-key-fp_rest");
    if (now && !shown) window.__mapFirstRuns += 1;
    shown = now;
  }).observe(document, {subtree: true, childList: true});
}"""


@dataclass
class Browser:
    """One browser (its own context and cookies) and the app servers that answered it."""

    context: object
    page: object = None
    http_upstreams: set[str] = field(default_factory=set)  # the server that answered
    retried: list[str] = field(default_factory=list)  # "dead, survivor": nginx tried again
    ws_upstreams: list[str] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


def _is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about"):
        return True
    return parsed.hostname in ("127.0.0.1", "localhost", "::1")


def _open(pw_browser, cookies: list[dict] | None = None) -> Browser:  # noqa: ANN001
    context = pw_browser.new_context(viewport={"width": 1600, "height": 1000}, locale="id-ID")
    b = Browser(context)

    def guard(route):  # noqa: ANN001, ANN202
        if _is_local(route.request.url):
            route.continue_()
        else:
            b.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    if cookies:
        context.add_cookies(cookies)
    return b


def _upstream_of(b: Browser, cluster: Cluster) -> str:
    """Ask nginx once without loading the app: sets the sticky cookie in the context."""
    resp = b.context.request.get(f"{cluster.url}/_stcore/health")
    assert resp.ok, resp.status
    return resp.headers["x-serambi-upstream"]


def _last_upstream(headers: dict[str, str]) -> str:
    value = next((v for k, v in headers.items() if k.lower() == "x-serambi-upstream"), "?")
    return value.split(",")[-1].strip()


def _load(b: Browser, url: str, wait: bool = True) -> None:
    page = b.context.new_page()
    b.page = page

    def on_response(resp):  # noqa: ANN001, ANN202
        up = resp.headers.get("x-serambi-upstream")
        if up:
            # "$upstream_addr" lists every server tried; the last one answered.
            b.http_upstreams.add(up.split(",")[-1].strip())
            if "," in up:
                b.retried.append(up)
        if resp.status >= 500:
            b.server_errors.append(f"{resp.status} {resp.url}")

    page.on("response", on_response)
    # Playwright does not show websocket handshake headers; Chromium's DevTools protocol does.
    cdp = b.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.on(
        "Network.webSocketHandshakeResponseReceived",
        lambda e: b.ws_upstreams.append(_last_upstream(e["response"]["headers"])),
    )
    page.goto(url, wait_until="commit")
    if wait:
        _wait_map(b)


def _wait_map(b: Browser) -> None:
    b.page.wait_for_selector(IDLE, timeout=90_000)
    b.page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=60_000)
    b.page.wait_for_selector(IDLE, timeout=30_000)
    if b.page.evaluate("() => window.__finished === undefined"):
        b.page.evaluate(_RUN_WATCH)


def _sources(b: Browser) -> str:
    return " | ".join(b.page.locator(".serambi-source").all_inner_texts())


def _rerun(b: Browser, focus: str) -> None:
    """Change the map focus (a widget: one script run) and wait until that run finished."""
    n = b.page.evaluate("() => window.__finished")
    b.page.locator("[data-testid=stButtonGroup]").get_by_text(focus, exact=True).click()
    b.page.wait_for_function(
        "n => window.__finished > n && document.querySelector("
        "'[data-testid=stApp]').getAttribute('data-test-script-state') === 'notRunning'",
        arg=n,
        timeout=30_000,
    )


def _dataset_count(url: str) -> int:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return conn.execute(select(func.count(Dataset.id))).scalar_one()
    finally:
        eng.dispose()


def _seeded_dataset_count(tmp: Path) -> int:
    """How many datasets one ensure_ready loads into an empty store (the seeds)."""
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    eng = make_engine(f"sqlite:///{tmp / 'seed-count.db'}")
    try:
        ensure_ready(eng)
        with eng.connect() as conn:
            return conn.execute(select(func.count(Dataset.id))).scalar_one()
    finally:
        eng.dispose()


def _import_file(tmp: Path, marker: str) -> Path:
    lines = ["kode_wilayah;tahun;indikator;nilai;sumber"]
    lines += [f"{code};2023;pmks_gelandangan;{40 + i};{marker}" for i, code in enumerate(REGENCIES)]
    path = tmp / "pmks_gelandangan_2023.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import_and_wait_commit(url: str, path: Path, before: int) -> tuple[float, float]:
    """Run the CLI import; return (commit seen by another connection, CLI exit), monotonic."""
    env = {**os.environ, "DATABASE_URL": url}
    cmd = [
        sys.executable,
        str(REPO_ROOT / "manage.py"),
        "import",
        str(path),
        "--by",
        "uji-klaster",
        "--name",
        "Uji dua server",
        "--json",
        "--confirm-warnings",
    ]
    proc = subprocess.Popen(
        cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    eng = create_engine(url)
    committed = None
    try:
        with eng.connect() as conn:
            while committed is None:
                n = conn.execute(select(func.count(Dataset.id))).scalar_one()
                conn.rollback()  # a new snapshot on the next poll
                if n > before:
                    committed = time.monotonic()
                elif proc.poll() is not None and proc.returncode != 0:
                    break
                else:
                    time.sleep(0.01)
    finally:
        eng.dispose()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and committed is not None, f"import failed:\n{out}\n{err}"
    return committed, time.monotonic()


def test_two_servers_share_one_store_and_survive_one_failure(
    cluster: Cluster, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}: scripts/setup.sh --test"
    addr = [s.addr for s in cluster.servers]
    report: list[str] = []
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        opened: list[Browser] = []
        try:
            # -- 1. one browser per server, by nginx's own cookie --------------------------
            on: dict[str, Browser] = {}
            for _ in range(24):  # each try lands on either server with p=1/2
                b = _open(chromium)
                up = _upstream_of(b, cluster)
                if up in on:
                    b.context.close()
                    continue
                on[up] = b
                opened.append(b)
                if len(on) == len(addr):
                    break
            assert set(on) == set(addr), f"nginx sent every browser to {set(on)}"
            a_addr, b_addr = addr
            on_a, on_b = on[a_addr], on[b_addr]
            # Both servers get their first session at once, on an empty database.
            _load(on_a, cluster.url + PAGE, wait=False)
            _load(on_b, cluster.url + PAGE, wait=False)
            _wait_map(on_a)
            _wait_map(on_b)
            for up, b in on.items():
                assert b.http_upstreams == {up}, (
                    f"one browser, several servers: {b.http_upstreams}; retried: {b.retried}; "
                    f"errors: {b.server_errors}"
                )
                assert b.ws_upstreams == [up], f"websocket went to {b.ws_upstreams}, not {up}"
                assert "angka contoh" in _sources(b), _sources(b)
            report.append(
                f"browser 1 -> {a_addr} (http + websocket), "
                f"browser 2 -> {b_addr} (http + websocket)"
            )
            kinds = _dataset_count(cluster.database_url)
            seeded = _seeded_dataset_count(tmp_path)
            assert kinds == seeded, (
                f"{kinds} datasets after two servers started together; one start loads "
                f"{seeded} (seeds loaded twice?)"
            )

            # -- 2. import through the CLI, see it on the other server -----------------------
            marker = f"Dinsos Kaltim, uji klaster {uuid.uuid4().hex[:8]}"
            committed, cli_done = _import_and_wait_commit(
                cluster.database_url, _import_file(tmp_path, marker), kinds
            )
            focus = ["Sekitar IKN", "Seluruh Kaltim"]
            runs = 0
            while marker not in _sources(on_b):
                assert time.monotonic() - committed < 10, "import not visible after 10 s"
                _rerun(on_b, focus[runs % 2])
                runs += 1
            fresh_s = time.monotonic() - committed
            report.append(
                f"import committed -> visible on {b_addr}: {fresh_s:.2f} s "
                f"({runs} script run(s); CLI exited {cli_done - committed:.2f} s "
                "after the commit)"
            )
            assert fresh_s <= FRESH_LIMIT_S, report[-1]
            assert on_b.ws_upstreams == [b_addr] and on_b.http_upstreams == {b_addr}

            # -- 3. kill one server ------------------------------------------------------------
            victim = cluster.server_by_addr(a_addr)
            on_a.page.evaluate(_MAP_FIRST_WATCH)
            victim.kill()
            killed = time.monotonic()
            # A browser that was on it: the frontend reconnects through nginx to the survivor,
            # gets a new session there and keeps working.
            deadline = time.monotonic() + 30
            while b_addr not in on_a.ws_upstreams:
                assert time.monotonic() < deadline, f"no reconnect: {on_a.ws_upstreams}"
                on_a.page.wait_for_timeout(200)
            on_a.page.wait_for_selector(IDLE, timeout=30_000)
            _rerun(on_a, "Sekitar IKN")
            assert marker in _sources(on_a), _sources(on_a)
            # The new session there started from the page on screen: the whole page at once,
            # not the map first (components/state/first_paint.py), which would blank it for a
            # moment.
            assert on_a.page.evaluate("() => window.__mapFirstRuns") == 0
            report.append(
                f"{a_addr} killed: its browser reconnected to "
                f"{on_a.ws_upstreams[-1]} after {time.monotonic() - killed:.1f} s "
                "and reran there"
            )
            # New browsers: one with the dead server's sticky cookie, two fresh ones.
            sticky_a = [c for c in on_a.context.cookies() if c["name"] == "serambi_node"]
            late = [_open(chromium, sticky_a), _open(chromium), _open(chromium)]
            opened += late
            for b in late:
                _load(b, cluster.url + PAGE)
                assert b.http_upstreams == {b_addr}, b.http_upstreams
                assert b.ws_upstreams == [b_addr], b.ws_upstreams
                assert marker in _sources(b), _sources(b)
            retried = sum(len(b.retried) for b in late)
            report.append(
                f"3 new browsers after the kill (1 with {a_addr}'s cookie) -> "
                f"{b_addr}; {retried} request(s) tried the dead server first and "
                "were answered by the survivor"
            )
            for b in opened:
                assert not b.server_errors, b.server_errors
                assert not b.blocked, f"non-local requests: {b.blocked[:5]}"
        finally:
            for b in opened:
                b.context.close()
            chromium.close()
    # The access log holds the websocket of every browser, by its sticky id, once closed.
    log = cluster.access_log.read_text()
    assert "GET /_stcore/stream" in log and f"upstream={a_addr}" in log
    print("\n".join(["", *report]))
