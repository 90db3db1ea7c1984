"""Helpers run in child processes by the concurrency tests (must be importable by spawn)."""

from __future__ import annotations

import traceback
from multiprocessing.synchronize import Barrier
from pathlib import Path

# Generous: a busy CI machine may take long to spawn and import the second process, and a
# barrier that times out breaks for both (each would then fail without touching the store).
BARRIER_SECONDS = 300


def ensure_ready_after_barrier(url: str, barrier: Barrier, report: str) -> None:
    """Open an engine, wait for the sibling process, then call ensure_ready at the same time.

    A failure's traceback is written to ``report`` so the test can show why a child failed
    (a spawned child's stderr does not reach the test report).
    """
    try:
        from welfare.db import make_engine
        from welfare.store import ensure_ready

        engine = make_engine(url)
        try:
            barrier.wait(timeout=BARRIER_SECONDS)
            ensure_ready(engine)
        finally:
            engine.dispose()
    except BaseException:
        Path(report).write_text(traceback.format_exc())
        raise
