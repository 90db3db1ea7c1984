"""Presenter mode: sidebar hidden, agenda bar, "next view" steps through the saved agenda."""

from __future__ import annotations

import pytest

from components.presenter import Step, load_agenda
from tests.app.conftest import all_text, run_app

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
    at = run_app("pages/peta.py", query={"mode": "presentasi"})
    assert not at.exception, at.exception
    assert at.session_state["f_presenter"] is True
    assert "Agenda 0 dari 3" in all_text(at)  # the unknown page is skipped

    _next(at)
    assert "Agenda 1 dari 3" in all_text(at)
    assert "Provinsi Kalimantan Timur" in all_text(at)  # beranda

    _next(at)
    assert at.session_state["f_indicator"] == "pmks_total"
    assert at.session_state["f_year"] == 2022
    assert "## Jumlah PMKS (26 jenis) · 2022" in all_text(at)
    assert at.query_params["mode"] == "presentasi"
    assert at.query_params["indikator"] == "pmks_total"

    _next(at)
    assert at.session_state["f_indicator"] == "penduduk_miskin_persen"
    assert at.session_state["f_regions_mode"] == "penyangga"
    assert at.button(key="presenter_next").disabled


def test_leaving_presenter_mode_drops_it_from_the_url():
    at = run_app("pages/peta.py", query={"mode": "presentasi"})
    at.button(key="presenter_exit").click()
    at.run()
    assert not at.exception
    assert at.session_state["f_presenter"] is False
    assert "mode" not in at.query_params


def test_broken_agenda_file_falls_back(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[langkah]\nhalaman = ", encoding="utf-8")
    assert load_agenda(bad) == [Step("beranda")]
    odd = tmp_path / "odd.toml"
    odd.write_text('[[langkah]]\nhalaman = 3\n[[langkah]]\nhalaman = "peta"\ntahun = "x"\n')
    assert load_agenda(odd) == [Step("peta")]
