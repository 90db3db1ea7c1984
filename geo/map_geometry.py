"""The geometry the live map draws, prepared once and published for the browser.

The map page needs the regencies (with their IKN zone and distance to Titik Nol), the IKN and
KIPP areas, the distance rings with their label positions and the grey province context. All
of it is written as ONE content-addressed JSON file under ``static/geo/`` (members addressed
as ``<url>#<name>``), so a browser tab opening the map makes one request and caches it; the
kecamatan of a view are published the same way. Pure: no streamlit. Callers cache the result
(``components.state.data_access`` keeps one per process).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo import ikn, regions, web_assets

# Members of the map's geometry file, in the order the browser draws them.
MEMBERS = ("context", "ikn", "kipp", "rings", "regencies")
BUNDLE_NAME = "peta"
KECAMATAN_NAME = "kecamatan"
# Zones of the IKN area itself and of its buffer (geo.ikn.zone_class).
BUFFER_ZONES = ("wilayah_ikn", "penyangga")


def to_geojson(gdf: gpd.GeoDataFrame, columns: list[str]) -> dict:
    """GeoJSON of ``gdf`` with only ``columns`` as properties (no feature ids)."""
    return json.loads(gdf[[*columns, "geometry"]].to_json(drop_id=True))


def labelled_rings(radii_km: tuple[float, ...] = (25, 50, 100)) -> gpd.GeoDataFrame:
    """The distance rings with a label ("25 km") and the point where it sits.

    Labels sit east of Titik Nol over the bay and the strait, away from the city labels and
    Titik Nol's own label (:data:`geo.ikn.RING_LABEL_AZIMUTHS`); 4 decimals (~10 m) suffice.
    """
    rings = ikn.distance_rings(radii_km)
    points = [ikn.ring_label_point(r) for r in rings["radius_km"]]
    return rings.assign(
        label=[f"{int(r)} km" for r in rings["radius_km"]],
        label_lat=[round(lat, 4) for lat, _ in points],
        label_lng=[round(lng, 4) for _, lng in points],
    )


@dataclass(frozen=True)
class GeoBundle:
    """Cleaned regency geometry, its zones and distances, and the map's published file.

    ``url`` is the geometry file (relative to the map iframe, see :mod:`geo.web_assets`);
    :meth:`member` names one of its parts for the browser. The ``*_geojson`` members are the
    same data for exports that inline the geometry.
    """

    regencies: gpd.GeoDataFrame
    zones: pd.Series  # kode_bps -> wilayah_ikn | penyangga | luar
    distance_km: pd.Series  # kode_bps -> km from Titik Nol to the regency's nearest edge
    leaflet: web_assets.LeafletAssets
    url: str
    regencies_geojson: dict
    ikn_geojson: dict
    kipp_geojson: dict
    rings_geojson: dict
    context_geojson: dict

    def member(self, name: str) -> str:
        """URL of one member of the geometry file (``MEMBERS``)."""
        if name not in MEMBERS:
            raise KeyError(name)
        return f"{self.url}#{name}"

    def members(self) -> dict[str, dict]:
        """Member name -> GeoJSON, as published in the geometry file."""
        return {
            "context": self.context_geojson,
            "ikn": self.ikn_geojson,
            "kipp": self.kipp_geojson,
            "rings": self.rings_geojson,
            "regencies": self.regencies_geojson,
        }

    def buffer_zone_codes(self) -> list[str]:
        """BPS codes of the IKN regencies and the buffer zone, from geometry."""
        return sorted(self.zones[self.zones.isin(BUFFER_ZONES)].index)


def publish_bundle(members: dict[str, dict], static_dir: Path = web_assets.STATIC_DIR) -> str:
    """Write the map's geometry file once (content-addressed); return its iframe URL."""
    return web_assets.publish_json(BUNDLE_NAME, {m: members[m] for m in MEMBERS}, static_dir)


def build_geo_bundle(static_dir: Path = web_assets.STATIC_DIR) -> GeoBundle:
    """Load and clean every geometry the map shows, compute zones and distances, publish."""
    reg = regions.load_regencies()
    thresholds = ikn.load_zone_thresholds()
    codes = reg["kode_bps"]
    zones = pd.Series(ikn.zone_class(reg, thresholds).to_numpy(), index=codes)
    distance = pd.Series(ikn.distance_to_titik_nol(reg).to_numpy(), index=codes)
    members = {
        "context": to_geojson(regions.load_province_context(), []),
        "ikn": to_geojson(ikn.ikn_area(tolerance_m=50), ["label"]),
        "kipp": to_geojson(ikn.kipp_area(tolerance_m=20), ["label"]),
        "rings": to_geojson(labelled_rings(), ["radius_km", "label", "label_lat", "label_lng"]),
        "regencies": to_geojson(reg, ["kode_bps", "kode_kemendagri", "nama"]),
    }
    return GeoBundle(
        regencies=reg,
        zones=zones,
        distance_km=distance,
        leaflet=web_assets.ensure_leaflet(static_dir),
        url=publish_bundle(members, static_dir),
        regencies_geojson=members["regencies"],
        ikn_geojson=members["ikn"],
        kipp_geojson=members["kipp"],
        rings_geojson=members["rings"],
        context_geojson=members["context"],
    )


@dataclass(frozen=True)
class KecamatanGeo:
    """Cleaned kecamatan geometry with zones and distances.

    ``kecamatan`` has ``kode_bps`` = the Kemendagri code (the store's key of a kecamatan and
    the id the map's features carry), nama, jenis ('kecamatan'), kode_bps_kab, nama_kab,
    label_lat, label_lng and geometry.
    """

    kecamatan: gpd.GeoDataFrame
    zones: pd.Series  # kode -> wilayah_ikn | penyangga | luar (same thresholds as regencies)
    distance_km: pd.Series  # kode -> km from Titik Nol to the kecamatan's nearest edge
    bounds: pd.DataFrame  # kode -> minx, miny, maxx, maxy (degrees)

    def in_view(self, regions_mode: str, regencies: tuple[str, ...]) -> list[str]:
        """Kecamatan codes of a view: around IKN (buffer mode), of the chosen regencies, or all."""
        kec = self.kecamatan
        if regions_mode == "penyangga":
            return sorted(self.zones[self.zones.isin(BUFFER_ZONES)].index)
        if regions_mode == "pilih" and regencies:
            return sorted(kec.loc[kec["kode_bps_kab"].isin(regencies), "kode_bps"])
        return sorted(kec["kode_bps"])


def build_kecamatan_geo() -> KecamatanGeo:
    """The 105 kecamatan keyed by their Kemendagri code, zoned like the regencies."""
    kec = regions.load_kecamatan()
    kec = kec.assign(kode_bps=kec["kode_kemendagri"], jenis="kecamatan")
    thresholds = ikn.load_zone_thresholds()
    zones = pd.Series(ikn.zone_class(kec, thresholds).to_numpy(), index=kec["kode_bps"])
    distance = pd.Series(ikn.distance_to_titik_nol(kec).to_numpy(), index=kec["kode_bps"])
    bounds = kec.geometry.bounds.set_index(kec["kode_bps"])
    return KecamatanGeo(kec, zones, distance, bounds)


def publish_kecamatan(
    kecamatan: gpd.GeoDataFrame,
    codes: tuple[str, ...],
    static_dir: Path = web_assets.STATIC_DIR,
) -> tuple[str, dict]:
    """(URL, GeoJSON) of the kecamatan ``codes``, published like the map's geometry file;
    features carry ``kode_bps`` = the Kemendagri code."""
    subset = kecamatan[kecamatan["kode_bps"].isin(codes)]
    payload = to_geojson(subset, ["kode_bps", "kode_kemendagri", "nama"])
    return web_assets.publish_json(KECAMATAN_NAME, payload, static_dir), payload


def outlines_xy(regencies: gpd.GeoDataFrame) -> dict[str, tuple[list, list]]:
    """Each region's outline as x/y lists for a plain Plotly chart (lon/lat, simplified to
    ~1 km, rounded to 3 decimals; ``None`` between rings), keyed by ``kode_bps``."""
    out: dict[str, tuple[list, list]] = {}
    for kode, geom in zip(regencies["kode_bps"], regencies.geometry, strict=True):
        xs: list = []
        ys: list = []
        simple = geom.simplify(0.01, preserve_topology=True)
        for poly in getattr(simple, "geoms", [simple]):
            x, y = poly.exterior.coords.xy
            xs += [round(v, 3) for v in x] + [None]
            ys += [round(v, 3) for v in y] + [None]
        out[str(kode)] = (xs, ys)
    return out
