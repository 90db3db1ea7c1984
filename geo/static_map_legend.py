"""The static map's legend panel (class rows with units, the no-data key, the overlay keys,
the notes and the example note) and the same rows as matplotlib patches for charts.

Separate from :mod:`geo.static_map` because the legend is a panel of its own beside the map,
drawn from ``layer.legend`` and :class:`~geo.static_map_inputs.MapText` only; it shares the
hatch and type with the map through :mod:`geo.static_map_style`.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch, Patch, Rectangle

from geo.choropleth import NO_DATA_COLOR
from geo.layers import IKN_STYLE
from geo.static_map_inputs import MapText
from geo.static_map_style import FONT, HATCH, HATCH_COLOR, wrap
from geo.thematic import ThematicLayer
from ground import palette


def draw_legend(fig: Figure, layer: ThematicLayer, text: MapText, *, left: float) -> None:
    spec = layer.legend
    lax = fig.add_axes((left, 0.075, 0.985 - left, 0.80))
    lax.set_axis_off()
    lax.set_xlim(0, 1)
    lax.set_ylim(0, 1)
    chars = int((0.985 - left) * 118)  # characters per line at 13 pt on a 12.8 in figure
    y = 0.99
    lax.text(
        0, y, wrap(spec.title, chars - 8), fontsize=15, fontweight="bold", va="top", family=FONT
    )
    y -= 0.055 * (wrap(spec.title, chars - 8).count("\n") + 1)
    lax.text(0, y, wrap(spec.unit, chars), fontsize=13, va="top", color="#333", family=FONT)
    y -= 0.05 * (wrap(spec.unit, chars).count("\n") + 1) + 0.015
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
        wrapped = wrap(note, int(chars * 1.15))
        lax.text(0, y, wrapped, fontsize=11, va="top", color="#222", family=FONT)
        y -= 0.042 * (wrapped.count("\n") + 1) + 0.01
    if text.example_note:
        wrapped = wrap(text.example_note, int(chars * 1.1))
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
