"""Build real CSV/XLSX files in memory for the import tests."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import openpyxl

from welfare.catalogue import load_catalogue
from welfare.importing.apply import check_file
from welfare.importing.indicators import IndicatorMatcher, IndicatorRef
from welfare.importing.names import RegionResolver, load_regions_csv
from welfare.importing.report import ImportReport

REPO = Path(__file__).resolve().parents[3]

REGENCIES = [
    ("6401", "Paser"), ("6402", "Kutai Barat"), ("6403", "Kutai Kartanegara"),
    ("6404", "Kutai Timur"), ("6405", "Berau"), ("6409", "Penajam Paser Utara"),
    ("6411", "Mahakam Ulu"), ("6471", "Balikpapan"), ("6472", "Samarinda"), ("6474", "Bontang"),
]
# How Dinsos tables write the same ten names.
MESSY_NAMES = [
    "Kab. Paser", "Kubar", "KUKAR", "Kutim", "Kabupaten Berau", "PPU", "Mahulu",
    "Kota Balikpapan", "SAMARINDA", "Bontang",
]


@lru_cache(maxsize=1)
def reference() -> tuple[IndicatorMatcher, RegionResolver]:
    indicators = [IndicatorRef(i.id, i.label_id, i.label_en, i.unit, i.kind, i.group)
                  for i in load_catalogue()]
    regions = load_regions_csv(str(REPO / "data" / "regions.csv"))
    return IndicatorMatcher(indicators), RegionResolver(regions)


def check(data: bytes, name: str = "berkas.xlsx", year: int | None = None) -> ImportReport:
    """File-only checks (no store): what the dry run reports before looking at stored data."""
    matcher, resolver = reference()
    report, _ = check_file(data, name, matcher, resolver, year=year)
    return report


def xlsx(sheets: dict[str, Sequence[Sequence[object]]],
         merges: dict[str, Sequence[str]] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
        for rng in (merges or {}).get(title, ()):
            ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_bytes(rows: Sequence[Sequence[object]], delimiter: str = ";", bom: bool = True) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode("utf-8-sig" if bom else "utf-8")


def wide_rows(values: dict[str, Sequence[object]], names: Sequence[str] = MESSY_NAMES,
              total: bool = True, title: str | None = "DATA PMKS TAHUN 2023") -> list[list[object]]:
    """Title, blank line, header, ten regency rows and a "Jumlah" row."""
    headers = list(values)
    rows: list[list[object]] = []
    if title:
        rows += [[title], []]
    rows.append(["No", "Kabupaten/Kota", *headers])
    for i, name in enumerate(names):
        rows.append([i + 1, name, *(values[h][i] for h in headers)])
    if total:
        sums = [sum(v for v in values[h] if isinstance(v, int)) for h in headers]
        rows.append([None, "Jumlah", *sums])
    return rows


def long_rows(records: Sequence[tuple[object, int, str, object]],
              header: Sequence[str] = ("kode_wilayah", "tahun", "indikator", "nilai", "sumber"),
              ) -> list[list[object]]:
    return [list(header), *[[r, y, i, v, "uji"] for r, y, i, v in records]]


def messages(report: ImportReport, level: str = "error") -> list[str]:
    issues = report.errors if level == "error" else report.warnings
    return [i.message for i in issues]
