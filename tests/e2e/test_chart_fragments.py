"""A switch that changes one part of Tren or Cakupan reruns that part's fragment only (real
browser): the PMKS mix measure on Tren, the programme switch on Cakupan.

The rest of the page (app.py, the sidebar, the other tabs' charts, the summary cards) is not
run again and stays on screen; the part itself follows the switch.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import wait_idle
from tests.e2e.script_runs import Runs

pytestmark = pytest.mark.e2e


def _settle(page) -> None:  # noqa: ANN001
    wait_idle(page)
    page.wait_for_timeout(800)  # a stray second run would start here
    wait_idle(page)


def _sidebar_indicator(page) -> str:  # noqa: ANN001
    box = page.locator("[data-testid=stSidebar]").get_by_role(
        "combobox", name="Indikator", exact=True
    )
    return box.input_value().strip()


def test_the_mix_measure_reruns_the_mix_chart_only(app_server, offline_page):
    page = offline_page
    runs = Runs(page)
    page.goto(f"{app_server.url}/tren?indikator=pmks_total&tahun=2024")
    wait_idle(page, timeout=60_000)
    page.get_by_role("tab", name="Komposisi PMKS").click()
    note = page.get_by_text("Panjang batang = jumlah PMKS per 1.000 penduduk")
    note.wait_for(timeout=30_000)
    _settle(page)
    charts = page.locator("[data-testid=stPlotlyChart]").count()
    indicator, url = _sidebar_indicator(page), page.url

    mark = runs.mark()
    measure = page.locator(".st-key-trend_mix_measure")
    measure.get_by_text("% dari total PMKS", exact=True).click()
    page.get_by_text("Setiap batang = 100 % PMKS yang dilaporkan").wait_for(timeout=30_000)
    _settle(page)

    assert runs.since(mark) == ["fragment"], runs.since(mark)
    assert note.count() == 0  # the caption follows the measure
    assert page.locator("[data-testid=stPlotlyChart]").count() == charts  # nothing lost
    assert _sidebar_indicator(page) == indicator and page.url == url


def test_the_programme_switch_reruns_the_programme_part_only(app_server, offline_page):
    page = offline_page
    runs = Runs(page)
    page.goto(f"{app_server.url}/cakupan?indikator=kpm_pkh&tahun=2024")
    wait_idle(page, timeout=60_000)
    main = page.locator("[data-testid=stMain]")
    heading = main.locator("h3").filter(has_text="kesenjangan per kabupaten/kota")
    heading.first.wait_for(timeout=30_000)
    _settle(page)
    assert heading.first.inner_text().startswith("PKH:")
    table = main.locator("table.serambi-table").first.inner_html()
    cards = main.locator(".serambi-cov-cards, [data-testid=stMetric]").count()
    indicator, url = _sidebar_indicator(page), page.url

    mark = runs.mark()
    page.locator(".st-key-cakupan_programme").get_by_text("BPNT/Sembako", exact=True).click()
    main.locator("h3").filter(has_text="BPNT/Sembako:").first.wait_for(timeout=30_000)
    _settle(page)

    assert runs.since(mark) == ["fragment"], runs.since(mark)
    assert heading.count() == 1  # the PKH heading is replaced, not kept beside the new one
    assert main.locator("table.serambi-table").first.inner_html() != table  # the table follows
    assert main.locator(".serambi-cov-cards, [data-testid=stMetric]").count() == cards
    # The example-data notice above the cards is the new programme's, not stacked on the old.
    notices = main.locator("[data-testid=stAlert]").filter(has_text="DATA CONTOH: angka buatan")
    assert notices.count() <= 1
    assert _sidebar_indicator(page) == indicator and page.url == url
