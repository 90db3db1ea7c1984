"""Cached access to the store and the geodata for the pages.

Pages never run SQL or parse files: they call these functions. Query results are cached per
*data version* (a cheap fingerprint of the dataset table), so an import or rollback — from the
page or from the command line in another process — is visible on the next rerun.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
import streamlit as st
from sqlalchemy import Engine, func, select

from geo import ikn, regions, web_assets
from welfare import availability, catalogue, queries, store
from welfare.db import database_url, make_engine
from welfare.models import Dataset


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    eng = make_engine(url)
    store.ensure_ready(eng)
    return eng


def engine() -> Engine:
    """The store named by ``DATABASE_URL``, created and seeded on first use."""
    return _engine(database_url())


@st.cache_data(show_spinner=False, ttl=1.0)
def _data_version(url: str) -> str:
    return _read_data_version()


def data_version() -> str:
    """Fingerprint of the stored datasets, re-read at most once a second (see invalidate)."""
    return _data_version(database_url())


def invalidate() -> None:
    """Forget the fingerprint now (after an import or rollback in this process)."""
    _data_version.clear()


def _read_data_version() -> str:
    """Changes whenever a dataset is added, rolled back or restored (also by another process).

    Includes the database URL so cached query results never leak from one store to another.
    """
    with engine().connect() as conn:
        row = conn.execute(
            select(func.count(Dataset.id), func.max(Dataset.id), func.max(Dataset.status))
        ).one()
        rolled = conn.execute(
            select(func.count(Dataset.id)).where(Dataset.status != "active")
        ).scalar_one()
    return f"{database_url()}|{row[0]}-{row[1]}-{rolled}"


@st.cache_data(show_spinner=False, max_entries=8)
def _years_by_indicator(version: str) -> dict[str, list[int]]:
    return queries.years_by_indicator(engine())


def years_by_indicator() -> dict[str, list[int]]:
    """Indicator id -> years with kabupaten/kota data (current datasets only)."""
    return _years_by_indicator(data_version())


def years(indicator_id: str) -> list[int]:
    return list(years_by_indicator().get(indicator_id, []))


@st.cache_data(show_spinner=False, max_entries=8)
def _regions_per_year(version: str) -> dict[str, dict[int, int]]:
    return availability.regions_per_year(engine())


def year_counts(indicator_id: str) -> dict[int, int]:
    """Year -> number of kabupaten/kota with a value of the indicator."""
    return dict(_regions_per_year(data_version()).get(indicator_id, {}))


def default_year(indicator_id: str) -> availability.YearChoice:
    """The year the indicator opens on (latest with data for at least 8 of 10 regencies)."""
    return availability.default_year(year_counts(indicator_id))


@st.cache_data(show_spinner=False, max_entries=8)
def _availability(version: str) -> pd.DataFrame:
    return availability.availability(engine())


def data_availability() -> pd.DataFrame:
    """Indicator x year: regencies with data, data kinds, province row (see welfare)."""
    return _availability(data_version())


@st.cache_data(show_spinner=False, max_entries=256)
def _rate_table(indicator_id: str, year: int, version: str) -> tuple[pd.DataFrame, dict]:
    result = queries.rate_table(engine(), indicator_id, year)
    meta = {
        "denominator_label": result.denominator_label,
        "denominator_years": result.denominator_years,
        "sources": result.sources,
        "has_example": result.has_example,
        "rate_kind": result.rate_kind,
        "n_with_data": result.n_with_data,
    }
    return result.data, meta


def rate_table(indicator_id: str, year: int) -> tuple[pd.DataFrame, dict]:
    return _rate_table(indicator_id, year, data_version())


@st.cache_data(show_spinner=False, max_entries=64)
def _series(indicator_id: str, version: str) -> pd.DataFrame:
    return queries.series(engine(), indicator_id)


def series(indicator_id: str) -> pd.DataFrame:
    return _series(indicator_id, data_version())


@dataclass(frozen=True)
class CatalogueView:
    """The indicator catalogue, as the pages use it."""

    indicators: tuple[catalogue.IndicatorDef, ...]

    def ordered(self) -> tuple[catalogue.IndicatorDef, ...]:
        return self.indicators

    def get(self, indicator_id: str) -> catalogue.IndicatorDef:
        return catalogue.get_indicator(indicator_id)

    def label(self, indicator_id: str, lang: str) -> str:
        return self.get(indicator_id).label(lang)

    def option_label(self, indicator_id: str, lang: str) -> str:
        # The label first: the sidebar is narrow and the group is the less important part.
        ind = self.get(indicator_id)
        return f"{ind.label(lang)} ({catalogue.group_label(ind.group, lang)})"


@st.cache_resource(show_spinner=False)
def indicator_catalogue() -> CatalogueView:
    return CatalogueView(catalogue.load_catalogue())


@dataclass(frozen=True)
class GeoBundle:
    """Cleaned geometry plus the files the browser loads (see geo.web_assets)."""

    regencies: gpd.GeoDataFrame
    zones: pd.Series  # kode_bps -> wilayah_ikn | penyangga | luar
    distance_km: pd.Series  # kode_bps -> km from Titik Nol to the regency's nearest edge
    leaflet: web_assets.LeafletAssets
    regencies_url: str
    context_url: str
    ikn_url: str
    kipp_url: str
    rings_url: str
    regencies_geojson: dict
    ikn_geojson: dict
    kipp_geojson: dict
    rings_geojson: dict
    context_geojson: dict


def _geojson(gdf: gpd.GeoDataFrame, columns: list[str]) -> dict:
    import json

    return json.loads(gdf[[*columns, "geometry"]].to_json(drop_id=True))


@st.cache_resource(show_spinner=False)
def geo_bundle() -> GeoBundle:
    regencies = regions.load_regencies()
    thresholds = ikn.load_zone_thresholds()
    zones = pd.Series(ikn.zone_class(regencies, thresholds).to_numpy(), index=regencies["kode_bps"])
    distance = pd.Series(
        ikn.distance_to_titik_nol(regencies).to_numpy(), index=regencies["kode_bps"]
    )
    reg_json = _geojson(regencies, ["kode_bps", "kode_kemendagri", "nama"])
    ikn_json = _geojson(ikn.ikn_area(tolerance_m=50), ["label"])
    kipp_json = _geojson(ikn.kipp_area(tolerance_m=20), ["label"])
    rings = ikn.distance_rings()
    # Ring labels sit east of Titik Nol over the bay and the strait, away from the city labels
    # and Titik Nol's own label (geo.ikn.RING_LABEL_AZIMUTHS).
    points = [ikn.ring_label_point(r) for r in rings["radius_km"]]
    rings = rings.assign(
        label=[f"{int(r)} km" for r in rings["radius_km"]],
        label_lat=[round(lat, 4) for lat, _ in points],
        label_lng=[round(lng, 4) for _, lng in points],
    )
    rings_json = _geojson(rings, ["radius_km", "label", "label_lat", "label_lng"])
    context = regions.load_province_context()
    context_json = _geojson(context, [])
    return GeoBundle(
        regencies=regencies,
        zones=zones,
        distance_km=distance,
        leaflet=web_assets.ensure_leaflet(),
        regencies_url=web_assets.publish_json("kabupaten_kota", reg_json),
        context_url=web_assets.publish_json("konteks", context_json),
        ikn_url=web_assets.publish_json("ikn", ikn_json),
        kipp_url=web_assets.publish_json("kipp", kipp_json),
        rings_url=web_assets.publish_json("cincin", rings_json),
        regencies_geojson=reg_json,
        ikn_geojson=ikn_json,
        kipp_geojson=kipp_json,
        rings_geojson=rings_json,
        context_geojson=context_json,
    )


def buffer_zone_codes() -> list[str]:
    """BPS codes of the IKN regencies and the buffer zone, from geometry."""
    zones = geo_bundle().zones
    return sorted(zones[zones.isin(["wilayah_ikn", "penyangga"])].index)


@st.cache_data(show_spinner=False, max_entries=16)
def _headline(zone: tuple[str, ...], lang: str, version: str, same_year: bool) -> pd.DataFrame:
    return queries.headline(engine(), zone, lang=lang, same_year=same_year)


def headline(zone: list[str], lang: str, *, same_year: bool = False) -> pd.DataFrame:
    """Latest key figures for the province and for ``zone`` (see welfare.queries.headline).

    ``same_year=True``: both in the latest year they share (the home page's comparison).
    """
    return _headline(tuple(zone), lang, data_version(), same_year)


@st.cache_resource(show_spinner=False)
def _admin_engine(url: str) -> Engine:
    from welfare import auth

    eng = _engine(url)
    auth.ensure_auth_schema(eng)  # the login-attempt table (lockout) lives in the store
    return eng


def admin_engine() -> Engine:
    """The store, plus the tables the staff login needs."""
    return _admin_engine(database_url())


# --------------------------------------------------------------------------------------------
# kecamatan (the map's drill-down and the kecamatan profile)


@st.cache_resource(show_spinner=False)
def _kecamatan_codes() -> tuple[str, ...]:
    return tuple(regions.kecamatan_table()["kode_kemendagri"])


def kecamatan_codes() -> tuple[str, ...]:
    """Kemendagri codes of the 105 kecamatan (``data/kecamatan.csv``; no geometry needed)."""
    return _kecamatan_codes()


@dataclass(frozen=True)
class KecamatanGeo:
    """Cleaned kecamatan geometry with zones and distances (computed once per process).

    ``kecamatan`` has ``kode_bps`` = the Kemendagri code (the store's key of a kecamatan and
    the id the map's features carry), nama, jenis ('kecamatan'), kode_bps_kab, nama_kab,
    label_lat, label_lng and geometry.
    """

    kecamatan: gpd.GeoDataFrame
    zones: pd.Series  # kode -> wilayah_ikn | penyangga | luar (same thresholds as regencies)
    distance_km: pd.Series  # kode -> km from Titik Nol to the kecamatan's nearest edge
    bounds: pd.DataFrame  # kode -> minx, miny, maxx, maxy (degrees)


@st.cache_resource(show_spinner=False)
def kecamatan_geo() -> KecamatanGeo:
    kec = regions.load_kecamatan()
    kec = kec.assign(kode_bps=kec["kode_kemendagri"], jenis="kecamatan")
    thresholds = ikn.load_zone_thresholds()
    zones = pd.Series(ikn.zone_class(kec, thresholds).to_numpy(), index=kec["kode_bps"])
    distance = pd.Series(ikn.distance_to_titik_nol(kec).to_numpy(), index=kec["kode_bps"])
    bounds = kec.geometry.bounds.set_index(kec["kode_bps"])
    return KecamatanGeo(kec, zones, distance, bounds)


def kecamatan_in_view(regions_mode: str, regencies: tuple[str, ...]) -> list[str]:
    """Kecamatan codes of a view: around IKN (buffer mode), of the chosen regencies, or all."""
    geo = kecamatan_geo()
    kec = geo.kecamatan
    if regions_mode == "penyangga":
        zones = geo.zones
        return sorted(zones[zones.isin(["wilayah_ikn", "penyangga"])].index)
    if regions_mode == "pilih" and regencies:
        return sorted(kec.loc[kec["kode_bps_kab"].isin(regencies), "kode_bps"])
    return sorted(kec["kode_bps"])


@st.cache_resource(show_spinner=False, max_entries=32)
def kecamatan_geojson(codes: tuple[str, ...]) -> tuple[str, dict]:
    """(URL, GeoJSON) of the kecamatan ``codes``, published like the regencies (static/geo/,
    content-addressed, never committed); features carry ``kode_bps`` = the Kemendagri code."""
    kec = kecamatan_geo().kecamatan
    subset = kec[kec["kode_bps"].isin(codes)]
    payload = _geojson(subset, ["kode_bps", "kode_kemendagri", "nama"])
    return web_assets.publish_json("kecamatan", payload), payload


@st.cache_data(show_spinner=False, max_entries=128)
def _kecamatan_rate_table(
    indicator_id: str, year: int, codes: tuple[str, ...], version: str
) -> tuple[pd.DataFrame, dict]:
    result = queries.rate_table(engine(), indicator_id, year, kode_bps=list(codes))
    meta = {
        "denominator_label": result.denominator_label,
        "denominator_years": result.denominator_years,
        "sources": result.sources,
        "has_example": result.has_example,
        "rate_kind": result.rate_kind,
        "n_with_data": result.n_with_data,
    }
    return result.data, meta


def kecamatan_rate_table(
    indicator_id: str, year: int, codes: list[str] | tuple[str, ...]
) -> tuple[pd.DataFrame, dict]:
    """The map table of ``codes`` (kecamatan), ranked among themselves."""
    return _kecamatan_rate_table(indicator_id, year, tuple(codes), data_version())


@st.cache_data(show_spinner=False, max_entries=32)
def _observations_of(codes: tuple[str, ...], version: str) -> pd.DataFrame:
    return queries.current_observations(engine(), kode_bps=list(codes))


def observations_of(codes: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """Every current observation of the regions ``codes`` (e.g. a kecamatan and its regency)."""
    return _observations_of(tuple(codes), data_version())
