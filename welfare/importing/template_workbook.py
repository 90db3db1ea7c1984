"""The blank files of an import template typed by staff: a header-only CSV, and a workbook of
a data sheet, a "Katalog" sheet of allowed values and a "Petunjuk" sheet of instructions.

The programme register (:mod:`welfare.register.template`) and the rumusan
(:mod:`welfare.rumusan.template`) describe their template as a :class:`TemplateLayout` and
their "Katalog" as blocks; :func:`template_workbook` writes them the same way. The data sheet
holds the header only (a note on each column title, code columns formatted as text, drop-down
lists pointing at the "Katalog"): an example row left in a returned sheet would be imported as
real data. The importers skip "Katalog" and "Petunjuk" by their names.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

CATALOGUE_SHEET = "Katalog"
INSTRUCTIONS_SHEET = "Petunjuk"

# One block of the "Katalog" sheet: its title, its column titles and its rows. Blocks stand
# side by side, one empty column between them.
CatalogueBlock = tuple[str, list[str], list[list[object]]]


@dataclass(frozen=True)
class DropDown:
    """A data column's drop-down: the "Katalog" block listing what the column accepts."""

    block: str
    column: int = 0  # which column of the block: 0 the value, 1 its label
    strict: bool = True  # False: other text may be typed without Excel's warning


@dataclass(frozen=True)
class TemplateLayout:
    """What differs between two templates; the rest of the workbook is written alike."""

    sheet: str  # the data sheet's name
    columns: Mapping[str, str]  # column -> what it holds, in the template's order
    required: Sequence[str]
    instructions: Sequence[str]  # the "Petunjuk" lines above the list of columns
    drop_downs: Mapping[str, DropDown] = field(default_factory=dict)
    # Codes stay text in Excel: "64.02" must not become the number 64.2.
    text_columns: Sequence[str] = ()
    wrapped_columns: Sequence[str] = ()  # long text, wrapped and aligned to the top
    widths: Mapping[str, int] = field(default_factory=dict)  # others: by the title's length
    formatted_rows: int = 500  # rows below the header that get the formats and drop-downs
    guide_width: int = 90  # the "Petunjuk" meaning column
    required_in_notes: bool = True  # a title's note also says "(wajib)"


def header_csv(columns: Iterable[str]) -> bytes:
    """The header row, ``;``-separated, UTF-8 with BOM, as Excel in Indonesia opens it."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerow(list(columns))
    return buf.getvalue().encode("utf-8-sig")


def template_workbook(layout: TemplateLayout, blocks: Sequence[CatalogueBlock]) -> bytes:
    """The XLSX: the data sheet (header only), "Katalog" (``blocks``) and "Petunjuk"."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    columns, required, last_row = layout.columns, layout.required, layout.formatted_rows + 1

    def wajib(name: str) -> str:
        return " (wajib)" if name in required else ""

    wb = Workbook()
    ws = wb.active
    ws.title = layout.sheet
    ws.append(list(columns))
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    letters = {name: get_column_letter(i + 1) for i, name in enumerate(columns)}
    for name, cell in zip(columns, ws[1], strict=True):
        cell.font = bold
        note = columns[name] + (wajib(name) if layout.required_in_notes else "")
        cell.comment = Comment(note, "Serambi")
        ws.column_dimensions[letters[name]].width = layout.widths.get(name, max(14, len(name) + 2))
    for row in range(2, last_row + 1):
        for name in layout.wrapped_columns:
            ws[f"{letters[name]}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        for name in layout.text_columns:
            ws[f"{letters[name]}{row}"].number_format = "@"

    cat = wb.create_sheet(CATALOGUE_SHEET)
    where: dict[str, tuple[int, int]] = {}  # block title -> (first column, number of rows)
    col = 1
    for title, headers, rows in blocks:
        cat.cell(1, col, title).font = bold
        for i, header in enumerate(headers):
            cat.cell(2, col + i, header).font = bold
            cat.column_dimensions[get_column_letter(col + i)].width = 16 if i == 0 else 34
        for r, values in enumerate(rows, start=3):
            for i, value in enumerate(values):
                cat.cell(r, col + i, value)
        where[title] = (col, len(rows))
        col += len(headers) + 1

    for name, drop in layout.drop_downs.items():
        first, n = where[drop.block]
        source = get_column_letter(first + drop.column)
        rule = DataValidation(
            type="list",
            formula1=f"{CATALOGUE_SHEET}!${source}$3:${source}${n + 2}",
            allow_blank=True,
            showErrorMessage=drop.strict,
            errorStyle="warning",
            error=f"Nilai tidak ada di lembar '{CATALOGUE_SHEET}'.",
        )
        rule.add(f"{letters[name]}2:{letters[name]}{last_row}")
        ws.add_data_validation(rule)

    info = wb.create_sheet(INSTRUCTIONS_SHEET)
    for line in layout.instructions:
        info.append([line])
    info.append([])
    info.append(["kolom", "isi"])
    for cell in info[info.max_row]:
        cell.font = bold
    for name, meaning in columns.items():
        info.append([name, meaning + wajib(name)])
    info.column_dimensions["A"].width = 24
    info.column_dimensions["B"].width = layout.guide_width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
