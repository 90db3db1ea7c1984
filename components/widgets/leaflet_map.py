"""The Leaflet map in Streamlit, built so that a change of indicator or year is cheap.

The base map (Leaflet and ``serambi_map.js`` from local files, IKN overlays, rings) is
identical on every rerun, so streamlit-folium keeps the same iframe; only the data layer
(compact colours, tooltip values, labels, legend: a few KB) is sent through
``feature_group_to_add``, and the browser restyles the regions it already drew. All geometry
the map needs comes in one content-addressed JSON file (``geo.map_geometry``), loaded once per
browser tab. Only
clicks come back to Python (``returned_objects=["last_active_drawing"]``): panning and
zooming never rerun the script.

Keep the page's element tree stable above the map (put optional notices in containers that
are always drawn): Streamlit remounts an element whose position changes, and a remounted map
is a new iframe.
"""

from __future__ import annotations

from typing import Any

import folium
from streamlit_folium import st_folium

from geo import ikn
from geo.layers import VIEW_PRESETS, StaticOverlays, base_map, choropleth_group
from geo.map_geometry import GeoBundle
from geo.thematic import ThematicLayer
from views.i18n import t

MAP_KEY = "serambi_map"


def overlay_labels(lang: str) -> dict[str, str]:
    return {
        "ikn": t("map.layer.ikn", lang),
        "kipp": t("map.layer.kipp", lang),
        "rings": t("map.layer.rings", lang),
        "titik_nol": t("map.layer.titik_nol", lang),
    }


def static_overlays(
    bundle: GeoBundle, lang: str, *, inline: bool = False, compact: bool = False
) -> StaticOverlays:
    if inline:
        srcs: dict[str, Any] = {
            "ikn": bundle.ikn_geojson,
            "kipp": bundle.kipp_geojson,
            "rings": bundle.rings_geojson,
            "context": bundle.context_geojson,
        }
    else:
        srcs = {name: bundle.member(name) for name in ("ikn", "kipp", "rings", "context")}
    return StaticOverlays(
        ikn_src=srcs["ikn"],
        kipp_src=srcs["kipp"],
        rings_src=srcs["rings"],
        context_src=srcs["context"],
        titik_nol=ikn.TITIK_NOL,
        labels=overlay_labels(lang),
        collapse_layers=compact,
    )


def _base(bundle: GeoBundle, lang: str, online_tiles: bool, compact: bool = False) -> folium.Map:
    return base_map(
        assets=bundle.leaflet,
        overlays=static_overlays(bundle, lang, compact=compact),
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
    geometry_src: str | None = None,
    show_labels: bool = True,
    show_legend: bool = True,
    focus: tuple[tuple[float, float], int] | None = None,
) -> str | None:
    """Draw the map; return the code of a region the user clicked, if any.

    ``geometry_src`` (default: the regencies) is the GeoJSON URL of the regions ``layer``
    colours; its features carry the region code in ``kode_bps``. ``show_legend=False`` (presenter
    mode) leaves the legend to the page (beside the map, covering no region) and folds the
    layer switch into its icon. ``focus`` ((lat, lng), zoom) overrides the ``view`` preset,
    e.g. to show one regency's kecamatan; like a preset it moves the map without a new iframe.
    """
    m = _base(bundle, lang, online_tiles, compact=not show_legend)
    group = choropleth_group(
        m,
        geometry_src=geometry_src or bundle.member("regencies"),
        styles=layer.styles,
        legend=layer.legend,
        layer_key=layer_key,
        label_px=label_px,
        show_labels=show_labels,
        show_legend=show_legend,
    )
    preset = VIEW_PRESETS.get(view, VIEW_PRESETS["kaltim"])
    if focus is not None:
        preset = {"center": focus[0], "zoom": focus[1]}
    result: dict[str, Any] = (
        st_folium(
            m,
            key=MAP_KEY,
            height=height,
            use_container_width=True,
            feature_group_to_add=group,
            returned_objects=["last_active_drawing"],
            center=preset["center"],
            zoom=preset["zoom"],
        )
        or {}
    )
    drawing = result.get("last_active_drawing") or {}
    props = drawing.get("properties") or {}
    kode = props.get("kode_bps")
    return str(kode) if kode else None


def focus_on(bounds: tuple[float, float, float, float]) -> tuple[tuple[float, float], int]:
    """Centre and zoom that show ``bounds`` (minx, miny, maxx, maxy in degrees) on the map.

    Web Mercator halves the visible degrees per zoom level; a 640 px high, ~900 px wide map
    shows about 3.3 degrees of latitude at zoom 8 near the equator.
    """
    import math

    minx, miny, maxx, maxy = bounds
    span = max((maxy - miny) / 3.3, (maxx - minx) / 4.6, 1e-3)
    zoom = int(max(6, min(11, math.floor(8 - math.log2(span)))))
    return ((round((miny + maxy) / 2, 4), round((minx + maxx) / 2, 4)), zoom)
