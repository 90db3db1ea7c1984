"""The dataset versions in the store: list them, and roll an import back.

Every import is one dataset (:mod:`welfare.importing.write` writes it); rolling it back marks
it ``rolled_back`` and makes current again exactly the values it had superseded, in one
transaction under the same write lock as an import. Only imports can be rolled back, and only
the newest one over a cell: a dataset whose values a later import replaced waits until that
import is rolled back first, so restored values never pile up under newer ones.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from welfare.importing.write import locked_session
from welfare.models import (
    KIND_IMPORTED,
    STATUS_ACTIVE,
    STATUS_ROLLED_BACK,
    Activity,
    Dataset,
    Observation,
)


@dataclass
class DatasetInfo:
    id: int
    name: str
    kind: str
    status: str
    source: str
    imported_by: str
    imported_at: datetime | None
    checksum: str | None
    rows_read: int
    rows_accepted: int
    values: int
    current_values: int
    superseded_by: list[int]  # later datasets that replaced some of its values
    can_rollback: bool
    rollback_blocker: str | None

    def to_dict(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["imported_at"] = self.imported_at.isoformat() if self.imported_at else None
        return data


def list_datasets(engine: Engine) -> list[DatasetInfo]:
    with Session(engine) as session:
        datasets = session.execute(select(Dataset).order_by(Dataset.id)).scalars().all()
        counts: dict[int, int] = defaultdict(int)
        current: dict[int, int] = defaultdict(int)
        later: dict[int, set[int]] = defaultdict(set)
        # A dataset holds observations or programme activities: count both alike.
        for table in (Observation, Activity):
            for ds_id, n in session.execute(
                select(table.dataset_id, func.count()).group_by(table.dataset_id)
            ):
                counts[ds_id] += n
            for ds_id, n in session.execute(
                select(table.dataset_id, func.count())
                .where(table.superseded_by.is_(None))
                .group_by(table.dataset_id)
            ):
                current[ds_id] += n
            for ds_id, by in session.execute(
                select(table.dataset_id, table.superseded_by)
                .where(table.superseded_by.is_not(None))
                .distinct()
            ):
                later[ds_id].add(by)
        out = []
        for ds in datasets:
            blocker = _rollback_blocker(ds, sorted(later.get(ds.id, ())))
            out.append(
                DatasetInfo(
                    ds.id,
                    ds.name,
                    ds.kind,
                    ds.status,
                    ds.source,
                    ds.imported_by,
                    ds.imported_at,
                    ds.checksum,
                    ds.rows_read,
                    ds.rows_accepted,
                    counts.get(ds.id, 0),
                    current.get(ds.id, 0) if ds.status == STATUS_ACTIVE else 0,
                    sorted(later.get(ds.id, ())),
                    blocker is None,
                    blocker,
                )
            )
        return out


def _rollback_blocker(ds: Dataset, superseded_by: list[int]) -> str | None:
    if ds.kind != KIND_IMPORTED:
        return (
            f"dataset #{ds.id} adalah data bawaan ({ds.kind}), bukan hasil impor; data "
            "bawaan tidak dapat dibatalkan."
        )
    if ds.status == STATUS_ROLLED_BACK:
        return f"dataset #{ds.id} sudah dibatalkan sebelumnya."
    if superseded_by:
        ids = ", ".join(f"#{i}" for i in superseded_by)
        return (
            f"sebagian data dataset #{ds.id} sudah digantikan oleh impor yang lebih baru "
            f"({ids}); batalkan impor tersebut terlebih dahulu, agar data yang dipulihkan "
            "tidak bertumpuk dengan data yang lebih baru."
        )
    return None


@dataclass
class RollbackResult:
    ok: bool
    message: str  # Bahasa Indonesia
    restored: int = 0


def rollback_dataset(engine: Engine, dataset_id: int) -> RollbackResult:
    """Mark an imported dataset rolled back and make current again what it had replaced."""
    with locked_session(engine) as session:
        ds = session.get(Dataset, dataset_id)
        if ds is None:
            return RollbackResult(False, f"Dataset #{dataset_id} tidak ditemukan.")
        later = sorted(
            {
                i
                for table in (Observation, Activity)
                for (i,) in session.execute(
                    select(table.superseded_by)
                    .where(table.dataset_id == ds.id, table.superseded_by.is_not(None))
                    .distinct()
                )
            }
        )
        blocker = _rollback_blocker(ds, later)
        if blocker:
            return RollbackResult(False, "Tidak dapat dibatalkan: " + blocker)
        ds.status = STATUS_ROLLED_BACK
        restored = 0
        # A dataset holds observations or programme activities; both are restored alike.
        for table in (Observation, Activity):
            restored += (
                session.execute(
                    update(table)
                    .where(table.superseded_by == ds.id)
                    .values(superseded_by=None)
                    .execution_options(synchronize_session=False)
                ).rowcount
                or 0
            )
        return RollbackResult(
            True,
            f"Dataset #{ds.id} ('{ds.name}') dibatalkan; {restored} nilai sebelumnya kembali "
            "berlaku.",
            restored,
        )
