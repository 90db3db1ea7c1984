"""The import route of a "Program per tingkat" file (the programme register's template).

:func:`welfare.importing.check` reads a file once; when a sheet has a header row naming the
register's columns (``program``, ``tingkat`` and ``sasaran`` at least; case, spaces and
underscores do not matter, title rows above it are skipped), the file is a register file and
comes here instead of the indicator checks. Every row goes through
:func:`welfare.register.records.check_activity`; each problem becomes an
:class:`~welfare.importing.report.Issue` naming the sheet, row, column letter and column title.
Errors block the whole file, warnings (realised above plan) need a confirmation, info lines
(how "Rp 1,2 M" was read) are shown. Two rows with the same identity
(:func:`welfare.register.store.identity`) are an error naming both rows.

What the store says about the rows, and the write, are :mod:`welfare.importing.register_write`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from welfare.importing.file_checks import REFERENCE_SHEETS, OpenedFile
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.reader import MAX_ROWS, Sheet, Workbook, column_letter, formula_reason
from welfare.importing.report import ERROR, INFO, ImportReport, Issue, format_number
from welfare.importing.sheet_table import HEADER_SCAN_ROWS, ROW_TOTAL_KEYS

# Modules, not their names: both import this package (names, numbers; the writer's lock), so
# their names are read when a file is checked, not when this module is imported.
from welfare.register import records
from welfare.register import store as register_store

# The columns that make a header row a register header (and the file a register file).
KEY_COLUMNS = ("program", "tingkat", "sasaran")
# Other titles staff write for a template column (normalised).
ALIASES = {
    "nama program": "program",
    "program kegiatan": "program",
    "tingkat pemerintahan": "tingkat",
    "kelompok sasaran": "sasaran",
    "sasaran program": "sasaran",
    "instansi pelaksana": "instansi",
    "pelaksana": "instansi",
    "kode bps": "kode_wilayah",
    "kode kemendagri": "kode_wilayah",
    "wilayah": "kode_wilayah",
    "kabupaten kota": "kode_wilayah",
    "kab kota": "kode_wilayah",
    "anggaran": "anggaran_rp",
    "anggaran rupiah": "anggaran_rp",
    "sumber data": "sumber",
    "keterangan": "catatan",
}
_IGNORED = frozenset({"no", "nomor", "no urut", "nomor urut", "urut"})
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """Normalised column title -> template field."""
    return {normalise(name): name for name in records.FIELDS} | ALIASES


@dataclass(frozen=True)
class RegisterHeader:
    """Where a sheet's register header is and which column holds which template field."""

    row: int  # 0-based
    columns: dict[str, int]  # field -> 0-based column
    titles: dict[str, str]  # field -> the column title as written
    unknown: tuple[tuple[int, str], ...] = ()  # columns whose title is no template field
    repeated: tuple[tuple[str, int, int], ...] = ()  # (field, first column, repeated column)


@dataclass(frozen=True)
class RegisterRow:
    """One activity row as read: its cells and, when it passed, the values the store keeps."""

    sheet: str | None
    row: int  # 1-based
    cells: dict[str, object]  # field -> the cell as read (None when empty or refused)
    columns: dict[str, tuple[str, str]]  # field -> (column letter, title as written)
    values: dict[str, object] | None = None  # None: the row has errors


@dataclass(frozen=True)
class RegisterCheck:
    """The register rows of a file, in reading order."""

    rows: tuple[RegisterRow, ...]

    @property
    def records(self) -> list[dict[str, object]]:
        return [r.values for r in self.rows if r.values is not None]


@dataclass(frozen=True)
class RegisterFileCheck:
    report: ImportReport
    register: RegisterCheck | None = None  # None: no rows could be read at all


def find_header(sheet: Sheet) -> RegisterHeader | None:
    """The first of the top rows that names ``program``, ``tingkat`` and ``sasaran``; never in
    a sheet named like a catalogue or instructions (the template's "Katalog" lists programmes,
    target groups and levels side by side)."""
    if sheet.name is not None and normalise(sheet.name) in REFERENCE_SHEETS:
        return None
    for r in range(min(HEADER_SCAN_ROWS, sheet.n_rows)):
        found: dict[str, int] = {}
        titles: dict[str, str] = {}
        unknown: list[tuple[int, str]] = []
        repeated: list[tuple[str, int, int]] = []
        for c, value in enumerate(sheet.cells[r]):
            if value is None or (r, c) in sheet.merged_from:
                continue
            key = normalise(str(value))
            name = _titles().get(key)
            if name is None:
                if key and key not in _IGNORED:
                    unknown.append((c, " ".join(str(value).split())))
            elif name in found:
                repeated.append((name, found[name], c))
            else:
                found[name], titles[name] = c, " ".join(str(value).split())
        if all(k in found for k in KEY_COLUMNS):
            return RegisterHeader(r, found, titles, tuple(unknown), tuple(repeated))
    return None


def is_register(workbook: Workbook) -> bool:
    """True when a sheet of the workbook has a register header row."""
    return any(find_header(sheet) is not None for sheet in workbook.sheets)


def _issue(
    level: str,
    code: str,
    reason: str,
    sheet: Sheet,
    row: int | None = None,
    column: tuple[str, str] | None = None,
) -> Issue:
    letter, title = column if column else (None, None)
    return Issue(level, code, reason, sheet.name, row, letter, title)  # type: ignore[arg-type]


def _header_issues(sheet: Sheet, header: RegisterHeader) -> list[Issue]:
    issues = []
    at = header.row + 1
    for name, first, again in header.repeated:
        issues.append(
            _issue(
                ERROR,
                "repeated_column",
                f"kolom {name} muncul dua kali (kolom {column_letter(first)} dan "
                f"{column_letter(again)}); hapus salah satu.",
                sheet,
                at,
                (column_letter(again), name),
            )
        )
    for name in records.REQUIRED:
        if name not in header.columns:
            issues.append(
                _issue(
                    ERROR,
                    "missing_column",
                    f"kolom wajib '{name}' tidak ada di baris judul kolom "
                    f"({records.FIELDS[name]}); pakai templat Program per tingkat.",
                    sheet,
                    at,
                )
            )
    for c, title in header.unknown:
        issues.append(
            _issue(
                INFO,
                "column_skipped",
                "judul kolom ini bukan kolom templat Program per tingkat; kolom dilewati.",
                sheet,
                at,
                (column_letter(c), title),
            )
        )
    return issues


def _rows(sheet: Sheet, header: RegisterHeader) -> Iterator[tuple[int, dict[str, object]]]:
    """(0-based row, field -> cell) of every non-empty row below the header."""
    for r in range(header.row + 1, sheet.n_rows):
        cells = {name: sheet.value(r, c) for name, c in header.columns.items()}
        filled = [v for v in cells.values() if v is not None]
        if not filled:
            continue
        if r == header.row + 1 and all(_NUMBERING.match(str(v).strip()) for v in filled):
            continue  # the column numbering some offices put under the titles: (1) (2) ...
        yield r, cells


def _read_sheet(
    sheet: Sheet, header: RegisterHeader, resolver: RegionResolver
) -> tuple[list[RegisterRow], list[Issue]]:
    rows: list[RegisterRow] = []
    issues = _header_issues(sheet, header)
    if any(i.level == ERROR for i in issues):
        return rows, issues
    columns = {name: (column_letter(c), header.titles[name]) for name, c in header.columns.items()}
    for r, cells in _rows(sheet, header):
        if normalise(str(cells.get("program") or "")) in ROW_TOTAL_KEYS:
            issues.append(_issue(INFO, "total_row", "baris jumlah dilewati.", sheet, r + 1))
            continue
        refused: set[str] = set()
        for name, c in header.columns.items():
            if (r, c) in sheet.formulas:
                reason = formula_reason(sheet.formulas[(r, c)])
            elif (r, c) in sheet.errors:
                reason = f"sel berisi galat Excel ({sheet.errors[(r, c)]}); isi dengan nilainya."
            else:
                continue
            issues.append(_issue(ERROR, "formula", reason, sheet, r + 1, columns[name]))
            refused.add(name)
            cells[name] = None
        checked = records.check_activity(cells, resolver)
        for p in checked.problems:
            if p.field in refused:
                continue  # the cell's own refusal says it already
            issues.append(_issue(p.level, p.code, p.reason, sheet, r + 1, columns.get(p.field)))
        values = checked.values if not refused else None
        rows.append(RegisterRow(sheet.name, r + 1, cells, columns, values))
    return rows, issues


def _skipped(sheet: Sheet) -> Issue:
    values = [v for row in sheet.cells for v in row if v is not None]
    if not values:
        return _issue(INFO, "sheet_skipped", "lembar kosong; dilewati.", sheet)
    if sheet.name is not None and normalise(sheet.name) in REFERENCE_SHEETS:
        reason = "lembar petunjuk atau katalog, bukan tabel data; dilewati."
        return _issue(INFO, "sheet_skipped", reason, sheet)
    if not any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return _issue(INFO, "sheet_skipped", "lembar ini hanya berisi teks; dilewati.", sheet)
    return _issue(
        ERROR,
        "mixed_tables",
        "lembar ini bukan tabel Program per tingkat (tidak ada baris judul dengan kolom "
        "program, tingkat dan sasaran), padahal lembar lain berkas ini berisi tabel program. "
        "Impor tabel indikator dalam berkas tersendiri.",
        sheet,
    )


def _duplicates(rows: list[RegisterRow], several_sheets: bool) -> list[Issue]:
    """Two rows with the same identity are one activity written twice: both rows named."""
    issues = []
    first: dict[str, RegisterRow] = {}
    for row in rows:
        if row.values is None:
            continue
        uid = register_store.identity(row.values)
        if uid not in first:
            first[uid] = row
            continue
        other = first[uid]
        where = f"baris {other.row}"
        if several_sheets and other.sheet != row.sheet:
            where += f" lembar '{other.sheet}'"
        issues.append(
            Issue(
                ERROR,
                "duplicate_activity",
                f"kegiatan ini sama dengan {where} (wilayah, kecamatan, tahun, program, tingkat, "
                "sumber dana dan kelompok sasaran sama); gabungkan kedua baris atau bedakan "
                "salah satu kolom itu.",
                row.sheet,
                row.row,
                *row.columns.get("program", (None, None)),
            )
        )
    return issues


def check_register(opened: OpenedFile, resolver: RegionResolver) -> RegisterFileCheck:
    """Read every register sheet of ``opened`` (a readable workbook) and check each row."""
    report = opened.report
    report.register = True
    workbook = opened.workbook
    assert workbook is not None
    rows: list[RegisterRow] = []
    issues: list[Issue] = []
    order = {sheet.name: i for i, sheet in enumerate(workbook.sheets)}
    registers = 0
    for sheet in workbook.sheets:
        header = find_header(sheet)
        if header is None:
            issues.append(_skipped(sheet))
            continue
        registers += 1
        found, problems = _read_sheet(sheet, header, resolver)
        rows += found
        issues += problems
    if len(rows) > MAX_ROWS:
        report.add(
            Issue(
                ERROR,
                "too_many_rows",
                f"berkas berisi {format_number(len(rows))} baris kegiatan; batasnya "
                f"{format_number(MAX_ROWS)} baris. Pisahkan per tahun atau per wilayah.",
            )
        )
        return RegisterFileCheck(report)
    issues += _duplicates(rows, registers > 1)
    issues.sort(
        key=lambda i: (order.get(i.sheet, -1), i.row or 0, len(i.column or ""), i.column or "")
    )
    report.extend(issues)
    register = RegisterCheck(tuple(rows))
    records = register.records
    report.rows_read = len(rows)
    report.rows_accepted = len(records)
    report.values = len(records)
    report.years = sorted({int(v["year"]) for v in records})  # type: ignore[call-overload]
    if not rows and not report.errors_total:
        report.add(
            Issue(
                ERROR,
                "no_values",
                "berkas tidak berisi satu pun kegiatan di bawah baris judul kolom.",
            )
        )
    return RegisterFileCheck(report, register)
