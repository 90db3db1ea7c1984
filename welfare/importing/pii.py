"""Personal-data guard: the dashboard holds aggregates per kabupaten/kota, never people.

A file is refused when any cell holds a NIK/KK-like 16-digit number or when a column is headed
like a personal attribute (NIK, a person's name, address, date of birth, KK number, phone).
Findings name the cell, never its content, so no personal value reaches a report or a log.
"""

from __future__ import annotations

import re

from welfare.importing.names import normalise
from welfare.importing.reader import Workbook, column_letter
from welfare.importing.report import ERROR, Issue

LAW = "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"

# 16 digits, optionally grouped by single spaces, dots or dashes ("6472 0101 0101 0001").
_SIXTEEN_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?[0-9]){15}(?![0-9])", re.ASCII)

# Header text -> what kind of personal data it announces (exact, normalised).
_PERSONAL_EXACT: dict[str, str] = {
    **dict.fromkeys(
        [
            "nik",
            "no nik",
            "nomor nik",
            "nomor induk kependudukan",
            "no ktp",
            "nomor ktp",
            "nik ktp",
            "nik kk",
            "nik penerima",
            "nik kepala keluarga",
        ],
        "NIK",
    ),
    **dict.fromkeys(
        ["no kk", "nomor kk", "no kartu keluarga", "nomor kartu keluarga", "kartu keluarga"],
        "nomor KK",
    ),
    **dict.fromkeys(
        [
            "alamat",
            "alamat lengkap",
            "alamat rumah",
            "alamat domisili",
            "alamat tinggal",
            "alamat ktp",
            "alamat penerima",
        ],
        "alamat",
    ),
    **dict.fromkeys(
        [
            "tanggal lahir",
            "tgl lahir",
            "tempat lahir",
            "ttl",
            "tempat tanggal lahir",
            "tempat tgl lahir",
            "tanggal lahir umur",
        ],
        "tanggal lahir",
    ),
    **dict.fromkeys(
        [
            "no hp",
            "nomor hp",
            "no telp",
            "no telepon",
            "nomor telepon",
            "no wa",
            "email",
            "e mail",
            "no rekening",
            "nomor rekening",
        ],
        "kontak/rekening",
    ),
    "nama": "nama orang",
}
# Words that may follow "nama" in a header without it being a person's name.
_NAME_OF_PLACE_OR_THING = frozenset(
    {
        "wilayah",
        "daerah",
        "kabupaten",
        "kab",
        "kota",
        "kecamatan",
        "desa",
        "kelurahan",
        "provinsi",
        "indikator",
        "program",
        "kegiatan",
        "lembaga",
        "instansi",
        "dinas",
        "sumber",
        "variabel",
        "kategori",
        "jenis",
        "pmks",
        "ppks",
        "psks",
        "lks",
        "lksa",
        "panti",
        "yayasan",
        "organisasi",
        "bantuan",
        "lembar",
        "data",
        "tabel",
        "satuan",
        "bulan",
        "tahun",
    }
)


def personal_category(text: str) -> str | None:
    """What personal data a header announces ("NIK", "nama orang" ...), or None."""
    key = normalise(text)
    if not key:
        return None
    if key in _PERSONAL_EXACT:
        return _PERSONAL_EXACT[key]
    words = key.split()
    if words[0] == "nama" and len(words) <= 4 and words[1] not in _NAME_OF_PLACE_OR_THING:
        return "nama orang"  # "Nama Lengkap", "Nama KK", "Nama Penerima", "Nama Ibu Kandung"
    if len(words) <= 4 and ("tanggal lahir" in key or "tgl lahir" in key):
        return "tanggal lahir"
    return None


def _nik_like(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 10**15 <= abs(value) < 10**16
    if isinstance(value, float):
        return value.is_integer() and 1e15 <= abs(value) < 1e16
    if isinstance(value, str):
        return bool(_SIXTEEN_DIGITS.search(value))
    return False


def scan(workbook: Workbook, limit: int = 20) -> list[Issue]:
    """Findings (errors) without the personal values; empty when the file is clean."""
    findings: list[Issue] = []
    for sheet in workbook.sheets:
        seen_merged: set[tuple[int, int]] = set(sheet.merged_from)
        for r, row in enumerate(sheet.cells):
            for c, value in enumerate(row):
                if value is None or (r, c) in seen_merged:
                    continue
                if _nik_like(value):
                    reason = (
                        "sel berisi angka 16 digit yang menyerupai NIK atau nomor KK "
                        "(isinya tidak ditampilkan)."
                    )
                elif isinstance(value, str) and (category := personal_category(value)):
                    # The header text itself is not echoed: "Nama X" could be a real name.
                    reason = f"judul kolom menandakan data pribadi per orang ({category})."
                else:
                    continue
                findings.append(
                    Issue(ERROR, "personal_data", reason, sheet.name, r + 1, column_letter(c))
                )
                if len(findings) >= limit:
                    return _with_summary(findings)
    return _with_summary(findings) if findings else []


def _with_summary(findings: list[Issue]) -> list[Issue]:
    summary = Issue(
        ERROR,
        "personal_data",
        "berkas ditolak karena berisi data pribadi. Dasbor ini hanya menyimpan data agregat "
        "per kabupaten/kota; data pribadi seperti NIK, nama orang, alamat, tanggal lahir dan "
        f"nomor KK dilindungi {LAW} dan tidak boleh diunggah ke sini. Tidak ada isi berkas "
        "yang disimpan. Hapus kolom atau sel tersebut (atau unggah rekap per kabupaten/kota) "
        "lalu unggah ulang.",
    )
    return [summary, *findings]
