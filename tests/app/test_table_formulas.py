"""Tables shown with st.dataframe or as plain HTML hold no live spreadsheet formulas.

Streamlit's table toolbar offers "Download as CSV" and writes the cells as they are, so a
region name, dataset name or source such as ``=HYPERLINK("http://evil")`` from an import
would run when the file is opened in Excel. The frames handed to st.dataframe must already be
neutralised (welfare.exporting.neutralise_frame). The map page's HTML tables
(components.widgets.html_table) are neutralised the same way: cells copied from the page into a
spreadsheet stay text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from tests.app.conftest import REPO_ROOT, html_tables, run_app
from welfare.db import make_engine
from welfare.store import ensure_ready

EVIL = '=HYPERLINK("http://evil.example","klik")'
# Without a URL a citation is shown as written, so this one reaches the tables' source column.
CMD = "=cmd|' /C calc'!A0"
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]\d[\d.,]*(?: ?%)?$")


@pytest.fixture
def poisoned_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'serambi.db'}"
    engine = make_engine(url)
    ensure_ready(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE observation SET source = :s"), {"s": CMD})
        conn.execute(text("UPDATE dataset SET source = :s, name = :s"), {"s": EVIL})
        conn.execute(text("UPDATE region SET nama = :s WHERE kode_bps = '6403'"), {"s": "+" + EVIL})
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.chdir(REPO_ROOT)
    yield url


def _texts(frame: pd.DataFrame) -> list[str]:
    cells = [str(c) for c in frame.columns] + [str(i) for i in frame.index]
    for col in frame.columns:
        cells += [v for v in frame[col].tolist() if isinstance(v, str)]
    return cells


def _live_formulas(frame: pd.DataFrame) -> list[str]:
    return [
        c
        for c in _texts(frame)
        if c.startswith(_DANGEROUS) and c not in ("-", "+") and not _NUMBER.match(c)
    ]


@pytest.mark.usefixtures("poisoned_store")
@pytest.mark.parametrize(
    ("page", "query", "shows_sources"),
    [
        ("pages/peta.py", {}, True),
        # Example data is described in words, and the trend tables carry no sources.
        ("pages/peta.py", {"indikator": "pmks_total", "tahun": "2024", "lang": "en"}, False),
        ("pages/tren.py", {"indikator": "pmks_total"}, False),
        # Cakupan names sources as citations (example data in words), never the stored text.
        ("pages/cakupan.py", {}, False),
        ("pages/tentang.py", {}, False),
    ],
)
def test_tables_hold_no_live_formulas(page, query, shows_sources):
    at = run_app(page, query=query)
    assert not at.exception, at.exception
    frames = [d.value for d in at.dataframe] + html_tables(at)
    assert frames, "no table on the page"
    for frame in frames:
        assert _live_formulas(frame) == [], frame.head()
    if shows_sources:
        shown = [c for frame in frames for c in _texts(frame) if "cmd|" in c or "HYPERLINK" in c]
        assert shown, "the seed did not reach a table"
        assert all(c.startswith("'") for c in shown), shown
