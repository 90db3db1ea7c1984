"""components.widgets.html_table: the map page's region table as escaped plain HTML."""

from __future__ import annotations

import math

import pandas as pd

from components.widgets.html_table import LONG_ROWS, table_html

NO_DATA = "tidak ada data"


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Kabupaten/kota": ["Kutai Kartanegara", "<b>Paser</b>", '=HYPERLINK("x")'],
            "Kode BPS": ["6403", "6401", "6402"],
            "Nilai (%)": ["7,09", "", "1.234,5"],
            "Peringkat": [1.0, math.nan, 2.0],
            "Jenis data": ["Resmi", "tidak ada data", "DATA CONTOH"],
            "Tautan": ["https://kaltim.bps.go.id/a?b=1&c=2", "javascript:alert(1)", None],
        }
    )


def _html() -> str:
    return table_html(
        _frame(),
        no_data=NO_DATA,
        numeric=("Nilai (%)", "Peringkat"),
        links={"Tautan": "buka"},
        badges={"DATA CONTOH": "serambi-badge-example"},
    )


def test_values_are_escaped_and_formulas_inert():
    out = _html()
    assert "<b>Paser</b>" not in out and "&lt;b&gt;Paser&lt;/b&gt;" in out
    # Copied into a spreadsheet, a cell starting with "=" stays text (as in the downloads).
    assert "<td>&#x27;=HYPERLINK(&quot;x&quot;)</td>" in out


def test_numbers_keep_their_format_and_ranks_read_as_integers():
    out = _html()
    assert '<td class="num">7,09</td>' in out and '<td class="num">1.234,5</td>' in out
    assert '<td class="num">1</td>' in out and "1.0" not in out


def test_missing_values_are_shown_as_no_data():
    out = _html()
    # The row without data: no value, no rank, no link; each cell says so to a screen reader.
    assert out.count('<td class="none" title="tidak ada data">') == 3
    assert out.count('<span class="serambi-sr">tidak ada data</span>') == 3


def test_only_http_links_are_links_and_example_rows_carry_the_badge():
    out = _html()
    assert (
        '<a href="https://kaltim.bps.go.id/a?b=1&amp;c=2" target="_blank" '
        'rel="noopener noreferrer">buka</a>'
    ) in out
    assert 'href="javascript' not in out and "<td>javascript:alert(1)</td>" in out
    assert '<span class="serambi-badge-example">DATA CONTOH</span>' in out


def test_header_and_row_count():
    out = _html()
    assert out.count("<tr>") == 4  # header + 3 rows
    assert '<th scope="col" class="num">Peringkat</th>' in out
    assert '<th scope="col">Kabupaten/kota</th>' in out


def test_chosen_rows_are_marked_and_named_in_the_caption():
    out = table_html(
        _frame(),
        no_data=NO_DATA,
        marked_by="Kode BPS",
        marked=["6401"],
        caption="Disorot: <Paser>",
    )
    assert out.count('<tr class="serambi-chosen">') == 1
    assert '<tr class="serambi-chosen"><td>&lt;b&gt;Paser&lt;/b&gt;</td>' in out
    assert "<caption>Disorot: &lt;Paser&gt;</caption>" in out  # escaped like every cell
    plain = table_html(_frame(), no_data=NO_DATA)
    assert "serambi-chosen" not in plain and "<caption>" not in plain


def test_only_a_long_table_scrolls_inside_its_box():
    ten = pd.DataFrame({"Kabupaten/kota": [f"R{i}" for i in range(10)]})
    assert '<div class="serambi-table-wrap" tabindex="0"><table' in table_html(ten, no_data=NO_DATA)
    many = pd.DataFrame({"Kecamatan": [f"K{i}" for i in range(LONG_ROWS + 1)]})
    long_wrap = '<div class="serambi-table-wrap long" tabindex="0"><table'
    assert long_wrap in table_html(many, no_data=NO_DATA)
