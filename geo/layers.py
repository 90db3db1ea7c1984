"""Folium builders for Serambi's map. Pure Python: no streamlit.

The map is split so that streamlit-folium can keep one Leaflet map alive across reruns:

* :func:`base_map` is *identical on every rerun*: Leaflet from local files, map panes, the
  grey context outline, the IKN area, the KIPP concept, the distance rings, Titik Nol and a
  layer switch for them. Heavy geometry is not inlined: it is loaded once per browser tab from
  content-addressed JSON files under ``/app/static/geo`` (see :mod:`geo.web_assets`).
* :func:`choropleth_group` is the part that changes with the indicator or year. It carries only
  colours, tooltips, labels and the legend (a few KB); the regency geometry it colours is the
  cached JSON file. streamlit-folium swaps it in through ``feature_group_to_add`` without
  remounting the map.

For a standalone HTML export the same elements are rendered with the geometry and Leaflet
inlined (:func:`standalone_map`), so the file works offline.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from geo.web_assets import LeafletAssets

# Kalimantan Timur, roughly; the view is fitted to these bounds.
KALTIM_BOUNDS = ((-2.45, 113.8), (2.6, 119.1))
KALTIM_CENTER = (0.25, 116.45)

# Named views that make the three small cities findable.
VIEW_PRESETS: dict[str, dict[str, Any]] = {
    "kaltim": {"center": KALTIM_CENTER, "zoom": 7},
    "ikn": {"center": (-0.85, 116.9), "zoom": 9},
    "kota": {"center": (-0.62, 117.15), "zoom": 9},
}

IKN_STYLE = {"color": "#5b2c83", "weight": 3, "dashArray": "8 5", "fillColor": "#5b2c83",
             "fillOpacity": 0.12}
KIPP_STYLE = {"color": "#5b2c83", "weight": 2, "fillColor": "#5b2c83", "fillOpacity": 0.35}
RING_STYLE = {"color": "#222222", "weight": 1.5, "dashArray": "2 6", "fill": False}
CONTEXT_STYLE = {"color": "#9e9e9e", "weight": 1, "fillColor": "#eeeeee", "fillOpacity": 1}


def _esc(value: object) -> str:
    """HTML-escape a value that came from a file, the database or a user."""
    return html.escape("" if value is None else str(value), quote=True)


def _js(value: Any) -> str:
    """JSON for embedding inside a <script>: '</' cannot close the script element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


_LOADER_JS = """
window.serambi = window.serambi || {cache: {}};
window.serambi.load = window.serambi.load || function (src) {
  if (typeof src !== 'string') { return src; }
  if (!window.serambi.cache[src]) {
    // Synchronous on purpose: streamlit-folium evaluates layer code synchronously. The file is
    // local, content-addressed and fetched once per tab.
    var xhr = new XMLHttpRequest();
    xhr.open('GET', src, false);
    xhr.send(null);
    if (xhr.status !== 200) { throw new Error('Serambi: cannot load ' + src); }
    window.serambi.cache[src] = JSON.parse(xhr.responseText);
  }
  return window.serambi.cache[src];
};
"""


class StaticOverlays(MacroElement):
    """Panes, context outline, IKN, KIPP, rings and Titik Nol, with a layer switch."""

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.leaflet-container { background: #dbe7f0; font-family: system-ui, sans-serif; }
.serambi-label { background: transparent; border: none; box-shadow: none;
  font-weight: 600; color: #1f1f1f; white-space: nowrap; text-align: center;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff; pointer-events: none; }
.serambi-label.kota { font-weight: 800; color: #000; }
.serambi-ring-label { font-size: 11px; font-weight: 600; color: #333; }
.serambi-tn-label span { position: absolute; right: 10px; top: -9px; font-size: 12px;
  color: #3d1a5c; }
.serambi-source { word-break: break-word; }
.serambi-legend { background: rgba(255,255,255,0.95); padding: 8px 10px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.35); line-height: 1.35; max-width: 22em; color: #111; }
.serambi-legend .sw { display: inline-block; width: 1.4em; height: 0.95em; margin-right: 6px;
  vertical-align: -2px; border: 1px solid #777; }
.serambi-legend .sw.nodata { background: repeating-linear-gradient(45deg, #bdbdbd 0 3px,
  #f5f5f5 3px 6px); }
.serambi-legend .meta { color: #333; margin-top: 4px; }
.serambi-badge { background: #b71c1c; color: #fff; font-weight: 800; letter-spacing: .04em;
  padding: 4px 10px; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.4); }
.serambi-tip { font-size: 14px; line-height: 1.35; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  {{ this.loader }}
  var map = {{ this._parent.get_name() }};
  var panes = [['serambi-context', 300], ['serambi-data', 410], ['serambi-ikn', 450],
               ['serambi-labels', 620]];
  panes.forEach(function (p) {
    if (!map.getPane(p[0])) { map.createPane(p[0]).style.zIndex = p[1]; }
  });
  map.getPane('serambi-ikn').style.pointerEvents = 'none';
  map.getPane('serambi-labels').style.pointerEvents = 'none';
  var overlays = {};
  {% if this.context_src %}
  L.geoJSON(window.serambi.load({{ this.context_src }}), {
    pane: 'serambi-context', interactive: false, style: {{ this.context_style }}
  }).addTo(map);
  {% endif %}
  var ikn = L.layerGroup();
  L.geoJSON(window.serambi.load({{ this.ikn_src }}), {
    pane: 'serambi-ikn', interactive: false, style: {{ this.ikn_style }}
  }).addTo(ikn);
  ikn.addTo(map);
  overlays[{{ this.labels.ikn }}] = ikn;
  var kipp = L.layerGroup();
  L.geoJSON(window.serambi.load({{ this.kipp_src }}), {
    pane: 'serambi-ikn', interactive: false, style: {{ this.kipp_style }}
  }).addTo(kipp);
  kipp.addTo(map);
  overlays[{{ this.labels.kipp }}] = kipp;
  var rings = L.layerGroup();
  var ringData = window.serambi.load({{ this.rings_src }});
  L.geoJSON(ringData, {pane: 'serambi-ikn', interactive: false, style: {{ this.ring_style }}})
    .addTo(rings);
  ringData.features.forEach(function (f) {
    L.marker([f.properties.label_lat, f.properties.label_lng], {
      pane: 'serambi-labels', interactive: false,
      icon: L.divIcon({className: 'serambi-label serambi-ring-label',
                       html: f.properties.label, iconSize: null, iconAnchor: [12, 0]})
    }).addTo(rings);
  });
  rings.addTo(map);
  overlays[{{ this.labels.rings }}] = rings;
  var titik = L.layerGroup();
  L.circleMarker({{ this.titik_nol }}, {pane: 'serambi-labels', radius: 7, color: '#fff',
    weight: 2, fillColor: '#5b2c83', fillOpacity: 1, interactive: false}).addTo(titik);
  L.marker({{ this.titik_nol }}, {pane: 'serambi-labels', interactive: false,
    icon: L.divIcon({className: 'serambi-label serambi-tn-label', iconSize: [0, 0],
      html: '<span>' + {{ this.labels.titik_nol_html }} + '</span>'})}).addTo(titik);
  titik.addTo(map);
  overlays[{{ this.labels.titik_nol }}] = titik;
  L.control.layers(null, overlays, {collapsed: false, position: 'topright'}).addTo(map);
  L.control.scale({imperial: false, position: 'bottomright'}).addTo(map);
  map.getContainer().setAttribute('data-serambi-base', 'ready');
})();
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
    ) -> None:
        super().__init__()
        self._name = "SerambiStaticOverlays"
        self.loader = _LOADER_JS
        self.ikn_src = _js(ikn_src)
        self.kipp_src = _js(kipp_src)
        self.rings_src = _js(rings_src)
        self.context_src = _js(context_src) if context_src is not None else None
        self.titik_nol = _js(list(titik_nol))
        self.ikn_style = _js(IKN_STYLE)
        self.kipp_style = _js(KIPP_STYLE)
        self.ring_style = _js(RING_STYLE)
        self.context_style = _js(CONTEXT_STYLE)
        self.labels = {
            "ikn": _js(labels["ikn"]),
            "kipp": _js(labels["kipp"]),
            "rings": _js(labels["rings"]),
            "titik_nol": _js(labels["titik_nol"]),
            "titik_nol_html": _js(_esc(labels["titik_nol"])),
        }


def _use_local_leaflet(m: folium.Map, assets: LeafletAssets) -> None:
    """Replace every CDN asset folium would load with the local Leaflet copy."""
    m.default_js = [("leaflet", assets.js)]
    m.default_css = [("leaflet_css", assets.css)]


def base_map(
    *,
    assets: LeafletAssets | None,
    overlays: StaticOverlays,
    online_tiles: bool = False,
    height: str = "100%",
) -> folium.Map:
    """The map that stays identical across reruns (see module docstring).

    ``assets=None`` leaves Leaflet to the caller (the standalone export inlines it).
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
    """What the data layer shows for one regency."""

    fill: str
    tooltip_html: str
    label: str
    label_lat: float
    label_lng: float
    is_city: bool = False
    no_data: bool = False
    selected: bool = False


@dataclass(frozen=True)
class LegendSpec:
    title: str
    unit: str
    rows: Sequence[tuple[str, str]]  # (colour, range text)
    no_data_label: str
    notes: Sequence[str] = field(default_factory=tuple)  # denominator, source, year
    example_badge: str | None = None  # e.g. "DATA CONTOH": shown when example data is mapped
    font_px: int = 13


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
    return (
        f'<div class="serambi-legend" data-serambi-legend="1" style="font-size:{spec.font_px}px">'
        f"{badge}<div style=\"font-weight:700\">{_esc(spec.title)}</div>"
        f'<div class="meta" style="margin-bottom:4px">{_esc(spec.unit)}</div>{rows}{notes}</div>'
    )


class ChoroplethLayer(MacroElement):
    """Colours, tooltips and labels for the regencies, plus legend and example badge."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function () {
  {{ this.loader }}
  var group = {{ this._parent.get_name() }};
  var styles = {{ this.styles }};
  var geo = window.serambi.load({{ this.geometry_src }});
  L.geoJSON(geo, {
    pane: 'serambi-data',
    style: function (f) {
      var s = styles[f.properties.kode_bps] || {f: '{{ this.no_data_color }}', n: 1};
      return {fillColor: s.f, fillOpacity: s.n ? 0.55 : 0.88, color: s.s ? '#000' : '#555',
              weight: s.s ? 4 : 1.2, dashArray: s.n ? '4 4' : null};
    },
    onEachFeature: function (f, layer) {
      var s = styles[f.properties.kode_bps];
      if (s) { layer.bindTooltip(s.t, {sticky: true, className: 'serambi-tip'}); }
    }
  }).addTo(group);
  Object.keys(styles).forEach(function (k) {
    var s = styles[k];
    L.marker([s.y, s.x], {pane: 'serambi-labels', interactive: false, keyboard: false,
      icon: L.divIcon({className: 'serambi-label' + (s.c ? ' kota' : ''),
        html: '<span style="font-size:{{ this.label_px }}px">' + s.l + '</span>',
        iconSize: null, iconAnchor: [0, 0]})
    }).addTo(group);
  });
  var map = {{ this._parent._parent.get_name() }};
  window.serambi.controls = window.serambi.controls || [];
  window.serambi.controls.forEach(function (c) { c.remove(); });
  window.serambi.controls = [];
  var legend = L.control({position: 'bottomleft'});
  legend.onAdd = function () {
    var d = L.DomUtil.create('div'); d.innerHTML = {{ this.legend }};
    L.DomEvent.disableClickPropagation(d); return d;
  };
  legend.addTo(map); window.serambi.controls.push(legend);
  {% if this.badge %}
  var badge = L.control({position: 'topleft'});
  badge.onAdd = function () {
    var d = L.DomUtil.create('div'); d.innerHTML = {{ this.badge }}; return d;
  };
  badge.addTo(map); window.serambi.controls.push(badge);
  {% endif %}
  map.getContainer().setAttribute('data-serambi-layer', {{ this.layer_key }});
})();
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
    ) -> None:
        super().__init__()
        self._name = "SerambiChoropleth"
        self.loader = _LOADER_JS
        self.geometry_src = _js(geometry_src)
        compact = {}
        for kode, s in styles.items():
            entry: dict[str, Any] = {
                "f": s.fill, "t": s.tooltip_html, "l": _esc(s.label),
                "y": round(s.label_lat, 4), "x": round(s.label_lng, 4),
            }
            if s.is_city:
                entry["c"] = 1
            if s.no_data:
                entry["n"] = 1
            if s.selected:
                entry["s"] = 1
            compact[str(kode)] = entry
        self.styles = _js(compact)
        self.legend = _js(legend_html(legend))
        self.badge = (
            _js(
                f'<div class="serambi-badge" data-serambi-badge="map" '
                f'style="font-size:{legend.font_px + 3}px">{_esc(legend.example_badge)}</div>'
            )
            if legend.example_badge
            else None
        )
        self.no_data_color = "#bdbdbd"
        self.layer_key = _js(layer_key)
        self.label_px = int(label_px)


def choropleth_group(
    m: folium.Map,
    *,
    geometry_src: str | dict,
    styles: Mapping[str, RegionStyle],
    legend: LegendSpec,
    layer_key: str,
    label_px: int = 13,
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
    """A complete offline HTML page of the current map (Leaflet and geometry inlined)."""
    m = base_map(assets=None, overlays=overlays, online_tiles=False)
    m.default_js = []
    m.default_css = []
    root = m.get_root()
    root.header.add_child(Element(f"<style>{leaflet_css}</style>"), name="leaflet_css_inline")
    safe_js = leaflet_js.replace("</script", "<\\/script")
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
