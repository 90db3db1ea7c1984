"""AppTest setup: one seeded SQLite store per test session, shared read-only by page tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seeded_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    url = f"sqlite:///{tmp_path_factory.mktemp('app-db') / 'serambi.db'}"
    eng = make_engine(url)
    ensure_ready(eng)
    eng.dispose()
    return url


@pytest.fixture
def app_env(seeded_db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DATABASE_URL", seeded_db_url)
    monkeypatch.chdir(REPO_ROOT)
    yield seeded_db_url


def run_app(
    page: str | None = None, query: dict[str, str] | None = None, session: dict | None = None
) -> AppTest:
    """Run app.py (the real router) on ``page`` (e.g. "pages/peta.py") with URL ``query``."""
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=90)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    for key, value in (session or {}).items():
        at.session_state[key] = value
    if page:
        at.switch_page(page)
    at.run()
    return at


def all_text(at: AppTest) -> str:
    parts = [e.value for e in [*at.error, *at.warning, *at.success, *at.info]]
    parts += [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += (
        [t.value for t in at.title] + [h.value for h in at.header] + [s.value for s in at.subheader]
    )
    parts += [str(m.label) + " " + str(m.value) for m in at.metric]
    parts += [h.proto.body for h in at.get("html")]
    return "\n".join(str(p) for p in parts).replace("\\", "")
