"""Database fixtures for the welfare tests (reusable by tests/welfare/importing/).

- ``database_url`` / ``engine``: a fresh, empty database per test, parametrized over
  ``['sqlite', 'postgres']``. SQLite is a real file under ``tmp_path``; PostgreSQL gets a new
  schema (selected through the connection's ``search_path``) that is dropped afterwards. The
  postgres variant is skipped unless ``SERAMBI_TEST_POSTGRES_URL`` is set (see
  ``scripts/postgres-throwaway.sh``).
- ``pg_engine``: the same, PostgreSQL only.
- ``ready_engine``: module-scoped store after :func:`welfare.store.ensure_ready` (official
  seed + example data); treat it as read-only.
- ``official_store``: a fresh store per test with the official seed only (no example data), for
  tests that add their own datasets (``tests.welfare.store_rows.add_dataset``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from welfare.db import make_engine
from welfare.store import ensure_ready

PG_ENV = "SERAMBI_TEST_POSTGRES_URL"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@contextmanager
def fresh_database_url(backend: str, tmp_dir: Path) -> Iterator[str]:
    """URL of a new empty database: a SQLite file in ``tmp_dir`` or a new PostgreSQL schema."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_dir / 'serambi.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} tidak diset: tes PostgreSQL dilewati")
    # Generated here, never user input, so quoting it into DDL is safe.
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def pg_engine(tmp_path: Path) -> Iterator[Engine]:
    with fresh_database_url("postgres", tmp_path) as url:
        eng = make_engine(url)
        yield eng
        eng.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def ready_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    with fresh_database_url(request.param, tmp_path_factory.mktemp("store")) as url:
        eng = make_engine(url)
        ensure_ready(eng)
        yield eng
        eng.dispose()


@pytest.fixture
def official_store(engine: Engine) -> Engine:
    ensure_ready(engine, seed_example=False)
    return engine
