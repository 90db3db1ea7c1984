"""Meetings in the store: record one, correct it under a version check, remove one recorded by
mistake (soft, audited; refused while it has rumusan). Same lock and audit as
:mod:`welfare.rumusan.store`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from sqlalchemy import Engine, func, select

from welfare.importing.write import locked_session
from welfare.models import Meeting, Rumusan, utcnow
from welfare.rumusan import draft_checks, records, stored
from welfare.rumusan.drafts import MeetingDraft
from welfare.rumusan.edits import EditResult, checked_user, conflict, draft_refusal, refused
from welfare.rumusan.problems import FieldProblem


def _checked_meeting(values: MeetingDraft | Mapping[str, object]) -> tuple:
    if isinstance(values, MeetingDraft):
        draft = draft_checks.cleaned(values)
        return draft, draft_checks.draft_problems(draft)
    checked = records.check_meeting(values)
    return checked.value, checked.problems


def create_meeting(
    engine: Engine, values: MeetingDraft | Mapping[str, object], *, user: str
) -> EditResult:
    """Record a meeting (keys of :data:`welfare.rumusan.records.MEETING_FIELDS` or a draft)."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    draft, problems = _checked_meeting(values)
    refusal = draft_refusal(draft, problems)
    if refusal:
        return refusal
    now = utcnow()
    with locked_session(engine) as session:
        row = Meeting(
            name=draft.name,
            held_on=draft.held_on,
            place=draft.place,
            host_kode=draft.host_kode,
            is_example=draft.is_example,
            version=1,
            created_by=name,
            created_at=now,
            updated_by=name,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        after = stored.snapshot(stored.load_meetings(session, _meeting_by_id(row.id))[0])
        stored.write_audit(
            session,
            entity=stored.ENTITY_MEETING,
            entity_id=row.id,
            action=stored.ACTION_INSERT,
            user=name,
            meeting_id=row.id,
            version=1,
            after=after,
            at=now,
        )
        return EditResult(True, "Rapat dicatat.", row.id, 1, tuple(problems))


def update_meeting(
    engine: Engine,
    meeting_id: int,
    values: MeetingDraft | Mapping[str, object],
    *,
    user: str,
    expected_version: int,
) -> EditResult:
    """Correct a meeting's name, date, place or host (its example flag never changes)."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    draft, problems = _checked_meeting(values)
    refusal = draft_refusal(draft, problems)
    if refusal:
        return refusal
    with locked_session(engine) as session:
        row = session.get(Meeting, meeting_id)
        if row is None or row.deleted_at is not None:
            return refused("Rapat ini tidak ada (atau sudah dihapus).")
        before = stored.load_meetings(session, _meeting_by_id(meeting_id))[0]
        draft = replace(draft, is_example=before.is_example)
        if row.version != expected_version:
            return conflict("Data rapat ini", before, draft, expected_version)
        if row.held_on != draft.held_on:
            early = session.scalar(
                select(func.count())
                .select_from(Rumusan)
                .where(
                    Rumusan.meeting_id == meeting_id,
                    Rumusan.deleted_at.is_(None),
                    Rumusan.deadline < draft.held_on,
                )
            )
            if early:
                reason = (
                    f"Kolom 'tanggal': tanggal rapat tidak diubah, karena {early} rumusan rapat "
                    "ini berbatas waktu sebelum tanggal baru itu; periksa tanggalnya."
                )
                problem = FieldProblem("error", "deadline_before_meeting", "tanggal", reason)
                return refused(reason, [problem])
        now = utcnow()
        row.name, row.held_on, row.place, row.host_kode = (
            draft.name,
            draft.held_on,
            draft.place,
            draft.host_kode,
        )
        row.version += 1
        row.updated_by, row.updated_at = name, now
        session.flush()
        after = stored.load_meetings(session, _meeting_by_id(meeting_id))[0]
        stored.write_audit(
            session,
            entity=stored.ENTITY_MEETING,
            entity_id=meeting_id,
            action=stored.ACTION_UPDATE,
            user=name,
            meeting_id=meeting_id,
            version=row.version,
            before=stored.snapshot(before),
            after=stored.snapshot(after),
            at=now,
        )
        return EditResult(True, "Data rapat diperbarui.", meeting_id, row.version, tuple(problems))


def remove_meeting(
    engine: Engine, meeting_id: int, *, user: str, expected_version: int
) -> EditResult:
    """Remove a meeting recorded by mistake (soft, audited). Refused while it still has
    rumusan: remove those first, each with its reason."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    with locked_session(engine) as session:
        row = session.get(Meeting, meeting_id)
        if row is None or row.deleted_at is not None:
            return refused("Rapat ini tidak ada (atau sudah dihapus).")
        before = stored.load_meetings(session, _meeting_by_id(meeting_id))[0]
        if row.version != expected_version:
            return conflict("Data rapat ini", before, before.draft(), expected_version)
        live = session.scalar(
            select(func.count())
            .select_from(Rumusan)
            .where(Rumusan.meeting_id == meeting_id, Rumusan.deleted_at.is_(None))
        )
        if live:
            return refused(
                f"Rapat ini masih memiliki {live} rumusan; hapus rumusannya lebih dahulu "
                "(masing-masing dengan alasannya)."
            )
        now = utcnow()
        row.deleted_at, row.deleted_by = now, name
        row.version += 1
        row.updated_by, row.updated_at = name, now
        session.flush()
        after = stored.load_meetings(session, _meeting_by_id(meeting_id))[0]
        stored.write_audit(
            session,
            entity=stored.ENTITY_MEETING,
            entity_id=meeting_id,
            action=stored.ACTION_DELETE,
            user=name,
            meeting_id=meeting_id,
            version=row.version,
            before=stored.snapshot(before),
            after=stored.snapshot(after),
            at=now,
        )
        return EditResult(
            True, "Rapat dihapus (tetap tercatat di riwayat).", meeting_id, row.version
        )


def _meeting_by_id(meeting_id: int):  # noqa: ANN202
    return select(Meeting).where(Meeting.id == meeting_id)
