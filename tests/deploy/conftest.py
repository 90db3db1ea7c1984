"""Fixtures for the cluster test: a fresh PostgreSQL database, two app servers behind nginx.

Needs Debian's nginx and Chromium (``scripts/setup.sh --test``) and the throwaway PostgreSQL
that ``scripts/test.sh`` starts (``SERAMBI_TEST_POSTGRES_URL``). Without nginx or PostgreSQL
the test is skipped with the reason, except on CI (``CI=true``), where it fails: the cluster
test must not disappear silently from the CI run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from deploy.local_cluster import NGINX, Cluster

PG_ENV = "SERAMBI_TEST_POSTGRES_URL"


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def _missing(reason: str) -> None:
    if on_ci():
        pytest.fail(f"{reason} (CI=true: the cluster test must run on CI)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def cluster_database() -> Iterator[str]:
    """URL of a new, empty PostgreSQL database on the test server; dropped afterwards."""
    # nginx first: no database is created for a test that cannot run.
    if not Path(NGINX).exists():
        _missing(f"nginx not found at {NGINX}: install it with scripts/setup.sh --test")
    base = os.environ.get(PG_ENV)
    if not base:
        _missing(
            f"{PG_ENV} is not set: no PostgreSQL for the cluster test "
            "(bash scripts/test.sh starts one)"
        )
    # Generated here, never user input: safe to quote into DDL.
    name = f"serambi_cluster_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def cluster(cluster_database: str) -> Iterator[Cluster]:
    """nginx on a free loopback port in front of two ``streamlit run serve.py`` servers."""
    # SERAMBI_DATA_MIRROR and the session's geodata cache come from tests/conftest.py.
    c = Cluster.create(cluster_database, n_servers=2)
    try:
        c.start()
        yield c
    finally:
        c.stop()
