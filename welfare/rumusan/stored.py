"""What the store holds about meetings and rumusan, as frozen records, and their audit trail.

:func:`load_rumusan` reads rumusan with their parties, regions, linked indicators, notes and
meeting in five queries however many there are. :func:`snapshot` is the JSON form of a record
that the audit keeps before and after each change (:func:`write_audit`, :func:`read_trail`).
Times are timezone-aware UTC (SQLite returns them naive; they are UTC there too).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from welfare.models import (
    Meeting,
    Rumusan,
    RumusanAudit,
    RumusanIndicator,
    RumusanNote,
    RumusanParty,
    RumusanRegion,
    utcnow,
)
from welfare.observations import Bind, connect
from welfare.region_codes import kaltim
from welfare.rumusan import texts, vocab
from welfare.rumusan.drafts import (
    IndicatorLink,
    MeetingDraft,
    NoteDraft,
    Party,
    RegionRef,
    RumusanDraft,
    as_json,
)
from welfare.rumusan.links import LINKS_KEY

ENTITY_MEETING = "meeting"
ENTITY_RUMUSAN = "rumusan"
ENTITY_NOTE = "note"
ACTION_INSERT = "insert"
ACTION_UPDATE = "update"
ACTION_STATUS = "status"
ACTION_DELETE = "delete"
ACTION_RESTORE = "restore"


def aware(moment: datetime | None) -> datetime | None:
    """``moment`` as timezone-aware UTC (SQLite gives naive UTC times back)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class StoredMeeting:
    id: int
    name: str
    held_on: date
    place: str
    host_kode: str
    is_example: bool
    version: int
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime
    deleted_at: datetime | None = None
    deleted_by: str | None = None

    @property
    def year(self) -> int:
        return self.held_on.year

    @property
    def removed(self) -> bool:
        return self.deleted_at is not None

    def draft(self) -> MeetingDraft:
        """The values to pre-fill an edit form with (and send back to the store)."""
        return MeetingDraft(self.name, self.held_on, self.place, self.host_kode, self.is_example)


@dataclass(frozen=True)
class StoredNote:
    id: int
    rumusan_id: int
    noted_on: date
    author: str
    text: str
    evidence: str | None
    created_by: str
    created_at: datetime
    deleted_at: datetime | None = None
    deleted_by: str | None = None

    @property
    def evidence_link(self) -> str | None:
        """The evidence as a URL to link (http/https only), else None: show it as text."""
        return texts.evidence_link(self.evidence)

    @property
    def removed(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class StoredRumusan:
    id: int
    meeting: StoredMeeting
    number: int
    text: str
    kind: str
    parties: tuple[Party, ...]
    regions: tuple[RegionRef, ...]
    indicators: tuple[IndicatorLink, ...]
    deadline: date | None
    status: str
    version: int
    is_example: bool
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime
    deleted_at: datetime | None = None
    deleted_by: str | None = None
    deleted_reason: str | None = None
    notes: tuple[StoredNote, ...] = ()  # live notes, oldest first

    @property
    def meeting_id(self) -> int:
        return self.meeting.id

    @property
    def removed(self) -> bool:
        return self.deleted_at is not None

    @property
    def regencies(self) -> tuple[str, ...]:
        """BPS codes of the regencies concerned (all ten for '64'), in code order."""
        regencies = {ref.regency for ref in self.regions}
        if vocab.ALL_REGIONS in regencies:
            return kaltim().regency_bps
        return tuple(sorted(regencies))

    def concerns(self, regency: str) -> bool:
        """Whether the rumusan concerns the regency (BPS code): itself, one of its kecamatan,
        or all of Kalimantan Timur."""
        return any(ref.regency in (regency, vocab.ALL_REGIONS) for ref in self.regions)

    def typed(self) -> dict[str, object]:
        """The rumusan as typed values (keys of :mod:`welfare.rumusan.records`, linked
        indicators under ``indikator_terkait``): what an edit form starts from, and what
        :func:`welfare.rumusan.store.update` fills keys it was not sent from."""
        return {
            "nomor": self.number,
            "rumusan": self.text,
            "jenis": self.kind,
            "penanggung_jawab": "; ".join(p.name for p in self.parties),
            "wilayah": ", ".join(ref.code for ref in self.regions),
            "batas_waktu": self.deadline,
            "status": self.status,
            LINKS_KEY: [
                {
                    "indikator": link.indicator_id,
                    "wilayah_indikator": link.region_code,
                    "arah": link.direction,
                    "target": link.target,
                    "tahun_target": link.target_year,
                }
                for link in self.indicators
            ],
        }

    def draft(self) -> RumusanDraft:
        """The values to pre-fill an edit form with (and send back with :attr:`version`)."""
        return RumusanDraft(
            self.text,
            self.kind,
            self.parties,
            self.regions,
            self.indicators,
            self.deadline,
            self.status,
            self.number,
        )


@dataclass(frozen=True)
class AuditEntry:
    id: int
    entity: str  # meeting | rumusan | note
    entity_id: int
    meeting_id: int | None
    rumusan_id: int | None
    action: str  # insert | update | status | delete | restore
    version: int | None
    changed_by: str
    changed_at: datetime
    before: dict[str, object] | None
    after: dict[str, object] | None

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """The keys whose value differs between before and after (all of after for an insert)."""
        before, after = self.before or {}, self.after or {}
        keys = sorted(set(before) | set(after))
        return tuple(k for k in keys if before.get(k) != after.get(k))


# -- reading ------------------------------------------------------------------------------


def _meeting(row: Meeting) -> StoredMeeting:
    return StoredMeeting(
        id=row.id,
        name=row.name,
        held_on=row.held_on,
        place=row.place,
        host_kode=row.host_kode,
        is_example=bool(row.is_example),
        version=row.version,
        created_by=row.created_by,
        created_at=aware(row.created_at),  # type: ignore[arg-type]
        updated_by=row.updated_by,
        updated_at=aware(row.updated_at),  # type: ignore[arg-type]
        deleted_at=aware(row.deleted_at),
        deleted_by=row.deleted_by,
    )


def load_meetings(bind: Bind | Session, stmt: Select) -> list[StoredMeeting]:
    """The meetings ``stmt`` (a select of :class:`Meeting`) returns, in its order."""
    with _session(bind) as session:
        return [_meeting(row) for row in session.scalars(stmt)]


def load_rumusan(bind: Bind | Session, ids: Sequence[int]) -> list[StoredRumusan]:
    """The rumusan with these ids, in the order of ``ids`` (missing ids are left out)."""
    if not ids:
        return []
    wanted = list(dict.fromkeys(int(i) for i in ids))
    with _session(bind) as session:
        rows = {r.id: r for r in session.scalars(select(Rumusan).where(Rumusan.id.in_(wanted)))}
        meetings = {
            m.id: _meeting(m)
            for m in session.scalars(
                select(Meeting).where(Meeting.id.in_({r.meeting_id for r in rows.values()}))
            )
        }
        parties = _children(session, RumusanParty, wanted, RumusanParty.position)
        regions = _children(session, RumusanRegion, wanted, RumusanRegion.id)
        links = _children(session, RumusanIndicator, wanted, RumusanIndicator.position)
        notes = _children(
            session,
            RumusanNote,
            wanted,
            RumusanNote.noted_on,
            RumusanNote.id,
            live=RumusanNote.deleted_at.is_(None),
        )
    out = []
    for rid in wanted:
        row = rows.get(rid)
        if row is None:
            continue
        out.append(
            StoredRumusan(
                id=row.id,
                meeting=meetings[row.meeting_id],
                number=row.number,
                text=row.text,
                kind=row.kind,
                parties=tuple(Party(p.kind, p.name, p.regency_kode) for p in parties.get(rid, [])),
                regions=tuple(
                    RegionRef(g.region_kode, g.regency_kode) for g in regions.get(rid, [])
                ),
                indicators=tuple(
                    IndicatorLink(
                        i.indicator_id, i.region_kode, i.target_value, i.direction, i.target_year
                    )
                    for i in links.get(rid, [])
                ),
                deadline=row.deadline,
                status=row.status,
                version=row.version,
                is_example=bool(row.is_example),
                created_by=row.created_by,
                created_at=aware(row.created_at),  # type: ignore[arg-type]
                updated_by=row.updated_by,
                updated_at=aware(row.updated_at),  # type: ignore[arg-type]
                deleted_at=aware(row.deleted_at),
                deleted_by=row.deleted_by,
                deleted_reason=row.deleted_reason,
                notes=tuple(note_record(n) for n in notes.get(rid, [])),
            )
        )
    return out


def note_record(row: RumusanNote) -> StoredNote:
    return StoredNote(
        id=row.id,
        rumusan_id=row.rumusan_id,
        noted_on=row.noted_on,
        author=row.author,
        text=row.text,
        evidence=row.evidence,
        created_by=row.created_by,
        created_at=aware(row.created_at),  # type: ignore[arg-type]
        deleted_at=aware(row.deleted_at),
        deleted_by=row.deleted_by,
    )


def _children(session: Session, model, ids: list[int], *order, live=None) -> dict[int, list]:  # noqa: ANN001
    stmt = select(model).where(model.rumusan_id.in_(ids)).order_by(*order)
    if live is not None:
        stmt = stmt.where(live)
    out: dict[int, list] = {}
    for row in session.scalars(stmt):
        out.setdefault(row.rumusan_id, []).append(row)
    return out


@contextmanager
def _session(bind: Bind | Session) -> Iterator[Session]:
    """A Session for any bind, without closing or committing the caller's."""
    if isinstance(bind, Session):
        yield bind
        return
    with connect(bind) as conn:
        session = Session(bind=conn, autoflush=False)
        try:
            yield session
        finally:
            session.close()


# -- the audit ----------------------------------------------------------------------------


def snapshot(record: StoredMeeting | StoredRumusan | StoredNote) -> dict[str, object]:
    """The JSON values of a record as the audit keeps them (dates and times as ISO text)."""
    if isinstance(record, StoredRumusan):
        values = as_json(record.draft())
        values |= {
            "meeting_id": record.meeting.id,
            "version": record.version,
            "is_example": record.is_example,
            "deleted_at": _iso(record.deleted_at),
            "deleted_by": record.deleted_by,
            "deleted_reason": record.deleted_reason,
        }
        return values
    if isinstance(record, StoredMeeting):
        values = as_json(record.draft())
        return values | {
            "version": record.version,
            "deleted_at": _iso(record.deleted_at),
            "deleted_by": record.deleted_by,
        }
    draft = NoteDraft(record.noted_on, record.author, record.text, record.evidence)
    return as_json(draft) | {
        "rumusan_id": record.rumusan_id,
        "deleted_at": _iso(record.deleted_at),
        "deleted_by": record.deleted_by,
    }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else aware(moment).isoformat()  # type: ignore[union-attr]


def write_audit(
    session: Session,
    *,
    entity: str,
    entity_id: int,
    action: str,
    user: str,
    meeting_id: int | None,
    rumusan_id: int | None = None,
    version: int | None = None,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
    at: datetime | None = None,
) -> None:
    """Add one audit row (inside the caller's locked transaction)."""
    session.add(
        RumusanAudit(
            entity=entity,
            entity_id=entity_id,
            meeting_id=meeting_id,
            rumusan_id=rumusan_id,
            action=action,
            version=version,
            changed_by=user,
            changed_at=at or utcnow(),
            before=_dump(before),
            after=_dump(after),
        )
    )


def _dump(values: dict[str, object] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def read_trail(bind: Bind | Session, *conditions: object) -> list[AuditEntry]:
    """Audit rows matching ``conditions`` (SQLAlchemy expressions), oldest first."""
    stmt = select(RumusanAudit).where(*conditions).order_by(RumusanAudit.id)  # type: ignore[arg-type]
    with _session(bind) as session:
        return [_entry(row) for row in session.scalars(stmt)]


def _entry(row: RumusanAudit) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        entity=row.entity,
        entity_id=row.entity_id,
        meeting_id=row.meeting_id,
        rumusan_id=row.rumusan_id,
        action=row.action,
        version=row.version,
        changed_by=row.changed_by,
        changed_at=aware(row.changed_at),  # type: ignore[arg-type]
        before=None if row.before is None else json.loads(row.before),
        after=None if row.after is None else json.loads(row.after),
    )
