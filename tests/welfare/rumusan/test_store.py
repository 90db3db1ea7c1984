"""Meetings and rumusan in the store (SQLite and PostgreSQL): record, edit under a version
check, status, notes, soft delete and restore, the lists, and an audit row for every change."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, func, select

from tests.welfare.rumusan.conftest import MEETING, RUMUSAN
from welfare.models import Rumusan, RumusanAudit, RumusanNote
from welfare.rumusan import listing, rules, store
from welfare.rumusan.drafts import NoteDraft, Party, RegionRef, RumusanDraft
from welfare.store import ensure_ready


def add(engine: Engine, meeting_id: int, **changes: object) -> int:
    result = store.add_rumusan(engine, meeting_id, {**RUMUSAN, **changes}, user="sari")
    assert result.ok, (result.message, result.problems)
    return result.id


def trail(engine: Engine, rumusan_id: int) -> list[tuple[str, str, int | None, str]]:
    return [
        (e.entity, e.action, e.version, e.changed_by)
        for e in listing.audit_trail(engine, rumusan_id)
    ]


def test_a_fresh_store_has_no_rumusan(store_engine: Engine) -> None:
    # No invented resolutions: ensure_ready creates the tables and nothing in them.
    ensure_ready(store_engine)
    assert listing.meetings(store_engine) == []
    assert listing.list_all(store_engine) == []
    with store_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(RumusanAudit)).scalar() == 0


def test_record_a_meeting_and_its_numbered_rumusan(store_engine: Engine, meeting_id: int) -> None:
    first = add(store_engine, meeting_id)
    second = add(store_engine, meeting_id, rumusan="Kedua", wilayah="6409, 64.09.04")
    taken = store.add_rumusan(store_engine, meeting_id, {**RUMUSAN, "nomor": 2}, user="sari")
    assert not taken.ok and [p.code for p in taken.problems] == ["number_taken"]
    assert "nomor 2 sudah dipakai" in taken.message
    listed = listing.list_by_meeting(store_engine, meeting_id)
    assert [(r.id, r.number) for r in listed] == [(first, 1), (second, 2)]
    one = listed[0]
    assert (one.version, one.status, one.deadline) == (1, "belum_dimulai", date(2026, 6, 30))
    assert one.meeting.name == "Rakor PMKS 2026" and one.meeting.year == 2026
    assert one.parties == (
        Party("dinsos_kabkota", "Dinas Sosial kabupaten/kota se-Kalimantan Timur"),
    )
    assert not one.is_example and one.created_by == "sari"
    assert trail(store_engine, first) == [("rumusan", "insert", 1, "sari")]


def test_update_needs_the_current_version(store_engine: Engine, meeting_id: int) -> None:
    rid = add(store_engine, meeting_id)
    done = store.update(
        store_engine,
        rid,
        {"rumusan": "Teks Budi", "status": "berjalan"},
        user="budi",
        expected_version=1,
    )
    assert done.ok and done.version == 2
    late = store.update(store_engine, rid, {"rumusan": "Teks Ani"}, user="ani", expected_version=1)
    assert not late.ok and late.conflict
    assert late.theirs.text == "Teks Budi" and late.ours.text == "Teks Ani"
    assert "sudah diubah oleh budi" in late.message and "(versi 2)" in late.message
    assert "Tidak ada yang disimpan" in late.message
    now = listing.get_rumusan(store_engine, rid)
    assert (now.text, now.version, now.status) == ("Teks Budi", 2, "berjalan")
    # Keys not sent keep their values (the deadline, the parties ...).
    assert now.deadline == date(2026, 6, 30) and now.regions == (RegionRef("64", "64"),)
    assert [a for _, a, _, _ in trail(store_engine, rid)] == ["insert", "update"]


def test_a_draft_round_trip_and_no_change_writes_nothing(
    store_engine: Engine, meeting_id: int
) -> None:
    rid = add(store_engine, meeting_id)
    current = listing.get_rumusan(store_engine, rid)
    same = store.update(store_engine, rid, current.draft(), user="budi", expected_version=1)
    assert same.ok and same.version == 1 and same.message == "Tidak ada yang berubah."
    typed = store.update(store_engine, rid, current.typed(), user="budi", expected_version=1)
    assert typed.ok and typed.version == 1
    assert len(listing.audit_trail(store_engine, rid)) == 1


def test_status_changes_are_versioned_and_audited(store_engine: Engine, meeting_id: int) -> None:
    rid = add(store_engine, meeting_id)
    assert store.change_status(store_engine, rid, "Dalam proses", user="ani", expected_version=1).ok
    stale = store.change_status(store_engine, rid, "selesai", user="budi", expected_version=1)
    assert stale.conflict and stale.theirs.status == "berjalan"
    bad = store.change_status(store_engine, rid, "terlambat", user="ani", expected_version=2)
    assert not bad.ok and "ditentukan otomatis" in bad.message
    assert store.change_status(store_engine, rid, "selesai", user="ani", expected_version=2).ok
    entries = listing.audit_trail(store_engine, rid)
    assert [(e.action, e.version) for e in entries] == [("insert", 1), ("status", 2), ("status", 3)]
    assert entries[1].before["status"] == "belum_dimulai"
    assert entries[1].after["status"] == "berjalan"
    assert entries[1].changed_fields == ("status", "version")


def test_notes_are_appended_and_removed_softly(store_engine: Engine, meeting_id: int) -> None:
    rid = add(store_engine, meeting_id)
    first = store.add_note(
        store_engine,
        rid,
        {
            "tanggal": "1 Juni 2026",
            "penulis": "Ani",
            "catatan": "Rapat teknis.",
            "bukti": "https://x.go.id/n.pdf",
        },
        user="ani",
    )
    second = store.add_note(
        store_engine,
        rid,
        NoteDraft(date(2026, 5, 20), "Budi", "Surat edaran dikirim.", "SE 1/2026"),
        user="budi",
    )
    assert first.ok and second.ok
    notes = listing.get_rumusan(store_engine, rid).notes
    assert [n.author for n in notes] == ["Budi", "Ani"]  # by date
    assert notes[1].evidence_link == "https://x.go.id/n.pdf" and notes[0].evidence_link is None
    assert store.remove_note(store_engine, second.id, user="budi").ok
    assert [n.author for n in listing.get_rumusan(store_engine, rid).notes] == ["Ani"]
    with store_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(RumusanNote)).scalar() == 2
    assert [(e.entity, e.action) for e in listing.audit_trail(store_engine, rid)] == [
        ("rumusan", "insert"),
        ("note", "insert"),
        ("note", "insert"),
        ("note", "delete"),
    ]
    # A note does not change the rumusan's version: it never conflicts with an edit.
    assert listing.get_rumusan(store_engine, rid).version == 1


def test_soft_delete_keeps_a_trace_and_can_be_undone(store_engine: Engine, meeting_id: int) -> None:
    rid = add(store_engine, meeting_id)
    gone = store.soft_delete(
        store_engine, rid, user="ani", expected_version=1, reason="Tercatat dua kali."
    )
    assert gone.ok and gone.version == 2
    assert listing.list_by_meeting(store_engine, meeting_id) == []
    assert listing.list_by_regency(store_engine, "6409") == []
    kept = listing.list_by_meeting(store_engine, meeting_id, include_removed=True)
    assert [r.id for r in kept] == [rid] and kept[0].removed
    assert (kept[0].deleted_by, kept[0].deleted_reason) == ("ani", "Tercatat dua kali.")
    with store_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Rumusan)).scalar() == 1
    # Nothing can be edited while removed; its number can be given to a new rumusan.
    assert not store.update(store_engine, rid, {"rumusan": "x"}, user="ani", expected_version=2).ok
    assert not store.add_note(store_engine, rid, NoteDraft(date(2026, 6, 1), "a", "b"), user="a").ok
    other = add(store_engine, meeting_id, nomor=1)
    refused = store.restore(store_engine, rid, user="ani", expected_version=2)
    assert not refused.ok and "nomor 1 sudah dipakai" in refused.message
    assert store.soft_delete(store_engine, other, user="ani", expected_version=1).ok
    back = store.restore(store_engine, rid, user="ani", expected_version=2)
    assert back.ok and back.version == 3
    entries = listing.audit_trail(store_engine, rid)
    assert [(e.action, e.version, e.changed_by) for e in entries] == [
        ("insert", 1, "sari"),
        ("delete", 2, "ani"),
        ("restore", 3, "ani"),
    ]
    assert entries[1].before["deleted_at"] is None
    assert entries[1].after["deleted_reason"] == "Tercatat dua kali."
    assert entries[1].after["text"] == RUMUSAN["rumusan"]  # the whole record is kept


def test_a_meeting_with_rumusan_cannot_be_removed(store_engine: Engine, meeting_id: int) -> None:
    rid = add(store_engine, meeting_id)
    assert (
        "masih memiliki 1 rumusan"
        in store.remove_meeting(store_engine, meeting_id, user="ani", expected_version=1).message
    )
    moved = store.update_meeting(
        store_engine,
        meeting_id,
        {**MEETING, "tanggal": "1 Juli 2026"},
        user="ani",
        expected_version=1,
    )
    assert not moved.ok and "berbatas waktu sebelum tanggal baru" in moved.message
    assert store.soft_delete(store_engine, rid, user="ani", expected_version=1).ok
    assert store.remove_meeting(store_engine, meeting_id, user="ani", expected_version=1).ok
    assert listing.meetings(store_engine) == []
    assert [(e.entity, e.action) for e in listing.meeting_trail(store_engine, meeting_id)] == [
        ("meeting", "insert"),
        ("rumusan", "insert"),
        ("rumusan", "delete"),
        ("meeting", "delete"),
    ]


def test_lists_by_regency_and_by_status(store_engine: Engine, meeting_id: int) -> None:
    everywhere = add(store_engine, meeting_id, wilayah="semua")
    ppu = add(store_engine, meeting_id, wilayah="64.09.04", batas_waktu="31 Desember 2026")
    paser = add(store_engine, meeting_id, wilayah="6401", batas_waktu="")
    assert store.change_status(store_engine, paser, "selesai", user="a", expected_version=1).ok
    assert [r.id for r in listing.list_by_regency(store_engine, "6409")] == [everywhere, ppu]
    assert [r.id for r in listing.list_by_regency(store_engine, "64.09")] == [everywhere, ppu]
    assert [r.id for r in listing.list_by_regency(store_engine, "6401")] == [everywhere, paser]
    assert listing.list_by_regency(store_engine, "9999") == []
    today = date(2026, 7, 1)
    assert [r.id for r in listing.list_by_status(store_engine, "terlambat", today=today)] == [
        everywhere
    ]
    assert [r.id for r in listing.list_by_status(store_engine, "belum_dimulai", today=today)] == [
        ppu
    ]
    assert [r.id for r in listing.list_by_status(store_engine, "selesai", today=today)] == [paser]
    counts = rules.status_counts(listing.list_all(store_engine), today)
    assert counts.counts["terlambat"] == 1 and counts.total == 3
    ppu_record = listing.get_rumusan(store_engine, ppu)
    assert ppu_record.regencies == ("6409",) and ppu_record.concerns("6409")
    assert len(listing.get_rumusan(store_engine, everywhere).regencies) == 10


INJECTIONS = {
    "script": "<script>alert('x')</script>",
    "markdown": "[Sesi berakhir](http://evil.example/login) **x** $y$ :red[z]",
    "sql": "'; DROP TABLE rumusan; --",
}


@pytest.mark.parametrize("payload", list(INJECTIONS.values()), ids=list(INJECTIONS))
def test_every_text_field_is_stored_verbatim_without_control_characters(
    store_engine: Engine, payload: str
) -> None:
    dirty = f"{payload}\x00\x1b\u202e"
    meeting = store.create_meeting(
        store_engine, {**MEETING, "nama": dirty, "tempat": dirty}, user=f"{payload}\x07"
    )
    assert meeting.ok
    rid = add(
        store_engine,
        meeting.id,
        rumusan=f"{dirty}\nbaris dua",
        penanggung_jawab=f"Instansi {payload.replace(';', ',')}\x00",
    )
    note = store.add_note(
        store_engine,
        rid,
        {
            "tanggal": "1/6/2026",
            "penulis": dirty,
            "catatan": dirty,
            "bukti": dirty.replace(":", "-"),
        },
        user="ani",
    )
    assert note.ok, note.problems
    assert store.soft_delete(store_engine, rid, user="ani", expected_version=1, reason=dirty).ok
    record = listing.get_rumusan(store_engine, rid)
    assert record.meeting.name == payload and record.meeting.place == payload
    assert record.meeting.created_by == payload
    assert record.text == f"{payload}\nbaris dua"
    assert record.parties[0].name == f"Instansi {payload.replace(';', ',')}"
    assert record.deleted_reason == payload
    (stored_note,) = record.notes
    assert (stored_note.author, stored_note.text) == (payload, payload)
    assert stored_note.evidence == payload.replace(":", "-")
    # The tables are all still there and hold what they should.
    with store_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Rumusan)).scalar() == 1


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"rumusan": "x" * 4001}, "rumusan"),
        ({"penanggung_jawab": "y" * 201}, "penanggung_jawab"),
    ],
)
def test_too_long_texts_are_refused_with_the_field(
    store_engine: Engine, meeting_id: int, values: dict, field: str
) -> None:
    result = store.add_rumusan(store_engine, meeting_id, {**RUMUSAN, **values}, user="a")
    assert not result.ok and f"'{field}'" in result.message
    assert [p.field for p in result.problems] == [field]
    assert "paling banyak" in result.problems[0].reason
    long_name = store.create_meeting(store_engine, {**MEETING, "nama": "n" * 201}, user="a")
    assert not long_name.ok and long_name.problems[0].field == "nama"
    assert not store.add_rumusan(store_engine, meeting_id, RUMUSAN, user=" \x00 ").ok
    assert not store.add_rumusan(store_engine, meeting_id, RUMUSAN, user="u" * 121).ok
    note = store.add_note(
        store_engine, 1, {"tanggal": "1/6/2026", "penulis": "a", "catatan": "c" * 4001}, user="a"
    )
    assert not note.ok and note.problems[0].field == "catatan"


def test_a_hand_built_draft_is_cleaned_before_it_is_stored(
    store_engine: Engine, meeting_id: int
) -> None:
    draft = RumusanDraft(
        "Teks\x00 dari formulir\u200b",
        "program",
        (Party("dinsos_provinsi", "Dinas Sosial Provinsi Kalimantan Timur"),),
        (RegionRef("6409", "6409"),),
    )
    result = store.add_rumusan(store_engine, meeting_id, draft, user="a")
    assert result.ok
    assert listing.get_rumusan(store_engine, result.id).text == "Teks dari formulir"
    bad = store.add_rumusan(
        store_engine, meeting_id, RumusanDraft("x", "program", (), ()), user="a"
    )
    assert not bad.ok
