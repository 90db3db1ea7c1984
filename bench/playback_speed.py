"""Time playback speed: how long one step of the map's year playback takes, in Chromium.

    python -m bench.playback_speed                 # PMKS 2015-2024 and kpm_pkh 2019-2024
    python -m bench.playback_speed --plays 1       # one playback of each (quick)

Starts the real app (``streamlit run serve.py``) like ``bench/map_speed.py`` and with its
helpers (server, in-page probe, offline Chromium), opens ``/peta`` on the first year of an
indicator, presses "Putar tahun" and lets the page's timer step through every year to the last
one (loop off). A step is started by the browser's rerun request (the view fragment's timer,
``components/state/playback.py``; before, a script in the page clicked a hidden button). Per
step it records (``bench.map_speed.Tab.play``):

* **step time**: the request -> the animation frame that paints the new layer in the map iframe;
* **period**: one painted step to the next (the pace the audience sees; target ~1 s);
* **script runs** (``new_session`` messages) per step, the server's CPU per step, and per
  playback whether the map iframe was **remounted** (a marker set on its window before play
  survives to the end).

It prints median and p95 of each, and the remount count. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench.map_speed import (
    REPO_ROOT,
    AppSpec,
    Server,
    Tab,
    _is_local,
    _probe_js,
    machine_lines,
    prepare,
)
from tests.browser import offline_launch_options

# (indicator, first year): PMKS has no data 2016-2018 (hatched steps), PKH every year.
PLAYS = [("pmks_total", 2015), ("kpm_pkh", 2019)]


def _p95(values: list[float]) -> float:
    vals = sorted(values)
    return vals[min(len(vals) - 1, round(0.95 * (len(vals) - 1)))]


def play(tab: Tab, indicator: str, first: int) -> tuple[list[dict], float, bool]:
    """One playback from ``first``: its steps, the server CPU per step and whether the map
    iframe was remounted."""
    result = tab.play(indicator, first)
    steps = result["steps"]
    return steps, result["cpu_s"] / max(1, len(steps)), result["remounted"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plays", type=int, default=2, help="playbacks of each indicator (2)")
    ap.add_argument("--repo", type=Path, default=REPO_ROOT)
    args = ap.parse_args(argv)
    repo = args.repo.resolve()
    load_before = os.getloadavg()
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="serambi-bench-playback-"))
    steps: list[dict] = []
    cpu: list[float] = []  # server CPU per step, per playback
    remounts: list[bool] = []  # per playback: the marker on the map's window was lost
    blocked: list[str] = []
    try:
        db_url = prepare(repo, work, [])
        server = Server(repo, AppSpec("serambi", "serve.py", "/peta"), db_url, work)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(**offline_launch_options())
                print("Serambi time playback benchmark (/peta, one step per year)")
                print("\n".join(machine_lines(browser.version)))
                print(f"load average before: {' '.join(f'{x:.2f}' for x in load_before)}")
                context = browser.new_context(
                    viewport={"width": 1600, "height": 1000}, locale="id-ID"
                )
                context.add_init_script(_probe_js())
                context.on("request", lambda r: None if _is_local(r.url) else blocked.append(r.url))
                tab = Tab(context, server.url + "/peta", 10, cpu=server.cpu)
                for _ in range(args.plays):
                    for indicator, first in PLAYS:
                        rows, per_step, remounted = play(tab, indicator, first)
                        remounts.append(remounted)
                        cpu.append(per_step)
                        done = f"{indicator} from {first}: {len(rows)} steps"
                        print(f"   ... {done}", file=sys.stderr)
                        steps += rows
                context.close()
                browser.close()
        finally:
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def stat(key: str) -> str:
        vals = [r[key] for r in steps if r.get(key) is not None]
        if not vals:
            return "-"
        return f"median {statistics.median(vals):.2f} s, p95 {_p95(vals):.2f} s (n={len(vals)})"

    runs = [r["runs"] for r in steps]
    load_after = os.getloadavg()
    print(f"steps: {len(steps)}")
    print(f"step time (rerun request -> new layer painted): {stat('step_s')}")
    cpu_ms = statistics.median(cpu) * 1000 if cpu else None
    print(f"server CPU per step: {'-' if cpu_ms is None else f'{cpu_ms:.0f} ms'} (median)")
    print(f"period (painted step -> next painted step): {stat('period_s')}")
    print(f"script runs per step: {statistics.median(runs) if runs else '-'} (max {max(runs)})")
    print(f"map iframe remounted: {sum(remounts)} times in {len(remounts)} playbacks")
    print(f"non-local requests: {len(blocked)}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in load_after)}")
    return 0 if steps else 1


if __name__ == "__main__":
    raise SystemExit(main())
