"""Make a store ready to use: schema, reference tables and the two seed datasets.

:func:`ensure_ready` is idempotent and safe to call from every process at start-up (each
Streamlit worker, the CLI, tests). The whole check-and-load runs in ONE transaction that first
takes a database-wide write lock, so two processes starting together on one SQLite file (or
one PostgreSQL database) never load a seed twice:

- SQLite: ``BEGIN IMMEDIATE`` takes the write lock before anything is read; the second process
  waits (``busy_timeout``) and then sees the first one's datasets.
- PostgreSQL: ``pg_advisory_xact_lock`` on a fixed key, released at commit. DDL is
  transactional there, so even ``CREATE TABLE`` is covered.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine, func, inspect, select, update
from sqlalchemy.orm import Session

from welfare import example_data, example_kecamatan
from welfare.catalogue import load_catalogue
from welfare.db import write_locked
from welfare.example_data import TARGETING_EXAMPLE_NAME
from welfare.models import (
    KIND_EXAMPLE,
    KIND_KECAMATAN,
    KIND_OFFICIAL,
    STATUS_ACTIVE,
    Base,
    Dataset,
    DatasetSnapshot,
    Indicator,
    Observation,
    Region,
    TargetSet,
)
from welfare.outlook.seed import ensure_outlook_seed
from welfare.register import store as register_store
from welfare.seed import (
    KECAMATAN_SEED_NAME,
    KECAMATAN_SEED_PATH,
    OFFICIAL_SEED_NAME,
    OFFICIAL_SEED_PATH,
    file_sha256,
    official_observations,
    read_kecamatan,
    read_official_seed,
    read_regions,
)
from welfare.targets import ensure_target_seed

SEED_IMPORTER = "seed"
OFFICIAL_DATASET_NAME = "Angka resmi terbitan (BPS dan sumber publik lain)"
KECAMATAN_DATASET_NAME = "Angka resmi terbitan per kecamatan (sekitar IKN)"
KECAMATAN_NOTE = (
    "Angka kecamatan yang sudah diterbitkan (penduduk BPS atau Dukcapil, data kemiskinan "
    "daerah), masing-masing dengan sumbernya; dibangun oleh tools/build_official_seed.py."
)
OFFICIAL_NOTE = (
    "Angka yang sudah diterbitkan, masing-masing dengan sumbernya; dibangun oleh "
    "tools/build_official_seed.py (aturan konflik: lihat data/seed/README.md)."
)


def ensure_ready(engine: Engine, *, seed_example: bool = True) -> None:
    """Create the schema, refresh regions and catalogue, and load missing seeds.

    Parameters
    ----------
    engine
        Any engine from :func:`welfare.db.make_engine` (SQLite file or PostgreSQL).
    seed_example
        Also load the EXAMPLE dataset (PMKS and programmes 2019-2024) when none exists.
        Pass ``False`` for a store that must only ever hold real data.

    Notes
    -----
    Regions and indicators are upserted on every call, so edits to ``data/regions.csv`` or
    ``data/indicators.csv`` reach the database; indicators removed from the CSV are kept
    (observations may still refer to them). A seed is loaded only when no dataset of its kind
    exists (any status): an official dataset from an import, or a rolled-back seed, is left
    alone. When the committed official seed changed since it was loaded (a new release of the
    reference figures), it is loaded again as a new dataset that supersedes the previous seed;
    values that a staff import had already replaced stay replaced.
    """
    with write_locked(engine) as conn:
        Base.metadata.create_all(conn)
        with Session(bind=conn, autoflush=False) as session:
            _upsert_regions(session)
            _upsert_indicators(session)
            session.flush()
            if not _has_dataset(session, KIND_OFFICIAL):
                _load_official_seed(session)
            else:
                _refresh_official_seed(session)
            if seed_example and not _has_dataset(session, KIND_EXAMPLE):
                _load_example(session)
            _reword_example_source(session)
            if seed_example and not _has_named_dataset(session, TARGETING_EXAMPLE_NAME):
                _load_targeting_example(session)
            # Kecamatan datasets come last, so the datasets above keep their ids in new stores.
            if not _has_source(session, KECAMATAN_SEED_NAME):
                _load_official_seed(session, **_KECAMATAN_SEED)
            else:
                _refresh_official_seed(session, **_KECAMATAN_SEED)
            if seed_example and not _has_named_dataset(
                session, example_kecamatan.KECAMATAN_EXAMPLE_NAME
            ):
                _load_kecamatan_example(session)
            ensure_target_seed(session)
            register_store.ensure_seed(session)
            ensure_outlook_seed(session)  # tables of their own (welfare.outlook.seed)
            session.flush()


def is_seeded(engine: Engine) -> bool:
    """Whether the store already holds datasets: False on a fresh install (or an empty database).

    One cheap read and no lock, so the app can say that the first start takes a while before
    :func:`ensure_ready` loads the seeds (seconds).
    """
    if not inspect(engine).has_table(Dataset.__tablename__):
        return False
    with engine.connect() as conn:
        return bool(conn.execute(select(func.count(Dataset.id))).scalar_one())


def data_fingerprint(engine: Engine) -> str:
    """A cheap string that changes whenever a dataset is added, rolled back or restored, or a
    target set is added.

    Read by every process (also after another process imported): caches of query results are
    keyed by it, so they never serve numbers of a dataset version that is no longer current.
    """
    with engine.connect() as conn:
        count, last_id = conn.execute(select(func.count(Dataset.id), func.max(Dataset.id))).one()
        inactive = conn.execute(
            select(func.count(Dataset.id)).where(Dataset.status != STATUS_ACTIVE)
        ).scalar_one()
        # Targets are read next to the data (reference lines, status): one key for both.
        sets, last_set = conn.execute(
            select(func.count(TargetSet.id), func.max(TargetSet.id))
        ).one()
    return f"{count}-{last_id}-{inactive}|{sets}-{last_set}"


def _has_named_dataset(session: Session, name: str) -> bool:
    count = session.scalar(select(func.count()).select_from(Dataset).where(Dataset.name == name))
    return bool(count)


def _has_source(session: Session, source: str) -> bool:
    count = session.scalar(
        select(func.count()).select_from(Dataset).where(Dataset.source == source)
    )
    return bool(count)


def _has_dataset(session: Session, kind: str) -> bool:
    count = session.scalar(select(func.count()).select_from(Dataset).where(Dataset.kind == kind))
    return bool(count)


def _upsert_regions(session: Session) -> None:
    existing = {r.kode_bps: r for r in session.scalars(select(Region))}
    for reg in read_regions():
        row = existing.get(reg.kode_bps)
        if row is None:
            row = Region(kode_bps=reg.kode_bps)
            session.add(row)
        row.kode_kemendagri = reg.kode_kemendagri
        row.nama = reg.nama
        row.jenis = reg.jenis
        row.ibukota = reg.ibukota
        row.luas_km2 = reg.luas_km2
    # Kecamatan: keyed by their Kemendagri code (see welfare.models), no area in the table.
    for kec in read_kecamatan():
        row = existing.get(kec.kode)
        if row is None:
            row = Region(kode_bps=kec.kode, ibukota="", luas_km2=0.0)
            session.add(row)
        row.kode_kemendagri = kec.kode
        row.nama = kec.nama
        row.jenis = KIND_KECAMATAN


def _upsert_indicators(session: Session) -> None:
    existing = {i.id: i for i in session.scalars(select(Indicator))}
    for ind in load_catalogue():
        row = existing.get(ind.id)
        if row is None:
            row = Indicator(id=ind.id)
            session.add(row)
        row.label_id = ind.label_id
        row.label_en = ind.label_en
        row.unit = ind.unit
        row.group = ind.group
        row.kind = ind.kind
        row.denominator = ind.denominator
        row.higher_is_worse = ind.higher_is_worse
        row.description_id = ind.description_id or None
        row.sort_order = ind.sort_order


def _add_dataset(session: Session, dataset: Dataset, records: list[dict[str, object]]) -> None:
    session.add(dataset)
    session.flush()  # assigns dataset.id
    session.execute(
        Observation.__table__.insert(),
        [{**rec, "dataset_id": dataset.id, "superseded_by": None} for rec in records],
    )


_KECAMATAN_SEED = {
    "path": KECAMATAN_SEED_PATH,
    "source": KECAMATAN_SEED_NAME,
    "name": KECAMATAN_DATASET_NAME,
    "note": KECAMATAN_NOTE,
}


def _load_official_seed(
    session: Session,
    *,
    path=OFFICIAL_SEED_PATH,
    source: str = OFFICIAL_SEED_NAME,
    name: str = OFFICIAL_DATASET_NAME,
    note: str = OFFICIAL_NOTE,
) -> None:
    seed = read_official_seed(path)
    records = official_observations(seed)
    dataset = Dataset(
        name=name,
        kind=KIND_OFFICIAL,
        source=source,
        imported_by=SEED_IMPORTER,
        checksum=file_sha256(path),
        status=STATUS_ACTIVE,
        rows_read=len(seed),
        rows_accepted=len(records),
        note=note,
    )
    _add_dataset(session, dataset, records)


def _refresh_official_seed(
    session: Session,
    *,
    path=OFFICIAL_SEED_PATH,
    source: str = OFFICIAL_SEED_NAME,
    name: str = OFFICIAL_DATASET_NAME,
    note: str = OFFICIAL_NOTE,
) -> None:
    """Load a changed official seed as a new version; imports keep precedence over it.

    Each seed file (regency figures, kecamatan figures) is versioned on its own: datasets
    are matched by their ``source`` (the seed's repository path).
    """
    checksum = file_sha256(path)
    seeds = session.scalars(
        select(Dataset)
        .where(
            Dataset.kind == KIND_OFFICIAL,
            Dataset.imported_by == SEED_IMPORTER,
            Dataset.source == source,
        )
        .order_by(Dataset.id)
    ).all()
    if not seeds or seeds[-1].checksum == checksum or seeds[-1].status != STATUS_ACTIVE:
        return
    old_ids = [ds.id for ds in seeds]
    # (indicator, year) pairs whose seed values a staff import replaced: the new seed's values
    # for them arrive already replaced by that import, so the import still shows.
    replaced: dict[tuple[str, int], int] = {}
    for ind, year, by in session.execute(
        select(Observation.indicator_id, Observation.year, Observation.superseded_by)
        .join(Dataset, Dataset.id == Observation.superseded_by)
        .where(
            Observation.dataset_id.in_(old_ids),
            Dataset.kind != KIND_OFFICIAL,
            Dataset.status == STATUS_ACTIVE,
        )
    ):
        replaced[(ind, int(year))] = max(by, replaced.get((ind, int(year)), 0))
    seed = read_official_seed(path)
    records = official_observations(seed)
    dataset = Dataset(
        name=name,
        kind=KIND_OFFICIAL,
        source=source,
        imported_by=SEED_IMPORTER,
        checksum=checksum,
        status=STATUS_ACTIVE,
        rows_read=len(seed),
        rows_accepted=len(records),
        note=note + f" Menggantikan versi seed sebelumnya (dataset #{old_ids[-1]}).",
    )
    session.add(dataset)
    session.flush()
    session.execute(
        update(Observation)
        .where(Observation.dataset_id.in_(old_ids), Observation.superseded_by.is_(None))
        .values(superseded_by=dataset.id)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        Observation.__table__.insert(),
        [
            {
                **rec,
                "dataset_id": dataset.id,
                "superseded_by": replaced.get((str(rec["indicator_id"]), int(rec["year"]))),
            }
            for rec in records
        ],
    )


_OLD_EXAMPLE_SOURCE = "DATA CONTOH buatan welfare/example_data.py"


def _reword_example_source(session: Session) -> None:
    """Stores seeded by older versions described example data by a code path: use words."""
    stale = select(Dataset.id).where(
        Dataset.kind == KIND_EXAMPLE,
        Dataset.imported_by == SEED_IMPORTER,
        Dataset.source.startswith(_OLD_EXAMPLE_SOURCE),
    )
    ids = list(session.scalars(stale))
    if not ids:
        return
    session.execute(
        update(Dataset).where(Dataset.id.in_(ids)).values(source=example_data.EXAMPLE_SOURCE)
    )
    session.execute(
        update(Observation)
        .where(Observation.dataset_id.in_(ids))
        .values(source=example_data.EXAMPLE_SOURCE)
        .execution_options(synchronize_session=False)
    )


def _example_records(table: pd.DataFrame) -> list[dict[str, object]]:
    """Observation rows of a generated example table (kode_bps, indicator_id, year, value)."""
    return [
        {
            "region_kode_bps": kode,
            "indicator_id": indicator,
            "year": int(year),
            "value": float(value),
            "source": example_data.EXAMPLE_SOURCE,
            "note": "DATA CONTOH",
        }
        for kode, indicator, year, value in table.itertuples(index=False)
    ]


def _load_example(session: Session) -> None:
    table = example_data.generate_example()
    records = _example_records(table)
    dataset = Dataset(
        name=example_data.EXAMPLE_DATASET_NAME,
        kind=KIND_EXAMPLE,
        source=example_data.EXAMPLE_SOURCE,
        imported_by=SEED_IMPORTER,
        checksum=example_data.example_checksum(table),
        status=STATUS_ACTIVE,
        rows_read=len(table),
        rows_accepted=len(records),
        note=example_data.EXAMPLE_NOTE,
    )
    _add_dataset(session, dataset, records)


def _load_kecamatan_example(session: Session) -> None:
    """EXAMPLE kecamatan values that add up to the regency example (welfare.example_kecamatan)."""
    table = example_kecamatan.generate_kecamatan_example()
    records = _example_records(table)
    dataset = Dataset(
        name=example_kecamatan.KECAMATAN_EXAMPLE_NAME,
        kind=KIND_EXAMPLE,
        source=example_data.EXAMPLE_SOURCE,
        imported_by=SEED_IMPORTER,
        checksum=example_kecamatan.kecamatan_example_checksum(table),
        status=STATUS_ACTIVE,
        rows_read=len(table),
        rows_accepted=len(records),
        note=example_kecamatan.KECAMATAN_EXAMPLE_NOTE
        + " Kecamatan tanpa angka penduduk: bagian sama.",
    )
    _add_dataset(session, dataset, records)


def _load_targeting_example(session: Session) -> None:
    """EXAMPLE DTSEN deciles and recipients by decile, with their (example) snapshot date."""
    table = example_data.generate_targeting_example()
    records = _example_records(table)
    dataset = Dataset(
        name=TARGETING_EXAMPLE_NAME,
        kind=KIND_EXAMPLE,
        source=example_data.EXAMPLE_SOURCE,
        imported_by=SEED_IMPORTER,
        checksum=example_data.example_checksum(table),
        status=STATUS_ACTIVE,
        rows_read=len(table),
        rows_accepted=len(records),
        note=example_data.TARGETING_EXAMPLE_NOTE,
    )
    _add_dataset(session, dataset, records)
    session.add(
        DatasetSnapshot(
            dataset_id=dataset.id,
            snapshot_date=date.fromisoformat(example_data.TARGETING_EXAMPLE_SNAPSHOT),
            label=example_data.TARGETING_EXAMPLE_SNAPSHOT_LABEL,
            found_in="data contoh",
        )
    )
