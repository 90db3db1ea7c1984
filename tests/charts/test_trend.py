"""charts.trend: the comparison, small multiples and zone charts of the Tren page and slides."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from charts.trend import (
    INCOMPLETE_SYMBOL,
    LEGEND_CHARS,
    Look,
    compare_figure,
    facet_figure,
    for_projector,
    legend_below,
    point_labels,
    year_axis,
    zone_figure,
)
from ground import palette

CODES = ["6403", "6409", "6472"]
WORDS = {
    "no_data": "tidak ada data",
    "with_data": "{n} dari {m} kab/kota berdata",
    "missing": "Tanpa data: {names}",
}


def fmt(v: float) -> str:
    return f"{v:.2f}".replace(".", ",")


def hover(table: pd.DataFrame) -> list[str]:
    return point_labels(
        table,
        unit="%",
        raw_unit="jiwa",
        fmt=fmt,
        fmt_raw=lambda v: f"{v:.0f}",
        show_raw=True,
        example_label="DATA CONTOH",
        no_data="tidak ada data",
    )


def ys(trace) -> list[float]:  # noqa: ANN001
    return [math.nan if v is None else float(v) for v in trace.y]


def test_point_labels_escape_names_and_say_missing_and_example(gap_table):
    table = gap_table.copy()
    table.loc[table["kode_bps"] == "6403", "nama"] = "Kutai <b>Kartanegara</b>"
    labels = hover(table)
    assert len(labels) == len(table) == 15
    first = labels[0]
    assert first.startswith("<b>Kutai &lt;b&gt;Kartanegara&lt;/b&gt;</b> 2019")
    assert "7,30 %" in first and "7300 jiwa" in first
    ppu_2020 = labels[table.index[(table["kode_bps"] == "6409") & (table["year"] == 2020)][0]]
    assert ppu_2020 == "<b>Penajam Paser Utara</b> 2020<br><i>tidak ada data</i>"
    smr_2023 = labels[-1]
    assert f"<b style='color:{palette.EXAMPLE}'>DATA CONTOH</b>" in smr_2023


def test_compare_lines_break_at_gaps_and_mark_example_points_open(gap_table):
    fig = compare_figure(
        gap_table,
        CODES,
        title="Persentase penduduk miskin, 2019–2023",
        unit="%",
        hover=hover(gap_table),
        example_label="DATA CONTOH",
        lang="id",
    )
    assert [tr.name for tr in fig.data] == [
        "Kutai Kartanegara",
        "Penajam Paser Utara",
        "Samarinda",
    ]
    ppu = fig.data[1]
    assert ppu.connectgaps is False
    assert list(ppu.x) == [2019, 2020, 2021, 2022, 2023]
    assert np.isnan(ys(ppu)[1]) and 0 not in ys(ppu)
    assert list(fig.data[2].marker.symbol) == ["circle"] * 4 + ["circle-open"]
    colours = palette.region_colours(CODES)
    assert [tr.line.color for tr in fig.data] == [colours[c] for c in CODES]
    assert fig.data[0].line.width == 2.5 and fig.data[0].marker.size == 8
    assert fig.data[0].hovertemplate == "%{customdata}<extra></extra>"
    assert fig.layout.height == 440 and fig.layout.separators == ",."
    assert "DATA CONTOH" in fig.layout.title.text
    assert fig.layout.xaxis.dtick == 1 and fig.layout.xaxis.tickformat == "d"
    assert fig.layout.yaxis.rangemode == "tozero" and fig.layout.yaxis.title.text == "%"
    assert fig.layout.legend.orientation == "h" and fig.layout.legend.y == -0.12


def test_compare_keeps_a_regencys_colour_whatever_is_selected(gap_table):
    everyone = palette.region_colours(CODES)
    fig = compare_figure(
        gap_table,
        ["6472"],
        title="t",
        unit="%",
        hover=hover(gap_table),
        example_label=None,
        lang="en",
        colours=everyone,
    )
    assert [tr.name for tr in fig.data] == ["Samarinda"]
    assert fig.data[0].line.color == everyone["6472"] != palette.region_colours(["6472"])["6472"]
    assert fig.layout.separators == ".," and "DATA CONTOH" not in fig.layout.title.text


def test_compare_with_a_slide_look_keeps_the_data_and_changes_only_sizes(gap_table):
    page = compare_figure(
        gap_table, CODES, title="t", unit="%", hover=hover(gap_table), example_label="X", lang="id"
    )
    look = Look(
        size=22,
        line_width=4,
        marker_size=13,
        marker_line=3,
        font=palette.SLIDE_FONT,
        title_size=30,
        example_size=28,
        width=1600,
        height=900,
        margin={"l": 20, "r": 30, "t": 90, "b": 20},
        legend_y=-0.1,
        legend_size=22,
        axis_line="#444",
    )
    slide = compare_figure(
        gap_table, CODES, title="t", unit="%", hover=None, example_label="X", lang="id", look=look
    )
    for a, b in zip(page.data, slide.data, strict=True):
        assert (a.name, list(a.x), a.line.color, a.marker.symbol) == (
            b.name,
            list(b.x),
            b.line.color,
            b.marker.symbol,
        )
        np.testing.assert_array_equal(ys(a), ys(b))
    assert slide.data[0].line.width == 4 and slide.data[0].marker.size == 13
    assert slide.data[0].marker.line.width == 3 and slide.data[0].customdata is None
    lay = slide.layout
    assert (lay.width, lay.height) == (1600, 900)
    assert lay.font.family == palette.SLIDE_FONT and lay.font.size == 22
    assert lay.title.font.size == 30 and lay.annotations[0].font.size == 28
    assert lay.margin.t == 90 and lay.legend.y == -0.1 and lay.legend.font.size == 22
    assert lay.xaxis.linecolor == "#444" and lay.yaxis.linecolor == "#444"
    assert page.layout.font.family == palette.FONT and page.layout.xaxis.linecolor is None


def test_for_projector_thickens_lines_and_puts_the_legend_beside(gap_table):
    fig = compare_figure(
        gap_table,
        CODES,
        title="t",
        unit="%",
        hover=hover(gap_table),
        example_label=None,
        lang="id",
        look=Look(size=20),
    )
    assert fig.layout.height == 520
    fig.add_scatter(x=[2020], y=[5.0], mode="markers", name="Target", marker={"size": 14})
    for_projector(fig, 20)
    assert all(tr.line.width == 4 and tr.marker.size == 12 for tr in fig.data[:3])
    assert fig.data[3].marker.size == 14  # a target marker is not a line: left alone
    assert fig.layout.height is None
    assert fig.layout.legend.orientation == "v" and fig.layout.legend.x == 1.01
    assert fig.layout.title.font.size == 24 and fig.layout.xaxis.tickfont.size == 20


def test_facets_one_panel_per_regency_with_the_others_in_grey(gap_table):
    fig = facet_figure(
        gap_table,
        CODES,
        title="Per wilayah",
        unit="%",
        hover=hover(gap_table),
        example_label=None,
        lang="id",
    )
    assert [a.text for a in fig.layout.annotations] == [
        "Kutai Kartanegara",
        "Penajam Paser Utara",
        "Samarinda",
    ]
    assert len(fig.data) == 3 * 3  # per panel: two grey context lines + its own line
    context = [tr for tr in fig.data if tr.hoverinfo == "skip"]
    assert len(context) == 6 and {tr.line.color for tr in context} == {palette.CONTEXT}
    own = [tr for tr in fig.data if tr.hoverinfo != "skip"]
    assert [tr.name for tr in own] == ["Kutai Kartanegara", "Penajam Paser Utara", "Samarinda"]
    assert fig.layout.height == 120 + 210  # one row of three
    assert fig.layout.xaxis.dtick == 2  # five years: a tick every other year


def test_facets_wrap_after_max_cols(gap_table):
    fig = facet_figure(
        gap_table,
        CODES,
        title="t",
        unit="%",
        hover=hover(gap_table),
        example_label=None,
        lang="id",
        max_cols=2,
    )
    assert fig.layout.height == 120 + 2 * 210
    assert fig.layout.yaxis3.title.text == "%"  # first column of the second row


def test_zone_line_joins_only_complete_years_others_are_diamonds(zone_groups_table):
    fig = zone_figure(
        zone_groups_table,
        labels={"zona": "Wilayah IKN & penyangga", "luar": "Kabupaten/kota lainnya"},
        title="Zona",
        unit="%",
        fmt=fmt,
        words=WORDS,
        region_names={"6409": "Penajam Paser Utara"},
        example_label="DATA CONTOH",
        lang="id",
    )
    zone_line, zone_partial, rest_line = fig.data
    assert zone_line.name == "Wilayah IKN & penyangga" and zone_line.line.color == "#b35806"
    assert ys(zone_line)[:2] == [6.1, 6.0] and np.isnan(ys(zone_line)[2])
    assert list(zone_line.text) == ["6/6", "6/6", ""]
    assert zone_partial.marker.symbol == INCOMPLETE_SYMBOL == "diamond"
    assert zone_partial.showlegend is False
    assert np.isnan(ys(zone_partial)[:2]).all() and ys(zone_partial)[2] == 5.8
    assert list(zone_partial.text) == ["", "", "5/6"]
    hover_2021 = zone_partial.customdata[2]
    assert "5 dari 6 kab/kota berdata" in hover_2021
    assert "Tanpa data: Penajam Paser Utara" in hover_2021
    assert rest_line.name == "Kabupaten/kota lainnya" and rest_line.line.color == "#542788"
    assert list(rest_line.marker.symbol) == ["circle", "circle", "circle-open"]
    assert "DATA CONTOH" in rest_line.customdata[2] and "DATA CONTOH" not in rest_line.customdata[0]


def test_zone_figure_of_no_groups_is_empty_not_an_error(zone_groups_table):
    fig = zone_figure(
        zone_groups_table.iloc[0:0],
        labels={"zona": "a", "luar": "b"},
        title="t",
        unit="%",
        fmt=fmt,
        words=WORDS,
        region_names={},
        example_label=None,
        lang="id",
    )
    assert len(fig.data) == 0


def test_year_axis_labels_fewer_years_on_a_narrow_chart():
    fig = go.Figure()
    year_axis(fig, list(range(2010, 2026)))
    assert fig.layout.xaxis.dtick == 2  # 16 years: every other one
    year_axis(fig, list(range(2015, 2026)), max_ticks=6)
    assert fig.layout.xaxis.dtick == 2  # 11 years in 6 labels
    year_axis(fig, list(range(2000, 2026)), max_ticks=6)
    assert fig.layout.xaxis.dtick == 5
    year_axis(fig, [2020, 2021, 2022])
    assert fig.layout.xaxis.dtick == 1


def test_legend_below_wraps_long_names_and_makes_room_for_the_plot(gap_table):
    fig = compare_figure(
        gap_table, CODES, title="t", unit="%", hover=hover(gap_table), example_label=None, lang="id"
    )
    long = "Target (RPJMD Kaltim 2025-2029 (diduga; artikel tidak menyebut dokumen))"
    fig.add_scatter(x=[2029], y=[3.3], mode="markers", name=long)
    fig.add_scatter(x=[2029], y=[3.0], mode="markers", name="hidden", showlegend=False)
    legend_below(fig, size=13, plot_px=340)
    names = [tr.name for tr in fig.data]
    assert names[:3] == ["Kutai Kartanegara", "Penajam Paser Utara", "Samarinda"]
    lines = names[3].split("<br>")
    assert len(lines) > 1 and all(len(x) <= LEGEND_CHARS for x in lines)
    assert " ".join(lines) == long and names[4] == "hidden"
    lay = fig.layout
    assert lay.legend.orientation == "h" and lay.legend.yanchor == "top" and lay.legend.y < 0
    assert lay.legend.entrywidthmode == "pixels" and lay.legend.entrywidth > 0
    # The plot keeps its 340 px: the height adds the title, the year labels and the legend.
    assert lay.height == lay.margin.t + 340 + lay.margin.b
    assert lay.margin.b > 13 * 1.3 * 2  # two rows of entries, one of them wrapped
