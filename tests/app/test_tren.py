"""AppTest of pages/tren.py through app.py: lines, small multiples, buffer zone, PMKS mix."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from tests.app.conftest import all_text, run_app

pytestmark = pytest.mark.usefixtures("app_env")

PAGE = "pages/tren.py"


def figures(at) -> dict[str, dict]:  # noqa: ANN001
    """Plotly figures on the page by widget key (trend_compare, trend_facets, ...)."""
    out = {}
    for el in at.get("plotly_chart"):
        key = el.proto.id.rsplit("-", 1)[-1]
        out[key] = json.loads(el.proto.spec)
    return out


def values(arr) -> np.ndarray:  # noqa: ANN001
    """A Plotly array (plain list or base64 'bdata') as floats; None -> NaN."""
    if isinstance(arr, dict) and "bdata" in arr:
        return np.frombuffer(base64.b64decode(arr["bdata"]), dtype=np.dtype(arr["dtype"]))
    return np.array([np.nan if v is None else v for v in arr], dtype=float)


def title(fig: dict) -> str:
    return fig["layout"]["title"]["text"]


def regency_traces(fig: dict) -> list[dict]:
    """Lines of the regencies; the province reference line and the targets are extra traces."""
    return [
        tr
        for tr in fig["data"]
        if not str(tr.get("name", "")).startswith(("Kalimantan Timur", "Target"))
    ]


def test_default_renders_real_poverty_data_without_example_badge():
    at = run_app(PAGE)
    assert not at.exception, at.exception
    text = all_text(at)
    assert "## Tren: Persentase penduduk miskin" in text
    figs = figures(at)
    assert {"trend_compare", "trend_facets", "trend_zone", "trend_mix"} <= set(figs)
    for key in ("trend_compare", "trend_facets", "trend_zone"):
        assert "DATA CONTOH" not in title(figs[key]), key
        assert figs[key]["layout"]["separators"] == ",."
    # The PMKS mix is example data: its chart says so.
    assert "DATA CONTOH" in title(figs["trend_mix"])
    compare = figs["trend_compare"]
    assert len(regency_traces(compare)) == 10
    # Long legend entries wrap (charts.trend.legend_below): read them as one line.
    names = [tr["name"].replace("<br>", " ") for tr in compare["data"]]
    assert "Kalimantan Timur (angka provinsi BPS)" in names  # the official row '64'
    assert any(n.startswith("Target (RPJMD Kaltim 2025-2029") for n in names)
    # The legend (12 entries) sits under a plot of its own height, not inside it.
    legend = compare["layout"]["legend"]
    assert legend["orientation"] == "h" and legend["y"] < 0 and legend["yanchor"] == "top"
    assert compare["layout"]["height"] >= 56 + 340 + compare["layout"]["margin"]["b"]
    for trace in regency_traces(compare):
        assert trace["connectgaps"] is False
        y = values(trace["y"])
        assert not (y == 0).any()  # gaps stay gaps


def test_missing_years_are_gaps_not_zeros():
    # Penajam Paser Utara has no published poverty rate for 2017-2019.
    at = run_app(PAGE, query={"wilayah": "6409"})
    assert not at.exception, at.exception
    trace = figures(at)["trend_compare"]["data"][0]
    years = values(trace["x"]).astype(int)
    y = dict(zip(years, values(trace["y"]), strict=True))
    assert np.isnan(y[2018]) and np.isnan(y[2019])
    assert y[2024] == pytest.approx(6.68)


def test_pmks_indicator_is_labelled_example_data():
    at = run_app(PAGE, query={"indikator": "pmks_total", "tahun": "2024"})
    assert not at.exception, at.exception
    text = all_text(at)
    assert "DATA CONTOH: angka buatan untuk peragaan" in text
    assert "Titik berongga = DATA CONTOH" in text
    figs = figures(at)
    for key in ("trend_compare", "trend_facets", "trend_zone", "trend_mix"):
        assert "DATA CONTOH" in title(figs[key]), key
    # Example points are open markers.
    symbols = figs["trend_compare"]["data"][0]["marker"]["symbol"]
    assert "circle-open" in symbols


def test_zone_chart_is_population_weighted_and_counts_regencies():
    at = run_app(PAGE, query={"indikator": "pmks_total", "tahun": "2024"})
    assert not at.exception, at.exception
    zone = figures(at)["trend_zone"]
    names = {t["name"] for t in zone["data"]}
    assert names == {"Wilayah IKN & penyangga", "Kabupaten/kota lainnya"}
    line = next(
        t
        for t in zone["data"]
        if t["name"] == "Wilayah IKN & penyangga" and t["mode"].startswith("lines")
    )
    assert "6/6" in line["text"]
    hover = " ".join(line["customdata"])
    assert "6 dari 6 kab/kota berdata" in hover
    text = all_text(at)
    assert "jumlah pembilang ÷ jumlah penyebut" in text
    assert "Kutai Kartanegara" in text and "Penajam Paser Utara" in text


def test_region_selection_limits_lines_and_panels():
    at = run_app(PAGE, query={"wilayah": "6403,6409", "indikator": "pmks_total"})
    assert not at.exception, at.exception
    figs = figures(at)
    assert [t["name"] for t in regency_traces(figs["trend_compare"])] == [
        "Kutai Kartanegara",
        "Penajam Paser Utara",
    ]
    panels = [a["text"] for a in figs["trend_facets"]["layout"]["annotations"]]
    assert "Kutai Kartanegara" in panels and "Penajam Paser Utara" in panels
    assert "Samarinda" not in panels
    mix_rows = {y for t in figs["trend_mix"]["data"] for y in t["y"]}
    assert mix_rows == {"Kutai Kartanegara", "Penajam Paser Utara"}


def test_english():
    at = run_app(PAGE, query={"lang": "en", "indikator": "pmks_total"})
    assert not at.exception, at.exception
    text = all_text(at)
    assert "## Trends: Total PMKS (26 categories)" in text
    assert "EXAMPLE DATA" in text
    figs = figures(at)
    assert figs["trend_compare"]["layout"]["separators"] == ".,"
    assert "EXAMPLE DATA" in title(figs["trend_compare"])
    assert [tab.label for tab in at.tabs] == [
        "Comparison",
        "Per regency",
        "IKN buffer zone vs rest",
        "PMKS mix",
    ]


def test_mix_year_falls_back_with_a_note_and_measure_switches():
    at = run_app(PAGE, query={"tahun": "2025"})  # poverty 2025: no PMKS categories that year
    assert not at.exception, at.exception
    assert any("ditampilkan tahun 2024" in i.value for i in at.info)
    at.segmented_control(key="trend_mix_measure").set_value("share").run()
    assert not at.exception, at.exception
    mix = figures(at)["trend_mix"]
    totals = np.nansum([values(t["x"]) for t in mix["data"]], axis=0)
    assert np.allclose(totals, 100.0)
