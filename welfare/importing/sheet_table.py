"""Find the table in a sheet and turn its cells into entries located by sheet, row and column.

:mod:`welfare.importing.reader` reads a file into sheets of cells; this module finds where the
table is inside each sheet (title rows, header rows, layout) and what each cell means.

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

from welfare.importing.indicators import IndicatorMatcher, unit_family, written_unit
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.numbers import NumberFormatError, parse_number
from welfare.importing.reader import Sheet, column_letter, formula_reason
from welfare.importing.report import ERROR, INFO, WARNING, Issue

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
})
# Region columns that hold kecamatan (their names are read as kecamatan first).
KECAMATAN_KEYS = frozenset({
    "kecamatan", "kec", "nama kecamatan", "kode kecamatan", "kode kec", "wilayah kecamatan",
})
# fmt: on
YEAR_KEYS = frozenset({"tahun", "thn", "tahun data", "periode"})
INDICATOR_KEYS = frozenset({"indikator", "kode indikator", "id indikator", "nama indikator"})
VALUE_KEYS = frozenset({"nilai", "nilai indikator", "angka", "jumlah", "nilai angka"})
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
    #            | ambiguous | unknown | blank | skipped
    indicator: str | None = None
    year: int | None = None  # a year given in the header itself
    candidates: tuple[str, ...] = ()  # role ambiguous: the indicators that still fit
    unit: str | None = None  # unit stated in the header or its parent, as written
    unit_from: str | None = None  # the parent header that stated it (None: the header itself)
    unit_mismatch: bool = False  # that unit is not the chosen indicator's unit
    numeric: bool = False  # unknown/ambiguous column holding numbers (counted in row totals)

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
    # Cells of unrecognised numeric columns on the row, (letter, header, raw): a "Jumlah" column
    # sums every count column, recognised or not.
    others: list[tuple[str, str, object]] = field(default_factory=list)


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


def _without_unit(text: str) -> str:
    """ "Jumlah (Jiwa)" -> "jumlah": the header without a stated unit."""
    unit = written_unit(text)
    if unit is None:
        return normalise(text)
    words = normalise(re.sub(r"\([^)]*\)", " ", text) if "(" in text else text).split()
    if words and normalise(unit) == words[-1]:
        words = words[:-1]
    return " ".join(words)


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
        self._unrecognised: tuple[int, list[Column]] | None = None

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

    # -- header detection ----------------------------------------------------------------------
    def _is_numbering_row(self, r: int) -> bool:
        """The "(1) (2) (3) ..." row that government tables put under the header."""
        values = [_text(v) for v in self.sheet.cells[r] if v is not None]
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
            if k in INDICATOR_KEYS:
                return Column(c, candidate, "indicator_name")
            if k in ROW_TOTAL_KEYS or _without_unit(candidate) in ROW_TOTAL_KEYS:
                # "Jumlah (jiwa)", or "Jumlah" under "JENIS PMKS (JIWA)": sums that unit only.
                return Column(c, candidate, "jumlah", year=year, unit=unit)
            if k in VALUE_KEYS:
                return Column(c, candidate, "value")
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
        return ambiguous or Column(c, shown, "unknown", year=year)

    def find_header(self) -> tuple[int, int, list[Column], str] | None:
        """(top, bottom, columns, layout) of the table, or None.

        When a row names a region column but none of its columns is an indicator, that header
        is kept in ``self._unrecognised`` so :meth:`read` can tell a table it does not
        understand from a sheet without a table.
        """
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
            if "indicator" in roles or "ambiguous" in roles:
                for col in columns:
                    if col.role == "jumlah":
                        col.role = "row_total"
                    elif col.role == "value":
                        col.role = "unknown"
                return top, bottom, columns, WIDE
            if self._unrecognised is None:
                self._unrecognised = (bottom, columns)
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
            ((year, where),) = found.items()
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
            if self._unrecognised is not None:
                self._check_unrecognised_table(*self._unrecognised)
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

    def _cells(self, col: Column, rows: range) -> list[object]:
        return [v for r in rows if (v := self.sheet.value(r, col.index)) is not None]

    def _is_numeric(self, values: list[object]) -> bool:
        """Mostly numbers (a column of counts), as opposed to a column of remarks."""
        numbers = 0
        for v in values:
            try:
                numbers += parse_number(v) is not None
            except NumberFormatError:
                pass
        return numbers > 0 and numbers * 2 >= len(values)

    def _check_columns(self, columns: list[Column], rows: range, layout: str) -> None:
        """One issue per column that cannot be read; the other columns are read regardless."""
        for col in columns:
            if col.role == "indicator" and col.unit_mismatch and self._cells(col, rows):
                self._unit_mismatch(col)
                continue
            if col.role == "ignore":
                if normalise(col.header) in NOTE_COLUMN_KEYS and self._cells(col, rows):
                    self._skipped(col, "kolom keterangan")
                continue
            if col.role not in ("unknown", "blank", "ambiguous"):
                continue
            values = self._cells(col, rows)
            if not values:
                continue
            col.numeric = self._is_numeric(values)
            if col.role == "ambiguous":
                self._ambiguous(col)
            elif not col.numeric:
                # Remarks, addresses of offices, names of programmes: text, not data.
                self._skipped(
                    col, "kolom teks" if col.role == "unknown" else "kolom tanpa judul berisi teks"
                )
                col.role = "skipped"
            elif col.role == "blank":
                self._issue(
                    ERROR,
                    "blank_header",
                    "kolom tanpa judul berisi angka; beri judul (nama indikator) atau hapus "
                    "kolomnya.",
                    None,
                    col,
                )
            else:
                self._unknown_column(col, layout)

    def _skipped(self, col: Column, what: str) -> None:
        self._issue(
            INFO,
            "column_skipped",
            f"{what}, bukan data indikator; dilewati dan tidak diimpor.",
            None,
            col,
        )

    def _unknown_column(self, col: Column, layout: str) -> None:
        reason = (
            f"judul kolom '{col.header}' tidak dikenal sebagai indikator, padahal kolomnya "
            "berisi angka"
        )
        close = self.matcher.closest(col.header)
        if close:
            named = ", ".join(self.matcher.describe(i) for i in close)
            reason += f". Indikator terdekat: {named}; ganti judul kolom dengan salah satunya "
            reason += "atau hapus kolomnya."
        elif layout == WIDE:
            reason += "; gunakan nama indikator dari katalog atau templat, atau hapus kolomnya."
        else:
            reason += (
                "; kolom templat: kode_wilayah atau nama_wilayah, tahun, indikator, nilai, sumber."
            )
        self._issue(ERROR, "unknown_indicator", reason, None, col)

    def _ambiguous(self, col: Column) -> None:
        named = " dan ".join(self.matcher.describe(i) for i in col.candidates[:2])
        if len(col.candidates) > 2:
            named = ", ".join(self.matcher.describe(i) for i in col.candidates)
        units = []
        for ind_id in col.candidates:
            unit = self.matcher.get(ind_id).unit
            if unit_family(unit) and all(unit_family(u) != unit_family(unit) for u in units):
                units.append(unit)
        if len(units) == len(col.candidates):
            how = "tulis satuan di judul kolom: " + " atau ".join(f"'({u})'" for u in units)
        else:
            how = "tulis nama indikator lengkap seperti di katalog atau id-nya"
        self._issue(
            ERROR,
            "ambiguous_indicator",
            f"judul kolom '{col.header}' cocok dengan lebih dari satu indikator: {named}; {how}.",
            None,
            col,
        )

    def _unit_mismatch(self, col: Column) -> None:
        ind = self.matcher.get(col.indicator or "")
        where = f"judul induk '{col.unit_from}'" if col.unit_from else "judul kolom"
        self._issue(
            WARNING,
            "unit_mismatch",
            f"satuan '{col.unit}' pada {where} berbeda dengan satuan "
            f"{self.matcher.describe(ind.id)} di katalog ({ind.unit}), dan katalog tidak punya "
            f"indikator ini dalam satuan '{col.unit}'. Kolom dibaca dalam {ind.unit}: "
            f"konfirmasi hanya bila angkanya memang {ind.unit}; bila tidak, hapus kolomnya.",
            None,
            col,
        )

    def _check_unrecognised_table(self, bottom: int, columns: list[Column]) -> None:
        """A region column but no known indicator: an error if numbers sit in the table."""
        rows = range(bottom + 1, self.sheet.n_rows)
        unknown = [col for col in columns if col.role in ("unknown", "blank", "value", "jumlah")]
        numeric = [col for col in unknown if self._is_numeric(self._cells(col, rows))]
        if not numeric:
            return  # e.g. a list of regencies with remarks: not a data table
        for col in columns:
            if col.role in ("value", "jumlah"):
                col.role = "unknown"
        self._check_columns(columns, rows, WIDE)
        shown = ", ".join(
            f"{col.letter} ({col.header})" if col.header else col.letter for col in numeric
        )
        self._issue(
            ERROR,
            "no_indicator_columns",
            f"tabel di lembar ini memiliki kolom wilayah, tetapi tidak satu pun judul kolomnya "
            f"dikenali sebagai indikator (kolom berisi angka: {shown}); gunakan nama indikator "
            "dari katalog atau templat.",
            None,
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

    def _row_region(
        self, r: int, region_cols: list[Column], columns: list[Column]
    ) -> tuple[str | None, bool, bool]:
        row_no = r + 1
        resolved: list[tuple[Column, str | None, bool]] = []
        # A kecamatan column is read within the regency that another column of the row names
        # ("Penajam Paser Utara" | "Penajam"); the row is then the kecamatan.
        kec_cols = {c.index for c in region_cols if normalise(c.header) in KECAMATAN_KEYS}
        within = None
        for col in region_cols:
            if col.index not in kec_cols:
                res = self.resolver.resolve(self.sheet.value(r, col.index))
                if res.kind == "region" and not self.resolver.is_kecamatan(res.kode_bps):
                    within = res.kode_bps
        for col in region_cols:
            res = self.resolver.resolve(
                self.sheet.value(r, col.index),
                within=within if col.index in kec_cols else None,
                kecamatan=col.index in kec_cols,
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
        )

    def _wide_entries(
        self, r: int, columns: list[Column], region: str | None, year: int | None
    ) -> None:
        row_entries: list[tuple[Column, Entry]] = []
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

    def _long_entry(self, r: int, columns: list[Column], region: str | None, year: int) -> None:
        ind_col = next(col for col in columns if col.role == "indicator_name")
        value_col = next(col for col in columns if col.role == "value")
        source_col = next((col for col in columns if col.role == "source"), None)
        raw_ind = _text(self.sheet.value(r, ind_col.index))
        if not raw_ind:
            self._issue(ERROR, "indicator_missing", "indikator kosong.", r + 1, ind_col)
            return
        found = self.matcher.resolve(raw_ind)
        indicator = found.indicator
        if found.ambiguous:
            named = " dan ".join(self.matcher.describe(i) for i in found.candidates)
            self._issue(
                ERROR,
                "ambiguous_indicator",
                f"indikator '{raw_ind[:60]}' cocok dengan lebih dari satu indikator: "
                f"{named}; tulis id indikatornya.",
                r + 1,
                ind_col,
            )
            return
        if indicator is None:
            hint = self.matcher.suggest(raw_ind)
            reason = f"indikator '{raw_ind[:60]}' tidak dikenal dalam katalog"
            reason += (
                f"; mungkin maksudnya '{hint}'?"
                if hint
                else ("; gunakan id indikator dari templat (mis. pmks_gelandangan).")
            )
            self._issue(ERROR, "unknown_indicator", reason, r + 1, ind_col)
            return
        entry = self._entry(
            r,
            value_col,
            region,
            indicator,
            year,
            self.sheet.value(r, value_col.index),
            f"{value_col.header} – {self.matcher.get(indicator).label_id}",
        )
        if source_col is not None:
            src = _text(self.sheet.value(r, source_col.index))
            entry.source = src[:500] or None
        self.result.entries.append(entry)


def read_sheet(
    sheet: Sheet,
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
    default_year: int | None = None,
) -> SheetResult:
    return SheetReader(sheet, matcher, resolver, default_year).read()


__all__ = ["LONG", "WIDE", "Entry", "RowTotal", "SheetResult", "read_sheet"]
