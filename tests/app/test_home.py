"""Beranda: the province and the IKN buffer zone side by side only in the same year."""

from __future__ import annotations

import json
import re

import pytest

from tests.app.conftest import run_app

pytestmark = pytest.mark.usefixtures("app_env")


def _headline_table(at) -> str:
    bodies = [
        h.proto.body for h in at.get("html") if 'data-serambi-home="headline"' in h.proto.body
    ]
    assert len(bodies) == 1
    return bodies[0]


def _rows(table: str) -> dict[str, str]:
    return dict(re.findall(r'<tr data-indicator="([^"]+)">(.*?)</tr>', table, flags=re.S))


def test_home_compares_province_and_zone_in_the_same_year():
    at = run_app()
    assert not at.exception, at.exception
    rows = _rows(_headline_table(at))
    assert set(rows) >= {"penduduk_miskin_persen", "penduduk_miskin_jiwa", "pmks_total"}
    for indicator, row in rows.items():
        # One year cell per row (said once), and both scopes filled in.
        years = re.findall(r'<td class="yr">(\d{4})</td>', row)
        assert len(years) == 1, (indicator, row)
        assert row.count('<td class="num">') == 2, (indicator, row)
    # The province's 2025 poverty rate has no 2025 buffer-zone counterpart: both are 2024.
    poor = rows["penduduk_miskin_persen"]
    assert '<td class="yr">2024</td>' in poor and "5,78 %" in poor
    # The poor are counted in people, with the rate beside the count.
    count = rows["penduduk_miskin_jiwa"]
    assert "221.340 jiwa" in count
    assert re.search(r'class="rate">\d+,\d per 1\.000 penduduk<', count)
    # Example data says so in the row itself.
    assert "DATA CONTOH" in rows["pmks_total"]


def test_home_says_the_rule_and_the_zone_members_once():
    at = run_app()
    table = _headline_table(at)
    assert table.count("tahun yang sama") == 1
    assert "Penajam Paser Utara" in table and "Kutai Kartanegara" in table
    alts = [c.proto.alt for c in at.get("plotly_chart")] if at.get("plotly_chart") else []
    assert all(alts), "every chart has a text alternative"


def test_home_in_english():
    at = run_app(query={"lang": "en"})
    assert not at.exception, at.exception
    table = _headline_table(at)
    assert "East Kalimantan province" in table and "same year" in table
    assert "221,340 people" in table


def test_home_trend_fits_its_column_and_explains_its_marks():
    at = run_app()
    assert not at.exception, at.exception
    (trend,) = [
        json.loads(c.proto.spec) for c in at.get("plotly_chart") if "home_trend" in c.proto.id
    ]
    layout = trend["layout"]
    assert layout["title"]["text"].startswith("Tren Persentase penduduk miskin")
    assert layout["showlegend"] is False  # the legend is the HTML under the chart
    assert layout["xaxis"]["dtick"] >= 2  # a narrow chart: not every year labelled
    (key,) = [
        h.proto.body for h in at.get("html") if 'data-serambi-home="trend-key"' in h.proto.body
    ]
    assert "Wilayah IKN &amp; penyangga" in key and "Kabupaten/kota lainnya" in key
    assert "4/4" in key and "punya data" in key
