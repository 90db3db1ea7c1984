"""The register in the store: read what is current, write an import, add/correct/close one
activity, load the published seed.

Every write is a new :class:`~welfare.models.Dataset` (who, when, which file or form) holding
the new versions; the versions they replace are marked ``superseded_by`` it, so the audit is
the list of datasets and a rollback (:mod:`welfare.importing.versions`) makes the previous
versions current again. An activity keeps its ``uid`` across versions. An imported row whose
identity (region, kecamatan, year, programme name, level, funding, target group) matches a current
activity becomes that activity's next version, so sending a corrected sheet again replaces
instead of doubling. The form's corrections name the version they were made on: when another
person saved a newer one meanwhile, nothing is written and both texts are returned.
"""

from __future__ import annotations

import csv
import hashlib
import math
import uuid
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from welfare.importing.write import locked_session
from welfare.models import (
    KIND_IMPORTED,
    KIND_OFFICIAL,
    STATUS_ACTIVE,
    Activity,
    Dataset,
)

SEED_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "seed" / "programmes.csv"
SEED_SOURCE = "data/seed/programmes.csv"
SEED_NAME = "Program per tingkat (angka terbitan)"
SEED_NOTE = (
    "Kegiatan program yang sudah diterbitkan, masing-masing dengan sumbernya; dibangun oleh "
    "tools/build_programme_seed.py (aturan konflik: lihat data/seed/README.md)."
)
CHANGE_IMPORT, CHANGE_ADD, CHANGE_CORRECT, CHANGE_CLOSE = "impor", "tambah", "koreksi", "tutup"
IMPORT_NOTE = "Program per tingkat"  # the note of every register dataset (import and form)
COLUMNS = [c.key for c in Activity.__table__.columns]
KEY_FIELDS = (
    "region_kode_bps",
    "kecamatan_kode",
    "year",
    "programme_name",
    "level",
    "funding",
    "target_group",
)


# What an activity says, as opposed to which version of it a row is.
CONTENT_FIELDS = tuple(
    c for c in COLUMNS if c not in ("id", "dataset_id", "uid", "change", "superseded_by")
)


def identity(values: dict[str, object]) -> str:
    """A stable uid for an imported or seeded activity: the same activity gets the same uid."""
    key = "|".join(str(values.get(k) or "").strip().lower() for k in KEY_FIELDS)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _plain(value: object) -> object:
    """A field's value as compared between a row and a stored version: no value is None
    (also an empty text or NaN), numbers compare as numbers (1200 and 1200.0 are one value)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def same_content(current: Activity, values: dict[str, object]) -> bool:
    """Whether ``values`` (an imported row) says exactly what the ``current`` version says:
    such a row is not written again, so re-saving an unchanged sheet adds no versions."""
    return all(_plain(getattr(current, f)) == _plain(values.get(f)) for f in CONTENT_FIELDS)


def current(engine: Engine, year: int | None = None) -> pd.DataFrame:
    """The current register: one row per activity (its newest version), with the kind of the
    dataset it came from (``official`` / ``imported`` / ``example``) and who wrote it when."""
    query = (
        select(
            Activity.__table__,
            Dataset.kind.label("dataset_kind"),
            Dataset.imported_by,
            Dataset.imported_at,
        )
        .join(Dataset, Dataset.id == Activity.dataset_id)
        .where(Dataset.status == STATUS_ACTIVE, Activity.superseded_by.is_(None))
        .order_by(Activity.region_kode_bps, Activity.year, Activity.level, Activity.id)
    )
    if year is not None:
        query = query.where(Activity.year == year)
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    frame = pd.DataFrame([dict(r) for r in rows])
    if frame.empty:
        return pd.DataFrame(columns=[*COLUMNS, "dataset_kind", "imported_by", "imported_at"])
    return frame


def history(engine: Engine, uid: str) -> pd.DataFrame:
    """Every version of one activity, oldest first, with who changed it and when."""
    query = (
        select(
            Activity.__table__,
            Dataset.imported_by,
            Dataset.imported_at,
            Dataset.status.label("dataset_status"),
        )
        .join(Dataset, Dataset.id == Activity.dataset_id)
        .where(Activity.uid == uid)
        .order_by(Activity.id)
    )
    with engine.connect() as conn:
        return pd.DataFrame([dict(r) for r in conn.execute(query).mappings().all()])


def _current_by_uid(session: Session, uids: list[str]) -> dict[str, Activity]:
    if not uids:
        return {}
    rows = session.scalars(
        select(Activity)
        .join(Dataset, Dataset.id == Activity.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Activity.superseded_by.is_(None),
            Activity.uid.in_(uids),
        )
    ).all()
    return {r.uid: r for r in rows}


def write_versions(
    session: Session, dataset: Dataset, records: list[dict[str, object]], change: str
) -> tuple[int, int]:
    """Write ``records`` (each with a ``uid``) as versions in ``dataset``; returns (new,
    replaced). Runs inside the caller's locked transaction."""
    session.add(dataset)
    session.flush()
    previous = _current_by_uid(session, sorted({str(r["uid"]) for r in records}))
    replaced = [previous[r["uid"]].id for r in records if r["uid"] in previous]
    if replaced:
        session.execute(
            update(Activity)
            .where(Activity.id.in_(replaced))
            .values(superseded_by=dataset.id)
            .execution_options(synchronize_session=False)
        )
    for rec in records:
        skip = ("id", "dataset_id", "change", "superseded_by")  # set here, not by the caller
        fields = {k: v for k, v in rec.items() if k in COLUMNS and k not in skip}
        session.add(Activity(**fields, dataset_id=dataset.id, change=rec.get("change", change)))
    dataset.rows_accepted = len(records)
    session.flush()
    return len(records) - len(replaced), len(replaced)


def import_records(
    engine: Engine,
    records: list[dict[str, object]],
    *,
    name: str,
    source: str,
    imported_by: str,
    checksum: str | None = None,
    rows_read: int | None = None,
) -> tuple[int | None, int, int]:
    """Write an import's checked activities as one dataset; returns (dataset id, new, replaced):
    rows equal to their activity's current version are left out (see :func:`write_import`)."""
    with locked_session(engine) as session:
        return write_import(
            session,
            records,
            name=name,
            source=source,
            imported_by=imported_by,
            checksum=checksum,
            rows_read=rows_read,
        )


def write_import(
    session: Session,
    records: list[dict[str, object]],
    *,
    name: str,
    source: str,
    imported_by: str,
    checksum: str | None = None,
    rows_read: int | None = None,
) -> tuple[int | None, int, int]:
    """:func:`import_records` inside the caller's locked transaction (the importer's
    :func:`welfare.importing.apply` repeats its store checks under the same lock first).

    A row that says exactly what its activity's current version says is not written: new is
    what the store did not hold, replaced what changed. With nothing new or changed nothing is
    written at all (dataset id ``None``); the importer refuses such a file before
    (:func:`welfare.importing.register_write.store_checks`)."""
    rows = [{**r, "uid": identity(r), "change": CHANGE_IMPORT} for r in records]
    current = _current_by_uid(session, sorted({str(r["uid"]) for r in rows}))
    rows = [r for r in rows if not (r["uid"] in current and same_content(current[r["uid"]], r))]
    if not rows:
        return None, 0, 0
    dataset = Dataset(
        name=name,
        kind=KIND_IMPORTED,
        source=source,
        imported_by=imported_by,
        checksum=checksum,
        rows_read=rows_read if rows_read is not None else len(rows),
        note=IMPORT_NOTE,
    )
    new, replaced = write_versions(session, dataset, rows, CHANGE_IMPORT)
    return dataset.id, new, replaced


@dataclass(frozen=True)
class EditResult:
    ok: bool
    message: str  # Bahasa Indonesia
    uid: str | None = None
    version_id: int | None = None
    # When someone saved a newer version meanwhile: their text and ours, to show side by side.
    theirs: dict[str, object] | None = None
    ours: dict[str, object] | None = None


def _as_dict(row: Activity) -> dict[str, object]:
    return {c: getattr(row, c) for c in COLUMNS}


def save_activity(
    engine: Engine,
    values: dict[str, object],
    *,
    user: str,
    uid: str | None = None,
    based_on: int | None = None,
    change: str | None = None,
) -> EditResult:
    """Add an activity (``uid`` None) or write the next version of one.

    ``based_on`` is the id of the version the person was editing; if another version was
    saved since, nothing is written and the result carries both texts (no lost update).
    """
    change = change or (CHANGE_ADD if uid is None else CHANGE_CORRECT)
    with locked_session(engine) as session:
        if uid is not None:
            now = _current_by_uid(session, [uid]).get(uid)
            if now is None:
                return EditResult(False, "Kegiatan ini tidak ada lagi (dibatalkan atau dihapus).")
            if based_on is not None and now.id != based_on:
                who = session.get(Dataset, now.dataset_id)
                by = f"{who.imported_by}, {who.imported_at:%d-%m-%Y %H:%M}" if who else "?"
                return EditResult(
                    False,
                    "Kegiatan ini sudah diubah orang lain sejak Anda membukanya "
                    f"({by}); tidak ada yang disimpan. Bandingkan kedua versi lalu simpan lagi.",
                    uid,
                    now.id,
                    theirs=_as_dict(now),
                    ours=dict(values),
                )
        uid = uid or uuid.uuid4().hex[:20]
        words = {CHANGE_ADD: "Tambah", CHANGE_CORRECT: "Koreksi", CHANGE_CLOSE: "Tutup"}
        dataset = Dataset(
            name=f"{words.get(change, change)} kegiatan: {values.get('programme_name', '')}"[:200],
            kind=KIND_IMPORTED,
            source="formulir Kelola data",
            imported_by=user,
            rows_read=1,
            note=IMPORT_NOTE,
        )
        write_versions(session, dataset, [{**values, "uid": uid, "change": change}], change)
        version = session.scalars(
            select(Activity.id).where(Activity.dataset_id == dataset.id)
        ).one()
        done = {
            CHANGE_ADD: "ditambahkan",
            CHANGE_CORRECT: "dikoreksi",
            CHANGE_CLOSE: "ditutup (selesai)",
        }
        return EditResult(True, f"Kegiatan {done.get(change, 'disimpan')}.", uid, version)


def close_activity(
    engine: Engine, uid: str, *, user: str, based_on: int | None, realised: float | None = None
) -> EditResult:
    """Mark an activity ``selesai`` (optionally with its final realised quantity)."""
    # The stored row itself, not a DataFrame of it: numpy numbers would not bind as plain
    # integers (SQLite stored a numpy year as 8 bytes).
    with Session(engine) as session:
        now = _current_by_uid(session, [uid]).get(uid)
        if now is None:
            return EditResult(False, "Kegiatan ini tidak ada lagi (dibatalkan atau dihapus).")
        skip = ("id", "dataset_id", "superseded_by", "change")
        values = {c: getattr(now, c) for c in COLUMNS if c not in skip}
    values["status"] = "selesai"
    if realised is not None:
        values["realised"] = float(realised)
        values["realised_unit"] = values.get("realised_unit") or values.get("planned_unit")
    return save_activity(engine, values, user=user, uid=uid, based_on=based_on, change=CHANGE_CLOSE)


# -- the published seed ----------------------------------------------------------------------
SEED_NUMBERS = ("year", "year_from", "planned", "realised", "budget_rp")


def read_seed(path: Path = SEED_PATH) -> list[dict[str, object]]:
    """The committed seed's rows as store values (empty cells -> None)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for row in rows:
        rec: dict[str, object] = {k: (v if v != "" else None) for k, v in row.items()}
        for k in SEED_NUMBERS:
            if rec.get(k) is not None:
                rec[k] = int(rec[k]) if k in ("year", "year_from") else float(rec[k])
        out.append(rec)
    return out


def seed_checksum(path: Path = SEED_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ensure_seed(session: Session, path: Path = SEED_PATH) -> None:
    """Load the published programme rows once; a changed seed file is loaded again as a new
    version of the seed's activities that nobody corrected since (staff corrections stay), and
    seed activities the new file no longer has stop being current."""
    checksum = seed_checksum(path)
    seeds = session.scalars(select(Dataset).where(Dataset.source == SEED_SOURCE)).all()
    if any(d.checksum == checksum for d in seeds):
        return
    records = read_seed(path)
    if seeds:
        seed_ids = {d.id for d in seeds}
        now = _current_by_uid(session, [str(r["uid"]) for r in records])
        records = [
            r for r in records if r["uid"] not in now or now[r["uid"]].dataset_id in seed_ids
        ]
    dataset = Dataset(
        name=SEED_NAME,
        kind=KIND_OFFICIAL,
        source=SEED_SOURCE,
        imported_by="seed",
        checksum=checksum,
        rows_read=len(records),
        note=SEED_NOTE,
    )
    write_versions(session, dataset, records, CHANGE_IMPORT)
    if seeds:
        # A row that left the published table (or whose identity changed) is no longer
        # current either; what staff imported or corrected stays (it is not a seed version).
        session.execute(
            update(Activity)
            .where(
                Activity.dataset_id.in_(seed_ids),
                Activity.superseded_by.is_(None),
                Activity.uid.not_in([str(r["uid"]) for r in read_seed(path)]),
            )
            .values(superseded_by=dataset.id)
            .execution_options(synchronize_session=False)
        )
