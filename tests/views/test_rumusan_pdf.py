"""The "Rumusan rapat" A4 PDF (views.rumusan_pdf), read back as text with pdftotext: the
meeting's date and place, the numbered list with each rumusan's facts and targets, the
signature block ready to sign, page numbers on a long list, DATA CONTOH on an example
meeting, and typed text drawn as typed (no math, no markup)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from views.rumusan_pdf import A4_MM, wrap, write_pdf
from welfare.rumusan.drafts import IndicatorLink, Party, RegionRef
from welfare.rumusan.stored import StoredMeeting, StoredRumusan

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")
NOW = datetime(2026, 5, 12, 3, 0, tzinfo=UTC)
MEETING = StoredMeeting(
    1, "Rakor PMKS Kalimantan Timur 2026", date(2026, 5, 12), "Samarinda", "64", False, 1,
    "sari", NOW, "sari", NOW,
)  # fmt: skip


def rumusan(number: int, text: str, **changes: object) -> StoredRumusan:
    base = StoredRumusan(
        id=number,
        meeting=MEETING,
        number=number,
        text=text,
        kind="program",
        parties=(Party("dinsos_kabkota", "Dinas Sosial Kabupaten Penajam Paser Utara", "6409"),),
        regions=(RegionRef("6409", "6409"), RegionRef("64.09.04", "6409")),
        indicators=(IndicatorLink("kpm_pkh", "6409", 90.0, ">=", 2026),),
        deadline=date(2026, 12, 31),
        status="belum_dimulai",
        version=1,
        is_example=False,
        created_by="sari",
        created_at=NOW,
        updated_by="sari",
        updated_at=NOW,
    )
    return replace(base, **changes)


def pdf_text(data: bytes, tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "rumusan.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1)) if info else text.count("\f")
    return text, pages


def test_numbered_list_with_date_place_and_signature(tmp_path: Path) -> None:
    items = [
        rumusan(2, "Dinas Sosial memutakhirkan DTSEN setiap triwulan."),
        rumusan(1, "Naikkan cakupan PKH di PPU.\nb. Laporkan tiap bulan.", status="selesai"),
    ]
    text, pages = pdf_text(write_pdf(MEETING, items, "id"), tmp_path)
    assert pages == 1
    flat = " ".join(text.split())
    assert "RUMUSAN RAPAT" in flat and "Rakor PMKS Kalimantan Timur 2026" in flat
    facts = "Tanggal: 12 Mei 2026 · Tempat: Samarinda · Tuan rumah: Provinsi Kalimantan Timur"
    assert facts in flat
    # By number, whatever the order given; line breaks of the text kept.
    assert flat.index("1. Naikkan cakupan PKH di PPU.") < flat.index("2. Dinas Sosial")
    assert re.search(r"Naikkan cakupan PKH di PPU\.\s*\n\s*b\. Laporkan tiap bulan\.", text)
    assert "Penanggung jawab: Dinas Sosial Kabupaten Penajam Paser Utara" in flat
    assert "Wilayah: Penajam Paser Utara, Kec. Sepaku" in flat
    assert "Batas waktu: 31 Desember 2026" in flat
    assert "Indikator: target cakupan PKH PPU ≥ 90 % pada 2026" in flat
    # What was decided, ready to sign: no follow-up status in it.
    assert "Selesai" not in flat and "Belum dimulai" not in flat
    assert "Ditetapkan di Samarinda, 12 Mei 2026" in flat
    assert "Pimpinan rapat" in flat and "Sekretaris rapat" in flat and "NIP." in flat
    assert "halaman 1 dari 1" in flat and "DATA CONTOH" not in flat


def test_a_long_list_takes_numbered_pages_and_signs_on_the_last(tmp_path: Path) -> None:
    long = "Pemerintah kabupaten/kota menganggarkan pemutakhiran data sosial ekonomi. " * 12
    items = [rumusan(n, f"{n}: {long}") for n in range(1, 31)]
    text, pages = pdf_text(write_pdf(MEETING, items, "id"), tmp_path)
    assert pages >= 4
    pieces = text.split("\f")
    assert f"halaman {pages} dari {pages}" in pieces[pages - 1]
    assert "Pimpinan rapat" in pieces[pages - 1]
    assert all("Pimpinan rapat" not in p for p in pieces[: pages - 1])
    flat = " ".join(text.split())
    for n in (1, 15, 30):
        assert f"{n}. {n}: Pemerintah" in flat
    # A word longer than the line is cut, never drawn past the margin.
    width = (A4_MM[0] / 25.4 * 72) - 2 * 56
    assert all(len(line) < 200 for line in wrap("x" * 600, width, 10.5))


def test_typed_text_is_drawn_as_typed_and_example_says_so(tmp_path: Path) -> None:
    example = replace(MEETING, name="CONTOH - Rakor", is_example=True)
    typed = "Anggaran $5$ juta <b>tebal</b> **bintang** =SUM(A1)"
    text, _ = pdf_text(write_pdf(example, [rumusan(1, typed, meeting=example)], "id"), tmp_path)
    flat = " ".join(text.split())
    assert typed in flat
    assert "DATA CONTOH" in flat and "bukan keputusan rapat" in flat


def test_english_and_a_meeting_without_rumusan(tmp_path: Path) -> None:
    text, _ = pdf_text(write_pdf(MEETING, [], "en"), tmp_path)
    flat = " ".join(text.split())
    assert "RESOLUTIONS OF THE MEETING" in flat
    assert "Date: 12 May 2026 · Place: Samarinda" in flat
    assert "This meeting has no recorded resolution yet." in flat
    assert "Decided at Samarinda, 12 May 2026" in flat
