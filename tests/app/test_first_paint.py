"""AppTest: a session's first run of the map page draws the map first, then the whole page.

The browser side (the view fragment's timer asks for the rest a moment after the map-first
run, and the map iframe is not remounted) is in tests/e2e/test_map_first_paint.py.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import REPO_ROOT, all_text, html_tables, map_first_run, show_whole_page

pytestmark = pytest.mark.usefixtures("app_env")


def _first_run(page: str, query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=90)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page(page)
    return at.run()


def _components(at: AppTest) -> list:
    return at.get("component_instance")


def test_first_run_draws_title_and_map_only_then_the_whole_page():
    at = _first_run("pages/peta.py", {"indikator": "pmks_total", "tahun": "2024"})
    assert not at.exception, at.exception
    assert len(_components(at)) == 1  # the map
    assert "Jumlah PMKS" in all_text(at) or "PMKS" in all_text(at)  # the title
    assert "DATA CONTOH" in all_text(at)  # example data is said from the first paint on
    assert map_first_run(at)  # the mark that the rest is coming
    # Left for the next run: the sidebar's filters, the controls, ranking, table, downloads.
    assert not at.sidebar.selectbox
    assert not html_tables(at)
    assert not at.get("download_button")
    # The view is already the URL's.
    assert at.session_state["f_indicator"] == "pmks_total"
    assert at.session_state["f_year"] == 2024

    show_whole_page(at)
    assert not at.exception, at.exception
    assert len(_components(at)) == 1
    assert not map_first_run(at)
    assert [s.label for s in at.sidebar.selectbox] == ["Indikator", "Tahun"]
    assert at.sidebar.selectbox[1].value == 2024
    assert len(html_tables(at)[0]) == 10
    assert at.get("download_button")


def test_later_runs_of_the_session_draw_everything_at_once():
    at = show_whole_page(_first_run("pages/peta.py"))
    at.sidebar.selectbox[1].select(2021).run()
    assert not at.exception, at.exception
    assert not map_first_run(at)
    assert at.sidebar.selectbox and html_tables(at)


def test_a_refused_url_value_is_said_once_in_the_whole_page():
    # Not in the map-only run (it would vanish a moment later), but in the run after it.
    at = _first_run("pages/peta.py", {"wilayah": "6501"})
    assert not at.warning
    show_whole_page(at)
    notices = [w.value.replace("\\", "") for w in at.warning]
    assert len(notices) == 1 and "Kode wilayah tidak dikenal" in notices[0], notices
    at.sidebar.selectbox[1].select(2021).run()
    assert not at.warning  # said once


def test_other_pages_and_presenter_mode_draw_everything_in_the_first_run():
    tren = _first_run("pages/tren.py")
    assert not tren.exception, tren.exception
    assert not map_first_run(tren) and tren.sidebar.selectbox

    presenting = _first_run("pages/peta.py", {"mode": "presentasi"})
    assert not presenting.exception, presenting.exception
    assert not map_first_run(presenting)
    assert len(_components(presenting)) == 1
    assert any("serambi-legend" in h.proto.body for h in presenting.get("html"))


def test_a_map_page_without_a_map_draws_the_whole_page_at_once():
    # No kecamatan data for this indicator: the page stops before the map; nothing to wait for.
    at = _first_run(
        "pages/peta.py",
        {"indikator": "penduduk_miskin_persen", "wilayah": "6409", "tingkat": "kecamatan"},
    )
    assert not at.exception, at.exception
    assert any("belum ada data kecamatan" in i.value.lower() for i in at.info)
    assert not map_first_run(at)
    assert at.sidebar.selectbox
