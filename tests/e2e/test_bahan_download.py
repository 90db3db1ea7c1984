"""Bahan rapat in Chromium: the build button produces the PPTX and PDF downloads."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS, wait_idle

pytestmark = pytest.mark.e2e


def test_button_produces_downloads(app_server, offline_page) -> None:  # noqa: ANN001
    page = offline_page
    page.goto(f"{app_server.url}/bahan")
    wait_idle(page, 90_000)
    page.get_by_role("button", name="Buat bahan rapat").click()
    page.get_by_text("Unduh PowerPoint (.pptx)").wait_for(timeout=120_000)
    wait_idle(page, 60_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "bahan-rapat.png"), full_page=True)
    for label, magic, ext in (
        ("Unduh PowerPoint (.pptx)", b"PK", ".pptx"),
        ("Unduh handout PDF (A4)", b"%PDF", ".pdf"),
    ):
        with page.expect_download(timeout=60_000) as info:
            page.get_by_text(label).click()
        download = info.value
        assert download.suggested_filename.endswith(f"-DATA-CONTOH{ext}")
        with open(download.path(), "rb") as fh:
            assert fh.read(4).startswith(magic)
    assert page.blocked.urls == []
