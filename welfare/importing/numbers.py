"""Indonesian number notation ("1.234" = 1234, "12,5" = 12.5, "1.234,5") and the BPS signs.

The dot groups thousands and the comma marks decimals. Anything that could also be read the
other way round ("12.5", "1,234.5") is rejected rather than guessed: one wrong guess would
silently turn 12,5 % into 125 %.

Two readings of a dash, on purpose:

* :func:`read_statistic` reads a cell of a statistical table (BPS and Dinas Sosial), where
  the signs of BPS apply: "-" is *nihil* (zero), "..." not available, "x" confidential, an
  empty cell missing. "0" stays 0 (BPS: less than half the unit shown; the import notes it).
  The import engine reads every indicator, total and subtotal cell this way.
* :func:`parse_number` reads a typed field (a programme register column, a form, a target),
  where "-" only means "nothing written": it returns None for it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

# Typed fields (parse_number): cells meaning "nothing written" (left out, not zero).
MISSING_MARKERS = frozenset({"", "-", "–", "—", "--"})
# BPS signs in statistical tables (read_statistic); the dashes are *nihil*, i.e. zero.
NIHIL_MARKERS = frozenset({"-", "–", "—", "--"})
NOT_AVAILABLE_MARKERS = frozenset({"...", "…", "..", ". . ."})
CONFIDENTIAL_MARKERS = frozenset({"x", "X"})

# What a statistical table cell holds (Reading.kind).
NUMBER = "number"
EMPTY = "empty"  # missing: nothing written
NIHIL = "nihil"  # "-": zero
NOT_AVAILABLE = "not_available"  # "...": the figure is not available
CONFIDENTIAL = "confidential"  # "x": withheld

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_PLAIN = re.compile(r"^\d+(,\d+)?$", re.ASCII)
_DOT_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$", re.ASCII)
_SPACE_GROUPED = re.compile(r"^\d{1,3}( \d{3})+(,\d+)?$", re.ASCII)
_ENGLISH = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d+$", re.ASCII)


class NumberFormatError(ValueError):
    """The cell is not a number in Indonesian notation; ``reason`` is Bahasa Indonesia."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ParsedNumber:
    value: Decimal
    percent_sign: bool = False

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


def parse_number(raw: object) -> ParsedNumber | None:
    """Parse one cell. ``None`` means "no value" (empty or "-"); bad input raises."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise NumberFormatError("sel berisi nilai benar/salah (TRUE/FALSE), bukan angka.")
    if isinstance(raw, int):
        return ParsedNumber(Decimal(raw))
    if isinstance(raw, float):
        if math.isnan(raw) or math.isinf(raw):
            raise NumberFormatError("sel berisi angka tidak terhingga atau tidak valid.")
        # repr() keeps the shortest exact decimal, so 12.5 stays 12.5 (not 12.4999...).
        return ParsedNumber(Decimal(repr(raw)))
    if isinstance(raw, (datetime, date, time)):
        raise NumberFormatError(
            "sel berformat tanggal/waktu, bukan angka; ubah format sel menjadi angka."
        )
    if not isinstance(raw, str):
        raise NumberFormatError("isi sel bukan angka.")
    return parse_text(raw)


def parse_text(text: str) -> ParsedNumber | None:
    shown = text.strip()
    compact = _SPACES.sub(" ", shown).strip()
    if compact in MISSING_MARKERS:
        return None
    if len(compact) > 40:
        raise NumberFormatError("isi sel terlalu panjang untuk sebuah angka.")
    body = compact
    sign = 1
    if body[:1] in "+-−":
        sign = -1 if body[0] in "-−" else 1
        body = body[1:].lstrip()
    percent = False
    if body.endswith("%"):
        percent = True
        body = body[:-1].rstrip()
    if not body:
        raise NumberFormatError(f"nilai '{shown}' bukan angka.")
    if _PLAIN.match(body) or _DOT_GROUPED.match(body) or _SPACE_GROUPED.match(body):
        normal = body.replace(".", "").replace(" ", "").replace(",", ".")
        try:
            value = Decimal(normal)
        except InvalidOperation as exc:  # pragma: no cover - the patterns above exclude it
            raise NumberFormatError(f"nilai '{shown}' bukan angka.") from exc
        return ParsedNumber(sign * value, percent)
    if _ENGLISH.match(body):
        raise NumberFormatError(
            f"nilai '{shown}' memakai format angka yang ambigu; gunakan format Indonesia: "
            "titik sebagai pemisah ribuan dan koma sebagai desimal (contoh 1.234 atau 12,5)."
        )
    raise NumberFormatError(f"nilai '{shown}' bukan angka.")


@dataclass(frozen=True)
class Reading:
    """One statistical table cell: a number (also 0 for "-"), or why there is none."""

    kind: str  # NUMBER | NIHIL | EMPTY | NOT_AVAILABLE | CONFIDENTIAL
    number: ParsedNumber | None = None  # set for NUMBER and NIHIL (0)

    @property
    def value(self) -> Decimal | None:
        return self.number.value if self.number is not None else None


_EMPTY = Reading(EMPTY)
_NIHIL = Reading(NIHIL, ParsedNumber(Decimal(0)))


def read_statistic(raw: object) -> Reading:
    """Read a cell of a BPS or Dinas Sosial table with the BPS signs; bad input raises.

    "-" (or an en/em dash) is nihil and reads as 0; "..." is not available and "x"
    confidential, both without a value; an empty cell is missing. Anything else is a number
    in Indonesian notation (:func:`parse_number`).
    """
    if raw is None:
        return _EMPTY
    if isinstance(raw, str):
        compact = _SPACES.sub(" ", raw).strip()
        if not compact:
            return _EMPTY
        if compact in NIHIL_MARKERS:
            return _NIHIL
        if compact in NOT_AVAILABLE_MARKERS:
            return Reading(NOT_AVAILABLE)
        if compact in CONFIDENTIAL_MARKERS:
            return Reading(CONFIDENTIAL)
    parsed = parse_number(raw)
    return Reading(NUMBER, parsed) if parsed is not None else _EMPTY
