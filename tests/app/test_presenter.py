"""Presenter mode: sidebar hidden, agenda bar, "next view" steps through the saved agenda."""

from __future__ import annotations

import pytest

from components.widgets import presenter
from tests.app.conftest import all_text, html_tables, run_app

pytestmark = pytest.mark.usefixtures("app_env")


def _next(at):
    at.button(key="presenter_next").click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_presenter_mode_steps_through_agenda(tmp_path, monkeypatch):
    agenda = tmp_path / "agenda.toml"
    agenda.write_text(
        '[[langkah]]\nhalaman = "beranda"\n\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\ntahun = 2022\n\n'
        '[[langkah]]\nhalaman = "halaman_tidak_ada"\n\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "penduduk_miskin_persen"\n'
        'wilayah = "penyangga"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = run_app(query={"mode": "presentasi"})  # the home page: the agenda's first view
    assert not at.exception, at.exception
    assert at.session_state["f_presenter"] is True
    # The first view is step 1 (not 0); the unknown page is skipped, with a notice.
    assert "1 dari 3" in all_text(at) and "0 dari 3" not in all_text(at)
    notices = [w.value.replace("\\", "") for w in at.warning]  # escaped markdown
    assert any("Langkah 3: halaman 'halaman_tidak_ada' tidak dikenal" in n for n in notices)
    assert "Provinsi Kalimantan Timur" in all_text(at)  # beranda
    assert at.button(key="presenter_prev").disabled

    _next(at)
    assert "2 dari 3" in all_text(at)
    assert at.session_state["f_indicator"] == "pmks_total"
    assert at.session_state["f_year"] == 2022
    assert "## Jumlah PMKS (26 jenis) · 2022" in all_text(at)
    assert at.query_params["mode"] == "presentasi"
    assert at.query_params["indikator"] == "pmks_total"

    _next(at)
    assert "3 dari 3" in all_text(at)
    assert at.session_state["f_indicator"] == "penduduk_miskin_persen"
    assert at.session_state["f_regions_mode"] == "penyangga"
    assert at.button(key="presenter_next").disabled


def test_presenter_mode_numbers_the_view_on_screen(tmp_path, monkeypatch):
    agenda = tmp_path / "agenda.toml"
    agenda.write_text(
        '[[langkah]]\nhalaman = "beranda"\n\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\n\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "penduduk_miskin_persen"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = run_app("pages/peta.py", query={"mode": "presentasi"})  # poverty rate map
    assert not at.exception, at.exception
    assert "3 dari 3" in all_text(at)
    at = run_app("pages/tren.py", query={"mode": "presentasi"})  # not on this agenda
    assert "Di luar agenda (3 tampilan)" in all_text(at)


def test_presenter_mode_has_the_clicker_keys_and_fits_the_map_page():
    at = run_app("pages/peta.py", query={"mode": "presentasi"})
    assert not at.exception, at.exception
    scripts = [h.proto.body for h in at.get("html") if "__serambiKeys" in h.proto.body]
    assert len(scripts) == 1  # injected once, with the step text
    for key in ("PageDown", "PageUp", "ArrowRight", "Escape", "presenter_next", "presenter_exit"):
        assert key in scripts[0]
    assert "http" not in scripts[0]  # offline: no library, no CDN
    # The legend is beside the map; the table and downloads stay in normal mode.
    assert any("data-serambi-legend" in h.proto.body for h in at.get("html"))
    assert not at.dataframe and not html_tables(at)


def test_leaving_presenter_mode_drops_it_from_the_url():
    at = run_app("pages/peta.py", query={"mode": "presentasi"})
    at.button(key="presenter_exit").click()
    at.run()
    assert not at.exception
    assert at.session_state["f_presenter"] is False
    assert "mode" not in at.query_params


PAGE_FILES = {"beranda": "pages/beranda.py", "peta": "pages/peta.py"}


def test_broken_agenda_file_falls_back(tmp_path, monkeypatch):
    """The presenter reads the agenda with views.agenda; a meeting never stops on it."""
    bad = tmp_path / "bad.toml"
    bad.write_text("[[langkah]\nhalaman = ", encoding="utf-8")
    monkeypatch.setenv("SERAMBI_AGENDA", str(bad))
    assert [s.page for s in presenter.agenda_for(PAGE_FILES).steps] == ["beranda"]
    odd = tmp_path / "odd.toml"
    odd.write_text('[[langkah]]\nhalaman = 3\n[[langkah]]\nhalaman = "peta"\ntahun = "x"\n')
    monkeypatch.setenv("SERAMBI_AGENDA", str(odd))
    steps = presenter.agenda_for(PAGE_FILES).steps
    assert [s.page for s in steps] == ["peta"]
    # The bad year is kept as written: it is refused when the step is applied, like a URL's.
    # A step without "banding" shows one year (drops a comparison left by the step before).
    assert presenter.step_change(steps[0]) == {
        "wilayah": None,
        "tingkat": None,
        "tahun": "x",
        "banding": None,
    }


def test_agenda_step_with_a_bad_code_is_refused_like_a_bad_url(tmp_path, monkeypatch):
    """The same check (components.state.view_state) and the same notice as ?wilayah=6501,6403."""
    from_url = run_app("pages/peta.py", query={"indikator": "pmks_total", "wilayah": "6501,6403"})
    url_notices = [w.value for w in from_url.warning]
    assert len(url_notices) == 1
    assert "Kode wilayah tidak dikenal diabaikan: 6501." in url_notices[0].replace("\\", "")
    agenda = tmp_path / "agenda.toml"
    agenda.write_text(
        '[[langkah]]\nhalaman = "beranda"\n\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\nwilayah = "6501,6403"\n\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "bukan_indikator"\ntahun = 1899\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = _next(run_app(query={"mode": "presentasi"}))
    assert "2 dari 3" in all_text(at)
    assert [w.value for w in at.warning] == url_notices
    assert at.session_state["f_regions_mode"] == "pilih"
    assert at.session_state["f_regions"] == ["6403"]  # the good code of the step is kept
    assert at.query_params["wilayah"] == "6403"

    at = _next(at)  # an unknown indicator and year: the URL's fallbacks and notices
    assert "3 dari 3" in all_text(at)
    notices = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "Indikator 'bukan_indikator' tidak dikenal" in notices
    assert "Tahun '1899' tidak tersedia" in notices
    assert at.session_state["f_indicator"] == "penduduk_miskin_persen"
    assert at.session_state["f_regions_mode"] == "semua"  # the step names no regions


def test_step_without_year_opens_the_map_default_year(tmp_path, monkeypatch):
    """No year in the step: the latest year with data for at least 8 of 10 regencies, the same
    rule as the map's default, not simply the latest year (which may cover two regencies)."""
    from components.state import data_access, filters

    candidates = filters.indicators_with_data()
    thin = [
        i
        for i in candidates
        if data_access.default_year(i).year not in (None, data_access.years(i)[-1])
    ]
    indicator = thin[0] if thin else "pmks_total"
    expected = data_access.default_year(indicator).year
    agenda = tmp_path / "agenda.toml"
    agenda.write_text(
        f'[[langkah]]\nhalaman = "beranda"\n\n[[langkah]]\nhalaman = "peta"\n'
        f'indikator = "{indicator}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = _next(run_app(query={"mode": "presentasi"}))
    assert at.session_state["f_indicator"] == indicator
    assert at.session_state["f_year"] == expected


def test_presenter_mode_shows_one_focused_view_per_page():
    """Tren: the comparison chart only (with its text alternative); Cakupan: cards, map and
    ranking (no scatter, no table); Profil: the headline cards (no picker, no long list)."""
    at = run_app("pages/tren.py", query={"mode": "presentasi", "indikator": "pmks_total"})
    assert not at.exception, at.exception
    assert not at.main.tabs and not at.main.dataframe and not at.main.expander
    charts = at.get("plotly_chart")
    assert len(charts) == 1 and charts[0].proto.alt.startswith("Grafik garis")

    at = run_app("pages/cakupan.py", query={"mode": "presentasi", "indikator": "kpm_pkh"})
    assert not at.exception, at.exception
    bodies = [h.proto.body for h in at.get("html")]
    assert any("serambi-cov-cards" in b for b in bodies)
    assert any("data-serambi-ranking" in b for b in bodies)  # the map's text alternative
    assert not at.dataframe and not at.get("plotly_chart")

    at = run_app("pages/profil.py", query={"mode": "presentasi", "wilayah": "6409"})
    assert not at.exception, at.exception
    cards = [b for b in (h.proto.body for h in at.get("html")) if "serambi-cards present" in b]
    assert len(cards) == 1 and 4 <= cards[0].count("data-indicator=") <= 8
    assert not at.main.selectbox and not at.main.expander
