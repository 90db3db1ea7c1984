"""Ketersediaan data: the indicator x year grid says how many regencies and which kind."""

from __future__ import annotations

import re

import pytest

from tests.app.conftest import all_text, run_app

pytestmark = pytest.mark.usefixtures("app_env")


def _grid(at) -> str:  # noqa: ANN001
    return next(h.proto.body for h in at.get("html") if 'serambi-avail"><table' in h.proto.body)


def test_grid_shows_counts_kinds_and_the_province_marker():
    at = run_app("pages/ketersediaan.py")
    assert not at.exception, at.exception
    grid = _grid(at)
    row = re.search(r'<tr><th class="ind" title="penduduk_miskin_persen">.*?</tr>', grid).group(0)
    # 2024: all ten regencies and the province, published; 2025: six of ten
    assert "10R*</td>" in row and "6R*</td>" in row
    assert 'title="2025: 6 dari 10 kabupaten/kota (resmi/terbit) · ada angka provinsi"' in row
    pmks = re.search(r'<tr><th class="ind" title="pmks_gelandangan">.*?</tr>', grid).group(0)
    assert "10C</td>" in pmks and "DATA CONTOH" in pmks
    text = all_text(at)
    assert "C = DATA CONTOH" in text and "R = resmi/terbit" in text
    # the September round is published for the province only
    sep = re.search(r'<tr><th class="ind" title="penduduk_miskin_persen_sep">.*?</tr>', grid)
    assert ">P</td>" in sep.group(0) and "0R" not in sep.group(0)


def test_english_and_group_filter():
    at = run_app("pages/ketersediaan.py", query={"lang": "en"})
    assert not at.exception, at.exception
    assert "Data availability" in all_text(at)
    at.segmented_control(key="avail_group").set_value("pmks").run()
    grid = _grid(at)
    assert 'title="pmks_total"' in grid and 'title="penduduk_miskin_persen"' not in grid
    assert "published" in grid or "EXAMPLE DATA" in grid


def test_a_wide_grid_lists_the_newest_year_first():
    at = run_app("pages/ketersediaan.py")
    grid = _grid(at)
    assert 'data-serambi-years="newest-first"' in grid
    years = [int(y) for y in re.findall(r"<th>(\d{4})</th>", grid)]
    assert len(years) > 8 and years == sorted(years, reverse=True)
    assert "tahun terbaru di kiri" in all_text(at)
