"""Closed lists typed by hand: the written forms each value accepts, and the word shown for it.

Staff write one value of a closed list in many ways ("Kab/Kota", "APBD Prov.", "Belum
Dimulai"). A :class:`ClosedList` accepts its values and a few listed synonyms, compared
without case and with separators folded, and answers None for anything else, so the caller
refuses the cell with the allowed values instead of guessing. The programme register
(:mod:`welfare.register.vocab`) and the rumusan (:mod:`welfare.rumusan.vocab`) declare their
lists with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_SEPARATORS = re.compile(r"[\s._\-]+")


def fold(text: object) -> str:
    """Lower case, separators (space, dot, dash, underscore) folded into single spaces."""
    return _SEPARATORS.sub(" ", str(text).strip().lower()).strip()


class ClosedList:
    """The values of one closed list, in their order, and the written forms of each."""

    def __init__(self, values: Iterable[str], synonyms: Mapping[str, str] | None = None) -> None:
        self.values: tuple[str, ...] = tuple(values)
        # Synonyms come second, so one listed for a value's own written form wins.
        self._forms = {fold(v): v for v in self.values}
        self._forms.update({fold(form): value for form, value in (synonyms or {}).items()})

    def of(self, text: object) -> str | None:
        """The value ``text`` is a written form of; None when it is none of them."""
        return self._forms.get(fold(text))


def label(words: Mapping, value: object, lang: str = "id") -> str:
    """The word for ``value`` in a label table ``{value: {"id": ..., "en": ...}}``: the
    Indonesian one when ``lang`` is missing, the value itself when it is not listed."""
    entry = words.get(value)
    return entry.get(lang, entry["id"]) if entry else str(value)
