"""The slide's trend chart is the Tren page's comparison chart, only sized for a slide."""

from __future__ import annotations

import base64
import json

import numpy as np

from briefing import figures
from ground import palette
from tests.app.conftest import REPO_ROOT, run_app
from views.agenda import AgendaStep
from views.slides import build_view


def values(arr) -> np.ndarray:  # noqa: ANN001
    """A Plotly array (plain list or base64 'bdata') as floats; None -> NaN."""
    if isinstance(arr, dict) and "bdata" in arr:
        return np.frombuffer(base64.b64decode(arr["bdata"]), dtype=np.dtype(arr["dtype"]))
    return np.array([np.nan if v is None else v for v in arr], dtype=float)


def test_slide_trend_draws_the_tren_pages_lines(brief_db_url, brief_data, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("DATABASE_URL", brief_db_url)
    monkeypatch.chdir(REPO_ROOT)
    at = run_app("pages/tren.py", query={"indikator": "pmks_total", "tahun": "2024"})
    assert not at.exception, at.exception
    page = next(
        json.loads(el.proto.spec)
        for el in at.get("plotly_chart")
        if el.proto.id.endswith("trend_compare")
    )
    view = build_view(brief_data, AgendaStep("tren", "pmks_total", 2024), "id")
    slide = figures.trend_figure(
        view.chart, lang="id", example_label="DATA CONTOH", all_codes=list(brief_data.names)
    )
    regencies = set(brief_data.names.values())
    page_lines = [tr for tr in page["data"] if tr["name"] in regencies]
    assert len(page_lines) == len(slide.data) == 10
    for on_page, on_slide in zip(page_lines, slide.data, strict=True):
        assert on_page["name"] == on_slide.name
        assert on_page["line"]["color"] == on_slide.line.color
        assert on_page["marker"]["symbol"] == list(on_slide.marker.symbol)
        np.testing.assert_array_equal(values(on_page["x"]), np.asarray(on_slide.x, dtype=float))
        np.testing.assert_allclose(
            values(on_page["y"]), np.asarray(on_slide.y, dtype=float), equal_nan=True
        )
        assert on_page["connectgaps"] is on_slide.connectgaps is False
    # The slide's own sizes: 1600 x 900 layout px, large type, thick lines, the slide font.
    lay = slide.layout
    assert (lay.width, lay.height) == figures.CHART_SIZE
    assert lay.font.family == palette.SLIDE_FONT and lay.title.font.size == 30
    assert slide.data[0].line.width == 4 and slide.data[0].marker.size == 13
    assert "DATA CONTOH" in lay.title.text and lay.annotations[0].font.size == 28
