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
def seeded_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    eng = make_engine(f"sqlite:///{tmp_path_factory.mktemp('views-db') / 'serambi.db'}")
    ensure_ready(eng)
    yield eng
    eng.dispose()
