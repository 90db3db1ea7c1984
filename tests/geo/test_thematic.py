"""From a rate table to what the map draws (geo/thematic.py): colours, tooltips, legend, ranking.

Tables come from the real seeded store (``welfare.read_models.rate_table``, as the map page reads
them) and regions from the real boundary files; units and directions from the indicator
catalogue. Numbers are formatted as on the page: Indonesian, ``1.234,5``.
"""

from __future__ import annotations

import pandas as pd
import pytest

from geo.thematic import MapWords, ThematicLayer, build_layer, layer_key, ranking_html
from welfare import formatting, read_models
from welfare.catalogue import get_indicator

# The map's words in Bahasa Indonesia (views/i18n: map.rank, map.raw, ...).
WORDS = MapWords(
    rank="Peringkat {rank} dari {n}",
    raw="Jumlah",
    denominator="Penyebut",
    source="Sumber",
    no_data="tidak ada data",
    example_badge="DATA CONTOH",
    example_kind="DATA CONTOH",
)
KUKAR = "6403"  # Kutai Kartanegara; Kemendagri 64.02
CITIES = ("6471", "6472", "6474")


def fmt(decimals: int, lang: str = "id"):
    return lambda v: formatting.format_number(v, decimals=decimals, lang=lang)


def layer_for(
    regencies: pd.DataFrame,
    table: pd.DataFrame,
    indicator: str,
    *,
    decimals: int,
    raw_decimals: int,
    **overrides,
) -> ThematicLayer:
    """``build_layer`` with the catalogue's title, units and direction, as the map page calls it."""
    ind = get_indicator(indicator)
    kwargs = dict(
        title=ind.label("id"),
        mapped_unit=ind.rate_unit("id"),
        higher_is_worse=ind.higher_is_worse,
        words=WORDS,
        fmt_mapped=fmt(decimals),
        fmt_raw=fmt(raw_decimals),
        raw_unit=ind.unit_label("id"),
        legend_notes=["Tahun: 2024"],
    )
    kwargs.update(overrides)
    return build_layer(regencies, table, **kwargs)


@pytest.fixture(scope="module")
def poverty_2024(seeded_engine) -> pd.DataFrame:
    return read_models.rate_table(seeded_engine, "penduduk_miskin_persen", 2024).data


@pytest.fixture(scope="module")
def pmks_2024(seeded_engine) -> pd.DataFrame:
    return read_models.rate_table(seeded_engine, "pmks_total", 2024).data


def _short(source: str) -> str:
    return source[:89] + "…"


# --------------------------------------------------------------------------------------------
# Kutai Kartanegara on the poverty map (official data, higher is worse)


def test_kutai_kartanegara_is_6403_and_64_02(regencies):
    row = regencies.set_index("kode_bps").loc[KUKAR]
    assert (row["nama"], row["kode_kemendagri"], row["jenis"]) == (
        "Kutai Kartanegara",
        "64.02",
        "kabupaten",
    )


def test_kutai_kartanegara_poverty_2024_colour_tooltip_and_legend(regencies, poverty_2024):
    layer = layer_for(regencies, poverty_2024, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    kukar = layer.styles[KUKAR]
    # 7,28 % is the upper edge of the middle Fisher-Jenks class: orange of YlOrRd-5.
    assert kukar.fill == "#fd8d3c"
    assert layer.classification.upper_bounds == (2.23, 5.08, 7.28, 9.56, 10.75)
    row = layer.table.set_index("kode_bps").loc[KUKAR]
    assert (row["kelas"], row["warna"], row["rate"]) == (2, "#fd8d3c", 7.28)
    assert (kukar.no_data, kukar.is_city, kukar.selected, kukar.label) == (
        False,
        False,
        False,
        "Kutai Kartanegara",
    )
    reg = regencies.set_index("kode_bps").loc[KUKAR]
    assert (kukar.label_lat, kukar.label_lng) == (reg["label_lat"], reg["label_lng"])

    source = poverty_2024.set_index("kode_bps").loc[KUKAR, "source"]
    assert kukar.tooltip() == (
        "<b>Kutai Kartanegara</b><br><b>7,28</b> %<br>"
        "Peringkat 5 dari 10<br>"
        f'<span style="font-size:85%">Sumber: {_short(source)}</span>'
    )
    assert {k: s.fill for k, s in layer.styles.items()} == {
        "6401": "#f03b20",
        "6402": "#f03b20",
        "6403": "#fd8d3c",
        "6404": "#f03b20",
        "6405": "#fecc5c",
        "6409": "#fd8d3c",
        "6411": "#bd0026",
        "6471": "#ffffb2",
        "6472": "#fecc5c",
        "6474": "#fecc5c",
    }

    legend = layer.legend
    assert (legend.title, legend.unit, legend.no_data_label) == (
        "Persentase penduduk miskin",
        "%",
        "tidak ada data",
    )
    assert list(legend.rows) == [
        ("#ffffb2", "2,23"),
        ("#fecc5c", "2,23 – 5,08"),
        ("#fd8d3c", "5,08 – 7,28"),  # Kutai Kartanegara's row
        ("#f03b20", "7,28 – 9,56"),
        ("#bd0026", "9,56 – 10,75"),
    ]
    assert legend.notes == ("Tahun: 2024",)
    assert legend.example_badge is None
    assert layer.has_example is False


def test_rank_one_is_the_worst_region(regencies, poverty_2024):
    layer = layer_for(regencies, poverty_2024, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    ranks = {k: s.tooltip_args[2] for k, s in layer.styles.items()}  # name, rate, rank
    assert ranks["6411"] == "1"  # Mahakam Ulu, 10,75 %
    assert ranks["6471"] == "10"  # Balikpapan, 2,23 %
    assert ranks[KUKAR] == "5"


def test_higher_is_better_uses_blue_green_and_ranks_the_other_way(regencies, poverty_2024):
    # Without a rank column the layer ranks by itself, in the direction it is given.
    table = poverty_2024.drop(columns=["rank"])
    layer = layer_for(
        regencies,
        table,
        "penduduk_miskin_persen",
        decimals=2,
        raw_decimals=2,
        higher_is_worse=False,
    )
    assert layer.styles[KUKAR].fill == "#41b6c4"
    assert layer.styles["6411"].fill == "#253494"
    assert layer.styles["6471"].fill == "#ffffcc"
    assert [c for c, _ in layer.legend.rows] == [
        "#ffffcc",
        "#a1dab4",
        "#41b6c4",
        "#2c7fb8",
        "#253494",
    ]
    assert "Peringkat 6 dari 10" in layer.styles[KUKAR].tooltip()
    assert "Peringkat 1 dari 10" in layer.styles["6471"].tooltip()


def test_fewer_classes_when_asked(regencies, poverty_2024):
    layer = layer_for(
        regencies, poverty_2024, "penduduk_miskin_persen", decimals=2, raw_decimals=2, max_classes=2
    )
    assert layer.classification.upper_bounds == (5.08, 10.75)
    assert layer.styles[KUKAR].fill == "#e31a1c"
    assert list(layer.legend.rows) == [("#fecc5c", "2,23 – 5,08"), ("#e31a1c", "5,08 – 10,75")]


# --------------------------------------------------------------------------------------------
# a rate per 1.000 penduduk with its denominator; example data


def test_pmks_2024_tooltip_has_count_denominator_and_data_contoh(regencies, pmks_2024):
    layer = layer_for(regencies, pmks_2024, "pmks_total", decimals=1, raw_decimals=0)
    kukar = layer.styles[KUKAR]
    assert kukar.fill == "#fecc5c"
    assert kukar.tooltip() == (
        "<b>Kutai Kartanegara</b><br><b>43,4</b> per 1.000 penduduk<br>"
        "Jumlah: 34.440 jiwa<br>Penyebut: 793.131 (2024)<br>Peringkat 8 dari 10<br>"
        '<b style="color:#b71c1c">DATA CONTOH</b><br>'
        '<span style="font-size:85%">Sumber: DATA CONTOH: angka contoh buatan Serambi, '
        "bukan data resmi</span>"
    )
    # Kutai Timur has no 2024 population yet: the denominator says its own year.
    assert "Penyebut: 455.504 (2023)" in layer.styles["6404"].tooltip()
    assert list(layer.legend.rows) == [
        ("#ffffb2", "27,3 – 35,1"),
        ("#fecc5c", "35,1 – 47,0"),
        ("#fd8d3c", "47,0 – 66,1"),
        ("#f03b20", "66,1 – 78,1"),
        ("#bd0026", "78,1 – 100,4"),
    ]
    assert layer.legend.unit == "per 1.000 penduduk"
    assert layer.legend.example_badge == "DATA CONTOH"
    assert layer.has_example is True


def test_only_example_rows_say_data_contoh(regencies, poverty_2024):
    table = poverty_2024.copy()
    table["is_example"] = pd.array([code == KUKAR for code in table["kode_bps"]], dtype="boolean")
    table.loc[table["kode_bps"] == "6401", "is_example"] = pd.NA  # unknown counts as not
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    marked = {k for k, s in layer.styles.items() if "DATA CONTOH" in s.tooltip()}
    assert marked == {KUKAR}
    assert layer.has_example is True
    assert layer.legend.example_badge == "DATA CONTOH"
    assert layer.table["is_example"].tolist() == [k == KUKAR for k in layer.table["kode_bps"]]


def test_without_example_flags_nothing_is_marked(regencies, poverty_2024):
    table = poverty_2024.drop(columns=["is_example"])
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    assert layer.has_example is False
    assert layer.legend.example_badge is None
    assert not any("DATA CONTOH" in s.tooltip() for s in layer.styles.values())


# --------------------------------------------------------------------------------------------
# missing values, few regions


def test_regions_without_a_value_are_no_data(regencies, seeded_engine):
    # 2025: the seed has no poverty figure yet for four regencies.
    table = read_models.rate_table(seeded_engine, "penduduk_miskin_persen", 2025).data
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    missing = {k for k, s in layer.styles.items() if s.no_data}
    assert missing == {"6402", "6411", "6471", "6472"}
    for code in missing:
        style = layer.styles[code]
        assert style.fill == "#bdbdbd"
        assert style.tooltip() == f"<b>{style.label}</b><br><i>tidak ada data</i>"
    assert layer.table.set_index("kode_bps").loc[sorted(missing), "kelas"].tolist() == [-1] * 4
    # The breaks and the ranks are of the six regencies with a value.
    assert layer.classification.upper_bounds == (3.21, 4.44, 5.58, 6.8, 8.13)
    assert layer.styles[KUKAR].fill == "#f03b20"
    assert "Peringkat 3 dari 6" in layer.styles[KUKAR].tooltip()
    assert layer.legend.rows[-1] == ("#bd0026", "6,80 – 8,13")


def test_regions_missing_from_the_table_are_no_data(regencies, seeded_engine):
    # Population density of the three cities only (BPS 2023 population / area in km2).
    population = read_models.rate_table(seeded_engine, "penduduk_jiwa", 2023).data
    areas = regencies.set_index("kode_bps")["luas_km2"]
    table = population[population["kode_bps"].isin(CITIES)][["kode_bps", "value"]].copy()
    table["rate"] = table["value"] / table["kode_bps"].map(areas)
    layer = build_layer(
        regencies,
        table,
        title="Kepadatan penduduk",
        mapped_unit="jiwa/km²",
        higher_is_worse=True,
        words=WORDS,
        fmt_mapped=fmt(1),
        fmt_raw=fmt(0),
        raw_unit="jiwa",
        legend_notes=["Tahun: 2023"],
    )
    assert {k for k, s in layer.styles.items() if s.no_data} == set(layer.styles) - set(CITIES)
    assert len(layer.styles) == 10
    # Three values, three classes; 1.449,7 is the Indonesian 1,449.7.
    assert list(layer.legend.rows) == [
        ("#ffeda0", "1.185,8"),
        ("#feb24c", "1.185,8 – 1.202,4"),
        ("#f03b20", "1.202,4 – 1.449,7"),
    ]
    assert layer.styles["6471"].tooltip() == (
        "<b>Balikpapan</b><br><b>1.449,7</b> jiwa/km²<br>Jumlah: 738.532 jiwa<br>Peringkat 1 dari 3"
    )
    assert all(layer.styles[c].is_city for c in CITIES)
    assert not any(s.is_city for k, s in layer.styles.items() if k not in CITIES)


def test_a_single_region_with_data(regencies, poverty_2024):
    table = poverty_2024[poverty_2024["kode_bps"] == KUKAR].drop(columns=["rank"])
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    assert layer.classification.k == 1
    assert layer.styles[KUKAR].fill == "#fd8d3c"
    assert list(layer.legend.rows) == [("#fd8d3c", "7,28")]
    assert "Peringkat 1 dari 1<br>" in layer.styles[KUKAR].tooltip()
    assert {k for k, s in layer.styles.items() if s.no_data} == set(layer.styles) - {KUKAR}


def test_all_equal_values_are_one_class(regencies, poverty_2024):
    table = poverty_2024.assign(rate=7.28, value=7.28).drop(columns=["rank"])
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    assert {s.fill for s in layer.styles.values()} == {"#fd8d3c"}
    assert list(layer.legend.rows) == [("#fd8d3c", "7,28")]
    assert "Peringkat 1 dari 10" in layer.styles["6474"].tooltip()  # ties share the best rank


def test_nothing_mapped(regencies, poverty_2024):
    table = poverty_2024.assign(rate=float("nan"), value=float("nan"))
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    assert all(s.no_data and s.fill == "#bdbdbd" for s in layer.styles.values())
    assert list(layer.legend.rows) == []
    assert layer.legend.no_data_label == "tidak ada data"


# --------------------------------------------------------------------------------------------
# tooltip details


def test_denominator_without_a_year_and_a_long_source(regencies, pmks_2024):
    table = pmks_2024.copy()
    long_source = "Rekap PMKS Dinas Sosial Kabupaten Kutai Kartanegara " * 3
    at = table["kode_bps"] == KUKAR
    table.loc[at, "denominator_year"] = pd.NA
    table.loc[at, "source"] = long_source
    tip = layer_for(regencies, table, "pmks_total", decimals=1, raw_decimals=0).styles[KUKAR]
    assert "Penyebut: 793.131<br>" in tip.tooltip()
    shortened = tip.tooltip_args[-1]
    assert len(shortened) == 90 and shortened == long_source[:89] + "…"


def test_values_from_files_are_escaped_and_cannot_form_placeholders(regencies, poverty_2024):
    table = poverty_2024.copy()
    table.loc[table["kode_bps"] == KUKAR, "source"] = '<img src=x onerror="alert(1)">'
    layer = layer_for(
        regencies,
        table,
        "penduduk_miskin_persen",
        decimals=2,
        raw_decimals=2,
        mapped_unit="{0} <u>%</u>",
    )
    tip = layer.styles[KUKAR].tooltip()
    assert "<img" not in tip and "<u>" not in tip
    assert "Sumber: &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span>" in tip
    assert "<b>7,28</b> &#123;0&#125; &lt;u&gt;%&lt;/u&gt;<br>" in tip


def test_one_template_per_combination_of_lines(regencies, seeded_engine):
    table = read_models.rate_table(seeded_engine, "penduduk_miskin_persen", 2025).data
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    assert len({s.tooltip_template for s in layer.styles.values()}) == 2  # with / without data
    assert layer.styles[KUKAR].tooltip_args[:3] == ("Kutai Kartanegara", "6,80", "3")


def test_selected_regions_are_flagged(regencies, poverty_2024):
    layer = layer_for(
        regencies,
        poverty_2024,
        "penduduk_miskin_persen",
        decimals=2,
        raw_decimals=2,
        selected=(KUKAR, "6472"),
    )
    assert {k for k, s in layer.styles.items() if s.selected} == {KUKAR, "6472"}


def test_english_words_and_numbers(regencies, poverty_2024):
    words = MapWords("Rank {rank} of {n}", "Count", "Denominator", "Source", "no data", "EX", "EX")
    layer = layer_for(
        regencies,
        poverty_2024,
        "penduduk_miskin_persen",
        decimals=2,
        raw_decimals=2,
        words=words,
        fmt_mapped=fmt(2, "en"),
        fmt_raw=fmt(2, "en"),
        mapped_unit="%",
    )
    assert (
        layer.styles[KUKAR]
        .tooltip()
        .startswith("<b>Kutai Kartanegara</b><br><b>7.28</b> %<br>Rank 5 of 10<br>")
    )
    assert layer.legend.rows[2] == ("#fd8d3c", "5.08 – 7.28")


# --------------------------------------------------------------------------------------------
# ranking beside the map, layer key


def test_ranking_bars_highest_first_in_the_maps_colours(regencies, seeded_engine):
    table = read_models.rate_table(seeded_engine, "penduduk_miskin_persen", 2025).data
    layer = layer_for(regencies, table, "penduduk_miskin_persen", decimals=2, raw_decimals=2)
    out = ranking_html(
        layer.table,
        title="Persentase penduduk miskin",
        unit="% · 2025",
        fmt=fmt(2),
        highlight=(KUKAR,),
        font_px=16,
    )
    order = [out.index(f'data-kode="{k}"') for k in ("6401", "6404", KUKAR, "6409", "6405")]
    assert order == sorted(order)
    assert out.index('data-kode="6405"') < out.index('data-kode="6474"')
    assert 'data-kode="6402"' not in out  # no data: not ranked
    assert (
        '<div class="r sel" data-kode="6403"><span class="n" title="Kutai Kartanegara">'
        "<b>Kutai Kartanegara</b></span>"
        '<span class="b"><span style="width:83.6%;background:#f03b20"></span></span>'
        '<span class="v">6,80</span></div>'
    ) in out
    assert (
        '<div class="r" data-kode="6401"><span class="n" title="Paser">Paser</span>'
        '<span class="b"><span style="width:100.0%;background:#bd0026"></span></span>'
        '<span class="v">8,13</span></div>'
    ) in out
    assert 'style="font-size:16px"><div><b>Persentase penduduk miskin</b></div>' in out
    assert '<div class="u">% · 2025</div>' in out
    assert 'class="x"' not in out.split("</style>")[1]


def test_ranking_marks_example_data_and_escapes(regencies, poverty_2024):
    table = pd.DataFrame(
        {
            "kode_bps": [KUKAR, "6401"],
            "nama": ["<b>Kukar</b>", "Paser"],
            "rate": [7.28, -1.0],
            "warna": ["#fd8d3c", "#ffffb2"],
        }
    )
    out = ranking_html(table, title="T&T", unit="%", fmt=fmt(2), example_label="DATA CONTOH")
    assert '<span class="n" title="&lt;b&gt;Kukar&lt;/b&gt;">&lt;b&gt;Kukar&lt;/b&gt;</span>' in out
    assert "<b>T&amp;T</b>" in out
    assert '<div class="u">% · <b class="x">DATA CONTOH</b></div>' in out
    assert 'style="width:0.0%;background:#ffffb2"' in out  # a negative rate has no bar


def test_layer_key_is_stable_and_sorted():
    assert layer_key({"y": 2024, "i": "pmks_total", "l": "id"}) == "i=pmks_total|l=id|y=2024"
    assert layer_key({"l": "id", "i": "pmks_total", "y": 2024}) == "i=pmks_total|l=id|y=2024"
