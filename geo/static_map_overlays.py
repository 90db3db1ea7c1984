"""What the static map draws on top of the choropleth: the IKN area, KIPP, the distance rings
and Titik Nol, the region names with their mapped values (the three small cities named out in
Selat Makassar), the scale bar and the north arrow.

Separate from :mod:`geo.static_map` so the core drawing (figure, axes, fills, borders, badge)
reads in one screen, and the placement rules of names and marks (where a label goes, which way
a ring label faces) are found in one place.
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
from matplotlib.patches import Rectangle
from shapely.geometry.base import BaseGeometry

from geo.layers import IKN_STYLE, KIPP_STYLE
from geo.static_map_inputs import MapGeometry, MapText
from geo.static_map_style import FONT, halo, outline, patch, wrap
from geo.thematic import ThematicLayer

# Where the names of the three small cities go (lon, lat), out in Selat Makassar, joined to
# the city by a leader line: inside a 160 km2 polygon a name is unreadable.
CITY_LABEL_AT: dict[str, tuple[float, float]] = {
    "6474": (117.95, 0.40),  # Bontang
    "6472": (117.85, -0.40),  # Samarinda
    "6471": (117.40, -1.62),  # Balikpapan
}
# Penajam Paser Utara's label point sits on Titik Nol and the IKN outline: nudge it south.
LABEL_NUDGE: dict[str, tuple[float, float]] = {"6409": (0.0, -0.13)}
_KM_PER_DEG = 111.32
RING_LABEL_AZIMUTH = 75.0


def draw_ikn(ax, geometry: MapGeometry, text: MapText) -> None:  # noqa: ANN001
    if geometry.rings is not None:
        rings = geometry.rings.sort_values("radius_km", ascending=False)
        for row in rings.itertuples(index=False):
            outline(
                ax, row.geometry, edgecolor="#222", linewidth=1.1, linestyle=(0, (1.5, 3)), zorder=5
            )
            # Ring labels east of Titik Nol, towards the sea, where no regency name sits.
            x, y = _ring_point(row.geometry, geometry.titik_nol, RING_LABEL_AZIMUTH)
            ax.text(
                x,
                y,
                f"{row.radius_km:g} km",
                fontsize=9.5,
                ha="center",
                va="center",
                color="#222",
                family=FONT,
                path_effects=halo(2.5),
                zorder=6,
            )
    if geometry.ikn is not None:
        for geom in geometry.ikn.geometry:
            patch(
                ax, geom, facecolor=IKN_STYLE["fillColor"], alpha=0.12, edgecolor="none", zorder=5
            )
            outline(
                ax,
                geom,
                edgecolor=IKN_STYLE["color"],
                linewidth=2.0,
                linestyle=(0, (5, 3)),
                zorder=6,
            )
    if geometry.kipp is not None:
        for geom in geometry.kipp.geometry:
            patch(
                ax,
                geom,
                facecolor=KIPP_STYLE["fillColor"],
                alpha=0.45,
                edgecolor=KIPP_STYLE["color"],
                linewidth=1.0,
                zorder=6,
            )
    if geometry.titik_nol is not None:
        lat, lon = geometry.titik_nol
        ax.plot(
            [lon],
            [lat],
            marker="*",
            markersize=14,
            color="#5b2c83",
            markeredgecolor="white",
            markeredgewidth=1.0,
            zorder=8,
            linestyle="none",
        )


def _ring_point(
    ring: BaseGeometry, centre: tuple[float, float] | None, azimuth: float
) -> tuple[float, float]:
    """The ring's vertex closest to ``azimuth`` (degrees from north) seen from ``centre``."""
    xy = np.asarray(ring.exterior.coords)
    if centre is None:
        return float(xy[0, 0]), float(xy[0, 1])
    lat, lon = centre
    angles = np.degrees(np.arctan2(xy[:, 0] - lon, xy[:, 1] - lat)) % 360
    i = int(np.argmin(np.abs((angles - azimuth + 180) % 360 - 180)))
    return float(xy[i, 0]), float(xy[i, 1])


def draw_labels(ax, layer: ThematicLayer, regs: gpd.GeoDataFrame) -> None:  # noqa: ANN001
    for row in regs.itertuples(index=False):
        kode = str(row.kode_bps)
        style = layer.styles.get(kode)
        if style is None:
            continue
        # The mapped value as the layer formatted it (tooltip argument 1), never re-formatted.
        value = style.tooltip_args[1] if (not style.no_data and len(style.tooltip_args) > 1) else ""
        label = style.label or str(row.nama)
        if kode in CITY_LABEL_AT:
            tx, ty = CITY_LABEL_AT[kode]
            ax.annotate(
                f"{label}" + (f"  {value}" if value else ""),
                xy=(style.label_lng, style.label_lat),
                xytext=(tx, ty),
                fontsize=12,
                fontweight="bold",
                family=FONT,
                ha="left",
                va="center",
                color="#111",
                zorder=9,
                path_effects=halo(),
                arrowprops={
                    "arrowstyle": "-",
                    "color": "#111",
                    "linewidth": 1.0,
                    "shrinkA": 0,
                    "shrinkB": 0,
                },
            )
            ax.plot(
                [style.label_lng],
                [style.label_lat],
                marker="o",
                markersize=4,
                color="#111",
                zorder=9,
                linestyle="none",
            )
        else:
            dx, dy = LABEL_NUDGE.get(kode, (0.0, 0.0))
            ax.text(
                style.label_lng + dx,
                style.label_lat + dy,
                wrap(label, 12) + (f"\n{value}" if value else ""),
                fontsize=11,
                ha="center",
                va="center",
                family=FONT,
                color="#111",
                fontweight="bold",
                zorder=9,
                path_effects=halo(),
                linespacing=1.1,
            )


def draw_scale_bar(ax, west: float, east: float, south: float, north: float) -> None:  # noqa: ANN001
    lat = south + (north - south) * 0.05
    km = 100.0
    deg = km / (_KM_PER_DEG * math.cos(math.radians(lat)))
    x0 = west + (east - west) * 0.04
    h = (north - south) * 0.012
    for i in range(2):
        ax.add_patch(
            Rectangle(
                (x0 + i * deg / 2, lat),
                deg / 2,
                h,
                facecolor="#222" if i == 0 else "white",
                edgecolor="#222",
                linewidth=1.0,
                zorder=9,
            )
        )
    for frac, label in ((0.0, "0"), (0.5, "50"), (1.0, "100 km")):
        ax.text(
            x0 + frac * deg,
            lat + h * 1.6,
            label,
            fontsize=9,
            ha="center",
            va="bottom",
            family=FONT,
            zorder=9,
            path_effects=halo(2),
        )


def draw_north(ax, letter: str) -> None:  # noqa: ANN001
    ax.annotate(
        "",
        xy=(0.05, 0.97),
        xytext=(0.05, 0.87),
        xycoords="axes fraction",
        arrowprops={
            "arrowstyle": "-|>,head_width=0.5,head_length=0.9",
            "color": "#222",
            "linewidth": 2.2,
        },
        zorder=9,
    )
    ax.text(
        0.05,
        0.845,
        letter,
        transform=ax.transAxes,
        fontsize=14,
        fontweight="bold",
        ha="center",
        va="top",
        family=FONT,
        zorder=9,
        path_effects=halo(),
    )
