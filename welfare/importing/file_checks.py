"""Reading an uploaded file and every check that needs only the file itself.

One call of :func:`check_file` parses the bytes once (:func:`~welfare.importing.reader.
read_file`), refuses personal data before anything else, finds the DTSEN snapshot date, reads
each sheet's table (:mod:`welfare.importing.sheet_table`) and validates the values
(:mod:`welfare.importing.validate`). What the store says about the values (duplicates, jumps,
older snapshots) is :mod:`welfare.importing.store_checks`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from welfare.importing import pii, snapshot
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.reader import MAX_ROWS, FileRefused, Workbook, read_file
from welfare.importing.report import ERROR, INFO, ImportReport, Issue, format_number
from welfare.importing.sheet_table import Entry, SheetResult, read_sheet
from welfare.importing.validate import Validated, validate

# Sheets that explain rather than hold data (our own template has "Petunjuk"): skipped silently.
REFERENCE_SHEETS = frozenset(
    {
        "petunjuk",
        "indikator",
        "katalog",
        "katalog indikator",
        "keterangan",
        "catatan",
        "readme",
        "daftar indikator",
        "referensi",
    }
)


@dataclass(frozen=True)
class OpenedFile:
    """A file read once and past the personal-data guard (``workbook``), or refused (None,
    the reason in ``report``). Indicator tables and register sheets are checked from it."""

    report: ImportReport
    workbook: Workbook | None


@dataclass(frozen=True)
class FileCheck:
    """The file-only checks' report, and what they read when the file holds a usable table."""

    report: ImportReport
    validated: Validated | None = None  # None: refused before or while reading its tables
    entries: tuple[Entry, ...] = ()  # every located value cell, as read (raw content)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_file(
    data: bytes,
    file_name: str,
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
    *,
    year: int | None = None,
    dry_run: bool = True,
    snapshot_date: date | str | None = None,
) -> FileCheck:
    """Read ``data`` (parsed here, once) and check it without looking at the store.

    ``file_name`` is only displayed. The result holds the values only when the file could be
    read as a table and passed the personal-data guard; its ``entries`` then locate every value
    cell (also the rejected ones) for the preview.
    """
    opened = open_file(data, file_name, dry_run=dry_run)
    if opened.workbook is None:
        return FileCheck(opened.report)
    return check_tables(opened, matcher, resolver, year=year, snapshot_date=snapshot_date)


def open_file(data: bytes, file_name: str, *, dry_run: bool = True) -> OpenedFile:
    """Parse ``data`` (the one reading of the file) and refuse personal data before anything
    else, so no later message can quote a personal value."""
    report = ImportReport(file_name=file_name, checksum=sha256(data), dry_run=dry_run)
    try:
        workbook = read_file(data)
    except FileRefused as exc:
        report.add(Issue(ERROR, exc.code, exc.reason))
        return OpenedFile(report, None)
    report.file_format = workbook.file_format
    personal = pii.scan(workbook)
    if personal:
        report.extend(personal)
        return OpenedFile(report, None)
    return OpenedFile(report, workbook)


def check_tables(
    opened: OpenedFile,
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
    *,
    year: int | None = None,
    snapshot_date: date | str | None = None,
) -> FileCheck:
    """The indicator checks of an opened file (:func:`open_file`, not refused)."""
    report, workbook = opened.report, opened.workbook
    assert workbook is not None
    # The DTSEN snapshot date: from the file, else the caller's (see importing/snapshot.py).
    try:
        found = snapshot.find_in_workbook(workbook)
        given = snapshot.from_option(snapshot_date)
    except (snapshot.SnapshotConflict, ValueError) as exc:
        report.add(Issue(ERROR, "snapshot_unclear", str(exc)))
        return FileCheck(report)
    if found and given and found.date != given.date:
        report.add(
            Issue(
                ERROR,
                "snapshot_conflict",
                (
                    f"tanggal posisi di berkas ({found.label}, {found.found_in}) berbeda "
                    f"dengan tanggal posisi yang dipilih ({given.label}); samakan salah satunya."
                ),
            )
        )
        return FileCheck(report)
    taken = found or given
    results: list[SheetResult] = [
        read_sheet(sheet, matcher, resolver, year) for sheet in workbook.sheets
    ]
    if taken is not None and year is None:
        # A sheet that names no year at all takes the snapshot's year ("DTSEN per 23 Januari
        # 2026" is data of 2026); a year the file does name is never overridden.
        results = [
            read_sheet(sheet, matcher, resolver, taken.date.year)
            if any(i.code == "year_missing" for i in result.issues)
            else result
            for sheet, result in zip(workbook.sheets, results, strict=True)
        ]
    data_rows = sum(r.rows_read for r in results)
    if data_rows > MAX_ROWS:
        # The reader's own cap leaves room for title and header rows; this is the real limit.
        report.add(
            Issue(
                ERROR,
                "too_many_rows",
                f"berkas berisi {format_number(data_rows)} baris data; batasnya "
                f"{format_number(MAX_ROWS)} baris data. Pisahkan data per tahun atau per kelompok.",
            )
        )
        return FileCheck(report)
    order = {sheet.name: i for i, sheet in enumerate(workbook.sheets)}

    def reading_order(issues: list[Issue]) -> list[Issue]:
        return sorted(
            issues,
            key=lambda i: (order.get(i.sheet, -1), i.row or 0, len(i.column or ""), i.column or ""),
        )

    # Sheets without a table (instructions, notes, charts, empty sheets) are named as skipped;
    # a note never blocks the import. A sheet with a table it cannot read has its own errors.
    skipped: list[Issue] = []
    for result, sheet in zip(results, workbook.sheets, strict=True):
        if (
            result.layout is not None
            or sheet.name is None
            or any(i.level == ERROR for i in result.issues)
        ):
            continue
        values = [v for row in sheet.cells for v in row if v is not None]
        if not values:
            reason = "lembar kosong; dilewati."
        elif normalise(sheet.name) in REFERENCE_SHEETS:
            reason = "lembar petunjuk atau keterangan, bukan tabel data; dilewati."
        elif not any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            reason = "lembar ini hanya berisi teks, bukan tabel data; dilewati."
        else:
            reason = (
                "lembar ini dilewati karena tidak berisi tabel yang dikenali (tidak ada judul "
                "kolom wilayah, mis. 'Kabupaten/Kota'); bila lembar ini berisi data, tambahkan "
                "kolom wilayah."
            )
        skipped.append(Issue(INFO, "sheet_skipped", reason, sheet.name))
    tables = [r for r in results if r.layout is not None]
    if not tables:
        own = [i for r in results for i in r.issues if i.level == ERROR]
        if not own:
            report.add(
                Issue(
                    ERROR,
                    "no_table",
                    "tidak ditemukan tabel yang dapat dibaca: perlu baris judul kolom dengan kolom "
                    "wilayah (mis. 'Kabupaten/Kota' atau 'kode_wilayah') dan kolom indikator (mis. "
                    "'Gelandangan', 'KPM PKH') atau kolom templat 'indikator' dan 'nilai'. Unduh "
                    "templat untuk contoh.",
                )
            )
        report.extend(reading_order(own + skipped))
        return FileCheck(report)
    validated = validate(results, matcher, resolver)
    # Report in reading order (sheet, row, column), whichever check found the problem.
    report.extend(reading_order(validated.issues + skipped))
    report.rows_read = validated.rows_read
    report.rows_accepted = validated.rows_accepted
    report.values = len(validated.values)
    report.missing = validated.missing
    report.nihil = validated.nihil
    report.not_available = validated.not_available
    report.confidential = validated.confidential
    report.years = sorted({v.year for v in validated.values})
    report.indicators = sorted({v.indicator for v in validated.values})
    if any(snapshot.is_dtsen_indicator(i) for i in report.indicators):
        if taken is None:
            report.add(Issue(ERROR, "snapshot_missing", snapshot.MISSING_REASON))
        else:
            report.snapshot_date, report.snapshot_label = taken.iso, taken.label
            report.snapshot_found_in = taken.found_in
    if not validated.values and not report.errors_total:
        report.add(
            Issue(
                ERROR,
                "no_values",
                "berkas tidak berisi satu pun angka untuk diimpor (semua sel kosong, '...' "
                "atau 'x').",
            )
        )
    entries = tuple(e for result in results for e in result.entries)
    return FileCheck(report, validated, entries)
