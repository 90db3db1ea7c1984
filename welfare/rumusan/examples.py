"""A demonstration meeting with three rumusan, marked as example data (DATA CONTOH).

No rumusan of a Kaltim rakor is public, so Serambi starts with none and invents none. This
meeting exists only to show the pages and slides on a store without real rumusan: it is
created on request (:func:`add_example_meeting`, e.g. a "lihat contoh" button or a test),
never by :func:`welfare.store.ensure_ready`; every row has ``is_example`` set, every text
starts with "CONTOH", and the UI marks it DATA CONTOH like example numbers. It is a meeting
of its own, so example rumusan never mix into a real meeting.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, select

from welfare.models import Meeting
from welfare.rumusan import notes, store
from welfare.rumusan.drafts import MeetingDraft

EXAMPLE_USER = "contoh"
EXAMPLE_MEETING = MeetingDraft(
    name="CONTOH - Rakor kesejahteraan sosial (data contoh, bukan rapat sungguhan)",
    held_on=date(2025, 11, 20),
    place="Samarinda (contoh)",
    host_kode="64",
    is_example=True,
)
EXAMPLE_RUMUSAN: tuple[dict[str, object], ...] = (
    {
        "rumusan": "CONTOH: Dinas Sosial kabupaten/kota memutakhirkan data DTSEN setiap triwulan "
        "dan melaporkannya kepada Dinas Sosial Provinsi.",
        "jenis": "data",
        "penanggung_jawab": "Dinsos kab/kota; Dinsos provinsi",
        "wilayah": "semua",
        "batas_waktu": "31 Maret 2026",
        "status": "berjalan",
        "indikator": "kpm_pkh",
        "wilayah_indikator": "6409",
        "arah": ">=",
        "target": "90",
        "tahun_target": "2026",
    },
    {
        "rumusan": "CONTOH: Pemerintah kabupaten menyusun rencana aksi penurunan kemiskinan di "
        "sekitar IKN.",
        "jenis": "kebijakan",
        "penanggung_jawab": "Dinsos PPU",
        "wilayah": "6409, 64.09.04",
        "batas_waktu": "30 Juni 2026",
        "status": "belum dimulai",
        "indikator": "penduduk_miskin_persen",
        "wilayah_indikator": "6409",
        "arah": "<=",
        "target": "6,0",
        "tahun_target": "2026",
    },
    {
        "rumusan": "CONTOH: Rapat koordinasi teknis PMKS diadakan setiap semester.",
        "jenis": "kelembagaan",
        "penanggung_jawab": "Dinsos provinsi",
        "wilayah": "semua",
        "batas_waktu": "31 Desember 2025",
        "status": "selesai",
    },
)
EXAMPLE_NOTE = {
    "tanggal": "15 Desember 2025",
    "penulis": "contoh",
    "catatan": "CONTOH: rapat teknis semester II sudah diadakan.",
    "bukti": "Notula rapat teknis (contoh)",
}


def add_example_meeting(engine: Engine) -> int:
    """Create the demonstration meeting once and return its id (the existing one if any)."""
    with engine.connect() as conn:
        found = conn.execute(
            select(Meeting.id).where(
                Meeting.is_example.is_(True),
                Meeting.name == EXAMPLE_MEETING.name,
                Meeting.deleted_at.is_(None),
            )
        ).scalar()
    if found is not None:
        return int(found)
    meeting = store.create_meeting(engine, EXAMPLE_MEETING, user=EXAMPLE_USER)
    assert meeting.ok and meeting.id is not None, meeting.message
    for values in EXAMPLE_RUMUSAN:
        added = store.add_rumusan(engine, meeting.id, values, user=EXAMPLE_USER)
        assert added.ok, added.message
        if values["status"] == "selesai" and added.id is not None:
            notes.add_note(engine, added.id, EXAMPLE_NOTE, user=EXAMPLE_USER)
    return meeting.id
