"""The map picture: its size, the live layer's colours region by region, no-data hatching."""

from __future__ import annotations

import io
from collections import Counter

import numpy as np
import pytest
from PIL import Image

from briefing import figures
from geo import static_map
from views.agenda import AgendaStep
from views.slides import build_view


def _hex(rgb) -> str:  # noqa: ANN001
    return "#{:02x}{:02x}{:02x}".format(*(int(c) for c in rgb[:3]))


def _interior_colours(fig, img: np.ndarray, polygon, n: int = 400) -> Counter:  # noqa: ANN001
    """Colours at points well inside ``polygon`` (away from borders and labels)."""
    inner = polygon.buffer(-0.06)
    minx, miny, maxx, maxy = inner.bounds
    rng = np.random.default_rng(0)
    from shapely import Point

    found: Counter = Counter()
    for x, y in zip(rng.uniform(minx, maxx, n), rng.uniform(miny, maxy, n), strict=True):
        if inner.contains(Point(x, y)):
            col, row = static_map.pixel_of(fig, x, y)
            found[_hex(img[row, col])] += 1
    return found


@pytest.fixture(scope="module")
def pmks_view(brief_data):  # noqa: ANN001
    return build_view(brief_data, AgendaStep("peta", "pmks_total", 2024), "id")


def test_sizes(pmks_view, geometry) -> None:  # noqa: ANN001
    text = figures.map_text(pmks_view)
    screen = Image.open(io.BytesIO(static_map.render(pmks_view.layer, geometry, text)))
    assert screen.size == (1920, 1080)
    a4 = Image.open(io.BytesIO(static_map.render(pmks_view.layer, geometry, text, size="a4")))
    assert a4.size == (3508, 2480)  # A4 landscape at 300 dpi
    pdf = static_map.render(pmks_view.layer, geometry, text, size="a4", fmt="pdf")
    assert pdf.startswith(b"%PDF")
    svg = static_map.render(pmks_view.layer, geometry, text, fmt="svg")
    assert b"<svg" in svg[:500]


def test_region_colours_are_the_live_layers(pmks_view, geometry) -> None:  # noqa: ANN001
    fig = static_map.draw(pmks_view.layer, geometry, figures.map_text(pmks_view))
    img = np.asarray(Image.open(io.BytesIO(static_map.figure_bytes(fig))).convert("RGB"))
    regs = geometry.regencies.set_index("kode_bps")
    for kode in ("6404", "6402", "6401"):  # Kutai Timur, Kutai Barat, Paser
        style = pmks_view.layer.styles[kode]
        colour, _ = _interior_colours(fig, img, regs.loc[kode, "geometry"]).most_common(1)[0]
        assert colour == style.fill.lower(), kode


def test_no_data_is_hatched(brief_data, geometry) -> None:  # noqa: ANN001
    # Poverty 2025 is published for only some regencies: the others must be hatched grey.
    view = build_view(brief_data, AgendaStep("peta", "penduduk_miskin_persen", 2025), "id")
    missing = [k for k, s in view.layer.styles.items() if s.no_data]
    assert missing, "expected regencies without 2025 data"
    fig = static_map.draw(view.layer, geometry, figures.map_text(view))
    img = np.asarray(Image.open(io.BytesIO(static_map.figure_bytes(fig))).convert("RGB"))
    regs = geometry.regencies.set_index("kode_bps")
    colours = _interior_colours(fig, img, regs.loc[missing[0], "geometry"])
    total = sum(colours.values())
    grey = colours["#bdbdbd"]  # geo.choropleth.NO_DATA_COLOR
    hatch = sum(v for c, v in colours.items() if c != "#bdbdbd")
    assert grey / total > 0.4  # mostly the no-data grey ...
    assert hatch / total > 0.05  # ... crossed by hatch lines


def test_example_badge_only_with_example_data(pmks_view, brief_data, geometry) -> None:  # noqa: ANN001
    assert pmks_view.has_example
    fig = static_map.draw(pmks_view.layer, geometry, figures.map_text(pmks_view))
    texts = [t.get_text() for t in fig.texts] + [t.get_text() for t in fig.axes[0].texts]
    assert any("DATA CONTOH" in x for x in texts)
    official = build_view(brief_data, AgendaStep("peta", "penduduk_miskin_persen", 2025), "id")
    assert not official.has_example
    fig = static_map.draw(official.layer, geometry, figures.map_text(official))
    texts = [t.get_text() for t in fig.texts] + [t.get_text() for t in fig.axes[0].texts]
    assert not any("DATA CONTOH" in x for x in texts)
    legend_texts = [t.get_text() for t in fig.axes[1].texts]
    assert any(x.startswith("Sumber:") for x in legend_texts)
    # The three small cities are labelled (with leader lines).
    labels = " ".join(t.get_text() for t in fig.axes[0].texts)
    for city in ("Balikpapan", "Samarinda", "Bontang"):
        assert city in labels
