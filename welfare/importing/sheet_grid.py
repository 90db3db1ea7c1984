"""Build a :class:`~welfare.importing.workbook.Sheet` from what calamine read and what the
pre-scan found: the dense grid of plain values, error texts and formulas put back into their
cells, merged ranges filled with the anchor's value, trailing empty rows trimmed.

Separate from :mod:`.calamine_read` (which opens the workbook and walks its sheets) because
this is the one place a sheet's shape is decided: the used area and the extent limit that
keeps a crafted file from allocating a huge grid. The CSV path trims with :func:`trim` too.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from welfare.importing.workbook import MAX_COLUMNS, MAX_RAW_ROWS, MAX_ROWS, FileRefused, Sheet

if TYPE_CHECKING:
    from python_calamine import CalamineSheet

    from welfare.importing.zip_workbook import Scan


def check_extent(name: str, rows: int, cols: int) -> None:
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


def build_sheet(name: str, cs: CalamineSheet, scan: Scan | None) -> Sheet:
    end = cs.end
    if end is None and not (scan and scan.merged):
        return Sheet(
            name, [], dict(scan.formulas) if scan else {}, dict(scan.errors) if scan else {}
        )
    if end is not None:
        check_extent(name, end[0] + 1, end[1] + 1)  # xls: calamine's extent is the bound
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
    check_extent(name, max_row, max_col)
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
    trim(cells)
    return Sheet(name, cells, formulas, errors, merged_from)


def trim(cells: list[list[object]]) -> None:
    """Drop trailing rows without any value, in place."""
    while cells and all(v is None for v in cells[-1]):
        cells.pop()
