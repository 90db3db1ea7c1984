"""Switches that change one part of a page: Tren's PMKS mix measure, Cakupan's programme.

    python -m bench.switch_speed                          # this checkout
    python -m bench.switch_speed --before /tmp/before     # and another one, in the same run

Each app is started with ``streamlit run serve.py`` (one at a time) and driven by Playwright in
Debian's Chromium, offline. On Tren it opens the "Komposisi PMKS" tab and switches the measure
back and forth; on Cakupan it switches the programme between BPNT/Sembako and PKH. Per switch:
the server's own CPU time (``/proc/<pid>/stat``, from the click until no message came for 1.0 s;
the clock ticks in 10 ms, so the mean over all switches is printed), the time from the click
until the run it caused has finished (median), and what ran (a full run of the app or a
fragment run, read from the websocket as tests/e2e/script_runs.py does). Nothing
here is a pass/fail test: the figures depend on the machine (printed in the header).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.map_speed import REPO_ROOT, AppSpec, Server, machine_lines, prepare
from tests.browser import offline_launch_options
from tests.e2e.script_runs import Runs

QUIET_MS = 1000
# (page, URL, what to open first, the switch's widget key, the two options switched between)
SWITCHES = (
    (
        "Tren: PMKS mix measure",
        "/tren?indikator=pmks_total&tahun=2024",
        "Komposisi PMKS",
        "trend_mix_measure",
        ("% dari total PMKS", "per 1.000 penduduk"),
    ),
    (
        "Cakupan: programme",
        "/cakupan?indikator=kpm_pkh&tahun=2024",
        None,
        "cakupan_programme",
        ("BPNT/Sembako", "PKH"),
    ),
)


def settle(runs: Runs, page, since: int, timeout_s: float = 60) -> float:  # noqa: ANN001
    """Wait until a run after the first ``since`` has finished and QUIET_MS passed without a
    message; return when the last run finished."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done = len(runs.kinds) > since and len(runs.finished) >= len(runs.kinds)
        if done and time.monotonic() - runs.last_message >= QUIET_MS / 1000:
            return runs.finished[-1]
        page.wait_for_timeout(50)
    raise TimeoutError("the page did not become idle")


def bench_app(browser, repo: Path, spec: AppSpec, db_url: str, switches: int, log_dir: Path):  # noqa: ANN001, ANN201
    """Every switch of :data:`SWITCHES`, ``switches`` times, on one server of ``spec``."""
    server = Server(repo, spec, db_url, log_dir)
    results = {}
    try:
        page = browser.new_page(viewport={"width": 1600, "height": 1000}, locale="id-ID")
        seen = Runs(page)
        for name, path, tab, key, options in SWITCHES:
            mark = len(seen.kinds)
            page.goto(server.url + path)
            settle(seen, page, mark)
            if tab:
                page.get_by_role("tab", name=tab).click()
                page.wait_for_timeout(QUIET_MS)
            cpu, wall, runs = [], [], []
            for i in range(switches):
                mark = len(seen.kinds)
                c0, t0 = server.cpu(), time.monotonic()
                page.locator(f".st-key-{key}").get_by_text(options[i % 2], exact=True).click()
                t_done = settle(seen, page, mark)
                cpu.append(server.cpu() - c0)
                wall.append(t_done - t0)
                runs.append(",".join(seen.kinds[mark:]))
            results[name] = {
                "cpu_ms": statistics.mean(cpu) * 1000,
                "done_s": statistics.median(wall),
                "runs": max(set(runs), key=runs.count),
            }
        page.close()
    finally:
        server.stop()
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--switches", type=int, default=8, help="switches per page (default 8)")
    ap.add_argument("--before", type=Path, help="also this checkout, e.g. `git archive` of main")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="serambi-switch-"))
    specs = [AppSpec("now", "serve.py", "/", {})]
    if args.before:
        specs.append(AppSpec("before", "serve.py", "/", {}, repo=args.before.resolve()))
    try:
        db_url = prepare(REPO_ROOT, work, [])
        with sync_playwright() as pw:
            browser = pw.chromium.launch(**offline_launch_options())
            print("Serambi switch benchmark: a switch that changes one part of a page")
            print("\n".join(machine_lines(browser.version)))
            print(f"command: python -m bench.switch_speed {' '.join(argv or sys.argv[1:])}")
            found = {
                s.name: bench_app(browser, REPO_ROOT, s, db_url, args.switches, work) for s in specs
            }
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    head = f"{'':34}{'server CPU (ms, mean)':>22}{'click -> run done (s)':>23}  runs"
    print(head)
    for name, *_ in SWITCHES:
        for app, res in found.items():
            r = res[name]
            print(f"{name + ' · ' + app:34}{r['cpu_ms']:>22.0f}{r['done_s']:>23.3f}  {r['runs']}")
        if "before" in found:
            now, bef = found["now"][name], found["before"][name]
            print(
                f"{'  now / before':34}{now['cpu_ms'] / bef['cpu_ms']:>22.2f}"
                f"{now['done_s'] / bef['done_s']:>23.2f}"
            )
    print(f"(server CPU includes the {QUIET_MS} ms of quiet the bench waits after each switch)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
