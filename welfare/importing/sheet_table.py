"""Find the table in a sheet and turn its cells into entries located by sheet, row and column.

:mod:`welfare.importing.reader` reads a file into sheets of cells; this module reads the rows
of the one table in each sheet. Where the header is and what each column means is
:mod:`.layouts.headers`; the layouts accepted, one module each under :mod:`.layouts`:

* wide (what Dinsos keeps): one row per kabupaten/kota (or kecamatan), one column per PMKS
  category or programme, under title rows and merged two- or three-row headers; a year in a
  column title ("Penerima PKH (KPM) – 2023") is that column's year;
* years as columns (BPS downloads, :mod:`.layouts.years_as_columns`): one indicator named in
  the title, the sheet name or a merged header over the years, one column per year;
* long (:mod:`.layouts.long_format`): one row per value, the template's columns or an
  export's own (``jenis_pmks;jumlah_jiwa``), taken by meaning;
* grouped rekap (:mod:`.layouts.grouped_rekap`): regency header rows over their kecamatan,
  subtotals checked and not stored, a grand total.

The year comes from a "Tahun" column, a year in the header, the sheet name ("2023"), a title
row ("DATA PMKS TAHUN 2023") or the caller's default, in that order. Total rows (a "Jumlah"
row, the province row that ends a BPS table) become entries without a region, which
:mod:`welfare.importing.totals` checks, stores as the province's value or leaves out.
"""

from __future__ import annotations

import re

from welfare.importing.indicators import IndicatorMatcher, unit_family
from welfare.importing.layouts.column_checks import ColumnChecks
from welfare.importing.layouts.grouped_rekap import (
    GRAND,
    GROUP,
    MEMBER,
    SUBTOTAL,
    Members,
    RowPlan,
)
from welfare.importing.layouts.headers import (
    HEADER_SCAN_ROWS,
    KECAMATAN_KEYS,
    ROW_TOTAL_KEYS,
    HeaderFinder,
)
from welfare.importing.layouts.long_format import LongRows
from welfare.importing.layouts.model import (
    LONG,
    WIDE,
    YEARS,
    Column,
    Entry,
    RowTotal,
    SheetResult,
    SubTotal,
    is_note,
    text,
)
from welfare.importing.layouts.title_hints import TitleHints
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.reader import Sheet, column_letter, formula_reason
from welfare.importing.report import ERROR, INFO, Issue


class SheetReader:
    def __init__(
        self,
        sheet: Sheet,
        matcher: IndicatorMatcher,
        resolver: RegionResolver,
        default_year: int | None = None,
    ) -> None:
        self.sheet = sheet
        self.matcher = matcher
        self.resolver = resolver
        self.default_year = default_year
        self.result = SheetResult(sheet.name)
        self.headers = HeaderFinder(sheet, matcher, resolver, self._issue)
        self._first_data = -1
        self._plan: RowPlan | None = None
        self._members = Members()  # kecamatan cells awaiting their regency's subtotal
        self._long: LongRows | None = None
        self._hints: TitleHints | None = None

    # -- issues --------------------------------------------------------------------------------
    def _issue(
        self,
        level: str,
        code: str,
        reason: str,
        row: int | None = None,
        col: Column | int | None = None,
    ) -> None:
        letter = header = None
        if isinstance(col, Column):
            letter, header = col.letter, col.header or None
        elif isinstance(col, int):
            letter = column_letter(col)
        self.result.issues.append(
            Issue(level, code, reason, self.sheet.name, row, letter, header)  # type: ignore[arg-type]
        )
        if level == ERROR and row is not None:
            self.result.rows_with_errors.add(row)

    # -- rows ----------------------------------------------------------------------------------
    def read(self) -> SheetResult:
        header = self.headers.find()
        if header is None:
            if self.headers.unrecognised is not None:
                bottom, columns, self._hints = self.headers.unrecognised
                self._columns().unrecognised_table(bottom, columns)
            return self.result
        top, bottom, columns, layout = header.top, header.bottom, header.columns, header.layout
        self._hints = header.hints
        self.result.layout = layout
        region_cols = [col for col in columns if col.role == "region"]
        year_col = next((col for col in columns if col.role == "year"), None)
        value_cols = [col for col in columns if col.role == "indicator"]
        first_data = bottom + 1
        self._first_data = first_data

        needs_file_year = year_col is None and (
            layout == LONG or any(col.year is None for col in value_cols)
        )
        file_year: int | None = None
        if needs_file_year:
            file_year, problem = header.hints.file_year(self.default_year)
            if problem and self._has_any_value(first_data, columns):
                self._issue(ERROR, "year_missing", problem, top + 1)
                return self.result
            if problem:
                return self.result  # an empty table (e.g. a blank template): nothing to read
        if layout == LONG:
            self._long = LongRows(self.sheet, self.matcher, columns, self._issue)
        else:  # the rows' kinds, read from the regency (or only) region column
            names = [c for c in region_cols if normalise(c.header) not in KECAMATAN_KEYS]
            label = (names or region_cols)[0]
            self._plan = RowPlan(self.sheet, self.resolver, label, value_cols, first_data)
            if (note := self._plan.note()) is not None:
                self._issue(INFO, "grouped_rekap", note)

        data_range = range(first_data, self.sheet.n_rows)
        self._columns().check(columns, data_range, layout)
        for r in data_range:
            self._read_row(r, columns, region_cols, year_col, file_year, layout)
        return self.result

    def _columns(self) -> ColumnChecks:
        return ColumnChecks(self.sheet, self.matcher, self._issue, self._hints)

    def _has_any_value(self, first: int, columns: list[Column]) -> bool:
        cols = [c.index for c in columns if c.role in ("indicator", "value", "row_total")]
        return any(
            self.sheet.value(r, c) is not None
            for r in range(first, self.sheet.n_rows)
            for c in cols
        )

    def _read_row(
        self,
        r: int,
        columns: list[Column],
        region_cols: list[Column],
        year_col: Column | None,
        file_year: int | None,
        layout: str,
    ) -> None:
        row_no = r + 1
        cells = self.sheet.cells[r]
        if all(v is None for v in cells):
            return
        if r == self._first_data and self.headers.is_numbering_row(r):
            return
        # A footnote under the table ("Sumber: Dinas Sosial ...").
        first_text = next((v for v in cells if v is not None), None)
        if is_note(first_text) and not self._row_has_values(r, columns, region_cols):
            return
        kind = self._plan.kinds.get(r) if self._plan is not None else None
        if kind is not None and kind.kind == GROUP:
            return  # a regency header: it only places the kecamatan below it
        self.result.rows_read += 1
        if kind is not None and kind.kind == SUBTOTAL:
            self.result.total_rows.add(row_no)
            self._subtotal_row(r, columns, kind.regency or "", kind.label, file_year)
            return

        if kind is not None and kind.kind == GRAND:
            region, is_total, ok = None, True, True
        else:
            within = kind.regency if kind is not None and kind.kind == MEMBER else None
            region, is_total, ok = self._row_region(r, region_cols, columns, within)
        if not ok:
            return
        year = file_year
        if year_col is not None:
            year = self._row_year(r, year_col)
            if year is None:
                return
        if is_total:
            self.result.total_rows.add(row_no)
        else:
            self.result.data_rows.add(row_no)

        before = len(self.result.entries)
        if layout == LONG:
            assert self._long is not None and year is not None
            entry = self._long.entry(r, region, year, self._entry)
            if entry is not None:
                self.result.entries.append(entry)
        else:
            self._wide_entries(r, columns, region, year)
        if is_total:  # say which total it is, for the checks and the report
            cell = self.sheet.value(r, region_cols[0].index) if region_cols else None
            label = text(cell) or (kind.label if kind is not None else "")
            for entry in self.result.entries[before:]:
                entry.label = label
                entry.grand = kind is not None
                entry.province = kind is None and self.resolver.names_province(cell)

    def _row_has_values(self, r: int, columns: list[Column], region_cols: list[Column]) -> bool:
        skip = {c.index for c in region_cols}
        return any(
            self.sheet.value(r, col.index) is not None
            for col in columns
            if col.role in ("indicator", "value", "row_total") and col.index not in skip
        )

    def _row_region(
        self,
        r: int,
        region_cols: list[Column],
        columns: list[Column],
        group: str | None = None,
    ) -> tuple[str | None, bool, bool]:
        """(kode_bps or None for a total row, is total, ok). ``group``: the regency of the
        grouped rekap's header above the row, which reads the row as its kecamatan."""
        row_no = r + 1
        resolved: list[tuple[Column, str | None, bool]] = []
        # A kecamatan column is read within the regency that another column of the row names
        # ("Penajam Paser Utara" | "Penajam"); the row is then the kecamatan.
        kec_cols = {c.index for c in region_cols if normalise(c.header) in KECAMATAN_KEYS}
        within = group
        for col in region_cols:
            if col.index not in kec_cols and group is None:
                res = self.resolver.resolve(self.sheet.value(r, col.index))
                if res.kind == "region" and not self.resolver.is_kecamatan(res.kode_bps):
                    within = res.kode_bps
        for col in region_cols:
            kecamatan = col.index in kec_cols or group is not None
            res = self.resolver.resolve(
                self.sheet.value(r, col.index),
                within=within if kecamatan else None,
                kecamatan=kecamatan,
            )
            if res.kind == "empty":
                continue
            if res.kind == "error":
                self._issue(ERROR, "unknown_region", res.reason or "", row_no, col)
                return None, False, False
            resolved.append((col, res.kode_bps, res.kind == "total"))
        if not resolved:
            if self._row_has_values(r, columns, region_cols):
                self._issue(
                    ERROR,
                    "region_missing",
                    "nama atau kode wilayah kosong, padahal baris berisi angka.",
                    row_no,
                    region_cols[0],
                )
            else:
                self.result.rows_read -= 1  # a row with neither region nor values: ignore
            return None, False, False
        kinds = {(kode, total) for _, kode, total in resolved}
        kec = {k for k, _ in kinds if self.resolver.is_kecamatan(k)}
        if len(kec) == 1:  # the regency column only placed the kecamatan
            parent = self.resolver.parent(next(iter(kec)))
            kinds.discard((parent, False))
            resolved = [x for x in resolved if x[1] != parent]
        if len(kinds) > 1:
            shown = " dan ".join(
                f"kolom {col.letter} ({'jumlah provinsi' if total else self.resolver.label(kode)})"
                for col, kode, total in resolved
            )
            self._issue(
                ERROR,
                "region_conflict",
                f"kode dan nama wilayah tidak cocok: {shown}.",
                row_no,
                resolved[0][0],
            )
            return None, False, False
        _, kode, total = resolved[0]
        return kode, total, True

    def _row_year(self, r: int, year_col: Column) -> int | None:
        raw = self.sheet.value(r, year_col.index)
        shown = text(raw)
        formula = self.sheet.formulas.get((r, year_col.index))  # only without a saved value
        if formula is not None:
            self._issue(ERROR, "formula", formula_reason(formula), r + 1, year_col)
            return None
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer():
            return int(raw)
        if re.fullmatch(r"[0-9]{4}", shown):
            return int(shown)
        shown = shown[:40]
        self._issue(
            ERROR,
            "bad_year",
            f"tahun '{shown}' tidak valid; tulis tahun empat angka, mis. 2023."
            if shown
            else "tahun kosong; isi tahun data, mis. 2023.",
            r + 1,
            year_col,
        )
        return None

    def _entry(
        self,
        r: int,
        col: Column,
        region: str | None,
        indicator: str,
        year: int,
        raw: object,
        header: str,
    ) -> Entry:
        key = (r, col.index)
        return Entry(
            self.sheet.name,
            r + 1,
            col.letter,
            header,
            region,
            indicator,
            year,
            raw,
            formula=self.sheet.formulas.get(key),
            excel_error=self.sheet.errors.get(key),
            scale=col.scale,
        )

    def _wide_entries(
        self, r: int, columns: list[Column], region: str | None, year: int | None
    ) -> None:
        row_entries: list[tuple[Column, Entry]] = []
        parent = self.resolver.parent(region) if region else None
        for col in columns:
            if col.role != "indicator":
                continue
            col_year = col.year if col.year is not None else year
            if col_year is None:  # pragma: no cover - find_header guarantees a year
                continue
            entry = self._entry(
                r,
                col,
                region,
                col.indicator or "",
                col_year,
                self.sheet.value(r, col.index),
                col.header,
            )
            row_entries.append((col, entry))
            self.result.entries.append(entry)
            if parent is not None:
                self._members.add(parent, col.index, entry)
        unread = [c for c in columns if c.role in ("unknown", "ambiguous", "blank") and c.numeric]
        for col in columns:
            if col.role == "row_total":
                raw = self.sheet.value(r, col.index)
                if raw is None:
                    continue
                others = [
                    (c.letter, c.header, v)
                    for c in unread
                    if self._summed(col, c, c.year)
                    and (v := self.sheet.value(r, c.index)) is not None
                ]
                self.result.row_totals.append(
                    RowTotal(
                        self.sheet.name,
                        r + 1,
                        col.letter,
                        col.header,
                        raw,
                        [e for c, e in row_entries if self._summed(col, c, e.year)],
                        self.sheet.formulas.get((r, col.index)),
                        others,
                    )
                )

    def _subtotal_row(
        self, r: int, columns: list[Column], regency: str, label: str, year: int | None
    ) -> None:
        """A regency's subtotal: one :class:`SubTotal` per indicator cell, never a value."""
        cells = self._members.close(self.sheet, r, columns, regency, label, year)
        self.result.subtotals.extend(cells)
        if not any(st.members for st in cells):
            self._issue(
                ERROR,
                "subtotal_without_rows",
                f"baris subtotal '{label[:60]}' ({self.resolver.label(regency)}) tidak didahului "
                "baris kecamatan kabupaten/kota itu, jadi tidak ada yang dapat dijumlahkan; "
                "tulis kecamatannya di atas baris ini, atau tulis nama kabupaten/kota saja bila "
                "baris ini nilai kabupaten/kota.",
                r + 1,
                next((c for c in columns if c.role == "region"), None),
            )

    def _summed(self, total: Column, col: Column, year: int | None) -> bool:
        """Whether a "Jumlah" column adds up ``col``: same year and, if it says so, unit."""
        if total.year is not None and year is not None and year != total.year:
            return False
        family, own = unit_family(total.unit), self._family(col)
        return family is None or own is None or own == family

    def _family(self, col: Column) -> str | None:
        """A column's unit family: the unit its header states, else its indicator's."""
        if col.unit is not None:
            return unit_family(col.unit)
        return unit_family(self.matcher.get(col.indicator).unit) if col.indicator else None


def read_sheet(
    sheet: Sheet,
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
    default_year: int | None = None,
) -> SheetResult:
    return SheetReader(sheet, matcher, resolver, default_year).read()


__all__ = [
    "HEADER_SCAN_ROWS",
    "LONG",
    "ROW_TOTAL_KEYS",
    "WIDE",
    "YEARS",
    "Entry",
    "RowTotal",
    "SheetResult",
    "SubTotal",
    "read_sheet",
]
