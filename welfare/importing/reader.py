"""Read an uploaded spreadsheet (.xlsx, .xls, .ods or .csv) from bytes into plain cell grids.

Regencies send what their office software saves: Excel workbooks (.xlsx and the older .xls),
LibreOffice workbooks (.ods) and "CSV" from Excel on Indonesian Windows (``;``-separated,
Windows-1252). The format is detected from the content, never from the file name, which is
only ever displayed.

Values come from python-calamine. A formula cell is read by the value the spreadsheet program
saved with it and is never evaluated; a formula cell without a saved value ends up in
:attr:`Sheet.formulas` so the checks can refuse exactly that cell.

python-calamine 0.9.1 gives cell values and, for .xlsx and .xls, merged ranges. It does not say
which cells hold a formula, and it turns error cells ("#DIV/0!") into empty cells. It also
allocates the whole rectangle between the first and the last used cell before Python sees
anything: a 5 KB .xlsx with cells in A1 and XFD1048576 makes it abort the process. So before
calamine opens a zip workbook, a streaming scan of the sheet XML (xlsx) or content.xml (ods)
bounds the used area and collects formulas without saved values, error cells and, for .ods,
merged ranges. The .xls path has no such scan (see :mod:`.calamine_read` for its limits).

Safety: the size is checked before parsing, zip workbooks (.xlsx, .ods) are checked for their
entry count and unpacked size before any XML is read, and there are limits on rows, columns
and sheets.

This module is the public entry: :func:`read_file` picks the path by content, and the names
callers use (:class:`Sheet`, :class:`Workbook`, :class:`FileRefused`, the limits,
:func:`column_letter`, :func:`formula_reason`) are importable from here. The stages live in:

- :mod:`.workbook`: the returned grids, the refusal and the limits;
- :mod:`.csv_file`: CSV encoding, delimiter and cells;
- :mod:`.zip_workbook`: zip-bomb checks, format detection, the XML stream, the scan result;
- :mod:`.xlsx_scan` and :mod:`.ods_scan`: the pre-scan of each zip format;
- :mod:`.calamine_read`: the values through calamine, sheet by sheet;
- :mod:`.sheet_grid`: one sheet's grid (merges, formulas, errors, extent, trimming).
"""

from __future__ import annotations

from welfare.importing.calamine_read import read_with_calamine
from welfare.importing.csv_file import read_csv
from welfare.importing.ods_scan import scan_ods
from welfare.importing.workbook import (
    ACCEPTED,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_RAW_ROWS,
    MAX_ROWS,
    MAX_SHEETS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
    FileRefused,
    Sheet,
    Workbook,
    column_letter,
    formula_reason,
)
from welfare.importing.xlsx_scan import scan_xlsx
from welfare.importing.zip_workbook import ODS_MIMETYPE, open_zip

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = [
    "ACCEPTED",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_RAW_ROWS",
    "MAX_ROWS",
    "MAX_SHEETS",
    "MAX_UNCOMPRESSED_BYTES",
    "MAX_ZIP_ENTRIES",
    "ODS_MIMETYPE",
    "OLE2_SIGNATURE",
    "FileRefused",
    "Sheet",
    "Workbook",
    "column_letter",
    "formula_reason",
    "read_file",
]


def read_file(data: bytes) -> Workbook:
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused(
            f"berkas terlalu besar ({len(data) / 1024 / 1024:.1f} MB); batasnya "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB. Pisahkan data per tahun atau per kelompok.",
            "file_too_large",
        )
    if not data.strip():
        raise FileRefused("berkas kosong.", "empty_file")
    if data[:4] == b"PK\x03\x04":
        return _read_zip_workbook(data)
    if data[:8] == OLE2_SIGNATURE:
        return _read_xls(data)
    if b"\x00" in data[:4096]:
        raise FileRefused(
            f"berkas bukan {ACCEPTED} yang dapat dibaca; simpan ulang dalam salah satu format "
            "itu atau gunakan templat.",
            "unsupported_format",
        )
    return read_csv(data)


def _read_zip_workbook(data: bytes) -> Workbook:
    zf, kind = open_zip(data)
    with zf:
        scans = scan_xlsx(zf) if kind == "xlsx" else scan_ods(zf)
    return read_with_calamine(data, kind, scans)


def _read_xls(data: bytes) -> Workbook:
    return read_with_calamine(data, "xls", None)
