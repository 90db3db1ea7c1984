"""Helpers run in child processes by the concurrency tests (must be importable by spawn)."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier


def ensure_ready_after_barrier(url: str, barrier: Barrier) -> None:
    """Open an engine, wait for the sibling process, then call ensure_ready at the same time."""
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    engine = make_engine(url)
    try:
        barrier.wait(timeout=60)
        ensure_ready(engine)
    finally:
        engine.dispose()
