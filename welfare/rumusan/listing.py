"""Reading meetings and rumusan: one meeting's list, one regency's, one status's, and the trail.

Removed records are left out unless asked for. Example records (``is_example``: a
demonstration meeting, :mod:`welfare.rumusan.examples`) are listed with their flag so the UI
marks them DATA CONTOH; ``include_examples=False`` leaves them out. A regency's list holds the
rumusan whose regions name it, one of its kecamatan, or all of Kalimantan Timur.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select

from welfare.models import Meeting, Rumusan, RumusanAudit, RumusanRegion
from welfare.region_codes import kaltim
from welfare.rumusan import rules, stored, vocab
from welfare.rumusan.stored import AuditEntry, StoredMeeting, StoredRumusan


def get_meeting(engine: Engine, meeting_id: int) -> StoredMeeting | None:
    found = stored.load_meetings(engine, select(Meeting).where(Meeting.id == meeting_id))
    return found[0] if found else None


def meetings(
    engine: Engine, *, include_examples: bool = True, include_removed: bool = False
) -> list[StoredMeeting]:
    """Meetings, the latest first."""
    stmt = select(Meeting).order_by(Meeting.held_on.desc(), Meeting.id.desc())
    if not include_examples:
        stmt = stmt.where(Meeting.is_example.is_(False))
    if not include_removed:
        stmt = stmt.where(Meeting.deleted_at.is_(None))
    return stored.load_meetings(engine, stmt)


def get_rumusan(engine: Engine, rumusan_id: int) -> StoredRumusan | None:
    """One rumusan (also a removed one: its ``removed`` says so), with its live notes."""
    found = stored.load_rumusan(engine, [rumusan_id])
    return found[0] if found else None


def _ids(engine: Engine, stmt) -> list[int]:  # noqa: ANN001
    with engine.connect() as conn:
        return [int(i) for i in conn.execute(stmt).scalars()]


def _live(stmt, include_examples: bool, include_removed: bool = False):  # noqa: ANN001, ANN202
    stmt = stmt.join(Meeting, Meeting.id == Rumusan.meeting_id).where(Meeting.deleted_at.is_(None))
    if not include_removed:
        stmt = stmt.where(Rumusan.deleted_at.is_(None))
    if not include_examples:
        stmt = stmt.where(Rumusan.is_example.is_(False))
    return stmt.order_by(Meeting.held_on.desc(), Meeting.id.desc(), Rumusan.number, Rumusan.id)


def list_by_meeting(
    engine: Engine, meeting_id: int, *, include_removed: bool = False
) -> list[StoredRumusan]:
    """A meeting's rumusan by number (removed ones too with ``include_removed``)."""
    stmt = _live(select(Rumusan.id).where(Rumusan.meeting_id == meeting_id), True, include_removed)
    return stored.load_rumusan(engine, _ids(engine, stmt))


def list_by_regency(
    engine: Engine, regency: str, *, include_examples: bool = True
) -> list[StoredRumusan]:
    """The rumusan that concern a regency (BPS '6409' or Kemendagri '64.09'): their regions
    name it, one of its kecamatan, or all of Kalimantan Timur. Latest meeting first."""
    code = kaltim().regency(regency)
    if code is None:
        return []
    concerned = select(RumusanRegion.rumusan_id).where(
        RumusanRegion.regency_kode.in_([code, vocab.ALL_REGIONS])
    )
    stmt = _live(select(Rumusan.id).where(Rumusan.id.in_(concerned)), include_examples)
    return stored.load_rumusan(engine, _ids(engine, stmt))


def list_all(engine: Engine, *, include_examples: bool = True) -> list[StoredRumusan]:
    """Every live rumusan, latest meeting first."""
    return stored.load_rumusan(engine, _ids(engine, _live(select(Rumusan.id), include_examples)))


def list_by_status(
    engine: Engine, status: str, *, today: date, include_examples: bool = True
) -> list[StoredRumusan]:
    """The rumusan whose status as shown on ``today`` is ``status``
    (:func:`welfare.rumusan.rules.shown_status`): 'terlambat' lists the late ones, and
    'belum_dimulai' / 'berjalan' those of them that are not late."""
    everything = list_all(engine, include_examples=include_examples)
    return [r for r in everything if rules.shown_status(r, today) == status]


def audit_trail(engine: Engine, rumusan_id: int) -> list[AuditEntry]:
    """Every change of one rumusan and of its notes, oldest first."""
    return stored.read_trail(engine, RumusanAudit.rumusan_id == rumusan_id)


def meeting_trail(engine: Engine, meeting_id: int) -> list[AuditEntry]:
    """Every change of a meeting, its rumusan and their notes, oldest first."""
    return stored.read_trail(engine, RumusanAudit.meeting_id == meeting_id)


def last_change(engine: Engine) -> int:
    """The id of the newest audit row (0 when nothing was ever recorded): every write of a
    meeting, a rumusan or a note adds one, so a cache of these reads is fresh while it holds."""
    with engine.connect() as conn:
        return int(conn.execute(select(func.max(RumusanAudit.id))).scalar() or 0)
