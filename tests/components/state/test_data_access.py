"""The versioned cache: one entry per arguments and data version, one cache per query.

Runs Streamlit's real cache (outside a script run) on a real SQLite store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from components.state import data_access
from components.state.data_access import versioned
from tests.welfare.test_store_fingerprint import DTSEN_CSV
from welfare.importing import ImportOptions, import_bytes

CALLS: list[tuple[str, object]] = []


@versioned()
def _first(x: int, *, scale: int = 1) -> tuple[str, int]:
    CALLS.append(("first", x))
    return "first", x * scale


@versioned()
def _second(x: int, *, scale: int = 1) -> tuple[str, int]:
    CALLS.append(("second", x))
    return "second", x * scale


@pytest.fixture
def store_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'serambi.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    CALLS.clear()
    _first.clear()
    _second.clear()
    data_access.invalidate()
    yield url
    data_access.invalidate()


def test_one_entry_per_arguments(store_url: str) -> None:
    assert _first(2) == ("first", 2)
    assert _first(2) == ("first", 2)
    assert _first(x=2, scale=1) == ("first", 2)  # bound to the signature: the same entry
    assert CALLS == [("first", 2)]
    assert _first(2, scale=3) == ("first", 6)
    assert _first(3) == ("first", 3)
    assert CALLS == [("first", 2), ("first", 2), ("first", 3)]


def test_queries_do_not_share_a_cache(store_url: str) -> None:
    # Same signature and body: Streamlit would key two nested functions alike without care.
    assert _first(1) == ("first", 1)
    assert _second(1) == ("second", 1)
    assert CALLS == [("first", 1), ("second", 1)]
    assert _first.__name__ == "_first"


def test_an_import_is_a_new_version(store_url: str) -> None:
    before = data_access.data_version()
    assert before.startswith(store_url + "|")
    _first(5)
    report = import_bytes(
        data_access.engine(), DTSEN_CSV, "dtsen.csv", ImportOptions(confirm_warnings=True)
    )
    assert report.ok, report.to_json()
    _first(5)
    assert CALLS == [("first", 5)]  # the fingerprint is re-read at most once a second...
    data_access.invalidate()  # ...or at once after an import in this process
    assert data_access.data_version() != before
    _first(5)
    assert CALLS == [("first", 5), ("first", 5)]


def test_the_page_queries_answer_from_the_store(store_url: str) -> None:
    table, meta = data_access.rate_table("pmks_total", 2024)
    assert len(table) == 10 and meta["has_example"]
    assert data_access.rate_table("pmks_total", 2024)[0].equals(table)
    assert 2024 in data_access.years("pmks_total")


def test_a_year_change_reads_nothing_from_the_store(store_url: str) -> None:
    # The map page's year changes and playback steps pick their table from the indicator's
    # rows read once per data version (bench/README.md: server CPU per change).
    statements: list[str] = []
    engine = data_access.engine()
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    years = data_access.years("penduduk_miskin_jiwa")
    data_access.rate_table("penduduk_miskin_jiwa", years[-1])
    assert any("observation" in s for s in statements)
    statements.clear()
    for year in years[:-1]:
        table, _ = data_access.rate_table("penduduk_miskin_jiwa", year)
        assert table["year"].eq(year).all()
    assert not [s for s in statements if "observation" in s]


@versioned(shared=True)
def _shared_rows(x: int) -> list[int]:
    CALLS.append(("shared", x))
    return [x]


def test_a_shared_result_is_one_object_and_still_follows_the_version(store_url: str) -> None:
    _shared_rows.clear()
    first = _shared_rows(1)
    assert _shared_rows(1) is first  # not copied on a hit
    data_access.invalidate()
    report = import_bytes(
        data_access.engine(), DTSEN_CSV, "dtsen.csv", ImportOptions(confirm_warnings=True)
    )
    assert report.ok, report.to_json()
    data_access.invalidate()
    assert _shared_rows(1) is not first  # a new data version reads again
    assert CALLS.count(("shared", 1)) == 2
