"""``python manage.py brief``: writes the file; a broken agenda exits 1 with its problems."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from pptx import Presentation

from tests.briefing.conftest import REPO_ROOT


def _run(args: list[str], db_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": db_url}
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "manage.py"), "brief", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_cli_writes_pptx(tmp_path, brief_db_url) -> None:  # noqa: ANN001
    agenda = tmp_path / "rakor.toml"
    agenda.write_text(
        '[rapat]\njudul = "Rakor uji"\n[[langkah]]\nhalaman = "cakupan"\nindikator = "kpm_pkh"\n',
        encoding="utf-8",
    )
    out = tmp_path / "rakor.pptx"
    result = _run(["--agenda", str(agenda), "-o", str(out), "--date", "2026-03-10"], brief_db_url)
    assert result.returncode == 0, result.stderr
    assert "DATA CONTOH" in result.stdout
    deck = Presentation(io.BytesIO(out.read_bytes()))
    assert len(deck.slides) == 3


def test_cli_reports_agenda_problems(tmp_path, brief_db_url) -> None:  # noqa: ANN001
    agenda = tmp_path / "salah.toml"
    agenda.write_text(
        '[[langkah]]\nhalaman = "peta"\nindikator = "bukan_indikator"\n', encoding="utf-8"
    )
    result = _run(["--agenda", str(agenda), "-o", str(tmp_path / "x.pdf")], brief_db_url)
    assert result.returncode == 1
    assert "Langkah 1: indikator 'bukan_indikator' tidak ada di katalog" in result.stderr
    result = _run(["--agenda", str(agenda), "-o", str(tmp_path / "x.docx")], brief_db_url)
    assert result.returncode == 2
