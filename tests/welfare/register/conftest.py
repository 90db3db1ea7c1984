"""Fixtures for the programme register tests. ``engine`` (sqlite + postgres) comes from
tests/welfare, as for tests/welfare/importing."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from welfare.importing.names import RegionResolver
from welfare.seed import RegionDef, read_kecamatan, read_regions
from welfare.store import ensure_ready


@pytest.fixture
def store(engine: Engine) -> Engine:
    """A ready store (official seed with the programme seed, no example data) on SQLite and,
    if configured, PostgreSQL."""
    ensure_ready(engine, seed_example=False)
    return engine


@pytest.fixture(scope="session")
def resolver() -> RegionResolver:
    """The regions and kecamatan from data/ (the store holds the same rows)."""
    kecamatan = [RegionDef(k.kode, k.kode, k.nama, "kecamatan") for k in read_kecamatan()]
    return RegionResolver([*read_regions(), *kecamatan])
