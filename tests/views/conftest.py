"""View-model tests: the real regency geometry (from the mirror) and one seeded SQLite store."""

from __future__ import annotations

from collections.abc import Iterator

import geopandas as gpd
import pytest
from sqlalchemy import Engine


@pytest.fixture(scope="session")
def regencies() -> gpd.GeoDataFrame:
    from geo import regions

    return regions.load_regencies()


@pytest.fixture(scope="session")
def seeded_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The store's URL (the pages read it through ``DATABASE_URL``)."""
    return f"sqlite:///{tmp_path_factory.mktemp('views-db') / 'serambi.db'}"


@pytest.fixture(scope="session")
def seeded_engine(seeded_db_url: str) -> Iterator[Engine]:
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    eng = make_engine(seeded_db_url)
    ensure_ready(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def brief_data(seeded_engine: Engine, regencies: gpd.GeoDataFrame):  # noqa: ANN201
    """What the slide builders read (views.brief_data): the seeded store and the regencies."""
    from views.brief_data import open_data

    return open_data(seeded_engine, regencies)


@pytest.fixture
def page_env(seeded_engine: Engine, seeded_db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages' cached data access reads the same seeded store as the slides."""
    monkeypatch.setenv("DATABASE_URL", seeded_db_url)
