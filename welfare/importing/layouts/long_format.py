"""Long tables: one row per region, (year,) indicator and value, under any export's names.

Serambi's template heads them ``kode_wilayah;nama_wilayah;tahun;indikator;nilai;sumber``.
Other systems export the same table as ``kab_kota;jenis_pmks;jumlah_jiwa``, or with
``kategori``/``jenis``/``uraian`` and ``jumlah``/``value``. The columns are taken by meaning:

* the indicator column by its title (:data:`INDICATOR_KEYS`, :data:`CATEGORY_KEYS`), or, whatever
  its title, because its values are indicator ids or labels;
* one value column (:data:`VALUE_KEYS`, or a "Jumlah" column); a unit in its title
  ("jumlah_jiwa") chooses between indicators that differ only by unit ("KAT" in jiwa or KK);
* the region column by its title or, when no title says so, because its values are regions.

The report says which column it took for what whenever the titles are not the template's.
"""

from __future__ import annotations

from collections.abc import Callable

from welfare.importing.indicators import HeaderMatch, IndicatorMatcher
from welfare.importing.layouts.model import LONG, Column, Entry, text
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.reader import Sheet

INDICATOR_KEYS = frozenset({"indikator", "kode indikator", "id indikator", "nama indikator"})
# fmt: off
CATEGORY_KEYS = frozenset({
    "jenis pmks", "jenis ppks", "jenis psks", "kategori", "kategori pmks", "kategori ppks",
    "jenis", "uraian", "rincian", "variabel", "jenis data", "jenis bantuan", "jenis program",
    "nama pmks", "nama ppks", "jenis penerima", "item", "komponen",
})
VALUE_KEYS = frozenset({
    "nilai", "nilai indikator", "angka", "jumlah", "nilai angka", "value", "values",
    "nilai data", "banyaknya",
})
# fmt: on
TEMPLATE_KEYS = frozenset({"kode wilayah", "nama wilayah", "tahun", "indikator", "nilai"})
SCAN_VALUES = 200  # cells looked at to tell a column by its values
SHARE = 0.8  # the share of them that must fit

Report = Callable[..., None]


def is_long(columns: list[Column]) -> bool:
    """An indicator/category column and a value column, and no indicator columns."""
    roles = {col.role for col in columns}
    return (
        "category" in roles
        and ("value" in roles or "jumlah" in roles)
        and not ({"indicator", "ambiguous"} & roles)
    )


def _values(sheet: Sheet, col: Column, first: int) -> list[object]:
    out: list[object] = []
    for r in range(first, sheet.n_rows):
        v = sheet.value(r, col.index)
        if v is not None:
            out.append(v)
            if len(out) >= SCAN_VALUES:
                break
    return out


def category_by_values(
    columns: list[Column], bottom: int, sheet: Sheet, matcher: IndicatorMatcher
) -> Column | None:
    """The one text column whose values are indicators, when a value column sits beside it."""
    roles = {col.role for col in columns}
    if not ("value" in roles or "jumlah" in roles) or "region" not in roles:
        return None
    found = []
    for col in columns:
        if col.role not in ("unknown", "blank") or col.year is not None:
            continue
        values = [v for v in _values(sheet, col, bottom + 1) if isinstance(v, str)]
        if values and sum(matcher.resolve(v).indicator is not None for v in values) >= SHARE * len(
            values
        ):
            found.append(col)
    if len(found) != 1:
        return None
    found[0].role = "category"
    return found[0]


def region_by_values(
    columns: list[Column], top: int, sheet: Sheet, resolver: RegionResolver
) -> Column | None:
    """The one column without a known title whose values are names or codes of regions."""
    found = []
    for col in columns:
        if col.role not in ("unknown", "blank") or col.year is not None:
            continue
        values = _values(sheet, col, top + 1)
        kinds = [resolver.resolve(v).kind for v in values]
        regions = sum(k == "region" for k in kinds)
        if regions >= 2 and regions + kinds.count("total") >= SHARE * len(values):
            found.append(col)
    return found[0] if len(found) == 1 else None


def settle(columns: list[Column], bottom: int, sheet: Sheet, report: Report) -> str:
    """Fix the long table's indicator and value columns and say which were taken for what."""
    for col in columns:
        if col.role == "category":
            col.role = "indicator_name"
    indicators = [col for col in columns if col.role == "indicator_name"]
    for col in indicators[1:]:
        col.role = "unknown"  # one indicator column; another is reported if it holds numbers
    values = [col for col in columns if col.role == "value"] or [
        col for col in columns if col.role == "jumlah"
    ]
    for col in columns:
        if col.role in ("value", "jumlah") and col is not values[0]:
            col.role = "unknown"
    values[0].role = "value"
    if len(values) > 1:
        shown = ", ".join(_shown(c) for c in values)
        report(
            "error",
            "several_value_columns",
            f"tabel panjang ini punya lebih dari satu kolom nilai ({shown}); satu baris memuat "
            "satu nilai: sisakan satu kolom nilai, atau pisahkan per satuan.",
            bottom + 1,
            values[1],
        )
    taken = [c for c in columns if c.role in ("region", "year")] + [indicators[0], values[0]]
    if any(normalise(c.header) not in TEMPLATE_KEYS for c in taken):
        parts = []
        for col in sorted(taken, key=lambda c: c.index):
            what = {
                "region": "wilayah",
                "year": "tahun",
                "indicator_name": "indikator",
                "value": "nilai",
            }[col.role]
            if col.role == "value" and col.unit:
                what += f" (satuan {col.unit})"
            parts.append(f"{_shown(col)} sebagai {what}")
        report(
            "info",
            "columns_taken",
            "tabel panjang (satu baris per nilai): " + ", ".join(parts) + ".",
            bottom + 1,
            None,
        )
    return LONG


def _shown(col: Column) -> str:
    return f"kolom {col.letter}" + (f" ({col.header})" if col.header else "")


class LongRows:
    """Reads the indicator and value cells of a long table's rows.

    Each distinct indicator text is resolved once (a 20.000-row export repeats a few dozen
    labels), with the value column's unit ("jumlah_jiwa") to choose between unit variants.
    """

    def __init__(
        self, sheet: Sheet, matcher: IndicatorMatcher, columns: list[Column], issue: Report
    ) -> None:
        self.sheet = sheet
        self.matcher = matcher
        self.issue = issue
        self.indicator = next(col for col in columns if col.role == "indicator_name")
        self.value = next(col for col in columns if col.role == "value")
        self.source = next((col for col in columns if col.role == "source"), None)
        self._seen: dict[str, HeaderMatch] = {}
        self._warned: set[str] = set()

    def _resolve(self, shown: str) -> HeaderMatch:
        found = self._seen.get(shown)
        if found is None:
            found = self.matcher.resolve(shown, self.value.unit)
            self._seen[shown] = found
        return found

    def entry(
        self, r: int, region: str | None, year: int, make: Callable[..., Entry]
    ) -> Entry | None:
        """The row's value cell as an entry, or None after reporting why it cannot be."""
        ind_col, value_col = self.indicator, self.value
        raw_ind = text(self.sheet.value(r, ind_col.index))
        if not raw_ind:
            self.issue("error", "indicator_missing", "indikator kosong.", r + 1, ind_col)
            return None
        found = self._resolve(raw_ind)
        if found.ambiguous:
            named = " dan ".join(self.matcher.describe(i) for i in found.candidates)
            how = (
                "" if value_col.unit else " atau satuannya di judul kolom nilai (mis. jumlah_jiwa)"
            )
            self.issue(
                "error",
                "ambiguous_indicator",
                f"indikator '{raw_ind[:60]}' cocok dengan lebih dari satu indikator: "
                f"{named}; tulis id indikatornya{how}.",
                r + 1,
                ind_col,
            )
            return None
        if found.indicator is None:
            hint = self.matcher.suggest(raw_ind)
            reason = f"indikator '{raw_ind[:60]}' tidak dikenal dalam katalog"
            reason += (
                f"; mungkin maksudnya '{hint}'?"
                if hint
                else "; gunakan id indikator dari templat (mis. pmks_gelandangan)."
            )
            self.issue("error", "unknown_indicator", reason, r + 1, ind_col)
            return None
        ind = self.matcher.get(found.indicator)
        if found.unit_mismatch and raw_ind not in self._warned:
            self._warned.add(raw_ind)
            self.issue(
                "warning",
                "unit_mismatch",
                f"indikator '{raw_ind[:60]}' ({ind.id}) bersatuan {ind.unit} di katalog, "
                f"sedangkan kolom nilai {value_col.letter} ({value_col.header}) menyebut "
                f"'{value_col.unit}'. Dibaca dalam {ind.unit}: konfirmasi hanya bila angkanya "
                f"memang {ind.unit}.",
                r + 1,
                ind_col,
            )
        entry = make(
            r,
            value_col,
            region,
            ind.id,
            year,
            self.sheet.value(r, value_col.index),
            f"{value_col.header} – {ind.label_id}",
        )
        if self.source is not None:
            entry.source = text(self.sheet.value(r, self.source.index))[:500] or None
        return entry


__all__ = [
    "CATEGORY_KEYS",
    "INDICATOR_KEYS",
    "VALUE_KEYS",
    "LongRows",
    "category_by_values",
    "is_long",
    "region_by_values",
    "settle",
]
