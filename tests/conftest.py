"""Shared test setup.

The geodata mirror defaults to ``../shared/data/mirror`` next to the repository (as in CI), so
the tests never need the internet. Each test session gets its own empty geodata cache, so the
mirror -> verify -> cache path runs for real.
"""

from __future__ import annotations

import os
import sys
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


@pytest.fixture(autouse=True)
def _main_module_restored():
    """Put back ``sys.modules["__main__"]`` after every test.

    Streamlit's script runner (AppTest) makes the script it ran the ``__main__`` module and
    leaves it there; a process started later with "spawn" would then run that script (or a
    deleted temporary one) before its own target, and fail (tests/welfare/test_store.py's
    two-process test did, after tests/components/widgets/test_exports.py)."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def mirror_dir() -> Path:
    return Path(os.environ["SERAMBI_DATA_MIRROR"].split(":")[0])
