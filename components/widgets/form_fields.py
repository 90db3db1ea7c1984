"""What the staff forms share: a stored value preselected in a list, and the problems a save
was refused for (or went through with), one box per level.

Used by the programme register's form (:mod:`components.bodies.programme_form`) and the
rumusan forms (:mod:`components.widgets.rumusan_fields`). Each form names a problem's field in
its own words (``text``); the boxes, their order and the escaping are the same everywhere: a
reason quotes what was typed, so it is escaped before Markdown sees it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, TypeVar

import streamlit as st

from ground.markup import escape_markdown
from views.i18n import t


class Problem(Protocol):
    @property
    def level(self) -> str: ...  # "error" | "warning" | "info"


P = TypeVar("P", bound=Problem)

_BOXES = {"error": st.error, "warning": st.warning, "info": st.info}


def option_index(options: Sequence[object], value: object) -> int:
    """The position of ``value`` among a list's options; the first when it is not offered."""
    return list(options).index(value) if value in options else 0


def problem_boxes(
    problems: Sequence[P],
    levels: Sequence[str],
    lang: str,
    *,
    text: Callable[[P], str],
    heads: Mapping[str, str],
) -> None:
    """One box per level in ``levels`` that has problems: the level's heading (an i18n key in
    ``heads``, none for a level not listed), then one line per problem."""
    for level in levels:
        chosen = [p for p in problems if p.level == level]
        if not chosen:
            continue
        lines = "\n".join(f"- {escape_markdown(text(p))}" for p in chosen)
        head = heads.get(level)
        _BOXES.get(level, st.info)((t(head, lang) + "\n\n" if head else "") + lines)
