"""What a "Program per tingkat" file would put in the register, row by row, before the import.

The indicator preview (:mod:`welfare.importing.preview`) pivots values into a region x
indicator table per year; a register file is already one row per activity, so its preview is
the file's own rows and columns: each accepted row as the register will read it (level and
target group by their labels, the region by its name, numbers in Indonesian notation, the
budget in rupiah), each row with an error as the file wrote it, and every cell the checks
complain about marked with the number of its message. Frozen dataclasses, no streamlit; the
"Kelola data" page renders it (:mod:`components.bodies.import_preview`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from welfare.exporting import neutralise
from welfare.formatting import MISSING, format_int
from welfare.importing.preview import OK, Cell, Message, Status, _raw_text, format_cell
from welfare.importing.register_file import RegisterRow
from welfare.importing.report import ERROR, WARNING, Issue
from welfare.register import catalogue, vocab

if TYPE_CHECKING:
    from welfare.importing.facade import CheckResult

# Rows shown besides every row with a marked cell: enough to compare with the spreadsheet.
SHOWN_ROWS = 100
_WORDS = {
    "id": {"sheet": "lembar", "row": "Baris", "column": "kolom"},
    "en": {"sheet": "sheet", "row": "Row", "column": "column"},
}


@dataclass(frozen=True)
class RegisterTable:
    """One sheet's rows: ``cells[row][column]``, rows labelled by their number in the file."""

    sheet: str | None
    fields: tuple[str, ...]  # template fields, in the file's column order
    column_labels: tuple[str, ...]  # the title as written, with its column letter
    row_labels: tuple[str, ...]  # "Baris 5" (with the numbers of row-level messages)
    cells: tuple[tuple[Cell, ...], ...]
    messages: tuple[Message, ...]  # numbered by Message.ref
    hidden_rows: int = 0  # rows left out (no marked cell, beyond SHOWN_ROWS)

    @property
    def errors(self) -> int:
        return sum(c.status == ERROR for row in self.cells for c in row)

    @property
    def warnings(self) -> int:
        return sum(c.status == WARNING for row in self.cells for c in row)


@dataclass(frozen=True)
class RegisterPreview:
    tables: tuple[RegisterTable, ...]  # one per register sheet, in the file's order
    general: tuple[Message, ...]  # errors and warnings of the file, a sheet or a header row
    notes: tuple[Message, ...]  # INFO: how a budget was read, skipped sheets and columns
    shown_issues: int
    total_issues: int

    @property
    def truncated(self) -> bool:
        return self.total_issues > self.shown_issues


def shown_value(row: RegisterRow, name: str, checked: CheckResult, lang: str = "id") -> str:
    """A cell as the register reads it (accepted rows), else as the file wrote it."""
    values = row.values
    if values is None:
        return str(neutralise(_raw_text(row.cells.get(name), lang)))
    resolver = checked.resolver

    def number(key: str) -> str:
        value = values.get(key)
        return MISSING if value is None else format_cell(float(value), lang)  # type: ignore[arg-type]

    def place(key: str) -> str:
        code = values.get(key)
        return resolver.label(str(code)) if code else MISSING

    shown = {
        "program": lambda: str(values["programme_name"]),
        "tingkat": lambda: vocab.label(vocab.LEVEL_LABELS, values.get("level"), lang),
        "sumber_dana": lambda: vocab.label(vocab.FUNDING_LABELS, values.get("funding"), lang),
        "sasaran": lambda: catalogue.target_group(str(values["target_group"])).label(lang),
        "kode_wilayah": lambda: place("region_kode_bps"),
        "kecamatan": lambda: place("kecamatan_kode"),
        "tahun": lambda: str(values.get("year") or MISSING),
        "tahun_mulai": lambda: str(values.get("year_from") or MISSING),
        "jumlah_rencana": lambda: number("planned"),
        "satuan_rencana": lambda: str(values.get("planned_unit") or MISSING),
        "jumlah_realisasi": lambda: number("realised"),
        "satuan_realisasi": lambda: str(values.get("realised_unit") or MISSING),
        "anggaran_rp": lambda: (
            MISSING
            if values.get("budget_rp") is None
            else "Rp" + format_int(values["budget_rp"], lang)  # type: ignore[arg-type]
        ),
        "status": lambda: vocab.label(vocab.STATUS_LABELS, values.get("status"), lang),
    }
    text = shown[name]() if name in shown else _raw_text(row.cells.get(name), lang)
    return str(neutralise(text))  # a cell copied into a spreadsheet stays text


def build_register_preview(checked: CheckResult, *, lang: str = "id") -> RegisterPreview:
    """The register file's rows with marked cells; see the module docstring."""
    report = checked.report
    words = _WORDS.get(lang, _WORDS["id"])
    rows = checked.register.rows if checked.register is not None else ()
    sheets: list[str | None] = []
    for row in rows:
        if row.sheet not in sheets:
            sheets.append(row.sheet)
    several = len(sheets) > 1
    issues = [*report.errors, *report.warnings]
    by_row: dict[tuple[str | None, int], list[Issue]] = {}
    general: list[Message] = []
    known_rows = {(r.sheet, r.row) for r in rows}
    for issue in issues:
        key = (issue.sheet, issue.row or 0)
        if key in known_rows:
            by_row.setdefault(key, []).append(issue)
        else:
            general.append(Message(issue.level, issue.location, issue.reason))

    tables = []
    for sheet in sheets:
        mine = [r for r in rows if r.sheet == sheet]
        columns = sorted(mine[0].columns.items(), key=lambda kv: (len(kv[1][0]), kv[1][0]))
        fields = tuple(name for name, _ in columns)
        letters = {letter: name for name, (letter, _) in columns}
        marked = [r for r in mine if (r.sheet, r.row) in by_row]
        plain = [r for r in mine if (r.sheet, r.row) not in by_row][:SHOWN_ROWS]
        chosen = sorted(marked + plain, key=lambda r: r.row)
        messages: list[Message] = []
        table_rows: list[tuple[Cell, ...]] = []
        labels: list[str] = []
        for row in chosen:
            at_cell: dict[str, list[int]] = {}
            levels: dict[str, str] = {}
            row_refs: list[int] = []
            for issue in by_row.get((row.sheet, row.row), []):
                ref = len(messages) + 1
                name = letters.get(issue.column or "")
                where = f"{words['row']} {row.row}"
                if several and sheet is not None:
                    where = f"{words['sheet']} '{sheet}', {where.lower()}"
                if name is not None:
                    title = row.columns[name][1]
                    where = f"{title} ({where.lower()}, {words['column']} {issue.column})"
                    at_cell.setdefault(name, []).append(ref)
                    if levels.get(name) != ERROR:
                        levels[name] = issue.level
                else:
                    row_refs.append(ref)
                messages.append(Message(issue.level, where, issue.reason, ref))
            cells = []
            for name in fields:
                status: Status = levels.get(name, OK)  # type: ignore[assignment]
                cells.append(
                    Cell(
                        shown_value(row, name, checked, lang), status, tuple(at_cell.get(name, ()))
                    )
                )
            table_rows.append(tuple(cells))
            label = f"{words['row']} {row.row}"
            labels.append(label + (f" [{', '.join(map(str, row_refs))}]" if row_refs else ""))
        tables.append(
            RegisterTable(
                sheet=sheet,
                fields=fields,
                column_labels=tuple(f"{title} ({letter})" for _, (letter, title) in columns),
                row_labels=tuple(labels),
                cells=tuple(table_rows),
                messages=tuple(messages),
                hidden_rows=len(mine) - len(chosen),
            )
        )
    return RegisterPreview(
        tables=tuple(tables),
        general=tuple(general),
        notes=tuple(Message(i.level, i.location, i.reason) for i in report.notes),
        shown_issues=len(issues),
        total_issues=report.errors_total + report.warnings_total,
    )
