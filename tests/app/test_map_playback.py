"""AppTest of the map page's time playback and two-year comparison (through app.py).

No timers run here: in a browser the view fragment's timer reruns it once a period and the
rerun steps (components/state/playback.py); these tests move the playback's clock on by a
period and run the app (tests/e2e/test_map_playback.py lets the timer do it in Chromium).
"""

from __future__ import annotations

import html

import pytest

from components.state import playback
from tests.app.conftest import all_text, html_tables, run_app

pytestmark = pytest.mark.usefixtures("app_env", "clock")


class _Clock:
    t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock(monkeypatch):  # noqa: ANN001, ANN201
    c = _Clock()
    monkeypatch.setattr(playback, "_clock", c)
    return c


def _click(at, key: str):  # noqa: ANN001, ANN202
    at.button(key=key).click()
    at.run()
    assert not at.exception, at.exception
    return at


def _step(at):  # noqa: ANN001, ANN202
    """What the fragment's timer does a period after the last step."""
    playback._clock.t += playback.PERIOD_S  # noqa: SLF001 - the clock fixture
    at.run()
    assert not at.exception, at.exception
    return at


def _legend_rows(at) -> list[str]:  # noqa: ANN001
    """The legend of the map element, as sent to the browser (colour and range per class)."""
    import re

    (legend,) = [h.proto.body for h in at.get("html") if "data-serambi-legend" in h.proto.body]
    return re.findall(r'class="sw" style="background:([^"]+)"></span>([^<]+)<', legend)


def test_play_steps_through_years_with_fixed_classes_and_no_data_years(tmp_path):
    # Presenter mode: the legend is an element of the page beside the map.
    at = run_app(
        "pages/peta.py",
        query={"indikator": "pmks_total", "tahun": "2015", "mode": "presentasi"},
    )
    assert not at.exception, at.exception
    assert "## Jumlah PMKS (26 jenis) · 2015" in all_text(at)
    own_2015 = _legend_rows(at)

    _click(at, playback.TOGGLE_KEY)  # play
    assert at.session_state[playback.K_PLAYING] is True
    assert at.button(key=playback.TOGGLE_KEY).label == "Jeda"
    fixed = _legend_rows(at)
    assert len(fixed) == 5 and fixed != own_2015  # classes over 2015-2024, not 2015's own
    assert "Kelas tetap untuk 2015–2024" in html.unescape(all_text(at))

    _step(at)  # the timer's step: 2016 has no data
    text = html.unescape(all_text(at))
    assert "## Jumlah PMKS (26 jenis) · 2016" in text
    assert "tidak ada data 2016" in text
    assert 'data-serambi-play-year="2016"' in text and "2 dari 10" in text
    assert at.session_state["f_year"] == 2015  # the shared year stays a year with data
    assert _legend_rows(at) == fixed

    for _ in range(3):  # 2017, 2018 (no data), 2019
        _step(at)
    assert at.session_state["f_year"] == 2019
    assert at.query_params["tahun"] == "2019"
    assert "tidak ada data" not in html.unescape(all_text(at)).split("</summary>")[0]
    assert _legend_rows(at) == fixed

    for _ in range(5):  # up to 2024, the last year
        _step(at)
    assert at.session_state["f_year"] == 2024
    assert at.session_state[playback.K_PLAYING] is True
    _step(at)  # past the end: loop is off, so it stops on 2024
    assert at.session_state[playback.K_PLAYING] is False
    assert at.session_state["f_year"] == 2024
    assert _legend_rows(at) == fixed  # still the playback's classes until "Selesai"

    _click(at, playback.STOP_KEY)
    assert _legend_rows(at) != fixed  # 2024's own classes again
    assert at.button(key=playback.STOP_KEY).disabled


def test_pause_and_loop_and_indicator_change_ends_playback():
    at = run_app("pages/peta.py", query={"indikator": "kpm_pkh", "tahun": "2023"})
    assert not at.exception, at.exception
    at.toggle(key=playback.K_LOOP).set_value(True)
    _click(at, playback.TOGGLE_KEY)
    _step(at)
    assert at.session_state["f_year"] == 2024
    _step(at)  # loop: back to the first year
    assert at.session_state["f_year"] == 2019
    _click(at, playback.TOGGLE_KEY)  # pause
    assert at.session_state[playback.K_PLAYING] is False
    _step(at)  # a late timer rerun while paused does nothing
    assert at.session_state["f_year"] == 2019

    at.selectbox(key="w_indicator").set_value("pmks_total")
    at.run()
    assert not at.exception, at.exception
    assert at.session_state.get(playback.K_INDICATOR) is None
    assert not at.button(key=playback.TOGGLE_KEY).disabled


def test_comparison_map_from_the_url():
    at = run_app(
        "pages/peta.py",
        query={"indikator": "penduduk_miskin_persen", "tahun": "2024", "banding": "2020"},
    )
    assert not at.exception, at.exception
    text = html.unescape(all_text(at))
    assert "## Persentase penduduk miskin: perubahan 2020 → 2024" in text
    assert "Perubahan = nilai 2024 dikurangi nilai 2020" in text
    assert 'data-serambi-ranking="change"' in text
    assert at.query_params["banding"] == "2020"
    assert at.button(key=playback.TOGGLE_KEY).disabled  # no playback of a change map
    downloads = {b.proto.id.split("-")[-1]: b.proto.label for b in at.get("download_button")}
    assert [downloads.get(k) for k in ("chg_csv", "chg_xlsx", "chg_html")] == [
        "Unduh tabel (CSV)",
        "Unduh tabel (Excel)",
        "Unduh peta (HTML luring)",
    ]
    table = html_tables(at)[0]
    assert list(table.columns[:6]) == [
        "Kabupaten/kota",
        "Kode BPS",
        "Kode Kemendagri",
        "Nilai 2020 (%)",
        "Nilai 2024 (%)",
        "Perubahan (poin)",
    ]
    assert len(table) == 10
    assert "DATA CONTOH" not in text  # official figures in both years

    # Back to the one-year map with the selector; the URL follows.
    at.selectbox(key="w_compare_year").set_value(0)
    at.run()
    assert not at.exception, at.exception
    assert "banding" not in at.query_params
    assert "## Persentase penduduk miskin · 2024" in all_text(at)


def test_comparison_of_example_data_says_so_and_counts_rates_in_points_per_1000():
    at = run_app(
        "pages/peta.py",
        query={"indikator": "pmks_total", "tahun": "2024", "banding": "2019", "lang": "en"},
    )
    assert not at.exception, at.exception
    text = html.unescape(all_text(at))
    assert "EXAMPLE DATA" in text
    table = html_tables(at)[0]
    assert "Change (points per 1,000 population)" in table.columns


def test_presenter_agenda_step_shows_the_comparison(tmp_path, monkeypatch):
    agenda = tmp_path / "agenda.toml"
    agenda.write_text(
        '[[langkah]]\nhalaman = "beranda"\n\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "penduduk_miskin_persen"\n'
        "tahun = 2024\nbanding = 2020\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = run_app(query={"mode": "presentasi"})
    _click(at, "presenter_next")
    assert at.session_state["f_compare_year"] == 2020
    assert "perubahan 2020 → 2024" in html.unescape(all_text(at))
    _click(at, "presenter_prev")
    assert at.session_state["f_compare_year"] is None


def test_unknown_comparison_year_falls_back_with_a_notice():
    at = run_app(
        "pages/peta.py",
        query={"indikator": "penduduk_miskin_persen", "tahun": "2024", "banding": "1999"},
    )
    assert not at.exception, at.exception
    assert "Tahun pembanding '1999' tidak tersedia" in all_text(at)
    assert "## Persentase penduduk miskin · 2024" in all_text(at)
