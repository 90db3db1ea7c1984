"""Read a "CSV" as regencies save it: Excel on Indonesian Windows writes ``;``-separated text
in Windows-1252, other tools UTF-8 with ``,``; the encoding and the delimiter are guessed from
the content.

Separate from the workbook paths (:mod:`.zip_workbook`, :mod:`.calamine_read`) because a CSV
is plain text: no zip, no XML, no saved values. A cell starting with "=" is listed as a formula
without a saved value, since a CSV cannot hold one.
"""

from __future__ import annotations

import csv
import io

from welfare.importing.sheet_grid import trim
from welfare.importing.workbook import (
    MAX_COLUMNS,
    MAX_RAW_ROWS,
    MAX_ROWS,
    FileRefused,
    Sheet,
    Workbook,
)


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


def read_csv(data: bytes) -> Workbook:
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
    trim(cells)
    return Workbook("csv", [Sheet(None, cells, formulas)])
