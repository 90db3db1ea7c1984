"""Deadlines and statuses: 'terlambat' is derived from the deadline and the day asked about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from welfare.rumusan import rules

DEADLINE = date(2026, 6, 30)


@dataclass(frozen=True)
class Item:
    name: str
    deadline: date | None
    status: str


@pytest.mark.parametrize(
    ("today", "status", "late"),
    [
        (date(2026, 7, 1), "belum_dimulai", True),  # the day after the deadline
        (date(2026, 7, 1), "berjalan", True),
        (DEADLINE, "belum_dimulai", False),  # on the deadline day itself: not late yet
        (date(2026, 6, 29), "berjalan", False),
        (date(2027, 1, 1), "selesai", False),  # finished: never late
        (date(2027, 1, 1), "tidak_dilanjutkan", False),
    ],
)
def test_late_after_the_deadline_while_open(today: date, status: str, late: bool) -> None:
    assert rules.is_late(DEADLINE, status, today) is late
    assert rules.shown_status(Item("x", DEADLINE, status), today) == (
        "terlambat" if late else status
    )


def test_no_deadline_is_never_late() -> None:
    assert not rules.is_late(None, "belum_dimulai", date(2099, 1, 1))


def test_days_late() -> None:
    assert rules.days_late(DEADLINE, "berjalan", date(2026, 7, 10)) == 10
    assert rules.days_late(DEADLINE, "selesai", date(2026, 7, 10)) == 0


ITEMS = [
    Item("done", date(2026, 1, 31), "selesai"),
    Item("open-soon", date(2026, 7, 15), "berjalan"),
    Item("late-10", date(2026, 6, 30), "belum_dimulai"),
    Item("dropped", date(2026, 1, 31), "tidak_dilanjutkan"),
    Item("open-no-deadline", None, "belum_dimulai"),
    Item("late-40", date(2026, 5, 31), "berjalan"),
    Item("open-today", date(2026, 7, 10), "berjalan"),
]
TODAY = date(2026, 7, 10)


def test_status_counts_add_up_and_late_is_counted_once() -> None:
    counts = rules.status_counts(ITEMS, TODAY)
    assert counts.counts == {
        "terlambat": 2,
        "belum_dimulai": 1,
        "berjalan": 2,
        "selesai": 1,
        "tidak_dilanjutkan": 1,
    }
    assert list(counts.counts) == list(rules.SHOWN_ORDER)  # late first
    assert (counts.total, counts.late, counts.open, counts.done) == (7, 2, 5, 1)
    assert rules.status_counts([], TODAY).counts["terlambat"] == 0


def test_late_first_then_open_by_deadline_then_closed() -> None:
    ordered = [i.name for i in rules.order_late_first(ITEMS, TODAY)]
    assert ordered == [
        "late-40",
        "late-10",
        "open-today",
        "open-soon",
        "open-no-deadline",
        "done",
        "dropped",
    ]
    assert [i.name for i in rules.late(ITEMS, TODAY)] == ["late-40", "late-10"]
