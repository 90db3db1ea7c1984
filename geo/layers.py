"""Folium builders for Serambi's map. Pure Python: no streamlit.

The map is split so that streamlit-folium can keep one Leaflet map alive across reruns:

* :func:`base_map` is *identical on every rerun*: Leaflet and Serambi's map code
  (``geo/serambi_map.js``, ``.css``) from local files, map panes, the grey context outline,
  the IKN area, the KIPP concept, the distance rings, Titik Nol and a layer switch for them.
  Heavy geometry is not inlined: it is loaded once per browser tab from content-addressed JSON
  under ``/app/static/geo`` (see :mod:`geo.web_assets`).
* :func:`choropleth_group` is the part that changes with the indicator or year. It carries only
  compact values (palette, tooltip templates, per region ``[colour, flags, template,
  values]``), labels and the legend; the browser restyles the regions it drew the first time
  (no geometry re-sent or re-parsed, no SVG path re-created). streamlit-folium swaps it in
  through ``feature_group_to_add`` without remounting the map.

Every value that came from a file, the database or a user is escaped: in Python for the legend
and badges, in the browser (``serambi.fill``) for tooltip values.

For a standalone HTML export the same elements are rendered with the geometry, Leaflet and the
map code inlined (:func:`standalone_map`), so the file works offline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from geo.choropleth import NO_DATA_COLOR
from geo.web_assets import LeafletAssets
from ground.markup import escape_html as _esc

# Kalimantan Timur, roughly; the view is fitted to these bounds.
KALTIM_BOUNDS = ((-2.45, 113.8), (2.6, 119.1))
KALTIM_CENTER = (0.25, 116.45)

# Named views that make the three small cities findable.
VIEW_PRESETS: dict[str, dict[str, Any]] = {
    "kaltim": {"center": KALTIM_CENTER, "zoom": 7},
    "ikn": {"center": (-0.85, 116.9), "zoom": 9},
    "kota": {"center": (-0.62, 117.15), "zoom": 9},
}

# The three cities are small and close to Titik Nol: their labels sit on leader lines (offset
# in screen pixels, so they stay clear at every zoom) towards the sea in the east, away from
# Penajam Paser Utara's label, Titik Nol's label and the ring labels.
CITY_LEADERS: dict[str, tuple[int, int]] = {
    "6471": (44, 40),  # Balikpapan: south-east, over Balikpapan Bay
    "6472": (58, -8),  # Samarinda: east, over the Mahakam delta
    "6474": (46, -24),  # Bontang: north-east, over the sea
}

IKN_STYLE = {
    "color": "#5b2c83",
    "weight": 3,
    "dashArray": "8 5",
    "fillColor": "#5b2c83",
    "fillOpacity": 0.12,
}
KIPP_STYLE = {"color": "#5b2c83", "weight": 2, "fillColor": "#5b2c83", "fillOpacity": 0.35}
RING_STYLE = {"color": "#222222", "weight": 1.5, "dashArray": "2 6", "fill": False}
CONTEXT_STYLE = {"color": "#9e9e9e", "weight": 1, "fillColor": "#eeeeee", "fillOpacity": 1}


def _js(value: Any) -> str:
    """JSON for embedding inside a <script>: '</' cannot close the script element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _no_placeholders(markup: str) -> str:
    """Markup safe to use as a tooltip template: '{' and '}' cannot form a placeholder."""
    return markup.replace("{", "&#123;").replace("}", "&#125;")


class TooltipTemplate:
    """A tooltip as an escaped HTML template plus the values that fill it.

    Static words are escaped here, values are escaped where they are inserted (by
    ``serambi.fill`` in the browser, or :meth:`RegionStyle.tooltip`), so a change of indicator
    ships the few distinct templates once and per region only its values.

    >>> TooltipTemplate().html("<b>").value("A&B").html("</b> ").text("per 1.000").build()
    ('<b>{0}</b> per 1.000', ('A&B',))
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._args: list[str] = []

    def html(self, markup: str) -> TooltipTemplate:
        """Trusted markup written in code (tags, attributes)."""
        self._parts.append(_no_placeholders(markup))
        return self

    def text(self, words: object) -> TooltipTemplate:
        """Static words, e.g. a unit or a label in the user's language."""
        self._parts.append(_no_placeholders(_esc(words)))
        return self

    def value(self, value: object) -> TooltipTemplate:
        """A value from a file, the database or a user."""
        self._parts.append("{" + str(len(self._args)) + "}")
        self._args.append("" if value is None else str(value))
        return self

    def br(self) -> TooltipTemplate:
        self._parts.append("<br>")
        return self

    def build(self) -> tuple[str, tuple[str, ...]]:
        return "".join(self._parts), tuple(self._args)


def fill_template(template: str, args: Sequence[str]) -> str:
    """The tooltip HTML: ``template`` with its placeholders replaced by escaped ``args``."""
    return re.sub(r"\{(\d+)\}", lambda m: _esc(args[int(m.group(1))]), template)


class StaticOverlays(MacroElement):
    """Panes, context outline, IKN, KIPP, rings and Titik Nol, with a layer switch.

    The drawing code is ``serambi.base`` in ``geo/serambi_map.js`` (loaded once per iframe);
    this element only passes the sources and the words. A source is a URL (``file.json`` or
    ``file.json#member`` of a bundled file) or the GeoJSON itself.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
serambi.base({{ this._parent.get_name() }}, {{ this.config }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        *,
        ikn_src: str | dict,
        kipp_src: str | dict,
        rings_src: str | dict,
        context_src: str | dict | None,
        titik_nol: tuple[float, float],
        labels: Mapping[str, str],
        collapse_layers: bool = False,
    ) -> None:
        super().__init__()
        self._name = "SerambiStaticOverlays"
        self.config = _js(
            {
                "ikn": ikn_src,
                "kipp": kipp_src,
                "rings": rings_src,
                "context": context_src,
                "titikNol": list(titik_nol),
                "styles": {
                    "ikn": IKN_STYLE,
                    "kipp": KIPP_STYLE,
                    "rings": RING_STYLE,
                    "context": CONTEXT_STYLE,
                },
                "labels": {k: str(labels[k]) for k in ("ikn", "kipp", "rings", "titik_nol")},
                # Presenter mode folds the layer switch into its icon (it would cover Berau).
                "collapseLayers": bool(collapse_layers),
                # The Kaltim preset fits the province to the map's size (projector or laptop).
                "fit": {
                    "center": list(KALTIM_CENTER),
                    "zoom": VIEW_PRESETS["kaltim"]["zoom"],
                    "bounds": [list(KALTIM_BOUNDS[0]), list(KALTIM_BOUNDS[1])],
                },
            }
        )


def _use_local_leaflet(m: folium.Map, assets: LeafletAssets) -> None:
    """Replace every CDN asset folium would load with the local Leaflet and Serambi files."""
    m.default_js = [("leaflet", assets.js)]
    m.default_css = [("leaflet_css", assets.css)]
    if assets.map_js:
        m.default_js.append(("serambi_map", assets.map_js))
    if assets.map_css:
        m.default_css.append(("serambi_map_css", assets.map_css))


def base_map(
    *,
    assets: LeafletAssets | None,
    overlays: StaticOverlays,
    online_tiles: bool = False,
    height: str = "100%",
) -> folium.Map:
    """The map that stays identical across reruns (see module docstring).

    ``assets=None`` leaves Leaflet and ``serambi_map.js`` to the caller (the standalone export
    inlines them).
    """
    m = folium.Map(
        location=KALTIM_CENTER,
        zoom_start=7,
        tiles=None,
        control_scale=False,
        min_zoom=5,
        max_zoom=13,
        zoom_snap=0.25,
        height=height,
    )
    if assets is not None:
        _use_local_leaflet(m, assets)
    if online_tiles:
        folium.TileLayer(
            tiles="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            attr="&copy; OpenStreetMap contributors",
            name="OpenStreetMap",
            opacity=0.55,
        ).add_to(m)
    m.add_child(overlays)
    m.fit_bounds([list(KALTIM_BOUNDS[0]), list(KALTIM_BOUNDS[1])])
    return m


@dataclass(frozen=True)
class RegionStyle:
    """What the data layer shows for one region.

    The tooltip is either ``tooltip_template`` (escaped HTML with ``{0}``, ``{1}``...
    placeholders, see :class:`TooltipTemplate`) filled with ``tooltip_args`` (plain values,
    escaped where they are inserted), or, for callers that build HTML themselves,
    ``tooltip_html`` (already escaped).
    """

    fill: str
    tooltip_html: str = ""
    label: str = ""
    label_lat: float = 0.0
    label_lng: float = 0.0
    is_city: bool = False
    no_data: bool = False
    selected: bool = False
    tooltip_template: str = ""
    tooltip_args: tuple[str, ...] = ()

    def template(self) -> tuple[str, tuple[str, ...]]:
        if self.tooltip_template:
            return self.tooltip_template, tuple(self.tooltip_args)
        return _no_placeholders(self.tooltip_html), ()

    def tooltip(self) -> str:
        """The tooltip as HTML (values escaped)."""
        return fill_template(*self.template())


@dataclass(frozen=True)
class LegendSpec:
    title: str
    unit: str
    rows: Sequence[tuple[str, str]]  # (colour, range text)
    no_data_label: str
    notes: Sequence[str] = field(default_factory=tuple)  # denominator, source, year
    example_badge: str | None = None  # e.g. "DATA CONTOH": shown when example data is mapped
    font_px: int = 13
    notice: str | None = None  # e.g. "tidak ada data 2017": over the map and in the legend


def legend_html(spec: LegendSpec) -> str:
    rows = "".join(
        f'<div><span class="sw" style="background:{_esc(colour)}"></span>{_esc(text)}</div>'
        for colour, text in spec.rows
    )
    rows += f'<div><span class="sw nodata"></span>{_esc(spec.no_data_label)}</div>'
    badge = (
        f'<div style="margin-bottom:6px"><span class="serambi-badge" data-serambi-badge="legend">'
        f"{_esc(spec.example_badge)}</span></div>"
        if spec.example_badge
        else ""
    )
    notes = "".join(f'<div class="meta">{_esc(n)}</div>' for n in spec.notes)
    if spec.notice:
        badge += (
            f'<div class="serambi-notice-line" data-serambi-notice="legend">'
            f"{_esc(spec.notice)}</div>"
        )
    # Collapsible, so it never has to hide a region: serambi_map.js (fitLegend) folds it into its
    # title where, open, it would cover a region or a label; a click on the title opens it.
    return (
        f'<details open class="serambi-legend" data-serambi-legend="1" '
        f'style="font-size:{spec.font_px}px">'
        f"<summary>{_esc(spec.title)}</summary>{badge}"
        f'<div class="meta" style="margin-bottom:4px">{_esc(spec.unit)}</div>{rows}{notes}'
        f"</details>"
    )


class ChoroplethLayer(MacroElement):
    """Colours, tooltips and labels of the regions, plus legend and example badge.

    Only compact values are shipped: a palette, the distinct tooltip templates, and per region
    ``[palette index, flags, template index, *values]``. ``serambi.choropleth`` (in
    ``geo/serambi_map.js``) keeps one Leaflet layer per geometry source for the life of the
    iframe and restyles it, so a change of indicator or year neither re-sends nor re-parses
    geometry, and no SVG path is re-created.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
serambi.choropleth({{ this._parent._parent.get_name() }}, {{ this._parent.get_name() }},
  {{ this.spec }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        *,
        geometry_src: str | dict,
        styles: Mapping[str, RegionStyle],
        legend: LegendSpec,
        layer_key: str,
        label_px: int = 13,
        show_labels: bool = True,
        id_property: str = "kode_bps",
        show_legend: bool = True,
    ) -> None:
        super().__init__()
        self._name = "SerambiChoropleth"
        palette: dict[str, int] = {}
        templates: dict[str, int] = {}
        rows: dict[str, list[Any]] = {}
        labels: list[list[Any]] = []
        for kode, s in styles.items():
            template, args = s.template()
            flags = (1 if s.is_city else 0) | (2 if s.no_data else 0) | (4 if s.selected else 0)
            rows[str(kode)] = [
                palette.setdefault(s.fill, len(palette)),
                flags,
                templates.setdefault(template, len(templates)),
                *args,
            ]
            if show_labels and s.label:
                dx, dy = CITY_LEADERS.get(str(kode), (0, 0)) if s.is_city else (0, 0)
                labels.append(
                    [
                        round(s.label_lat, 4),
                        round(s.label_lng, 4),
                        s.label,
                        1 if s.is_city else 0,
                        dx,
                        dy,
                    ]
                )
        self.spec = _js(
            {
                "src": geometry_src,
                "key": layer_key,
                "idKey": id_property,
                "pal": list(palette),
                "noData": NO_DATA_COLOR,
                "weight": 1.2,
                "tpl": list(templates),
                "rows": rows,
                "labels": labels,
                "labelPx": int(label_px),
                # None: the page draws the legend beside the map (presenter mode).
                "legend": legend_html(legend) if show_legend else None,
                "badge": (
                    f'<div class="serambi-badge" data-serambi-badge="map" '
                    f'style="font-size:{legend.font_px + 3}px">{_esc(legend.example_badge)}</div>'
                    if legend.example_badge
                    else None
                ),
                # A year without data in a playback: said over the map, not only in the legend.
                "notice": (
                    f'<div class="serambi-notice" data-serambi-notice="map" '
                    f'style="font-size:{legend.font_px + 9}px">{_esc(legend.notice)}</div>'
                    if legend.notice
                    else None
                ),
            }
        )


def choropleth_group(
    m: folium.Map,
    *,
    geometry_src: str | dict,
    styles: Mapping[str, RegionStyle],
    legend: LegendSpec,
    layer_key: str,
    label_px: int = 13,
    show_labels: bool = True,
    show_legend: bool = True,
) -> folium.FeatureGroup:
    """The per-indicator data layer as a FeatureGroup (for ``feature_group_to_add``)."""
    group = folium.FeatureGroup(name="data", control=False)
    group.add_child(
        ChoroplethLayer(
            geometry_src=geometry_src,
            styles=styles,
            legend=legend,
            layer_key=layer_key,
            label_px=label_px,
            show_labels=show_labels,
            show_legend=show_legend,
        )
    )
    return group


def standalone_map(
    *,
    leaflet_js: str,
    leaflet_css: str,
    overlays: StaticOverlays,
    geometry: dict,
    styles: Mapping[str, RegionStyle],
    legend: LegendSpec,
    title: str,
    footer: str,
) -> str:
    """A complete offline HTML page of the current map (Leaflet, Serambi's map code and the
    geometry inlined)."""
    from geo.web_assets import map_assets_inline

    map_js, map_css = map_assets_inline()
    m = base_map(assets=None, overlays=overlays, online_tiles=False)
    m.default_js = []
    m.default_css = []
    root = m.get_root()
    root.header.add_child(
        Element(f"<style>{leaflet_css}\n{map_css}</style>"), name="leaflet_css_inline"
    )
    safe_js = (leaflet_js + "\n" + map_js).replace("</script", "<\\/script")
    root.header.add_child(Element(f"<script>{safe_js}</script>"), name="leaflet_js_inline")
    root.header.add_child(Element(f"<title>{_esc(title)}</title>"), name="title")
    group = choropleth_group(
        m, geometry_src=geometry, styles=styles, legend=legend, layer_key="export"
    )
    group.add_to(m)
    root.html.add_child(
        Element(
            f'<div style="position:fixed;bottom:0;left:0;right:0;z-index:1000;'
            f'background:#fff;padding:4px 8px;font:12px system-ui">{_esc(footer)}</div>'
        )
    )
    return root.render()
