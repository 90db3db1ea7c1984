"""The import engine's entry point: :func:`check` a file, then :func:`apply` that check.

The "Kelola data" page and ``python manage.py import`` call only these (and
:func:`import_bytes`, the two in one call). :func:`check` parses the file once and keeps what
it read in a :class:`CheckResult`: the report staff read, the values, the located cells the
preview marks, the reference it was checked against and the store checks' answer.
:func:`apply` writes that result, never the file again: inside the write transaction, under
the store's write lock, it repeats the store checks (the only checks whose answer can change
after the file was read) and writes only if they find nothing the check had not already shown.
If another import or a rollback changed the answer in between, it writes nothing and says so,
and the caller checks again.

Stages, each in its own module: :mod:`~welfare.importing.reference` (catalogue and regions),
:mod:`~welfare.importing.file_checks` (reading and file-only checks),
:mod:`~welfare.importing.derived` (province totals), :mod:`~welfare.importing.store_checks`
and :mod:`~welfare.importing.write` (the transaction). A "Program per tingkat" file (the
programme register's template, recognised by its column titles) takes its own route through
the same two steps: :mod:`~welfare.importing.register_file` checks its rows and
:mod:`~welfare.importing.register_write` its store checks and its write, under the same lock
and with the same refusal when the store changed in between.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from welfare.importing import register_file, register_write
from welfare.importing.derived import DerivedValue, derived_notes, province_totals
from welfare.importing.file_checks import OpenedFile, check_tables, open_file
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.importing.reference import Reference, stored_reference
from welfare.importing.register_file import RegisterCheck
from welfare.importing.report import (
    ERROR,
    INFO,
    STATUS_APPLIED,
    STATUS_FAILED,
    STATUS_INVALID,
    STATUS_NEEDS_CONFIRMATION,
    STATUS_VALID,
    WARNING,
    ImportReport,
    Issue,
)
from welfare.importing.sheet_table import Entry
from welfare.importing.store_checks import store_checks
from welfare.importing.validate import Validated
from welfare.importing.write import locked_session, write_dataset

# Stages :func:`check` reports to its ``progress`` callback, in this order.
STAGE_READING = "reading"  # the reference and the file
STAGE_STORE = "store"  # the checks against stored data
STORE_CHANGED = "store_changed"  # the code of the issue :func:`apply` adds when it refuses


@dataclass
class ImportOptions:
    """What :func:`import_bytes` is asked to do; :func:`check` reads ``year`` and
    ``snapshot_date`` only, :func:`apply` takes the rest as arguments."""

    name: str | None = None
    source: str | None = None
    imported_by: str = "cli"
    dry_run: bool = False
    confirm_warnings: bool = False
    year: int | None = None  # used where the file itself names no year
    # DTSEN snapshot date (date or 'YYYY-MM-DD') where the file itself names none.
    snapshot_date: date | str | None = None


@dataclass(frozen=True)
class CheckResult:
    """One file, read and checked once: the dry run's report and what the preview needs.

    Keep it while the file stays attached; hand it to :func:`apply` to import exactly what was
    checked. ``report.status`` is ``invalid``, ``needs_confirmation`` (warnings to confirm) or
    ``valid``.
    """

    report: ImportReport  # file checks, derived totals and store checks, as staff read them
    validated: Validated | None  # the values read; None when the file has no usable table
    entries: tuple[Entry, ...]  # every located value cell, to place rejected cells too
    reference: Reference  # the catalogue and regions the file was checked against
    derived: tuple[DerivedValue, ...] = ()
    store_issues: tuple[Issue, ...] = ()  # what the store checks said at check time
    file_report: ImportReport | None = None  # the report before the store checks
    # A "Program per tingkat" file: its rows as read and checked (``validated`` is then None).
    register: RegisterCheck | None = None

    @property
    def matcher(self) -> IndicatorMatcher:
        return self.reference.matcher

    @property
    def resolver(self) -> RegionResolver:
        return self.reference.resolver

    @property
    def can_apply(self) -> bool:
        """True when the file's values may be written (warnings still need a confirmation)."""
        return (
            (self.validated is not None or self.register is not None)
            and self.file_report is not None
            and not self.report.errors_total
        )


def check(
    engine: Engine,
    data: bytes,
    name: str,
    options: ImportOptions | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> CheckResult:
    """Read ``data`` once and run every check, the store's included; write nothing.

    Parameters
    ----------
    engine
        The store: its catalogue and regions to check against, its data to compare with.
    data, name
        The file's bytes; ``name`` is only displayed (never used as a path).
    options
        ``year`` where the file names none, ``snapshot_date`` for DTSEN files.
    progress
        Called with :data:`STAGE_READING`, then :data:`STAGE_STORE`, as the check goes on.
    """
    options = options or ImportOptions()
    step = progress or (lambda _stage: None)
    step(STAGE_READING)
    reference = stored_reference(engine)
    opened = open_file(data, name)
    if opened.workbook is None:
        opened.report.status = STATUS_INVALID
        return CheckResult(opened.report, None, (), reference)
    if register_file.is_register(opened.workbook):
        return _check_register(engine, opened, reference, step)
    found = check_tables(
        opened,
        reference.matcher,
        reference.resolver,
        year=options.year,
        snapshot_date=options.snapshot_date,
    )
    report, validated = found.report, found.validated
    if validated is None or report.errors_total:
        report.status = STATUS_INVALID
        return CheckResult(report, validated, found.entries, reference)
    derived = tuple(province_totals(validated, reference.matcher))
    report.extend(derived_notes(list(derived), reference.matcher))
    report.derived = len(derived)
    file_report = copy.deepcopy(report)

    step(STAGE_STORE)
    with Session(engine) as session:
        issues = tuple(
            store_checks(
                session,
                validated,
                report.checksum,
                reference.matcher,
                reference.resolver,
                report.snapshot_date,
            )
        )
    report.extend(list(issues))
    report.status = _stop(report, confirm_warnings=False) or STATUS_VALID
    return CheckResult(report, validated, found.entries, reference, derived, issues, file_report)


def _check_register(
    engine: Engine,
    opened: OpenedFile,
    reference: Reference,
    step: Callable[[str], None],
) -> CheckResult:
    """:func:`check` of a "Program per tingkat" file (no derived totals, no snapshot date)."""
    found = register_file.check_register(opened, reference.resolver)
    report, register = found.report, found.register
    if register is None or report.errors_total:
        report.status = STATUS_INVALID
        return CheckResult(report, None, (), reference, register=register)
    file_report = copy.deepcopy(report)
    step(STAGE_STORE)
    with Session(engine) as session:
        issues = tuple(register_write.store_checks(session, register, report.checksum))
    report.extend(list(issues))
    report.status = _stop(report, confirm_warnings=False) or STATUS_VALID
    return CheckResult(report, None, (), reference, (), issues, file_report, register)


def apply(
    engine: Engine,
    checked: CheckResult,
    *,
    confirm_warnings: bool,
    imported_by: str,
    name: str | None = None,
    source: str | None = None,
) -> ImportReport:
    """Write ``checked`` as one new dataset, in one transaction; the file is not read again.

    Under the store's write lock the store checks run again on the checked values. An error
    they find, or a warning the check had not shown (another import or a rollback committed
    since), stops the import: nothing is written, the report lists what is new with a
    :data:`STORE_CHANGED` warning, and the caller checks the file again before asking anew.

    Parameters
    ----------
    confirm_warnings
        Staff have read the check's warnings and want the import anyway.
    imported_by
        Who imports (recorded with the dataset).
    name, source
        The dataset's name (default "Impor <file>") and source (default: the file name).
    """
    stop = _stop(checked.report, confirm_warnings)
    if not checked.can_apply or stop:
        report = _copy(checked.report)
        report.status = stop or STATUS_INVALID
        return report
    assert checked.file_report is not None
    report = _copy(checked.file_report)
    written: tuple[int, int] | None = None  # (dataset id, values superseded)
    try:
        with locked_session(engine) as session:
            fresh = _store_checks(session, checked, report)
            report.extend(fresh)
            seen = set(checked.store_issues)
            unseen = [i for i in fresh if i.level != INFO and i not in seen]
            if unseen:
                report.add(
                    Issue(
                        WARNING,
                        STORE_CHANGED,
                        "data tersimpan berubah sejak berkas ini diperiksa (ada impor atau "
                        "pembatalan lain), dan pemeriksaan ulang menemukan hal baru; tidak ada "
                        "yang disimpan. Periksa kembali hasil pemeriksaan, lalu impor lagi.",
                    )
                )
            stop = _stop(report, confirm_warnings and not unseen)
            if stop is None and checked.register is not None:
                written = register_write.write(
                    session,
                    checked.register,
                    report,
                    name=name,
                    source=source,
                    imported_by=imported_by,
                )
            elif stop is None and checked.validated is not None:
                written = write_dataset(
                    session,
                    checked.validated,
                    list(checked.derived),
                    report,
                    name=name,
                    source=source,
                    imported_by=imported_by,
                )
    except Exception as exc:  # a database error: nothing was committed
        report.status = STATUS_FAILED
        report.add(
            Issue(
                ERROR,
                "store_error",
                f"penyimpanan gagal ({type(exc).__name__}); tidak ada data yang "
                "berubah. Coba lagi; bila berulang, hubungi admin.",
            )
        )
        return report
    if written is None:
        report.status = stop or STATUS_INVALID
        return report
    report.status = STATUS_APPLIED
    report.dataset_id, report.superseded = written
    return report


def import_bytes(
    engine: Engine, data: bytes, file_name: str, options: ImportOptions | None = None
) -> ImportReport:
    """:func:`check`, then (unless ``options.dry_run``) :func:`apply`: the command line's path."""
    options = options or ImportOptions()
    checked = check(engine, data, file_name, options)
    if options.dry_run:
        report = _copy(checked.report, dry_run=True)
        if report.status == STATUS_NEEDS_CONFIRMATION and options.confirm_warnings:
            report.status = STATUS_VALID
        return report
    return apply(
        engine,
        checked,
        confirm_warnings=options.confirm_warnings,
        imported_by=options.imported_by,
        name=options.name,
        source=options.source,
    )


def _store_checks(session: Session, checked: CheckResult, report: ImportReport) -> list[Issue]:
    """The store checks of ``checked``'s kind of file (register or indicator values)."""
    if checked.register is not None:
        return register_write.store_checks(session, checked.register, report.checksum)
    assert checked.validated is not None
    return store_checks(
        session,
        checked.validated,
        report.checksum,
        checked.matcher,
        checked.resolver,
        report.snapshot_date,
    )


def _stop(report: ImportReport, confirm_warnings: bool) -> str | None:
    """The final status when the import must stop here; None when it may go on."""
    if report.errors_total:
        return STATUS_INVALID
    if report.warnings_total and not confirm_warnings:
        return STATUS_NEEDS_CONFIRMATION
    return None


def _copy(report: ImportReport, dry_run: bool = False) -> ImportReport:
    """A report of its own for the caller: a check's report is never changed afterwards."""
    out = copy.deepcopy(report)
    out.dry_run = dry_run
    return out
