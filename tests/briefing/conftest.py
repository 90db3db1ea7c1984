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
    from views.brief_data import open_data
    from welfare.db import make_engine

    return open_data(make_engine(brief_db_url))


@pytest.fixture(scope="session")
def geometry(brief_data):
    from geo import static_map

    return static_map.load_geometry(brief_data.regencies)


@pytest.fixture(scope="session")
def built(brief_data, geometry):
    """The brief of the shipped agenda (data/presentasi.toml), both formats, Indonesian."""
    from briefing.build import build_brief
    from briefing.document import Cover
    from views.agenda import load_agenda

    agenda = load_agenda(REPO_ROOT / "data" / "presentasi.toml")
    cover = Cover("Rapat Koordinasi Uji", dt.date(2026, 3, 10), "Samarinda")
    return build_brief(
        agenda, cover, "id", data=brief_data, geometry=geometry, today=dt.date(2026, 3, 1)
    )


BANDING_AGENDA = """
[[langkah]]
halaman = "peta"
indikator = "pmks_total"
tahun = 2024

[[langkah]]
halaman = "peta"
indikator = "pmks_total"
tahun = 2024
banding = 2019

[[langkah]]
halaman = "peta"
indikator = "penduduk_miskin_persen"
tahun = 2024
banding = 2020

[[langkah]]
halaman = "peta"
indikator = "pmks_total"
tahun = 2015
banding = 2019
"""


@pytest.fixture(scope="session")
def banding_built(brief_data, geometry):  # noqa: ANN001
    """Change maps (steps with ``banding``); PMKS 2015 has Samarinda only (nine hatched)."""
    from briefing.build import build_brief
    from briefing.document import Cover
    from views.agenda import parse_agenda

    return build_brief(
        parse_agenda(BANDING_AGENDA),
        Cover("Rakor perubahan", dt.date(2026, 3, 10), "Samarinda"),
        "id",
        data=brief_data,
        geometry=geometry,
        today=dt.date(2026, 3, 1),
    )
