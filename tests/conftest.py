"""Shared test setup.

The geodata mirror defaults to ``../shared/data/mirror`` next to the repository (as in CI), so
the tests never need the internet. Each test session gets its own empty geodata cache, so the
mirror -> verify -> cache path runs for real.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MIRROR = (REPO_ROOT.parent / "shared" / "data" / "mirror").resolve()

os.environ.setdefault("SERAMBI_DATA_MIRROR", str(DEFAULT_MIRROR))


@pytest.fixture(scope="session", autouse=True)
def _isolated_geodata_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("geodata-cache")
    previous = os.environ.get("SERAMBI_CACHE_DIR")
    os.environ["SERAMBI_CACHE_DIR"] = str(cache)
    yield cache
    if previous is None:
        os.environ.pop("SERAMBI_CACHE_DIR", None)
    else:
        os.environ["SERAMBI_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def mirror_dir() -> Path:
    return Path(os.environ["SERAMBI_DATA_MIRROR"].split(":")[0])
