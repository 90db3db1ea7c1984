"""What a write of the rumusan store returns, and the refusals every write shares.

A write either did what it says (``ok``) or wrote nothing and says why: field problems from
the checks, or a version conflict carrying both records (:func:`conflict`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from welfare.rumusan import records, stored
from welfare.rumusan.drafts import MeetingDraft, RumusanDraft
from welfare.rumusan.problems import FieldProblem
from welfare.rumusan.stored import StoredMeeting, StoredRumusan

WITA = timezone(timedelta(hours=8), "WITA")  # Kalimantan Timur's time, for messages


@dataclass(frozen=True)
class EditResult:
    """What a write did. ``ok`` False: nothing was written; ``message`` (Bahasa Indonesia)
    says why, ``problems`` name the fields, and on a version conflict ``theirs`` is the
    current record and ``ours`` the edit that was not saved."""

    ok: bool
    message: str
    id: int | None = None  # the meeting, rumusan or note written
    version: int | None = None  # the record's version after the write
    problems: tuple[FieldProblem, ...] = ()
    theirs: StoredRumusan | StoredMeeting | None = None
    ours: RumusanDraft | MeetingDraft | None = None

    @property
    def conflict(self) -> bool:
        return self.theirs is not None


def refused(message: str, problems: list[FieldProblem] | tuple = ()) -> EditResult:
    """Nothing written, and why."""
    return EditResult(False, message, problems=tuple(problems))


def checked_user(user: str) -> tuple[str | None, EditResult | None]:
    """(the user name to record, None) or (None, the refusal)."""
    name, reason = records.check_user(user)
    return name, (None if name else refused(reason or "Nama pengguna tidak valid."))


def draft_refusal(draft: object, problems: list[FieldProblem]) -> EditResult | None:
    """The refusal when the checks found errors (or no draft came out), else None."""
    errors = [p for p in problems if p.level == "error"]
    if draft is None or errors:
        names = ", ".join(dict.fromkeys(f"'{p.field}'" for p in errors)) or "isian"
        return refused(f"Belum disimpan: periksa kolom {names}.", problems)
    return None


def _when(moment: datetime) -> str:
    return stored.aware(moment).astimezone(WITA).strftime("%d-%m-%Y %H:%M WITA")  # type: ignore[union-attr]


def conflict(
    what: str,
    theirs: StoredRumusan | StoredMeeting,
    ours: RumusanDraft | MeetingDraft,
    expected: int,
) -> EditResult:
    """Nothing written: someone saved version ``theirs.version`` after ``expected``."""
    return EditResult(
        False,
        f"{what} sudah diubah oleh {theirs.updated_by} pada {_when(theirs.updated_at)} "
        f"(versi {theirs.version}) sejak Anda membukanya (versi {expected}). Tidak ada yang "
        "disimpan: bandingkan teks mereka dengan teks Anda, lalu simpan lagi.",
        theirs.id,
        theirs.version,
        theirs=theirs,
        ours=ours,
    )
