"""Fixtures for the rumusan tests. ``engine`` (a fresh database per test, SQLite and, with
SERAMBI_TEST_POSTGRES_URL, PostgreSQL) comes from tests/welfare/conftest.py, as for
tests/welfare/importing and tests/welfare/register."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine

from tests.welfare.conftest import BACKENDS, fresh_database_url
from welfare.db import make_engine
from welfare.rumusan import store
from welfare.store import ensure_ready

MEETING = {
    "nama": "Rakor PMKS 2026",
    "tanggal": "12 Mei 2026",
    "tempat": "Samarinda",
    "tuan_rumah": "64",
}
RUMUSAN = {
    "rumusan": "Dinas Sosial kabupaten/kota memutakhirkan data setiap triwulan.",
    "jenis": "data",
    "penanggung_jawab": "Dinsos kab/kota",
    "wilayah": "semua",
    "batas_waktu": "30 Juni 2026",
}
MEETING_DAY = date(2026, 5, 12)


@pytest.fixture
def store_engine(engine: Engine) -> Engine:
    """A ready store without example data (the regions and catalogue the checks join on)."""
    ensure_ready(engine, seed_example=False)
    return engine


@pytest.fixture
def meeting_id(store_engine: Engine) -> int:
    result = store.create_meeting(store_engine, MEETING, user="sari")
    assert result.ok, result.message
    return result.id


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One store per module seeded by ensure_ready (official seed and example data)."""
    with fresh_database_url(request.param, tmp_path_factory.mktemp("rumusan")) as url:
        eng = make_engine(url)
        ensure_ready(eng)
        yield eng
        eng.dispose()
