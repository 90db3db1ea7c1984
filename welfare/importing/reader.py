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
merged ranges. Limits of the .xls path (no scan of the binary BIFF records): calamine's own
extent is checked before its grid is copied into Python (a crafted .xls can still make it
allocate up to 65,536 x 256 cells, about 1 GB, for a moment); error cells and formulas without
a saved result read as empty cells, i.e. "no figure", never as a number. Excel always saves a
result with each formula in an .xls, so the latter only affects files written by other tools.

Safety: the size is checked before parsing, zip workbooks (.xlsx, .ods) are checked for their
entry count and unpacked size before any XML is read, and there are limits on rows, columns
and sheets.
"""

from __future__ import annotations

import csv
import io
import math
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from openpyxl.utils import get_column_letter

if TYPE_CHECKING:
    from python_calamine import CalamineSheet

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
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LABELS = {"xlsx": "XLSX", "ods": "ODS", "xls": "XLS", "zip": "zip"}


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
    return _read_csv(data)


# -- CSV ------------------------------------------------------------------------------------
def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page (cp1252 in Indonesia): "–" is
        # 0x96, "é" 0xE9. The five bytes cp1252 leaves undefined become U+FFFD.
        return data.decode("cp1252", errors="replace")


def _pick_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number (>1) of fields.

    Ties go to ";": Excel uses it when "," is the decimal mark, so "12,5" must not split.
    """
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
    if len(non_empty) > MAX_RAW_ROWS:
        raise FileRefused(
            f"berkas berisi {len(non_empty):,} baris; batasnya {MAX_ROWS:,} baris data.".replace(
                ",", "."
            ),
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


# -- zip workbooks: checks and format detection ---------------------------------------------
def _open_zip(data: bytes) -> tuple[zipfile.ZipFile, str]:
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
        kind = "ods" if _read_entry(zf, "mimetype").strip() == ODS_MIMETYPE else "zip"
    label = _LABELS[kind]
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


def _read_entry(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        return zf.read(name)
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
        raise FileRefused("berkas buku kerja rusak dan tidak dapat dibaca.", "unreadable") from exc


def _read_zip_workbook(data: bytes) -> Workbook:
    zf, kind = _open_zip(data)
    with zf:
        scans = _scan_xlsx(zf) if kind == "xlsx" else _scan_ods(zf)
    return _read_with_calamine(data, kind, scans)


# -- the pre-scan: what calamine does not tell, and how far the used area reaches -------------
@dataclass
class _Scan:
    """One sheet as seen by the XML scan; coordinates 0-based like calamine's."""

    rows: int = 0  # used area: one past the last row/column holding anything
    cols: int = 0
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # no saved value
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    def use(self, r: int, c: int, rows: int = 1, cols: int = 1) -> None:
        self.rows = max(self.rows, r + rows)
        self.cols = max(self.cols, c + cols)


def _iterparse(
    raw: bytes, events: tuple[str, ...] = ("start", "end")
) -> Iterator[tuple[str, ElementTree.Element]]:
    # expat (bundled with Python 3.11) bounds entity amplification, and ElementTree never
    # fetches external entities; the zip checks already bound the size.
    try:
        yield from ElementTree.iterparse(io.BytesIO(raw), events=events)
    except ElementTree.ParseError as exc:
        raise FileRefused("berkas buku kerja rusak dan tidak dapat dibaca.", "unreadable") from exc


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")


def _cell_ref(ref: str) -> tuple[int, int] | None:
    """ "B12" -> (11, 1), 0-based; None when it is not a cell reference."""
    m = _REF.fullmatch(ref)
    if m is None:
        return None
    return int(m.group(2)) - 1, _column_index(m.group(1).upper())


@lru_cache(maxsize=1024)
def _column_index(letters: str) -> int:
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - 64
    return col - 1


def _xlsx_sheet_paths(zf: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet name -> path of its XML inside the zip."""
    targets: dict[str, str] = {}
    rels = ElementTree.fromstring(_read_entry(zf, "xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id", "")] = posixpath.normpath(path)
    paths: dict[str, str] = {}
    for sheet in ElementTree.fromstring(_read_entry(zf, "xl/workbook.xml")).iter(f"{_MAIN}sheet"):
        path = targets.get(sheet.get(f"{_REL}id", ""))
        if path:
            paths[sheet.get("name", "")] = path
    return paths


def _scan_xlsx(zf: zipfile.ZipFile) -> dict[str, _Scan]:
    try:
        paths = _xlsx_sheet_paths(zf)
    except ElementTree.ParseError as exc:
        raise FileRefused("berkas XLSX rusak dan tidak dapat dibaca.", "unreadable") from exc
    names = set(zf.namelist())
    return {
        name: _scan_xlsx_sheet(_read_entry(zf, path))
        for name, path in paths.items()
        if path in names and "worksheets/" in path
    }


def _scan_xlsx_sheet(raw: bytes) -> _Scan:
    scan = _Scan()
    shared: dict[str, tuple[str, str]] = {}  # shared formula id -> (text, anchor cell)
    row = -1
    # "end" events only, and a row's cells are read when the row ends: half the events of a
    # start/end scan, and the row number is known for cells written without "r".
    for _, el in _iterparse(raw, ("end",)):
        if el.tag != f"{_MAIN}row":
            continue
        r_attr = el.get("r")
        row = int(r_attr) - 1 if r_attr and r_attr.isdigit() else row + 1
        col = -1
        for cell in el:
            if cell.tag != f"{_MAIN}c":
                continue
            ref = cell.get("r")
            pos = _cell_ref(ref) if ref else None
            r, c = pos if pos else (row, col + 1)
            col = c
            if len(cell):  # no child: a styled empty cell, which calamine leaves out too
                _note_xlsx_cell(scan, shared, cell, r, c, ref)
        el.clear()  # keep memory flat on big sheets
    return scan


def _note_xlsx_cell(
    scan: _Scan,
    shared: dict[str, tuple[str, str]],
    cell: ElementTree.Element,
    r: int,
    c: int,
    ref: str | None,
) -> None:
    scan.use(r, c)
    if r >= MAX_RAW_ROWS or c >= MAX_COLUMNS:
        return  # refused by the extent check; do not collect more
    f = cell.find(f"{_MAIN}f")
    v = cell.find(f"{_MAIN}v")
    t = cell.get("t", "n")
    if t == "e" and v is not None and v.text:
        scan.errors[(r, c)] = v.text  # an error cell, or a formula whose result was one
        return
    if f is None:
        return
    if v is not None and (v.text or t == "str"):  # saved result ("" is a saved text result)
        return
    text = f.text or ""
    si = f.get("si")
    if f.get("t") == "shared" and si is not None:
        if text:
            shared[si] = (text, ref or f"{column_letter(c)}{r + 1}")
        elif si in shared:
            from openpyxl.formula.translate import Translator, TranslatorError

            base, origin = shared[si]
            try:
                text = Translator(f"={base}", origin).translate_formula(
                    f"{column_letter(c)}{r + 1}"
                )[1:]
            except TranslatorError:
                text = ""
    scan.formulas[(r, c)] = f"={text}" if text else ""


_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_ODS_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")


def _count(el: ElementTree.Element, attr: str) -> int:
    try:
        return max(1, int(el.get(f"{_TABLE}{attr}", "1")))
    except ValueError:
        return 1


def _scan_ods(zf: zipfile.ZipFile) -> dict[str, _Scan]:
    """content.xml: rows and cells may be repeated ("number-rows-repeated")."""
    scans: dict[str, _Scan] = {}
    scan = _Scan()
    depth = 0  # > 0 inside a cell (a cell may hold a sub-table, which is not read)
    row = col = 0
    row_repeat = 1
    for event, el in _iterparse(_read_entry(zf, "content.xml")):
        tag = el.tag
        if tag == f"{_TABLE}table" and depth == 0:
            if event == "start":
                scan = scans.setdefault(el.get(f"{_TABLE}name", ""), _Scan())
                row = 0
            continue
        if tag == f"{_TABLE}table-row" and depth == 0:
            if event == "start":
                col, row_repeat = 0, _count(el, "number-rows-repeated")
            else:
                row += row_repeat
                el.clear()
            continue
        if tag not in _ODS_CELLS:
            continue
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if depth:
            continue
        repeat = _count(el, "number-columns-repeated")
        formula = el.get(f"{_TABLE}formula")
        value_type = el.get(f"{_OFFICE}value-type")
        has_text = any(t.strip() for t in el.itertext())
        if formula is not None or value_type is not None or has_text:
            scan.use(row, col, row_repeat, repeat)
            # Repeats are bounded by the limits: beyond them the extent check refuses.
            for r in range(row, min(row + row_repeat, MAX_RAW_ROWS)):
                for c in range(col, min(col + repeat, MAX_COLUMNS)):
                    _note_ods_cell(scan, el, r, c, formula, value_type)
        col += repeat
    return scans


def _note_ods_cell(
    scan: _Scan,
    el: ElementTree.Element,
    r: int,
    c: int,
    formula: str | None,
    value_type: str | None,
) -> None:
    if el.get(f"{_CALCEXT}value-type") == "error":
        # LibreOffice saves an error result with a dummy value (0 or ""); the text says which.
        scan.errors[(r, c)] = "".join(el.itertext()).strip() or "#GALAT"
    elif formula is not None and value_type is None:
        prefix, _, rest = formula.partition(":")  # "of:=SUM([.B2:.B5])"
        text = rest if rest and prefix in ("of", "oooc", "msoxl") else formula
        scan.formulas[(r, c)] = text if text.startswith("=") else f"={text}"
    rows, cols = _count(el, "number-rows-spanned"), _count(el, "number-columns-spanned")
    if rows > 1 or cols > 1:
        scan.merged.append(((r, c), (r + rows - 1, c + cols - 1)))


# -- calamine: the values -------------------------------------------------------------------
def _read_xls(data: bytes) -> Workbook:
    return _read_with_calamine(data, "xls", None)


def _read_with_calamine(data: bytes, kind: str, scans: dict[str, _Scan] | None) -> Workbook:
    import python_calamine as calamine

    label = _LABELS[kind]
    try:
        wb = calamine.load_workbook(io.BytesIO(data))
    except calamine.PasswordError as exc:
        raise FileRefused(
            "berkas dilindungi kata sandi; buka berkas, hapus kata sandinya, simpan ulang, lalu "
            "unggah lagi.",
            "password_protected",
        ) from exc
    except Exception as exc:  # calamine raises several kinds on corrupt input
        hint = " (berkas Office lain atau berkas XLSX terenkripsi)" if kind == "xls" else ""
        raise FileRefused(
            f"berkas {label} rusak atau bukan buku kerja{hint}; tidak dapat dibaca.", "unreadable"
        ) from exc
    with wb:
        names = [m.name for m in wb.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
        if len(names) > MAX_SHEETS:
            raise FileRefused(
                f"buku kerja berisi {len(names)} lembar; batasnya {MAX_SHEETS}.",
                "too_many_sheets",
            )
        sheets = []
        total_rows = 0
        for name in names:
            scan = scans.get(name) if scans is not None else None
            if scans is not None:
                if scan is None:  # never hand calamine a sheet the scan has not bounded
                    raise FileRefused(
                        f"lembar '{name}' rusak dan tidak dapat dibaca.", "unreadable"
                    )
                _check_extent(name, scan.rows, scan.cols)  # before calamine allocates
            try:
                cs = wb.get_sheet_by_name(name)
            except Exception as exc:
                raise FileRefused(
                    f"lembar '{name}' rusak dan tidak dapat dibaca.", "unreadable"
                ) from exc
            sheet = _sheet(name, cs, scan)
            total_rows += sum(1 for row in sheet.cells if any(v is not None for v in row))
            if total_rows > MAX_RAW_ROWS:
                raise FileRefused(
                    f"buku kerja berisi lebih dari {MAX_RAW_ROWS:,} baris terisi; batasnya "
                    f"{MAX_ROWS:,} baris data.".replace(",", "."),
                    "too_many_rows",
                )
            sheets.append(sheet)
    return Workbook(kind, sheets)


def _check_extent(name: str, rows: int, cols: int) -> None:
    if cols > MAX_COLUMNS:
        raise FileRefused(
            f"lembar '{name}' memakai kolom sampai {get_column_letter(cols)}; batasnya "
            f"{MAX_COLUMNS} kolom.",
            "too_many_columns",
        )
    if rows > MAX_RAW_ROWS:
        raise FileRefused(
            (
                f"lembar '{name}' memakai baris sampai {rows:,}; batasnya {MAX_ROWS:,} baris data."
            ).replace(",", "."),
            "too_many_rows",
        )


def _value(raw: object) -> object:
    if isinstance(raw, str):
        return raw.strip() or None
    if isinstance(raw, float):
        if not math.isfinite(raw):
            return None
        # calamine returns 12.0 for an xlsx number "12"; 12 keeps "bilangan bulat" checks and
        # messages as they were with openpyxl.
        if raw.is_integer() and abs(raw) < 2**53:
            return int(raw)
    return raw


def _sheet(name: str, cs: CalamineSheet, scan: _Scan | None) -> Sheet:
    end = cs.end
    if end is None and not (scan and scan.merged):
        return Sheet(
            name, [], dict(scan.formulas) if scan else {}, dict(scan.errors) if scan else {}
        )
    if end is not None:
        _check_extent(name, end[0] + 1, end[1] + 1)  # xls: calamine's extent is the bound
    grid = cs.to_python(skip_empty_area=False) if end is not None else []
    formulas = dict(scan.formulas) if scan else {}
    errors = dict(scan.errors) if scan else {}
    used = [(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v != ""]
    used += list(formulas) + list(errors)
    # calamine knows merged ranges of xlsx/xls only; the ods scan found its own.
    merged = (scan.merged if scan and scan.merged else cs.merged_cell_ranges) or []
    used_set = set(used)
    max_row = max((r + 1 for r, _ in used), default=0)
    max_col = max((c + 1 for _, c in used), default=0)
    for (r0, c0), (r1, c1) in merged:
        if (r0, c0) in used_set:
            max_row, max_col = max(max_row, r1 + 1), max(max_col, c1 + 1)
    _check_extent(name, max_row, max_col)
    cells: list[list[object]] = [[None] * max_col for _ in range(max_row)]
    for r, row in enumerate(grid[:max_row]):
        for c, raw in enumerate(row[:max_col]):
            cells[r][c] = _value(raw)
    for key, text in errors.items():
        cells[key[0]][key[1]] = text  # calamine reads an error as empty (or as LibreOffice's 0)
    for key, text in formulas.items():
        cells[key[0]][key[1]] = text or "="
    merged_from: dict[tuple[int, int], tuple[int, int]] = {}
    for (r0, c0), (r1, c1) in merged:
        if r0 >= max_row or c0 >= max_col:
            continue
        anchor_value = cells[r0][c0]
        for r in range(r0, min(r1 + 1, max_row)):
            for c in range(c0, min(c1 + 1, max_col)):
                if (r, c) != (r0, c0):
                    cells[r][c] = anchor_value
                    merged_from[(r, c)] = (r0, c0)
    _trim(cells)
    return Sheet(name, cells, formulas, errors, merged_from)


def _trim(cells: list[list[object]]) -> None:
    while cells and all(v is None for v in cells[-1]):
        cells.pop()
