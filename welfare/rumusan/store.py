"""Rumusan in the store: record, edit under a version check, change status, remove with a
trace, restore. Meetings: :mod:`welfare.rumusan.meetings`; follow-up notes:
:mod:`welfare.rumusan.notes` (both re-exported here, so the UI imports one module).

Every write runs in one transaction holding the store's write lock
(:func:`welfare.importing.write.locked_session`: SQLite ``BEGIN IMMEDIATE``, PostgreSQL an
advisory lock), so two staff saving at once are served one after the other, and every write
adds a :class:`~welfare.models.RumusanAudit` row with the record before and after (JSON).

Lost updates: an edit names the version it was made on (``expected_version``). When someone
saved a newer version meanwhile, **nothing is written** and the result carries their current
record (``theirs``) and the edit (``ours``), so the UI can show both texts side by side; the
person merges and saves again on the newer version. Notes are appended and never conflict.

Nothing is deleted: removing a rumusan, a meeting or a note sets ``deleted_at``/``deleted_by``
(and a reason) and is audited; :func:`restore` undoes a removal. A rumusan's parties, regions
and linked indicators are rewritten with each version; the audit keeps every earlier version.

Values come as drafts (:mod:`welfare.rumusan.drafts`) or as typed values (a form's dict, keys
of :mod:`welfare.rumusan.records`), which are checked here; a draft is cleaned and held to the
same rules (:mod:`welfare.rumusan.draft_checks`). Reads: :mod:`welfare.rumusan.listing`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from welfare.importing.write import locked_session
from welfare.models import (
    Meeting,
    Rumusan,
    RumusanIndicator,
    RumusanParty,
    RumusanRegion,
    utcnow,
)
from welfare.rumusan import draft_checks, records, stored, texts, vocab
from welfare.rumusan.drafts import RumusanDraft
from welfare.rumusan.edits import EditResult, checked_user, conflict, draft_refusal, refused
from welfare.rumusan.links import LINK_FIELDS, LINKS_KEY
from welfare.rumusan.meetings import create_meeting, remove_meeting, update_meeting
from welfare.rumusan.notes import add_note, remove_note
from welfare.rumusan.problems import FieldProblem
from welfare.rumusan.stored import StoredRumusan

__all__ = [
    "EditResult",
    "add_note",
    "add_rumusan",
    "change_status",
    "create_meeting",
    "next_number",
    "number_taken",
    "remove_meeting",
    "remove_note",
    "restore",
    "soft_delete",
    "update",
    "update_meeting",
    "write_new_rumusan",
]


def _checked_rumusan(
    values: RumusanDraft | Mapping[str, object], meeting: Meeting
) -> tuple[RumusanDraft | None, list[FieldProblem]]:
    if isinstance(values, RumusanDraft):
        draft = draft_checks.cleaned(values)
        problems = draft_checks.draft_problems(draft)
        if draft.deadline is not None and draft.deadline < meeting.held_on:
            problems.append(
                FieldProblem(
                    "error",
                    "deadline_before_meeting",
                    "batas_waktu",
                    "Kolom 'batas_waktu': sebelum tanggal rapat.",
                )
            )
        return draft, problems
    checked = records.check_rumusan(values, meeting_date=meeting.held_on)
    return checked.value, checked.problems


def number_taken(
    session: Session, meeting_id: int, number: int, rumusan_id: int | None
) -> FieldProblem | None:
    stmt = select(Rumusan.id).where(
        Rumusan.meeting_id == meeting_id,
        Rumusan.number == number,
        Rumusan.deleted_at.is_(None),
    )
    if rumusan_id is not None:
        stmt = stmt.where(Rumusan.id != rumusan_id)
    if session.scalar(stmt.limit(1)) is None:
        return None
    return FieldProblem(
        "error",
        "number_taken",
        "nomor",
        f"Kolom 'nomor': nomor {number} sudah dipakai rumusan lain di rapat ini; pilih nomor "
        "lain atau kosongkan (nomor berikutnya dipakai).",
    )


def next_number(session: Session, meeting_id: int) -> int:
    """The meeting's next free number: one above the highest of its live rumusan."""
    top = session.scalar(
        select(func.max(Rumusan.number)).where(
            Rumusan.meeting_id == meeting_id, Rumusan.deleted_at.is_(None)
        )
    )
    return int(top or 0) + 1


def _write_children(session: Session, rumusan_id: int, draft: RumusanDraft) -> None:
    for model in (RumusanParty, RumusanRegion, RumusanIndicator):
        session.execute(delete(model).where(model.rumusan_id == rumusan_id))
    for i, party in enumerate(draft.parties, start=1):
        session.add(
            RumusanParty(
                rumusan_id=rumusan_id,
                position=i,
                kind=party.kind,
                regency_kode=party.regency_kode,
                name=party.name,
            )
        )
    for ref in draft.regions:
        session.add(
            RumusanRegion(rumusan_id=rumusan_id, region_kode=ref.code, regency_kode=ref.regency)
        )
    for i, link in enumerate(draft.indicators, start=1):
        session.add(
            RumusanIndicator(
                rumusan_id=rumusan_id,
                position=i,
                indicator_id=link.indicator_id,
                region_kode=link.region_code,
                target_value=float(link.target),
                direction=link.direction,
                target_year=int(link.target_year),
            )
        )


def _current(session: Session, rumusan_id: int) -> StoredRumusan | None:
    session.flush()
    found = stored.load_rumusan(session, [rumusan_id])
    return found[0] if found else None


def write_new_rumusan(
    session: Session, meeting: Meeting, draft: RumusanDraft, *, user: str, now: datetime
) -> StoredRumusan:
    """Insert a checked rumusan with its audit row (inside the caller's locked transaction;
    the number must be free, or None for the next one)."""
    number = draft.number or next_number(session, meeting.id)
    row = Rumusan(
        meeting_id=meeting.id,
        number=number,
        text=draft.text,
        kind=draft.kind,
        deadline=draft.deadline,
        status=draft.status,
        version=1,
        is_example=bool(meeting.is_example),
        created_by=user,
        created_at=now,
        updated_by=user,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    _write_children(session, row.id, replace(draft, number=number))
    after = _current(session, row.id)
    assert after is not None
    stored.write_audit(
        session,
        entity=stored.ENTITY_RUMUSAN,
        entity_id=row.id,
        action=stored.ACTION_INSERT,
        user=user,
        meeting_id=meeting.id,
        rumusan_id=row.id,
        version=1,
        after=stored.snapshot(after),
        at=now,
    )
    return after


def add_rumusan(
    engine: Engine, meeting_id: int, values: RumusanDraft | Mapping[str, object], *, user: str
) -> EditResult:
    """Record a rumusan of a meeting; without a number it gets the meeting's next one."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    with locked_session(engine) as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            return refused("Rapat ini tidak ada (atau sudah dihapus); rumusan tidak disimpan.")
        draft, problems = _checked_rumusan(values, meeting)
        refusal = draft_refusal(draft, problems)
        if refusal:
            return refusal
        if draft.number is not None:
            taken = number_taken(session, meeting_id, draft.number, None)
            if taken:
                return refused(taken.reason, [*problems, taken])
        after = write_new_rumusan(session, meeting, draft, user=name, now=utcnow())
        return EditResult(
            True, f"Rumusan nomor {after.number} dicatat.", after.id, 1, tuple(problems)
        )


def _locked_rumusan(
    session: Session,
    rumusan_id: int,
    expected_version: int,
    ours: RumusanDraft | None = None,
    *,
    removed: bool = False,
) -> tuple[Rumusan | None, StoredRumusan | None, EditResult | None]:
    """The row to change and its record before the change, or the refusal: missing, removed
    (or not removed, for a restore), or changed since ``expected_version`` (a conflict)."""
    row = session.get(Rumusan, rumusan_id)
    if row is None:
        return None, None, refused("Rumusan ini tidak ada.")
    if (row.deleted_at is not None) != removed:
        already = "sudah dihapus" if not removed else "tidak dalam keadaan dihapus"
        return None, None, refused(f"Rumusan nomor {row.number} {already}; tidak ada yang diubah.")
    before = _current(session, rumusan_id)
    assert before is not None
    if row.version != expected_version:
        what = f"Rumusan nomor {before.number}"
        return None, None, conflict(what, before, ours or before.draft(), expected_version)
    return row, before, None


def _save(
    session: Session,
    row: Rumusan,
    before: StoredRumusan,
    action: str,
    user: str,
    *,
    now: datetime,
) -> StoredRumusan:
    row.version += 1
    row.updated_by, row.updated_at = user, now
    after = _current(session, row.id)
    assert after is not None
    stored.write_audit(
        session,
        entity=stored.ENTITY_RUMUSAN,
        entity_id=row.id,
        action=action,
        user=user,
        meeting_id=row.meeting_id,
        rumusan_id=row.id,
        version=row.version,
        before=stored.snapshot(before),
        after=stored.snapshot(after),
        at=now,
    )
    return after


def _with_current(values: Mapping[str, object], current: StoredRumusan) -> dict[str, object]:
    """Typed values, with the keys they leave out taken from the current rumusan (its linked
    indicators only when the values name none)."""
    base = current.typed()
    if LINKS_KEY in values or any(name in values for name in LINK_FIELDS):
        base.pop(LINKS_KEY)
    return {**base, **values}


def update(
    engine: Engine,
    rumusan_id: int,
    values: RumusanDraft | Mapping[str, object],
    *,
    user: str,
    expected_version: int,
) -> EditResult:
    """Write the next version of a rumusan (text, kind, parties, regions, indicators,
    deadline, status, number), if ``expected_version`` is still its version.

    On a conflict nothing is written: ``theirs`` holds their current rumusan (``theirs.text``)
    and ``ours`` this edit (``ours.text``). A draft without a number keeps the current one;
    typed values without a key keep that field (see :meth:`StoredRumusan.typed`).
    """
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    with locked_session(engine) as session:
        current = session.get(Rumusan, rumusan_id)
        meeting = session.get(Meeting, current.meeting_id) if current is not None else None
        if current is None or meeting is None:
            return refused("Rumusan ini tidak ada.")
        if not isinstance(values, RumusanDraft):
            values = _with_current(values, stored.load_rumusan(session, [rumusan_id])[0])
        draft, problems = _checked_rumusan(values, meeting)
        refusal = draft_refusal(draft, problems)
        if refusal:
            return refusal
        if draft.number is None:
            draft = replace(draft, number=current.number)
        row, before, refusal = _locked_rumusan(session, rumusan_id, expected_version, draft)
        if refusal:
            return refusal
        taken = number_taken(session, row.meeting_id, draft.number, rumusan_id)
        if taken:
            return refused(taken.reason, [*problems, taken])
        if before.draft() == draft:
            return EditResult(True, "Tidak ada yang berubah.", row.id, row.version, tuple(problems))
        row.number, row.text, row.kind = draft.number, draft.text, draft.kind
        row.deadline, row.status = draft.deadline, draft.status
        _write_children(session, row.id, draft)
        after = _save(session, row, before, stored.ACTION_UPDATE, name, now=utcnow())
        return EditResult(
            True,
            f"Rumusan nomor {after.number} diperbarui (versi {after.version}).",
            row.id,
            after.version,
            tuple(problems),
        )


def change_status(
    engine: Engine, rumusan_id: int, status: str, *, user: str, expected_version: int
) -> EditResult:
    """Set the status (an id or its written form: "selesai", "dalam proses" ...)."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    new = status if status in vocab.STATUSES else vocab.status_of(status)
    if new is None:
        allowed = ", ".join(vocab.label(vocab.STATUS_LABELS, s).lower() for s in vocab.STATUSES)
        problem = FieldProblem(
            "error",
            "unknown_status",
            "status",
            f"Kolom 'status': '{texts.clean(status)}' tidak dikenal; pilih salah satu: "
            f"{allowed} ('terlambat' ditentukan otomatis dari batas waktu).",
        )
        return refused(problem.reason, [problem])
    with locked_session(engine) as session:
        row, before, refusal = _locked_rumusan(session, rumusan_id, expected_version)
        if refusal:
            return refusal
        if row.status == new:
            return EditResult(True, "Status tidak berubah.", row.id, row.version)
        row.status = new
        after = _save(session, row, before, stored.ACTION_STATUS, name, now=utcnow())
        label = vocab.label(vocab.STATUS_LABELS, new).lower()
        return EditResult(
            True, f"Status rumusan nomor {after.number}: {label}.", row.id, after.version
        )


def soft_delete(
    engine: Engine,
    rumusan_id: int,
    *,
    user: str,
    expected_version: int,
    reason: str | None = None,
) -> EditResult:
    """Remove a rumusan from the lists (recorded by mistake, twice ...): nothing is deleted;
    who, when and why are kept and :func:`restore` brings it back."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    why = texts.clean(reason, multiline=True) or None
    too_long = texts.too_long("alasan", why or "")
    if too_long:
        problem = FieldProblem("error", "too_long", "alasan", f"Kolom 'alasan': {too_long}")
        return refused(problem.reason, [problem])
    with locked_session(engine) as session:
        row, before, refusal = _locked_rumusan(session, rumusan_id, expected_version)
        if refusal:
            return refusal
        now = utcnow()
        row.deleted_at, row.deleted_by, row.deleted_reason = now, name, why
        after = _save(session, row, before, stored.ACTION_DELETE, name, now=now)
        return EditResult(
            True,
            f"Rumusan nomor {after.number} dihapus dari daftar (tetap tercatat di riwayat dan "
            "dapat dipulihkan).",
            row.id,
            after.version,
        )


def restore(engine: Engine, rumusan_id: int, *, user: str, expected_version: int) -> EditResult:
    """Bring back a removed rumusan (refused when its number was given to another since)."""
    name, refusal = checked_user(user)
    if refusal:
        return refusal
    with locked_session(engine) as session:
        row, before, refusal = _locked_rumusan(session, rumusan_id, expected_version, removed=True)
        if refusal:
            return refusal
        taken = number_taken(session, row.meeting_id, row.number, rumusan_id)
        if taken:
            return refused(
                f"Rumusan tidak dipulihkan: nomor {row.number} sudah dipakai rumusan lain di "
                "rapat ini; ubah salah satu nomornya lebih dahulu.",
                [taken],
            )
        row.deleted_at, row.deleted_by, row.deleted_reason = None, None, None
        after = _save(session, row, before, stored.ACTION_RESTORE, name, now=utcnow())
        return EditResult(True, f"Rumusan nomor {after.number} dipulihkan.", row.id, after.version)
