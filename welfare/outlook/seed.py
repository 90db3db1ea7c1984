"""The outlook seed in the store: loaded once by :func:`welfare.store.ensure_ready`, read back
as a table.

Storage decision: tables of their own (:class:`~welfare.models.OutlookSet`,
:class:`~welfare.models.OutlookFigure`), never rows of ``observation`` and never a region row
for the IKN area.

- The IKN area (``64.IKN``) cuts across Penajam Paser Utara and Kutai Kartanegara and has no
  Kemendagri code of its own. A region row for it would be one more row that every region
  listing, name resolver (imports match "Nusantara" against region names), map join and
  "the ten kabupaten/kota" query must learn to skip; a figure table keyed by a plain code
  string cannot leak into any of them.
- Projections and plan stages are figures about future years (2035, 2045, 2050). Every
  observation query treats the newest year as the present: the profile's latest value, the
  map's year menu, the availability grid, the signals. A 2035 projection among the
  observations would become Penajam Paser Utara's "latest population".
- The concept is a column (:mod:`welfare.outlook.concepts`), so no query can join a BPS
  projection and a Dukcapil count by accident.

The Dukcapil counts of a regency or kecamatan are observed numbers, and the store's
observations hold some of them too (``penduduk_jiwa_dukcapil`` 2024 for all regencies). The
seed builder drops every outlook row whose key the official seed holds
(``tools/build_outlook_seed.py``, step A), and readers apply the same precedence at read time
(:func:`welfare.outlook.population.region_series`): observations first, the outlook only fills
years the store does not hold.

Loading follows the official seed: each file is a set of its own (matched by its repository
path); an unchanged file is never loaded twice, a changed file is loaded as a new set and
readers take the newest active set of each file.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welfare.models import STATUS_ACTIVE, OutlookFigure, OutlookSet
from welfare.observations import Bind, connect
from welfare.outlook.concepts import CONCEPTS, SEED_COLUMNS, YES, concept_of

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
SEED_DIR = REPO_ROOT / "data" / "seed"
REGIONS_SEED_PATH = SEED_DIR / "population_outlook.csv"
KECAMATAN_SEED_PATH = SEED_DIR / "kecamatan_outlook.csv"
# (path, repository-relative name recorded as the set's source, set name)
SEEDS: tuple[tuple[Path, str, str], ...] = (
    (
        REGIONS_SEED_PATH,
        "data/seed/population_outlook.csv",
        "Antisipasi: proyeksi BPS, Dukcapil, rencana dan pendataan IKN",
    ),
    (
        KECAMATAN_SEED_PATH,
        "data/seed/kecamatan_outlook.csv",
        "Antisipasi: penduduk kecamatan sekitar IKN",
    ),
)
SEED_IMPORTER = "seed"

FIGURE_COLUMNS = [
    "region_kode",
    "indicator_id",
    "concept",
    "year",
    "value",
    "unit",
    "stage",
    "secondary",
    "partial",
    "rounded",
    "source_tier",
    "released",
    "source",
    "note",
    "outlook_set_id",
]


def read_seed(path: Path | str) -> list[dict[str, object]]:
    """Figure records of one committed outlook file (see ``data/seed/README.md``).

    ``ValueError`` (in Indonesian) for a missing column, a repeated key, a number that is not
    one, or a ``konsep`` that disagrees with :mod:`welfare.outlook.concepts`.
    """
    with Path(path).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in SEED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"Kolom seed antisipasi tidak lengkap: {', '.join(missing)}")
        rows = list(reader)
    records: list[dict[str, object]] = []
    seen: set[tuple[str, str, int]] = set()
    for n, row in enumerate(rows, start=2):
        key = (row["kode"], row["indikator"], int(row["tahun"]))
        if key in seen:
            raise ValueError(f"baris {n}: kunci ganda {key}")
        seen.add(key)
        concept = concept_of(row["indikator"])
        if row["konsep"] != concept:
            raise ValueError(f"baris {n}: konsep {row['konsep']!r}, seharusnya {concept!r}")
        try:
            value = float(row["nilai"])
        except ValueError:
            raise ValueError(f"baris {n}: nilai {row['nilai'][:20]!r} bukan angka") from None
        released = row["tanggal_rilis"].strip()
        records.append(
            {
                "region_kode": row["kode"],
                "indicator_id": row["indikator"],
                "concept": concept,
                "year": int(row["tahun"]),
                "value": value,
                "unit": row["satuan"],
                "stage": row["tahap"] or None,
                "secondary": row["sekunder"] == YES,
                "partial": row["parsial"] == YES,
                "rounded": row["dibulatkan"] == YES,
                "source_tier": row["tingkat_sumber"],
                "released": date.fromisoformat(released) if released else None,
                "source": row["sumber"],
                "note": row["catatan"] or None,
            }
        )
    return records


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ensure_outlook_seed(
    session: Session, seeds: Iterable[tuple[Path, str, str]] = SEEDS
) -> list[int]:
    """Load each outlook file unless its newest set already holds this very file.

    Runs inside :func:`welfare.store.ensure_ready`'s locked transaction. Returns the ids of
    the sets it added (empty when nothing changed).
    """
    added: list[int] = []
    for path, source, name in seeds:
        checksum = _sha256(Path(path))
        newest = session.scalars(
            select(OutlookSet)
            .where(OutlookSet.source == source, OutlookSet.status == STATUS_ACTIVE)
            .order_by(OutlookSet.id.desc())
            .limit(1)
        ).first()
        if newest is not None and newest.checksum == checksum:
            continue
        records = read_seed(path)
        outlook_set = OutlookSet(
            name=name,
            source=source,
            checksum=checksum,
            imported_by=SEED_IMPORTER,
            status=STATUS_ACTIVE,
            rows=len(records),
        )
        session.add(outlook_set)
        session.flush()
        session.execute(
            OutlookFigure.__table__.insert(),
            [{**rec, "outlook_set_id": outlook_set.id} for rec in records],
        )
        added.append(outlook_set.id)
    return added


def current_set_ids(bind: Bind) -> list[int]:
    """The newest active set of each outlook file."""
    stmt = (
        select(func.max(OutlookSet.id))
        .where(OutlookSet.status == STATUS_ACTIVE)
        .group_by(OutlookSet.source)
    )
    with connect(bind) as conn:
        return sorted(int(i) for i in conn.execute(stmt).scalars())


def outlook_figures(
    bind: Bind,
    *,
    region_kode: Iterable[str] | None = None,
    indicator_ids: Iterable[str] | None = None,
    concepts: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Current outlook figures, optionally filtered, as a DataFrame of :data:`FIGURE_COLUMNS`
    sorted by region, indicator and year (``released`` is a ``datetime.date`` or ``None``)."""
    with connect(bind) as conn:
        ids = current_set_ids(conn)
        stmt = select(*(getattr(OutlookFigure, c) for c in FIGURE_COLUMNS)).where(
            OutlookFigure.outlook_set_id.in_(ids)
        )
        if region_kode is not None:
            stmt = stmt.where(OutlookFigure.region_kode.in_([str(k) for k in region_kode]))
        if indicator_ids is not None:
            stmt = stmt.where(OutlookFigure.indicator_id.in_(list(indicator_ids)))
        if concepts is not None:
            wanted = list(concepts)
            unknown = sorted(set(wanted) - set(CONCEPTS))
            if unknown:
                raise ValueError(f"Konsep tidak dikenal: {', '.join(unknown)}")
            stmt = stmt.where(OutlookFigure.concept.in_(wanted))
        stmt = stmt.order_by(
            OutlookFigure.region_kode, OutlookFigure.indicator_id, OutlookFigure.year
        )
        rows = conn.execute(stmt).mappings().all()
    df = pd.DataFrame([dict(r) for r in rows], columns=FIGURE_COLUMNS)
    df["year"] = df["year"].astype(int)
    df["value"] = df["value"].astype(float)
    for col in ("secondary", "partial", "rounded"):
        df[col] = df[col].astype(bool)
    return df
