"""How tests and benchmarks drive Debian's Chromium here: one place for the binary and flags.

Chromium comes from Debian (``/usr/bin/chromium``, or ``SERAMBI_CHROMIUM``) and is driven by
Playwright; ``playwright install`` is never used (it downloads browsers). Without the
background-networking flags Chromium keeps trying to reach Google's hosts, which this machine's
closed network refuses, many at a time.
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("SERAMBI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
# The app's own markers: the map iframe, and a finished script run that left nothing to come
# (a session's first run of the map page draws the map with a mark that the rest of the page
# is coming, asked for by a fragment timer: components/state/first_paint.py).
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]:not(:has(.st-key-fp_rest))"


def offline_launch_options() -> dict[str, object]:
    """Playwright launch options for the benchmarks: Debian's Chromium with every non-loopback
    request sent to a closed local port, so it fails at once (offline, as in a meeting room;
    Chromium never sends loopback requests through a proxy)."""
    from deploy.app_server import free_port

    return {
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
        "proxy": {
            "server": f"http://127.0.0.1:{free_port()}",
            "bypass": "127.0.0.1,localhost,[::1]",
        },
    }
