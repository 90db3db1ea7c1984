"""A "Program per tingkat" file against the store, and its write.

:func:`store_checks` runs at check time and again inside the façade's locked transaction
(:func:`welfare.importing.apply`), as the indicator files' store checks do; :func:`write`
writes the accepted activities through :func:`welfare.register.store.write_import` in that
same transaction. Reading and checking the rows: :mod:`welfare.importing.register_file`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfare.importing.register_file import RegisterCheck
from welfare.importing.report import ERROR, INFO, WARNING, ImportReport, Issue, format_number
from welfare.models import KIND_IMPORTED, STATUS_ACTIVE, Activity, Dataset
from welfare.register import store as register_store


def _current(session: Session, uids: list[str]) -> dict[str, tuple[Activity, str, object]]:
    """uid -> (current version, who, when) of each activity in ``uids``."""
    out: dict[str, tuple[Activity, str, object]] = {}
    for start in range(0, len(uids), 500):
        rows = session.execute(
            select(Activity, Dataset.imported_by, Dataset.imported_at)
            .join(Dataset, Dataset.id == Activity.dataset_id)
            .where(
                Dataset.status == STATUS_ACTIVE,
                Activity.superseded_by.is_(None),
                Activity.uid.in_(uids[start : start + 500]),
            )
        )
        for activity, who, when in rows:
            out[activity.uid] = (activity, who, when)
    return out


def store_checks(session: Session, register: RegisterCheck, checksum: str) -> list[Issue]:
    """What the store says about the file's activities, in a stable order.

    ERROR: the same file is already imported and active, or every row says exactly what the
    store holds (a re-saved sheet: nothing to write). WARNING: a row would replace an activity
    last changed in the Kelola data form (the correction would be overwritten by the file's
    version). INFO: how many activities are new, how many get a new version, and how many are
    unchanged (not written again).
    """
    same = session.scalars(
        select(Dataset)
        .where(
            Dataset.checksum == checksum,
            Dataset.kind == KIND_IMPORTED,
            Dataset.status == STATUS_ACTIVE,
        )
        .order_by(Dataset.id)
    ).first()
    if same is not None:
        when = same.imported_at.strftime("%d-%m-%Y %H:%M") if same.imported_at else "?"
        return [
            Issue(
                ERROR,
                "duplicate_file",
                f"berkas yang sama persis sudah diimpor sebagai dataset #{same.id} ('{same.name}', "
                f"oleh {same.imported_by}, {when} UTC); tidak diimpor dua kali. Jika ingin "
                "memulihkan data sebelumnya, batalkan (rollback) dataset yang lebih baru.",
            )
        ]
    accepted = [r for r in register.rows if r.values is not None]
    uids = [register_store.identity(r.values) for r in accepted]  # type: ignore[arg-type]
    now = _current(session, sorted(set(uids)))
    same = {
        uid
        for row, uid in zip(accepted, uids, strict=True)
        if uid in now and register_store.same_content(now[uid][0], row.values)  # type: ignore[arg-type]
    }
    if accepted and all(uid in same for uid in uids):
        return [
            Issue(
                ERROR,
                "no_changes",
                f"semua {format_number(len(accepted))} kegiatan dalam berkas sama persis dengan "
                "yang sudah tersimpan; tidak ada yang diimpor (tidak ada versi baru). Ubah "
                "baris yang perlu diperbarui, lalu unggah lagi.",
            )
        ]
    # Read here, not at import time: welfare.register.store imports this package's writer.
    form = (register_store.CHANGE_ADD, register_store.CHANGE_CORRECT, register_store.CHANGE_CLOSE)
    issues: list[Issue] = []
    for row, uid in zip(accepted, uids, strict=True):
        if uid in now and uid not in same and now[uid][0].change in form:
            current, who, when = now[uid]
            at = when.strftime("%d-%m-%Y %H:%M") if hasattr(when, "strftime") else "?"
            issues.append(
                Issue(
                    WARNING,
                    "replaces_form_edit",
                    f"kegiatan ini terakhir diubah lewat formulir Kelola data ({current.change} "
                    f"oleh {who}, {at} UTC); impor ini menimpanya dengan versi dari berkas (versi "
                    "lama tetap tersimpan).",
                    row.sheet,
                    row.row,
                    *row.columns.get("program", (None, None)),
                )
            )
    replaced = len({u for u in uids if u in now and u not in same})
    if accepted:
        new = len({u for u in uids if u not in now})
        unchanged = (
            f"; {format_number(len(same))} kegiatan sama persis dengan yang tersimpan dan tidak "
            "ditulis ulang"
            if same
            else ""
        )
        issues.append(
            Issue(
                INFO,
                "register_versions",
                f"{format_number(new)} kegiatan baru; "
                f"{format_number(replaced)} kegiatan yang sudah tercatat mendapat versi baru "
                f"(versi lama tetap tersimpan dan kembali berlaku bila impor ini dibatalkan)"
                f"{unchanged}.",
            )
        )
    return issues


def write(
    session: Session,
    register: RegisterCheck,
    report: ImportReport,
    *,
    name: str | None,
    source: str | None,
    imported_by: str,
) -> tuple[int, int]:
    """Write the accepted activities as one dataset; (dataset id, activities replaced).

    Call it inside the façade's locked transaction, after :func:`store_checks` passed there.
    """
    dataset_id, _new, replaced = register_store.write_import(
        session,
        register.records,
        name=(name or f"Impor {report.file_name}").strip()[:200],
        source=(source or report.file_name).strip()[:500],
        imported_by=imported_by[:120],
        checksum=report.checksum,
        rows_read=report.rows_read,
    )
    return dataset_id, replaced
