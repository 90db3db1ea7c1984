"""What a check says about one field: a problem with its level, or the checked value.

The same shape as the programme register's (:mod:`welfare.register.records`), plus ``item``:
which linked indicator of a rumusan a problem is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from welfare.rumusan import texts

T = TypeVar("T")


@dataclass(frozen=True)
class FieldProblem:
    level: str  # "error" | "warning" | "info"
    code: str
    field: str  # the template column / form field
    reason: str  # Bahasa Indonesia, ends with a full stop
    item: int | None = None  # which linked indicator (1-based), for LINK_FIELDS


@dataclass
class Checked(Generic[T]):
    """The draft (``value``) of the typed input, or the problems that stop it."""

    value: T | None
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[FieldProblem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def ok(self) -> bool:
        return self.value is not None


class Problems(list[FieldProblem]):
    """The problems of one check, in the order found."""

    def add(
        self, field: str, code: str, reason: str, *, level: str = "error", item: int | None = None
    ) -> None:
        self.append(FieldProblem(level, code, field, reason, item))

    @property
    def failed(self) -> bool:
        return any(p.level == "error" for p in self)


def split_items(raw: object, separators: str) -> list[str]:
    """A list cell ("6409, 6403") or a list from a form, each item cleaned, empty ones dropped."""
    if raw is None:
        return []
    if isinstance(raw, (list, tuple)):
        items = [texts.clean(v) for v in raw]
    else:
        items = [texts.clean(v) for v in re.split(separators, str(raw))]
    return [v for v in items if v]
