"""Import a typed list of one meeting's rumusan (the template of :mod:`welfare.rumusan.template`).

The file is read by the project's own reader (:func:`welfare.importing.reader.read_file`:
.xlsx, .xls, .ods, CSV with ``;`` or ``,``, UTF-8 or Windows-1252; formulas by their saved
values, never evaluated). In every sheet except "Katalog" and "Petunjuk", the first of the
top rows naming ``nomor`` and ``rumusan`` is the header (title rows above it are skipped;
case, spaces and underscores do not matter; common other titles are accepted, see
:data:`ALIASES`). Each rumusan row goes through :func:`welfare.rumusan.records.check_rumusan`;
a row with the same ``nomor`` and an empty ``rumusan`` adds one more linked indicator.

All or nothing: :func:`check_file` writes nothing, and :func:`import_file` writes only when
no row has an error, in one locked transaction that checks the numbers against the meeting's
rumusan again. Every problem names the sheet, row, column letter and column title.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine

from welfare.importing.names import normalise
from welfare.importing.reader import FileRefused, Sheet, column_letter, formula_reason, read_file
from welfare.importing.template_workbook import CATALOGUE_SHEET, INSTRUCTIONS_SHEET
from welfare.importing.write import locked_session
from welfare.models import Meeting, utcnow
from welfare.rumusan import records, texts
from welfare.rumusan.drafts import RumusanDraft
from welfare.rumusan.links import LINK_FIELDS, LINKS_KEY
from welfare.rumusan.problems import FieldProblem
from welfare.rumusan.store import number_taken, write_new_rumusan
from welfare.rumusan.template import COLUMNS, REQUIRED

MAX_RUMUSAN = 500
HEADER_SCAN_ROWS = 15
SKIPPED_SHEETS = frozenset({normalise(CATALOGUE_SHEET), normalise(INSTRUCTIONS_SHEET)})
ALIASES = {
    "no": "nomor",
    "no urut": "nomor",
    "nomor urut": "nomor",
    "teks rumusan": "rumusan",
    "isi rumusan": "rumusan",
    "jenis rumusan": "jenis",
    "penanggung jawab": "penanggung_jawab",
    "pj": "penanggung_jawab",
    "pelaksana": "penanggung_jawab",
    "wilayah sasaran": "wilayah",
    "lokasi": "wilayah",
    "batas waktu": "batas_waktu",
    "tenggat": "batas_waktu",
    "tenggat waktu": "batas_waktu",
    "target waktu": "batas_waktu",
    "id indikator": "indikator",
    "kode indikator": "indikator",
    "wilayah indikator": "wilayah_indikator",
    "kode wilayah indikator": "wilayah_indikator",
    "nilai target": "target",
    "tahun target": "tahun_target",
}


@dataclass(frozen=True)
class ImportProblem:
    level: str  # "error" | "warning" | "info"
    code: str
    reason: str  # Bahasa Indonesia
    sheet: str | None = None  # None for a CSV
    row: int | None = None  # 1-based, as the spreadsheet numbers it
    column: str | None = None  # letter
    title: str | None = None  # the column title as written

    @property
    def where(self) -> str:
        """ "lembar 'Rumusan', baris 4, kolom C (jenis)"; "" for the file as a whole."""
        parts = [f"lembar '{self.sheet}'"] if self.sheet else []
        if self.row is not None:
            parts.append(f"baris {self.row}")
        if self.column is not None:
            parts.append(f"kolom {self.column}" + (f" ({self.title})" if self.title else ""))
        return ", ".join(parts)

    @property
    def message(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


@dataclass(frozen=True)
class CheckedRow:
    """One rumusan of the file: where it starts and its draft."""

    sheet: str | None
    row: int
    draft: RumusanDraft


@dataclass(frozen=True)
class FileCheck:
    rumusan: tuple[CheckedRow, ...] = ()
    problems: tuple[ImportProblem, ...] = ()

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def ok(self) -> bool:
        return bool(self.rumusan) and not self.errors


@dataclass(frozen=True)
class ImportResult:
    ok: bool
    message: str  # Bahasa Indonesia
    problems: tuple[ImportProblem, ...] = ()
    ids: tuple[int, ...] = ()  # the rumusan written, in file order


@dataclass
class _Rumusan:
    """The rows of one rumusan while reading: the first one and its continuation rows."""

    sheet: str | None
    row: int
    cells: dict[str, object]
    link_rows: list[int] = field(default_factory=list)  # row of each linked indicator
    links: list[dict[str, object]] = field(default_factory=list)
    refused: set[tuple[int, str]] = field(default_factory=set)  # (row, field) already reported


def _titles() -> dict[str, str]:
    return {normalise(name): name for name in COLUMNS} | ALIASES


def _header(sheet: Sheet) -> tuple[int, dict[str, int], dict[str, str], list[ImportProblem]]:
    """(header row, field -> column, field -> title as written, problems); row -1: none."""
    titles = _titles()
    for r in range(min(HEADER_SCAN_ROWS, sheet.n_rows)):
        found: dict[str, int] = {}
        written: dict[str, str] = {}
        problems: list[ImportProblem] = []
        for c, value in enumerate(sheet.cells[r]):
            if value is None:
                continue
            name = titles.get(normalise(str(value)))
            if name is None:
                continue
            if name in found:
                problems.append(
                    ImportProblem(
                        "error",
                        "repeated_column",
                        f"kolom '{name}' ada dua kali (kolom {column_letter(found[name])} dan "
                        f"{column_letter(c)}); hapus salah satunya.",
                        sheet.name,
                        r + 1,
                        column_letter(c),
                        str(value),
                    )
                )
                continue
            found[name] = c
            written[name] = texts.clean(value)
        if "nomor" in found and "rumusan" in found:
            return r, found, written, problems
    return -1, {}, {}, []


def _cell(
    sheet: Sheet, r: int, c: int, title: str, problems: list[ImportProblem]
) -> tuple[object, bool]:
    """(the cell's value, True), or (None, False) for a formula without a saved value or an
    error cell, reported here once."""
    if (r, c) in sheet.formulas:
        reason, code = formula_reason(sheet.formulas[(r, c)]), "formula"
    elif (r, c) in sheet.errors:
        reason = f"sel berisi galat {sheet.errors[(r, c)]}; perbaiki atau kosongkan sel ini."
        code = "error_cell"
    else:
        return sheet.value(r, c), True
    problems.append(
        ImportProblem("error", code, reason, sheet.name, r + 1, column_letter(c), title)
    )
    return None, False


@dataclass(frozen=True)
class _SheetRead:
    sheet: Sheet
    items: list[_Rumusan]
    columns: dict[str, int]  # field -> 0-based column
    titles: dict[str, str]  # field -> title as written


def _read_sheet(sheet: Sheet, problems: list[ImportProblem]) -> _SheetRead | None:
    """The rumusan rows of a sheet with a header (None: no header; no rows when the header
    lacks a required column, which is reported once instead of on every row)."""
    header, columns, titles, header_problems = _header(sheet)
    if header < 0:
        return None
    problems.extend(header_problems)
    missing = [name for name in REQUIRED if name not in columns]
    for name in missing:
        problems.append(
            ImportProblem(
                "error",
                "missing_column",
                f"kolom '{name}' tidak ada di baris judul ({COLUMNS[name]}); gunakan templat.",
                sheet.name,
                header + 1,
            )
        )
    if missing or header_problems:
        return _SheetRead(sheet, [], columns, titles)
    out: list[_Rumusan] = []
    by_number: dict[object, _Rumusan] = {}
    for r in range(header + 1, sheet.n_rows):
        cells: dict[str, object] = {}
        refused: set[tuple[int, str]] = set()
        for name, c in columns.items():
            cells[name], readable = _cell(sheet, r, c, titles[name], problems)
            if not readable:
                refused.add((r + 1, name))
        if not refused and all(texts.clean(v) == "" for v in cells.values()):
            continue
        key = texts.clean(cells.get("nomor"))
        first = by_number.get(key) if key else None
        text = texts.clean(cells.get("rumusan"), multiline=True)
        has_link = any(texts.clean(cells.get(name)) for name in LINK_FIELDS)
        if first is not None and (
            not text or text == texts.clean(first.cells.get("rumusan"), multiline=True)
        ):
            if has_link:  # one more linked indicator of the rumusan above
                first.links.append({name: cells.get(name) for name in LINK_FIELDS})
                first.link_rows.append(r + 1)
            first.refused |= refused
            continue
        if first is not None:
            problems.append(
                ImportProblem(
                    "error",
                    "repeated_number",
                    f"nomor {key} sudah dipakai di baris {first.row} untuk rumusan lain; beri "
                    "nomor lain (baris indikator tambahan: kosongkan kolom rumusan).",
                    sheet.name,
                    r + 1,
                    column_letter(columns["nomor"]),
                    titles["nomor"],
                )
            )
            continue
        item = _Rumusan(sheet.name, r + 1, cells, refused=refused)
        if has_link:
            item.link_rows.append(r + 1)
        out.append(item)
        if key:
            by_number[key] = item
    return _SheetRead(sheet, out, columns, titles)


def check_file(data: bytes, *, meeting_date: date | None = None) -> FileCheck:
    """Read and check a file; nothing is written. ``meeting_date`` checks deadlines and
    target years against the meeting's date."""
    try:
        workbook = read_file(data)
    except FileRefused as exc:
        return FileCheck(problems=(ImportProblem("error", exc.code, exc.reason),))
    problems: list[ImportProblem] = []
    found: list[_SheetRead] = []
    for sheet in workbook.sheets:
        if sheet.name is not None and normalise(sheet.name) in SKIPPED_SHEETS:
            continue
        read = _read_sheet(sheet, problems)
        if read is not None:
            found.append(read)
    if not found:
        return FileCheck(
            problems=(
                ImportProblem(
                    "error",
                    "no_header",
                    "tidak ada lembar dengan baris judul kolom 'nomor' dan 'rumusan'; gunakan "
                    "templat Rumusan rapat.",
                ),
            )
        )
    total = sum(len(read.items) for read in found)
    if total == 0 and not problems:
        problems.append(ImportProblem("error", "empty", "berkas tidak berisi satu rumusan pun."))
    if total > MAX_RUMUSAN:
        problems.append(
            ImportProblem(
                "error",
                "too_many_rows",
                f"berkas berisi {total} rumusan; paling banyak {MAX_RUMUSAN} per impor.",
            )
        )
        return FileCheck(problems=tuple(problems))
    checked: list[CheckedRow] = []
    numbers: dict[int, tuple[str | None, int]] = {}
    for read in found:
        sheet, columns, titles = read.sheet, read.columns, read.titles
        for item in read.items:
            raw: dict[str, object] = {name: item.cells.get(name) for name in COLUMNS}
            first_has_link = item.link_rows[:1] == [item.row]
            if not first_has_link:
                for name in LINK_FIELDS:
                    raw.pop(name, None)
            raw[LINKS_KEY] = item.links
            result = records.check_rumusan(raw, meeting_date=meeting_date)
            errors_before = len([p for p in problems if p.level == "error"])
            for problem in result.problems:
                located = _located(problem, item, sheet, columns, titles)
                if (located.row, problem.field) not in item.refused:  # said once, by the cell
                    problems.append(located)
            if result.value is None or item.refused:
                continue
            if result.value.number is None:
                problems.append(
                    _located(
                        FieldProblem(
                            "error",
                            "required",
                            "nomor",
                            "Kolom 'nomor' wajib diisi di berkas impor (1, 2, 3 ...).",
                        ),
                        item,
                        sheet,
                        columns,
                        titles,
                    )
                )
                continue
            elsewhere = numbers.get(result.value.number)
            if elsewhere is not None:
                problems.append(
                    _located(
                        FieldProblem(
                            "error",
                            "repeated_number",
                            "nomor",
                            f"Kolom 'nomor': nomor {result.value.number} juga dipakai di "
                            + (f"lembar '{elsewhere[0]}', " if elsewhere[0] else "")
                            + f"baris {elsewhere[1]}.",
                        ),
                        item,
                        sheet,
                        columns,
                        titles,
                    )
                )
                continue
            numbers[result.value.number] = (item.sheet, item.row)
            if (
                not item.refused
                and len([p for p in problems if p.level == "error"]) == errors_before
            ):
                checked.append(CheckedRow(item.sheet, item.row, result.value))
    return FileCheck(tuple(checked), tuple(problems))


def _located(
    problem: FieldProblem,
    item: _Rumusan,
    sheet: Sheet,
    columns: Mapping[str, int],
    titles: Mapping[str, str],
) -> ImportProblem:
    row = item.row
    if problem.item is not None and 0 < problem.item <= len(item.link_rows):
        row = item.link_rows[problem.item - 1]
    c = columns.get(problem.field)
    return ImportProblem(
        problem.level,
        problem.code,
        problem.reason,
        sheet.name,
        row,
        None if c is None else column_letter(c),
        titles.get(problem.field, problem.field if c is None else None),
    )


def import_file(
    engine: Engine,
    meeting_id: int,
    data: bytes,
    *,
    user: str,
    file_name: str | None = None,
) -> ImportResult:
    """Check a file and, when no row has an error, write all its rumusan to the meeting in one
    locked transaction (each insert audited). Any error: nothing is written."""
    name, reason = records.check_user(user)
    if name is None:
        return ImportResult(False, reason or "Nama pengguna tidak valid.")
    shown = texts.clean(file_name) or "berkas"
    with locked_session(engine) as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            return ImportResult(False, "Rapat ini tidak ada (atau sudah dihapus); tidak diimpor.")
        check = check_file(data, meeting_date=meeting.held_on)
        problems = list(check.problems)
        if check.ok:
            for item in check.rumusan:
                taken = number_taken(session, meeting_id, item.draft.number or 0, None)
                if taken is not None:
                    problems.append(
                        ImportProblem(
                            "error",
                            taken.code,
                            f"nomor {item.draft.number} sudah dipakai rumusan rapat ini yang "
                            "tersimpan; beri nomor lain.",
                            item.sheet,
                            item.row,
                        )
                    )
        errors = [p for p in problems if p.level == "error"]
        if errors or not check.rumusan:
            return ImportResult(
                False,
                f"{shown}: tidak ada yang diimpor; {len(errors)} masalah perlu diperbaiki.",
                tuple(problems),
            )
        now = utcnow()
        ids = [
            write_new_rumusan(session, meeting, item.draft, user=name, now=now).id
            for item in check.rumusan
        ]
        return ImportResult(
            True,
            f"{shown}: {len(ids)} rumusan diimpor ke rapat '{meeting.name}'.",
            tuple(problems),
            tuple(ids),
        )
