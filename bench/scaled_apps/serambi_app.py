"""Serambi's map at scale: the same building blocks as the map page, on 105 or 5,000 polygons.

``BENCH_SCALE=kecamatan`` (the 105 kecamatan) or ``grid5000`` (a synthetic grid), data from
:mod:`bench.scaled_apps.scale_data`. Built like ``pages/peta.py``: the same sidebar labels,
``geo.thematic.build_layer`` for classes, colours and tooltips,
``components.widgets.leaflet_map.render``
(base map identical across reruns, data layer through ``feature_group_to_add``, restyled in
the browser). Geometry is published once as content-addressed JSON under this folder's
``static/`` (gitignored), like the regencies under ``/static``.

Run: ``BENCH_SCALE=kecamatan streamlit run bench/scaled_apps/serambi_app.py``
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import streamlit as st

from bench.scaled_apps import scale_data
from components.state import current_map, data_access
from components.widgets import leaflet_map
from geo import map_geometry, web_assets
from geo.thematic import build_layer, layer_key
from welfare import formatting

SCALE = os.environ.get("BENCH_SCALE", "kecamatan")
STATIC_DIR = Path(__file__).resolve().parent / "static"

st.set_page_config(page_title=f"Serambi peta ({SCALE})", layout="wide")


@st.cache_resource(show_spinner=False)
def bundle() -> map_geometry.GeoBundle:
    """The regular geometry bundle, its files published into this app's static folder."""
    b = data_access.geo_bundle()
    return dataclasses.replace(
        b,
        leaflet=web_assets.ensure_leaflet(STATIC_DIR),
        url=map_geometry.publish_bundle(b.members(), STATIC_DIR),
    )


@st.cache_resource(show_spinner=False)
def geometry_url() -> str:
    gdf = scale_data.polygons(SCALE).rename(columns={"kode": "kode_bps"})
    payload = json.loads(gdf[["kode_bps", "nama", "geometry"]].to_json(drop_id=True))
    return web_assets.publish_json(f"bench-{SCALE}", payload, STATIC_DIR)


@st.cache_resource(show_spinner=False)
def regions():
    return scale_data.polygons(SCALE).rename(columns={"kode": "kode_bps"})


@st.cache_data(show_spinner=False)
def indicator_options() -> dict[str, str]:
    return scale_data.indicator_options(SCALE)


@st.cache_resource(show_spinner=False, max_entries=64)
def layer(indicator_id: str, year: int, lang: str):  # noqa: ANN201 - ThematicLayer
    info = scale_data.indicator_info(SCALE, indicator_id)
    table = scale_data.values(SCALE, indicator_id, year).rename(columns={"kode": "kode_bps"})
    thresholds = (
        scale_data.quantile_breaks(table["rate"])
        if scale_data.SCHEME[SCALE] == "Quantiles"
        else None
    )
    return build_layer(
        regions(),
        table,
        title=info.label,
        mapped_unit=info.unit,
        higher_is_worse=info.higher_is_worse,
        words=current_map.map_words(lang),
        fmt_mapped=lambda v: formatting.format_number(v, decimals=2, lang=lang),
        fmt_raw=lambda v: formatting.format_number(v, decimals=0, lang=lang),
        raw_unit=info.raw_unit,
        legend_notes=[f"Tahun: {year}", "Data sintetis (benchmark)"],
        thresholds=thresholds,
    )


options = indicator_options()
indicator = st.sidebar.selectbox(
    "Indikator", list(options), format_func=options.get, key="w_indicator"
)
year = st.sidebar.selectbox("Tahun", scale_data.years(SCALE, indicator)[::-1], key="w_year")

st.markdown(f"## {options[indicator]} · {year}")
leaflet_map.render(
    bundle(),
    layer(indicator, int(year), "id"),
    lang="id",
    layer_key=layer_key({"i": indicator, "y": year, "l": "id", "s": SCALE}),
    geometry_src=geometry_url(),
    show_labels=False,
)
