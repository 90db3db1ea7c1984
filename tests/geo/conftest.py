"""Shared fixtures for the geo tests: heavy loads run once per session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import geopandas as gpd
import pytest
from sqlalchemy import Engine

from geo.cahyadsn import parse_cahyadsn
from geo.clean import METRIC_CRS, clean_coverage, repair, simplify_coverage
from geo.ikn import ikn_area
from geo.regions import load_regencies
from geo.sources import fetch
from welfare.db import make_engine
from welfare.store import ensure_ready


@dataclass(frozen=True)
class Stages:
    """The regency pipeline step by step, in the metric CRS."""

    raw: gpd.GeoDataFrame
    repaired: gpd.GeoDataFrame
    cleaned: gpd.GeoDataFrame
    simplified: gpd.GeoDataFrame


@pytest.fixture(scope="session")
def kab_raw() -> gpd.GeoDataFrame:
    return parse_cahyadsn(fetch("kabupaten_kota"))


@pytest.fixture(scope="session")
def kab_stages(kab_raw: gpd.GeoDataFrame) -> Stages:
    raw = kab_raw.to_crs(METRIC_CRS)
    repaired = repair(raw)
    cleaned = clean_coverage(repaired)
    return Stages(raw, repaired, cleaned, simplify_coverage(cleaned, 250.0))


@pytest.fixture(scope="session")
def regencies() -> gpd.GeoDataFrame:
    return load_regencies()


@pytest.fixture(scope="session")
def ikn() -> gpd.GeoDataFrame:
    return ikn_area()


@pytest.fixture(scope="session")
def seeded_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The real store (official seed + example data) in a SQLite file, as the app seeds it."""
    eng = make_engine(f"sqlite:///{tmp_path_factory.mktemp('geo-store') / 'serambi.db'}")
    ensure_ready(eng)
    yield eng
    eng.dispose()
