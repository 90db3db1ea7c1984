"""Every named colour of Serambi's charts, maps and badges, in one place.

Map class colours are ColorBrewer schemes chosen in :mod:`geo.choropleth`; the colours here are
the ones the product gives a meaning to (example data, the zones, one colour per regency), so a
meaning keeps its colour on every page, map, slide and PDF.
"""

from __future__ import annotations

from collections.abc import Iterable

FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
# Slides and PDFs are drawn by a headless browser or matplotlib with the fonts Debian ships.
SLIDE_FONT = "DejaVu Sans, Arial, sans-serif"

# Example (invented) data: dark red, on badges, titles, open markers and dashed outlines.
EXAMPLE = "#b71c1c"
# Official (published) figures and imported Dinsos data, on source badges.
OFFICIAL = "#1b5e20"
IMPORTED = "#0b5a8a"

# Lines that give context (other regencies) or stand for the rest of the province.
CONTEXT = "#d0d0d0"
OTHER = "#9e9e9e"
GRID = "#e6e6e6"

# Tableau 10 (colour-blind friendlier than Plotly's default); one fixed colour per regency so a
# regency keeps its colour on every chart.
REGION = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#2f4b7c",
)

# The buffer zone against the rest (PuOr ends: readable for the common colour-vision deficiencies).
ZONE = {"zona": "#b35806", "luar": "#542788"}
ZONE_POINT = {"wilayah_ikn": "#b35806", "penyangga": "#f1a340", "luar": "#542788"}

# The province's published figure and document targets drawn over trends.
REFERENCE = "#111111"
TARGET = "#6a1b9a"
# One regency's own line (profile).
PROFILE_LINE = "#0b5a8a"
# The 100 % (full coverage) line on coverage scatter plots.
FULL_COVERAGE = "#1b5e20"
# Coverage charts: the province coverage line and marker edges, bar outlines, a bar without a
# map colour, and the light grid of the gap bar and the scatter.
PROVINCE_LINE = "#333"
MARKER_EDGE = "#333"
BAR_EDGE = "#555"
UNCOLOURED = "#999"
LIGHT_GRID = "#eee"

# The population concepts of the outlook (welfare.outlook.concepts), one colour each (Okabe-Ito,
# colour-blind safe), so a BPS projection never looks like a Dukcapil count on any chart.
CONCEPT = {
    "bps_estimate": "#0072b2",
    "bps_projection": "#56b4e9",
    "dukcapil": "#d55e00",
    "ikn_plan": "#009e73",
    "ikn_census": "#cc79a7",
    "other": "#7a7a7a",
}
# Projected need to 2030 and 2035 (the Antisipasi ranking): one hue, the later year darker.
NEED_YEARS = ("#fdae6b", "#a63603")

# Target status (welfare.targets.STATUSES): reached, needs attention, critical.
STATUS = {"tercapai": "#1b5e20", "perlu_perhatian": "#e65100", "kritis": "#b71c1c"}


def region_colours(codes: Iterable[str]) -> dict[str, str]:
    """A fixed colour per region code: sorted codes take the palette in turn."""
    return {c: REGION[i % len(REGION)] for i, c in enumerate(sorted(codes))}
