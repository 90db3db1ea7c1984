"""Grouped rekap: regency header rows over their kecamatan, subtotals and a grand total.

Dinas Sosial keeps per-kecamatan tables in one region column, grouped by regency::

    KABUPATEN PENAJAM PASER UTARA          <- a regency header row (no numbers)
    Babulu            12   3
    Waru               8   1               <- kecamatan of that regency
    JUMLAH KAB. PPU   20   4               <- its subtotal
    KOTA BALIKPAPAN
    ...
    JUMLAH            ..  ..               <- the grand total

:class:`RowPlan` tells the reader what each data row is before it reads any. A regency header
sets the regency the kecamatan below it are read in; a subtotal ("JUMLAH KAB. PPU", "Sub
Total", "Jumlah" closing a group) is checked against its kecamatan and never stored; the grand
total ("JUMLAH", "TOTAL", "Jumlah Kaltim" after the groups) is checked like any total row and
not stored. Pure reading: no numbers are parsed here except to see whether a row holds any.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from welfare.importing.layouts.model import Column, Entry, SubTotal, is_note, text
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.numbers import EMPTY, NumberFormatError, read_statistic
from welfare.importing.reader import Sheet

GROUP = "group"  # a regency header row
MEMBER = "member"  # a kecamatan row inside a group
SUBTOTAL = "subtotal"  # a regency's subtotal row
GRAND = "grand"  # the grand total of a grouped table

_TOTAL_WORD = re.compile(r"^(sub\s?total|sub\s?jumlah|jumlah|jml|total)\b\s*(.*)$")
_GRAND_REST = frozenset(
    {
        "total",
        "keseluruhan",
        "seluruhnya",
        "semua",
        "akhir",
        "umum",
        "provinsi",
        "kaltim",
        "kalimantan timur",
        "provinsi kalimantan timur",
        "prov kaltim",
        "prov kalimantan timur",
        "kab kota",
        "kabupaten kota",
        "se kaltim",
        "se kalimantan timur",
    }
)
_ENUMERATOR = re.compile(r"^\s*(?:[IVXLC]{1,5}|[A-Za-z]|\d{1,2})[.)]\s+")


@dataclass(frozen=True)
class RowKind:
    kind: str  # GROUP | MEMBER | SUBTOTAL | GRAND
    regency: str | None = None  # kode_bps of the group's regency (GROUP, MEMBER, SUBTOTAL)
    label: str = ""  # the row's text, as written


def total_word(label: str) -> tuple[str, str] | None:
    """("jumlah", rest) for "JUMLAH KAB. PPU", ("subtotal", "") for "Sub Total"; else None."""
    m = _TOTAL_WORD.match(normalise(label))
    if m is None:
        return None
    word = "subtotal" if m.group(1).startswith("sub") else m.group(1)
    return word, m.group(2).strip()


class RowPlan:
    """What each data row of a sheet with one region column is, read ahead of the rows."""

    def __init__(
        self,
        sheet: Sheet,
        resolver: RegionResolver,
        region: Column,
        value_cols: list[Column],
        first: int,
    ) -> None:
        self.sheet = sheet
        self.resolver = resolver
        self.region = region
        self.value_cols = value_cols
        self.first = first
        self.kinds: dict[int, RowKind] = {}  # 0-based row -> kind; other rows are plain
        self._plan()

    @property
    def grouped(self) -> bool:
        return any(k.kind == GROUP for k in self.kinds.values())

    def groups(self) -> list[tuple[int, RowKind]]:
        return sorted((r, k) for r, k in self.kinds.items() if k.kind == GROUP)

    def note(self) -> str | None:
        """The report's note on a grouped table: which rows set the regency of which rows."""
        groups = self.groups()
        if not groups:
            return None
        shown = ", ".join(
            f"baris {r + 1} ({self.resolver.label(k.regency or '')})" for r, k in groups
        )
        return (
            f"tabel berkelompok: {len(groups)} baris judul kabupaten/kota ({shown}) menentukan "
            "kabupaten/kota kecamatan di bawahnya. Baris subtotal diperiksa terhadap jumlah "
            "kecamatannya dan tidak disimpan sebagai nilai tersendiri."
        )

    # -- reading ahead -------------------------------------------------------------------------
    def label(self, r: int) -> str:
        """The region cell, else the row's first text (a banner in another column)."""
        own = text(self.sheet.value(r, self.region.index))
        if own:
            return own
        for v in self.sheet.cells[r]:
            if isinstance(v, str) and v.strip():
                return v.strip()
        return ""

    def _has_numbers(self, r: int, label: str) -> bool:
        for col in self.value_cols:
            v = self.sheet.value(r, col.index)
            if v is None or (isinstance(v, str) and v.strip() == label):
                continue  # empty, or the banner merged across the row
            try:
                if read_statistic(v).kind != EMPTY:
                    return True
            except NumberFormatError:
                continue
        return False

    def _regency(self, label: str) -> str | None:
        """The kabupaten/kota a header names ("KABUPATEN PPU", "A. Kota Samarinda")."""
        res = self.resolver.resolve(_ENUMERATOR.sub("", label))
        if res.kind == "region" and not self.resolver.is_kecamatan(res.kode_bps):
            return res.kode_bps
        return None

    def _subtotal(self, label: str) -> tuple[str, str | None] | None:
        """("regency", kode) | ("grand", None) | ("generic", None) for a total row."""
        found = total_word(label)
        if found is None:
            return None
        word, rest = found
        if not rest:
            return "generic", None
        if rest in _GRAND_REST or rest.startswith("se "):
            return "grand", None
        kode = self._regency(rest)
        return ("regency", kode) if kode is not None else None

    def _opens_group(self, kode: str, following: list[int]) -> bool:
        """Whether the next labelled row is a kecamatan of ``kode`` (or closes its group)."""
        for r in following:
            label = self.label(r)
            if not label:
                continue
            sub = self._subtotal(label)
            if sub is not None:
                return sub == ("regency", kode)
            res = self.resolver.resolve(label, within=kode, kecamatan=True)
            return (
                res.kind == "region"
                and self.resolver.is_kecamatan(res.kode_bps)
                and self.resolver.parent(res.kode_bps) == kode
            )
        return False

    def _plan(self) -> None:
        rows = [
            r
            for r in range(self.first, self.sheet.n_rows)
            if any(v is not None for v in self.sheet.cells[r])
            and not is_note(next((v for v in self.sheet.cells[r] if v is not None), None))
        ]
        group: str | None = None
        members = 0
        groups = 0
        closed_by_header = False  # a group ended at the next header, without a subtotal
        for i, r in enumerate(rows):
            label = self.label(r)
            sub = self._subtotal(label) if label else None
            if sub is not None:
                kind, kode = sub
                if kind == "regency":
                    self.kinds[r] = RowKind(SUBTOTAL, kode, label)
                    group = None if group == kode else group
                elif kind == "generic" and group is not None and members and not closed_by_header:
                    self.kinds[r] = RowKind(SUBTOTAL, group, label)
                    group = None
                elif groups:
                    self.kinds[r] = RowKind(GRAND, None, label)
                    group = None
                continue
            kode = self._regency(label) if label and not self._has_numbers(r, label) else None
            if kode is not None and self._opens_group(kode, rows[i + 1 :]):
                closed_by_header = closed_by_header or (group is not None and members > 0)
                group, members, groups = kode, 0, groups + 1
                self.kinds[r] = RowKind(GROUP, kode, label)
                continue
            if group is not None:
                self.kinds[r] = RowKind(MEMBER, group, label)
                members += 1


class Members:
    """Kecamatan cells read since their regency's last subtotal, per indicator column."""

    def __init__(self) -> None:
        self._cells: dict[tuple[str, int], list[Entry]] = {}

    def add(self, regency: str, column: int, entry: Entry) -> None:
        self._cells.setdefault((regency, column), []).append(entry)

    def close(
        self,
        sheet: Sheet,
        r: int,
        columns: list[Column],
        regency: str,
        label: str,
        year: int | None,
    ) -> list[SubTotal]:
        """The subtotal row ``r`` of ``regency``: one cell per indicator column, each with the
        kecamatan cells it sums (which then start afresh)."""
        out = []
        for col in columns:
            if col.role != "indicator":
                continue
            cells = self._cells.pop((regency, col.index), [])
            col_year = col.year if col.year is not None else year
            raw = sheet.value(r, col.index)
            if col_year is None or (raw is None and not cells):
                continue
            out.append(
                SubTotal(
                    sheet.name,
                    r + 1,
                    col.letter,
                    col.header,
                    label,
                    regency,
                    col.indicator or "",
                    col_year,
                    raw,
                    cells,
                    sheet.formulas.get((r, col.index)),
                )
            )
        return out


__all__ = [
    "GRAND",
    "GROUP",
    "MEMBER",
    "SUBTOTAL",
    "Members",
    "RowKind",
    "RowPlan",
    "total_word",
]
