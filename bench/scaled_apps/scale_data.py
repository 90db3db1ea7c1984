"""Polygons and indicator values for the benchmark apps, at three scales. Pure Python.

* ``regencies``: the 10 kabupaten/kota (``geo.regions.load_regencies``) with the real values
  from the welfare store (``welfare.read_models.rate_table``), every indicator that has data:
  exactly what Serambi's map page shows.
* ``kecamatan``: the 105 kecamatan (``geo.regions.load_kecamatan``, mirror file
  ``wilayah_boundaries_kec_64.sql``) with synthetic values.
* ``grid5000``: a synthetic 100 x 50 grid of rectangles over Kalimantan Timur (5,000
  polygons) with synthetic values.

Synthetic values are deterministic per (scale, indicator, year), so both apps of a scale show
exactly the same map. Both apps of a scale use the same classification scheme
(:data:`SCHEME`): Fisher-Jenks where it is cheap (10 and 105 units; it is what Serambi uses),
quantiles for 5,000 units (pure-Python Fisher-Jenks is O(k n^2): minutes for 5,000 values).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

SCALES = ("regencies", "kecamatan", "grid5000")
SCHEME = {"regencies": "FisherJenks", "kecamatan": "FisherJenks", "grid5000": "Quantiles"}
EXPECTED_POLYGONS = {"regencies": 10, "kecamatan": 105, "grid5000": 5000}

# Indicators offered by the synthetic scales (a subset of the catalogue, same labels).
SCALED_INDICATORS = (
    "penduduk_miskin_persen",
    "penduduk_miskin_jiwa",
    "garis_kemiskinan",
    "pmks_total",
    "kpm_pkh",
    "pbi_jk_jiwa",
    "pmks_fakir_miskin",
    "pmks_penyandang_disabilitas",
)
SCALED_YEARS = (2019, 2020, 2021, 2022, 2023, 2024)

GRID_COLS, GRID_ROWS = 100, 50
GRID_BOUNDS = (113.85, -2.40, 119.05, 2.55)  # lon/lat, roughly Kalimantan Timur


@dataclass(frozen=True)
class IndicatorInfo:
    id: str
    label: str
    unit: str  # unit of the mapped value
    raw_unit: str
    higher_is_worse: bool


def _check(scale: str) -> str:
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; expected one of {SCALES}")
    return scale


@lru_cache(maxsize=1)
def _engine():  # noqa: ANN202 - SQLAlchemy engine, imported lazily
    from welfare import store
    from welfare.db import make_engine

    eng = make_engine()
    store.ensure_ready(eng)
    return eng


def _grid() -> gpd.GeoDataFrame:
    x0, y0, x1, y1 = GRID_BOUNDS
    xs = np.linspace(x0, x1, GRID_COLS + 1).round(5)
    ys = np.linspace(y0, y1, GRID_ROWS + 1).round(5)
    rows = []
    for r in range(GRID_ROWS):
        for c in range(GRID_COLS):
            rows.append(
                {
                    "kode": f"g{r:02d}{c:03d}",
                    "nama": f"Sel {r + 1}-{c + 1}",
                    "jenis": "sel",
                    "label_lat": round((ys[r] + ys[r + 1]) / 2, 5),
                    "label_lng": round((xs[c] + xs[c + 1]) / 2, 5),
                    "geometry": shapely.box(xs[c], ys[r], xs[c + 1], ys[r + 1]),
                }
            )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


@lru_cache(maxsize=3)
def _polygons(scale: str) -> gpd.GeoDataFrame:
    from geo import regions

    if scale == "regencies":
        gdf = regions.load_regencies().rename(columns={"kode_bps": "kode"})
    elif scale == "kecamatan":
        gdf = regions.load_kecamatan().rename(columns={"kode_kemendagri": "kode"})
        gdf["jenis"] = "kecamatan"
    else:
        gdf = _grid()
    return gdf[["kode", "nama", "jenis", "label_lat", "label_lng", "geometry"]].reset_index(
        drop=True
    )


def polygons(scale: str) -> gpd.GeoDataFrame:
    """Columns kode, nama, jenis, label_lat, label_lng, geometry (EPSG:4326)."""
    return _polygons(_check(scale)).copy()


@lru_cache(maxsize=3)
def _options(scale: str) -> tuple[tuple[str, str], ...]:
    from welfare import catalogue, observations

    cat = catalogue.load_catalogue()
    if scale == "regencies":
        ids = [i.id for i in cat if observations.available_years(_engine(), i.id)]
    else:
        ids = list(SCALED_INDICATORS)
    by_id = {i.id: i for i in cat}
    return tuple(
        (i, f"{by_id[i].label('id')} ({catalogue.group_label(by_id[i].group)})") for i in ids
    )


def indicator_options(scale: str) -> dict[str, str]:
    """Indicator id -> an option label like Serambi's sidebar ("Garis kemiskinan (Kemiskinan)")."""
    return dict(_options(_check(scale)))


def indicator_info(scale: str, indicator_id: str) -> IndicatorInfo:
    from welfare import catalogue

    ind = catalogue.get_indicator(indicator_id)
    return IndicatorInfo(
        id=ind.id,
        label=ind.label("id"),
        unit=ind.rate_unit("id"),
        raw_unit=ind.unit,
        higher_is_worse=ind.higher_is_worse,
    )


def years(scale: str, indicator_id: str) -> list[int]:
    if _check(scale) == "regencies":
        from welfare import observations

        return list(observations.available_years(_engine(), indicator_id))
    return list(SCALED_YEARS)


def _seed(*parts: object) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode())


def values(scale: str, indicator_id: str, year: int) -> pd.DataFrame:
    """One row per polygon with data: kode, value (raw), rate (the mapped value)."""
    if _check(scale) == "regencies":
        from welfare import read_models

        data = read_models.rate_table(_engine(), indicator_id, int(year)).data
        return data[["kode_bps", "value", "rate"]].rename(columns={"kode_bps": "kode"})
    gdf = _polygons(scale)
    rng = np.random.default_rng(_seed(scale, indicator_id, year))
    lng = gdf["label_lng"].to_numpy()
    lat = gdf["label_lat"].to_numpy()
    # A smooth field plus noise, different for every indicator and year.
    phase = rng.uniform(0, 2 * np.pi, 3)
    field = (
        np.sin(lng * 1.7 + phase[0])
        + np.cos(lat * 2.3 + phase[1])
        + 0.5 * np.sin((lng + lat) * 3.1 + phase[2])
    )
    rate = np.round(np.exp(1.5 + 0.45 * field + rng.normal(0, 0.35, len(gdf))), 2)
    population = np.round(rng.uniform(2_000, 60_000, len(gdf)))
    out = pd.DataFrame(
        {"kode": gdf["kode"].to_numpy(), "value": np.round(rate * population / 1000), "rate": rate}
    )
    # A few polygons without data, to exercise the "tidak ada data" style.
    missing = rng.random(len(out)) < 0.02
    out.loc[missing, ["value", "rate"]] = np.nan
    return out


def quantile_breaks(rates: pd.Series, k: int = 5) -> list[float]:
    """Upper class bounds of ``k`` quantile classes (what ``scheme="Quantiles"`` computes)."""
    present = rates.dropna().to_numpy()
    qs = np.quantile(present, np.linspace(0, 1, k + 1)[1:])
    return sorted({float(q) for q in qs})
