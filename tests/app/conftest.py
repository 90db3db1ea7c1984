"""AppTest setup: one seeded SQLite store per test session, shared read-only by page tests."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
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
    return show_whole_page(at)


def show_whole_page(at: AppTest) -> AppTest:
    """What the browser does a moment after a map-first run (the first run of a session on the
    map page draws the map only, components/state/first_paint.py): its fragment timer asks for
    the whole page. AppTest runs no timers: run again, so the test sees the whole page."""
    if map_first_run(at):
        at.run()
    return at


def map_first_run(at: AppTest) -> bool:
    """Whether the last run drew the map first (its "the rest is coming" mark is on the page)."""
    from components.state.first_paint import REST_KEY

    return any(f"st-key-{REST_KEY}" in h.proto.body for h in at.get("html"))


def all_text(at: AppTest) -> str:
    parts = [e.value for e in [*at.error, *at.warning, *at.success, *at.info]]
    parts += [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += (
        [t.value for t in at.title] + [h.value for h in at.header] + [s.value for s in at.subheader]
    )
    parts += [str(m.label) + " " + str(m.value) for m in at.metric]
    parts += [h.proto.body for h in at.get("html")]
    return "\n".join(str(p) for p in parts).replace("\\", "")


class _TableParser(HTMLParser):
    """Reads the ``serambi-table`` tables of :mod:`components.widgets.html_table` back into rows."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[tuple[list[str], list[list[str | None]]]] = []
        self._cell: list[str] | None = None
        self._none = False
        self._row: list[str | None] | None = None
        self._in_table = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and "serambi-table" in (a.get("class") or "").split():
            self._in_table = True
            self.tables.append(([], []))
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._in_table and tag in ("th", "td"):
            self._cell, self._none = [], "none" in (a.get("class") or "").split()

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_table = False
        elif self._in_table and tag in ("th", "td") and self._cell is not None:
            assert self._row is not None
            self._row.append(None if self._none else "".join(self._cell))
            self._cell = None
        elif self._in_table and tag == "tr" and self._row is not None:
            head, body = self.tables[-1]
            if not head:
                head.extend(str(c) for c in self._row)
            else:
                body.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def html_tables(at: AppTest) -> list[pd.DataFrame]:
    """The page's region tables (plain HTML, :mod:`components.widgets.html_table`) as frames of the
    shown text; a cell shown as "no data" is None."""
    parser = _TableParser()
    for h in at.get("html"):
        parser.feed(h.proto.body)
    return [pd.DataFrame(body, columns=head) for head, body in parser.tables]
