"""What the file reader returns and refuses: cell grids (:class:`Sheet`, :class:`Workbook`),
the refusal (:class:`FileRefused`) and the limits every format path enforces.

Separate from :mod:`welfare.importing.reader` so the per-format modules (CSV, the zip scans,
calamine, the grid builder) share one vocabulary without importing the public reader, which
imports them. Callers keep importing these names from :mod:`welfare.importing.reader`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

# Limits for one uploaded file.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000  # data rows (regency x year rows) over all sheets; checked after reading
# The reader itself counts every row: title, header, numbering and note rows come on top of
# the data rows, so it refuses only files well beyond what the data-row limit can accept.
MAX_RAW_ROWS = MAX_ROWS + 100
MAX_COLUMNS = 200
MAX_SHEETS = 50
MAX_ZIP_ENTRIES = 500
# An xlsx/ods is deflated XML; real Dinsos workbooks unpack to a few MB. zipfile never yields
# more than an entry's declared size (a lying header fails the CRC check), so checking the
# declared sizes bounds what any parser can inflate.
MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024

ACCEPTED = ".xlsx, .xls, .ods atau .csv"
FORMAT_LABELS = {"xlsx": "XLSX", "ods": "ODS", "xls": "XLS", "zip": "zip"}  # in messages


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
    # Formula cells WITHOUT a saved value: (r, c) -> "=..." ("" when the text is unknown).
    # A formula with a saved value is just that value in ``cells``; a CSV cell starting with
    # "=" is listed here, since a CSV has no saved values.
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # "#DIV/0!", also saved
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
    file_format: str  # "csv" | "xlsx" | "xls" | "ods"
    sheets: list[Sheet]


def column_letter(index: int) -> str:
    """0-based column index -> "A", "B", ..."""
    return get_column_letter(index + 1)


def formula_reason(formula: str) -> str:
    """Why a formula cell without a saved value is refused (Bahasa Indonesia)."""
    shown = f" ({formula[:40]})" if formula and formula != "=" else ""
    return (
        f"sel berisi rumus{shown} tanpa nilai tersimpan; rumus tidak dihitung di sini. Buka "
        "berkas di Excel/LibreOffice, simpan ulang, lalu unggah lagi."
    )
