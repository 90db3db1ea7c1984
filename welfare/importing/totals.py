"""The checks of a table's own sums: total rows, "Jumlah" columns and subtotals.

Every sum a file writes is checked against the cells it adds up, then left out: the values
are the regions'. Except the province row that ends a BPS table ("Kalimantan Timur"): a
percentage, an index or an amount of money there is the province's own published figure, not
a sum, and is stored as the province's value; so is a count that cannot be checked because a
regency's cell is "..." or "x". A plain "Jumlah" row's percentage is skipped. The report says
which, per row. A regency's subtotal in a grouped rekap is checked against its kecamatan and
never stored. Rows with an error are not checked again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.importing.numbers import NumberFormatError, read_statistic
from welfare.importing.reader import formula_reason
from welfare.importing.report import INFO, Issue, format_number
from welfare.importing.sheet_table import Entry, RowTotal, SheetResult
from welfare.seed import PROVINCE_CODE

ErrorSink = Callable[[Entry, str, str], None]
Pair = tuple[str, int]  # (indicator, year)


class TotalChecks:
    """The sum checks of one file; ``error`` records an error on a cell."""

    def __init__(
        self,
        matcher: IndicatorMatcher,
        resolver: RegionResolver,
        error: ErrorSink,
        error_rows: set[tuple[str | None, int]],
    ) -> None:
        self.matcher = matcher
        self.resolver = resolver
        self.error = error
        self.error_rows = error_rows
        self.notes: list[Issue] = []

    # -- total rows ----------------------------------------------------------------------------
    def total_rows(
        self,
        totals: list[tuple[Entry, float]],
        regional: list[tuple[Entry, float]],
        failed_pairs: set[Pair],
        unsummable: set[Pair],
    ) -> list[tuple[Entry, float]]:
        """Check each total row's counts; return the cells stored as the province's value."""
        sums: dict[Pair, float] = defaultdict(float)
        regions: dict[Pair, set[str]] = defaultdict(set)
        for entry, value in regional:
            sums[(entry.indicator, entry.year)] += value
            regions[(entry.indicator, entry.year)].add(entry.region or "")
        stored: list[tuple[Entry, float]] = []
        rows: dict[tuple[str | None, int], dict[str, list[str]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for entry, total in totals:
            pair = (entry.indicator, entry.year)
            ind = self.matcher.get(entry.indicator)
            what = rows[(entry.sheet, entry.row)]
            named = f"{ind.label_id} {entry.year}"
            if ind.kind == "count" and pair not in unsummable:
                if pair in failed_pairs:
                    continue  # its errors are shown already
                what["checked"].append(named)
                expected = sums.get(pair, 0.0)
                if abs(expected - total) > 1e-9:
                    self.error(
                        entry,
                        "total_mismatch",
                        f"baris jumlah berisi {format_number(total)}, tetapi jumlah "
                        f"{len(regions.get(pair, ()))} {self._kind(regions.get(pair, set()))} "
                        f"di atasnya {format_number(expected)} (selisih "
                        f"{format_number(abs(total - expected))}).",
                    )
            elif entry.province:
                stored.append((entry, total))
                what["unchecked" if ind.kind == "count" else "stored"].append(named)
            elif ind.kind == "count":
                what["unsummable"].append(named)
            else:
                what["skipped"].append(named)
        self._notes(totals, rows)
        return stored

    def _kind(self, regions: set[str]) -> str:
        if regions and all(self.resolver.is_kecamatan(r) for r in regions):
            return "kecamatan"
        if any(self.resolver.is_kecamatan(r) for r in regions):
            return "wilayah"
        return "kabupaten/kota"

    def _notes(
        self,
        totals: list[tuple[Entry, float]],
        rows: dict[tuple[str | None, int], dict[str, list[str]]],
    ) -> None:
        """One note per total row that names the province, is a grouped rekap's grand total,
        or had cells skipped; a plain "Jumlah" row of counts needs none."""
        first = {(e.sheet, e.row): e for e, _ in reversed(totals)}
        for key, what in rows.items():
            entry = first[key]
            quiet = not (entry.province or entry.grand or what["skipped"] or what["unsummable"])
            if key in self.error_rows or quiet:
                continue
            parts = []
            if what["stored"]:
                parts.append(
                    "disimpan sebagai nilai Provinsi Kalimantan Timur: " + _list(what["stored"])
                )
            if what["unchecked"]:
                parts.append(
                    "disimpan sebagai nilai Provinsi Kalimantan Timur tanpa diperiksa, karena ada "
                    "sel '...' atau 'x' di atasnya: " + _list(what["unchecked"])
                )
            if what["checked"]:
                parts.append(
                    "diperiksa terhadap jumlah wilayah di atasnya dan tidak disimpan dari baris "
                    "ini: " + _list(what["checked"])
                )
            if what["unsummable"]:
                parts.append(
                    "tidak diperiksa dan tidak disimpan, karena ada sel '...' atau 'x' di "
                    "atasnya: " + _list(what["unsummable"])
                )
            if what["skipped"]:
                parts.append(
                    "dilewati (persentase, indeks dan rupiah tidak dijumlahkan; tulis 'Kalimantan "
                    "Timur' di kolom wilayah bila baris ini nilai provinsi): "
                    + _list(what["skipped"])
                )
            kind = "jumlah keseluruhan" if entry.grand else "baris provinsi"
            if not entry.grand and not entry.province:
                kind = "baris jumlah"
            self.notes.append(
                Issue(
                    INFO,
                    "total_row",
                    f"{kind} '{(entry.label or '')[:60]}': " + "; ".join(parts) + ".",
                    entry.sheet,
                    entry.row,
                )
            )

    # -- subtotals -----------------------------------------------------------------------------
    def subtotals(
        self,
        result: SheetResult,
        values: dict[int, float],
        unread: set[int],
    ) -> None:
        """Each regency subtotal of counts against its kecamatan; ``unread``: ids of cells
        that failed or hold "..."/"x" (their subtotal cannot be checked)."""
        for st in result.subtotals:
            if (st.sheet, st.row) in self.error_rows:
                continue
            if self.matcher.get(st.indicator).kind != "count":
                continue  # a percentage's subtotal is not a sum
            entry = Entry(
                st.sheet, st.row, st.column, st.header, None, st.indicator, st.year, st.raw
            )
            if st.formula is not None:
                self.error(entry, "formula", formula_reason(st.formula))
                continue
            total = _number(entry, self.error)
            if total is None or any(id(m) in unread for m in st.members):
                continue
            expected = sum(values.get(id(m), 0.0) for m in st.members)
            if abs(total - expected) <= 1e-9:
                continue
            self.error(
                entry,
                "subtotal_mismatch",
                f"baris subtotal '{st.label[:60]}' berisi {format_number(total)}, tetapi jumlah "
                f"{len(st.members)} kecamatan {self.resolver.label(st.regency)} di atasnya "
                f"{format_number(expected)} (selisih {format_number(abs(total - expected))}).",
            )

    # -- "Jumlah" columns ----------------------------------------------------------------------
    def row_totals(self, result: SheetResult, values: dict[int, float]) -> None:
        for rt in result.row_totals:
            if (rt.sheet, rt.row) in self.error_rows:
                continue
            entry = Entry(
                rt.sheet, rt.row, rt.column, rt.header, None, "", 0, rt.raw, formula=rt.formula
            )
            if rt.formula is not None:  # a formula without a saved value
                self.error(entry, "formula", formula_reason(rt.formula))
                continue
            total = _number(entry, self.error)
            if total is not None:
                self._row_total(entry, rt, total, values)

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
                reading = read_statistic(raw)
            except NumberFormatError:
                return  # that cell cannot be read, so neither can the row's sum
            if reading.value is not None:
                expected += float(reading.value)
            shown.append(f"{letter} ({header}, judul tidak dikenal)")
        if abs(total - expected) <= 1e-9:
            return
        listed = ", ".join(shown[:-1]) + " dan " + shown[-1] if len(shown) > 1 else "".join(shown)
        self.error(
            entry,
            "row_total_mismatch",
            f"kolom jumlah berisi {format_number(total)}, tetapi jumlah {len(shown)} kolom yang "
            f"dihitung pada baris ini {format_number(expected)} (selisih "
            f"{format_number(abs(total - expected))})"
            + (f"; yang dihitung: kolom {listed}." if listed else "; tidak ada kolom hitungan."),
        )


def _number(entry: Entry, error: ErrorSink) -> float | None:
    """A sum cell's number ("-" is 0); None when empty, "..." or "x", or after an error."""
    try:
        reading = read_statistic(entry.raw)
    except NumberFormatError as exc:
        error(entry, "bad_number", exc.reason)
        return None
    return float(reading.value) if reading.value is not None else None


def _list(named: list[str]) -> str:
    shown = ", ".join(named[:6])
    return shown + (f" dan {len(named) - 6} lainnya" if len(named) > 6 else "")


__all__ = ["PROVINCE_CODE", "TotalChecks"]
