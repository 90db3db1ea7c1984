"""The checked values of a meeting, a rumusan and a follow-up note, as the store writes them.

:mod:`welfare.rumusan.records` makes these from typed input; the store refuses a draft that
breaks their rules (:func:`welfare.rumusan.records.draft_problems`), so a draft built by hand
is held to the same limits. Codes only, never words: the UI names kinds, statuses and
regions.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from welfare.rumusan.vocab import NOT_STARTED


@dataclass(frozen=True)
class MeetingDraft:
    name: str
    held_on: date
    place: str
    host_kode: str  # the host regency's BPS code, or '64' (the province)
    is_example: bool = False


@dataclass(frozen=True)
class Party:
    """Who is responsible: ``kind`` is one of :data:`welfare.rumusan.vocab.PARTY_KINDS`.

    ``regency_kode`` is the regency's BPS code for a regency's Dinsos (None with
    ``dinsos_kabkota``: every kabupaten/kota's Dinsos; always None for the others).
    """

    kind: str
    name: str
    regency_kode: str | None = None


@dataclass(frozen=True)
class RegionRef:
    """A region concerned: ``code`` '64' (all), a regency's BPS code or a kecamatan key
    ('64.09.04'); ``regency`` the regency it is in ('64' for all)."""

    code: str
    regency: str


@dataclass(frozen=True)
class IndicatorLink:
    """ "cakupan PKH di PPU >= 90 % pada 2026": an indicator of the catalogue in one region
    ('64', a regency's BPS code or a kecamatan key), the target and the year it is due.

    The target is in the indicator's own unit, except for coverage indicators (a programme's
    recipients, e.g. ``kpm_pkh``), whose target is the coverage in % (see
    :mod:`welfare.rumusan.progress`).
    """

    indicator_id: str
    region_code: str
    target: float
    direction: str  # '>=' or '<=' (welfare.rumusan.vocab.DIRECTIONS)
    target_year: int


@dataclass(frozen=True)
class RumusanDraft:
    text: str
    kind: str
    parties: tuple[Party, ...]
    regions: tuple[RegionRef, ...]
    indicators: tuple[IndicatorLink, ...] = ()
    deadline: date | None = None
    status: str = NOT_STARTED
    number: int | None = None  # None: the meeting's next free number


@dataclass(frozen=True)
class NoteDraft:
    noted_on: date
    author: str
    text: str
    evidence: str | None = None  # an http(s) link or a document name


def as_json(draft: object) -> dict[str, object]:
    """A draft as plain JSON values (dates as ISO text), e.g. for an audit row."""
    return _plain(asdict(draft))  # type: ignore[call-overload]


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
