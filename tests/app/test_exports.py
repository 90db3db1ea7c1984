"""Downloads follow the view (AppTest): the files the buttons give, read back.

A download button builds its file when pressed (deferred data); here the builder each button
registers is recorded and called, so the test reads the very bytes a user would get:

- the map with regions chosen (``?wilayah=6409``): the CSV/XLSX hold those regions, or, at the
  user's choice, all ten with the chosen ones marked; the table on screen marks them;
- Cakupan and Sasaran: CSV and XLSX like the map's, cells neutralised (a store with formulas in
  its names and sources), one number of decimals per column;
- the profile: a one-page A4 PDF and an XLSX with the numbers of the page's cards.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from tests.app.conftest import html_tables, run_app
from welfare.formatting import format_number

PPU, SAMARINDA = "6409", "6472"
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?\d[\d.,]*(?: ?%)?$")
PLAIN_NUMBER = re.compile(r"^-?\d+(?:,(\d+))?$")  # a number as the Indonesian CSV writes it


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[Callable, str]]:
    """file id -> (the builder a deferred download button registered, its file name)."""
    seen: dict[str, tuple[Callable, str]] = {}
    register = MediaFileManager.add_deferred

    def record(self, data, mimetype, coordinates, file_name=None, **kw):  # noqa: ANN001, ANN202
        file_id = register(self, data, mimetype, coordinates, file_name=file_name, **kw)
        seen[file_id] = (data, file_name or "")
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return seen


def _file(at: AppTest, seen: dict, label: str, key: str | None = None) -> tuple[str, bytes]:
    """(file name, bytes) of the download button with ``label`` (and widget ``key``)."""
    buttons = [
        b
        for b in at.get("download_button")
        if b.proto.label == label and (key is None or b.proto.id.endswith(f"-{key}"))
    ]
    assert len(buttons) == 1, [b.proto.label for b in at.get("download_button")]
    build, name = seen[buttons[0].proto.deferred_file_id]
    data = build()
    return name, data if isinstance(data, bytes) else data.encode("utf-8")


def _csv(data: bytes) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    return rows[1:] if rows and rows[0][0].startswith("DATA CONTOH") else rows


def _xlsx(data: bytes, tmp_path: Path) -> list[list[object]]:
    path = tmp_path / "t.xlsx"
    path.write_bytes(data)
    ws = load_workbook(path)["Data"]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)  # no formula
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if r and r[0] in ("Kabupaten/kota", "Indikator"))
    return rows[start:]


def _chosen_rows(at: AppTest) -> list[str]:
    """Region names of the rows the map's table marks as chosen."""
    body = "\n".join(h.proto.body for h in at.get("html") if "serambi-table" in h.proto.body)
    return re.findall(r'<tr class="serambi-chosen"><td>([^<]*)</td>', body)


# --- the map -------------------------------------------------------------------------------


@pytest.mark.usefixtures("app_env")
def test_map_files_hold_the_chosen_region_and_the_table_marks_it(downloads, tmp_path) -> None:  # noqa: ANN001
    at = run_app("pages/peta.py", {"wilayah": PPU})
    assert not at.exception, at.exception
    name, data = _file(at, downloads, "Unduh tabel (CSV)")
    rows = _csv(data)
    assert rows[0][:2] == ["Kabupaten/kota", "Kode BPS"]
    assert [r[1] for r in rows[1:]] == [PPU]  # Penajam Paser Utara only
    assert name.endswith("-wilayah-6409.csv")
    value = rows[1][rows[0].index("Nilai (%)")]
    assert value == "6,68"  # as in the table on the page
    _, xlsx = _file(at, downloads, "Unduh tabel (Excel)")
    sheet = _xlsx(xlsx, tmp_path)
    assert [r[1] for r in sheet[1:]] == [PPU] and sheet[1][4] == 6.68
    # On screen: all ten, the chosen one marked and named in the caption.
    assert len(html_tables(at)[0]) == 10
    assert _chosen_rows(at) == ["Penajam Paser Utara"]
    assert "<caption>Baris yang disorot: wilayah terpilih di filter (Penajam Paser Utara)" in (
        "\n".join(h.proto.body for h in at.get("html"))
    )


@pytest.mark.usefixtures("app_env")
def test_map_files_can_hold_all_regions_with_the_chosen_marked(downloads) -> None:  # noqa: ANN001
    at = run_app("pages/peta.py", {"wilayah": f"{PPU},{SAMARINDA}"})
    choice = at.radio(key="export_scope")
    assert choice.value == "terpilih"
    assert choice.options == [
        "Hanya wilayah terpilih (2)",
        "Semua wilayah (10), yang terpilih ditandai",
    ]
    rows = _csv(_file(at, downloads, "Unduh tabel (CSV)")[1])
    assert sorted(r[1] for r in rows[1:]) == [PPU, SAMARINDA]
    assert sorted(_chosen_rows(at)) == ["Penajam Paser Utara", "Samarinda"]

    choice.set_value("semua").run()
    assert not at.exception, at.exception
    name, data = _file(at, downloads, "Unduh tabel (CSV)")
    rows = _csv(data)
    assert rows[0][:4] == ["Kabupaten/kota", "Kode BPS", "Terpilih", "Kode Kemendagri"]
    assert len(rows) == 11 and "wilayah" not in name
    assert sorted(r[1] for r in rows[1:] if r[2] == "ya") == [PPU, SAMARINDA]


@pytest.mark.usefixtures("app_env")
def test_map_without_a_choice_gives_all_ten_unmarked(downloads) -> None:  # noqa: ANN001
    at = run_app("pages/peta.py")
    assert not at.exception, at.exception
    assert not [r for r in at.radio if r.key == "export_scope"]
    rows = _csv(_file(at, downloads, "Unduh tabel (CSV)")[1])
    assert len(rows) == 11 and "Terpilih" not in rows[0]
    assert _chosen_rows(at) == []
    # One number of digits per column, the page's: the mapped value has two everywhere.
    col = rows[0].index("Nilai dipetakan (%)")
    assert {len(r[col].split(",")[1]) for r in rows[1:] if r[col]} == {2}


@pytest.mark.usefixtures("app_env")
def test_change_map_files_follow_the_chosen_region(downloads) -> None:  # noqa: ANN001
    query = {"indikator": "penduduk_miskin_persen", "tahun": "2024", "banding": "2020"}
    at = run_app("pages/peta.py", {**query, "wilayah": PPU})
    assert not at.exception, at.exception
    name, data = _file(at, downloads, "Unduh tabel (CSV)", key="chg_csv")
    rows = _csv(data)
    assert [r[1] for r in rows[1:]] == [PPU] and name.endswith("-wilayah-6409.csv")
    assert _chosen_rows(at) == ["Penajam Paser Utara"]


@pytest.mark.usefixtures("app_env")
def test_kecamatan_files_hold_the_regencys_kecamatan_and_the_table_marks_the_chosen(
    downloads,  # noqa: ANN001
) -> None:
    query = {"indikator": "pmks_total", "wilayah": PPU, "tingkat": "kecamatan", "kec": "64.09.04"}
    at = run_app("pages/peta.py", query)
    assert not at.exception, at.exception
    assert not [r for r in at.radio if r.key == "export_scope"]  # the files are the view
    rows = _csv(_file(at, downloads, "Unduh tabel (CSV)")[1])
    assert sorted(r[0] for r in rows[1:]) == ["Babulu", "Penajam", "Sepaku", "Waru"]
    assert _chosen_rows(at) == ["Sepaku"]


# --- Cakupan and Sasaran: neutralised cells, one number of decimals per column ---------------

EVIL = '=HYPERLINK("http://evil.example","klik")'
CMD = "=cmd|' /C calc'!A0"


def _poison(frame: pd.DataFrame) -> pd.DataFrame:
    """Formulas where an import could put them: a region's name, the sources, a label."""
    out = frame.copy()
    kukar = out["kode_bps"] == "6403"
    out.loc[kukar, "nama"] = "+" + EVIL
    out.loc[kukar, ["source", "dataset_kind", "is_example"]] = [CMD, "imported", False]
    if "snapshot" in out:
        out["snapshot"] = "@SUM(A1)"
    return out


@pytest.fixture
def poisoned_data(app_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables the pages read, poisoned at the data boundary (components.state.data_access)."""
    from components.state import data_access

    coverage, eligibility, deciles = (
        data_access.coverage,
        data_access.eligibility,
        data_access.decile_profile,
    )
    monkeypatch.setattr(
        data_access,
        "coverage",
        lambda *a: dataclasses.replace(coverage(*a), data=_poison(coverage(*a).data)),
    )
    monkeypatch.setattr(
        data_access,
        "eligibility",
        lambda *a: dataclasses.replace(eligibility(*a), data=_poison(eligibility(*a).data)),
    )
    monkeypatch.setattr(data_access, "decile_profile", lambda *a: _poison(deciles(*a)))


def _check_table_file(rows: list[list[str]]) -> set[int]:
    """No live formula in any cell, one number of decimals per column; returns the digits."""
    digits_seen: set[int] = set()
    for cell in (c for row in rows for c in row):
        live = cell.startswith(DANGEROUS) and cell not in ("-", "+") and not NUMBER.match(cell)
        assert not live, cell
    for col, name in enumerate(rows[0]):
        digits = {
            len(m.group(1) or "")
            for r in rows[1:]
            if (m := PLAIN_NUMBER.match(r[col])) and not name.startswith("Kode")
        }
        assert len(digits) <= 1, (name, digits)  # never "4,3" beside "4,30"
        digits_seen |= digits
    return digits_seen


def _check_xlsx(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(data)
    wb = load_workbook(path)
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f"
                value = c.value
                if isinstance(value, str) and value.startswith(DANGEROUS):
                    assert value in ("-", "+") or NUMBER.match(value), value


@pytest.mark.usefixtures("poisoned_data")
def test_cakupan_table_downloads_are_safe_and_consistent(downloads, tmp_path) -> None:  # noqa: ANN001
    at = run_app("pages/cakupan.py")
    assert not at.exception, at.exception
    name, data = _file(at, downloads, "Unduh tabel (CSV)", key="cov_csv")
    assert name.startswith("serambi-cakupan-") and name.endswith(".csv")
    rows = _csv(data)
    assert len(rows) == 11
    assert _check_table_file(rows) == {0, 1, 2}  # counts, coverage %, gap per 1.000
    cells = [c for r in rows for c in r]
    assert "'+" + EVIL in cells and "'" + CMD in cells  # the poisoned cells, made inert
    coverage = rows[0].index("Cakupan thd. sasaran program (%)")
    shown = next(d for d in html_tables(at) if rows[0][coverage] in d.columns)
    # The file's figures are the page's: same regions in the same order, same text.
    assert [r[coverage] for r in rows[1:]] == shown[rows[0][coverage]].tolist()
    _check_xlsx(_file(at, downloads, "Unduh tabel (Excel)", key="cov_xlsx")[1], tmp_path)


@pytest.mark.usefixtures("poisoned_data")
def test_sasaran_table_downloads_are_safe_and_consistent(downloads, tmp_path) -> None:  # noqa: ANN001
    at = run_app("pages/sasaran.py")
    assert not at.exception, at.exception
    for key in ("dtsen", "elig"):
        name, data = _file(at, downloads, "Unduh tabel (CSV)", key=f"{key}_csv")
        assert name.endswith("-DATA-CONTOH.csv")  # the seeded DTSEN figures are examples
        rows = _csv(data)
        assert len(rows) == 11
        assert 1 in _check_table_file(rows)  # shares and rates with one decimal
        cells = {c for r in rows for c in r}
        assert {"'+" + EVIL, "'@SUM(A1)"} <= cells  # the poisoned cells, made inert
        _check_xlsx(_file(at, downloads, "Unduh tabel (Excel)", key=f"{key}_xlsx")[1], tmp_path)


# --- the profile -----------------------------------------------------------------------------


def _cards(at: AppTest) -> dict[str, tuple[str, int]]:
    """indicator id -> (number, year) of every card on the profile page."""
    body = "\n".join(h.proto.body for h in at.get("html"))
    cards = {}
    for part in body.split('<div class="serambi-card')[1:]:
        ind = re.search(r'data-indicator="([^"]+)"', part)
        num = re.search(r'<div class="num">([^<]*) <span', part)
        year = re.search(r'<div class="sub">.*?<b>(\d{4})', part, re.S)
        if ind and num and year:
            cards[ind.group(1)] = (num.group(1), int(year.group(1)))
    return cards


@pytest.mark.usefixtures("app_env")
def test_profile_downloads_a4_pdf_and_the_cards_numbers(downloads, tmp_path) -> None:  # noqa: ANN001
    at = run_app("pages/profil.py", {"wilayah": PPU, "indikator": "penduduk_miskin_persen"})
    assert not at.exception, at.exception
    cards = _cards(at)
    assert len(cards) > 50 and cards["penduduk_miskin_persen"] == ("6,68", 2024)

    name, data = _file(at, downloads, "Unduh profil (PDF A4)")
    assert name == "serambi-profil-6409-DATA-CONTOH.pdf"
    pdf = tmp_path / "profil.pdf"
    pdf.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M), info.stdout
    assert "(A4)" in info.stdout
    text_ = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Profil Kabupaten Penajam Paser Utara" in text_
    assert all(number in text_ for number, _ in cards.values())

    _, xlsx = _file(at, downloads, "Unduh tabel indikator (Excel)")
    path = tmp_path / "profil.xlsx"
    path.write_bytes(xlsx)
    ws = load_workbook(path)["Data"]
    rows = list(ws.iter_rows())
    head = next(i for i, r in enumerate(rows) if r[0].value == "Indikator")
    cols = {c.value: i for i, c in enumerate(rows[head])}
    seen = {}
    for row in rows[head + 1 :]:
        cell = row[cols["Nilai"]]
        digits = len(cell.number_format.split(".")[1]) if "." in cell.number_format else 0
        assert cell.data_type == "n"
        shown = format_number(cell.value, digits, "id")
        seen[row[cols["Kode indikator"]].value] = (shown, row[cols["Tahun"]].value)
    assert seen == cards  # every card: the same number, digits and year
