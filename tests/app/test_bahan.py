"""Bahan rapat page (AppTest): agenda listed, the button builds, two downloads appear."""

from __future__ import annotations

from tests.app.conftest import all_text, run_app


def test_build_gives_two_downloads(app_env, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    agenda = tmp_path / "rakor.toml"
    agenda.write_text(
        '[rapat]\njudul = "Rakor uji"\n[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = run_app("pages/bahan.py")
    assert not at.exception
    assert "Bahan rapat" in all_text(at)
    assert at.text_input(key="brief_title").value == "Rakor uji"
    at.button(key="brief_build").click().run()
    assert not at.exception
    text = all_text(at)
    assert "Bahan rapat siap: 1 tampilan" in text
    assert "DATA-CONTOH" in text  # the example warning names the file marker
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Unduh PowerPoint (.pptx)", "Unduh handout PDF (A4)"]


def test_broken_agenda_is_explained(app_env, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    agenda = tmp_path / "salah.toml"
    agenda.write_text('[[langkah]]\nhalaman = "petaa"\n', encoding="utf-8")
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = run_app("pages/bahan.py", query={"lang": "en"})
    assert not at.exception
    assert "Step 1: unknown page 'petaa'" in at.error[0].value
