"""The Leaflet map in Streamlit, built so that a change of indicator or year is cheap.

The base map (Leaflet from local files, IKN overlays, rings) is identical on every rerun, so
streamlit-folium keeps the same iframe; only the data layer (colours, tooltips, legend: a few
KB) is sent through ``feature_group_to_add``. Only clicks come back to Python
(``returned_objects=["last_active_drawing"]``): panning and zooming never rerun the script.
"""

from __future__ import annotations

from typing import Any

import folium
import streamlit as st
from streamlit_folium import st_folium

from components.data_access import GeoBundle
from components.i18n import t
from geo import ikn
from geo.layers import VIEW_PRESETS, StaticOverlays, base_map, choropleth_group
from geo.thematic import ThematicLayer

MAP_KEY = "serambi_map"


def overlay_labels(lang: str) -> dict[str, str]:
    return {
        "ikn": t("map.layer.ikn", lang),
        "kipp": t("map.layer.kipp", lang),
        "rings": t("map.layer.rings", lang),
        "titik_nol": t("map.layer.titik_nol", lang),
    }


def static_overlays(bundle: GeoBundle, lang: str, *, inline: bool = False) -> StaticOverlays:
    return StaticOverlays(
        ikn_src=bundle.ikn_geojson if inline else bundle.ikn_url,
        kipp_src=bundle.kipp_geojson if inline else bundle.kipp_url,
        rings_src=bundle.rings_geojson if inline else bundle.rings_url,
        context_src=bundle.context_geojson if inline else bundle.context_url,
        titik_nol=ikn.TITIK_NOL,
        labels=overlay_labels(lang),
    )


def _base(bundle: GeoBundle, lang: str, online_tiles: bool) -> folium.Map:
    return base_map(
        assets=bundle.leaflet,
        overlays=static_overlays(bundle, lang),
        online_tiles=online_tiles,
    )


def render(
    bundle: GeoBundle,
    layer: ThematicLayer,
    *,
    lang: str,
    layer_key: str,
    view: str = "kaltim",
    online_tiles: bool = False,
    height: int = 640,
    label_px: int = 13,
) -> str | None:
    """Draw the map; return the BPS code of a regency the user clicked, if any."""
    m = _base(bundle, lang, online_tiles)
    group = choropleth_group(
        m,
        geometry_src=bundle.regencies_url,
        styles=layer.styles,
        legend=layer.legend,
        layer_key=layer_key,
        label_px=label_px,
    )
    preset = VIEW_PRESETS.get(view, VIEW_PRESETS["kaltim"])
    result: dict[str, Any] = st_folium(
        m,
        key=MAP_KEY,
        height=height,
        use_container_width=True,
        feature_group_to_add=group,
        returned_objects=["last_active_drawing"],
        center=preset["center"],
        zoom=preset["zoom"],
    ) or {}
    drawing = result.get("last_active_drawing") or {}
    props = drawing.get("properties") or {}
    kode = props.get("kode_bps")
    return str(kode) if kode else None
