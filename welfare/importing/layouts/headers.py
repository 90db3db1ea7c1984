"""Where a sheet's table starts and what each column title means.

The header row is the first of the top rows that names a region column ("Kabupaten/Kota",
"Wilayah", "kode_wilayah" ...), continued by up to two rows below it (merged parent headers,
years). Each column is classified by its title: a region, a year, a long table's indicator
and value columns, an indicator (catalogue label, synonym, or the concept a longer title
names), a "Jumlah" column, a column to ignore. Which layout the columns make is decided here
too, with :mod:`.long_format` and :mod:`.years_as_columns` for the layouts that need more
than the column titles. When no row names a region column, a row whose columns make a long
table or a row of years may still be the header if one column's values are regions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from welfare.importing.indicators import IndicatorMatcher, written_unit
from welfare.importing.layouts import long_format, years_as_columns
from welfare.importing.layouts.model import WIDE, Column, text
from welfare.importing.layouts.title_hints import (
    TitleHints,
    header_year,
    indicator_in_title,
    split_column_year,
)
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.reader import Sheet

HEADER_SCAN_ROWS = 30
MAX_HEADER_ROWS = 3

# fmt: off
REGION_KEYS = frozenset({
    "kode wilayah", "nama wilayah", "wilayah", "kabupaten kota", "kab kota", "kabupaten",
    "kota", "kota kabupaten", "daerah", "kode", "kode bps", "kode kemendagri", "kode kab kota",
    "kode kabupaten kota", "nama kabupaten kota", "nama kab kota", "nama kabupaten",
    "kabupaten kota di kalimantan timur", "wilayah kabupaten kota", "kab kota kaltim",
    "kode wilayah bps", "kode wilayah kemendagri", "nama daerah",
    "kecamatan", "kec", "nama kecamatan", "kode kecamatan", "kode kec", "wilayah kecamatan",
    # Exports of other systems.
    "kabkota", "kab kot", "kabkot", "nama kab", "nama kabkota", "kode kab", "kd kab",
    "kode kabkota", "kode bps kab", "kode kab bps", "bps kode", "kode kemendagri kab",
    "kabupaten kota kecamatan", "kecamatan kabupaten kota", "kab kota kecamatan",
    "provinsi kabupaten kota", "nama kec", "kd kec", "kab",
})
# Region columns that hold kecamatan (their names are read as kecamatan first).
KECAMATAN_KEYS = frozenset({
    "kecamatan", "kec", "nama kecamatan", "kode kecamatan", "kode kec", "wilayah kecamatan",
    "nama kec", "kd kec",
})
# fmt: on
YEAR_KEYS = frozenset({"tahun", "thn", "tahun data", "periode"})
SOURCE_KEYS = frozenset({"sumber", "sumber data"})
# fmt: off
IGNORE_KEYS = frozenset({
    "no", "nomor", "no urut", "nomor urut", "urut", "keterangan", "ket", "catatan", "satuan",
    "unit", "label", "label indikator",
    # The DTSEN snapshot date column (read by importing/snapshot.py, not a value column).
    "tanggal data", "tanggal posisi", "posisi data", "per tanggal", "tgl data",
})
# fmt: on
# Ignored columns worth naming in the report as skipped (a "No" column is not).
NOTE_COLUMN_KEYS = frozenset({"keterangan", "ket", "catatan"})
ROW_TOTAL_KEYS = frozenset({"jumlah", "total", "jml", "jumlah total", "total jumlah"})

_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")

Report = Callable[..., None]  # SheetReader._issue(level, code, reason, row, col)


@dataclass
class Header:
    top: int  # first header row, 0-based
    bottom: int  # last header row
    columns: list[Column]
    layout: str
    hints: TitleHints


def without_unit(header: str) -> str:
    """ "Jumlah (Jiwa)" -> "jumlah": the header without a stated unit."""
    unit = written_unit(header)
    if unit is None:
        return normalise(header)
    words = normalise(re.sub(r"\([^)]*\)", " ", header) if "(" in header else header).split()
    if words and normalise(unit) == words[-1]:
        words = words[:-1]
    return " ".join(words)


class HeaderFinder:
    """Finds the header of one sheet and classifies its columns."""

    def __init__(
        self,
        sheet: Sheet,
        matcher: IndicatorMatcher,
        resolver: RegionResolver,
        report: Report,
    ) -> None:
        self.sheet = sheet
        self.matcher = matcher
        self.resolver = resolver
        self.report = report
        # A header with a region column whose columns name no indicator: (bottom, columns,
        # hints), so the reader can tell a table it does not understand from no table.
        self.unrecognised: tuple[int, list[Column], TitleHints] | None = None

    # -- rows ----------------------------------------------------------------------------------
    def is_numbering_row(self, r: int) -> bool:
        """The "(1) (2) (3) ..." row that government tables put under the header."""
        values = [text(v) for v in self.sheet.cells[r] if v is not None]
        if len(values) < 2 or not all(_NUMBERING.match(v) for v in values):
            return False
        return [int(v.strip("()")) for v in values] == list(range(1, len(values) + 1))

    def _region_columns(self, r: int) -> list[int]:
        return [
            c
            for c, v in enumerate(self.sheet.cells[r])
            if isinstance(v, str) and normalise(v) in REGION_KEYS
        ]

    def _continues_header(self, r: int, region_cols: list[int], top: int) -> bool:
        if r >= self.sheet.n_rows or self.is_numbering_row(r):
            return False
        row = self.sheet.cells[r]
        for c in region_cols:
            v = row[c] if c < len(row) else None
            merged = self.sheet.merged_from.get((r, c))
            if v is not None and not (merged is not None and merged[0] >= top):
                return False
        others = [v for c, v in enumerate(row) if c not in region_cols and v is not None]
        # A header continuation is text (labels or years), never measurements.
        return bool(others) and all(
            isinstance(v, str) or (isinstance(v, int) and 1900 <= v <= 2100) for v in others
        )

    def _extent(self, top: int, region_cols: list[int]) -> int:
        bottom = top
        while bottom - top + 1 < MAX_HEADER_ROWS and self._continues_header(
            bottom + 1, region_cols, top
        ):
            bottom += 1
        return bottom

    # -- columns -------------------------------------------------------------------------------
    def columns(self, top: int, bottom: int, hints: TitleHints) -> list[Column]:
        width = max((len(self.sheet.cells[r]) for r in range(top, bottom + 1)), default=0)
        columns = []
        for c in range(width):
            parts: list[str] = []
            year: int | None = None
            for r in range(top, bottom + 1):
                cell = text(self.sheet.value(r, c))
                if not cell:
                    continue
                y = header_year(cell)
                if y is None:
                    cell, y = split_column_year(cell)  # "Penerima PKH (KPM) – 2023"
                if y is not None:
                    year = y
                if y is not None and cell == text(self.sheet.value(r, c)):
                    continue  # the cell was only a year
                if not parts or parts[-1] != cell:
                    parts.append(cell)
            columns.append(self.classify(c, parts, year, hints))
        return columns

    def classify(self, c: int, parts: list[str], year: int | None, hints: TitleHints) -> Column:
        if not parts:
            return Column(c, str(year) if year else "", "blank", year=year)
        shown = parts[-1] if len(parts) == 1 else " / ".join(parts)
        # A unit in a merged parent header ("JENIS PMKS (JIWA)", "JUMLAH (KK)") applies to
        # every column under it unless the column states its own.
        unit, unit_from = written_unit(parts[-1]), None
        for parent in reversed(parts[:-1]):
            if unit is None and (unit := written_unit(parent)) is not None:
                unit_from = parent
        ambiguous: Column | None = None
        for i in range(len(parts)):
            candidate = " ".join(parts[i:])
            k = normalise(candidate)
            if k in REGION_KEYS:
                return Column(c, candidate, "region")
            if k in YEAR_KEYS:
                return Column(c, candidate, "year")
            if k in long_format.INDICATOR_KEYS:
                return Column(c, candidate, "indicator_name")
            if k in long_format.CATEGORY_KEYS:
                return Column(c, candidate, "category")
            if k in ROW_TOTAL_KEYS or without_unit(candidate) in ROW_TOTAL_KEYS:
                # "Jumlah (jiwa)", or "Jumlah" under "JENIS PMKS (JIWA)": sums that unit only.
                return Column(c, candidate, "jumlah", year=year, unit=unit)
            if k in long_format.VALUE_KEYS or without_unit(candidate) in long_format.VALUE_KEYS:
                return Column(c, candidate, "value", unit=written_unit(candidate) or unit)
            if k in SOURCE_KEYS:
                return Column(c, candidate, "source")
            if k in IGNORE_KEYS:
                return Column(c, candidate, "ignore")
            found = self.matcher.resolve(candidate, unit)
            stated_by = None if written_unit(candidate) else unit_from
            if found.indicator:
                return Column(
                    c,
                    candidate,
                    "indicator",
                    found.indicator,
                    year,
                    unit=found.unit,
                    unit_from=stated_by,
                    unit_mismatch=found.unit_mismatch,
                )
            if found.ambiguous and ambiguous is None:
                ambiguous = Column(
                    c,
                    candidate,
                    "ambiguous",
                    year=year,
                    candidates=found.candidates,
                    unit=found.unit,
                    unit_from=stated_by,
                )
        if ambiguous is not None:
            return self._by_title_unit(ambiguous, hints)
        # A longer title naming one concept ("Persentase Penduduk Miskin (P0) Menurut
        # Kabupaten/Kota (Persen)" over the year columns of a BPS table).
        named = indicator_in_title(" ".join(parts), self.matcher, unit)
        if named.indicator:
            ind = self.matcher.get(named.indicator)
            return Column(c, shown, "indicator", named.indicator, year, unit=unit or ind.unit)
        if named.candidates:
            col = Column(c, shown, "ambiguous", year=year, candidates=named.candidates)
            return self._by_title_unit(col, hints)
        return Column(c, shown, "unknown", year=year)

    def _by_title_unit(self, col: Column, hints: TitleHints) -> Column:
        """An ambiguous column the title's one unit decides ("JUMLAH KELUARGA (KK) ...")."""
        unit = hints.unit()
        if unit is None:
            return col
        found = self.matcher.resolve(col.header, unit)
        if found.indicator and not found.unit_mismatch:
            col.role, col.indicator, col.candidates = "indicator", found.indicator, ()
            col.unit, col.unit_from = unit, "judul tabel"
        return col

    # -- the header ----------------------------------------------------------------------------
    def find(self) -> Header | None:
        """The table's header and layout, or None (``self.unrecognised`` may then be set)."""
        limit = min(HEADER_SCAN_ROWS, self.sheet.n_rows)
        for top in range(limit):
            region_cols = self._region_columns(top)
            if not region_cols:
                continue
            bottom = self._extent(top, region_cols)
            hints = TitleHints(self.sheet, top)
            columns = self.columns(top, bottom, hints)
            layout = self._layout(top, bottom, columns, hints)
            if layout is not None:
                return Header(top, bottom, columns, layout, hints)
            if self.unrecognised is None:
                self.unrecognised = (bottom, columns, hints)
        if self.unrecognised is not None:
            return None
        return self._by_meaning(limit)

    def _layout(
        self, top: int, bottom: int, columns: list[Column], hints: TitleHints
    ) -> str | None:
        roles = {col.role for col in columns}
        if "indicator_name" in roles and ("value" in roles or "jumlah" in roles):
            return long_format.settle(columns, bottom, self.sheet, self.report)
        if "indicator" in roles or "ambiguous" in roles:
            for col in columns:
                if col.role == "jumlah":
                    col.role = "row_total"
                elif col.role in ("value", "category"):
                    col.role = "unknown"
            return WIDE
        if long_format.is_long(columns):
            return long_format.settle(columns, bottom, self.sheet, self.report)
        found = long_format.category_by_values(columns, bottom, self.sheet, self.matcher)
        if found is not None:
            return long_format.settle(columns, bottom, self.sheet, self.report)
        return years_as_columns.settle(columns, top, hints, self.sheet, self.matcher, self.report)

    def _by_meaning(self, limit: int) -> Header | None:
        """A header without a region column title: a long table or a row of years whose
        region column is told by its values (names or codes of regions)."""
        for top in range(limit):
            row = self.sheet.cells[top]
            if sum(isinstance(v, str) for v in row) + sum(isinstance(v, int) for v in row) < 2:
                continue
            hints = TitleHints(self.sheet, top)
            columns = self.columns(top, top, hints)
            roles = [col.role for col in columns]
            long_like = "value" in roles or "jumlah" in roles
            years_like = sum(col.role == "blank" and col.year is not None for col in columns) >= 2
            if not (long_like or years_like):
                continue
            region = long_format.region_by_values(columns, top, self.sheet, self.resolver)
            if region is None:
                continue
            region.role = "region"
            layout = self._layout(top, top, columns, hints)
            if layout is not None:
                shown = f"kolom {region.letter}" + (f" ({region.header})" if region.header else "")
                self.report(
                    "info",
                    "column_taken",
                    f"{shown} dibaca sebagai kolom wilayah karena isinya nama atau kode "
                    "kabupaten/kota.",
                    None,
                    None,
                )
                return Header(top, top, columns, layout, hints)
        return None


__all__ = [
    "HEADER_SCAN_ROWS",
    "IGNORE_KEYS",
    "KECAMATAN_KEYS",
    "MAX_HEADER_ROWS",
    "NOTE_COLUMN_KEYS",
    "REGION_KEYS",
    "ROW_TOTAL_KEYS",
    "Header",
    "HeaderFinder",
    "without_unit",
]
