"""The pre-scan of an .xlsx: the used area of each worksheet, formulas without a saved value
and error cells, read from the sheet XML before calamine opens the file.

Separate from :mod:`.ods_scan` because the two formats share nothing but the zip
(:mod:`.zip_workbook`): Excel's SpreadsheetML names cells ("B12"), writes shared formulas once
and finds its sheets through relationship files.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from functools import lru_cache
from xml.etree import ElementTree

from welfare.importing.workbook import MAX_COLUMNS, MAX_RAW_ROWS, FileRefused, column_letter
from welfare.importing.zip_workbook import Scan, iterparse, read_entry

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
    rels = ElementTree.fromstring(read_entry(zf, "xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id", "")] = posixpath.normpath(path)
    paths: dict[str, str] = {}
    for sheet in ElementTree.fromstring(read_entry(zf, "xl/workbook.xml")).iter(f"{_MAIN}sheet"):
        path = targets.get(sheet.get(f"{_REL}id", ""))
        if path:
            paths[sheet.get("name", "")] = path
    return paths


def scan_xlsx(zf: zipfile.ZipFile) -> dict[str, Scan]:
    try:
        paths = _xlsx_sheet_paths(zf)
    except ElementTree.ParseError as exc:
        raise FileRefused("berkas XLSX rusak dan tidak dapat dibaca.", "unreadable") from exc
    names = set(zf.namelist())
    return {
        name: _scan_xlsx_sheet(read_entry(zf, path))
        for name, path in paths.items()
        if path in names and "worksheets/" in path
    }


def _scan_xlsx_sheet(raw: bytes) -> Scan:
    scan = Scan()
    shared: dict[str, tuple[str, str]] = {}  # shared formula id -> (text, anchor cell)
    row = -1
    # "end" events only, and a row's cells are read when the row ends: half the events of a
    # start/end scan, and the row number is known for cells written without "r".
    for _, el in iterparse(raw, ("end",)):
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
    scan: Scan,
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
