"""Start one Streamlit app server on loopback and wait until it answers: one way for all.

The e2e tests (``tests/e2e/conftest.py``), the local cluster (``deploy/local_cluster.py``) and
the map bench (``bench/map_speed.py``) start ``streamlit run <script>`` with the same flags and
poll ``/_stcore/health`` until it says ``ok``; a server that exits first, or never answers,
raises with the end of its log so the cause is in the failure message.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def streamlit_command(script: str | Path, port: int) -> list[str]:
    """``streamlit run`` of ``script`` on ``127.0.0.1:port``: headless, no file watcher, no
    usage statistics (the flags every start of the app uses)."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]


def _tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-3000:]
    except OSError:
        return "(no log)"


def wait_healthy(
    url: str, proc: subprocess.Popen, log: Path, timeout_s: float = 90, *, poll_s: float = 0.1
) -> float:
    """Poll ``url/_stcore/health`` until it answers ``ok``; return the seconds it took.

    ``url`` includes ``server.baseUrlPath`` when one is set (``http://127.0.0.1:8501/serambi``).
    """
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: exited early:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read().strip() == b"ok":
                    return time.monotonic() - started
        except OSError:
            time.sleep(poll_s)
    raise RuntimeError(f"{url}: not healthy after {timeout_s:.0f} s:\n{_tail(log)}")
