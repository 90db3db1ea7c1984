"""What geo/layers.py sends to the browser: tooltip templates, legend HTML, the layer's JSON.

``serambi.choropleth`` in ``geo/serambi_map.js`` reads the layer JSON checked here (rows of
``[palette index, flags, template index, *values]``, flags 1 city, 2 no data, 4 selected), so
its shape is part of the contract with the browser.
"""

from __future__ import annotations

import json
import re

import folium
import pytest

from geo import layers
from geo.choropleth import NO_DATA_COLOR
from geo.layers import (
    ChoroplethLayer,
    LegendSpec,
    RegionStyle,
    StaticOverlays,
    TooltipTemplate,
    fill_template,
    legend_html,
)
from geo.web_assets import MAP_CSS, LeafletAssets, leaflet_inline

LEGEND = LegendSpec(
    title="Persentase penduduk miskin",
    unit="%",
    rows=[("#ffffb2", "2,23 – 2,23"), ("#fd8d3c", "5,08 – 7,28")],
    no_data_label="tidak ada data",
    notes=("Tahun: 2024", "Sumber: BPS"),
)


def _tip(*args: str) -> tuple[str, tuple[str, ...]]:
    t = TooltipTemplate().html("<b>").value(args[0]).html("</b>").br()
    return t.value(args[1]).text(" %").build()


def _styles() -> dict[str, RegionStyle]:
    template, _ = _tip("", "")
    return {
        "6403": RegionStyle(
            fill="#fd8d3c",
            label="Kutai Kartanegara",
            label_lat=-0.229874,
            label_lng=116.709256,
            tooltip_template=template,
            tooltip_args=("Kutai Kartanegara", "7,28"),
        ),
        "6472": RegionStyle(
            fill="#fecc5c",
            label="Samarinda",
            label_lat=-0.5012,
            label_lng=117.15907,
            is_city=True,
            selected=True,
            tooltip_template=template,
            tooltip_args=("Samarinda", "4,30"),
        ),
        "6402": RegionStyle(
            fill=NO_DATA_COLOR,
            label="Kutai Barat",
            label_lat=-0.51928,
            label_lng=115.81708,
            no_data=True,
            tooltip_html="<b>Kutai Barat</b><br><i>tidak ada data</i>",
        ),
        "6474": RegionStyle(
            fill="#fecc5c",
            label="Bontang",
            label_lat=0.05938,
            label_lng=117.43045,
            is_city=True,
            no_data=False,
            selected=False,
            tooltip_template=template,
            tooltip_args=("Bontang", "3,74"),
        ),
    }


def _spec(**kwargs) -> dict:
    args = dict(geometry_src="../../app/static/geo/kab-0123.json", styles=_styles())
    args |= dict(legend=LEGEND, layer_key="i=penduduk_miskin_persen|l=id|y=2024")
    args.update(kwargs)
    return json.loads(ChoroplethLayer(**args).spec)


# --------------------------------------------------------------------------------------------
# tooltips


def test_tooltip_template_keeps_values_apart_from_markup():
    assert TooltipTemplate().html("<b>").value("A&B").html("</b> ").text("per 1.000").build() == (
        "<b>{0}</b> per 1.000",
        ("A&B",),
    )


def test_static_words_are_escaped_and_cannot_become_placeholders():
    template, args = TooltipTemplate().text("<i>{0}</i> & {1}").value(None).build()
    assert template == "&lt;i&gt;&#123;0&#125;&lt;/i&gt; &amp; &#123;1&#125;{0}"
    assert args == ("",)
    assert (
        fill_template(template, ("x",)) == "&lt;i&gt;&#123;0&#125;&lt;/i&gt; &amp; &#123;1&#125;x"
    )


def test_fill_template_escapes_every_value():
    assert (
        fill_template("<b>{0}</b> {1} {0}", ("<script>", '"x"'))
        == "<b>&lt;script&gt;</b> &quot;x&quot; &lt;script&gt;"
    )


def test_region_style_tooltip_from_template_or_from_html():
    styles = _styles()
    assert styles["6403"].tooltip() == "<b>Kutai Kartanegara</b><br>7,28 %"
    # Hand-built HTML is used as it is, with braces neutralised so it is a safe template.
    html_style = RegionStyle(fill="#fff", tooltip_html="<b>{0}</b>")
    assert html_style.template() == ("<b>&#123;0&#125;</b>", ())
    assert html_style.tooltip() == "<b>&#123;0&#125;</b>"
    assert styles["6402"].tooltip() == "<b>Kutai Barat</b><br><i>tidak ada data</i>"


# --------------------------------------------------------------------------------------------
# legend


def test_legend_html_rows_no_data_and_notes():
    assert legend_html(LEGEND) == (
        '<details open class="serambi-legend" data-serambi-legend="1" style="font-size:13px">'
        "<summary>Persentase penduduk miskin</summary>"
        '<div class="meta" style="margin-bottom:4px">%</div>'
        '<div><span class="sw" style="background:#ffffb2"></span>2,23 – 2,23</div>'
        '<div><span class="sw" style="background:#fd8d3c"></span>5,08 – 7,28</div>'
        '<div><span class="sw nodata"></span>tidak ada data</div>'
        '<div class="meta">Tahun: 2024</div><div class="meta">Sumber: BPS</div>'
        "</details>"
    )


def test_no_data_swatch_is_hatched():
    css = MAP_CSS.read_text(encoding="utf-8")
    rule = re.search(r"\.serambi-legend \.sw\.nodata \{([^}]*)\}", css)
    assert rule is not None
    assert "repeating-linear-gradient(45deg, #bdbdbd" in rule.group(1)


def test_legend_says_data_contoh_and_escapes():
    spec = LegendSpec(
        title="<b>PMKS</b>",
        unit="per 1.000 penduduk",
        rows=[('#fff" onmouseover="x', "1 – 2")],
        no_data_label="tidak ada data",
        notes=("Sumber: <script>",),
        example_badge="DATA CONTOH",
        font_px=20,
    )
    out = legend_html(spec)
    assert out.startswith(
        '<details open class="serambi-legend" data-serambi-legend="1" style="font-size:20px">'
        "<summary>&lt;b&gt;PMKS&lt;/b&gt;</summary>"
        '<div style="margin-bottom:6px"><span class="serambi-badge" '
        'data-serambi-badge="legend">DATA CONTOH</span></div>'
    )
    assert 'style="background:#fff&quot; onmouseover=&quot;x"' in out
    assert '<div class="meta">Sumber: &lt;script&gt;</div>' in out
    assert "data-serambi-badge" not in legend_html(LEGEND)


# --------------------------------------------------------------------------------------------
# the data layer's JSON


def test_layer_json_shape():
    spec = _spec()
    assert set(spec) == {
        "src",
        "key",
        "idKey",
        "pal",
        "noData",
        "weight",
        "tpl",
        "rows",
        "labels",
        "labelPx",
        "legend",
        "badge",
        "notice",
    }
    assert spec["src"] == "../../app/static/geo/kab-0123.json"
    assert spec["key"] == "i=penduduk_miskin_persen|l=id|y=2024"
    assert spec["idKey"] == "kode_bps"
    assert spec["noData"] == NO_DATA_COLOR == "#bdbdbd"
    assert spec["weight"] == 1.2
    assert spec["labelPx"] == 13
    # Each colour and each template once, in the order first used.
    assert spec["pal"] == ["#fd8d3c", "#fecc5c", "#bdbdbd"]
    assert spec["tpl"] == [
        "<b>{0}</b><br>{1} %",
        "<b>Kutai Barat</b><br><i>tidak ada data</i>",
    ]
    assert spec["rows"] == {
        "6403": [0, 0, 0, "Kutai Kartanegara", "7,28"],
        "6472": [1, 1 | 4, 0, "Samarinda", "4,30"],  # city, selected
        "6402": [2, 2, 1],  # no data
        "6474": [1, 1, 0, "Bontang", "3,74"],  # city
    }
    assert spec["legend"] == legend_html(LEGEND)
    assert spec["badge"] is None
    assert spec["notice"] is None  # only a year without data in a playback says so


def test_labels_are_rounded_and_cities_sit_on_leader_lines():
    assert _spec()["labels"] == [
        [-0.2299, 116.7093, "Kutai Kartanegara", 0, 0, 0],
        [-0.5012, 117.1591, "Samarinda", 1, 58, -8],
        [-0.5193, 115.8171, "Kutai Barat", 0, 0, 0],
        [0.0594, 117.4304, "Bontang", 1, 46, -24],
    ]
    assert _spec(show_labels=False)["labels"] == []
    unlabelled = {"6403": RegionStyle(fill="#fd8d3c", tooltip_html="x")}
    assert _spec(styles=unlabelled)["labels"] == []


def test_every_flag_combination_is_a_bit():
    style = RegionStyle(fill="#fff", is_city=True, no_data=True, selected=True, tooltip_html="x")
    assert _spec(styles={"6471": style})["rows"]["6471"][1] == 7


def test_example_badge_on_the_map_and_a_legend_beside_the_map():
    legend = LegendSpec("PMKS", "per 1.000 penduduk", [], "tidak ada data", (), "DATA CONTOH", 14)
    spec = _spec(legend=legend, show_legend=False, label_px=18, id_property="kode_kemendagri")
    assert spec["badge"] == (
        '<div class="serambi-badge" data-serambi-badge="map" style="font-size:17px">'
        "DATA CONTOH</div>"
    )
    assert spec["legend"] is None
    assert (spec["labelPx"], spec["idKey"]) == (18, "kode_kemendagri")


def test_layer_json_cannot_close_its_script():
    template, _ = _tip("", "")
    style = RegionStyle(fill="#fff", tooltip_template=template, tooltip_args=("</script>", "1"))
    raw = ChoroplethLayer(
        geometry_src={"type": "FeatureCollection", "features": []},
        styles={"6403": style},
        legend=LEGEND,
        layer_key="k",
    ).spec
    assert "</" not in raw
    assert json.loads(raw)["rows"]["6403"][3] == "</script>"
    assert json.loads(raw)["src"] == {"type": "FeatureCollection", "features": []}


def test_choropleth_group_is_one_feature_group_for_feature_group_to_add():
    m = folium.Map(tiles=None)
    group = layers.choropleth_group(
        m,
        geometry_src="g.json",
        styles=_styles(),
        legend=LEGEND,
        layer_key="i=x|y=2024",
        label_px=15,
        show_labels=False,
    )
    assert isinstance(group, folium.FeatureGroup)
    assert (group.layer_name, group.control) == ("data", False)
    (child,) = group._children.values()
    assert isinstance(child, ChoroplethLayer)
    spec = json.loads(child.spec)
    assert (spec["key"], spec["labelPx"], spec["labels"]) == ("i=x|y=2024", 15, [])
    group.add_to(m)
    html = m.get_root().render()
    assert f"serambi.choropleth({m.get_name()}, {group.get_name()},\n  {child.spec});" in html


# --------------------------------------------------------------------------------------------
# base map and export


def _overlays(**kwargs) -> StaticOverlays:
    labels = {
        "ikn": "Wilayah IKN",
        "kipp": "KIPP",
        "rings": "Cincin jarak 25/50/100 km",
        "titik_nol": "Titik Nol Nusantara",
        "other": "not sent",
    }
    args = dict(
        ikn_src="ikn.json",
        kipp_src="kipp.json",
        rings_src={"type": "FeatureCollection", "features": []},
        context_src=None,
        titik_nol=(-0.9786, 116.7067),
        labels=labels,
    )
    args.update(kwargs)
    return StaticOverlays(**args)


def test_static_overlays_config():
    config = json.loads(_overlays(collapse_layers=True).config)
    assert config == {
        "ikn": "ikn.json",
        "kipp": "kipp.json",
        "rings": {"type": "FeatureCollection", "features": []},
        "context": None,
        "titikNol": [-0.9786, 116.7067],
        "styles": {
            "ikn": layers.IKN_STYLE,
            "kipp": layers.KIPP_STYLE,
            "rings": layers.RING_STYLE,
            "context": layers.CONTEXT_STYLE,
        },
        "labels": {
            "ikn": "Wilayah IKN",
            "kipp": "KIPP",
            "rings": "Cincin jarak 25/50/100 km",
            "titik_nol": "Titik Nol Nusantara",
        },
        "collapseLayers": True,
        "fit": {"center": [0.25, 116.45], "zoom": 7, "bounds": [[-2.45, 113.8], [2.6, 119.1]]},
    }


def test_base_map_loads_nothing_from_the_internet():
    assets = LeafletAssets(
        js="../../app/static/vendor/leaflet/leaflet.js",
        css="../../app/static/vendor/leaflet/leaflet.css",
        map_js="../../app/static/vendor/serambi-map-1.js",
        map_css="../../app/static/vendor/serambi-map-1.css",
    )
    html = layers.base_map(assets=assets, overlays=_overlays()).get_root().render()
    assert re.findall(r'<script src="([^"]+)"', html) == [assets.js, assets.map_js]
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) == [
        assets.css,
        assets.map_css,
    ]
    assert "http://" not in html and "https://" not in html
    assert "serambi.base(" in html

    online = layers.base_map(assets=assets, overlays=_overlays(), online_tiles=True)
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in online.get_root().render()


def test_standalone_map_inlines_everything():
    leaflet_js, leaflet_css = leaflet_inline()
    html = layers.standalone_map(
        leaflet_js=leaflet_js,
        leaflet_css=leaflet_css,
        overlays=_overlays(),
        geometry={"type": "FeatureCollection", "features": []},
        styles=_styles(),
        legend=LEGEND,
        title="Peta <Kaltim>",
        footer="Sumber: BPS & Dinsos",
    )
    assert "<script src=" not in html and "<link rel=" not in html
    assert "<title>Peta &lt;Kaltim&gt;</title>" in html
    assert "Sumber: BPS &amp; Dinsos</div>" in html
    assert "serambi.choropleth(" in html and "serambi.base(" in html
    assert leaflet_js[:200] in html
    spec = re.search(r"serambi\.choropleth\([^,]+, [^,]+,\n  (\{.*\})\);", html).group(1)
    assert json.loads(spec)["key"] == "export"
    assert json.loads(spec)["rows"]["6403"] == [0, 0, 0, "Kutai Kartanegara", "7,28"]


@pytest.mark.parametrize("preset", ["kaltim", "ikn", "kota"])
def test_view_presets_lie_in_kalimantan_timur(preset):
    (south, west), (north, east) = layers.KALTIM_BOUNDS
    lat, lng = layers.VIEW_PRESETS[preset]["center"]
    assert south < lat < north and west < lng < east


def test_a_notice_is_said_over_the_map_and_in_the_legend():
    from dataclasses import replace

    legend = replace(LEGEND, notice="tidak ada data <2017>")
    assert '<div class="serambi-notice-line" data-serambi-notice="legend">' in legend_html(legend)
    assert "tidak ada data &lt;2017&gt;" in legend_html(legend)
