"""The one transaction that writes a checked file as a new dataset version.

The write first takes the store's write lock (SQLite ``BEGIN IMMEDIATE``; PostgreSQL
``pg_advisory_xact_lock``) so two imports at once are serialised: the second one sees the
first one's data, supersedes it cleanly, or fails with a clear message. Readers keep seeing
the previous version until the commit (SQLite WAL, PostgreSQL MVCC). Nothing here checks: the
caller (:func:`welfare.importing.facade.apply`) repeats the store checks under the lock first.
Listing the versions and rolling one back: :mod:`welfare.importing.versions`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Engine, and_, insert, select, update
from sqlalchemy.orm import Session

from welfare.db import write_locked
from welfare.importing.derived import DERIVED_NOTE, DerivedValue
from welfare.importing.report import ImportReport
from welfare.importing.validate import Validated
from welfare.models import (
    KIND_EXAMPLE,
    KIND_IMPORTED,
    STATUS_ACTIVE,
    Dataset,
    DatasetSnapshot,
    Observation,
    utcnow,
)


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


def write_dataset(
    session: Session,
    validated: Validated,
    derived: list[DerivedValue],
    report: ImportReport,
    *,
    name: str | None,
    source: str | None,
    imported_by: str,
) -> tuple[int, int]:
    """Add the dataset with its values and mark what they replace; (dataset id, superseded).

    Call it inside :func:`locked_session`, after the store checks passed under that lock.
    ``name`` defaults to "Impor <file>", ``source`` to the file name; the checksum and the
    DTSEN snapshot date come from ``report``.
    """
    file_name = report.file_name
    source = (source or file_name).strip()[:500]
    years = sorted({v.year for v in validated.values})
    dataset = Dataset(
        name=(name or f"Impor {file_name}").strip()[:200],
        kind=KIND_IMPORTED,
        source=source,
        imported_at=utcnow(),
        imported_by=imported_by[:120],
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
