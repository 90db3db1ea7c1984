"""The choropleth as a picture (PNG, PDF, SVG) for slides and print, drawn on the server.

Screenshots of the live map lose the legend, the source and the DATA CONTOH label, and tiles
need internet. This module draws the same :class:`geo.thematic.ThematicLayer` the live map
uses (its colours per region, its classes and legend rows, its no-data regions) with
matplotlib from the cleaned geometry, plus the IKN overlay, the distance rings, Titik Nol,
a legend with units and class ranges, the notes (year, denominator, source), a scale bar, a
north arrow and the example badge. Nothing is classified or coloured here: a picture that
disagreed with the screen would be worse than none.

Pure Python (no streamlit). Only matplotlib's object API is used (no pyplot), so rendering is
safe in the threads that serve Streamlit's deferred downloads.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import geopandas as gpd
import numpy as np
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch, Patch, PathPatch, Rectangle
from matplotlib.path import Path
from shapely.geometry.base import BaseGeometry

from geo.choropleth import NO_DATA_COLOR
from geo.layers import IKN_STYLE, KALTIM_BOUNDS, KIPP_STYLE
from geo.thematic import ThematicLayer
from ground import palette

# Output sizes: (width in, height in, dpi). 12.8 x 7.2 in at 150 dpi is 1920 x 1080 px (a
# 16:9 projector); A4 landscape at 300 dpi is 3508 x 2480 px. Type is set in points, so it is
# the same physical size on both.
SIZES: dict[str, tuple[float, float, int]] = {
    "screen": (12.8, 7.2, 150),
    "a4": (3508 / 300, 2480 / 300, 300),
}
FONT = "DejaVu Sans"  # ships with matplotlib; has every Indonesian character
HATCH = "///"
HATCH_COLOR = "#6d6d6d"
SEA_COLOR = "#f4f8fb"
CONTEXT_FILL = "#ececec"
CONTEXT_EDGE = "#b0b0b0"

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


@dataclass(frozen=True)
class MapGeometry:
    """Everything the picture draws besides the data: regencies, context and IKN overlays."""

    regencies: gpd.GeoDataFrame  # kode_bps, nama, jenis, label_lat, label_lng, geometry
    context: gpd.GeoDataFrame | None = None
    ikn: gpd.GeoDataFrame | None = None
    kipp: gpd.GeoDataFrame | None = None
    rings: gpd.GeoDataFrame | None = None  # radius_km, geometry
    titik_nol: tuple[float, float] | None = None  # (lat, lon)


@lru_cache(maxsize=2)
def _load_geometry(tolerance_m: float) -> MapGeometry:
    from geo import ikn, regions

    return MapGeometry(
        regencies=regions.load_regencies(tolerance_m),
        context=regions.load_province_context(),
        ikn=ikn.ikn_area(tolerance_m=50),
        kipp=ikn.kipp_area(tolerance_m=20),
        rings=ikn.distance_rings(),
        titik_nol=(ikn.TITIK_NOL.lat, ikn.TITIK_NOL.lon),
    )


def load_geometry(regencies: gpd.GeoDataFrame | None = None) -> MapGeometry:
    """The geometry the live map draws (same cleaning and simplification), cached.

    Pass ``regencies`` (e.g. the app's cached bundle) to draw exactly those polygons.
    """
    base = _load_geometry(250.0)
    if regencies is None:
        return base
    return MapGeometry(regencies, base.context, base.ikn, base.kipp, base.rings, base.titik_nol)


@dataclass(frozen=True)
class MapText:
    """Words on the picture, already in the reader's language."""

    title: str
    subtitle: str = ""  # e.g. "per 1.000 penduduk · 2024"
    notes: Sequence[str] = field(default_factory=tuple)  # lines added under the legend's notes
    example_badge: str | None = None  # "DATA CONTOH" when example data is shown
    example_note: str | None = None  # one line under the badge
    footer: str = ""  # geodata attribution, date made
    ikn: str = "Wilayah IKN (tidak resmi)"
    kipp: str = "KIPP (tidak resmi)"
    rings: str = "Cincin jarak 25/50/100 km"
    titik_nol: str = "Titik Nol Nusantara"
    north: str = "U"


def _path(geom: BaseGeometry) -> Path:
    """A compound matplotlib path of a (multi)polygon, holes included.

    Drawn as patches directly: geopandas' ``plot`` redraws the whole figure on every call,
    which made one picture cost seconds.
    """
    verts: list = []
    codes: list = []
    parts = getattr(geom, "geoms", [geom])
    for part in parts:
        rings = [part.exterior, *part.interiors] if part.geom_type == "Polygon" else [part]
        for ring in rings:
            xy = list(ring.coords)
            if len(xy) < 2:
                continue
            verts.extend(xy)
            codes.extend(
                [Path.MOVETO]
                + [Path.LINETO] * (len(xy) - 2)
                + [Path.CLOSEPOLY if part.geom_type == "Polygon" else Path.LINETO]
            )
    return Path(verts, codes) if verts else Path([(0, 0)], [Path.MOVETO])


def _patch(ax, geom: BaseGeometry, **kwargs: object) -> None:  # noqa: ANN001
    ax.add_patch(PathPatch(_path(geom), **kwargs))


def _outline(ax, geom: BaseGeometry, **kwargs: object) -> None:  # noqa: ANN001
    ax.add_patch(PathPatch(_path(geom), facecolor="none", fill=False, **kwargs))


def _aspect(lat: float) -> float:
    """Axes aspect that makes a degree of latitude as long as it is on the ground."""
    return 1.0 / math.cos(math.radians(lat))


def _halo(width: float = 3.0) -> list:
    return [patheffects.withStroke(linewidth=width, foreground="white")]


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def _extent() -> tuple[float, float, float, float]:
    (lat0, lon0), (lat1, lon1) = KALTIM_BOUNDS
    # East margin for the city labels in Selat Makassar.
    return lon0 - 0.05, lon1 + 0.45, lat0 - 0.05, lat1 + 0.05


def draw(
    layer: ThematicLayer,
    geometry: MapGeometry,
    text: MapText,
    *,
    size: str = "screen",
    highlight: Sequence[str] = (),
) -> Figure:
    """The picture as a matplotlib Figure (see :func:`render` for bytes).

    Fills, labels and legend rows come from ``layer.styles`` and ``layer.legend``; regions
    without data are grey with a hatch, as in the live legend.
    """
    width_in, height_in, dpi = SIZES[size]
    fig = Figure(figsize=(width_in, height_in), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    fig.text(0.012, 0.965, text.title, fontsize=21, fontweight="bold", va="top", family=FONT)
    if text.subtitle:
        fig.text(0.012, 0.905, text.subtitle, fontsize=14, va="top", color="#333", family=FONT)

    west, east, south, north = _extent()
    aspect = _aspect((south + north) / 2)
    # The map's width follows from its height and the true aspect; the legend takes the rest.
    map_w = min(0.66, 0.80 * height_in * (east - west) / ((north - south) * aspect) / width_in)
    ax = fig.add_axes((0.008, 0.075, map_w, 0.80))
    ax.set_facecolor(SEA_COLOR)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(aspect, adjustable="box", anchor="W")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#999")

    if geometry.context is not None:
        ctx = (
            geometry.context[geometry.context["kode"].astype(str) != "64"]
            if ("kode" in geometry.context.columns)
            else geometry.context
        )
        for geom in ctx.geometry:
            _patch(
                ax, geom, facecolor=CONTEXT_FILL, edgecolor=CONTEXT_EDGE, linewidth=0.6, zorder=1
            )

    regs = geometry.regencies
    marked = set(highlight)
    for row in regs.itertuples(index=False):
        style = layer.styles.get(str(row.kode_bps))
        if style is None or style.no_data:
            # The hatch takes the edge colour; the border is drawn separately below.
            _patch(
                ax,
                row.geometry,
                facecolor=style.fill if style else NO_DATA_COLOR,
                edgecolor=HATCH_COLOR,
                hatch=HATCH,
                linewidth=0.0,
                zorder=2,
            )
        else:
            _patch(
                ax, row.geometry, facecolor=style.fill, edgecolor="none", linewidth=0.0, zorder=2
            )
    # Borders on top of fills and hatching, so every region reads as one shape.
    for row in regs.itertuples(index=False):
        _outline(ax, row.geometry, edgecolor="#444", linewidth=0.9, zorder=3)
        if str(row.kode_bps) in marked:
            _outline(ax, row.geometry, edgecolor="#000", linewidth=2.6, zorder=4)

    _draw_ikn(ax, geometry, text)
    _draw_labels(ax, layer, regs)
    _draw_scale_bar(ax, west, east, south, north)
    _draw_north(ax, text.north)
    _draw_legend(fig, layer, text, left=map_w + 0.03)
    if text.example_badge:
        fig.text(
            0.988,
            0.965,
            f" {text.example_badge} ",
            fontsize=22,
            fontweight="bold",
            color="white",
            ha="right",
            va="top",
            family=FONT,
            bbox={
                "boxstyle": "round,pad=0.35",
                "facecolor": palette.EXAMPLE,
                "edgecolor": palette.EXAMPLE,
            },
        )
        # On the map itself as well: a cropped picture must still say it.
        ax.text(
            0.985,
            0.985,
            text.example_badge,
            transform=ax.transAxes,
            fontsize=15,
            fontweight="bold",
            color=palette.EXAMPLE,
            ha="right",
            va="top",
            family=FONT,
            zorder=9,
            bbox={
                "boxstyle": "round,pad=0.25",
                "facecolor": "white",
                "edgecolor": palette.EXAMPLE,
                "linewidth": 1.5,
            },
        )
    if text.footer:
        fig.text(0.012, 0.018, text.footer, fontsize=8.5, color="#555", va="bottom", family=FONT)
    return fig


def _draw_ikn(ax, geometry: MapGeometry, text: MapText) -> None:  # noqa: ANN001
    if geometry.rings is not None:
        rings = geometry.rings.sort_values("radius_km", ascending=False)
        for row in rings.itertuples(index=False):
            _outline(
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
                path_effects=_halo(2.5),
                zorder=6,
            )
    if geometry.ikn is not None:
        for geom in geometry.ikn.geometry:
            _patch(
                ax, geom, facecolor=IKN_STYLE["fillColor"], alpha=0.12, edgecolor="none", zorder=5
            )
            _outline(
                ax,
                geom,
                edgecolor=IKN_STYLE["color"],
                linewidth=2.0,
                linestyle=(0, (5, 3)),
                zorder=6,
            )
    if geometry.kipp is not None:
        for geom in geometry.kipp.geometry:
            _patch(
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


def _draw_labels(ax, layer: ThematicLayer, regs: gpd.GeoDataFrame) -> None:  # noqa: ANN001
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
                path_effects=_halo(),
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
                _wrap(label, 12) + (f"\n{value}" if value else ""),
                fontsize=11,
                ha="center",
                va="center",
                family=FONT,
                color="#111",
                fontweight="bold",
                zorder=9,
                path_effects=_halo(),
                linespacing=1.1,
            )


def _draw_scale_bar(ax, west: float, east: float, south: float, north: float) -> None:  # noqa: ANN001
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
            path_effects=_halo(2),
        )


def _draw_north(ax, letter: str) -> None:  # noqa: ANN001
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
        path_effects=_halo(),
    )


def _draw_legend(fig: Figure, layer: ThematicLayer, text: MapText, *, left: float) -> None:
    spec = layer.legend
    lax = fig.add_axes((left, 0.075, 0.985 - left, 0.80))
    lax.set_axis_off()
    lax.set_xlim(0, 1)
    lax.set_ylim(0, 1)
    chars = int((0.985 - left) * 118)  # characters per line at 13 pt on a 12.8 in figure
    y = 0.99
    lax.text(
        0, y, _wrap(spec.title, chars - 8), fontsize=15, fontweight="bold", va="top", family=FONT
    )
    y -= 0.055 * (_wrap(spec.title, chars - 8).count("\n") + 1)
    lax.text(0, y, _wrap(spec.unit, chars), fontsize=13, va="top", color="#333", family=FONT)
    y -= 0.05 * (_wrap(spec.unit, chars).count("\n") + 1) + 0.015
    box_w, box_h, step = 0.09, 0.045, 0.058
    for colour, label in spec.rows:
        lax.add_patch(
            Rectangle(
                (0, y - box_h), box_w, box_h, facecolor=colour, edgecolor="#444", linewidth=0.8
            )
        )
        lax.text(box_w + 0.03, y - box_h / 2, label, fontsize=13, va="center", family=FONT)
        y -= step
    lax.add_patch(
        Rectangle(
            (0, y - box_h),
            box_w,
            box_h,
            facecolor=NO_DATA_COLOR,
            edgecolor=HATCH_COLOR,
            hatch=HATCH,
            linewidth=0.8,
        )
    )
    lax.text(box_w + 0.03, y - box_h / 2, spec.no_data_label, fontsize=13, va="center", family=FONT)
    y -= step + 0.02
    # Overlay keys.
    lax.plot(
        [0, box_w],
        [y - box_h / 2] * 2,
        color=IKN_STYLE["color"],
        linewidth=2.0,
        linestyle=(0, (5, 3)),
    )
    lax.text(box_w + 0.03, y - box_h / 2, text.ikn, fontsize=11, va="center", family=FONT)
    y -= step * 0.85
    lax.plot([0, box_w], [y - box_h / 2] * 2, color="#222", linewidth=1.1, linestyle=(0, (1.5, 3)))
    lax.text(box_w + 0.03, y - box_h / 2, text.rings, fontsize=11, va="center", family=FONT)
    y -= step * 0.85
    lax.plot(
        [box_w / 2], [y - box_h / 2], marker="*", markersize=13, color="#5b2c83", linestyle="none"
    )
    lax.text(box_w + 0.03, y - box_h / 2, text.titik_nol, fontsize=11, va="center", family=FONT)
    y -= step + 0.01
    extra = [n for n in text.notes if n not in spec.notes]
    for note in (*spec.notes, *extra):
        wrapped = _wrap(note, int(chars * 1.15))
        lax.text(0, y, wrapped, fontsize=11, va="top", color="#222", family=FONT)
        y -= 0.042 * (wrapped.count("\n") + 1) + 0.01
    if text.example_note:
        wrapped = _wrap(text.example_note, int(chars * 1.1))
        lax.add_patch(
            FancyBboxPatch(
                (0, y - 0.045 * (wrapped.count("\n") + 1) - 0.01),
                0.98,
                0.045 * (wrapped.count("\n") + 1) + 0.01,
                boxstyle="round,pad=0.01",
                facecolor="#fdecea",
                edgecolor=palette.EXAMPLE,
                linewidth=1.2,
            )
        )
        lax.text(
            0.01,
            y - 0.005,
            wrapped,
            fontsize=11,
            va="top",
            color=palette.EXAMPLE,
            fontweight="bold",
            family=FONT,
        )


def render(
    layer: ThematicLayer,
    geometry: MapGeometry,
    text: MapText,
    *,
    size: str = "screen",
    fmt: str = "png",
    highlight: Sequence[str] = (),
) -> bytes:
    """The picture as PNG, PDF or SVG bytes (``size``: 'screen' 1920x1080 or 'a4' 300 dpi)."""
    fig = draw(layer, geometry, text, size=size, highlight=highlight)
    return figure_bytes(fig, fmt)


def figure_bytes(fig: Figure, fmt: str = "png") -> bytes:
    buf = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else None
    fig.savefig(buf, format=fmt, dpi=fig.dpi, facecolor="white", metadata=metadata)
    return buf.getvalue()


def pixel_of(fig: Figure, lon: float, lat: float) -> tuple[int, int]:
    """Pixel (column, row from the top) of a map position in the PNG of ``fig``."""
    fig.canvas.draw()
    ax = fig.axes[0]
    x, y = ax.transData.transform((lon, lat))
    height = fig.get_size_inches()[1] * fig.dpi
    return int(round(x)), int(round(height - y))


def legend_patches(layer: ThematicLayer) -> list[Patch]:
    """The legend rows as matplotlib patches (for charts that reuse the map's classes)."""
    rows = [Patch(facecolor=c, edgecolor="#444", label=label) for c, label in layer.legend.rows]
    rows.append(
        Patch(
            facecolor=NO_DATA_COLOR,
            edgecolor=HATCH_COLOR,
            hatch=HATCH,
            label=layer.legend.no_data_label,
        )
    )
    return rows


__all__ = [
    "SIZES",
    "MapGeometry",
    "MapText",
    "draw",
    "figure_bytes",
    "legend_patches",
    "load_geometry",
    "pixel_of",
    "render",
]
