"""One rumusan as the page, the regency profile and the slide show it (:class:`Item`, with its
follow-up notes and linked indicators), the list of them late first, and the status counts
over them. The tables, the map and the forms read these; they are kept apart from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from views.i18n import t
from views.rumusan_progress import LinkLine, link_line
from views.rumusan_words import (
    SHOWN_ORDER,
    day_label,
    kind_label,
    meeting_line,
    parties_text,
    regions_text,
    status_label,
    when_label,
)
from welfare import formatting
from welfare.rumusan import rules, vocab
from welfare.rumusan.progress import IndicatorProgress
from welfare.rumusan.rules import StatusCounts
from welfare.rumusan.stored import StoredRumusan


@dataclass(frozen=True)
class NoteLine:
    day: str
    author: str
    text: str  # as typed
    evidence: str | None  # as typed
    link: str | None  # the evidence as a URL to link (http/https only), else None


@dataclass(frozen=True)
class Item:
    """One rumusan as the page, the profile and the slide show it (typed text unescaped)."""

    id: int
    meeting_id: int
    number: int
    text: str
    kind: str
    meeting: str  # the meeting line
    year: int  # the meeting's year
    parties: str
    regions: str
    deadline: str
    status: str  # the shown status id ('terlambat' when late)
    status_label: str
    status_note: str  # 'terlambat 45 hari' / '12 hari lagi' / ''
    links: tuple[LinkLine, ...]
    notes: tuple[NoteLine, ...]
    is_example: bool
    version: int
    changed: str  # 'versi 3 · diubah oleh sari, 12 Mei 2026 10.05 WITA'

    @property
    def has_example(self) -> bool:
        return self.is_example or any(link.is_example for link in self.links)


def _status_note(item: StoredRumusan, day: date, lang: str) -> str:
    late = rules.days_late(item.deadline, item.status, day)
    if late:
        return t("rumusan.late_days", lang, days=late)
    if item.deadline is not None and item.status in vocab.OPEN_STATUSES:
        left = (item.deadline - day).days
        return t("rumusan.due_today", lang) if left == 0 else t("rumusan.due_in", lang, days=left)
    return ""


def build_item(
    item: StoredRumusan, progress: Sequence[IndicatorProgress], day: date, lang: str
) -> Item:
    shown = rules.shown_status(item, day)
    return Item(
        id=item.id,
        meeting_id=item.meeting.id,
        number=item.number,
        text=item.text,
        kind=kind_label(item.kind, lang),
        meeting=meeting_line(item.meeting, lang),
        year=item.meeting.year,
        parties=parties_text(item),
        regions=regions_text(item, lang),
        deadline=day_label(item.deadline, lang),
        status=shown,
        status_label=status_label(shown, lang),
        status_note=_status_note(item, day, lang),
        links=tuple(link_line(p, lang) for p in progress),
        notes=tuple(
            NoteLine(
                formatting.format_date(n.noted_on, lang),
                n.author,
                n.text,
                n.evidence,
                n.evidence_link,
            )
            for n in item.notes
        ),
        is_example=item.is_example,
        version=item.version,
        changed=t(
            "rumusan.changed",
            lang,
            version=item.version,
            user=item.updated_by,
            when=when_label(item.updated_at, lang),
        ),
    )


def build_items(
    items: Iterable[StoredRumusan],
    progress: Mapping[int, Sequence[IndicatorProgress]],
    day: date,
    lang: str,
) -> list[Item]:
    """The rumusan in words, late first (:func:`welfare.rumusan.rules.order_late_first`)."""
    ordered = rules.order_late_first(list(items), day)
    return [build_item(r, progress.get(r.id, ()), day, lang) for r in ordered]


# -- counts -----------------------------------------------------------------------------------
def counts_text(counts: StatusCounts, lang: str) -> str:
    """'7 rumusan: 2 terlambat, 1 belum dimulai, 3 berjalan, 1 selesai, 0 tidak dilanjutkan'."""
    parts = [f"{counts.counts[s]} {status_label(s, lang).lower()}" for s in SHOWN_ORDER]
    return t("rumusan.counts", lang, total=counts.total, parts=", ".join(parts))


def status_chips(counts: StatusCounts, lang: str) -> list[tuple[str, str, int]]:
    """(status id, label, count) in the shown order, zeros included."""
    return [(s, status_label(s, lang), counts.counts[s]) for s in SHOWN_ORDER]
