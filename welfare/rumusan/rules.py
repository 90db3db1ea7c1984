"""Deadline and status rules: "terlambat", status counts, late first.

A rumusan is **terlambat** (late) on ``today`` when it has a deadline, ``today`` is after it,
and its status is still open (belum dimulai or berjalan). On the deadline day itself it is not
late yet; a rumusan that is selesai or tidak dilanjutkan is never late; one without a deadline
is never late. "Terlambat" is derived here, never stored, so it is always true for the day
asked about: ``today`` is passed in (the page's date, a test's date, a slide deck's date).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from welfare.rumusan import vocab

# The order statuses are counted and shown in: late first.
SHOWN_ORDER: tuple[str, ...] = (vocab.LATE, *vocab.STATUSES)


class HasDeadline(Protocol):
    deadline: date | None
    status: str


R = TypeVar("R", bound=HasDeadline)


def is_late(deadline: date | None, status: str, today: date) -> bool:
    """Past the deadline (``today`` > ``deadline``) and still open."""
    return deadline is not None and today > deadline and status in vocab.OPEN_STATUSES


def days_late(deadline: date | None, status: str, today: date) -> int:
    """Days since the deadline when late, else 0."""
    return (today - deadline).days if is_late(deadline, status, today) else 0  # type: ignore[operator]


def shown_status(rumusan: HasDeadline, today: date) -> str:
    """'terlambat' when late, else the stored status."""
    if is_late(rumusan.deadline, rumusan.status, today):
        return vocab.LATE
    return rumusan.status


@dataclass(frozen=True)
class StatusCounts:
    """How many rumusan show each status on one day.

    ``counts`` has every status of :data:`SHOWN_ORDER` (zeros included) and adds up to
    ``total``: a late rumusan is counted as 'terlambat' only, not also as belum dimulai or
    berjalan. ``open`` = late + belum dimulai + berjalan.
    """

    counts: dict[str, int]
    total: int

    @property
    def late(self) -> int:
        return self.counts[vocab.LATE]

    @property
    def open(self) -> int:
        return self.late + sum(self.counts[s] for s in vocab.OPEN_STATUSES)

    @property
    def done(self) -> int:
        return self.counts[vocab.DONE]


def status_counts(items: Iterable[HasDeadline], today: date) -> StatusCounts:
    counts = dict.fromkeys(SHOWN_ORDER, 0)
    total = 0
    for item in items:
        counts[shown_status(item, today)] += 1
        total += 1
    return StatusCounts(counts, total)


def order_late_first(items: Iterable[R], today: date) -> list[R]:
    """Late ones first (the longest overdue first), then the open ones by deadline (soonest
    first, no deadline last), then selesai, then tidak dilanjutkan. Ties keep their order
    (e.g. meeting then number, as listed)."""

    def rank(item: HasDeadline) -> tuple[int, int]:
        shown = shown_status(item, today)
        if shown == vocab.LATE:
            return 0, -days_late(item.deadline, item.status, today)
        if shown in vocab.OPEN_STATUSES:
            left = (item.deadline - today).days if item.deadline else 10**6
            return 1, left
        return 2 + vocab.CLOSED_STATUSES.index(shown), 0

    return sorted(items, key=rank)


def late(items: Sequence[R], today: date) -> list[R]:
    """The late ones, longest overdue first."""
    return [i for i in order_late_first(items, today) if shown_status(i, today) == vocab.LATE]
