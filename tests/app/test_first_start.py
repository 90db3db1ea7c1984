"""First start of a fresh install: a message while the store is seeded, not a silent wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.app.conftest import REPO_ROOT, all_text, run_app
from welfare.db import make_engine
from welfare.models import Dataset

SEEDING = "Menyiapkan data untuk pertama kali"
SEEDED = "Data siap (disiapkan dalam"


def test_an_empty_store_says_it_is_being_prepared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.chdir(REPO_ROOT)
    at = run_app()
    assert not at.exception
    # A toast (outside the page's element tree): replaced by its outcome once seeded.
    toasts = [x.value for x in at.toast]
    (done,) = [x for x in toasts if SEEDED in x]
    assert "hanya sekali" in done
    assert not [x for x in toasts if SEEDING in x]
    eng = make_engine(url)
    with eng.connect() as conn:
        assert conn.execute(select(func.count(Dataset.id))).scalar_one() >= 5
    eng.dispose()
    # The home page is drawn under it, from the store just seeded.
    assert at.markdown or at.metric
    at.run()  # the next run of the session: no message any more
    assert not at.exception
    assert not [x.value for x in at.toast]


def test_a_seeded_store_shows_no_message(app_env: str) -> None:
    at = run_app("pages/peta.py")
    assert not at.exception
    assert not [x.value for x in at.toast]
    text = all_text(at)
    assert SEEDED not in text and SEEDING not in text
