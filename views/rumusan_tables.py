"""The rumusan as tables: the list, the counts by regency, by status and by meeting, the
"matriks tindak lanjut" the XLSX exports, and a rumusan's change history. Display strings (and
whole numbers for the export) with localised column names; one concern, apart from the words
(:mod:`views.rumusan_items`) they are built from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import pandas as pd

from views.i18n import t
from views.rumusan_forms import field_label
from views.rumusan_items import Item
from views.rumusan_words import OPEN, SHOWN_ORDER, regency_names, status_label, when_label
from welfare import formatting
from welfare.rumusan import rules, vocab
from welfare.rumusan.stored import AuditEntry, StoredMeeting, StoredRumusan


def _col(key: str, lang: str) -> str:
    return t(f"rumusan.col.{key}", lang)


def list_table(
    items: Sequence[Item], lang: str, *, with_meeting: bool = False, short: int | None = None
) -> pd.DataFrame:
    """One row per rumusan (display strings); ``short`` cuts the text to that many
    characters (a slide)."""

    def cut(text: str) -> str:
        flat = " ".join(text.split())
        if short is None or len(flat) <= short:
            return flat
        return flat[: short - 1].rstrip() + "…"

    rows = []
    for item in items:
        row = {_col("number", lang): str(item.number)}
        if with_meeting:
            row[_col("meeting", lang)] = item.meeting
        status = item.status_label + (f" ({item.status_note})" if item.status_note else "")
        row |= {
            _col("text", lang): cut(item.text),
            _col("parties", lang): item.parties,
            _col("deadline", lang): item.deadline,
            _col("status", lang): status,
            _col("indicators", lang): "\n".join(
                (link.short if short else link.text) for link in item.links
            )
            or "–",
        }
        if not short:
            row[_col("regions", lang)] = item.regions
        rows.append(row)
    return pd.DataFrame(rows)


def regency_counts(items: Iterable[StoredRumusan], day: date) -> pd.DataFrame:
    """kode_bps, and per shown status the rumusan concerning each regency (a rumusan for all
    of Kalimantan Timur counts in each of the ten); ``open`` = late + belum dimulai +
    berjalan; ``is_example``: an example rumusan is among them."""
    codes = list(regency_names())
    rows = {c: dict.fromkeys(SHOWN_ORDER, 0) | {"is_example": False} for c in codes}
    for item in items:
        shown = rules.shown_status(item, day)
        for code in item.regencies:
            if code in rows:
                rows[code][shown] += 1
                rows[code]["is_example"] |= item.is_example
    frame = pd.DataFrame([{"kode_bps": c, **rows[c]} for c in codes])
    frame["open"] = frame[list(OPEN)].sum(axis=1)
    frame["total"] = frame[list(SHOWN_ORDER)].sum(axis=1)
    return frame


def regency_table(counts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The regency counts for reading (name, open, late, each status, total)."""
    names = regency_names()
    out = pd.DataFrame({_col("regency", lang): [names[c] for c in counts["kode_bps"]]})
    out[_col("open", lang)] = counts["open"].astype(int).astype(str).to_numpy()
    for s in SHOWN_ORDER:
        out[status_label(s, lang)] = counts[s].astype(int).astype(str).to_numpy()
    out[_col("total", lang)] = counts["total"].astype(int).astype(str).to_numpy()
    return out


def status_table(items: Sequence[Item], lang: str) -> pd.DataFrame:
    """Per shown status: how many rumusan and their numbers with the meeting's year."""
    rows = []
    for status in SHOWN_ORDER:
        mine = [i for i in items if i.status == status]
        rows.append(
            {
                _col("status", lang): status_label(status, lang),
                _col("count", lang): str(len(mine)),
                _col("numbers", lang): ", ".join(f"{i.number} ({i.year})" for i in mine) or "–",
            }
        )
    return pd.DataFrame(rows)


def meeting_table(
    meetings: Sequence[StoredMeeting], items: Sequence[Item], lang: str
) -> pd.DataFrame:
    """Per meeting: date, place, how many rumusan, how many open and late (display)."""
    rows = []
    for m in meetings:
        mine = [i for i in items if i.meeting_id == m.id]
        rows.append(
            {
                _col("meeting", lang): m.name
                + (f" ({t('badge.example', lang)})" if m.is_example else ""),
                _col("date", lang): formatting.format_date(m.held_on, lang),
                _col("place", lang): m.place,
                _col("count", lang): str(len(mine)),
                _col("open", lang): str(sum(i.status in OPEN for i in mine)),
                status_label(vocab.LATE, lang): str(sum(i.status == vocab.LATE for i in mine)),
                status_label(vocab.DONE, lang): str(sum(i.status == vocab.DONE for i in mine)),
            }
        )
    return pd.DataFrame(rows)


def follow_up_matrix(
    items: Sequence[Item], records: Mapping[int, StoredRumusan], day: date, lang: str
) -> pd.DataFrame:
    """The "matriks tindak lanjut": one row per rumusan with every field, its indicators'
    progress and its latest follow-up note; days late counted on ``day`` (display text and
    whole numbers; the XLSX neutralises the text)."""
    rows = []
    for item in items:
        record = records[item.id]
        last = item.notes[-1] if item.notes else None
        rows.append(
            {
                _col("meeting", lang): record.meeting.name,
                _col("date", lang): formatting.format_date(record.meeting.held_on, lang),
                _col("place", lang): record.meeting.place,
                _col("number", lang): item.number,
                _col("text", lang): item.text,
                _col("kind", lang): item.kind,
                _col("parties", lang): item.parties,
                _col("regions", lang): item.regions,
                _col("deadline", lang): item.deadline,
                _col("status", lang): item.status_label,
                _col("late_days", lang): rules.days_late(record.deadline, record.status, day),
                _col("indicators", lang): "\n".join(link.text for link in item.links),
                _col("last_note", lang): last.text if last else "",
                _col("last_note_date", lang): last.day if last else "",
                _col("evidence", lang): (last.evidence or "") if last else "",
                _col("n_notes", lang): len(item.notes),
                _col("version", lang): item.version,
                _col("example", lang): t("badge.example", lang) if item.has_example else "",
            }
        )
    return pd.DataFrame(rows)


# -- the change history -----------------------------------------------------------------------
_AUDIT_FIELDS = {
    "number": "nomor",
    "text": "rumusan",
    "kind": "jenis",
    "parties": "penanggung_jawab",
    "regions": "wilayah",
    "indicators": "indikator_terkait",
    "deadline": "batas_waktu",
    "status": "status",
    "deleted_reason": "alasan",
    "noted_on": "tanggal",
    "author": "penulis",
    "evidence": "bukti",
}


def trail_table(entries: Sequence[AuditEntry], lang: str) -> pd.DataFrame:
    """Every change of a rumusan and its notes, oldest first: when (WITA), who, what, the
    version after it and the fields it changed (display strings)."""
    rows = []
    for e in entries:
        fields = [
            field_label(_AUDIT_FIELDS[f], lang) for f in e.changed_fields if f in _AUDIT_FIELDS
        ]
        if e.entity == "note" and e.action == "insert":
            fields = [field_label("catatan", lang)]
        rows.append(
            {
                _col("when", lang): when_label(e.changed_at, lang),
                _col("by", lang): e.changed_by,
                _col("change", lang): t(f"rumusan.action.{e.entity}.{e.action}", lang),
                _col("version", lang): "" if e.version is None else str(e.version),
                _col("fields", lang): ", ".join(fields),
            }
        )
    return pd.DataFrame(rows)
