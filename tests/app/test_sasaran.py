"""Sasaran & target page (AppTest): snapshot dates next to DTSEN figures, status rule on screen."""

from __future__ import annotations

from tests.app.conftest import all_text, html_tables, run_app


def test_page_shows_snapshot_dates_example_label_and_rule(app_env: str) -> None:
    at = run_app("pages/sasaran.py")
    assert not at.exception
    text = all_text(at)
    assert "Sasaran program dan target kemiskinan" in text
    # every DTSEN-derived card says its snapshot date, and the example data says so
    assert text.count("DTSEN per 23 Januari 2026 (DATA CONTOH)") >= 5
    assert "DATA CONTOH" in text
    assert "desil 1–4" in text and "Kepmensos 79/HUK/2025" in text
    assert "Jarak ke target = nilai − target" in text
    labels = [m.label for m in at.metric]
    assert any("Exclusion" in lbl for lbl in labels) and any("Inclusion" in lbl for lbl in labels)
    frames = html_tables(at)
    assert any("Posisi data DTSEN" in f.columns for f in frames)


def test_english_and_other_programme(app_env: str) -> None:
    at = run_app("pages/sasaran.py", query={"lang": "en"}, session={"sasaran_programme": "pbi_jk"})
    assert not at.exception
    text = all_text(at)
    assert "PBI-JK eligibility rule" in text and "DTSEN as of 23 January 2026" in text


def test_home_and_profile_give_status_against_target(app_env: str) -> None:
    home = run_app("pages/beranda.py")
    assert not home.exception
    text = all_text(home)
    assert "Kemiskinan terhadap target" in text and "RPJMD" in text
    prof = run_app("pages/profil.py", query={"i": "penduduk_miskin_persen"})
    assert not prof.exception
    assert "Jarak ke target = nilai − target" in all_text(prof)
