"""The naive map page Serambi is measured against: "the obvious way".

``gdf.explore(...)`` handed to ``st_folium`` and rebuilt on every widget change, as the
geopandas and streamlit-folium documentation show it. It is kept fair: the same data (the
welfare store and the cleaned regencies), the same indicators, the same sidebar widget labels
("Indikator", "Tahun"), data loading cached with ``st.cache_data``/``st.cache_resource`` as any
Streamlit tutorial does. The only changes from the obvious code are those needed to work
offline like Serambi: no tile layer, and Leaflet served from Streamlit's static folder
(``bench/static``, a copy of the ``xstatic-leaflet`` files) instead of folium's CDNs.

Run it alone with ``streamlit run bench/baseline_app.py`` from the repository root.
``BENCH_SCALE=kecamatan|grid5000`` switches to the scaled variants (see
:mod:`bench.scaled_apps.scale_data`).
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from bench.scaled_apps import scale_data
from geo import web_assets

SCALE = os.environ.get("BENCH_SCALE", "regencies")
STATIC_DIR = Path(__file__).resolve().parent / "static"

st.set_page_config(page_title="Baseline peta", layout="wide")


@st.cache_resource
def leaflet() -> web_assets.LeafletAssets:
    return web_assets.ensure_leaflet(STATIC_DIR)


@st.cache_data
def polygons():
    return scale_data.polygons(SCALE)


@st.cache_data
def indicator_options() -> dict[str, str]:
    return scale_data.indicator_options(SCALE)


@st.cache_data
def years(indicator_id: str) -> list[int]:
    return scale_data.years(SCALE, indicator_id)


@st.cache_data
def values(indicator_id: str, year: int):
    return scale_data.values(SCALE, indicator_id, year)


options = indicator_options()
indicator = st.sidebar.selectbox("Indikator", list(options), format_func=options.get)
year = st.sidebar.selectbox("Tahun", years(indicator)[::-1])

info = scale_data.indicator_info(SCALE, indicator)
st.markdown(f"## {info.label} · {year}")

gdf = polygons().merge(values(indicator, year), on="kode", how="left")
n_distinct = int(gdf["rate"].nunique())
classes = {"scheme": scale_data.SCHEME[SCALE], "k": min(5, n_distinct)} if n_distinct > 1 else {}
m = gdf.explore(
    column="rate",
    **classes,
    cmap="YlOrRd" if info.higher_is_worse else "YlGnBu",
    tooltip=["nama", "rate", "value"],
    tooltip_kwds={"aliases": ["Wilayah", info.unit, "Jumlah"]},
    legend=True,
    legend_kwds={"colorbar": False, "caption": f"{info.label} ({info.unit})"},
    missing_kwds={"color": "#bdbdbd", "label": "tidak ada data"},
    style_kwds={"color": "#555555", "weight": 1},
    tiles=None,  # offline: no tile server
)
# Offline: Leaflet from Streamlit's static folder instead of the CDNs folium uses.
m.default_js = [("leaflet", leaflet().js)]
m.default_css = [("leaflet_css", leaflet().css)]

st_folium(m, height=640, use_container_width=True)
