"""The column-level checks of a sheet's table: one issue per column that cannot be read.

A column whose title names no indicator but which holds numbers is an error on that column
alone, naming the nearest indicators; a text column ("Keterangan", addresses) is skipped and
named; an ambiguous title says how to choose; a unit in a title that differs from the
catalogue's is a warning to confirm. The other columns are read regardless.
"""

from __future__ import annotations

from collections.abc import Callable

from welfare.importing.indicators import IndicatorMatcher, unit_family
from welfare.importing.layouts.headers import NOTE_COLUMN_KEYS
from welfare.importing.layouts.model import LONG, WIDE, Column
from welfare.importing.layouts.title_hints import TitleHints
from welfare.importing.names import normalise
from welfare.importing.numbers import NumberFormatError, read_statistic
from welfare.importing.reader import Sheet
from welfare.importing.report import ERROR, INFO, WARNING


class ColumnChecks:
    """Checks the columns of one table; ``issue`` is the sheet reader's issue sink."""

    def __init__(
        self,
        sheet: Sheet,
        matcher: IndicatorMatcher,
        issue: Callable[..., None],
        hints: TitleHints | None,
    ) -> None:
        self.sheet = sheet
        self.matcher = matcher
        self.issue = issue
        self.hints = hints

    def cells(self, col: Column, rows: range) -> list[object]:
        return [v for r in rows if (v := self.sheet.value(r, col.index)) is not None]

    def is_numeric(self, values: list[object]) -> bool:
        """Mostly numbers or BPS signs (a column of counts), as opposed to remarks."""
        numbers = 0
        for v in values:
            try:
                read_statistic(v)
                numbers += 1
            except NumberFormatError:
                pass
        return numbers > 0 and numbers * 2 >= len(values)

    def check(self, columns: list[Column], rows: range, layout: str) -> None:
        """One issue per column that cannot be read; the other columns are read regardless."""
        for col in columns:
            if col.role == "indicator" and col.unit_mismatch and self.cells(col, rows):
                self._unit_mismatch(col)
                continue
            if col.role == "ignore":
                if normalise(col.header) in NOTE_COLUMN_KEYS and self.cells(col, rows):
                    self._skipped(col, "kolom keterangan")
                continue
            if col.role not in ("unknown", "blank", "ambiguous"):
                continue
            values = self.cells(col, rows)
            if not values:
                continue
            col.numeric = self.is_numeric(values)
            if col.role == "ambiguous":
                self._ambiguous(col)
            elif not col.numeric:
                # Remarks, addresses of offices, names of programmes: text, not data.
                self._skipped(
                    col, "kolom teks" if col.role == "unknown" else "kolom tanpa judul berisi teks"
                )
                col.role = "skipped"
            elif col.role == "blank":
                self.issue(
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
        self.issue(
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
        elif layout != LONG:
            reason += "; gunakan nama indikator dari katalog atau templat, atau hapus kolomnya."
        else:
            reason += (
                "; kolom templat: kode_wilayah atau nama_wilayah, tahun, indikator, nilai, sumber."
            )
        self.issue(ERROR, "unknown_indicator", reason, None, col)

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
        title_units = list(self.hints.units().values()) if self.hints is not None else []
        if len(title_units) > 1:
            how = (
                f"judul tabel menyebut lebih dari satu satuan ({' dan '.join(title_units)}), "
                f"jadi satuan kolom ini tidak jelas; {how}"
            )
        self.issue(
            ERROR,
            "ambiguous_indicator",
            f"judul kolom '{col.header}' cocok dengan lebih dari satu indikator: {named}; {how}.",
            None,
            col,
        )

    def _unit_mismatch(self, col: Column) -> None:
        ind = self.matcher.get(col.indicator or "")
        if col.from_title:
            where = col.unit_from or "judul tabel"
        else:
            where = f"judul induk '{col.unit_from}'" if col.unit_from else "judul kolom"
        self.issue(
            WARNING,
            "unit_mismatch",
            f"satuan '{col.unit}' pada {where} berbeda dengan satuan "
            f"{self.matcher.describe(ind.id)} di katalog ({ind.unit}), dan katalog tidak punya "
            f"indikator ini dalam satuan '{col.unit}'. Kolom dibaca dalam {ind.unit}: "
            f"konfirmasi hanya bila angkanya memang {ind.unit}; bila tidak, hapus kolomnya.",
            None,
            col,
        )

    def unrecognised_table(self, bottom: int, columns: list[Column]) -> None:
        """A region column but no known indicator: an error if numbers sit in the table."""
        rows = range(bottom + 1, self.sheet.n_rows)
        unknown = [col for col in columns if col.role in ("unknown", "blank", "value", "jumlah")]
        numeric = [col for col in unknown if self.is_numeric(self.cells(col, rows))]
        if not numeric:
            return  # e.g. a list of regencies with remarks: not a data table
        for col in columns:
            if col.role in ("value", "jumlah", "category"):
                col.role = "unknown"
        self.check(columns, rows, WIDE)
        shown = ", ".join(
            f"{col.letter} ({col.header})" if col.header else col.letter for col in numeric
        )
        self.issue(
            ERROR,
            "no_indicator_columns",
            f"tabel di lembar ini memiliki kolom wilayah, tetapi tidak satu pun judul kolomnya "
            f"dikenali sebagai indikator (kolom berisi angka: {shown}); gunakan nama indikator "
            "dari katalog atau templat.",
            None,
        )


__all__ = ["ColumnChecks"]
