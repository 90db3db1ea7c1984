"""Two staff editing one rumusan at once (SQLite and PostgreSQL): the store's write lock
serialises them, the second edit made on the same version gets the conflict with both texts,
and after merging nothing is lost.

The first save is held inside its locked transaction by wrapping the real child-row writer
(production code has no test hook), so the second really waits for the lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from tests.welfare.rumusan.conftest import RUMUSAN
from welfare.db import make_engine
from welfare.rumusan import listing, store
from welfare.rumusan.edits import EditResult


def _paused(seconds: float) -> Callable:
    real = store._write_children

    def slow(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)
        time.sleep(seconds)

    return slow


def _at_once(jobs: list[Callable[[], EditResult]]) -> list[EditResult]:
    results: list = [None] * len(jobs)
    start = threading.Barrier(len(jobs))

    def run(i: int) -> None:
        start.wait()
        if i:
            time.sleep(0.1)  # the second starts while the first holds the lock
        results[i] = jobs[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def _two_edits(first: Engine, second: Engine, rid: int) -> tuple[EditResult, EditResult]:
    opened = listing.get_rumusan(first, rid)  # both staff opened version 1
    assert opened.version == 1
    budi = {"rumusan": "Teks Budi: pemutakhiran DTSEN tiap triwulan."}
    ani = {"rumusan": "Teks Ani: pemutakhiran DTSEN tiap bulan.", "status": "berjalan"}
    a, b = _at_once(
        [
            lambda: store.update(first, rid, budi, user="budi", expected_version=opened.version),
            lambda: store.update(second, rid, ani, user="ani", expected_version=opened.version),
        ]
    )
    return a, b


def _check_nothing_lost(engine: Engine, rid: int, a: EditResult, b: EditResult) -> None:
    assert a.ok and a.version == 2, a.message
    assert not b.ok and b.conflict
    assert b.theirs.text == "Teks Budi: pemutakhiran DTSEN tiap triwulan."
    assert b.ours.text == "Teks Ani: pemutakhiran DTSEN tiap bulan."
    assert b.theirs.version == 2 and "sudah diubah oleh budi" in b.message
    assert listing.get_rumusan(engine, rid).text == b.theirs.text  # the loser wrote nothing
    # Ani merges both texts and saves on the version she was shown.
    merged = f"{b.theirs.text} {b.ours.text}"
    again = store.update(
        engine,
        rid,
        {"rumusan": merged, "status": "berjalan"},
        user="ani",
        expected_version=b.theirs.version,
    )
    assert again.ok and again.version == 3
    entries = listing.audit_trail(engine, rid)
    assert [(e.action, e.version, e.changed_by) for e in entries] == [
        ("insert", 1, "sari"),
        ("update", 2, "budi"),
        ("update", 3, "ani"),
    ]
    assert entries[1].after["text"] == b.theirs.text
    assert entries[2].before["text"] == b.theirs.text and entries[2].after["text"] == merged


def test_two_edits_of_one_version_in_two_threads(
    store_engine: Engine, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = store.add_rumusan(store_engine, meeting_id, RUMUSAN, user="sari").id
    monkeypatch.setattr(store, "_write_children", _paused(0.5))
    a, b = _two_edits(store_engine, store_engine, rid)
    _check_nothing_lost(store_engine, rid, a, b)


def test_two_edits_of_one_version_from_two_engines(
    store_engine: Engine, database_url: str, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes' worth of connection pools on one database."""
    rid = store.add_rumusan(store_engine, meeting_id, RUMUSAN, user="sari").id
    other = make_engine(database_url)
    try:
        monkeypatch.setattr(store, "_write_children", _paused(0.5))
        a, b = _two_edits(store_engine, other, rid)
    finally:
        other.dispose()
    _check_nothing_lost(store_engine, rid, a, b)


def test_two_new_rumusan_at_once_get_different_numbers(
    store_engine: Engine, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "_write_children", _paused(0.3))
    results = _at_once(
        [
            lambda: store.add_rumusan(store_engine, meeting_id, RUMUSAN, user="a"),
            lambda: store.add_rumusan(store_engine, meeting_id, RUMUSAN, user="b"),
        ]
    )
    assert all(r.ok for r in results)
    numbers = [r.number for r in listing.list_by_meeting(store_engine, meeting_id)]
    assert numbers == [1, 2]
