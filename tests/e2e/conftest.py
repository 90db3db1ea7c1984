"""Browser tests: the real app under `streamlit run serve.py`, driven by Debian's Chromium.

Every request that does not go to 127.0.0.1/localhost is aborted and recorded, so a CDN
dependency fails the test loudly instead of silently working on a connected laptop.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from deploy.app_server import free_port, streamlit_command, wait_healthy
from tests.browser import CHROMIUM, CHROMIUM_ARGS, IDLE

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "artifacts" / "screenshots"

pytestmark = pytest.mark.e2e


@dataclass
class RunningApp:
    url: str
    process: subprocess.Popen
    db_path: Path
    log_path: Path


def start_app(
    tmp_dir: Path, extra_env: dict[str, str] | None = None, base_path: str = ""
) -> RunningApp:
    """Start the app; ``base_path`` is ``server.baseUrlPath`` (e.g. "/serambi") if one is set."""
    port = free_port()
    db_path = tmp_dir / "serambi-e2e.db"
    log_path = tmp_dir / "streamlit.log"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{db_path}",
        "PYTHONUNBUFFERED": "1",
        **(extra_env or {}),
    }
    log = open(log_path, "wb")  # noqa: SIM115 - closed with the process
    cmd = streamlit_command(REPO_ROOT / "serve.py", port)
    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url + base_path, proc, log_path, timeout_s=60, poll_s=0.3)
    except RuntimeError:
        proc.kill()
        raise
    return RunningApp(url, proc, db_path, log_path)


def stop_app(app: RunningApp) -> None:
    app.process.terminate()
    try:
        app.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.process.kill()


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    app = start_app(tmp_path_factory.mktemp("e2e-app"))
    yield app
    stop_app(app)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run scripts/setup.sh --test")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class BlockedRequests:
    urls: list[str] = field(default_factory=list)


def _is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about"):
        return True
    return parsed.hostname in ("127.0.0.1", "localhost", "::1")


def offline_context(browser, width: int = 1600, height: int = 1000):  # noqa: ANN001, ANN201
    """A browser context (Indonesian locale) whose every non-local request is aborted; returns
    it and the list the aborted URLs are recorded in."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="id-ID")
    blocked: list[str] = []

    def guard(route):
        if _is_local(route.request.url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return context, blocked


@pytest.fixture
def offline_page(browser):
    """A page whose every non-local request is aborted and recorded in ``page.blocked``."""
    context, blocked = offline_context(browser)
    page = context.new_page()
    page.blocked = BlockedRequests(blocked)  # type: ignore[attr-defined]
    yield page
    context.close()


IDLE_QUIET_MS = 300


def wait_idle(page, timeout: float = 30_000) -> None:
    """Wait until the Streamlit script has finished running and the whole page is drawn, and
    it stays so for a moment (between a session's map-first run and the run that draws the rest
    of the page the app can look idle for a few frames: components/state/first_paint.py)."""
    page.wait_for_function(
        """([sel, quietMs, token]) => {
            const now = performance.now();
            if (window.__serambiIdleToken !== token) {  // a new wait: no idle time yet
                window.__serambiIdleToken = token;
                window.__serambiIdleSince = null;
            }
            if (!document.querySelector(sel)) { window.__serambiIdleSince = null; return false; }
            if (window.__serambiIdleSince == null) window.__serambiIdleSince = now;
            return now - window.__serambiIdleSince >= quietMs;
        }""",
        arg=[IDLE, IDLE_QUIET_MS, uuid.uuid4().hex],
        timeout=timeout,
    )


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
