"""Fixtures for the import tests. ``engine`` (sqlite + postgres) comes from tests/welfare."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from welfare import auth
from welfare.store import ensure_ready


@pytest.fixture
def store(engine: Engine) -> Iterator[Engine]:
    """A ready store (official seed + example data) on SQLite and, if configured, PostgreSQL."""
    ensure_ready(engine)
    auth.ensure_auth_schema(engine)
    yield engine
