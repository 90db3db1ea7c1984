"""Helpers for tests that read the store: the ten regency codes, one region's row of a table,
and a hand-made dataset written straight into the store (no importer involved)."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine

from welfare.db import transaction
from welfare.models import Dataset, Observation

REGENCIES = ["6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474"]


def row(df: pd.DataFrame, kode: str) -> pd.Series:
    """The row of region ``kode`` in a table keyed by ``kode_bps``."""
    return df.set_index("kode_bps").loc[kode]


def add_dataset(
    engine: Engine, kind: str, rows: list[tuple[str, str, int, float]], **kw: object
) -> int:
    """A new active dataset of ``kind`` with (kode_bps, indicator, year, value) rows; its id."""
    with transaction(engine) as s:
        ds = Dataset(name=kw.pop("name", "uji"), kind=kind, source="tes", imported_by="tes", **kw)
        s.add(ds)
        s.flush()
        for kode, ind, year, value in rows:
            s.add(
                Observation(
                    dataset_id=ds.id,
                    region_kode_bps=kode,
                    indicator_id=ind,
                    year=year,
                    value=value,
                    source=f"tes {kind}",
                )
            )
        return ds.id
