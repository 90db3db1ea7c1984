"""Check located entries before anything is written.

File-only checks live here (numbers, ranges, years, duplicates, totals); checks against the
store (jumps from the previous year, data an import would hide, a file imported twice) live in
:mod:`welfare.importing.store_checks` because they must run again inside the import transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from welfare.catalogue import IndicatorDef
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.importing.numbers import NumberFormatError, parse_number
from welfare.importing.reader import formula_reason
from welfare.importing.report import ERROR, Issue, format_number
from welfare.importing.sheet_table import Entry, RowTotal, SheetResult

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
    missing: int = 0


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

    def _error(self, entry: Entry, code: str, reason: str) -> None:
        self.out.issues.append(
            Issue(ERROR, code, reason, entry.sheet, entry.row, entry.column, entry.header)
        )
        self._error_rows.add((entry.sheet, entry.row))

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
            parsed = parse_number(entry.raw)
        except NumberFormatError as exc:
            self._error(entry, "bad_number", exc.reason)
            return False
        if parsed is None:
            return None
        ind = self.matcher.get(entry.indicator)
        shown = _shown(entry.raw)
        value = parsed.value
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
            if not parsed.is_integer:
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
        return float(value)

    def run(self, results: list[SheetResult]) -> Validated:
        out = self.out
        parsed: list[tuple[Entry, float]] = []
        failed_pairs: set[tuple[str, int]] = set()
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
        self._check_totals(totals, regional, failed_pairs)
        for result in results:
            self._check_row_totals(result, {id(e): v for e, v in parsed})

        accepted_rows: set[tuple[str | None, int]] = set()
        for entry, value in regional:
            out.values.append(
                Value(entry.region or "", entry.indicator, entry.year, value, entry, entry.source)
            )
            accepted_rows.add((entry.sheet, entry.row))
        out.rows_accepted = len(accepted_rows - self._error_rows)
        return out

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

    def _check_totals(
        self,
        totals: list[tuple[Entry, float]],
        regional: list[tuple[Entry, float]],
        failed_pairs: set[tuple[str, int]],
    ) -> None:
        sums: dict[tuple[str, int], float] = defaultdict(float)
        counts: dict[tuple[str, int], int] = defaultdict(int)
        for entry, value in regional:
            sums[(entry.indicator, entry.year)] += value
            counts[(entry.indicator, entry.year)] += 1
        for entry, total in totals:
            pair = (entry.indicator, entry.year)
            if pair in failed_pairs or self.matcher.get(entry.indicator).kind != "count":
                continue  # a percentage's province value is not a sum; errors already shown
            expected = sums.get(pair, 0.0)
            if abs(expected - total) > 1e-9:
                diff = total - expected
                self._error(
                    entry,
                    "total_mismatch",
                    f"baris jumlah berisi {format_number(total)}, tetapi jumlah "
                    f"{counts.get(pair, 0)} kabupaten/kota di atasnya "
                    f"{format_number(expected)} (selisih {format_number(abs(diff))}).",
                )

    def _check_row_totals(self, result: SheetResult, values: dict[int, float]) -> None:
        for rt in result.row_totals:
            if (rt.sheet, rt.row) in self._error_rows:
                continue
            entry = Entry(
                rt.sheet, rt.row, rt.column, rt.header, None, "", 0, rt.raw, formula=rt.formula
            )
            if rt.formula is not None:  # a formula without a saved value
                self._error(entry, "formula", formula_reason(rt.formula))
                continue
            try:
                parsed = parse_number(rt.raw)
            except NumberFormatError as exc:
                self._error(entry, "bad_number", exc.reason)
                continue
            if parsed is None:
                continue
            self._row_total(entry, rt, float(parsed.value), values)

    def _row_total(
        self, entry: Entry, rt: RowTotal, total: float, values: dict[int, float]
    ) -> None:
        """Compare a "Jumlah" cell with the row's count columns, recognised or not.

        An unrecognised column of numbers is already an error of its own; leaving its numbers
        out would make every row total look wrong as well.
        """
        counted = [e for e in rt.entries if self.matcher.get(e.indicator).kind == "count"]
        expected = sum(values.get(id(e), 0.0) for e in counted)
        # Headers for a short list; letters alone when a wide rekap counts two dozen columns.
        shown = [f"{e.column} ({e.header})" if len(counted) <= 8 else e.column for e in counted]
        for letter, header, raw in rt.others:
            try:
                parsed = parse_number(raw)
            except NumberFormatError:
                return  # that cell cannot be read, so neither can the row's sum
            if parsed is not None:
                expected += float(parsed.value)
            shown.append(f"{letter} ({header}, judul tidak dikenal)")
        if abs(total - expected) <= 1e-9:
            return
        listed = ", ".join(shown[:-1]) + " dan " + shown[-1] if len(shown) > 1 else "".join(shown)
        self._error(
            entry,
            "row_total_mismatch",
            f"kolom jumlah berisi {format_number(total)}, tetapi jumlah {len(shown)} kolom yang "
            f"dihitung pada baris ini {format_number(expected)} (selisih "
            f"{format_number(abs(total - expected))})"
            + (f"; yang dihitung: kolom {listed}." if listed else "; tidak ada kolom hitungan."),
        )


def validate(
    results: list[SheetResult], matcher: IndicatorMatcher, resolver: RegionResolver
) -> Validated:
    return Validator(matcher, resolver).run(results)
