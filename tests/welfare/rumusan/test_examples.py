"""Demonstration records are example data, created only on request, never mixed into a real
meeting, and never loaded by ensure_ready."""

from __future__ import annotations

from sqlalchemy import Engine

from welfare.rumusan import examples, listing, store
from welfare.store import ensure_ready


def test_the_example_meeting_is_created_on_request_only(
    store_engine: Engine, meeting_id: int
) -> None:
    ensure_ready(store_engine)  # also with example numbers: no example rumusan
    assert [m.is_example for m in listing.meetings(store_engine)] == [False]
    example = examples.add_example_meeting(store_engine)
    assert examples.add_example_meeting(store_engine) == example  # once
    meeting = listing.get_meeting(store_engine, example)
    assert meeting.is_example and meeting.name.startswith("CONTOH")
    listed = listing.list_by_meeting(store_engine, example)
    assert len(listed) == 3
    assert all(r.is_example and r.text.startswith("CONTOH") for r in listed)
    assert listed[2].status == "selesai" and listed[2].notes[0].text.startswith("CONTOH")
    # Real lists can leave them out; the real meeting holds none of them.
    assert listing.list_all(store_engine, include_examples=False) == []
    assert listing.list_by_meeting(store_engine, meeting_id) == []
    assert [m.id for m in listing.meetings(store_engine, include_examples=False)] == [meeting_id]
    # A rumusan takes its meeting's flag: typed into the real meeting, it is real.
    real = store.add_rumusan(
        store_engine,
        meeting_id,
        {
            "rumusan": "Nyata",
            "jenis": "data",
            "penanggung_jawab": "Dinsos provinsi",
            "wilayah": "semua",
        },
        user="a",
    )
    assert not listing.get_rumusan(store_engine, real.id).is_example
    # Correcting the example meeting never turns it into a real one.
    edited = store.update_meeting(
        store_engine,
        example,
        {"nama": "Nama baru", "tanggal": "20/11/2025", "tempat": "x", "tuan_rumah": "64"},
        user="a",
        expected_version=1,
    )
    assert edited.ok and listing.get_meeting(store_engine, example).is_example
