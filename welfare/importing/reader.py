"""Read an uploaded CSV or XLSX file from bytes into plain grids of cell values.

Safety first: the size is checked before parsing, an XLSX (a zip) is inspected for its entry
count and uncompressed size before openpyxl opens it, formulas are read as text and never
evaluated, and the file name is only ever displayed (the bytes are read from memory).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

# Limits for one uploaded file.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000  # non-empty rows over all sheets
MAX_COLUMNS = 200
MAX_SHEETS = 50
MAX_ZIP_ENTRIES = 500
# An xlsx is deflated XML; real Dinsos workbooks unpack to a few MB. zipfile never yields
# more than an entry's declared size (a lying header fails the CRC check), so checking the
# declared sizes bounds what openpyxl can inflate.
MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024


class FileRefused(Exception):
    """The file cannot be read at all; ``reason`` is Bahasa Indonesia."""

    def __init__(self, reason: str, code: str = "unreadable") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass
class Sheet:
    name: str | None  # None for CSV
    cells: list[list[object]]  # dense, 0-based; merged ranges filled with the anchor's value
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (r, c) -> "=..."
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # Excel errors "#DIV/0!"
    merged_from: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    @property
    def n_rows(self) -> int:
        return len(self.cells)

    def value(self, r: int, c: int) -> object:
        if 0 <= r < len(self.cells) and 0 <= c < len(self.cells[r]):
            return self.cells[r][c]
        return None


@dataclass
class Workbook:
    file_format: str  # "csv" | "xlsx"
    sheets: list[Sheet]


def column_letter(index: int) -> str:
    """0-based column index -> "A", "B", ..."""
    return get_column_letter(index + 1)


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
        return _read_xlsx(data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise FileRefused(
            "format .xls (Excel 97-2003) tidak didukung; simpan ulang sebagai .xlsx atau CSV.",
            "unsupported_format",
        )
    if b"\x00" in data[:4096]:
        raise FileRefused(
            "berkas bukan CSV atau XLSX yang dapat dibaca; gunakan templat CSV atau XLSX.",
            "unsupported_format",
        )
    return _read_csv(data)


# -- CSV ------------------------------------------------------------------------------------
def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page (cp1252 in Indonesia).
        return data.decode("cp1252", errors="replace")


def _pick_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number (>1) of fields."""
    best, best_score = ";", (-1, -1)
    for delim in (";", ",", "\t", "|"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delim)]
        multi = [n for n in counts if n > 1]
        if not multi:
            continue
        modal = max(set(multi), key=multi.count)
        score = (multi.count(modal), modal)
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(data: bytes) -> Workbook:
    text = _decode(data)
    lines = text.splitlines()
    non_empty = [line for line in lines if line.strip(" ;,\t|")]
    if len(non_empty) > MAX_ROWS:
        raise FileRefused(
            f"berkas berisi {len(non_empty):,} baris; batasnya {MAX_ROWS:,} baris."
            .replace(",", "."),
            "too_many_rows",
        )
    delim = _pick_delimiter(non_empty[:50])
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    except csv.Error as exc:
        raise FileRefused(f"CSV tidak dapat dibaca ({exc}).", "unreadable") from exc
    width = max((len(r) for r in rows), default=0)
    if width > MAX_COLUMNS:
        raise FileRefused(
            f"berkas berisi {width} kolom; batasnya {MAX_COLUMNS}.", "too_many_columns"
        )
    cells: list[list[object]] = []
    formulas: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows):
        out: list[object] = []
        for c, value in enumerate(row):
            value = value.strip()
            if value.startswith("=") and len(value) > 1:
                formulas[(r, c)] = value
            out.append(value or None)
        out.extend([None] * (width - len(out)))
        cells.append(out)
    _trim(cells)
    return Workbook("csv", [Sheet(None, cells, formulas)])


# -- XLSX -----------------------------------------------------------------------------------
def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except zipfile.BadZipFile as exc:
        raise FileRefused("berkas XLSX rusak atau bukan XLSX.", "unreadable") from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileRefused(
            f"berkas XLSX berisi {len(infos)} bagian internal (batas {MAX_ZIP_ENTRIES}); "
            "berkas ditolak demi keamanan.",
            "zip_bomb",
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise FileRefused(
            f"isi berkas XLSX setelah dibuka {total / 1024 / 1024:.0f} MB (batas "
            f"{MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB); berkas ditolak demi keamanan.",
            "zip_bomb",
        )
    if "xl/workbook.xml" not in names:
        raise FileRefused(
            "berkas zip ini bukan buku kerja Excel (.xlsx); gunakan templat CSV atau XLSX.",
            "unsupported_format",
        )


def _read_xlsx(data: bytes) -> Workbook:
    _check_zip(data)
    import openpyxl

    try:
        # data_only=False: formulas come back as their text and are never evaluated.
        # Not read_only: merged ranges are only available on a fully loaded sheet.
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=False, read_only=False)
    except Exception as exc:  # openpyxl raises many kinds on corrupt input
        raise FileRefused("berkas XLSX rusak dan tidak dapat dibaca.", "unreadable") from exc
    try:
        if len(wb.worksheets) > MAX_SHEETS:
            raise FileRefused(
                f"buku kerja berisi {len(wb.worksheets)} lembar; batasnya {MAX_SHEETS}.",
                "too_many_sheets",
            )
        sheets = []
        total_rows = 0
        for ws in wb.worksheets:
            sheet = _sheet_from_ws(ws)
            total_rows += sum(1 for row in sheet.cells if any(v is not None for v in row))
            if total_rows > MAX_ROWS:
                raise FileRefused(
                    f"buku kerja berisi lebih dari {MAX_ROWS:,} baris terisi.".replace(",", "."),
                    "too_many_rows",
                )
            sheets.append(sheet)
    finally:
        wb.close()
    return Workbook("xlsx", sheets)


def _sheet_from_ws(ws) -> Sheet:  # noqa: ANN001 - openpyxl Worksheet
    # ws._cells holds only the cells present in the file; iterating ws.max_row x ws.max_column
    # would materialise a million empty cells for a sheet with one stray formatted cell.
    present = {key: cell for key, cell in getattr(ws, "_cells", {}).items()}
    used = {key: cell for key, cell in present.items() if cell.value is not None}
    if not used and not ws.merged_cells.ranges:
        return Sheet(ws.title, [])
    max_row = max((r for r, _ in used), default=0)
    max_col = max((c for _, c in used), default=0)
    for rng in ws.merged_cells.ranges:
        if (rng.min_row, rng.min_col) in used:
            max_row = max(max_row, rng.max_row)
            max_col = max(max_col, rng.max_col)
    if max_col > MAX_COLUMNS:
        raise FileRefused(
            f"lembar '{ws.title}' memakai kolom sampai {get_column_letter(max_col)}; batasnya "
            f"{MAX_COLUMNS} kolom.",
            "too_many_columns",
        )
    if max_row > MAX_ROWS:
        raise FileRefused(
            f"lembar '{ws.title}' memakai baris sampai {max_row:,}; batasnya {MAX_ROWS:,} "
            "baris.".replace(",", "."),
            "too_many_rows",
        )
    cells: list[list[object]] = [[None] * max_col for _ in range(max_row)]
    formulas: dict[tuple[int, int], str] = {}
    errors: dict[tuple[int, int], str] = {}
    for (r, c), cell in used.items():
        value = cell.value
        key = (r - 1, c - 1)
        if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
            # ArrayFormula/DataTableFormula objects carry their text in .text
            text = value if isinstance(value, str) else getattr(value, "text", None) or "="
            formulas[key] = str(text)
            value = str(text)
        elif cell.data_type == "e":
            errors[key] = str(value)
        if isinstance(value, str):
            value = value.strip() or None
        cells[r - 1][c - 1] = value
    merged_from: dict[tuple[int, int], tuple[int, int]] = {}
    for rng in ws.merged_cells.ranges:
        anchor = (rng.min_row - 1, rng.min_col - 1)
        if anchor[0] >= max_row or anchor[1] >= max_col:
            continue
        anchor_value = cells[anchor[0]][anchor[1]]
        for r in range(rng.min_row - 1, min(rng.max_row, max_row)):
            for c in range(rng.min_col - 1, min(rng.max_col, max_col)):
                if (r, c) != anchor:
                    cells[r][c] = anchor_value
                    merged_from[(r, c)] = anchor
    _trim(cells)
    return Sheet(ws.title, cells, formulas, errors, merged_from)


def _trim(cells: list[list[object]]) -> None:
    while cells and all(v is None for v in cells[-1]):
        cells.pop()
