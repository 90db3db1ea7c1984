"""The closed lists of a rumusan, their words, and how a typed value maps onto them.

Values arrive as staff type them ("Belum Dimulai", "dalam proses", "≥", "minimal"); each list
accepts a few written forms and refuses anything else with the allowed values, never a guess.
Stored values are ids (``belum_dimulai``); the words shown are :data:`STATUS_LABELS` etc.
The matching is :class:`welfare.closed_lists.ClosedList`, shared with the programme register.
"""

from __future__ import annotations

from welfare.closed_lists import ClosedList
from welfare.closed_lists import label as label  # re-exported: callers write vocab.label

KINDS: tuple[str, ...] = ("kebijakan", "program", "data", "anggaran", "kelembagaan")
KIND_LABELS = {
    "kebijakan": {"id": "Kebijakan", "en": "Policy"},
    "program": {"id": "Program", "en": "Programme"},
    "data": {"id": "Data", "en": "Data"},
    "anggaran": {"id": "Anggaran", "en": "Budget"},
    "kelembagaan": {"id": "Kelembagaan", "en": "Institutional"},
}

NOT_STARTED = "belum_dimulai"
ONGOING = "berjalan"
DONE = "selesai"
DROPPED = "tidak_dilanjutkan"
LATE = "terlambat"  # derived (welfare.rumusan.rules), never stored
STATUSES: tuple[str, ...] = (NOT_STARTED, ONGOING, DONE, DROPPED)
OPEN_STATUSES: tuple[str, ...] = (NOT_STARTED, ONGOING)
CLOSED_STATUSES: tuple[str, ...] = (DONE, DROPPED)
STATUS_LABELS = {
    NOT_STARTED: {"id": "Belum dimulai", "en": "Not started"},
    ONGOING: {"id": "Berjalan", "en": "Ongoing"},
    DONE: {"id": "Selesai", "en": "Completed"},
    DROPPED: {"id": "Tidak dilanjutkan", "en": "Discontinued"},
    LATE: {"id": "Terlambat", "en": "Overdue"},
}

AT_LEAST = ">="
AT_MOST = "<="
DIRECTIONS: tuple[str, ...] = (AT_LEAST, AT_MOST)
DIRECTION_LABELS = {
    AT_LEAST: {"id": "paling sedikit", "en": "at least", "sign": "≥"},
    AT_MOST: {"id": "paling banyak", "en": "at most", "sign": "≤"},
}

PARTY_PROVINCE = "dinsos_provinsi"
PARTY_REGENCY = "dinsos_kabkota"  # regency_kode None: the Dinsos of every kabupaten/kota
PARTY_OTHER = "lainnya"
PARTY_KINDS: tuple[str, ...] = (PARTY_PROVINCE, PARTY_REGENCY, PARTY_OTHER)
PROVINCE_DINSOS = "Dinas Sosial Provinsi Kalimantan Timur"
ALL_REGENCY_DINSOS = "Dinas Sosial kabupaten/kota se-Kalimantan Timur"

ALL_REGIONS = "64"  # a region row '64': the whole province, every kabupaten/kota


_KINDS = ClosedList(
    KINDS,
    {
        "regulasi": "kebijakan",
        "kebijakan regulasi": "kebijakan",
        "kebijakan/regulasi": "kebijakan",
        "kegiatan": "program",
        "program kegiatan": "program",
        "program/kegiatan": "program",
        "pendataan": "data",
        "data dan informasi": "data",
        "data informasi": "data",
        "pendanaan": "anggaran",
        "pembiayaan": "anggaran",
        "anggaran/pendanaan": "anggaran",
        "lembaga": "kelembagaan",
        "kelembagaan/koordinasi": "kelembagaan",
    },
)
_STATUSES = ClosedList(
    STATUSES,
    {
        "belum": NOT_STARTED,
        "belum mulai": NOT_STARTED,
        "belum dilaksanakan": NOT_STARTED,
        "belum berjalan": NOT_STARTED,
        "sedang berjalan": ONGOING,
        "proses": ONGOING,
        "dalam proses": ONGOING,
        "berlangsung": ONGOING,
        "on progress": ONGOING,
        "tuntas": DONE,
        "sudah selesai": DONE,
        "dibatalkan": DROPPED,
        "batal": DROPPED,
        "dihentikan": DROPPED,
        "tidak lanjut": DROPPED,
    },
)
_DIRECTIONS = ClosedList(
    DIRECTIONS,
    {
        "=>": AT_LEAST,
        "≥": AT_LEAST,
        ">": AT_LEAST,
        "min": AT_LEAST,
        "minimal": AT_LEAST,
        "paling sedikit": AT_LEAST,
        "sekurang kurangnya": AT_LEAST,
        "setidaknya": AT_LEAST,
        "naik": AT_LEAST,
        "meningkat": AT_LEAST,
        "=<": AT_MOST,
        "≤": AT_MOST,
        "<": AT_MOST,
        "maks": AT_MOST,
        "maksimal": AT_MOST,
        "paling banyak": AT_MOST,
        "setinggi tingginya": AT_MOST,
        "turun": AT_MOST,
        "menurun": AT_MOST,
    },
)


def kind_of(text: object) -> str | None:
    """'Kebijakan/Regulasi' -> 'kebijakan'; None when the text is not a kind."""
    return _KINDS.of(text)


def status_of(text: object) -> str | None:
    """'Belum Dimulai' -> 'belum_dimulai', 'dalam proses' -> 'berjalan'; None when unknown
    (also for 'terlambat', which is derived from the deadline)."""
    return _STATUSES.of(text)


def direction_of(text: object) -> str | None:
    """'≥', '>=', 'minimal' -> '>='; '≤', 'maksimal', 'turun' -> '<='; None when unknown."""
    return _DIRECTIONS.of(text)
