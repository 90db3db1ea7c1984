"""components.widgets.plot: every chart's data as a table for screen readers, and its
accessible name."""

from __future__ import annotations

import plotly.graph_objects as go

from components.widgets import plot


def test_lines_become_a_year_by_series_table_and_context_lines_are_left_out():
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=[2020, 2021], y=[1.0, 2.0], hoverinfo="skip"))  # grey context
    fig.add_trace(go.Scatter(x=[2020, 2021, 2022], y=[5.25, None, 6.5], name="Paser"))
    fig.add_trace(go.Scatter(x=[2021], y=[5.75], name="Paser", mode="markers"))  # same series
    fig.add_trace(go.Scatter(x=[2022], y=[3.0], name="Target (<b>RPJMD</b>)"))
    header, rows = plot.chart_table(fig)
    assert header == ["", "Paser", "Target ( RPJMD )"]
    assert rows == [[2020, 5.25, None], [2021, 5.75, None], [2022, 6.5, 3.0]]
    html = plot.table_html(fig, "Data grafik: Kemiskinan", "id")
    assert "<caption>Data grafik: Kemiskinan</caption>" in html
    assert '<th scope="col">Tahun</th>' in html and "<td>5,25</td>" in html
    assert "<td>tidak ada data</td>" in html


def test_horizontal_bars_and_labelled_points():
    bars = go.Figure(go.Bar(x=[0.5, 3.8], y=["Balikpapan", "Bontang"], orientation="h"))
    bars.update_layout(xaxis_title="per 1.000 penduduk")
    assert plot.chart_table(bars) == (
        ["", "per 1.000 penduduk"],
        [["Balikpapan", 0.5], ["Bontang", 3.8]],
    )
    points = go.Figure(go.Scatter(x=[28.09], y=[88.0], text=["Kutai Kartanegara"], name="IKN"))
    points.update_layout(xaxis_title="Sasaran per 1.000", yaxis_title="Cakupan (%)")
    header, rows = plot.chart_table(points)
    assert header == ["", "Sasaran per 1.000", "Cakupan (%)", ""]
    assert rows == [["Kutai Kartanegara", 28.09, 88.0, "IKN"]]
    assert '<th scope="col">Seri</th>' in plot.table_html(points, "x", "id")


def test_a_figure_without_data_has_no_table_and_the_title_names_it():
    fig = go.Figure()
    fig.update_layout(title={"text": "<b>Tren</b><br><sup>DATA CONTOH</sup>"})
    assert plot.table_html(fig, "x", "en") == ""
    assert plot.figure_title(fig) == "Tren DATA CONTOH"
