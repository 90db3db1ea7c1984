"""Load bench: many browser sessions through nginx on two app servers, while imports run.

    python -m bench.load_cluster                      # 20 sessions x 5 indicator changes
    python -m bench.load_cluster --sessions 10 --changes 3 --imports 2

Not a test, run on demand (it asserts nothing; exit status 1 when something failed). Needs
Debian's nginx and Chromium (``scripts/setup.sh --test``) and a PostgreSQL server to create a
throwaway database on: ``SERAMBI_TEST_POSTGRES_URL`` (``eval "$(bash
scripts/postgres-throwaway.sh start)"``) or ``--pg-url``. Everything stays on loopback.

What it does: starts nginx + two ``streamlit run serve.py`` servers (``deploy.local_cluster``)
on a fresh database, opens ``--sessions`` browser contexts (one cookie jar each, so nginx
spreads them over both servers), loads the map page in all of them, then every session
changes the indicator in the sidebar like a user (as ``bench/map_speed.py``: open the select
box, type, click the option) ``--changes`` times with a short pause between, while
``python manage.py import`` loads datasets into the same database ``--imports`` times. A
change is timed inside the page: from the click on the option to the animation frame in
which the map iframe holds the new data layer, and to the app being idle again.

It prints whether anything failed (timeouts, Streamlit exceptions, 5xx from nginx, non-local
requests, failed imports), the median and p95 change time, sessions per server, and writes
the same text to ``bench/results/load-cluster.txt``.

Capacity: the browsers run on the same machine and take most of its CPU, so the change times
measured here are the browsers waiting for CPU, not the servers. What the servers themselves
spend is read from ``/proc/<pid>/stat`` of the two app server processes between the moment
every session has loaded and the moment the last change is done: **server CPU per change**
(that CPU over the changes made in the window) and its inverse, **changes per server-core-
second**. From those, with an assumed rate of changes per meeting participant
(``--change-every``, default one change every 30 s) and the part of a change that is not the
server (``--client-s``: the browser's own work and the round trip, from ``bench/map_speed.py``
on an idle machine), it gives how many participants one 2-core server (two app processes, one
per core: a Streamlit process runs its Python on one core at a time) holds at a p95 change time
of at most 1 s. Each process is treated as a single queue with random (Poisson) arrivals and
exponential service times (M/M/1), whose response time is exponential with rate
``mu - lambda``: p95 = ln(20) / (mu - lambda), with ``mu = 1 / (CPU per change)``. So
``lambda_max = mu - ln(20) / (1 s - client_s)`` changes per second per process, and the
participants are ``2 * lambda_max * change_every``.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bench.map_speed import _is_local
from bench.map_speed import indicator_option as _indicator_option
from tests.browser import IDLE, MAP_FRAME, offline_launch_options

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS = REPO_ROOT / "bench" / "results" / "load-cluster.txt"
START_PAGE = "/peta?indikator=penduduk_miskin_persen&tahun=2023"
# Indicators with data in the seeded store; every change goes to a different one.
INDICATORS = [
    "pmks_total",
    "penduduk_miskin_jiwa",
    "indeks_kedalaman_p1",
    "kpm_pkh",
    "garis_kemiskinan",
    "pbi_jk_jiwa",
    "penduduk_miskin_persen",
]
REGENCIES = ["6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474"]
MAX_SESSIONS = 40

# Click time in the page's clock (capture phase: before Streamlit's own handlers).
_CLICK_CLOCK = """
window.__clickT = null;
document.addEventListener("click", () => {
  window.__clickT = performance.timeOrigin + performance.now();
}, true);
"""
# Polled every animation frame: the first frame with a new layer key, then the first idle.
_CHANGE_DONE = """([sel, before]) => {
  const now = performance.timeOrigin + performance.now();
  const f = document.querySelector(sel);
  const el = f && f.contentDocument && f.contentDocument.querySelector("[data-serambi-layer]");
  const key = el && el.getAttribute("data-serambi-layer");
  if (window.__layerT == null && key && key !== before) window.__layerT = now;
  const app = document.querySelector("[data-testid=stApp]");
  if (window.__layerT != null && app.getAttribute("data-test-script-state") === "notRunning")
    return {click: window.__clickT, layer: window.__layerT, idle: now};
  return false;
}"""
_LAYER_KEY = """sel => {
  const f = document.querySelector(sel);
  const el = f && f.contentDocument && f.contentDocument.querySelector("[data-serambi-layer]");
  return el ? el.getAttribute("data-serambi-layer") : null;
}"""


@dataclass
class SessionResult:
    index: int
    server: str = "?"
    load_s: float | None = None
    changes: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    started_s: float
    seconds: float
    ok: bool
    summary: str


# --------------------------------------------------------------------------- one session


async def _select_indicator(page, indicator_id: str) -> None:  # noqa: ANN001
    option = _indicator_option(indicator_id)
    box = page.locator("[data-testid=stSidebar]").get_by_role(
        "combobox", name="Indikator", exact=True
    )
    await box.click()
    await box.fill("")
    await box.press_sequentially(option.typed)
    options = page.get_by_role("option")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for i, text in enumerate(await options.all_inner_texts()):
            if text.strip() in option.accepted:
                await page.evaluate("() => { window.__clickT = null; window.__layerT = null; }")
                await options.nth(i).click(no_wait_after=True)
                return
        await page.wait_for_timeout(50)
    raise RuntimeError(f"no option for {indicator_id!r}")


async def run_session(
    browser,
    url: str,
    index: int,
    n_changes: int,  # noqa: ANN001
    start_gate: asyncio.Event,
    loaded: list[int],
    total: int,
    rng: random.Random,
) -> SessionResult:
    res = SessionResult(index)
    context = await browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID")
    # 20 Chromium pages on 2 cores starve the driver: Playwright's 30 s action default is
    # too short for typing into the select box then (seen in a run), not a server failure.
    context.set_default_timeout(90_000)
    await context.add_init_script(_CLICK_CLOCK)
    context.on("request", lambda r: None if _is_local(r.url) else res.blocked.append(r.url))

    def on_response(resp) -> None:  # noqa: ANN001
        if resp.status >= 500:
            res.server_errors.append(f"{resp.status} {resp.url}")
        up = resp.headers.get("x-serambi-upstream")
        if up and res.server == "?":
            res.server = up.split(",")[-1].strip()

    context.on("response", on_response)
    try:
        page = await context.new_page()
        t0 = time.monotonic()
        await page.goto(url + START_PAGE, wait_until="commit")
        await (
            page.frame_locator(MAP_FRAME).locator("[data-serambi-layer]").wait_for(timeout=180_000)
        )
        await page.wait_for_selector(IDLE, timeout=120_000)
        res.load_s = time.monotonic() - t0
    except Exception as exc:  # keep the other sessions going; say what failed
        res.errors.append(f"load: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
    loaded.append(index)
    if len(loaded) == total:
        start_gate.set()
    await start_gate.wait()
    if res.errors:
        await context.close()
        return res
    order = INDICATORS[index % len(INDICATORS) :] + INDICATORS[: index % len(INDICATORS)]
    order = [i for i in order if i != "penduduk_miskin_persen"] or order
    try:
        for k in range(n_changes):
            await asyncio.sleep(rng.uniform(0.5, 1.5))  # a user reads the map first
            indicator = order[k % len(order)]
            before = await page.evaluate(_LAYER_KEY, MAP_FRAME)
            await _select_indicator(page, indicator)
            handle = await page.wait_for_function(
                _CHANGE_DONE, arg=[MAP_FRAME, before], polling="raf", timeout=90_000
            )
            t = await handle.json_value()
            if t["click"] is None:
                raise RuntimeError("click not recorded")
            res.changes.append(
                {
                    "indicator": indicator,
                    "at": time.monotonic(),
                    "layer_s": (t["layer"] - t["click"]) / 1000,
                    "idle_s": (t["idle"] - t["click"]) / 1000,
                }
            )
        if await page.locator("[data-testid=stException]").count():
            res.errors.append("Streamlit exception on the page")
    except Exception as exc:
        res.errors.append(f"change: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
    finally:
        await context.close()
    return res


# --------------------------------------------------------------------------- imports


def _import_file(work: Path, n: int) -> Path:
    rows = ["kode_wilayah;tahun;indikator;nilai;sumber"]
    rows += [
        f"{code};2023;pmks_gelandangan;{20 + 7 * n + i};Dinsos Kaltim, bench impor {n}"
        for i, code in enumerate(REGENCIES)
    ]
    path = work / f"impor-{n}.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


async def run_imports(
    db_url: str,
    work: Path,
    n_imports: int,
    spacing_s: float,
    started: float,
    start_gate: asyncio.Event,
) -> list[ImportResult]:
    await start_gate.wait()
    out: list[ImportResult] = []
    env = {**os.environ, "DATABASE_URL": db_url}
    for n in range(n_imports):
        await asyncio.sleep(spacing_s)
        t0 = time.monotonic()
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(REPO_ROOT / "manage.py"),
            "import",
            str(_import_file(work, n)),
            "--by",
            "bench",
            "--name",
            f"Bench impor {n}",
            "--confirm-warnings",
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        stdout, _ = await proc.communicate()
        text = stdout.decode(errors="replace").strip().splitlines()
        out.append(
            ImportResult(
                t0 - started,
                time.monotonic() - t0,
                proc.returncode == 0,
                (text[0] if text else "")[:160],
            )
        )
    return out


# --------------------------------------------------------------------------- report


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process (and its waited-for children), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU-seconds all cores spent not idle since boot (/proc/stat)."""
    values = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    vals = sorted(values)
    # Nearest-rank percentile: an observed value, no interpolation.
    return vals[max(0, min(len(vals) - 1, int(round(q * len(vals) + 0.5)) - 1))]


def _f(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def report(
    args: argparse.Namespace,
    sessions: list[SessionResult],
    imports: list[ImportResult],
    servers: list[str],
    wall_s: float,
    load_before: tuple[float, float, float],
    browser_version: str,
    import_window: tuple[float, float] | None,
    cpu_use: dict[str, float],
    change_window: dict[str, float] | None = None,
) -> tuple[list[str], bool]:
    changes = [c for s in sessions for c in s.changes]
    layer = [c["layer_s"] for c in changes]
    idle = [c["idle_s"] for c in changes]
    during = [
        c["layer_s"]
        for c in changes
        if import_window and import_window[0] <= c["at"] <= import_window[1] + 2
    ]
    errors = [f"session {s.index}: {e}" for s in sessions for e in s.errors]
    errors += [f"session {s.index}: {e}" for s in sessions for e in s.server_errors[:3]]
    errors += [f"import {i}: {imp.summary}" for i, imp in enumerate(imports) if not imp.ok]
    blocked = sum(len(s.blocked) for s in sessions)
    if blocked:
        errors.append(f"{blocked} non-local request(s) attempted (blocked)")
    expected = args.sessions * args.changes
    if len(changes) != expected:
        errors.append(f"{len(changes)} of {expected} changes completed")
    per_server = {a: sum(1 for s in sessions if s.server == a) for a in servers}
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    import streamlit

    nginx_v = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    load_after = os.getloadavg()
    loads = [s.load_s for s in sessions if s.load_s is not None]
    lines = [
        "Serambi load bench: browser sessions through nginx on two app servers, imports "
        "running (bench/load_cluster.py)",
        f"machine: {os.cpu_count()} cores ({cpu}), Linux {platform.release()}; Python "
        f"{platform.python_version()}, Streamlit {streamlit.__version__}, {nginx_v}, "
        f"Chromium {browser_version} (headless, non-local requests blocked)",
        f"command: python -m bench.load_cluster {' '.join(sys.argv[1:])}".rstrip(),
        f"load average before {load_before[0]:.2f} / after {load_after[0]:.2f}; "
        f"wall time {wall_s:.0f} s",
        "",
        f"sessions: {args.sessions} (one browser context each), {args.changes} indicator "
        f"changes each = {len(changes)} changes measured",
        "sessions per app server: " + ", ".join(f"{a}: {n}" for a, n in per_server.items()),
        f"first map per session (all loading at once): median {_f(_pct(loads, 0.5))} s, "
        f"max {_f(max(loads) if loads else None)} s",
        f"imports during the changes: {sum(i.ok for i in imports)} of {len(imports)} ok, "
        + ", ".join(f"{i.seconds:.1f} s" for i in imports),
        f"CPU during the run: app servers {cpu_use['servers']:.0f} CPU-s, nginx "
        f"{cpu_use['nginx']:.1f} CPU-s, whole machine {cpu_use['machine']:.0f} CPU-s busy of "
        f"{cpu_use['capacity']:.0f} "
        "(the rest: Chromium, imports, other work on the machine)",
        "",
        f"change -> new map layer: median {_f(_pct(layer, 0.5))} s, p95 {_f(_pct(layer, 0.95))} "
        f"s, max {_f(max(layer) if layer else None)} s",
        f"change -> app idle:      median {_f(_pct(idle, 0.5))} s, p95 {_f(_pct(idle, 0.95))} s",
        f"changes while an import ran (+2 s): {len(during)}, median "
        f"{_f(_pct(during, 0.5))} s, p95 {_f(_pct(during, 0.95))} s",
        "",
        *capacity_lines(args, len(changes), change_window or {}),
        "",
    ]
    if errors:
        lines.append(f"ERRORS ({len(errors)}):")
        lines += [f"  {e}" for e in errors[:30]]
    else:
        lines.append(
            "no errors: every session loaded and finished every change, no "
            "Streamlit exception, no 5xx from nginx, no non-local request, every "
            "import applied"
        )
    return lines, not errors


def capacity_lines(args: argparse.Namespace, n_changes: int, window: dict[str, float]) -> list[str]:
    """Server CPU per change in the change window, and the participants that gives per 2-core
    server (the model is in the module docstring)."""
    if not n_changes or "cpu1" not in window or "cpu0" not in window:
        return ["capacity: no change window measured"]
    cpu_s = window["cpu1"] - window["cpu0"]
    per_change = cpu_s / n_changes
    span = window["t1"] - window["t0"]
    lines = [
        f"server CPU in the change window: {cpu_s:.1f} CPU-s over {span:.0f} s for "
        f"{n_changes} changes (both app servers; imports ran in their own processes)",
        f"server CPU per change: {per_change * 1000:.0f} ms; changes per server-core-second: "
        f"{1 / per_change:.1f}"
        if per_change > 0
        else "server CPU per change: 0",
    ]
    if per_change <= 0:
        return lines
    budget = 1.0 - args.client_s
    mu = 1 / per_change
    lam = mu - math.log(20) / budget if budget > 0 else 0.0
    rate = 1 / args.change_every
    people = max(0.0, 2 * lam / rate)
    lines += [
        f"capacity of one 2-core server (2 app processes) at p95 change time <= 1 s: "
        f"~{people:.0f} meeting participants, assuming each makes one change every "
        f"{args.change_every:.0f} s and {args.client_s:.2f} s of each change is the browser "
        f"and the round trip (M/M/1 per process: lambda_max = {mu:.1f} - ln 20 / "
        f"{budget:.2f} = {lam:.1f} changes/s per process, {lam / mu:.0%} busy)",
    ]
    return lines


# --------------------------------------------------------------------------- main


def _create_database(pg_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"serambi_load_{uuid.uuid4().hex[:10]}"  # generated here: safe in DDL
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(pg_url).set(database=name).render_as_string(hide_password=False)


def _drop_database(pg_url: str, db_url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = make_url(db_url).database
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


async def _change_window(gate: asyncio.Event, server_cpu, window: dict) -> None:  # noqa: ANN001
    """The servers' CPU when every session has loaded (the changes start)."""
    await gate.wait()
    window["cpu0"], window["t0"] = server_cpu(), time.monotonic()


async def drive(args: argparse.Namespace, cluster, db_url: str, work: Path, server_cpu, window):  # noqa: ANN001, ANN201
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        # Non-loopback traffic goes to a closed local port: offline, failing at once.
        browser = await pw.chromium.launch(**offline_launch_options())
        gate = asyncio.Event()
        loaded: list[int] = []
        started = time.monotonic()
        watch = asyncio.create_task(_change_window(gate, server_cpu, window))
        tasks = []
        for i in range(args.sessions):
            tasks.append(
                asyncio.create_task(
                    run_session(
                        browser,
                        cluster.url,
                        i,
                        args.changes,
                        gate,
                        loaded,
                        args.sessions,
                        random.Random(i),
                    )
                )
            )
            await asyncio.sleep(args.stagger)
        imports_task = asyncio.create_task(
            run_imports(db_url, work, args.imports, args.import_spacing, started, gate)
        )
        sessions = await asyncio.gather(*tasks)
        window["cpu1"], window["t1"] = server_cpu(), time.monotonic()
        await watch
        imports = await imports_task
        version = browser.version
        await browser.close()
    return sessions, imports, version, started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--changes", type=int, default=5, help="indicator changes per session")
    ap.add_argument("--imports", type=int, default=3, help="CLI imports during the changes")
    ap.add_argument(
        "--import-spacing", type=float, default=2.0, help="seconds between imports (default 2)"
    )
    ap.add_argument(
        "--stagger", type=float, default=0.3, help="seconds between opening sessions (default 0.3)"
    )
    ap.add_argument(
        "--max-seconds", type=float, default=900, help="give up after this long (default 900)"
    )
    ap.add_argument(
        "--pg-url",
        default=os.environ.get("SERAMBI_TEST_POSTGRES_URL"),
        help="PostgreSQL to create the throwaway database on (default: SERAMBI_TEST_POSTGRES_URL)",
    )
    ap.add_argument(
        "--change-every",
        type=float,
        default=30.0,
        help="capacity: seconds between two changes of one participant (default 30)",
    )
    ap.add_argument(
        "--client-s",
        type=float,
        default=0.25,
        help="capacity: seconds of a change that are not the server (browser, round trip;"
        " default 0.25, from bench/map_speed.py on an idle machine)",
    )
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if not args.pg_url:
        print(
            'needs PostgreSQL: eval "$(bash scripts/postgres-throwaway.sh start)" or --pg-url',
            file=sys.stderr,
        )
        return 2
    if not 1 <= args.sessions <= MAX_SESSIONS:
        print(f"--sessions must be 1..{MAX_SESSIONS}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO_ROOT))
    os.environ.setdefault(
        "SERAMBI_DATA_MIRROR", str(REPO_ROOT.parent / "shared" / "data" / "mirror")
    )
    from deploy.local_cluster import Cluster

    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="serambi-load-"))
    db_url = _create_database(args.pg_url)
    cluster = Cluster.create(
        db_url, n_servers=2, extra_env={"SERAMBI_CACHE_DIR": str(work / "geodata")}
    )
    try:
        cluster.start()
        print(
            f"   ... nginx {cluster.url} -> {[s.addr for s in cluster.servers]}; "
            f"{args.sessions} sessions",
            file=sys.stderr,
            flush=True,
        )
        pids = [srv.proc.pid for srv in cluster.servers]
        cpu0 = [cpu_seconds(p) for p in pids], cpu_seconds(cluster.nginx.pid)
        busy0, t_cpu0 = machine_busy_seconds(), time.monotonic()
        window: dict[str, float] = {}

        def server_cpu() -> float:
            return sum(cpu_seconds(p) for p in pids)

        sessions, imports, version, started = asyncio.run(
            asyncio.wait_for(
                drive(args, cluster, db_url, work, server_cpu, window), timeout=args.max_seconds
            )
        )
        wall = time.monotonic() - started
        cpu = {
            "servers": sum(cpu_seconds(p) for p in pids) - sum(cpu0[0]),
            "nginx": cpu_seconds(cluster.nginx.pid) - cpu0[1],
            "machine": machine_busy_seconds() - busy0,
            "capacity": (time.monotonic() - t_cpu0) * (os.cpu_count() or 1),
        }
        change_window = window
        window = None
        if imports:
            window = (
                started + imports[0].started_s,
                started + imports[-1].started_s + imports[-1].seconds,
            )
        lines, ok = report(
            args,
            sessions,
            imports,
            [s.addr for s in cluster.servers],
            wall,
            load_before,
            version,
            window,
            cpu,
            change_window,
        )
    finally:
        cluster.stop()
        _drop_database(args.pg_url, db_url)
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(lines) + "\n"
    print(text, end="")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(text, encoding="utf-8")
    print(f"(written to {args.results})")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
