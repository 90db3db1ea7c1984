"""The SQL of the welfare store: current observations, regions, years, datasets.

Every function takes an ``Engine``, a ``Connection`` or an ORM ``Session`` and returns pandas
objects; nothing here computes a rate (:mod:`welfare.rates`) or shapes a page's table
(:mod:`welfare.read_models`). Statements are SQLAlchemy Core expressions, so every value is a
bound parameter.

Rules the other modules rely on
-------------------------------
Current data
    Observations of datasets with status ``active`` that no later import superseded. If two
    current observations still share (region, indicator, year), one is picked: real data
    (official or imported) before example data, then the newest dataset.
Regions
    "The ten kabupaten/kota" is always ``Region.jenis in REGENCY_KINDS``, never "not the
    province": kecamatan are regions too (``jenis = 'kecamatan'``, see :mod:`welfare.models`).
    :func:`indicator_values` has one row per kabupaten/kota (10 rows), or per region of
    ``kode_bps`` (e.g. the kecamatan of one regency, :func:`kecamatan_regions`); a region
    without a value keeps its row with ``NaN``, so a map can draw it as "tidak ada data".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import pandas as pd
from sqlalchemy import Connection, Engine, Executable, Select, func, select
from sqlalchemy.orm import Session

from welfare.models import (
    KIND_EXAMPLE,
    KIND_KECAMATAN,
    REGENCY_KINDS,
    STATUS_ACTIVE,
    Dataset,
    Observation,
    Region,
)
from welfare.seed import PROVINCE_CODE

Bind = Engine | Connection | Session

OBSERVATION_COLUMNS = [
    "observation_id",
    "kode_bps",
    "indicator_id",
    "year",
    "value",
    "source",
    "note",
    "dataset_id",
    "dataset_kind",
    "dataset_name",
    "is_example",
]


@contextmanager
def connect(bind: Bind) -> Iterator[Connection]:
    """A Connection for any supported bind, without committing or closing the caller's."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            yield conn
    elif isinstance(bind, Session):
        yield bind.connection()
    elif isinstance(bind, Connection):
        yield bind
    else:  # pragma: no cover - programming error
        raise TypeError(f"Engine, Connection atau Session diharapkan, bukan {type(bind)!r}")


def _frame(conn: Connection, stmt: Executable, columns: list[str]) -> pd.DataFrame:
    rows = conn.execute(stmt).mappings().all()
    return pd.DataFrame([dict(r) for r in rows], columns=columns)


def _as_list(values: Iterable | None) -> list | None:
    return None if values is None else list(values)


def observation_select() -> Select:
    """The observation rows of :data:`OBSERVATION_COLUMNS` (but ``is_example``) with their
    dataset: the one SELECT of every reader of observations, so a new column is added here.
    Callers add which rows count (current now, or as of a date) and read it with
    :func:`read_observations`."""
    return select(
        Observation.id.label("observation_id"),
        Observation.region_kode_bps.label("kode_bps"),
        Observation.indicator_id,
        Observation.year,
        Observation.value,
        Observation.source,
        Observation.note,
        Observation.dataset_id,
        Dataset.kind.label("dataset_kind"),
        Dataset.name.label("dataset_name"),
    ).join(Dataset, Dataset.id == Observation.dataset_id)


def read_observations(bind: Bind, stmt: Select, *, resolve: bool = True) -> pd.DataFrame:
    """Run a :func:`observation_select` statement: :data:`OBSERVATION_COLUMNS`, typed, and
    (``resolve``) one row per (region, indicator, year) as the module docstring says."""
    with connect(bind) as conn:
        df = _frame(conn, stmt, OBSERVATION_COLUMNS[:-1])
    df["year"] = df["year"].astype(int)
    df["value"] = df["value"].astype(float)
    df["is_example"] = df["dataset_kind"] == KIND_EXAMPLE
    return _resolve(df) if resolve else df.reset_index(drop=True)


def _current_select(
    indicator_ids: Sequence[str] | None,
    years: Sequence[int] | None,
    kode_bps: Sequence[str] | None,
) -> Select:
    stmt = observation_select().where(
        Dataset.status == STATUS_ACTIVE, Observation.superseded_by.is_(None)
    )
    if indicator_ids is not None:
        stmt = stmt.where(Observation.indicator_id.in_(list(indicator_ids)))
    if years is not None:
        stmt = stmt.where(Observation.year.in_([int(y) for y in years]))
    if kode_bps is not None:
        stmt = stmt.where(Observation.region_kode_bps.in_([str(k) for k in kode_bps]))
    return stmt.order_by(Observation.indicator_id, Observation.region_kode_bps, Observation.year)


def _resolve(df: pd.DataFrame) -> pd.DataFrame:
    """One row per (region, indicator, year): real before example, then newest dataset."""
    if df.empty:
        return df
    ordered = df.sort_values(["is_example", "dataset_id"], ascending=[True, False], kind="stable")
    out = ordered.drop_duplicates(["kode_bps", "indicator_id", "year"], keep="first")
    return out.sort_values(["indicator_id", "kode_bps", "year"], ignore_index=True)


def current_observations(
    bind: Bind,
    *,
    indicator_ids: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    kode_bps: Iterable[str] | None = None,
    resolve: bool = True,
) -> pd.DataFrame:
    """Current observations (active datasets, not superseded), optionally filtered.

    Parameters
    ----------
    bind
        Engine, Connection or Session.
    indicator_ids, years, kode_bps
        Optional filters (``None`` = all).
    resolve
        Keep one row per (region, indicator, year), see the module docstring. ``False``
        returns every current row, e.g. to show that example and real data overlap.

    Returns
    -------
    DataFrame with :data:`OBSERVATION_COLUMNS`.
    """
    stmt = _current_select(_as_list(indicator_ids), _as_list(years), _as_list(kode_bps))
    return read_observations(bind, stmt, resolve=resolve)


def regions(bind: Bind, *, include_province: bool = False) -> pd.DataFrame:
    """The kabupaten/kota (kode_bps, kode_kemendagri, nama, jenis, luas_km2), by code.

    Never kecamatan (see :func:`kecamatan_regions`); ``include_province`` adds the row '64'.
    """
    kinds = (*REGENCY_KINDS, "provinsi") if include_province else REGENCY_KINDS
    stmt = (
        select(Region.kode_bps, Region.kode_kemendagri, Region.nama, Region.jenis, Region.luas_km2)
        .where(Region.jenis.in_(kinds))
        .order_by(Region.kode_bps)
    )
    with connect(bind) as conn:
        return _frame(conn, stmt, ["kode_bps", "kode_kemendagri", "nama", "jenis", "luas_km2"])


def available_years(bind: Bind, indicator_id: str, *, include_province: bool = False) -> list[int]:
    """Years with at least one current value of the indicator for a kabupaten/kota.

    With ``include_province=True`` years that only have the province row ('64') count too.
    """
    stmt = (
        select(Observation.year)
        .distinct()
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.indicator_id == indicator_id,
        )
        .order_by(Observation.year)
    )
    kinds = (*REGENCY_KINDS, "provinsi") if include_province else REGENCY_KINDS
    stmt = stmt.where(Observation.region_kode_bps.in_(region_codes_of(kinds)))
    with connect(bind) as conn:
        return [int(y) for y in conn.execute(stmt).scalars()]


def years_by_indicator(bind: Bind) -> dict[str, list[int]]:
    """Every indicator with current kabupaten/kota values, and its years (one query).

    Same rule as :func:`available_years`; used to build menus without one query per indicator.
    """
    stmt = (
        select(Observation.indicator_id, Observation.year)
        .distinct()
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.region_kode_bps.in_(region_codes_of(REGENCY_KINDS)),
        )
        .order_by(Observation.indicator_id, Observation.year)
    )
    out: dict[str, list[int]] = {}
    with connect(bind) as conn:
        for indicator_id, year in conn.execute(stmt):
            out.setdefault(str(indicator_id), []).append(int(year))
    return out


def region_codes_of(kinds: Sequence[str]) -> Select:
    """Sub-select of the region codes of some kinds (e.g. :data:`REGENCY_KINDS`)."""
    return select(Region.kode_bps).where(Region.jenis.in_(list(kinds)))


def kecamatan_regions(bind: Bind, parent_kode_bps: str | None = None) -> pd.DataFrame:
    """Kecamatan as a DataFrame (kode_bps, kode_kemendagri, nama, kode_bps_kab), by code.

    The parent regency is found by code: the first two parts of the Kemendagri code
    ('64.02.13' -> '64.02') joined with the regencies' Kemendagri codes ('64.02' -> '6403').
    """
    with connect(bind) as conn:
        kec = _frame(
            conn,
            select(Region.kode_bps, Region.kode_kemendagri, Region.nama)
            .where(Region.jenis == KIND_KECAMATAN)
            .order_by(Region.kode_bps),
            ["kode_bps", "kode_kemendagri", "nama"],
        )
        regs = regions(conn)
    parents = dict(zip(regs["kode_kemendagri"], regs["kode_bps"], strict=True))
    kec["kode_bps_kab"] = [parents.get(k.rsplit(".", 1)[0]) for k in kec["kode_kemendagri"]]
    if parent_kode_bps is not None:
        kec = kec[kec["kode_bps_kab"] == str(parent_kode_bps)].reset_index(drop=True)
    return kec


def indicator_values(
    bind: Bind, indicator_id: str, year: int, *, kode_bps: Sequence[str] | None = None
) -> pd.DataFrame:
    """Raw values of one indicator and year for the 10 kabupaten/kota (or ``kode_bps``).

    Returns
    -------
    DataFrame[kode_bps, nama, value, dataset_id, dataset_kind, is_example, source, note], one
    row per region in code order; a region without a value has ``NaN``/``None`` fields.
    """
    with connect(bind) as conn:
        regs = region_rows(conn, kode_bps)
        obs = current_observations(
            conn, indicator_ids=[indicator_id], years=[year], kode_bps=regs["kode_bps"].tolist()
        )
    return values_in_year(regs, obs, year)


def region_rows(bind: Bind, kode_bps: Sequence[str] | None = None) -> pd.DataFrame:
    """``kode_bps`` and ``nama`` of the 10 kabupaten/kota (or of ``kode_bps``), in code order."""
    with connect(bind) as conn:
        if kode_bps is None:
            return regions(conn)
        return _frame(
            conn,
            select(Region.kode_bps, Region.nama)
            .where(Region.kode_bps.in_([str(k) for k in kode_bps]))
            .order_by(Region.kode_bps),
            ["kode_bps", "nama"],
        )


def values_in_year(regs: pd.DataFrame, obs: pd.DataFrame, year: int) -> pd.DataFrame:
    """:func:`indicator_values` of ``year`` from the regions ``regs`` (:func:`region_rows`)
    and their current observations ``obs`` of one indicator (any years)."""
    return values_in_years(regs, obs, [year])[VALUE_COLUMNS]


# The columns of indicator_values, in order.
VALUE_COLUMNS = [
    "kode_bps",
    "nama",
    "value",
    "dataset_id",
    "dataset_kind",
    "is_example",
    "source",
    "note",
]


def values_in_years(regs: pd.DataFrame, obs: pd.DataFrame, years: Sequence[int]) -> pd.DataFrame:
    """:func:`values_in_year` of each of ``years`` (year by year, regions in ``regs`` order) in
    one table with a ``year`` column: one join for every year of an indicator."""
    grid = pd.DataFrame({"year": [int(y) for y in years]}, dtype="int64")
    grid = grid.merge(regs[["kode_bps", "nama"]], how="cross")
    obs = obs[obs["kode_bps"] != PROVINCE_CODE]
    cols = ["kode_bps", "year", "value", "dataset_id", "dataset_kind", "is_example"]
    out = grid.merge(obs[[*cols, "source", "note"]], on=["kode_bps", "year"], how="left")
    out["is_example"] = out["is_example"].fillna(False).astype(bool)
    out["dataset_id"] = out["dataset_id"].astype("Int64")
    return out


DATASET_COLUMNS = [
    "id",
    "name",
    "kind",
    "source",
    "imported_at",
    "imported_by",
    "status",
    "rows_read",
    "rows_accepted",
    "checksum",
    "note",
    "n_observations",
    "n_current",
]


def datasets(bind: Bind) -> pd.DataFrame:
    """Every dataset with its number of observations and of still-current observations."""
    n_all = (
        select(Observation.dataset_id, func.count().label("n"))
        .group_by(Observation.dataset_id)
        .subquery()
    )
    n_cur = (
        select(Observation.dataset_id, func.count().label("n"))
        .where(Observation.superseded_by.is_(None))
        .group_by(Observation.dataset_id)
        .subquery()
    )
    stmt = (
        select(
            Dataset.id,
            Dataset.name,
            Dataset.kind,
            Dataset.source,
            Dataset.imported_at,
            Dataset.imported_by,
            Dataset.status,
            Dataset.rows_read,
            Dataset.rows_accepted,
            Dataset.checksum,
            Dataset.note,
            func.coalesce(n_all.c.n, 0).label("n_observations"),
            func.coalesce(n_cur.c.n, 0).label("n_current"),
        )
        .outerjoin(n_all, n_all.c.dataset_id == Dataset.id)
        .outerjoin(n_cur, n_cur.c.dataset_id == Dataset.id)
        .order_by(Dataset.id)
    )
    with connect(bind) as conn:
        return _frame(conn, stmt, DATASET_COLUMNS)
