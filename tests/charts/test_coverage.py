"""Coverage charts: the ranked gap bar and need against coverage, built from real tables."""

from __future__ import annotations

import pandas as pd
import pytest

from charts.coverage import gap_bar_figure, label_positions, scatter_figure
from ground import palette
from tests.coverage_tables import coverage_table
from welfare import coverage, formatting

WORDS = {
    "title": "PKH 2024",
    "x": "KPM sasaran per 1.000 penduduk",
    "y": "Cakupan (%)",
    "coverage": "Cakupan: {v}",
    "need": "Sasaran: {v} {unit} ({rate} per 1.000)",
    "recipients": "Penerima: {v} {unit}",
    "gap": "Belum terlayani: {v} {unit}",
    "over": "Lebih sasaran: {v} {unit}",
    "province": "Provinsi: {v} ({n} kab/kota)",
    "full": "100 % = seluruh sasaran",
}


def fmt(v: float) -> str:
    return formatting.format_number(v, 2, "id")


def count(v: float) -> str:
    return formatting.format_number(v, 0, "id")


def pct(v: float) -> str:
    return formatting.format_number(v, 1, "id") + " %"


def bar_table() -> pd.DataFrame:
    table = coverage.gap_map_table(coverage_table())
    return table.assign(warna=["#fc9272", "#fee0d2", None])


def test_gap_bar_ranks_largest_gap_on_top_in_the_map_colours() -> None:
    fig = gap_bar_figure(
        bar_table(),
        unit="KPM per 1.000 penduduk",
        gap_unit="KPM",
        fmt=fmt,
        fmt_raw=count,
        title="Peringkat kesenjangan PKH",
        example_label=None,
        lang="id",
        highlight=("6409",),
    )
    bar = fig.data[0]
    # Plotly draws the last bar on top: ascending order puts the largest gap first to read.
    assert list(bar.y) == ["Samarinda", "<b>Penajam Paser Utara</b>"]  # no rate, no bar
    assert list(bar.text) == ["0,00<br>(0)", "20,00<br>(200)"]  # two short lines
    assert list(bar.marker.color) == ["#fee0d2", "#fc9272"]
    assert bar.marker.line.color == palette.BAR_EDGE
    assert list(bar.customdata)[1] == "20,00 KPM per 1.000 penduduk<br>200 KPM"
    # Room for the text beside the bar, growing with the longest line ("20,00": 5).
    assert fig.layout.xaxis.range == pytest.approx((0, 20 * (1.15 + 0.045 * 5)))
    assert fig.layout.xaxis.title.text == "KPM per 1.000 penduduk"
    assert fig.layout.separators == ",."


def test_gap_bar_escapes_names_and_says_example_data() -> None:
    table = coverage.gap_map_table(coverage_table()).assign(rate=[20.0, 0.0, 3.0])
    fig = gap_bar_figure(
        table,
        unit="u",
        gap_unit="KPM",
        fmt=fmt,
        fmt_raw=count,
        title="t",
        example_label="DATA CONTOH",
        lang="en",
        axis_title="per 1,000",
    )
    assert "Bontang &lt;b&gt;" in fig.data[0].y
    assert "DATA CONTOH" in fig.layout.title.text
    assert fig.data[0].marker.color == palette.UNCOLOURED  # no map colours given
    assert fig.layout.xaxis.title.text == "per 1,000"
    assert fig.layout.separators == ".,"


def test_label_positions_move_a_close_neighbour_below() -> None:
    x = pd.Series([10.0, 10.5, 40.0], index=["a", "b", "c"])
    y = pd.Series([80.0, 81.0, 100.0], index=["a", "b", "c"])
    assert label_positions(x, y) == {
        "a": "top center",
        "b": "bottom center",
        "c": "top center",
    }


def test_scatter_has_one_trace_per_zone_the_province_and_the_100_percent_line() -> None:
    cov = coverage_table(example=True)
    zones = pd.Series({"6409": "wilayah_ikn", "6472": "penyangga", "6474": "luar"})
    fig = scatter_figure(
        cov,
        zones=zones,
        zone_labels={"wilayah_ikn": "Wilayah IKN", "penyangga": "Penyangga", "luar": "Luar"},
        fmt_pct=pct,
        fmt_rate=fmt,
        fmt_raw=count,
        need_unit="KPM",
        words=WORDS,
        example_label="DATA CONTOH",
        lang="id",
    )
    # Bontang has no coverage figure: it is not drawn, and its zone has no trace.
    assert [tr.name for tr in fig.data] == ["Wilayah IKN", "Penyangga"]
    ikn, buffer = fig.data
    assert ikn.marker.color == palette.ZONE_POINT["wilayah_ikn"]
    assert list(ikn.x) == [100.0] and list(ikn.y) == [80.0]
    hover = ikn.customdata[0]
    assert "Cakupan: 80,0 %" in hover and "Belum terlayani: 200 KPM" in hover
    assert "DATA CONTOH" in hover
    assert "Lebih sasaran: 50 KPM" in buffer.customdata[0]  # over-coverage, not a gap
    assert list(ikn.marker.size) == [50.0]  # the largest need: 14 + 36 px
    province, full = fig.layout.shapes
    assert (province.y0, province.line.dash) == (92.5, "dash")
    assert (full.y0, full.line.color) == (100, palette.FULL_COVERAGE)
    notes = [a.text for a in fig.layout.annotations]
    assert "Provinsi: 92,5 % (2 kab/kota)" in notes
    assert fig.layout.yaxis.range == (72.0, 111.0)  # below the lowest, above 100 %
