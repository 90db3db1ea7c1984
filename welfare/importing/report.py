"""Import report: every problem found in a file, located as the spreadsheet user sees it.

An :class:`Issue` carries the sheet, the 1-based row, the column letter (plus its header) and a
reason in Bahasa Indonesia. Reasons never contain personal data: the personal-data guard reports
where such data sits, not what it is.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal

ERROR: Literal["error"] = "error"
WARNING: Literal["warning"] = "warning"
# Something the reader skipped or derived on purpose (a notes sheet, a "Keterangan" column, a
# province total summed from the regencies). Shown in the report; never blocks an import.
INFO: Literal["info"] = "info"

# Report statuses.
STATUS_APPLIED = "applied"  # written to the store
STATUS_VALID = "valid"  # dry run: would be written
STATUS_NEEDS_CONFIRMATION = "needs_confirmation"  # valid, but warnings were not confirmed
STATUS_INVALID = "invalid"  # errors: nothing written
STATUS_FAILED = "failed"  # the store refused the write (e.g. a database error)

# Keep reports readable and bounded: a file with 20.000 bad rows yields a summary, not 20.000 lines.
MAX_ISSUES_PER_LEVEL = 200


@dataclass(frozen=True)
class Issue:
    level: Literal["error", "warning", "info"]
    code: str  # stable machine-readable kind, e.g. "negative_count"
    reason: str  # Bahasa Indonesia, ends with a full stop
    sheet: str | None = None  # None for CSV (a CSV has one unnamed sheet)
    row: int | None = None  # 1-based, as shown by the spreadsheet program
    column: str | None = None  # column letter, e.g. "C"
    header: str | None = None  # the column's header text, e.g. "Gelandangan"

    @property
    def location(self) -> str:
        parts: list[str] = []
        if self.sheet is not None:
            parts.append(f"lembar '{self.sheet}'")
        if self.row is not None:
            parts.append(f"baris {self.row}")
        if self.column is not None:
            col = f"kolom {self.column}"
            if self.header:
                col += f" ({self.header})"
            parts.append(col)
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    @property
    def message(self) -> str:
        loc = self.location
        return f"{loc}: {self.reason}" if loc else self.reason[:1].upper() + self.reason[1:]

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["message"] = self.message
        return data


@dataclass
class ImportReport:
    """What an import (or dry run) found and did."""

    file_name: str  # display only; never used as a path
    checksum: str
    dry_run: bool
    status: str = STATUS_INVALID
    file_format: str | None = None  # "csv" | "xlsx" | "xls" | "ods"
    rows_read: int = 0  # data rows read (header and title rows excluded)
    rows_accepted: int = 0  # data rows that yield values (total rows are checked, then dropped)
    values: int = 0  # observations that would be / were stored
    missing: int = 0  # cells without a value: empty, "..." (not available) or "x" (confidential)
    nihil: int = 0  # "-" cells, read as 0 (BPS: nihil)
    not_available: int = 0  # "..." cells (counted in missing too)
    confidential: int = 0  # "x" cells (counted in missing too)
    derived: int = 0  # province sums of count indicators the file gives for all ten regencies
    years: list[int] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    dataset_id: int | None = None
    superseded: int = 0  # earlier observations replaced by this import
    # DTSEN snapshot date of the file ('2026-01-23'), how it reads and where it was found.
    snapshot_date: str | None = None
    snapshot_label: str | None = None
    snapshot_found_in: str | None = None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    notes: list[Issue] = field(default_factory=list)  # level INFO: skipped or derived
    errors_total: int = 0
    warnings_total: int = 0
    # A "Program per tingkat" file: ``values`` counts activities, ``superseded`` the
    # activities that got a new version (welfare.importing.register_file).
    register: bool = False

    def add(self, issue: Issue) -> None:
        if issue.level == INFO:
            if len(self.notes) < MAX_ISSUES_PER_LEVEL:
                self.notes.append(issue)
        elif issue.level == ERROR:
            self.errors_total += 1
            if len(self.errors) < MAX_ISSUES_PER_LEVEL:
                self.errors.append(issue)
        else:
            self.warnings_total += 1
            if len(self.warnings) < MAX_ISSUES_PER_LEVEL:
                self.warnings.append(issue)

    def extend(self, issues: list[Issue]) -> None:
        for issue in issues:
            self.add(issue)

    @property
    def ok(self) -> bool:
        """True when the import was applied, or (dry run) would be applied as asked."""
        return self.status in (STATUS_APPLIED, STATUS_VALID)

    @property
    def summary(self) -> str:
        what = "kegiatan" if self.register else "nilai"
        if self.status == STATUS_APPLIED:
            return (
                f"Impor berhasil: dataset #{self.dataset_id} berisi {self.values} {what} "
                f"dari {self.rows_accepted} baris; {self.superseded} {what} lama digantikan."
            )
        if self.status == STATUS_VALID:
            return (
                f"Pemeriksaan lolos: {self.values} {what} dari {self.rows_accepted} baris siap "
                "diimpor (belum disimpan)."
            )
        if self.status == STATUS_NEEDS_CONFIRMATION:
            return (
                f"Berkas valid, tetapi ada {self.warnings_total} peringatan yang perlu "
                "dikonfirmasi sebelum diimpor."
            )
        if self.status == STATUS_FAILED:
            return "Impor gagal disimpan; data sebelumnya tidak berubah."
        return (
            f"Berkas ditolak: {self.errors_total} kesalahan. Tidak ada data yang disimpan; "
            "perbaiki berkas lalu unggah ulang."
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "status": self.status,
            "ok": self.ok,
            "dry_run": self.dry_run,
            "summary": self.summary,
            "file_name": self.file_name,
            "checksum": self.checksum,
            "format": self.file_format,
            "register": self.register,
            "rows_read": self.rows_read,
            "rows_accepted": self.rows_accepted,
            "values": self.values,
            "missing": self.missing,
            "nihil": self.nihil,
            "not_available": self.not_available,
            "confidential": self.confidential,
            "derived": self.derived,
            "years": self.years,
            "indicators": self.indicators,
            "dataset_id": self.dataset_id,
            "superseded": self.superseded,
            "errors_total": self.errors_total,
            "warnings_total": self.warnings_total,
            "errors": [i.to_dict() for i in self.errors],
            "warnings": [i.to_dict() for i in self.warnings],
            "notes": [i.to_dict() for i in self.notes],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def format_number(value: float) -> str:
    """Indonesian notation for messages: 1.234 and 12,5."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
