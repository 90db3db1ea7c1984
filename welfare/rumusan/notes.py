"""Follow-up notes: appended to a rumusan (never edited, so they never conflict), removed only
softly. Same lock and audit as :mod:`welfare.rumusan.store`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import Engine

from welfare.importing.write import locked_session
from welfare.models import Rumusan, RumusanNote, utcnow
from welfare.rumusan import draft_checks, records, stored
from welfare.rumusan.drafts import NoteDraft
from welfare.rumusan.edits import EditResult, checked_user, draft_refusal, refused
from welfare.rumusan.stored import StoredNote


def add_note(
    engine: Engine,
    rumusan_id: int,
    values: NoteDraft | Mapping[str, object],
    *,
    user: str,
    today: date | None = None,
) -> EditResult:
    """Append a follow-up note (no version check: notes never overwrite each other).
    ``today`` refuses a note dated after it."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    if isinstance(values, NoteDraft):
        draft = draft_checks.cleaned(values)
        problems = draft_checks.draft_problems(draft)
    else:
        checked = records.check_note(values, today=today)
        draft, problems = checked.value, checked.problems
    refusal = draft_refusal(draft, problems)
    if refusal:
        return refusal
    with locked_session(engine) as session:
        rumusan = session.get(Rumusan, rumusan_id)
        if rumusan is None or rumusan.deleted_at is not None:
            return refused("Rumusan ini tidak ada (atau sudah dihapus); catatan tidak disimpan.")
        now = utcnow()
        row = RumusanNote(
            rumusan_id=rumusan_id,
            noted_on=draft.noted_on,
            author=draft.author,
            text=draft.text,
            evidence=draft.evidence,
            created_by=name,
            created_at=now,
        )
        session.add(row)
        session.flush()
        stored.write_audit(
            session,
            entity=stored.ENTITY_NOTE,
            entity_id=row.id,
            action=stored.ACTION_INSERT,
            user=name,
            meeting_id=rumusan.meeting_id,
            rumusan_id=rumusan_id,
            after=stored.snapshot(stored.note_record(row)),
            at=now,
        )
        return EditResult(True, "Catatan tindak lanjut disimpan.", row.id, None, tuple(problems))


def remove_note(engine: Engine, note_id: int, *, user: str) -> EditResult:
    """Remove a note written by mistake (soft, audited)."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    with locked_session(engine) as session:
        row = session.get(RumusanNote, note_id)
        if row is None or row.deleted_at is not None:
            return refused("Catatan ini tidak ada (atau sudah dihapus).")
        before: StoredNote = stored.note_record(row)
        now = utcnow()
        row.deleted_at, row.deleted_by = now, name
        session.flush()
        rumusan = session.get(Rumusan, row.rumusan_id)
        stored.write_audit(
            session,
            entity=stored.ENTITY_NOTE,
            entity_id=row.id,
            action=stored.ACTION_DELETE,
            user=name,
            meeting_id=rumusan.meeting_id if rumusan else None,
            rumusan_id=row.rumusan_id,
            before=stored.snapshot(before),
            after=stored.snapshot(stored.note_record(row)),
            at=now,
        )
        return EditResult(True, "Catatan dihapus (tetap tercatat di riwayat).", row.id)
