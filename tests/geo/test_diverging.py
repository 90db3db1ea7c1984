"""Classes of change symmetric around zero, worse direction warm; the change layer's words."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from geo.change_layer import (
    ChangeWords,
    build_change_layer,
    change_ranking_html,
    signed,
)
from geo.diverging import NEUTRAL_COLOR, diverging_classes, diverging_colours, diverging_palette
from geo.layers import fill_template

CHANGES = [-2.0, -1.5, -0.2, 0.0, 0.3, 1.0, 2.5, float("nan")]


def test_breaks_mirror_each_other_around_zero() -> None:
    c = diverging_classes(CHANGES, zero_band=0.005)
    assert c.k == 5
    lows, highs = zip(*c.ranges(), strict=True)
    assert c.minimum == -2.5 and c.upper_bounds[-1] == 2.5
    # Every break on one side has its mirror on the other.
    bounds = [c.minimum, *c.upper_bounds]
    assert sorted(-b for b in bounds) == pytest.approx(sorted(bounds))
    assert c.ranges()[2] == (-0.005, 0.005)  # the neutral class is the zero band
    assert c.classes[3] == 2  # 0.0: no change
    assert c.classes[-1] == -1  # no value in one of the years
    # Falls left of neutral, rises right; larger changes further out.
    assert c.classes[0] == 0 and c.classes[2] == 1
    assert c.classes[4] == 3 and c.classes[6] == 4
    # A fall and a rise of the same size get the same depth of colour.
    same = diverging_classes([-1.0, 1.0, 0.1, -3.0], zero_band=0.005)
    assert same.classes[0] + same.classes[1] == 2 * 2


def test_worse_direction_is_warm() -> None:
    c = diverging_classes([-2.0, 2.0], zero_band=0.0)
    rise_worse = diverging_colours(c, higher_is_worse=True)
    rise_better = diverging_colours(c, higher_is_worse=False)
    red, blue = "#ef8a62", "#67a9cf"  # RdBu, 3 classes
    assert rise_worse == [blue, red]  # poverty up: red
    assert rise_better == [red, blue]  # coverage down: red
    assert diverging_palette(5, True)[2] == NEUTRAL_COLOR
    with pytest.raises(ValueError):
        diverging_palette(4, True)


def test_few_or_no_changes() -> None:
    one_side = diverging_classes([0.5, 0.5, 0.0])
    assert one_side.k == 3 and one_side.classes == (2, 2, 1)
    nothing = diverging_classes([0.001, -0.002], zero_band=0.005)
    assert nothing.k == 1 and nothing.classes == (0, 0)
    empty = diverging_classes([float("nan")])
    assert empty.k == 0 and empty.classes == (-1,)


def test_signed_numbers() -> None:
    assert signed("1,20", 1.2) == "+1,20"
    assert signed("-0,70", -0.7) == "−0,70"
    assert signed("0,00", 0.001) == "0,00"
    assert signed("-0,00", -0.001) == "0,00"


REGIONS = pd.DataFrame(
    {
        "kode_bps": ["6401", "6402", "6471"],
        "nama": ["Paser", "Kutai <Barat>", "Balikpapan"],
        "jenis": ["kabupaten", "kabupaten", "kota"],
        "label_lat": [-1.8, 0.2, -1.2],
        "label_lng": [116.0, 115.5, 116.9],
    }
)


def _layer(**kw):  # noqa: ANN202
    table = pd.DataFrame(
        {
            "kode_bps": ["6401", "6402", "6471"],
            "nama": ["Paser", "Kutai <Barat>", "Balikpapan"],
            "rate_a": [10.0, 8.0, float("nan")],
            "rate_b": [8.5, 9.0, 2.6],
            "change": [-1.5, 1.0, float("nan")],
            "is_example": [False, True, False],
            "source_a": ["BPS 2019", "BPS 2019", None],
            "source_b": ["BPS 2024", "Contoh", "BPS 2024"],
        }
    )
    words = ChangeWords("Perubahan", "tidak ada data", "tidak berubah", "DATA CONTOH", "Sumber")
    return build_change_layer(
        REGIONS,
        table,
        year_a=2019,
        year_b=2024,
        title="Persentase penduduk miskin: perubahan 2019 → 2024",
        value_unit="%",
        change_unit="poin",
        higher_is_worse=True,
        words=words,
        fmt_value=lambda v: f"{v:.2f}".replace(".", ","),
        fmt_change=lambda v: f"{v:.2f}".replace(".", ","),
        zero_band=0.005,
        legend_notes=("Perubahan = nilai 2024 dikurangi nilai 2019",),
        **kw,
    )


def test_change_layer_tooltips_legend_and_example() -> None:
    layer = _layer()
    paser = fill_template(*layer.styles["6401"].template())
    assert "Perubahan: −1,50</b> poin" in paser
    assert "2019: 10,00 %" in paser and "2024: 8,50 %" in paser
    kubar = fill_template(*layer.styles["6402"].template())
    assert "Kutai &lt;Barat&gt;" in kubar  # escaped
    assert "+1,00" in kubar and "DATA CONTOH" in kubar
    bpp = layer.styles["6471"]
    assert bpp.no_data  # no value in 2019: no change, not zero
    assert "2019: <i>tidak ada data</i>" in fill_template(*bpp.template())
    assert layer.has_example and layer.legend.example_badge == "DATA CONTOH"
    assert layer.legend.unit == "poin"
    assert "tidak berubah" in [text for _, text in layer.legend.rows]
    # The poverty rise is warm, the fall cool.
    assert layer.styles["6402"].fill in ("#f4a582", "#ca0020", "#ef8a62")
    assert layer.styles["6401"].fill in ("#92c5de", "#0571b0", "#67a9cf")
    # The picture export labels a region with tooltip argument 1: the signed change.
    assert layer.styles["6401"].tooltip_args[1] == "−1,50"


def test_change_ranking_is_centred_on_zero() -> None:
    layer = _layer()
    html = change_ranking_html(
        layer.table, title="Perubahan 2019 → 2024", unit="poin", fmt=lambda v: f"{v:.2f}"
    )
    assert html.index("Kutai &lt;Barat&gt;") < html.index("Paser")  # largest rise first
    assert "Balikpapan" not in html  # no change without both years
    assert "left:50.0%;width:33.3%" in html  # +1.0 of max 1.5: right of the zero line
    assert "left:0.0%;width:50.0%" in html  # -1.5: the full left half
    assert not math.isnan(layer.table["rate"].dropna().iloc[0])
