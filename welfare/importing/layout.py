"""Find the table in a sheet and turn it into located entries.

Two layouts are accepted:

* long (the template): one row per value, columns kode_wilayah/nama_wilayah, tahun, indikator,
  nilai and optionally sumber;
* wide (what Dinsos actually keeps): one row per kabupaten/kota, one column per PMKS category
  or programme, possibly under title rows and with merged two- or three-row headers.

The header row is the first of the top rows that names a region column ("Kabupaten/Kota",
"Wilayah", "kode_wilayah" ...) next to either the long-format columns or at least one column
recognised as an indicator. The year comes from a "Tahun" column, a year in the header, the
sheet name ("2023"), a title row ("DATA PMKS TAHUN 2023") or the caller's default, in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.reader import Sheet, column_letter, formula_reason
from welfare.importing.report import ERROR, Issue

HEADER_SCAN_ROWS = 30
MAX_HEADER_ROWS = 3

REGION_KEYS = frozenset({
    "kode wilayah", "nama wilayah", "wilayah", "kabupaten kota", "kab kota", "kabupaten",
    "kota", "kota kabupaten", "daerah", "kode", "kode bps", "kode kemendagri", "kode kab kota",
    "kode kabupaten kota", "nama kabupaten kota", "nama kab kota", "nama kabupaten",
    "kabupaten kota di kalimantan timur", "wilayah kabupaten kota", "kab kota kaltim",
    "kode wilayah bps", "kode wilayah kemendagri", "nama daerah",
})
YEAR_KEYS = frozenset({"tahun", "thn", "tahun data", "periode"})
INDICATOR_KEYS = frozenset({"indikator", "kode indikator", "id indikator", "nama indikator"})
VALUE_KEYS = frozenset({"nilai", "nilai indikator", "angka", "jumlah", "nilai angka"})
SOURCE_KEYS = frozenset({"sumber", "sumber data"})
IGNORE_KEYS = frozenset({
    "no", "nomor", "no urut", "nomor urut", "urut", "keterangan", "ket", "catatan", "satuan",
    "unit", "label", "label indikator",
})
ROW_TOTAL_KEYS = frozenset({"jumlah", "total", "jml", "jumlah total", "total jumlah"})
NOTE_WORDS = frozenset({"sumber", "keterangan", "ket", "catatan", "note", "nb"})

_YEAR_TEXT = re.compile(r"^(?:tahun\s*|thn\.?\s*)?((?:19|20)\d{2})$", re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
_YEAR_AFTER_TAHUN = re.compile(r"tahun\s*((?:19|20)[0-9]{2})(?![0-9])", re.IGNORECASE)
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")

LONG = "long"
WIDE = "wide"


@dataclass
class Column:
    index: int
    header: str  # as shown to the user (bottom header text, or the joined parts)
    role: str  # region | year | indicator_name | value | source | ignore | indicator | row_total
    #            | unknown | blank
    indicator: str | None = None
    year: int | None = None  # a year given in the header itself

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


@dataclass
class SheetResult:
    sheet: str | None
    layout: str | None = None  # long | wide | None (no table)
    entries: list[Entry] = field(default_factory=list)
    row_totals: list[RowTotal] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    rows_read: int = 0
    rows_with_errors: set[int] = field(default_factory=set)
    data_rows: set[int] = field(default_factory=set)  # 1-based rows that are regency rows
    total_rows: set[int] = field(default_factory=set)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _is_note(value: object) -> bool:
    if not isinstance(value, str):
        return False
    words = normalise(value).split()
    return value.lstrip().startswith("*") or bool(words and words[0] in NOTE_WORDS)


def _header_year(text: str) -> int | None:
    m = _YEAR_TEXT.match(text.strip())
    return int(m.group(1)) if m else None


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
        self._first_data = -1

    # -- issues --------------------------------------------------------------------------------
    def _issue(self, level: str, code: str, reason: str, row: int | None = None,
               col: Column | int | None = None) -> None:
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

    # -- header detection ----------------------------------------------------------------------
    def _is_numbering_row(self, r: int) -> bool:
        """The "(1) (2) (3) ..." row that government tables put under the header."""
        values = [_text(v) for v in self.sheet.cells[r] if v is not None]
        if len(values) < 2 or not all(_NUMBERING.match(v) for v in values):
            return False
        return [int(v.strip("()")) for v in values] == list(range(1, len(values) + 1))

    def _region_columns(self, r: int) -> list[int]:
        return [
            c for c, v in enumerate(self.sheet.cells[r])
            if isinstance(v, str) and normalise(v) in REGION_KEYS
        ]

    def _continues_header(self, r: int, region_cols: list[int], top: int) -> bool:
        if r >= self.sheet.n_rows or self._is_numbering_row(r):
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

    def _columns(self, top: int, bottom: int) -> list[Column]:
        width = max((len(self.sheet.cells[r]) for r in range(top, bottom + 1)), default=0)
        columns = []
        for c in range(width):
            parts: list[str] = []
            year: int | None = None
            for r in range(top, bottom + 1):
                text = _text(self.sheet.value(r, c))
                if not text:
                    continue
                y = _header_year(text)
                if y is not None:
                    year = y
                    continue
                if not parts or parts[-1] != text:
                    parts.append(text)
            columns.append(self._classify(c, parts, year))
        return columns

    def _classify(self, c: int, parts: list[str], year: int | None) -> Column:
        if not parts:
            return Column(c, str(year) if year else "", "blank", year=year)
        shown = parts[-1] if len(parts) == 1 else " / ".join(parts)
        for i in range(len(parts)):
            candidate = " ".join(parts[i:])
            k = normalise(candidate)
            if k in REGION_KEYS:
                return Column(c, candidate, "region")
            if k in YEAR_KEYS:
                return Column(c, candidate, "year")
            if k in INDICATOR_KEYS:
                return Column(c, candidate, "indicator_name")
            if k in ROW_TOTAL_KEYS:
                return Column(c, candidate, "jumlah", year=year)
            if k in VALUE_KEYS:
                return Column(c, candidate, "value")
            if k in SOURCE_KEYS:
                return Column(c, candidate, "source")
            if k in IGNORE_KEYS:
                return Column(c, candidate, "ignore")
            found = self.matcher.match(candidate)
            if found:
                return Column(c, candidate, "indicator", found, year)
        return Column(c, shown, "unknown", year=year)

    def find_header(self) -> tuple[int, int, list[Column], str] | None:
        limit = min(HEADER_SCAN_ROWS, self.sheet.n_rows)
        for top in range(limit):
            region_cols = self._region_columns(top)
            if not region_cols:
                continue
            bottom = top
            while bottom - top + 1 < MAX_HEADER_ROWS and self._continues_header(
                bottom + 1, region_cols, top
            ):
                bottom += 1
            columns = self._columns(top, bottom)
            roles = {col.role for col in columns}
            if "indicator_name" in roles and ("value" in roles or "jumlah" in roles):
                for col in columns:
                    if col.role == "jumlah":
                        col.role = "value"
                return top, bottom, columns, LONG
            if "indicator" in roles:
                for col in columns:
                    if col.role == "jumlah":
                        col.role = "row_total"
                    elif col.role == "value":
                        col.role = "unknown"
                return top, bottom, columns, WIDE
        return None

    # -- year ----------------------------------------------------------------------------------
    def _file_year(self, top: int) -> tuple[int | None, str | None]:
        """(year, None) or (None, reason) from sheet name, title rows and the default."""
        found: dict[int, str] = {}
        if self.sheet.name:
            years = _YEAR_IN_TEXT.findall(self.sheet.name)
            if len(set(years)) == 1:
                found.setdefault(int(years[0]), f"nama lembar '{self.sheet.name}'")
        title_years: set[int] = set()
        for r in range(top):
            for v in self.sheet.cells[r]:
                if isinstance(v, str):
                    after = _YEAR_AFTER_TAHUN.findall(v)
                    title_years.update(int(y) for y in (after or _YEAR_IN_TEXT.findall(v)))
        for y in title_years:
            found.setdefault(y, "judul tabel")
        if len(found) > 1:
            listed = ", ".join(f"{y} ({where})" for y, where in sorted(found.items()))
            return None, (
                f"tahun data tidak jelas: berkas menyebut beberapa tahun ({listed}). Tambahkan "
                "kolom 'Tahun' atau perbaiki judul/nama lembar."
            )
        if found:
            (year, where), = found.items()
            if self.default_year is not None and self.default_year != year:
                return None, (
                    f"tahun pada {where} ({year}) berbeda dengan tahun yang dipilih "
                    f"({self.default_year}); samakan salah satunya."
                )
            return year, None
        if self.default_year is not None:
            return self.default_year, None
        return None, (
            "tahun data tidak ditemukan: tambahkan kolom 'Tahun', tulis tahun di judul (mis. "
            "'DATA PMKS TAHUN 2023') atau sebagai nama lembar, atau pilih tahunnya saat impor."
        )

    # -- rows ----------------------------------------------------------------------------------
    def read(self) -> SheetResult:
        header = self.find_header()
        if header is None:
            return self.result
        top, bottom, columns, layout = header
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
            file_year, problem = self._file_year(top)
            if problem and self._has_any_value(first_data, columns):
                self._issue(ERROR, "year_missing", problem, top + 1)
                return self.result
            if problem:
                return self.result  # an empty table (e.g. a blank template): nothing to read

        data_range = range(first_data, self.sheet.n_rows)
        self._check_columns(columns, data_range, layout)
        for r in data_range:
            self._read_row(r, columns, region_cols, year_col, file_year, layout)
        return self.result

    def _has_any_value(self, first: int, columns: list[Column]) -> bool:
        cols = [c.index for c in columns if c.role in ("indicator", "value", "row_total")]
        return any(
            self.sheet.value(r, c) is not None
            for r in range(first, self.sheet.n_rows)
            for c in cols
        )

    def _check_columns(self, columns: list[Column], rows: range, layout: str) -> None:
        for col in columns:
            if col.role not in ("unknown", "blank"):
                continue
            has_data = any(self.sheet.value(r, col.index) is not None for r in rows)
            if not has_data:
                continue
            if col.role == "blank":
                self._issue(
                    ERROR, "blank_header",
                    "kolom tanpa judul berisi data; beri judul (nama indikator) atau hapus "
                    "kolomnya.",
                    None, col,
                )
                continue
            hint = self.matcher.suggest(col.header)
            reason = f"judul kolom '{col.header}' tidak dikenal sebagai indikator"
            reason += f"; mungkin maksudnya '{hint}'?" if hint else (
                "; gunakan nama indikator dari katalog atau templat."
                if layout == WIDE else "; kolom templat: kode_wilayah atau nama_wilayah, "
                "tahun, indikator, nilai, sumber."
            )
            self._issue(ERROR, "unknown_indicator", reason if reason.endswith(("?", ".")) else
                        reason + ".", None, col)

    def _read_row(self, r: int, columns: list[Column], region_cols: list[Column],
                  year_col: Column | None, file_year: int | None, layout: str) -> None:
        row_no = r + 1
        cells = self.sheet.cells[r]
        if all(v is None for v in cells):
            return
        if r == self._first_data and self._is_numbering_row(r):
            return
        # A footnote under the table ("Sumber: Dinas Sosial ...").
        first_text = next((v for v in cells if v is not None), None)
        if _is_note(first_text) and not self._row_has_values(r, columns, region_cols):
            return
        self.result.rows_read += 1

        region, is_total, ok = self._row_region(r, region_cols, columns)
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

        if layout == LONG:
            self._long_entry(r, columns, region, year)  # type: ignore[arg-type]
        else:
            self._wide_entries(r, columns, region, year)

    def _row_has_values(self, r: int, columns: list[Column], region_cols: list[Column]) -> bool:
        skip = {c.index for c in region_cols}
        return any(
            self.sheet.value(r, col.index) is not None
            for col in columns
            if col.role in ("indicator", "value", "row_total") and col.index not in skip
        )

    def _row_region(self, r: int, region_cols: list[Column],
                    columns: list[Column]) -> tuple[str | None, bool, bool]:
        row_no = r + 1
        resolved: list[tuple[Column, str | None, bool]] = []
        for col in region_cols:
            res = self.resolver.resolve(self.sheet.value(r, col.index))
            if res.kind == "empty":
                continue
            if res.kind == "error":
                self._issue(ERROR, "unknown_region", res.reason or "", row_no, col)
                return None, False, False
            resolved.append((col, res.kode_bps, res.kind == "total"))
        if not resolved:
            if self._row_has_values(r, columns, region_cols):
                self._issue(ERROR, "region_missing",
                            "nama atau kode wilayah kosong, padahal baris berisi angka.",
                            row_no, region_cols[0])
            else:
                self.result.rows_read -= 1  # a row with neither region nor values: ignore
            return None, False, False
        kinds = {(kode, total) for _, kode, total in resolved}
        if len(kinds) > 1:
            shown = " dan ".join(
                f"kolom {col.letter} ({'jumlah provinsi' if total else self.resolver.label(kode)})"
                for col, kode, total in resolved
            )
            self._issue(ERROR, "region_conflict",
                        f"kode dan nama wilayah tidak cocok: {shown}.", row_no, resolved[0][0])
            return None, False, False
        _, kode, total = resolved[0]
        return kode, total, True

    def _row_year(self, r: int, year_col: Column) -> int | None:
        raw = self.sheet.value(r, year_col.index)
        text = _text(raw)
        formula = self.sheet.formulas.get((r, year_col.index))  # only without a saved value
        if formula is not None:
            self._issue(ERROR, "formula", formula_reason(formula), r + 1, year_col)
            return None
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer():
            return int(raw)
        if re.fullmatch(r"[0-9]{4}", text):
            return int(text)
        shown = text[:40]
        self._issue(ERROR, "bad_year",
                    f"tahun '{shown}' tidak valid; tulis tahun empat angka, mis. 2023."
                    if shown else "tahun kosong; isi tahun data, mis. 2023.",
                    r + 1, year_col)
        return None

    def _entry(self, r: int, col: Column, region: str | None, indicator: str, year: int,
               raw: object, header: str) -> Entry:
        key = (r, col.index)
        return Entry(
            self.sheet.name, r + 1, col.letter, header, region, indicator, year, raw,
            formula=self.sheet.formulas.get(key), excel_error=self.sheet.errors.get(key),
        )

    def _wide_entries(self, r: int, columns: list[Column], region: str | None,
                      year: int | None) -> None:
        row_entries: list[Entry] = []
        for col in columns:
            if col.role != "indicator":
                continue
            col_year = col.year if col.year is not None else year
            if col_year is None:  # pragma: no cover - find_header guarantees a year
                continue
            entry = self._entry(r, col, region, col.indicator or "", col_year,
                                self.sheet.value(r, col.index), col.header)
            row_entries.append(entry)
            self.result.entries.append(entry)
        for col in columns:
            if col.role == "row_total":
                raw = self.sheet.value(r, col.index)
                if raw is None:
                    continue
                self.result.row_totals.append(RowTotal(
                    self.sheet.name, r + 1, col.letter, col.header, raw,
                    [e for e in row_entries if col.year is None or e.year == col.year],
                    self.sheet.formulas.get((r, col.index)),
                ))

    def _long_entry(self, r: int, columns: list[Column], region: str | None, year: int) -> None:
        ind_col = next(col for col in columns if col.role == "indicator_name")
        value_col = next(col for col in columns if col.role == "value")
        source_col = next((col for col in columns if col.role == "source"), None)
        raw_ind = _text(self.sheet.value(r, ind_col.index))
        if not raw_ind:
            self._issue(ERROR, "indicator_missing", "indikator kosong.", r + 1, ind_col)
            return
        indicator = self.matcher.match(raw_ind)
        if indicator is None:
            hint = self.matcher.suggest(raw_ind)
            reason = f"indikator '{raw_ind[:60]}' tidak dikenal dalam katalog"
            reason += f"; mungkin maksudnya '{hint}'?" if hint else (
                "; gunakan id indikator dari templat (mis. pmks_gelandangan)."
            )
            self._issue(ERROR, "unknown_indicator", reason, r + 1, ind_col)
            return
        entry = self._entry(r, value_col, region, indicator, year,
                            self.sheet.value(r, value_col.index),
                            f"{value_col.header} – {self.matcher.get(indicator).label_id}")
        if source_col is not None:
            src = _text(self.sheet.value(r, source_col.index))
            entry.source = src[:500] or None
        self.result.entries.append(entry)


def read_sheet(sheet: Sheet, matcher: IndicatorMatcher, resolver: RegionResolver,
               default_year: int | None = None) -> SheetResult:
    return SheetReader(sheet, matcher, resolver, default_year).read()


__all__ = ["LONG", "WIDE", "Entry", "RowTotal", "SheetResult", "read_sheet"]
