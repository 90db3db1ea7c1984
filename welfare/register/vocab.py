"""The register's closed lists, their words, and how a typed cell maps onto them.

Cells arrive as staff write them ("Kab/Kota", "APBD Prov.", "Selesai"); each list accepts a
few written forms and refuses anything else with the list of allowed values, never a guess
(the matching is :class:`welfare.closed_lists.ClosedList`, shared with the rumusan).
"""

from __future__ import annotations

from welfare.closed_lists import ClosedList
from welfare.closed_lists import label as label  # re-exported: callers write vocab.label

LEVELS: tuple[str, ...] = ("pusat", "provinsi", "kabupaten_kota", "desa", "lainnya")
LEVEL_LABELS = {
    "pusat": {"id": "Pusat", "en": "Central"},
    "provinsi": {"id": "Provinsi", "en": "Province"},
    "kabupaten_kota": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "desa": {"id": "Desa", "en": "Village"},
    "lainnya": {"id": "Non-pemerintah", "en": "Non-government"},
}
# Short badges for a matrix cell (two or three letters, readable on a projector).
LEVEL_BADGES = {
    "pusat": {"id": "Pst", "en": "Ctr"},
    "provinsi": {"id": "Prov", "en": "Prov"},
    "kabupaten_kota": {"id": "Kab", "en": "Reg"},
    "desa": {"id": "Desa", "en": "Vil"},
    "lainnya": {"id": "NP", "en": "NG"},
}

FUNDING: tuple[str, ...] = (
    "APBN",
    "APBD provinsi",
    "APBD kabupaten/kota",
    "Dana Desa",
    "lainnya",
)
FUNDING_LABELS = {
    "APBN": {"id": "APBN", "en": "National budget (APBN)"},
    "APBD provinsi": {"id": "APBD provinsi", "en": "Provincial budget"},
    "APBD kabupaten/kota": {"id": "APBD kabupaten/kota", "en": "Regency/city budget"},
    "Dana Desa": {"id": "Dana Desa", "en": "Village fund"},
    "lainnya": {"id": "Lainnya (CSR, zakat ...)", "en": "Other (CSR, zakat ...)"},
    None: {"id": "Tidak disebut", "en": "Not stated"},
}

STATUSES: tuple[str, ...] = ("rencana", "berjalan", "selesai")
STATUS_LABELS = {
    "rencana": {"id": "Rencana", "en": "Planned"},
    "berjalan": {"id": "Berjalan", "en": "Ongoing"},
    "selesai": {"id": "Selesai", "en": "Completed"},
}

# Units of a quantity: the canonical unit, then the written forms it accepts.
UNITS: dict[str, tuple[str, ...]] = {
    "jiwa": ("jiwa", "orang", "penerima", "anak", "siswa", "mahasiswa", "peserta", "org"),
    "KK": ("kk", "kpm", "keluarga", "rumah tangga", "rt", "rtm"),
    "unit rumah": ("unit rumah", "unit", "rumah", "rumah/unit"),
    "paket": ("paket", "pkt"),
    "desa": ("desa", "kelurahan", "desa/kelurahan"),
    "kg": ("kg", "kilogram"),
    "lembaga": ("lembaga", "perusahaan", "lks"),
}


_LEVELS = ClosedList(
    LEVELS,
    {
        "pemerintah pusat": "pusat",
        "kementerian": "pusat",
        "nasional": "pusat",
        "prov": "provinsi",
        "pemprov": "provinsi",
        "pemerintah provinsi": "provinsi",
        "kabupaten/kota": "kabupaten_kota",
        "kab/kota": "kabupaten_kota",
        "kabupaten": "kabupaten_kota",
        "kota": "kabupaten_kota",
        "kab": "kabupaten_kota",
        "pemkab": "kabupaten_kota",
        "pemkot": "kabupaten_kota",
        "kelurahan": "desa",
        "pemerintah desa": "desa",
        "non pemerintah": "lainnya",
        "nonpemerintah": "lainnya",
        "swasta": "lainnya",
    },
)
_FUNDING = ClosedList(
    FUNDING,
    {
        "apbd prov": "APBD provinsi",
        "apbd provinsi": "APBD provinsi",
        "apbd i": "APBD provinsi",
        "apbd kab": "APBD kabupaten/kota",
        "apbd kota": "APBD kabupaten/kota",
        "apbd kab/kota": "APBD kabupaten/kota",
        "apbd kabupaten": "APBD kabupaten/kota",
        "apbd ii": "APBD kabupaten/kota",
        "dd": "Dana Desa",
        "dana desa": "Dana Desa",
        "csr": "lainnya",
        "zakat": "lainnya",
        "swasta": "lainnya",
        "non pemerintah": "lainnya",
    },
)
_STATUSES = ClosedList(
    STATUSES,
    {
        "direncanakan": "rencana",
        "perencanaan": "rencana",
        "sedang berjalan": "berjalan",
        "proses": "berjalan",
        "berlangsung": "berjalan",
        "tuntas": "selesai",
        "sudah selesai": "selesai",
    },
)
_UNITS = ClosedList(UNITS, {w: unit for unit, words in UNITS.items() for w in words})


def level_of(text: str) -> str | None:
    """'Kab/Kota' -> 'kabupaten_kota'; None when the text is not a level."""
    return _LEVELS.of(text)


def funding_of(text: str) -> str | None:
    return _FUNDING.of(text)


def status_of(text: str) -> str | None:
    return _STATUSES.of(text)


def unit_of(text: str) -> str | None:
    """'KPM' -> 'KK', 'orang' -> 'jiwa', 'unit' -> 'unit rumah'; None when unknown."""
    return _UNITS.of(text)
