"""Meetings, rumusan and their indicators' progress, read once per change (cached).

A rumusan write adds no dataset, so the store's data version does not move when staff record
a resolution or a note. Every write of :mod:`welfare.rumusan` adds an audit row instead:
:func:`mark` (the newest audit id, re-read at most once a second like the data version) is
part of every cache key here, and :func:`invalidate` forgets it after a write in this
process, so a save shows at once and another session's save within a second. The indicator
values are keyed by the data version too (:func:`~components.state.data_access.versioned`),
so an import shows in the progress lines.
"""

from __future__ import annotations

import streamlit as st

from components.state.data_access import engine, versioned
from welfare.db import database_url
from welfare.rumusan import listing, progress
from welfare.rumusan.progress import IndicatorProgress
from welfare.rumusan.stored import AuditEntry, StoredMeeting, StoredRumusan


@st.cache_data(show_spinner=False, ttl=1.0)
def _mark(url: str) -> int:
    return listing.last_change(engine())


def mark() -> int:
    """The newest rumusan audit id (0: nothing recorded yet)."""
    return _mark(database_url())


def invalidate() -> None:
    """Forget :func:`mark` now (after a write in this process)."""
    _mark.clear()


@versioned(max_entries=4)
def _meetings(stamp: int) -> list[StoredMeeting]:
    return listing.meetings(engine())


def meetings() -> list[StoredMeeting]:
    """Live meetings (example ones too, flagged), the latest first."""
    return _meetings(mark())


@versioned(max_entries=4)
def _everything(stamp: int) -> list[StoredRumusan]:
    return listing.list_all(engine())


def all_rumusan() -> list[StoredRumusan]:
    """Every live rumusan of a live meeting (example ones flagged), latest meeting first."""
    return _everything(mark())


@versioned(max_entries=4)
def _progress(stamp: int) -> dict[int, list[IndicatorProgress]]:
    return progress.progress_for(engine(), listing.list_all(engine()))


def progress_all() -> dict[int, list[IndicatorProgress]]:
    """Each live rumusan's linked indicators against their targets (rumusan id -> list)."""
    return _progress(mark())


@versioned(max_entries=16)
def _by_regency(kode: str, stamp: int) -> list[StoredRumusan]:
    return listing.list_by_regency(engine(), kode)


def by_regency(kode: str) -> list[StoredRumusan]:
    """The rumusan concerning one regency (itself, a kecamatan of it, or all of Kaltim)."""
    return _by_regency(kode, mark())


@versioned(max_entries=8)
def _of_meeting(meeting_id: int, stamp: int, include_removed: bool) -> list[StoredRumusan]:
    return listing.list_by_meeting(engine(), meeting_id, include_removed=include_removed)


def of_meeting(meeting_id: int, *, include_removed: bool = False) -> list[StoredRumusan]:
    return _of_meeting(meeting_id, mark(), include_removed)


@versioned(max_entries=16)
def _trail(rumusan_id: int, stamp: int) -> list[AuditEntry]:
    return listing.audit_trail(engine(), rumusan_id)


def trail(rumusan_id: int) -> list[AuditEntry]:
    """Every change of one rumusan and its notes, oldest first."""
    return _trail(rumusan_id, mark())
