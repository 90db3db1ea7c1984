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

This module is the public entry and the core drawing (figure, map axes, fills and borders, the
example badge, the output formats). The parts: :mod:`geo.static_map_inputs` (the geometry and
the words, re-exported here), :mod:`geo.static_map_style` (type, hatch, colours, shapes as
patches), :mod:`geo.static_map_overlays` (IKN, rings, labels, scale bar, north arrow) and
:mod:`geo.static_map_legend` (the legend panel; :func:`legend_patches` re-exported here).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from geo.choropleth import NO_DATA_COLOR
from geo.layers import KALTIM_BOUNDS
from geo.static_map_inputs import MapGeometry, MapText, load_geometry
from geo.static_map_legend import draw_legend, legend_patches
from geo.static_map_overlays import draw_ikn, draw_labels, draw_north, draw_scale_bar
from geo.static_map_style import (
    CONTEXT_EDGE,
    CONTEXT_FILL,
    FONT,
    HATCH,
    HATCH_COLOR,
    SEA_COLOR,
    outline,
    patch,
)
from geo.thematic import ThematicLayer
from ground import palette

# Output sizes: (width in, height in, dpi). 12.8 x 7.2 in at 150 dpi is 1920 x 1080 px (a
# 16:9 projector); A4 landscape at 300 dpi is 3508 x 2480 px. Type is set in points, so it is
# the same physical size on both.
SIZES: dict[str, tuple[float, float, int]] = {
    "screen": (12.8, 7.2, 150),
    "a4": (3508 / 300, 2480 / 300, 300),
}


def _aspect(lat: float) -> float:
    """Axes aspect that makes a degree of latitude as long as it is on the ground."""
    return 1.0 / math.cos(math.radians(lat))


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
            patch(ax, geom, facecolor=CONTEXT_FILL, edgecolor=CONTEXT_EDGE, linewidth=0.6, zorder=1)

    regs = geometry.regencies
    marked = set(highlight)
    for row in regs.itertuples(index=False):
        style = layer.styles.get(str(row.kode_bps))
        if style is None or style.no_data:
            # The hatch takes the edge colour; the border is drawn separately below.
            patch(
                ax,
                row.geometry,
                facecolor=style.fill if style else NO_DATA_COLOR,
                edgecolor=HATCH_COLOR,
                hatch=HATCH,
                linewidth=0.0,
                zorder=2,
            )
        else:
            patch(ax, row.geometry, facecolor=style.fill, edgecolor="none", linewidth=0.0, zorder=2)
    # Borders on top of fills and hatching, so every region reads as one shape.
    for row in regs.itertuples(index=False):
        outline(ax, row.geometry, edgecolor="#444", linewidth=0.9, zorder=3)
        if str(row.kode_bps) in marked:
            outline(ax, row.geometry, edgecolor="#000", linewidth=2.6, zorder=4)

    draw_ikn(ax, geometry, text)
    draw_labels(ax, layer, regs)
    draw_scale_bar(ax, west, east, south, north)
    draw_north(ax, text.north)
    draw_legend(fig, layer, text, left=map_w + 0.03)
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
