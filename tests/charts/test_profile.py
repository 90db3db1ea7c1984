"""charts.profile: a regency against the 10-regency aggregate, and the cards' sparklines."""

from __future__ import annotations

import base64
import math
import re

import numpy as np
import pandas as pd

from charts.profile import AGGREGATE, selected_figure, sparkline_svg
from charts.trend import INCOMPLETE_SYMBOL
from ground import palette

WORDS = {
    "aggregate": "Agregat 10 kab/kota",
    "with_data": "{n} dari {m} kab/kota berdata",
    "no_data": "tidak ada data",
}


def svg_of(img: str) -> str:
    data = re.search(r'base64,([^"]+)"', img).group(1)
    return base64.b64decode(data).decode("utf-8")


def test_selected_figure_joins_only_years_where_all_regencies_have_data():
    years = [2019, 2020, 2021, 2022]
    own = pd.DataFrame(
        {
            "year": years,
            "rate": [7.0, np.nan, 7.6, 7.0],
            "is_example": [False, False, False, True],
        }
    )
    agg = pd.DataFrame(
        {
            "year": years,
            "rate": [6.2, 6.1, 6.0, np.nan],
            "n_with_data": [10, 10, 4, np.nan],  # 2022 reindexed in: no aggregate at all
            "n_regions": [10, 10, 10, np.nan],
            "is_example": [False, False, False, np.nan],
        }
    )
    fig = selected_figure(
        own,
        agg,
        name="Penajam Paser Utara",
        n_regions=10,
        years=years,
        title="Persentase penduduk miskin: Penajam Paser Utara",
        unit="%",
        fmt=lambda v: f"{v:.2f}".replace(".", ","),
        words=WORDS,
        example_label="DATA CONTOH",
        lang="id",
    )
    line, partial, regency = fig.data
    assert line.name == "Agregat 10 kab/kota" and line.line.dash == "dash"
    assert line.line.color == AGGREGATE
    y = [math.nan if v is None else v for v in line.y]
    assert y[:2] == [6.2, 6.1] and np.isnan(y[2:]).all()
    assert partial.marker.symbol == INCOMPLETE_SYMBOL and list(partial.text) == ["", "", "4/10", ""]
    assert "4 dari 10 kab/kota berdata" in partial.customdata[2]
    assert partial.customdata[3].endswith("tidak ada data")
    assert regency.name == "Penajam Paser Utara" and regency.line.color == palette.PROFILE_LINE
    assert regency.connectgaps is False
    assert list(regency.marker.symbol) == ["circle", "circle", "circle", "circle-open"]
    assert regency.customdata[1] == "<b>Penajam Paser Utara</b> 2020<br>tidak ada data"
    assert regency.customdata[0].endswith("7,00 %")
    assert fig.layout.height == 360 and fig.layout.legend.y == -0.15
    assert "DATA CONTOH" in fig.layout.title.text


def test_selected_figure_without_partial_years_has_no_diamonds():
    own = pd.DataFrame({"year": [2020, 2021], "rate": [1.0, 2.0], "is_example": [False, False]})
    agg = pd.DataFrame(
        {
            "year": [2020, 2021],
            "rate": [1.5, 1.6],
            "n_with_data": [10, 10],
            "n_regions": [10, 10],
            "is_example": [False, False],
        }
    )
    fig = selected_figure(
        own,
        agg,
        name="Samarinda",
        n_regions=10,
        years=[2020, 2021],
        title="t",
        unit="%",
        fmt=str,
        words=WORDS,
        example_label=None,
        lang="en",
        size=17,
    )
    assert [tr.name for tr in fig.data] == ["Agregat 10 kab/kota", "Samarinda"]
    assert fig.layout.height == 440 and fig.layout.separators == ".,"


def test_sparkline_breaks_at_gaps_and_marks_example_points():
    img = sparkline_svg([2019, 2020, 2021, 2022], [1.0, float("nan"), 2.0, 3.0], [0, 0, 0, 1])
    assert img.startswith('<img class="spark" src="data:image/svg+xml;base64,')
    assert 'alt="2019–2022"' in img and 'height="46"' in img
    svg = svg_of(img)
    assert svg.count("<polyline") == 1  # 2019 alone, then 2021-2022 as one segment
    assert svg.count(f'stroke="{palette.EXAMPLE}"') == 1  # the 2022 example point: open red
    assert svg.count("<circle") == 3
    assert ">2019</text>" in svg and ">2022</text>" in svg


def test_sparkline_of_one_year_is_centred_and_of_nothing_is_empty():
    svg = svg_of(sparkline_svg([2024], [5.0], [False]))
    assert 'cx="115.0" cy="17.0"' in svg and 'text-anchor="middle">2024</text>' in svg
    assert sparkline_svg([2023, 2024], [float("nan"), float("nan")], [False, False]) == ""
