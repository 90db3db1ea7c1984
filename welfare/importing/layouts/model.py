"""What a sheet's table turns into: classified columns, located value cells and totals.

Pure data: :mod:`welfare.importing.sheet_table` fills these in, :mod:`welfare.importing.validate`
parses and checks them, the preview places them. Rows are 1-based, columns letters, as the
spreadsheet program shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from welfare.importing.names import normalise
from welfare.importing.reader import column_letter
from welfare.importing.report import Issue

LONG = "long"  # one row per value (template, or an export's own column names)
WIDE = "wide"  # one row per region, one column per indicator
YEARS = "years"  # one indicator (title, sheet name or parent header), one column per year

NOTE_WORDS = frozenset({"sumber", "keterangan", "ket", "catatan", "note", "nb"})


@dataclass
class Column:
    index: int
    header: str  # as shown to the user (bottom header text, or the joined parts)
    role: str  # region | year | indicator_name | value | source | ignore | indicator | row_total
    #            | jumlah | ambiguous | unknown | blank | skipped
    indicator: str | None = None
    year: int | None = None  # a year given in the header itself
    candidates: tuple[str, ...] = ()  # role ambiguous: the indicators that still fit
    unit: str | None = None  # unit stated in the header or its parent, as written
    unit_from: str | None = None  # the parent header that stated it (None: the header itself)
    unit_mismatch: bool = False  # that unit is not the chosen indicator's unit
    numeric: bool = False  # unknown/ambiguous column holding numbers (counted in row totals)
    from_title: bool = False  # the indicator came from a title, not from this column's own text
    scale: float = 1.0  # the title wrote the numbers in thousands ("Ribu Jiwa"): 1000

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class Entry:
    """One value cell, located, before number parsing."""

    sheet: str | None
    row: int  # 1-based
    column: str
    header: str
    region: str | None  # kode_bps; None for a total row
    indicator: str
    year: int
    raw: object
    formula: str | None = None
    excel_error: str | None = None
    source: str | None = None
    # A total row that names the province ("Kalimantan Timur", "Kaltim", code 64), as BPS
    # tables end; a plain "Jumlah" row leaves it False.
    province: bool = False
    grand: bool = False  # the grand total under the groups of a grouped rekap
    label: str | None = None  # a total row's region cell, for the report
    scale: float = 1.0  # the value is the number written times this (Column.scale)

    @property
    def is_total(self) -> bool:
        return self.region is None


@dataclass
class RowTotal:
    """A "Jumlah" column cell: checked against the sum of the row's counts, then dropped."""

    sheet: str | None
    row: int
    column: str
    header: str
    raw: object
    entries: list[Entry]
    formula: str | None = None
    # Cells of unrecognised numeric columns on the row, (letter, header, raw): a "Jumlah" column
    # sums every count column, recognised or not.
    others: list[tuple[str, str, object]] = field(default_factory=list)


@dataclass
class SubTotal:
    """A regency's subtotal cell in a grouped rekap ("JUMLAH KAB. PPU"): checked against the
    sum of the kecamatan above it in the same column, never stored as a value of its own."""

    sheet: str | None
    row: int
    column: str
    header: str
    label: str  # the row's text, as written
    regency: str  # kode_bps of the regency it sums
    indicator: str
    year: int
    raw: object
    members: list[Entry]  # the kecamatan cells it sums
    formula: str | None = None


@dataclass
class SheetResult:
    sheet: str | None
    layout: str | None = None  # long | wide | years | None (no table)
    entries: list[Entry] = field(default_factory=list)
    row_totals: list[RowTotal] = field(default_factory=list)
    subtotals: list[SubTotal] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    rows_read: int = 0
    rows_with_errors: set[int] = field(default_factory=set)
    data_rows: set[int] = field(default_factory=set)  # 1-based rows that are regency rows
    total_rows: set[int] = field(default_factory=set)


def text(value: object) -> str:
    """A cell as text: "" when empty, 2023 rather than 2023.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def is_note(value: object) -> bool:
    """A footnote under the table ("Sumber: Dinas Sosial ...", "* angka sementara")."""
    if not isinstance(value, str):
        return False
    words = normalise(value).split()
    return value.lstrip().startswith("*") or bool(words and words[0] in NOTE_WORDS)
