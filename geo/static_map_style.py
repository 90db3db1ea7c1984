"""How the static map picture looks and how its shapes reach matplotlib: the typeface, the
no-data hatch and the background colours, (multi)polygons as patches, white halos behind
text and line wrapping.

Separate from the drawing modules (:mod:`geo.static_map`, :mod:`geo.static_map_overlays`,
:mod:`geo.static_map_legend`) because all three use the same look: a hatch or a font changed
here changes the map and its legend together.
"""

from __future__ import annotations

import textwrap

from matplotlib import patheffects
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from shapely.geometry.base import BaseGeometry

FONT = "DejaVu Sans"  # ships with matplotlib; has every Indonesian character
HATCH = "///"
HATCH_COLOR = "#6d6d6d"
SEA_COLOR = "#f4f8fb"
CONTEXT_FILL = "#ececec"
CONTEXT_EDGE = "#b0b0b0"


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


def patch(ax, geom: BaseGeometry, **kwargs: object) -> None:  # noqa: ANN001
    ax.add_patch(PathPatch(_path(geom), **kwargs))


def outline(ax, geom: BaseGeometry, **kwargs: object) -> None:  # noqa: ANN001
    ax.add_patch(PathPatch(_path(geom), facecolor="none", fill=False, **kwargs))


def halo(width: float = 3.0) -> list:
    return [patheffects.withStroke(linewidth=width, foreground="white")]


def wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text
