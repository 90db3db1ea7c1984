"""Development targets (RPJMN, RPJMD ...) against what was achieved.

Targets come from documents that disagree, so every target keeps the document it comes from
(see ``tools/build_target_seed.py`` and ``data/seed/targets.csv``). This module:

- loads the committed seed into the ``target`` table (:func:`ensure_target_seed`, called by
  :func:`welfare.store.ensure_ready`) and imports further target tables staff send
  (:func:`import_targets`, same CSV columns as the seed);
- reads the current targets (:func:`current_targets`);
- picks the target that applies to a value (:func:`applicable_target`) and gives a status,
  *tercapai* / *perlu perhatian* / *kritis*, with thresholds from ``[target_status]`` in
  ``data/settings.toml`` (:func:`target_status`) on :func:`distance_to_target`, the one sign
  convention (positive: not reached yet). The rule in words is
  :func:`views.target_status.rule_text`, so every screen that shows a status says how it was
  decided.

No streamlit here.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import tomllib
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
SETTINGS_PATH = REPO_ROOT / "data" / "settings.toml"

NATIONAL_CODE = "00"
PROVINCE_CODE = "64"
KIND_TARGET = "target"

STATUS_ACHIEVED = "tercapai"
STATUS_ATTENTION = "perlu_perhatian"
STATUS_CRITICAL = "kritis"
STATUSES = (STATUS_ACHIEVED, STATUS_ATTENTION, STATUS_CRITICAL)

UNKNOWN_DOCUMENT = "dokumen tidak disebut sumber"
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
# thresholds


@dataclass(frozen=True)
class StatusThresholds:
    """``[target_status]`` of the settings file, in percentage points above the target."""

    achieved_max_points: float = 0.0
    attention_max_points: float = 1.0


def load_status_thresholds(path: Path | str | None = None) -> StatusThresholds:
    """Read ``[target_status]`` from ``path``, ``$SERAMBI_SETTINGS`` or ``data/settings.toml``."""
    if path is None:
        env = os.environ.get("SERAMBI_SETTINGS", "").strip()
        path = Path(env) if env else SETTINGS_PATH
    with Path(path).open("rb") as fh:
        section = tomllib.load(fh).get("target_status", {})
    achieved = float(section.get("achieved_max_points", 0.0))
    attention = float(section.get("attention_max_points", 1.0))
    if attention < achieved:
        raise ValueError(
            "[target_status]: attention_max_points harus >= achieved_max_points "
            f"({attention} < {achieved})"
        )
    return StatusThresholds(achieved, attention)


# --------------------------------------------------------------------------------------------
# the seed file


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


def bound(row: pd.Series | dict, higher_is_worse: bool = True) -> float | None:
    """The number a value is compared with: the point target, else the range end that must
    be reached (upper end when lower is better, lower end when higher is better)."""
    value = row["value"]
    if value is not None and not (isinstance(value, float) and math.isnan(value)):
        return float(value)
    end = row["upper"] if higher_is_worse else row["lower"]
    if end is None or (isinstance(end, float) and math.isnan(end)):
        end = row["lower"] if higher_is_worse else row["upper"]
    if end is None or (isinstance(end, float) and math.isnan(end)):
        return None
    return float(end)


def target_text(row: pd.Series | dict, fmt) -> str:  # noqa: ANN001 - fmt: float -> str
    """'4,5 %' or '2,3–3,3 %' (range) for display."""
    value = row["value"]
    if value is not None and not pd.isna(value):
        return fmt(float(value))
    lo, hi = row["lower"], row["upper"]
    if lo is not None and not pd.isna(lo) and hi is not None and not pd.isna(hi):
        return f"{fmt(float(lo))}–{fmt(float(hi))}"
    if hi is not None and not pd.isna(hi):
        return f"≤ {fmt(float(hi))}"
    return f"≥ {fmt(float(lo))}"


LEVEL_REGION, LEVEL_PROVINCE, LEVEL_NATIONAL = "wilayah", "provinsi", "nasional"


def applicable_target(
    targets: pd.DataFrame, indicator_id: str, region_kode: str, year: int
) -> tuple[pd.Series | None, str | None]:
    """(target row, level) that a value of ``year`` is measured against, or (None, None).

    Rule: usable targets of the indicator for the region itself, then (for a regency) for
    the province, then national; within a level the target of ``year``, else the nearest
    later year, else the latest earlier year. Among targets of one year a named document
    comes before "dokumen tidak disebut sumber", then the seed order.
    """
    rows = targets[(targets["indicator_id"] == indicator_id) & targets["usable"].astype(bool)]
    levels = [(region_kode, LEVEL_REGION)]
    if region_kode not in (PROVINCE_CODE, NATIONAL_CODE):
        levels.append((PROVINCE_CODE, LEVEL_PROVINCE))
    if region_kode != NATIONAL_CODE:
        levels.append((NATIONAL_CODE, LEVEL_NATIONAL))
    for kode, level in levels:
        own = rows[rows["region_kode"] == kode]
        if own.empty:
            continue
        years = sorted(int(y) for y in own["year"].unique())
        later = [y for y in years if y >= year]
        chosen = min(later) if later else max(years)
        pick = (
            own[own["year"] == chosen]
            .assign(_unknown=lambda d: d["document"] == UNKNOWN_DOCUMENT)
            .sort_values(["_unknown", "target_id"], kind="stable")
        )
        return pick.drop(columns="_unknown").iloc[0], level
    return None, None


def distance_to_target(
    value: float | None, target_bound: float | None, *, higher_is_worse: bool = True
) -> float | None:
    """Points still to go to the target: the one sign convention of every page and slide.

    ``value - target`` when lower is better (poverty), ``target - value`` when higher is better.
    Positive: the target is not reached yet (PPU 6,68 % against 4,40 % is +2,28); zero or
    negative: reached. None without a value or a target.
    """
    if value is None or target_bound is None or pd.isna(value) or pd.isna(target_bound):
        return None
    gap = (value - target_bound) if higher_is_worse else (target_bound - value)
    return round(gap, 9)  # 5.3 - 4.3 is 0.9999999999999996 in floating point


def target_status(
    value: float | None,
    target_bound: float | None,
    thresholds: StatusThresholds,
    *,
    higher_is_worse: bool = True,
) -> str | None:
    """'tercapai', 'perlu_perhatian' or 'kritis' (None without a value or a target).

    On :func:`distance_to_target`: <= achieved_max_points: tercapai; <= attention_max_points:
    perlu perhatian; above: kritis. Both edges belong to the better status.
    """
    gap = distance_to_target(value, target_bound, higher_is_worse=higher_is_worse)
    if gap is None:
        return None
    if gap <= thresholds.achieved_max_points:
        return STATUS_ACHIEVED
    if gap <= thresholds.attention_max_points:
        return STATUS_ATTENTION
    return STATUS_CRITICAL


@dataclass(frozen=True)
class StatusRow:
    """One region's latest value of an indicator against its applicable target."""

    kode_bps: str
    indicator_id: str
    year: int | None
    value: float | None
    is_example: bool
    source: str | None
    target_year: int | None
    target_bound: float | None
    target: dict | None
    level: str | None
    distance: float | None  # distance_to_target: points still to go (positive: not reached)
    status: str | None


def status_table(
    bind: Engine,
    indicator_id: str,
    codes: Iterable[str],
    *,
    year: int | None = None,
    thresholds: StatusThresholds | None = None,
    targets: pd.DataFrame | None = None,
) -> list[StatusRow]:
    """Each region's value of ``indicator_id`` against its target, in the year every page shows.

    The year is :func:`welfare.availability.indicator_year` (``year`` when it has data, else
    the indicator's default year: the map's); a region without a value that year shows its
    nearest earlier one, and ``StatusRow.year`` says which. Real data before example data.
    """
    from welfare.availability import indicator_year
    from welfare.catalogue import get_indicator
    from welfare.observations import current_observations
    from welfare.years import fallback_year

    thresholds = thresholds or load_status_thresholds()
    targets = current_targets(bind, [indicator_id]) if targets is None else targets
    hiw = get_indicator(indicator_id).higher_is_worse
    shown = indicator_year(bind, indicator_id, year)
    codes = list(codes)
    obs = current_observations(bind, indicator_ids=[indicator_id], kode_bps=codes)
    out: list[StatusRow] = []
    for kode in codes:
        own = obs[obs["kode_bps"] == kode].sort_values("year")
        if own.empty:
            out.append(
                StatusRow(
                    kode, indicator_id, None, None, False, None, None, None, None, None, None, None
                )
            )
            continue
        picked = fallback_year(shown, own["year"].astype(int))
        last = own[own["year"] == picked].iloc[-1]
        row_year, value = int(last["year"]), float(last["value"])
        target, level = applicable_target(targets, indicator_id, kode, row_year)
        tb = bound(target, hiw) if target is not None else None
        out.append(
            StatusRow(
                kode,
                indicator_id,
                row_year,
                value,
                bool(last["is_example"]),
                last["source"],
                int(target["year"]) if target is not None else None,
                tb,
                None if target is None else target.to_dict(),
                level,
                distance_to_target(value, tb, higher_is_worse=hiw),
                target_status(value, tb, thresholds, higher_is_worse=hiw),
            )
        )
    return out


__all__ = [
    "STATUSES",
    "StatusRow",
    "StatusThresholds",
    "TargetImportResult",
    "applicable_target",
    "bound",
    "current_targets",
    "distance_to_target",
    "ensure_target_seed",
    "import_targets",
    "load_status_thresholds",
    "status_table",
    "target_status",
    "target_text",
]
