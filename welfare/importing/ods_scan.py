"""The pre-scan of an .ods: the used area of each table, formulas without a saved value, error
cells and merged ranges, read from content.xml before calamine opens the file.

Separate from :mod:`.xlsx_scan` because OpenDocument is another XML: one content.xml for all
tables, rows and cells repeated by count ("number-rows-repeated"), and merged ranges that
calamine does not report for .ods, so this scan supplies them.
"""

from __future__ import annotations

import zipfile
from xml.etree import ElementTree

from welfare.importing.workbook import MAX_COLUMNS, MAX_RAW_ROWS
from welfare.importing.zip_workbook import Scan, iterparse, read_entry

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_ODS_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")


def _count(el: ElementTree.Element, attr: str) -> int:
    try:
        return max(1, int(el.get(f"{_TABLE}{attr}", "1")))
    except ValueError:
        return 1


def scan_ods(zf: zipfile.ZipFile) -> dict[str, Scan]:
    """content.xml: rows and cells may be repeated ("number-rows-repeated")."""
    scans: dict[str, Scan] = {}
    scan = Scan()
    depth = 0  # > 0 inside a cell (a cell may hold a sub-table, which is not read)
    row = col = 0
    row_repeat = 1
    for event, el in iterparse(read_entry(zf, "content.xml")):
        tag = el.tag
        if tag == f"{_TABLE}table" and depth == 0:
            if event == "start":
                scan = scans.setdefault(el.get(f"{_TABLE}name", ""), Scan())
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
    scan: Scan,
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
