"""Map speed: Serambi's map page against the naive baseline, in headless Debian Chromium.

    python -m bench.map_speed                    # full run: all three scales (~8 minutes)
    python -m bench.map_speed --scale regencies  # one scale
    python -m bench.map_speed --quick            # CI smoke run: regencies, 2 changes (~1.5 min)

Every app is started with ``streamlit run`` (one at a time, so they never compete for the
CPU) and driven by Playwright in Debian's Chromium (``/usr/bin/chromium``) with every non-local
request aborted. Per app it prints:

* time to the first map: on a cold server (a fresh ``streamlit run``; for Serambi the deep
  link ``/peta`` includes the router's one extra rerun) and after a reload;
* for indicator and year changes made in the sidebar like a user (open the select box, type,
  click the option): time from the click to the animation frame that paints the new colours,
  and to the app being idle (script finished and nothing else for 1.0 s); medians;
* script runs per change (``new_session`` messages), whether the map iframe was remounted
  (a marker set on the iframe's window survives or not), websocket payload bytes per change
  (both directions, as the browser sees them);
* the server's own CPU time per change: user + system time of the ``streamlit`` process
  (``/proc/<pid>/stat``) from just before the click until the app is idle again;
* a time playback (Serambi only): per step, from the browser's rerun request to the frame
  that paints the new layer, the period between painted steps, script runs and server CPU
  per step, and whether the map iframe was remounted;
* the server's resident memory (VmRSS of the ``streamlit`` process) with 1 and with 10
  open sessions.

``--map-only`` adds Serambi's map alone (no page around it) and ``--before PATH`` the map page
of another checkout (e.g. ``git archive HEAD`` unpacked in a folder), each as another column
of the same run. The last lines hold the targets and the ratios. Nothing here is a pass/fail
test: the figures depend on the machine (printed in the header).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from deploy.app_server import free_port, streamlit_command, wait_healthy
from tests.browser import offline_launch_options

REPO_ROOT = Path(__file__).resolve().parent.parent
QUIET_S = 1.0  # no script run and no state change for this long = idle
# Issue 14.1: the first map after a reload, absolute and relative to the baseline's.
FIRST_MAP_RELOAD_S = 0.5
FIRST_MAP_RELOAD_RATIO = 0.8
MAP_ONLY = "map_only"  # the optional third app (--map-only)
BEFORE = "before"  # the optional map page of another checkout (--before)
# The playback: an indicator with data in every year of its steps (no hatched years).
PLAYBACK = ("kpm_pkh", 2019)


def _probe_js() -> str:
    """The in-page probe, with the protobuf field numbers of this Streamlit version."""
    from streamlit.proto.Delta_pb2 import Delta
    from streamlit.proto.Element_pb2 import Element
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    fwd = ForwardMsg.DESCRIPTOR.fields_by_name
    numbers = {
        name: fwd[name].number for name in ("new_session", "delta", "script_finished", "ref_hash")
    }
    numbers["new_element"] = Delta.DESCRIPTOR.fields_by_name["new_element"].number
    numbers["component_instance"] = Element.DESCRIPTOR.fields_by_name["component_instance"].number
    source = (Path(__file__).resolve().parent / "_browser_probe.js").read_text(encoding="utf-8")
    return source.replace("__FIELDS__", json.dumps(numbers))


SCALE_POLYGONS = {"regencies": 10, "kecamatan": 105, "grid5000": 5000}

# (kind, indicator id or year). Each step changes the colours of the map; years exist for the
# indicator selected before them.
CHANGES = {
    "regencies": [
        ("indicator", "pmks_total"),
        ("year", 2021),
        ("indicator", "penduduk_miskin_jiwa"),
        ("year", 2022),
        ("indicator", "indeks_kedalaman_p1"),
        ("year", 2023),
        ("indicator", "kpm_pkh"),
        ("year", 2020),
        ("indicator", "garis_kemiskinan"),
        ("year", 2021),
        ("indicator", "pbi_jk_jiwa"),
        ("year", 2022),
    ],
}
_SCALED_CHANGES = [
    ("indicator", "pmks_total"),
    ("year", 2021),
    ("indicator", "kpm_pkh"),
    ("year", 2020),
    ("indicator", "garis_kemiskinan"),
    ("year", 2022),
    ("indicator", "pbi_jk_jiwa"),
    ("year", 2019),
    ("indicator", "penduduk_miskin_jiwa"),
    ("year", 2023),
    ("indicator", "pmks_fakir_miskin"),
    ("year", 2020),
]
CHANGES["kecamatan"] = _SCALED_CHANGES
CHANGES["grid5000"] = _SCALED_CHANGES


@dataclass
class AppSpec:
    name: str  # "baseline" | "serambi"
    script: str  # relative to the repository
    path: str  # URL path of the map page
    env: dict[str, str] = field(default_factory=dict)
    repo: Path | None = None  # another checkout (--before); None: the one benchmarked


def app_specs(
    scale: str,
    extra_env: dict[str, str] | None = None,
    *,
    map_only: bool = False,
    before: Path | None = None,
) -> list[AppSpec]:
    """The apps to compare at ``scale``. ``map_only`` (regencies): also Serambi's map alone,
    the page's building blocks with nothing else on the page (``bench/scaled_apps``): what the
    first map costs with Streamlit + streamlit-folium + Leaflet and no page around it."""
    env = {"BENCH_SCALE": scale, **(extra_env or {})}
    baseline = AppSpec("baseline", "bench/baseline_app.py", "/", env)
    scaled = "bench/scaled_apps/serambi_app.py"
    if scale != "regencies":
        return [baseline, AppSpec("serambi", scaled, "/", env)]
    # serve.py: the entry point the deployment runs (app.py plus the page HTML).
    specs = [baseline, AppSpec("serambi", "serve.py", "/peta", env)]
    if map_only:
        specs.append(AppSpec(MAP_ONLY, scaled, "/", env))
    if before is not None:
        specs.append(AppSpec(BEFORE, "serve.py", "/peta", env, repo=before))
    return specs


# --------------------------------------------------------------------------- server


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far, in seconds (``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    def __init__(self, repo: Path, spec: AppSpec, db_url: str, log_dir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_dir / f"{spec.name}-{spec.env.get('BENCH_SCALE', '')}.log"
        env = {
            **os.environ,
            "DATABASE_URL": db_url,
            "PYTHONUNBUFFERED": "1",
            **spec.env,
        }
        env.setdefault("SERAMBI_DATA_MIRROR", str(repo.parent / "shared" / "data" / "mirror"))
        repo = spec.repo or repo
        cmd = streamlit_command(spec.script, self.port)
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            cmd, cwd=repo, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        self.healthy_after = self._wait_healthy()

    def _wait_healthy(self) -> float:
        try:
            wait_healthy(self.url, self.proc, self.log_path, timeout_s=90, poll_s=0.05)
        except RuntimeError:
            self.stop()
            raise
        return time.monotonic() - self.started

    def rss(self) -> float:
        return rss_mb(self.proc.pid)

    def cpu(self) -> float:
        return cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


# --------------------------------------------------------------------------- browser


def _is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about"):
        return True
    return parsed.hostname in ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Option:
    """What to type into a select box and which option texts count as the wanted one."""

    typed: str
    accepted: tuple[str, ...]
    prefixes: tuple[str, ...] = ()  # an option text starting with one of these counts too


def indicator_option(indicator_id: str) -> Option:
    """The apps label options "<label> (<group>)" (older Serambi: "<group> · <label>")."""
    from welfare import catalogue

    ind = catalogue.get_indicator(indicator_id)
    label = ind.label("id")
    groups = {catalogue.group_label(ind.group, lang) for lang in ("id", "en")}
    accepted = (label, *(f"{label} ({g})" for g in groups), *(f"{g} · {label}" for g in groups))
    return Option(typed=label[:24], accepted=accepted)


def year_option(year: int) -> Option:
    # Serambi's year menu says each year's coverage: "2021 · 10 dari 10 wilayah".
    return Option(typed=str(year), accepted=(str(year),), prefixes=(f"{year} ·",))


class Tab:
    """One browser page on the app. All waiting happens inside the page (see the probe)."""

    def __init__(self, context, url: str, expected: int, cpu=None) -> None:  # noqa: ANN001
        self.page = context.new_page()
        self.url = url
        self.expected = expected
        self.cpu = cpu or (lambda: 0.0)  # the server's CPU seconds so far

    def _ws_since(self, start: int) -> list[list]:
        return self.page.evaluate("s => window.__bench.ws.slice(s)", start)

    def _ws_len(self) -> int:
        return self.page.evaluate("() => window.__bench.ws.length")

    def _wait_map(self, since: float, before: dict | None, timeout_s: float = 90) -> dict:
        hit = self.page.evaluate(
            "([s, n, b, t]) => window.__bench.waitMap(s, n, b, t)",
            [since, self.expected, before, timeout_s * 1000],
        )
        if hit is None:
            raise TimeoutError("the map's colours did not appear")
        return hit

    def _wait_quiet(self, timeout_s: float = 90) -> float:
        t = self.page.evaluate(
            "([q, t]) => window.__bench.waitQuiet(q, t)", [QUIET_S * 1000, timeout_s * 1000]
        )
        if t is None:
            raise TimeoutError("the app did not become idle")
        return t

    def load(self, *, reload: bool = False) -> dict:
        if reload:
            self.page.reload(wait_until="commit")
        else:
            self.page.goto(self.url, wait_until="commit")
        nav_start = self.page.evaluate("() => performance.timeOrigin")
        hit = self._wait_map(nav_start, None)
        idle_t = self._wait_quiet()
        ws = self._ws_since(0)
        map_msgs = [w[0] for w in ws if w[3] == "component_instance"]
        return {
            "first_map_s": (hit["t"] - nav_start) / 1000,
            # Where the first map's time goes: the map element reaches the page, the map
            # iframe's own code starts, the polygons are painted (first_map_s).
            "map_delta_s": (map_msgs[-1] - nav_start) / 1000 if map_msgs else None,
            "iframe_s": (hit["created"] - nav_start) / 1000,
            "idle_s": (idle_t - nav_start) / 1000,
            "runs": sum(1 for w in ws if w[3] == "new_session"),
        }

    def select(self, label: str, option: Option) -> float:
        """Pick ``option`` in the sidebar select box ``label`` like a user; return click time."""
        box = self.page.locator("[data-testid=stSidebar]").get_by_role(
            "combobox", name=label, exact=True
        )
        box.click()
        box.fill("")
        box.press_sequentially(option.typed)
        options = self.page.get_by_role("option")
        target = None
        deadline = time.monotonic() + 10
        while target is None and time.monotonic() < deadline:
            for i, text in enumerate(options.all_inner_texts()):
                text = text.strip()
                if text in option.accepted or text.startswith(option.prefixes):
                    target = options.nth(i)
                    break
            else:
                self.page.wait_for_timeout(50)
        if target is None:
            raise RuntimeError(f"no option {option.accepted[0]!r} in {label!r}")
        self.page.evaluate("() => { window.__bench.clicks = []; }")
        target.click(no_wait_after=True)
        clicks = self.page.evaluate("() => window.__bench.clicks")
        if not clicks:
            raise RuntimeError("click not recorded")
        return clicks[-1]

    def change(self, label: str, option: Option) -> dict:
        marker = uuid.uuid4().hex
        self.page.evaluate("m => window.__bench.mark(m)", marker)
        before = self.page.evaluate("() => window.__bench.lastMapEntry()")
        ws_start = self._ws_len()
        cpu0 = self.cpu()
        t_click = self.select(label, option)
        hit = self._wait_map(t_click, before or {"sig": None, "layer": None})
        idle_t = self._wait_quiet()
        cpu_s = self.cpu() - cpu0
        same = self.page.evaluate("m => window.__bench.hasMark(m)", marker)
        ws = [w for w in self._ws_since(ws_start) if w[0] >= t_click]
        map_msgs = [w[0] for w in ws if w[3] == "component_instance"]
        return {
            "colours_s": (hit["t"] - t_click) / 1000,
            "idle_s": (idle_t - t_click) / 1000,
            "map_delta_s": (map_msgs[0] - t_click) / 1000 if map_msgs else None,
            "runs": sum(1 for w in ws if w[3] == "new_session"),
            "remounted": not same,
            "colours_changed": before is None or hit["sig"] != before["sig"],
            "ws_bytes": sum(w[2] for w in ws),
            "ws_rx_bytes": sum(w[2] for w in ws if w[1] == "rx"),
            "ws_map_bytes": sum(w[2] for w in ws if w[3] == "component_instance"),
            "cpu_s": cpu_s,
        }

    def play(self, indicator: str, first: int) -> dict:
        """Open the map on ``first``, press play, wait until the playback stops (loop off).

        A step starts with the browser's rerun request (the page's timer, whatever drives
        it) and ends with the frame that paints the step's new layer."""
        page = self.page
        page.goto(f"{self.url}?indikator={indicator}&tahun={first}", wait_until="commit")
        self._wait_map(page.evaluate("() => performance.timeOrigin"), None)
        self._wait_quiet()
        marker = uuid.uuid4().hex
        page.evaluate("m => window.__bench.mark(m)", marker)
        ws_start = self._ws_len()
        cpu0 = self.cpu()
        page.locator(".st-key-pb_toggle").get_by_role("button", name="Putar tahun").click()
        page.locator("[data-serambi-playing='1']").wait_for(timeout=30_000)
        t_play = page.evaluate("() => performance.timeOrigin + performance.now()")
        page.locator("[data-serambi-playing='0']").wait_for(timeout=120_000)
        self._wait_quiet()
        cpu_s = self.cpu() - cpu0
        ws = self._ws_since(ws_start)
        log = page.evaluate(
            "() => { const f = document.querySelector(\"iframe[title='streamlit_folium."
            "st_folium']\"); return f && f.contentWindow.__benchMap ?"
            " f.contentWindow.__benchMap.log : []; }"
        )
        same = page.evaluate("m => window.__bench.hasMark(m)", marker)
        painted: list[float] = []  # the first frame of each new layer after play
        last = None
        for e in log:
            if e["t"] >= t_play and e["n"] == self.expected and e.get("layer") != last:
                painted.append(e["t"])
            last = e.get("layer") if e["n"] == self.expected else last
        requests = [w[0] for w in ws if w[1] == "tx" and w[0] >= t_play]
        steps = []
        for i, t in enumerate(painted):
            asked = [r for r in requests if r <= t and (i == 0 or r > painted[i - 1])]
            if not asked:
                continue
            # Script runs from this step's request to the next request (the next step's, or
            # a timer's rerun that finds nothing to do).
            nxt = next((r for r in requests if r > t), float("inf"))
            steps.append(
                {
                    "step_s": (t - asked[-1]) / 1000,
                    "period_s": (t - painted[i - 1]) / 1000 if i else None,
                    "runs": sum(1 for w in ws if asked[-1] <= w[0] < nxt and w[3] == "new_session"),
                }
            )
        return {"steps": steps, "cpu_s": cpu_s, "remounted": not same}

    def close(self) -> None:
        self.page.close()


# --------------------------------------------------------------------------- one app


@dataclass
class AppResult:
    name: str
    scale: str
    server_healthy_s: float = 0.0
    cold: dict = field(default_factory=dict)
    reloads: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    rss_1: float = 0.0
    rss_n: float = 0.0
    playback: dict = field(default_factory=dict)
    sessions: int = 10
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def bench_app(
    browser,
    repo: Path,
    spec: AppSpec,
    scale: str,
    db_url: str,
    *,  # noqa: ANN001
    runs: int,
    reloads: int,
    sessions: int,
    log_dir: Path,
) -> AppResult:
    res = AppResult(spec.name, scale, sessions=sessions)
    expected = SCALE_POLYGONS[scale]
    server = Server(repo, spec, db_url, log_dir)
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="id-ID")
    context.add_init_script(_probe_js())
    # The browser sends every non-loopback request to a closed proxy port (see main), so it
    # fails at once; record the attempts. (Playwright's request routing would block them
    # too, but it adds a round trip to this process for every request: over a second per
    # page load here.)
    context.on("request", lambda r: None if _is_local(r.url) else res.blocked.append(r.url))
    tabs: list[Tab] = []
    try:
        res.server_healthy_s = server.healthy_after
        tab = Tab(context, server.url + spec.path, expected, cpu=server.cpu)
        tabs.append(tab)
        res.cold = tab.load()
        for _ in range(reloads):
            res.reloads.append(tab.load(reload=True))
        steps = CHANGES[scale][: 2 * runs]
        for kind, value in steps:
            if kind == "indicator":
                r = tab.change("Indikator", indicator_option(str(value)))
            else:
                r = tab.change("Tahun", year_option(int(value)))
            r["kind"] = kind
            res.changes.append(r)
        if spec.name in ("serambi", BEFORE) and scale == "regencies":
            res.playback = tab.play(*PLAYBACK)
        time.sleep(0.5)
        res.rss_1 = server.rss()
        for _ in range(sessions - 1):
            extra = Tab(context, server.url + spec.path, expected)
            tabs.append(extra)
            extra.load()
        time.sleep(1.0)
        res.rss_n = server.rss()
    except Exception as exc:  # keep the other figures; say what failed
        res.errors.append(f"{type(exc).__name__}: {exc}".splitlines()[0][:300])
    finally:
        for t in tabs:
            try:
                t.close()
            except Exception:  # noqa: S110 - closing is best effort
                pass
        context.close()
        server.stop()
    return res


# --------------------------------------------------------------------------- report


def _median(values: list[float]) -> float | None:
    vals = [v for v in values if v is not None]
    return statistics.median(vals) if vals else None


def _p95(values: list[float]) -> float | None:
    vals = sorted(v for v in values if v is not None)
    return vals[min(len(vals) - 1, round(0.95 * (len(vals) - 1)))] if vals else None


def summary(r: AppResult) -> dict:
    ch = r.changes
    steps = r.playback.get("steps", []) if r.playback else []
    ind = [c for c in ch if c["kind"] == "indicator"]
    yr = [c for c in ch if c["kind"] == "year"]
    per_session = (r.rss_n - r.rss_1) / (r.sessions - 1) if r.sessions > 1 and r.rss_n else None
    return {
        "server_healthy_s": r.server_healthy_s,
        "cold_first_map_s": r.cold.get("first_map_s"),
        "cold_runs": r.cold.get("runs"),
        "reload_first_map_s": _median([x["first_map_s"] for x in r.reloads]),
        "reload_map_delta_s": _median([x.get("map_delta_s") for x in r.reloads]),
        "reload_iframe_s": _median([x.get("iframe_s") for x in r.reloads]),
        "colours_s": _median([c["colours_s"] for c in ch]),
        "colours_indicator_s": _median([c["colours_s"] for c in ind]),
        "colours_year_s": _median([c["colours_s"] for c in yr]),
        "colours_max_s": max((c["colours_s"] for c in ch), default=None),
        "map_delta_s": _median([c["map_delta_s"] for c in ch]),
        "idle_s": _median([c["idle_s"] for c in ch]),
        "runs_per_change": _median([c["runs"] for c in ch]),
        "runs_max": max((c["runs"] for c in ch), default=None),
        "remounted": sum(1 for c in ch if c["remounted"]),
        "changes": len(ch),
        "unchanged_colours": sum(1 for c in ch if not c["colours_changed"]),
        "ws_kb": (_median([c["ws_bytes"] for c in ch]) or 0) / 1024 if ch else None,
        "ws_map_kb": (_median([c["ws_map_bytes"] for c in ch]) or 0) / 1024 if ch else None,
        "cpu_ms": (_median([c.get("cpu_s") for c in ch]) or 0) * 1000 if ch else None,
        "cpu_mean_ms": statistics.fmean(c["cpu_s"] for c in ch) * 1000
        if ch and all("cpu_s" in c for c in ch)
        else None,
        "step_s": _median([x["step_s"] for x in steps]),
        "step_p95_s": _p95([x["step_s"] for x in steps]),
        "period_s": _median([x["period_s"] for x in steps]),
        "step_runs": _median([x["runs"] for x in steps]),
        "steps": len(steps) or None,
        "step_cpu_ms": r.playback["cpu_s"] / len(steps) * 1000 if steps else None,
        "step_remounted": int(r.playback["remounted"]) if r.playback else None,
        "rss_1_mb": r.rss_1 or None,
        "rss_n_mb": r.rss_n or None,
        "per_session_mb": per_session,
        "blocked": len(r.blocked),
    }


def _f(v, fmt: str = "{:.2f}") -> str:  # noqa: ANN001
    return "-" if v is None else fmt.format(v)


def _ratio(a, b) -> str:  # noqa: ANN001
    if a is None or b in (None, 0):
        return "-"
    return f"{a / b:.2f}"


def report_scale(scale: str, results: dict[str, AppResult], runs: int) -> list[str]:
    b, s = summary(results["baseline"]), summary(results["serambi"])
    n = results["serambi"].sessions
    rows = [
        ("server start until healthy (s)", "server_healthy_s", "{:.2f}"),
        ("first map, cold server (s)", "cold_first_map_s", "{:.2f}"),
        ("  script runs until idle", "cold_runs", "{:.0f}"),
        ("first map after reload (s, median)", "reload_first_map_s", "{:.3f}"),
        ("  map element received (s, median)", "reload_map_delta_s", "{:.3f}"),
        ("  map iframe code running (s, median)", "reload_iframe_s", "{:.3f}"),
        ("change -> new colours (s, median)", "colours_s", "{:.3f}"),
        ("  indicator changes (s, median)", "colours_indicator_s", "{:.3f}"),
        ("  year changes (s, median)", "colours_year_s", "{:.3f}"),
        ("  slowest change (s)", "colours_max_s", "{:.3f}"),
        ("  map element received (s, median)", "map_delta_s", "{:.3f}"),
        ("change -> app idle (s, median)", "idle_s", "{:.3f}"),
        ("script runs per change (median)", "runs_per_change", "{:.0f}"),
        ("  most runs for one change", "runs_max", "{:.0f}"),
        ("websocket KB per change (median)", "ws_kb", "{:.1f}"),
        ("  of it the map element (KB)", "ws_map_kb", "{:.1f}"),
        ("server CPU per change (ms, median)", "cpu_ms", "{:.0f}"),
        ("  mean (ms)", "cpu_mean_ms", "{:.0f}"),
        ("playback steps measured", "steps", "{:.0f}"),
        ("  step: request -> painted (s, median)", "step_s", "{:.3f}"),
        ("  step p95 (s)", "step_p95_s", "{:.3f}"),
        ("  period between steps (s, median)", "period_s", "{:.2f}"),
        ("  script runs per step (median)", "step_runs", "{:.0f}"),
        ("  server CPU per step (ms)", "step_cpu_ms", "{:.0f}"),
        ("  map iframe remounted (playbacks)", "step_remounted", "{:.0f}"),
        ("server RSS, 1 session (MB)", "rss_1_mb", "{:.0f}"),
        (f"server RSS, {n} sessions (MB)", "rss_n_mb", "{:.0f}"),
        ("  per extra session (MB)", "per_session_mb", "{:.1f}"),
        ("non-local requests blocked", "blocked", "{:.0f}"),
    ]
    m = summary(results[MAP_ONLY]) if MAP_ONLY in results else None
    p = summary(results[BEFORE]) if BEFORE in results else None
    out = [
        f"== scale: {scale} ({SCALE_POLYGONS[scale]:,} polygons), "
        f"{len(results['serambi'].changes)} changes per app",
        f"{'':38s}{'baseline':>12s}{'serambi':>12s}{'ratio':>8s}"
        + (f"{'map only':>12s}{'ratio':>8s}" if m else "")
        + (f"{'before':>12s}{'now/bef':>8s}" if p else ""),
    ]
    for label, key, fmt in rows:
        out.append(
            f"{label:38s}{_f(b[key], fmt):>12s}{_f(s[key], fmt):>12s}{_ratio(s[key], b[key]):>8s}"
            + (f"{_f(m[key], fmt):>12s}{_ratio(m[key], b[key]):>8s}" if m else "")
            + (f"{_f(p[key], fmt):>12s}{_ratio(s[key], p[key]):>8s}" if p else "")
        )
    # Under the value columns (baseline, serambi, map only, before), not under the ratios.
    shown = (b, s, *([m] if m else []), *([p] if p else []))
    remounts = [f"{x['remounted']} of {x['changes']}" for x in shown]
    cells = [f"{remounts[0]:>12s}", *(f"{r:>12s}{'':8s}" for r in remounts[1:])]
    out.append(f"{'map iframe remounted (changes)':38s}{''.join(cells).rstrip()}")
    for name, r in results.items():
        for e in r.errors:
            out.append(f"!! {name}: {e}")
        if r.blocked:
            out.append(f"!! {name}: blocked {r.blocked[:3]}")
        unchanged = summary(r)["unchanged_colours"]
        if unchanged:
            out.append(
                f"   note: {name}: {unchanged} change(s) kept the same fill colours "
                "(detected by the layer key or a remount)"
            )
    return out


def targets(scale: str, results: dict[str, AppResult]) -> list[str]:
    b, s = summary(results["baseline"]), summary(results["serambi"])

    def check(ok: bool | None, text: str) -> str:
        return f"  [{'ok' if ok else 'MISS' if ok is not None else '??'}] {text}"

    def le(a, lim) -> bool | None:  # noqa: ANN001
        return None if a is None or lim is None else a <= lim

    if scale != "regencies":
        return [
            check(
                le(s["colours_s"], 1.0),
                f"{scale}: change median <= 1.0 s ({_f(s['colours_s'], '{:.3f}')} s)",
            )
        ]
    third = b["colours_s"] / 3 if b["colours_s"] else None
    eighth = b["ws_kb"] / 8 if b["ws_kb"] else None
    reload_limit = (
        min(FIRST_MAP_RELOAD_S, FIRST_MAP_RELOAD_RATIO * b["reload_first_map_s"])
        if b["reload_first_map_s"]
        else None
    )
    return [
        "  first map (issue 14.1):",
        check(
            le(s["reload_first_map_s"], reload_limit),
            f"after a reload <= {FIRST_MAP_RELOAD_S} s and <= {FIRST_MAP_RELOAD_RATIO}x "
            f"baseline ({_f(s['reload_first_map_s'], '{:.3f}')} <= "
            f"{_f(reload_limit, '{:.3f}')}; ratio "
            f"{_ratio(s['reload_first_map_s'], b['reload_first_map_s'])})",
        ),
        check(
            le(s["cold_first_map_s"], b["cold_first_map_s"]),
            f"cold server <= baseline ({_f(s['cold_first_map_s'])} <= "
            f"{_f(b['cold_first_map_s'])}; ratio "
            f"{_ratio(s['cold_first_map_s'], b['cold_first_map_s'])})",
        ),
        "  change (issue 25 targets: 1/3 of the time, 1/8 of the bytes):",
        check(
            le(s["colours_s"], third),
            f"change median <= 1/3 baseline ({_f(s['colours_s'], '{:.3f}')} <= "
            f"{_f(third, '{:.3f}')}; ratio {_ratio(s['colours_s'], b['colours_s'])})",
        ),
        check(
            s["runs_max"] == 1 if s["runs_max"] is not None else None,
            f"one script run per change (max {_f(s['runs_max'], '{:.0f}')})",
        ),
        check(s["remounted"] == 0, f"iframe not remounted ({s['remounted']} of {s['changes']})"),
        check(
            le(s["ws_kb"], eighth),
            f"websocket bytes <= 1/8 baseline ({_f(s['ws_kb'], '{:.1f}')} <= "
            f"{_f(eighth, '{:.1f}')} KB; ratio {_ratio(s['ws_kb'], b['ws_kb'])})",
        ),
        check(
            le(s["per_session_mb"], 30.0),
            f"memory per extra session <= 30 MB ({_f(s['per_session_mb'], '{:.1f}')})",
        ),
        *_fragment_targets(b, s, results, check, le),
    ]


def _fragment_targets(b: dict, s: dict, results: dict[str, AppResult], check, le) -> list[str]:  # noqa: ANN001
    """Issue 25 (the map page in fragments): what a change and a step cost, against the
    baseline, the map alone and the page before (``--before``)."""
    m = summary(results[MAP_ONLY]) if MAP_ONLY in results else None
    p = summary(results[BEFORE]) if BEFORE in results else None
    out = [
        "  issue 25, a change reruns only what changed:",
        check(
            le(s["idle_s"], b["idle_s"] / 3 if b["idle_s"] else None),
            f"change -> app idle <= 1/3 baseline ({_f(s['idle_s'], '{:.3f}')} s; ratio "
            f"{_ratio(s['idle_s'], b['idle_s'])})",
        ),
        check(
            s["remounted"] == 0 and not s["step_remounted"],
            f"0 remounts ({s['remounted']} in {s['changes']} changes, "
            f"{_f(s['step_remounted'], '{:.0f}')} in the playback)",
        ),
        f"  [--] playback step: request -> painted {_f(s['step_s'], '{:.3f}')} s median, "
        f"{_f(s['step_p95_s'], '{:.3f}')} s p95, period {_f(s['period_s'])} s, "
        f"{_f(s['step_runs'], '{:.0f}')} run(s) per step, "
        f"{_f(s['step_cpu_ms'], '{:.0f}')} ms server CPU per step",
    ]
    if m:
        out.append(
            f"  [--] against the map alone: change {_ratio(s['colours_s'], m['colours_s'])}x, "
            f"bytes {_ratio(s['ws_kb'], m['ws_kb'])}x, server CPU "
            f"{_ratio(s['cpu_ms'], m['cpu_ms'])}x, first map after reload "
            f"{_ratio(s['reload_first_map_s'], m['reload_first_map_s'])}x"
        )
        out.append(
            check(
                le(s["reload_first_map_s"], b["reload_first_map_s"]),
                f"first map after reload <= baseline ({_f(s['reload_first_map_s'], '{:.3f}')}"
                f" <= {_f(b['reload_first_map_s'], '{:.3f}')}; map alone "
                f"{_f(m['reload_first_map_s'], '{:.3f}')})",
            )
        )
    if p:
        out.append(
            check(
                le(s["cpu_ms"], p["cpu_ms"] / 2 if p["cpu_ms"] else None),
                f"server CPU per change at least halved ({_f(s['cpu_ms'], '{:.0f}')} ms now, "
                f"{_f(p['cpu_ms'], '{:.0f}')} ms before; ratio {_ratio(s['cpu_ms'], p['cpu_ms'])})",
            )
        )
        out.append(
            f"  [--] now / before: change {_ratio(s['colours_s'], p['colours_s'])}x, idle "
            f"{_ratio(s['idle_s'], p['idle_s'])}x, bytes {_ratio(s['ws_kb'], p['ws_kb'])}x, "
            f"step {_ratio(s['step_s'], p['step_s'])}x, CPU per step "
            f"{_ratio(s['step_cpu_ms'], p['step_cpu_ms'])}x, first map after reload "
            f"{_ratio(s['reload_first_map_s'], p['reload_first_map_s'])}x"
        )
    return out


def ratio_line(scale: str, results: dict[str, AppResult]) -> str:
    b, s = summary(results["baseline"]), summary(results["serambi"])
    parts = [
        ("colours", "colours_s"),
        ("idle", "idle_s"),
        ("runs", "runs_per_change"),
        ("ws", "ws_kb"),
        ("reload", "reload_first_map_s"),
        ("cold", "cold_first_map_s"),
        ("mem/session", "per_session_mb"),
        ("cpu", "cpu_ms"),
    ]
    return f"{scale}: " + " ".join(f"{k} {_ratio(s[v], b[v])}" for k, v in parts)


def machine_lines(browser_version: str) -> list[str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import folium
    import streamlit
    import streamlit_folium

    sf_version = getattr(streamlit_folium, "__version__", None)
    if sf_version is None:
        from importlib.metadata import version

        sf_version = version("streamlit-folium")
    return [
        f"machine: {os.cpu_count()} cores ({cpu}), {mem_gb:.1f} GiB RAM, "
        f"{platform.system()} {platform.release()}",
        f"software: Python {platform.python_version()}, Streamlit {streamlit.__version__}, "
        f"streamlit-folium {sf_version}, folium {folium.__version__}, "
        f"Chromium {browser_version} (headless, non-local requests blocked)",
    ]


# --------------------------------------------------------------------------- main


def prepare(repo: Path, work: Path, scales: list[str]) -> str:
    """Seed one store and build the geometry caches, so no app pays a one-time setup."""
    sys.path.insert(0, str(repo))
    os.environ.setdefault("SERAMBI_DATA_MIRROR", str(repo.parent / "shared" / "data" / "mirror"))
    url = f"sqlite:///{work / 'bench.db'}"
    os.environ["DATABASE_URL"] = url
    from bench.scaled_apps import scale_data
    from geo import regions

    regions.load_province_context()
    for scale in scales:
        scale_data.polygons(scale)
        scale_data.indicator_options(scale)
    return url


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--runs",
        type=int,
        default=5,
        help="indicator changes and year changes per app (each; default 5)",
    )
    ap.add_argument("--scale", choices=["regencies", "kecamatan", "grid5000", "all"], default="all")
    ap.add_argument("--reloads", type=int, default=3)
    ap.add_argument(
        "--sessions", type=int, default=10, help="open sessions for the memory figure (default 10)"
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="CI smoke run: regencies only, 1 indicator + 1 year change, 1 reload",
    )
    ap.add_argument(
        "--map-only",
        action="store_true",
        help="regencies: also time Serambi's map alone (no page around it), a third column",
    )
    ap.add_argument(
        "--repo", type=Path, default=REPO_ROOT, help="checkout to benchmark (default: this one)"
    )
    ap.add_argument(
        "--before",
        type=Path,
        help="regencies: also the map page of this checkout (e.g. `git archive HEAD` unpacked"
        " in a folder), a last column with the ratios now/before",
    )
    ap.add_argument("--json", type=Path, help="also write all raw figures to this file")
    ap.add_argument(
        "--app-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for both apps' servers, e.g. "
        "STREAMLIT_RUNNER_POST_SCRIPT_GC=false to try a config change",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.scale, args.runs, args.reloads = "regencies", 1, 1
        args.sessions = min(args.sessions, 4)
    scales = ["regencies", "kecamatan", "grid5000"] if args.scale == "all" else [args.scale]
    app_env = dict(item.split("=", 1) for item in args.app_env)
    repo = args.repo.resolve()
    started = time.monotonic()
    load_before = os.getloadavg()

    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="serambi-bench-"))
    all_results: dict[str, dict[str, AppResult]] = {}
    lines: list[str] = []
    try:
        db_url = prepare(repo, work, scales)
        with sync_playwright() as pw:
            # All non-loopback traffic goes to a closed local port: offline, failing fast.
            # (Chromium never sends loopback requests through a proxy.)
            browser = pw.chromium.launch(**offline_launch_options())
            header = [
                "Serambi map benchmark: Serambi's map page vs. the naive baseline "
                "(explore + st_folium)",
                *machine_lines(browser.version),
                f"load average before: {load_before[0]:.2f} {load_before[1]:.2f} "
                f"{load_before[2]:.2f}",
                f"command: python -m bench.map_speed {' '.join(argv or sys.argv[1:])}".rstrip(),
                *([f"extra app environment: {app_env}"] if app_env else []),
            ]
            print("\n".join(header), flush=True)
            lines += header
            for scale in scales:
                results = {}
                specs = app_specs(
                    scale,
                    app_env,
                    map_only=args.map_only,
                    before=args.before.resolve() if args.before else None,
                )
                for spec in specs:
                    print(f"   ... {scale}: {spec.name}", file=sys.stderr, flush=True)
                    results[spec.name] = bench_app(
                        browser,
                        repo,
                        spec,
                        scale,
                        db_url,
                        runs=args.runs,
                        # The larger scales only need the change figures; keep the run short.
                        reloads=args.reloads if scale == "regencies" else min(args.reloads, 2),
                        sessions=args.sessions,
                        log_dir=work,
                    )
                all_results[scale] = results
                block = ["", *report_scale(scale, results, args.runs)]
                print("\n".join(block), flush=True)
                lines += block
            browser.close()
        tail = ["", "targets (issues 14 and earlier: Serambi's map page):"]
        for scale in scales:
            tail += targets(scale, all_results[scale])
        load_after = os.getloadavg()
        tail += [
            f"load average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}; "
            f"total time {time.monotonic() - started:.0f} s",
            "ratios serambi/baseline (lower is better) | "
            + " | ".join(ratio_line(sc, all_results[sc]) for sc in scales),
        ]
        print("\n".join(tail), flush=True)
        lines += tail
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        sc: {n: {"raw": asdict(r), "summary": summary(r)} for n, r in res.items()}
                        for sc, res in all_results.items()
                    },
                    indent=1,
                )
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = any(r.errors for res in all_results.values() for r in res.values())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
