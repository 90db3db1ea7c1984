"""Target sets: reading target CSVs, loading the seed, importing staff tables, current targets.

Targets come from documents that disagree, so every target keeps the document it comes from
(see ``tools/build_target_seed.py`` and ``data/seed/targets.csv``). This module:

- reads a target CSV (:func:`read_target_csv`) and checks its codes against the store
  (:func:`unknown_codes`);
- loads the committed seed into the ``target`` table (:func:`ensure_target_seed`, called by
  :func:`welfare.store.ensure_ready`) and imports further target tables staff send
  (:func:`import_targets`, same CSV columns as the seed), each load one ``TargetSet`` that
  supersedes the rows it replaces;
- reads the current targets (:func:`current_targets`).

It is the storage side of targets, kept apart from :mod:`welfare.target_status`, which judges
a value against the target that applies to it and never writes. No streamlit here.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from welfare.models import (
    STATUS_ACTIVE,
    TARGET_ORIGIN_IMPORT,
    TARGET_ORIGIN_SEED,
    Indicator,
    Region,
    Target,
    TargetSet,
    utcnow,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
TARGET_SEED_PATH = REPO_ROOT / "data" / "seed" / "targets.csv"
TARGET_SEED_NAME = "data/seed/targets.csv"

NATIONAL_CODE = "00"
KIND_TARGET = "target"

TARGET_COLUMNS = [
    "target_id",
    "indicator_id",
    "region_kode",
    "year",
    "value",
    "lower",
    "upper",
    "document",
    "usable",
    "source",
    "note",
    "target_set_id",
    "origin",
]
REQUIRED_IMPORT_COLUMNS = ("kode_bps", "tahun", "indikator", "dokumen", "sumber")


# --------------------------------------------------------------------------------------------
# the seed file and imports


def read_target_csv(data: str) -> list[dict[str, object]]:
    """Rows of a target CSV (the seed's columns), numbers parsed; ``ValueError`` in Indonesian.

    Only ``jenis = target`` rows are targets; reference rows are skipped.
    """
    reader = csv.DictReader(io.StringIO(data))
    cols = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in REQUIRED_IMPORT_COLUMNS if c not in cols]
    if missing:
        raise ValueError(f"kolom wajib tidak ada: {', '.join(missing)}")
    out: list[dict[str, object]] = []
    for n, raw in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
        if row.get("jenis", KIND_TARGET) != KIND_TARGET:
            continue

        def num(col: str, n: int = n, row: dict = row) -> float | None:
            text = row.get(col, "")
            if not text:
                return None
            try:
                return float(text.replace(",", "."))
            except ValueError:
                raise ValueError(f"baris {n}: {col} '{text[:20]}' bukan angka") from None

        value, lower, upper = num("nilai"), num("batas_bawah"), num("batas_atas")
        if value is None and lower is None and upper is None:
            raise ValueError(f"baris {n}: isi nilai, atau batas_bawah/batas_atas")
        if lower is not None and upper is not None and lower > upper:
            raise ValueError(f"baris {n}: batas_bawah lebih besar dari batas_atas")
        kode = row["kode_bps"].replace(".", "")
        if not (kode.isdigit() and len(kode) in (2, 4)):
            raise ValueError(f"baris {n}: kode_bps '{row['kode_bps'][:10]}' tidak dikenal")
        if not row["tahun"].isdigit() or len(row["tahun"]) != 4:
            raise ValueError(f"baris {n}: tahun '{row['tahun'][:10]}' tidak valid")
        if not row["dokumen"] or not row["sumber"]:
            raise ValueError(f"baris {n}: setiap target wajib menyebut dokumen dan sumbernya")
        out.append(
            {
                "line": n,
                "indicator_id": row["indikator"],
                "region_kode": kode,
                "year": int(row["tahun"]),
                "value": value,
                "lower": lower,
                "upper": upper,
                "document": row["dokumen"][:200],
                "usable": row.get("dipakai", "ya").lower() not in ("tidak", "no", "false", "0"),
                "source": row["sumber"],
                "note": row.get("catatan") or None,
            }
        )
    return out


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _columns(row: dict[str, object]) -> dict[str, object]:
    """A parsed row without its file line number (kept only for messages)."""
    return {k: v for k, v in row.items() if k != "line"}


def unknown_codes(session: Session, rows: list[dict[str, object]]) -> str | None:
    """Why rows name an indicator or region the store does not know (Indonesian), or None.

    A target of an unknown indicator or region would be stored and never shown anywhere; the
    national code ``00`` is allowed (national targets are context for the province).
    """
    indicators = set(session.scalars(select(Indicator.id)))
    regions = set(session.scalars(select(Region.kode_bps))) | {NATIONAL_CODE}
    problems: list[str] = []
    for field, known, label in (
        ("indicator_id", indicators, "indikator tidak dikenal"),
        ("region_kode", regions, "kode wilayah tidak dikenal"),
    ):
        bad: dict[str, list[int]] = {}
        for row in rows:
            if row[field] not in known:
                bad.setdefault(str(row[field]), []).append(int(row["line"]))
        for value, lines in bad.items():
            where = ", ".join(str(n) for n in lines[:5]) + (" ..." if len(lines) > 5 else "")
            problems.append(f"{label} '{value[:40]}' (baris {where})")
    return "; ".join(problems) if problems else None


def ensure_target_seed(session: Session, path: Path = TARGET_SEED_PATH) -> None:
    """Load the committed target seed once; a changed seed supersedes the previous one."""
    if not path.exists():
        return
    text = path.read_text("utf-8")
    checksum = _checksum(text)
    seeds = session.scalars(
        select(TargetSet).where(TargetSet.origin == TARGET_ORIGIN_SEED).order_by(TargetSet.id)
    ).all()
    if seeds and seeds[-1].checksum == checksum:
        return
    target_set = TargetSet(
        name="Target pembangunan terbitan (RPJMN, RKP, RPJMD)",
        origin=TARGET_ORIGIN_SEED,
        source=TARGET_SEED_NAME,
        checksum=checksum,
        imported_by="seed",
        status=STATUS_ACTIVE,
    )
    _write_set(session, target_set, read_target_csv(text), [s.id for s in seeds])


def _write_set(
    session: Session,
    target_set: TargetSet,
    rows: list[dict[str, object]],
    replace_sets: Iterable[int] = (),
) -> int:
    """Add a target set; earlier current rows with the same key (or of ``replace_sets``)
    are marked superseded by it. Returns how many rows were superseded."""
    session.add(target_set)
    session.flush()
    superseded = 0
    replace_sets = list(replace_sets)
    if replace_sets:
        superseded += (
            session.execute(
                update(Target)
                .where(Target.target_set_id.in_(replace_sets), Target.superseded_by.is_(None))
                .values(superseded_by=target_set.id)
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
    for row in rows:
        superseded += (
            session.execute(
                update(Target)
                .where(
                    Target.superseded_by.is_(None),
                    Target.target_set_id != target_set.id,
                    Target.indicator_id == row["indicator_id"],
                    Target.region_kode == row["region_kode"],
                    Target.year == row["year"],
                    Target.document == row["document"],
                )
                .values(superseded_by=target_set.id)
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
    if rows:
        session.execute(
            Target.__table__.insert(),
            [
                {**_columns(row), "target_set_id": target_set.id, "superseded_by": None}
                for row in rows
            ],
        )
    return superseded


@dataclass(frozen=True)
class TargetImportResult:
    ok: bool
    message: str  # Bahasa Indonesia
    target_set_id: int | None = None
    rows: int = 0
    superseded: int = 0


def import_targets(
    engine: Engine, data: bytes, file_name: str, *, imported_by: str = "cli"
) -> TargetImportResult:
    """Import a target CSV (columns of ``data/seed/targets.csv``) as a new target set.

    A row replaces the current target with the same indicator, region, year and document;
    targets of other documents stay (they are different claims, not corrections).
    """
    from welfare.importing.write import locked_session

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    if ";" in text.splitlines()[0] and "," not in text.splitlines()[0]:
        text = text.replace(";", ",")
    try:
        rows = read_target_csv(text)
    except ValueError as exc:
        return TargetImportResult(False, f"Berkas target ditolak: {exc}.")
    if not rows:
        return TargetImportResult(False, "Berkas target tidak berisi satu pun target.")
    with locked_session(engine) as session:
        problem = unknown_codes(session, rows)
        if problem:
            # Nothing is written: the lock's transaction ends without a change.
            return TargetImportResult(False, f"Berkas target ditolak: {problem}.")
        target_set = TargetSet(
            name=f"Impor target {file_name}"[:200],
            origin=TARGET_ORIGIN_IMPORT,
            source=file_name[:500],
            checksum=_checksum(text),
            imported_at=utcnow(),
            imported_by=imported_by[:120],
            status=STATUS_ACTIVE,
        )
        superseded = _write_set(session, target_set, rows)
        set_id = target_set.id
    return TargetImportResult(
        True,
        f"{len(rows)} target diimpor (set #{set_id}); {superseded} target lama diganti.",
        set_id,
        len(rows),
        superseded,
    )


# --------------------------------------------------------------------------------------------
# reading


def current_targets(
    bind: Engine | Session, indicator_ids: Iterable[str] | None = None
) -> pd.DataFrame:
    """Targets of active sets that no later set replaced, as a DataFrame (TARGET_COLUMNS)."""
    stmt = (
        select(
            Target.id.label("target_id"),
            Target.indicator_id,
            Target.region_kode,
            Target.year,
            Target.value,
            Target.lower,
            Target.upper,
            Target.document,
            Target.usable,
            Target.source,
            Target.note,
            Target.target_set_id,
            TargetSet.origin,
        )
        .join(TargetSet, TargetSet.id == Target.target_set_id)
        .where(TargetSet.status == STATUS_ACTIVE, Target.superseded_by.is_(None))
        .order_by(Target.indicator_id, Target.region_kode, Target.year, Target.id)
    )
    if indicator_ids is not None:
        stmt = stmt.where(Target.indicator_id.in_(list(indicator_ids)))
    if isinstance(bind, Session):
        rows = bind.execute(stmt).mappings().all()
    else:
        with bind.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
    df = pd.DataFrame([dict(r) for r in rows], columns=TARGET_COLUMNS)
    for col in ("value", "lower", "upper"):
        df[col] = df[col].astype(float)
    return df


__all__ = [
    "KIND_TARGET",
    "NATIONAL_CODE",
    "REPO_ROOT",
    "REQUIRED_IMPORT_COLUMNS",
    "TARGET_COLUMNS",
    "TARGET_SEED_NAME",
    "TARGET_SEED_PATH",
    "TargetImportResult",
    "current_targets",
    "ensure_target_seed",
    "import_targets",
    "read_target_csv",
    "unknown_codes",
]
