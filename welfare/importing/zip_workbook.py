"""The safe way into a zip workbook (.xlsx, .ods) and what its pre-scan finds per sheet.

python-calamine 0.9.1 does not say which cells hold a formula, turns error cells ("#DIV/0!")
into empty cells, and allocates the whole rectangle between the first and the last used cell
before Python sees anything: a 5 KB .xlsx with cells in A1 and XFD1048576 makes it abort the
process. So before calamine opens a zip workbook, a streaming scan of the sheet XML bounds the
used area and collects what calamine does not tell (:mod:`.xlsx_scan`, :mod:`.ods_scan`).

This module holds what both scans share: opening the zip after the zip-bomb checks (entry
count and unpacked size, before any XML is read), telling .xlsx from .ods by content, reading
an entry, the XML event stream, and :class:`Scan`, the result for one sheet. It is separate so
each format's scanner stays about its own XML.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree

from welfare.importing.workbook import (
    ACCEPTED,
    FORMAT_LABELS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
    FileRefused,
)

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def open_zip(data: bytes) -> tuple[zipfile.ZipFile, str]:
    """The opened zip and its kind ("xlsx" or "ods"), after the zip-bomb checks."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise FileRefused(
            f"berkas zip rusak atau bukan buku kerja; gunakan {ACCEPTED}.", "unreadable"
        ) from exc
    names = {i.filename for i in infos}
    kind = "zip"
    if "xl/workbook.xml" in names:
        kind = "xlsx"
    elif "mimetype" in names and zf.getinfo("mimetype").file_size <= 100:
        kind = "ods" if read_entry(zf, "mimetype").strip() == ODS_MIMETYPE else "zip"
    label = FORMAT_LABELS[kind]
    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileRefused(
            f"berkas {label} berisi {len(infos)} bagian internal (batas {MAX_ZIP_ENTRIES}); "
            "berkas ditolak demi keamanan.",
            "zip_bomb",
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise FileRefused(
            f"isi berkas {label} setelah dibuka {total / 1024 / 1024:.0f} MB (batas "
            f"{MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB); berkas ditolak demi keamanan.",
            "zip_bomb",
        )
    if kind == "zip":
        raise FileRefused(
            "berkas zip ini bukan buku kerja Excel (.xlsx) atau LibreOffice (.ods); gunakan "
            f"{ACCEPTED}.",
            "unsupported_format",
        )
    return zf, kind


def read_entry(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        return zf.read(name)
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
        raise FileRefused("berkas buku kerja rusak dan tidak dapat dibaca.", "unreadable") from exc


# -- the pre-scan: what calamine does not tell, and how far the used area reaches -------------
@dataclass
class Scan:
    """One sheet as seen by the XML scan; coordinates 0-based like calamine's."""

    rows: int = 0  # used area: one past the last row/column holding anything
    cols: int = 0
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # no saved value
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    def use(self, r: int, c: int, rows: int = 1, cols: int = 1) -> None:
        self.rows = max(self.rows, r + rows)
        self.cols = max(self.cols, c + cols)


def iterparse(
    raw: bytes, events: tuple[str, ...] = ("start", "end")
) -> Iterator[tuple[str, ElementTree.Element]]:
    # expat (bundled with Python 3.11) bounds entity amplification, and ElementTree never
    # fetches external entities; the zip checks already bound the size.
    try:
        yield from ElementTree.iterparse(io.BytesIO(raw), events=events)
    except ElementTree.ParseError as exc:
        raise FileRefused("berkas buku kerja rusak dan tidak dapat dibaca.", "unreadable") from exc
