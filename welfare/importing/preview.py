"""What an uploaded file would put in the dashboard, as a table per year, before the import.

Staff check a dry run most easily against their own spreadsheet: one row per kabupaten/kota,
one column per indicator, the numbers as the dashboard will show them, and every cell the
checks complain about marked, with its message beside it. :func:`build_preview` turns a
:class:`~welfare.importing.facade.CheckResult` (the report, the accepted values and the
located cells of one reading of the file) into that view model (frozen dataclasses, no
streamlit). Cells the checks rejected never become values; the located cells place them and
show their content too.

Messages from the engine (``Issue.reason``) stay in Bahasa Indonesia; labels follow ``lang``.
A "Program per tingkat" file is one row per activity already: its preview is its own rows
(:mod:`welfare.importing.register_preview`), built from the same cell and message types.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from welfare.catalogue import unit_label
from welfare.formatting import MISSING, format_number
from welfare.importing.numbers import CONFIDENTIAL_MARKERS, NOT_AVAILABLE_MARKERS
from welfare.importing.report import ERROR, WARNING, Issue

if TYPE_CHECKING:  # the façade builds what the preview shows; the preview needs only its type
    from welfare.importing.facade import CheckResult

Status = Literal["ok", "missing", "warning", "error"]
Level = Literal["error", "warning", "info"]

OK: Status = "ok"
MISSING_STATUS: Status = "missing"

# The few words of a cell's location; the rest of the UI text lives in views/i18n.py.
_WORDS = {
    "id": {"sheet": "lembar", "row": "baris", "column": "kolom", "total": "Baris jumlah"},
    "en": {"sheet": "sheet", "row": "row", "column": "column", "total": "Total row"},
}
# Catalogue units are Indonesian; English labels get the common ones in English.
_MAX_DECIMALS = 4
_MAX_RAW = 40


@dataclass(frozen=True)
class Message:
    """One message of the checks. ``where`` names the cell ("" when it has none)."""

    level: Level
    where: str  # e.g. "Kutai Kartanegara · Gelandangan (baris 7, kolom D)"
    reason: str  # Bahasa Indonesia, from the import engine
    ref: int | None = None  # the marker number shown in the table cell, if the cell is there

    @property
    def text(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


@dataclass(frozen=True)
class Cell:
    text: str  # formatted value ("1.234", "12,5"), the file's content when rejected, "–",
    #            or the BPS sign "..." (not available) / "x" (confidential) the file wrote
    status: Status
    refs: tuple[int, ...] = ()  # numbers of this cell's messages in YearTable.messages


@dataclass(frozen=True)
class YearTable:
    year: int
    region_codes: tuple[str, ...]  # BPS codes, in code order
    row_labels: tuple[str, ...]  # region names
    indicator_ids: tuple[str, ...]
    column_labels: tuple[str, ...]  # catalogue label with unit, e.g. "Gelandangan (jiwa)"
    cells: tuple[tuple[Cell, ...], ...]  # [row][column]
    messages: tuple[Message, ...]  # the marked cells' messages, numbered by Message.ref

    @property
    def errors(self) -> int:
        return sum(c.status == ERROR for row in self.cells for c in row)

    @property
    def warnings(self) -> int:
        return sum(c.status == WARNING for row in self.cells for c in row)


@dataclass(frozen=True)
class Preview:
    years: tuple[int, ...]
    tables: tuple[YearTable, ...]  # one per year, in year order
    general: tuple[Message, ...]  # errors and warnings of the file, a sheet, a column or a row
    other_cells: tuple[Message, ...]  # cell messages outside the tables (total row/column)
    notes: tuple[Message, ...]  # INFO: what the reader skipped or derived on purpose
    shown_issues: int  # errors + warnings listed here
    total_issues: int  # errors + warnings found (the report keeps at most 200 of each)

    def table(self, year: int) -> YearTable:
        return next(t for t in self.tables if t.year == year)

    @property
    def truncated(self) -> bool:
        return self.total_issues > self.shown_issues


def _decimals(value: float) -> int:
    for decimals in range(_MAX_DECIMALS + 1):
        if math.isclose(value, round(value, decimals), rel_tol=0, abs_tol=1e-9):
            return decimals
    return _MAX_DECIMALS


def format_cell(value: float, lang: str = "id") -> str:
    """A stored value as it reads: no needless decimals, at most four (1.234 · 12,5)."""
    return format_number(value, _decimals(value), lang)


def _raw_text(raw: object, lang: str) -> str:
    """A rejected cell's content, as in the file (numbers formatted, text shortened)."""
    if raw is None:
        return MISSING
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return format_cell(float(raw), lang) if math.isfinite(raw) else str(raw)
    text = " ".join(str(raw).split())
    return text if len(text) <= _MAX_RAW else text[: _MAX_RAW - 1] + "…"


def _sign(raw: object) -> str | None:
    """ "..." or "x" when a cell holds the BPS sign for a figure not available or withheld."""
    if not isinstance(raw, str):
        return None
    compact = " ".join(raw.split())
    if compact in NOT_AVAILABLE_MARKERS:
        return "..."
    return "x" if compact in CONFIDENTIAL_MARKERS else None


def _column_key(column: str) -> tuple[int, str]:
    return (len(column), column)


def build_preview(checked: CheckResult, *, lang: str = "id") -> Preview:
    """The dry run as tables per year with marked cells; see the module docstring.

    Parameters
    ----------
    checked
        What :func:`~welfare.importing.facade.check` returned: its report (file and store
        checks), its values (none when the file could not be read: then there are no tables,
        only messages), its located cells (to place rejected cells as well) and its reference
        (region names, indicator labels).
    lang
        ``"id"`` or ``"en"`` for labels and number format; messages stay Indonesian.
    """
    report, matcher, resolver = checked.report, checked.matcher, checked.resolver
    words = _WORDS.get(lang, _WORDS["id"])
    values = checked.validated.values if checked.validated is not None else []
    entries = checked.entries

    # Where every known cell is: (sheet, row, column) -> (year, region or None, indicator).
    located: dict[tuple[str | None, int, str], tuple[int, str | None, str]] = {}
    row_region: dict[tuple[str | None, int], str | None] = {}
    raw_of: dict[tuple[str | None, int, str], object] = {}
    for e in entries:
        pos = (e.sheet, e.row, e.column)
        located.setdefault(pos, (e.year, e.region, e.indicator))
        row_region.setdefault((e.sheet, e.row), e.region)
        raw_of.setdefault(pos, e.raw)
    for v in values:
        pos = (v.entry.sheet, v.entry.row, v.entry.column)
        located[pos] = (v.year, v.region, v.indicator)
        row_region[(v.entry.sheet, v.entry.row)] = v.region
    sheets = {pos[0] for pos in located}
    with_sheet = len(sheets) > 1

    def region_name(code: str) -> str:
        ref = resolver.regions.get(code)
        return ref.nama if ref is not None else code

    def indicator_label(ind_id: str, unit: bool = True) -> str:
        ref = matcher.indicators.get(ind_id)
        if ref is None:
            return ind_id
        label = ref.label_en if lang == "en" and ref.label_en else ref.label_id
        shown = unit_label(ref.unit, lang)
        if unit and shown and f"({shown})" not in label:
            return f"{label} ({shown})"
        return label

    def place(issue: Issue, what: str) -> str:
        parts = []
        if with_sheet and issue.sheet is not None:
            parts.append(f"{words['sheet']} '{issue.sheet}'")
        if issue.row is not None:
            parts.append(f"{words['row']} {issue.row}")
        if issue.column is not None:
            parts.append(f"{words['column']} {issue.column}")
        where = ", ".join(parts)
        return f"{what} ({where})" if what and where else what or where

    # Sort the issues: a cell in a table, a cell outside (total row / "Jumlah" column), or none.
    cell_issues: dict[tuple[int, str, str], list[Issue]] = {}
    other_cells: list[Message] = []
    general: list[Message] = []
    for issue in [*report.errors, *report.warnings]:
        pos = (issue.sheet, issue.row, issue.column) if issue.row and issue.column else None
        spot = located.get(pos) if pos else None  # type: ignore[arg-type]
        if spot is not None and spot[1] is not None and spot[2] in matcher.indicators:
            year, region, ind = spot
            cell_issues.setdefault((year, region, ind), []).append(issue)
        elif pos is not None:
            region = row_region.get((issue.sheet, issue.row))
            if spot is not None:
                who = words["total"] if spot[1] is None else region_name(spot[1])
                what = f"{who} · {indicator_label(spot[2], unit=False)}"
            elif region is not None:
                what = f"{region_name(region)} · {issue.header or issue.column}"
            else:
                what = issue.header or ""
            other_cells.append(Message(issue.level, place(issue, what), issue.reason))
        else:
            general.append(Message(issue.level, issue.location, issue.reason))

    # The grid: every year with a value or a marked cell; all regencies in code order.
    by_cell: dict[tuple[int, str, str], float] = {
        (v.year, v.region, v.indicator): v.value for v in values
    }
    raw_cells: dict[tuple[int, str, str], object] = {}
    col_pos: dict[tuple[int, str], tuple[int, str]] = {}
    # Cells with a BPS sign for "no figure" ("..." not available, "x" confidential) show it.
    signs: dict[tuple[int, str, str], str] = {}
    for pos, (year, region, ind) in located.items():
        if region is None or ind not in matcher.indicators:
            continue
        key = (year, region, ind)
        sign = _sign(raw_of.get(pos))
        if sign is not None and key not in by_cell:
            signs[key] = sign
        if key in by_cell or key in cell_issues or key in signs:
            raw_cells.setdefault(key, raw_of.get(pos))
            ck = _column_key(pos[2])
            if (year, ind) not in col_pos or ck < col_pos[(year, ind)]:
                col_pos[(year, ind)] = ck
    regency = ("kabupaten", "kota")
    codes = [c for c in sorted(resolver.regions) if resolver.regions[c].jenis in regency]
    for _year, region, _ind in [*by_cell, *cell_issues, *signs]:
        if region not in codes:
            codes.append(region)
    years = sorted({y for y, _ in col_pos})

    tables: list[YearTable] = []
    for year in years:
        first_seen = {ind: i for i, (y, ind) in enumerate(col_pos) if y == year}
        inds = sorted(
            (ind for y, ind in col_pos if y == year),
            key=lambda ind: (col_pos[(year, ind)], first_seen[ind]),
        )
        messages: list[Message] = []
        rows: list[tuple[Cell, ...]] = []
        for code in codes:
            row: list[Cell] = []
            for ind in inds:
                key = (year, code, ind)
                issues = cell_issues.get(key, [])
                if key in by_cell:
                    text = format_cell(by_cell[key], lang)
                elif issues:
                    text = _raw_text(raw_cells.get(key), lang)
                elif key in signs:
                    text = signs[key]
                else:
                    text = MISSING
                status: Status = (
                    ERROR
                    if any(i.level == ERROR for i in issues)
                    else WARNING
                    if issues
                    else OK
                    if key in by_cell
                    else MISSING_STATUS
                )
                refs = []
                for issue in issues:
                    ref = len(messages) + 1
                    what = f"{region_name(code)} · {indicator_label(ind, unit=False)}"
                    messages.append(Message(issue.level, place(issue, what), issue.reason, ref))
                    refs.append(ref)
                row.append(Cell(text, status, tuple(refs)))
            rows.append(tuple(row))
        tables.append(
            YearTable(
                year=year,
                region_codes=tuple(codes),
                row_labels=tuple(region_name(c) for c in codes),
                indicator_ids=tuple(inds),
                column_labels=tuple(indicator_label(i) for i in inds),
                cells=tuple(rows),
                messages=tuple(messages),
            )
        )

    notes = tuple(Message(i.level, i.location, i.reason) for i in report.notes)
    shown = len(report.errors) + len(report.warnings)
    return Preview(
        years=tuple(years),
        tables=tuple(tables),
        general=tuple(general),
        other_cells=tuple(other_cells),
        notes=notes,
        shown_issues=shown,
        total_issues=report.errors_total + report.warnings_total,
    )
