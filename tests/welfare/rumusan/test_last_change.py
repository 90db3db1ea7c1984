"""listing.last_change: the newest audit id, the key that keeps the pages' cached reads of
meetings and rumusan fresh (components/state/rumusan_access.py); every write moves it, a
refused write does not."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.welfare.rumusan.conftest import MEETING, RUMUSAN
from welfare.rumusan import listing, store


def test_every_write_moves_it_and_a_refused_one_does_not(store_engine: Engine) -> None:
    assert listing.last_change(store_engine) == 0
    meeting = store.create_meeting(store_engine, MEETING, user="sari").id
    after_meeting = listing.last_change(store_engine)
    assert after_meeting > 0
    added = store.add_rumusan(store_engine, meeting, RUMUSAN, user="sari")
    after_add = listing.last_change(store_engine)
    assert after_add > after_meeting
    refused = store.update(
        store_engine, added.id, {"rumusan": "lain"}, user="budi", expected_version=7
    )
    assert refused.conflict and listing.last_change(store_engine) == after_add
    store.add_note(
        store_engine,
        added.id,
        {"tanggal": "1/6/2026", "penulis": "sari", "catatan": "Mulai."},
        user="sari",
    )
    assert listing.last_change(store_engine) > after_add
