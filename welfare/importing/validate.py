"""Check located entries before anything is written.

File-only checks live here (numbers and the BPS signs, ranges, years, duplicates) and in
:mod:`welfare.importing.totals` (total rows, "Jumlah" columns, subtotals); checks against the
store (jumps from the previous year, data an import would hide, a file imported twice) live in
:mod:`welfare.importing.store_checks` because they must run again inside the import transaction.

BPS signs (:func:`welfare.importing.numbers.read_statistic`): "-" is nihil and stored as 0,
"..." (not available) and "x" (confidential) are missing like an empty cell; each kind is
counted and named in one note per sheet. A "0" in a percentage, index or amount column is
stored as 0 with a note: in BPS tables it means less than half the unit shown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from welfare.catalogue import IndicatorDef
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.importing.numbers import (
    CONFIDENTIAL,
    NIHIL,
    NOT_AVAILABLE,
    NUMBER,
    NumberFormatError,
    read_statistic,
)
from welfare.importing.reader import formula_reason
from welfare.importing.report import ERROR, INFO, Issue, format_number
from welfare.importing.sheet_table import Entry, SheetResult
from welfare.importing.totals import TotalChecks
from welfare.seed import PROVINCE_CODE

MIN_YEAR = 2000

# How a count's unit reads in a sentence ("jumlah orang tidak boleh negatif").
_COUNT_NOUNS = {
    "jiwa": "jumlah orang",
    "orang": "jumlah orang",
    "kpm": "jumlah keluarga penerima (KPM)",
    "kk": "jumlah keluarga",
    "keluarga": "jumlah keluarga",
    "rtm": "jumlah rumah tangga",
    "rumah tangga": "jumlah rumah tangga",
    "lembaga": "jumlah lembaga",
    "unit": "jumlah unit",
}


def count_noun(indicator: IndicatorDef) -> str:
    return _COUNT_NOUNS.get(indicator.unit.strip().lower(), "nilai hitungan")


def max_year() -> int:
    return date.today().year


@dataclass
class Value:
    region: str
    indicator: str
    year: int
    value: float
    entry: Entry
    source: str | None = None


@dataclass
class Validated:
    values: list[Value] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    rows_read: int = 0
    rows_accepted: int = 0
    missing: int = 0  # cells without a value: empty, "..." or "x"
    nihil: int = 0  # "-" cells, stored as 0
    not_available: int = 0  # "..." cells
    confidential: int = 0  # "x" cells


ZERO = "zero"  # a "0" in a percentage, index or amount column (a note, stored as 0)
# How each sign reads in its note: (what the cells hold, what the import did).
_SIGN_NOTES = {
    NIHIL: ("'-'", "dibaca nihil (0) dan disimpan sebagai 0"),
    NOT_AVAILABLE: ("'...' (data tidak tersedia)", "dibiarkan kosong (tidak ada data)"),
    CONFIDENTIAL: ("'x' (dirahasiakan)", "dibiarkan kosong (tidak ada data)"),
    ZERO: (
        "0 pada persentase, indeks atau rupiah",
        "disimpan sebagai 0 (tanda BPS: kurang dari setengah satuan yang ditampilkan)",
    ),
}


def _shown(raw: object) -> str:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return format_number(raw)
    return str(raw).strip()[:40]


def _where(entry: Entry, other_sheet: bool) -> str:
    text = f"baris {entry.row} kolom {entry.column}"
    return f"lembar '{entry.sheet}' {text}" if other_sheet and entry.sheet else text


class Validator:
    def __init__(self, matcher: IndicatorMatcher, resolver: RegionResolver) -> None:
        self.matcher = matcher
        self.resolver = resolver
        self.out = Validated()
        self._error_rows: set[tuple[str | None, int]] = set()
        # BPS signs met, per sheet and kind: the cells, for one note each.
        self._signs: dict[tuple[str | None, str], list[Entry]] = defaultdict(list)
        self._sign_of: dict[int, str] = {}  # id(entry) -> sign kind of its cell
        self.totals = TotalChecks(matcher, resolver, self._error, self._error_rows)

    def _error(self, entry: Entry, code: str, reason: str) -> None:
        self.out.issues.append(
            Issue(ERROR, code, reason, entry.sheet, entry.row, entry.column, entry.header)
        )
        self._error_rows.add((entry.sheet, entry.row))

    def _sign(self, entry: Entry, kind: str) -> None:
        self._signs[(entry.sheet, kind)].append(entry)
        self._sign_of[id(entry)] = kind

    def _parse(self, entry: Entry) -> float | None | bool:
        """The value, None when missing, False after reporting an error."""
        if entry.formula is not None:  # only formulas without a saved value reach here
            self._error(entry, "formula", formula_reason(entry.formula))
            return False
        if entry.excel_error is not None:
            self._error(
                entry,
                "excel_error",
                f"sel berisi galat Excel ({entry.excel_error}); isi dengan angka.",
            )
            return False
        try:
            reading = read_statistic(entry.raw)
        except NumberFormatError as exc:
            self._error(entry, "bad_number", exc.reason)
            return False
        if reading.kind in (NIHIL, NOT_AVAILABLE, CONFIDENTIAL):
            self._sign(entry, reading.kind)
        parsed = reading.number
        if parsed is None:
            return None
        ind = self.matcher.get(entry.indicator)
        shown = _shown(entry.raw)
        value = parsed.value
        whole = parsed.is_integer
        if entry.scale != 1.0:  # "(Ribu Jiwa)": 54,26 is 54.260 jiwa
            value = round(float(value) * entry.scale, 6)
            whole = float(value).is_integer()
            shown = f"{shown} x {format_number(entry.scale)} = {format_number(value)}"
        if ind.kind == "count":
            noun = count_noun(ind)
            if parsed.percent_sign:
                self._error(
                    entry,
                    "percent_on_count",
                    f"nilai '{shown}' memakai tanda %, padahal {ind.label_id} adalah "
                    f"{noun}, bukan persentase.",
                )
                return False
            if value < 0:
                self._error(
                    entry, "negative_count", f"nilai '{shown}' negatif; {noun} tidak boleh negatif."
                )
                return False
            if not whole:
                self._error(
                    entry,
                    "fractional_count",
                    f"nilai '{shown}' bukan bilangan bulat; {noun} harus bilangan bulat.",
                )
                return False
        elif ind.kind == "percent":
            if value < 0 or value > 100:
                self._error(
                    entry,
                    "percent_range",
                    f"nilai '{shown}' di luar rentang 0–100; {ind.label_id} adalah persentase.",
                )
                return False
        elif value < 0 and ind.kind in ("currency", "area"):
            self._error(
                entry,
                "negative_value",
                f"nilai '{shown}' negatif; {ind.label_id} tidak boleh negatif.",
            )
            return False
        if reading.kind == NUMBER and value == 0 and ind.kind != "count":
            self._sign(entry, ZERO)
        return float(value)

    def run(self, results: list[SheetResult]) -> Validated:
        out = self.out
        parsed: list[tuple[Entry, float]] = []
        failed_pairs: set[tuple[str, int]] = set()
        failed: set[int] = set()  # ids of entries whose cell is an error
        bad_years: dict[tuple[str | None, int], list[Entry]] = defaultdict(list)
        for result in results:
            out.issues.extend(result.issues)
            out.rows_read += result.rows_read
            self._error_rows.update((result.sheet, r) for r in result.rows_with_errors)
            for entry in result.entries:
                if not MIN_YEAR <= entry.year <= max_year():
                    bad_years[(entry.sheet, entry.year)].append(entry)
                    self._error_rows.add((entry.sheet, entry.row))
                    continue
                value = self._parse(entry)
                if value is False:
                    failed_pairs.add((entry.indicator, entry.year))
                    failed.add(id(entry))
                elif value is None:
                    out.missing += 1
                else:
                    parsed.append((entry, value))  # type: ignore[arg-type]
        for (_sheet, year), entries in bad_years.items():
            first = entries[0]
            rows = sorted({e.row for e in entries})
            more = f" (juga {len(rows) - 1} baris lain)" if len(rows) > 1 else ""
            out.issues.append(
                Issue(
                    ERROR,
                    "year_range",
                    f"tahun {year} di luar rentang yang diterima ({MIN_YEAR}–{max_year()}){more}.",
                    first.sheet,
                    first.row,
                )
            )

        self._duplicates(parsed)
        totals = [(e, v) for e, v in parsed if e.is_total]
        regional = [(e, v) for e, v in parsed if not e.is_total]
        # A regency's "..." or "x" leaves its province row unchecked (and stored, if named).
        unsummable = {
            (e.indicator, e.year)
            for result in results
            for e in result.entries
            if not e.is_total and self._sign_of.get(id(e)) in (NOT_AVAILABLE, CONFIDENTIAL)
        }
        province = self.totals.total_rows(totals, regional, failed_pairs, unsummable)
        values = {id(e): v for e, v in parsed}
        unread = failed | {i for i, k in self._sign_of.items() if k != NIHIL and k != ZERO}
        for result in results:
            self.totals.row_totals(result, values)
            self.totals.subtotals(result, values, unread)

        accepted_rows: set[tuple[str | None, int]] = set()
        for entry, value in regional + province:
            region = entry.region or PROVINCE_CODE
            out.values.append(
                Value(region, entry.indicator, entry.year, value, entry, entry.source)
            )
            accepted_rows.add((entry.sheet, entry.row))
        out.rows_accepted = len(accepted_rows - self._error_rows)
        out.issues.extend(self.totals.notes)
        out.issues.extend(self._sign_notes())
        counts = {kind: 0 for kind in _SIGN_NOTES}
        for (_sheet, kind), cells in self._signs.items():
            counts[kind] += len(cells)
        out.nihil = counts[NIHIL]
        out.not_available = counts[NOT_AVAILABLE]
        out.confidential = counts[CONFIDENTIAL]
        return out

    def _sign_notes(self) -> list[Issue]:
        """One note per sheet and sign: how many cells, which (the first few), what it did."""
        notes = []
        order = list(_SIGN_NOTES)
        for (sheet, kind), cells in sorted(
            self._signs.items(), key=lambda kv: (str(kv[0][0]), order.index(kv[0][1]))
        ):
            what, done = _SIGN_NOTES[kind]
            shown = ", ".join(f"{c.column}{c.row}" for c in cells[:8])
            more = f" dan {len(cells) - 8} lainnya" if len(cells) > 8 else ""
            notes.append(
                Issue(
                    INFO,
                    f"sign_{kind}",
                    f"{len(cells)} sel {what} {done}: {shown}{more}.",
                    sheet,
                )
            )
        return notes

    def _duplicates(self, parsed: list[tuple[Entry, float]]) -> None:
        seen: dict[tuple[str | None, str, int], Entry] = {}
        keep: list[tuple[Entry, float]] = []
        for entry, value in parsed:
            key = (entry.region, entry.indicator, entry.year)
            first = seen.get(key)
            if first is None:
                seen[key] = entry
                keep.append((entry, value))
                continue
            who = "baris jumlah" if entry.region is None else self.resolver.label(entry.region)
            self._error(
                entry,
                "duplicate",
                f"data ganda: {who}, {self.matcher.get(entry.indicator).label_id}, "
                f"tahun {entry.year} sudah ada di "
                f"{_where(first, first.sheet != entry.sheet)}.",
            )
        parsed[:] = keep


def validate(
    results: list[SheetResult], matcher: IndicatorMatcher, resolver: RegionResolver
) -> Validated:
    return Validator(matcher, resolver).run(results)
