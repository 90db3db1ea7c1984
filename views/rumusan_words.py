"""The shared words of the rakor's resolutions: status, kind, date and time labels, region and
meeting names, and the order statuses are shown in. Every other ``rumusan_*`` view (the linked
indicators, the items, the tables, the forms) builds on these, so they sit apart from all of
them; the entry point is :mod:`views.rumusan_view`.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from views.i18n import t
from views.programme_words import SHORT_NAMES
from welfare import formatting
from welfare.rumusan import rules, vocab
from welfare.rumusan.drafts import RumusanDraft
from welfare.rumusan.edits import WITA
from welfare.rumusan.stored import StoredMeeting, StoredRumusan
from welfare.seed import read_kecamatan, read_regions

# The order statuses are shown in (late first), and the shown statuses that still need work.
SHOWN_ORDER = rules.SHOWN_ORDER
OPEN = (vocab.LATE, *vocab.OPEN_STATUSES)


def today() -> date:
    """The day in Kalimantan Timur (WITA): "terlambat" is judged on the office's calendar."""
    return datetime.now(WITA).date()


def status_label(status: str, lang: str) -> str:
    return vocab.label(vocab.STATUS_LABELS, status, lang)


def kind_label(kind: str, lang: str) -> str:
    return vocab.label(vocab.KIND_LABELS, kind, lang)


def day_label(day: date | None, lang: str) -> str:
    return formatting.format_date(day, lang) if day else t("rumusan.no_deadline", lang)


def when_label(moment: datetime, lang: str) -> str:
    """'12 Mei 2026 10.05 WITA'."""
    local = moment.astimezone(WITA)
    return f"{formatting.format_date(local.date(), lang)} {local:%H.%M} WITA"


# -- regions ----------------------------------------------------------------------------------
@cache
def _names() -> dict[str, str]:
    regencies = {r.kode_bps: r.nama for r in read_regions() if r.jenis in ("kabupaten", "kota")}
    kecamatan = {k.kode: k.nama for k in read_kecamatan()}
    return regencies | {f"kec:{k}": n for k, n in kecamatan.items()}


def region_name(code: str, lang: str, *, short: bool = False) -> str:
    """'Penajam Paser Utara' (short: 'PPU'), 'Kec. Sepaku', 'seluruh Kalimantan Timur'."""
    if code == vocab.ALL_REGIONS:
        return t("rumusan.region.all_short" if short else "rumusan.region.all", lang)
    names = _names()
    if code in names:
        return SHORT_NAMES.get(code, names[code]) if short else names[code]
    kecamatan = names.get(f"kec:{code}")
    if kecamatan:
        return t("rumusan.region.kecamatan", lang, name=kecamatan)
    return code


def host_name(code: str, lang: str) -> str:
    """The host of a meeting: a regency's name, or the province ('64')."""
    if code == vocab.ALL_REGIONS:
        return t("rumusan.host.province", lang)
    return region_name(code, lang)


def regency_names() -> dict[str, str]:
    """BPS code -> name of the ten kabupaten/kota, in code order."""
    return {k: v for k, v in sorted(_names().items()) if not k.startswith("kec:")}


def regions_text(item: StoredRumusan, lang: str) -> str:
    return ", ".join(region_name(ref.code, lang) for ref in item.regions)


def parties_text(item: StoredRumusan | RumusanDraft) -> str:
    """The parties as recorded (names, "; "), in the words of whoever typed them."""
    return "; ".join(p.name for p in item.parties)


def meeting_line(meeting: StoredMeeting, lang: str) -> str:
    """'Rakor PMKS 2026 · 12 Mei 2026 · Samarinda'."""
    return " · ".join((meeting.name, formatting.format_date(meeting.held_on, lang), meeting.place))


def meeting_option(meeting: StoredMeeting, lang: str) -> str:
    """A meeting as a picker lists it (DATA CONTOH said in the label)."""
    label = meeting_line(meeting, lang)
    return f"{label} · {t('badge.example', lang)}" if meeting.is_example else label


# -- numbers as typed ---------------------------------------------------------------------------
# Here, not with the linked indicators: the forms show a stored target the same way.
def plain_number(value: float, lang: str) -> str:
    """A target as typed: 90, 6,5, 12,25 (no trailing zeros)."""
    for digits in (0, 1, 2):
        if round(value, digits) == round(value, 4):
            return formatting.format_number(value, digits, lang)
    return formatting.format_number(value, 2, lang)
