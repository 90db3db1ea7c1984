"""Briefing tests: one seeded SQLite store and one built brief per session (real files)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def brief_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    url = f"sqlite:///{tmp_path_factory.mktemp('brief-db') / 'serambi.db'}"
    eng = make_engine(url)
    ensure_ready(eng)
    eng.dispose()
    return url


@pytest.fixture(scope="session")
def brief_data(brief_db_url: str):
    from briefing import views
    from welfare.db import make_engine

    return views.open_data(make_engine(brief_db_url))


@pytest.fixture(scope="session")
def geometry(brief_data):
    from geo import static_map

    return static_map.load_geometry(brief_data.regencies)


@pytest.fixture(scope="session")
def built(brief_data, geometry):
    """The brief of the shipped agenda (data/presentasi.toml), both formats, Indonesian."""
    from briefing.agenda import load_agenda
    from briefing.build import build_brief
    from briefing.document import Cover

    agenda = load_agenda(REPO_ROOT / "data" / "presentasi.toml")
    cover = Cover("Rapat Koordinasi Uji", dt.date(2026, 3, 10), "Samarinda")
    return build_brief(
        agenda, cover, "id", data=brief_data, geometry=geometry, today=dt.date(2026, 3, 1)
    )
