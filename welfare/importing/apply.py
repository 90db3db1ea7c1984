"""Validate an uploaded file against the store and write it as one new dataset version.

The whole write is one transaction that first takes the store's write lock (SQLite
``BEGIN IMMEDIATE``; PostgreSQL ``pg_advisory_xact_lock``), then repeats the store checks under
that lock, so two imports at once are serialised: the second one sees the first one's data,
supersedes it cleanly, or fails with a clear message. Readers keep seeing the previous version
until the commit (SQLite WAL, PostgreSQL MVCC). Listing the versions and rolling one back:
:mod:`welfare.importing.versions`.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, and_, func, insert, select, update
from sqlalchemy.orm import Session

from welfare.catalogue import IndicatorDef
from welfare.db import write_locked
from welfare.importing import pii, snapshot
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver, normalise
from welfare.importing.reader import MAX_ROWS, FileRefused, read_file
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
    format_number,
)
from welfare.importing.sheet_table import SheetResult, read_sheet
from welfare.importing.validate import Validated, validate
from welfare.models import (
    KIND_EXAMPLE,
    KIND_IMPORTED,
    STATUS_ACTIVE,
    Dataset,
    DatasetSnapshot,
    Indicator,
    Observation,
    Region,
    utcnow,
)
from welfare.seed import PROVINCE_CODE, RegionDef, regency_codes

JUMP_FACTOR = 3.0
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

# Test-only hooks (never set in production): pause inside the import transaction after the
# rows are written, and touch a marker file when the pause starts, so a test can kill the
# process at exactly that moment.
TEST_PAUSE_ENV = "SERAMBI_TEST_IMPORT_PAUSE"
TEST_MARKER_ENV = "SERAMBI_TEST_IMPORT_MARKER"


class ImportAborted(Exception):
    """Raised inside the transaction to roll it back after a check failed under the lock."""


@dataclass
class ImportOptions:
    name: str | None = None
    source: str | None = None
    imported_by: str = "cli"
    dry_run: bool = False
    confirm_warnings: bool = False
    year: int | None = None  # used where the file itself names no year
    # DTSEN snapshot date (date or 'YYYY-MM-DD') where the file itself names none.
    snapshot_date: date | str | None = None


@contextmanager
def locked_session(engine: Engine) -> Iterator[Session]:
    """A session in one transaction holding the store's write lock (:func:`write_locked`).

    The same lock as a first start's seeding, so an import never interleaves with it.
    """
    with write_locked(engine) as conn:
        session = Session(bind=conn, autoflush=False, expire_on_commit=False)
        try:
            yield session
            session.flush()
        finally:
            session.close()


def load_reference(conn: Connection | Session) -> tuple[IndicatorMatcher, RegionResolver]:
    """The catalogue and the regions as stored (ensure_ready keeps them in sync with data/)."""
    indicators = [
        IndicatorDef(
            id=r.id,
            label_id=r.label_id,
            label_en=r.label_en,
            unit=r.unit,
            group=r.group,
            kind=r.kind,
            denominator=r.denominator,
            higher_is_worse=bool(r.higher_is_worse),
            description_id=r.description_id or "",
            sort_order=r.sort_order,
        )
        for r in conn.execute(select(Indicator.__table__))
    ]
    regions = [
        RegionDef(r.kode_bps, r.kode_kemendagri, r.nama, r.jenis, r.ibukota, r.luas_km2)
        for r in conn.execute(select(Region.__table__))
    ]
    return IndicatorMatcher(indicators), RegionResolver(regions)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- reading and file-only checks ------------------------------------------------------------
def check_file(
    data: bytes,
    file_name: str,
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
    *,
    year: int | None = None,
    dry_run: bool = True,
    snapshot_date: date | str | None = None,
) -> tuple[ImportReport, Validated | None]:
    report = ImportReport(file_name=file_name, checksum=sha256(data), dry_run=dry_run)
    try:
        workbook = read_file(data)
    except FileRefused as exc:
        report.add(Issue(ERROR, exc.code, exc.reason))
        return report, None
    report.file_format = workbook.file_format
    personal = pii.scan(workbook)
    if personal:
        # Refuse before any other check so no message can quote a personal value.
        report.extend(personal)
        return report, None
    # The DTSEN snapshot date: from the file, else the caller's (see importing/snapshot.py).
    try:
        found = snapshot.find_in_workbook(workbook)
        given = snapshot.from_option(snapshot_date)
    except (snapshot.SnapshotConflict, ValueError) as exc:
        report.add(Issue(ERROR, "snapshot_unclear", str(exc)))
        return report, None
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
        return report, None
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
        return report, None
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
        return report, None
    validated = validate(results, matcher, resolver)
    # Report in reading order (sheet, row, column), whichever check found the problem.
    report.extend(reading_order(validated.issues + skipped))
    report.rows_read = validated.rows_read
    report.rows_accepted = validated.rows_accepted
    report.values = len(validated.values)
    report.missing = validated.missing
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
                "berkas tidak berisi satu pun angka untuk diimpor (semua sel kosong atau '-').",
            )
        )
    return report, validated


# -- derived province totals ----------------------------------------------------------------
DERIVED_NOTE = "Angka turunan: jumlah 10 kabupaten/kota dalam berkas yang sama."


@dataclass(frozen=True)
class DerivedValue:
    """A value the import computes rather than reads (the province sum of a complete file)."""

    region: str
    indicator: str
    year: int
    value: float
    source: str | None
    n_regions: int


def province_totals(validated: Validated, matcher: IndicatorMatcher) -> list[DerivedValue]:
    """Province values of count indicators that the file gives for all ten regencies.

    A count for the whole province is the sum of its ten kabupaten/kota, so a complete file
    yields it (stored with :data:`DERIVED_NOTE`, never presented as a published figure).
    Percentages, indices and money are not sums and get nothing. A province value in the file
    itself (a "Jumlah" row, checked against the sum and then dropped) needs nothing either.
    """
    regencies = set(regency_codes())
    by_pair: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    sources: dict[tuple[str, int], set[str | None]] = defaultdict(set)
    for v in validated.values:
        by_pair[(v.indicator, v.year)][v.region] = v.value
        sources[(v.indicator, v.year)].add(v.source)
    out: list[DerivedValue] = []
    for (ind, year), values in sorted(by_pair.items()):
        complete = set(values) == regencies
        if matcher.get(ind).kind != "count" or not complete or PROVINCE_CODE in values:
            continue
        only_source = next(iter(sources[(ind, year)])) if len(sources[(ind, year)]) == 1 else None
        out.append(
            DerivedValue(
                PROVINCE_CODE, ind, year, float(sum(values.values())), only_source, len(values)
            )
        )
    return out


# -- checks against the store ----------------------------------------------------------------
def _current_values(
    session: Session, pairs: set[tuple[str, int]]
) -> dict[tuple[str, int], dict[str, float]]:
    """Current real (official or imported) (indicator, year) -> {region: value} for the pairs.

    Example data is left out on purpose: replacing invented numbers is what an import is for,
    so neither the plausibility check nor the "replaces values" note may compare with them.
    """
    out: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    if not pairs:
        return out
    indicators = {p[0] for p in pairs}
    years = {p[1] for p in pairs}
    rows = session.execute(
        select(
            Observation.indicator_id,
            Observation.year,
            Observation.region_kode_bps,
            Observation.value,
        )
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Dataset.kind != KIND_EXAMPLE,
            Observation.superseded_by.is_(None),
            Observation.indicator_id.in_(indicators),
            Observation.year.in_(years),
        )
        .order_by(Observation.dataset_id)
    )
    for ind, year, region, value in rows:
        if (ind, year) in pairs:
            out[(ind, year)][region] = value
    return out


def store_checks(
    session: Session,
    validated: Validated,
    checksum: str,
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
    snapshot_date: str | None = None,
) -> list[Issue]:
    issues: list[Issue] = []
    same = (
        session.execute(
            select(Dataset)
            .where(
                Dataset.checksum == checksum,
                Dataset.kind == KIND_IMPORTED,
                Dataset.status == STATUS_ACTIVE,
            )
            .order_by(Dataset.id)
        )
        .scalars()
        .first()
    )
    if same is not None:
        when = same.imported_at.strftime("%d-%m-%Y %H:%M") if same.imported_at else "?"
        issues.append(
            Issue(
                ERROR,
                "duplicate_file",
                f"berkas yang sama persis sudah diimpor sebagai dataset #{same.id} ('{same.name}', "
                f"oleh {same.imported_by}, {when} UTC); tidak diimpor dua kali. Jika ingin "
                "memulihkan data sebelumnya, batalkan (rollback) dataset yang lebih baru.",
            )
        )
        return issues  # the other checks would only repeat what that import already showed

    file_values: dict[tuple[str, str, int], float] = {
        (v.region, v.indicator, v.year): v.value for v in validated.values
    }
    pairs = {(v.indicator, v.year) for v in validated.values}
    previous_pairs = {(ind, year - 1) for ind, year in pairs}
    current = _current_values(session, pairs | previous_pairs)

    for v in validated.values:
        prev = file_values.get((v.region, v.indicator, v.year - 1))
        where = "dalam berkas ini"
        if prev is None:
            prev = current.get((v.indicator, v.year - 1), {}).get(v.region)
            where = "yang tersimpan"
        if prev is None or prev <= 0:
            continue
        ratio = v.value / prev
        if ratio > JUMP_FACTOR or ratio < 1 / JUMP_FACTOR:
            change = (
                f"lebih dari {JUMP_FACTOR:g} kali"
                if ratio > JUMP_FACTOR
                else f"kurang dari 1/{JUMP_FACTOR:g}"
            )
            e = v.entry
            issues.append(
                Issue(
                    WARNING,
                    "implausible_jump",
                    f"nilai {format_number(v.value)} untuk {resolver.label(v.region)} "
                    f"tahun {v.year} {change} nilai tahun {v.year - 1} {where} "
                    f"({format_number(prev)}); periksa kembali, lalu konfirmasi bila memang "
                    "benar.",
                    e.sheet,
                    e.row,
                    e.column,
                    e.header,
                )
            )

    for ind, year in sorted(pairs):
        stored = current.get((ind, year), {})
        replaced = sorted(
            r
            for r in stored
            if (r, ind, year) in file_values and stored[r] != file_values[(r, ind, year)]
        )
        if replaced:
            names = ", ".join(resolver.label(r) for r in replaced)
            issues.append(
                Issue(
                    INFO,
                    "replaces_values",
                    f"{matcher.get(ind).label_id} tahun {year}: nilai tersimpan untuk {names} "
                    "diganti dengan nilai dari berkas ini (nilai lama dapat dipulihkan dengan "
                    "membatalkan impor).",
                )
            )
    issues.extend(_kecamatan_sum_checks(validated, file_values, current, matcher, resolver))
    if snapshot_date:
        issues.extend(_older_snapshot_checks(session, pairs, snapshot_date, matcher))
    return issues


def _older_snapshot_checks(
    session: Session, pairs: set[tuple[str, int]], snapshot_date: str, matcher: IndicatorMatcher
) -> list[Issue]:
    """WARNING where the file's DTSEN snapshot is older than the one already stored.

    Values are replaced cell by cell whatever their date, so re-sending last quarter's export
    would silently put older deciles over newer ones; staff confirm that this is meant.
    """
    dtsen = {(ind, year) for ind, year in pairs if snapshot.is_dtsen_indicator(ind)}
    if not dtsen:
        return []
    rows = session.execute(
        select(
            Observation.indicator_id,
            Observation.year,
            func.max(DatasetSnapshot.snapshot_date),
        )
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .join(DatasetSnapshot, DatasetSnapshot.dataset_id == Dataset.id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.indicator_id.in_({ind for ind, _ in dtsen}),
            Observation.year.in_({year for _, year in dtsen}),
        )
        .group_by(Observation.indicator_id, Observation.year)
    )
    mine = date.fromisoformat(snapshot_date)
    newer: dict[tuple[date, int], list[str]] = defaultdict(list)
    for ind, year, stored in rows:
        if (ind, year) in dtsen and stored is not None and stored > mine:
            newer[(stored, year)].append(matcher.get(ind).label_id)
    return [
        Issue(
            WARNING,
            "older_snapshot",
            f"berkas ini berposisi {snapshot.label_for(mine)}, lebih lama dari data DTSEN "
            f"tahun {year} yang tersimpan (posisi {snapshot.label_for(stored)}) untuk "
            f"{', '.join(sorted(labels)[:3])}{' ...' if len(labels) > 3 else ''}: bila diimpor, "
            "angka lama menggantikan yang lebih baru. Periksa kembali, lalu konfirmasi bila "
            "memang itu maksudnya.",
        )
        for (stored, year), labels in sorted(newer.items())
    ]


# Counts are whole numbers; a sum that is off by less than this is rounding, not a mismatch.
KECAMATAN_SUM_TOLERANCE = 0.5


def _kecamatan_sum_checks(
    validated: Validated,
    file_values: dict[tuple[str, str, int], float],
    current: dict[tuple[str, int], dict[str, float]],
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
) -> list[Issue]:
    """WARNING where a file's kecamatan of a count indicator do not add up to their regency.

    The regency's value is the file's own, else the stored real (official or imported) one:
    a mismatch usually means a kecamatan is missing, counted twice or placed in the wrong
    regency. Not for rates or percentages, which do not add up.
    """
    sums: dict[tuple[str, str, int], float] = defaultdict(float)
    counted: dict[tuple[str, str, int], int] = defaultdict(int)
    for v in validated.values:
        if not resolver.is_kecamatan(v.region) or matcher.get(v.indicator).kind != "count":
            continue
        parent = resolver.parent(v.region)
        if parent is None:
            continue
        sums[(parent, v.indicator, v.year)] += v.value
        counted[(parent, v.indicator, v.year)] += 1
    issues: list[Issue] = []
    for (parent, ind, year), total in sorted(sums.items()):
        regency = file_values.get((parent, ind, year))
        where = "dalam berkas ini"
        if regency is None:
            regency = current.get((ind, year), {}).get(parent)
            where = "yang tersimpan"
        if regency is None or abs(total - regency) < KECAMATAN_SUM_TOLERANCE:
            continue
        n, m = counted[(parent, ind, year)], len(resolver.kecamatan_of(parent))
        issues.append(
            Issue(
                WARNING,
                "kecamatan_sum_mismatch",
                f"{matcher.get(ind).label_id} tahun {year}, {resolver.label(parent)}: jumlah "
                f"nilai kecamatan dalam berkas ini ({n} dari {m} kecamatan) "
                f"{format_number(total)} berbeda dengan nilai kabupaten/kota {where} "
                f"{format_number(regency)} (selisih {format_number(total - regency)}); periksa "
                "kecamatan yang hilang, ganda atau salah kabupaten/kota, lalu konfirmasi bila "
                "memang benar.",
            )
        )
    return issues


# -- the import ------------------------------------------------------------------------------
def import_bytes(
    engine: Engine, data: bytes, file_name: str, options: ImportOptions | None = None
) -> ImportReport:
    """Check ``data`` (the file's bytes; ``file_name`` is only displayed) and import it."""
    options = options or ImportOptions()
    with engine.connect() as conn:
        matcher, resolver = load_reference(conn)
    report, validated = check_file(
        data,
        file_name,
        matcher,
        resolver,
        year=options.year,
        dry_run=options.dry_run,
        snapshot_date=options.snapshot_date,
    )
    if validated is None or report.errors_total:
        report.status = STATUS_INVALID
        return report
    derived = province_totals(validated, matcher)
    for d in derived:
        report.add(
            Issue(
                INFO,
                "province_derived",
                f"{matcher.get(d.indicator).label_id} tahun {d.year} untuk Kalimantan Timur: "
                f"{format_number(d.value)}, dijumlahkan dari {d.n_regions} kabupaten/kota dalam "
                "berkas ini (angka turunan, ditandai demikian).",
            )
        )
    report.derived = len(derived)
    with Session(engine) as session:
        report.extend(
            store_checks(
                session, validated, report.checksum, matcher, resolver, report.snapshot_date
            )
        )
    if _decide(report, options):
        return report
    if options.dry_run:
        report.status = STATUS_VALID
        return report

    try:
        with locked_session(engine) as session:
            # Repeat the store checks under the lock: another import may have committed since.
            locked = ImportReport(file_name=file_name, checksum=report.checksum, dry_run=False)
            locked.extend(
                store_checks(
                    session, validated, report.checksum, matcher, resolver, report.snapshot_date
                )
            )
            if locked.errors_total or (locked.warnings_total and not options.confirm_warnings):
                report.errors, report.warnings = [], []
                report.errors_total = report.warnings_total = 0
                report.extend(locked.errors + locked.warnings)
                raise ImportAborted
            dataset_id, superseded = _write(session, validated, derived, report, file_name, options)
            _test_pause()
    except ImportAborted:
        _decide(report, options)
        return report
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
    report.status = STATUS_APPLIED
    report.dataset_id = dataset_id
    report.superseded = superseded
    return report


def _decide(report: ImportReport, options: ImportOptions) -> bool:
    """Set a final status when the import must stop here; True if it stops."""
    if report.errors_total:
        report.status = STATUS_INVALID
        return True
    if report.warnings_total and not options.confirm_warnings:
        report.status = STATUS_NEEDS_CONFIRMATION
        return True
    return False


def _supersede(session: Session, dataset_id: int, cells: list[tuple[str, str, int]]) -> int:
    """Mark what the new dataset replaces; returns how many observations that were.

    Real data (official or imported) is replaced cell by cell, so regencies can send their
    own files one after another without hiding each other. Example data is replaced for the
    whole indicator and year: a map never mixes invented and real numbers of one indicator.
    """
    active_real = select(Dataset.id).where(
        Dataset.status == STATUS_ACTIVE, Dataset.kind != KIND_EXAMPLE
    )
    active_example = select(Dataset.id).where(
        Dataset.status == STATUS_ACTIVE, Dataset.kind == KIND_EXAMPLE
    )
    current = and_(Observation.superseded_by.is_(None), Observation.dataset_id != dataset_id)
    superseded = 0
    by_pair: dict[tuple[str, int], list[str]] = defaultdict(list)
    for region, ind, year in cells:
        by_pair[(ind, year)].append(region)
    for (ind, year), regions in sorted(by_pair.items()):
        for kind_filter in (
            Observation.dataset_id.in_(active_example),
            and_(
                Observation.dataset_id.in_(active_real),
                Observation.region_kode_bps.in_(sorted(set(regions))),
            ),
        ):
            result = session.execute(
                update(Observation)
                .where(
                    current, Observation.indicator_id == ind, Observation.year == year, kind_filter
                )
                .values(superseded_by=dataset_id)
                .execution_options(synchronize_session=False)
            )
            superseded += result.rowcount or 0
    return superseded


def _write(
    session: Session,
    validated: Validated,
    derived: list[DerivedValue],
    report: ImportReport,
    file_name: str,
    options: ImportOptions,
) -> tuple[int, int]:
    source = (options.source or file_name).strip()[:500]
    years = sorted({v.year for v in validated.values})
    dataset = Dataset(
        name=(options.name or f"Impor {file_name}").strip()[:200],
        kind=KIND_IMPORTED,
        source=source,
        imported_at=utcnow(),
        imported_by=options.imported_by[:120],
        checksum=report.checksum,
        status=STATUS_ACTIVE,
        rows_read=validated.rows_read,
        rows_accepted=validated.rows_accepted,
        note=(
            f"{len(validated.values)} nilai, tahun {', '.join(map(str, years))}, "
            f"{len({v.indicator for v in validated.values})} indikator"
        ),
    )
    session.add(dataset)
    session.flush()
    if report.snapshot_date:
        session.add(
            DatasetSnapshot(
                dataset_id=dataset.id,
                snapshot_date=date.fromisoformat(report.snapshot_date),
                label=report.snapshot_label or report.snapshot_date,
                found_in=report.snapshot_found_in,
            )
        )
    superseded = _supersede(
        session,
        dataset.id,
        [
            *((v.region, v.indicator, v.year) for v in validated.values),
            *((d.region, d.indicator, d.year) for d in derived),
        ],
    )
    session.execute(
        insert(Observation),
        [
            {
                "dataset_id": dataset.id,
                "region_kode_bps": v.region,
                "indicator_id": v.indicator,
                "year": v.year,
                "value": v.value,
                "source": v.source or source,
                "note": None,
                "superseded_by": None,
            }
            for v in validated.values
        ],
    )
    if derived:
        session.execute(
            insert(Observation),
            [
                {
                    "dataset_id": dataset.id,
                    "region_kode_bps": d.region,
                    "indicator_id": d.indicator,
                    "year": d.year,
                    "value": d.value,
                    "source": d.source or source,
                    "note": DERIVED_NOTE,
                    "superseded_by": None,
                }
                for d in derived
            ],
        )
    return dataset.id, superseded


def _test_pause() -> None:
    pause = os.environ.get(TEST_PAUSE_ENV)
    if not pause:
        return
    marker = os.environ.get(TEST_MARKER_ENV)
    if marker:
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(float(pause))
