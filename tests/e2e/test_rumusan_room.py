"""The rakor's resolutions in Chromium, as in the meeting room: a staff member logs in,
records the meeting, switches to presenter mode and records a rumusan on the projector
(typing keys stay in the form, the agenda does not move), updates its status after the
meeting, and finds it on the regency profile, on /rumusan, in the signed-ready PDF and in the
Bahan rapat's slide "Tindak lanjut rumusan rakor <tahun>"."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from tests.e2e.conftest import ARTIFACTS, offline_context, start_app, stop_app, wait_idle
from views.rumusan_view import today
from welfare import auth

pytestmark = pytest.mark.e2e

PASSWORD = "sandi-rakor-2026"
TEXT = "Dinas Sosial kabupaten/kota menurunkan kemiskinan sampai paling banyak 6 persen."
AGENDA = '[[langkah]]\nhalaman = "rumusan"\n\n[[langkah]]\nhalaman = "profil"\nwilayah = "6409"\n'


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("e2e-rumusan")
    users = tmp / "users.toml"
    auth.add_user("ani", PASSWORD, users)
    agenda = tmp / "agenda.toml"
    agenda.write_text(AGENDA, encoding="utf-8")
    app = start_app(tmp, {"SERAMBI_USERS_FILE": str(users), "SERAMBI_AGENDA": str(agenda)})
    yield app
    stop_app(app)


def _main(page):  # noqa: ANN001, ANN202
    return page.locator("[data-testid=stMain]")


def _log_in(page) -> None:  # noqa: ANN001
    page.get_by_text("Untuk staf: masuk untuk mencatat dan memperbarui rumusan").click()
    page.locator("input[aria-label='Nama pengguna']").fill("ani")
    page.locator("input[aria-label='Kata sandi']").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    wait_idle(page, 60_000)
    page.get_by_text("Masuk sebagai").wait_for(timeout=30_000)


def _pick(scope, page, label: str, text: str) -> None:  # noqa: ANN001
    box = scope.get_by_role("combobox", name=label, exact=True)
    box.click()
    box.press_sequentially(text[:18])
    page.get_by_role("option", name=text).first.click()


def _pdf_text(data: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(data), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_record_in_the_room_then_follow_it_up_everywhere(room, browser, tmp_path: Path) -> None:  # noqa: ANN001
    context, blocked = offline_context(browser, width=1366, height=768)
    page = context.new_page()
    year = today().year
    try:
        page.goto(f"{room.url}/rumusan")
        wait_idle(page, 90_000)
        page.get_by_text("Belum ada rumusan yang tercatat.").wait_for(timeout=30_000)
        _log_in(page)

        # Before the meeting: record it (today, Samarinda).
        page.locator("input[aria-label='Nama rapat']").fill(f"Rakor PMKS Kaltim {year}")
        page.locator("input[aria-label='Tempat']").fill("Samarinda")
        page.get_by_role("button", name="Simpan rapat").click()
        wait_idle(page, 60_000)
        page.get_by_text("Rapat dicatat.").wait_for(timeout=30_000)

        # The meeting: presenter mode in the same tab (the login is this tab's session).
        page.locator("[data-testid=stSidebar]").get_by_text("Mode presentasi").click()
        wait_idle(page, 60_000)
        step = page.locator("[data-serambi-step]")
        assert "1 dari 2" in step.inner_text()
        page.locator(".st-key-rumusan_quick button").first.click()
        form = page.locator("[data-testid=stPopoverBody]")
        text = form.locator("textarea[aria-label='Teks rumusan']")
        text.fill(TEXT)
        # A clicker key or an arrow while typing stays in the form: the agenda does not move.
        text.press("PageDown")
        text.press("ArrowUp")
        assert "1 dari 2" in step.inner_text()
        form.locator("input[aria-label='Penanggung jawab']").fill("Dinsos kab/kota")
        form.locator("input[aria-label='Batas waktu']").fill(f"31 Desember {year}")
        _pick(form, page, "Indikator terkait 1", "Persentase penduduk miskin")
        form.locator("input[aria-label='Target']").fill("6,0")
        form.locator("input[aria-label='Tahun target']").fill(str(year))
        form.get_by_role("button", name="Catat").click()
        wait_idle(page, 60_000)
        page.locator("[data-testid=stToast]").get_by_text("Rumusan nomor 1 dicatat.").wait_for(
            timeout=30_000
        )
        assert "mode=presentasi" in page.url and "1 dari 2" in step.inner_text()
        projector = page.locator(".rmsn-present")
        projector.get_by_text(TEXT).wait_for(timeout=30_000)
        assert f"Tindak lanjut rumusan rakor {year}" in _main(page).inner_text()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "rumusan-presenter-form-1366.png"))
        # Escape closes the open popover and nothing else; then the clicker steps again.
        page.keyboard.press("Escape")
        form.wait_for(state="detached", timeout=10_000)
        assert "mode=presentasi" in page.url
        page.screenshot(path=str(ARTIFACTS / "rumusan-presenter-1366.png"))
        page.keyboard.press("PageDown")
        wait_idle(page, 60_000)
        page.wait_for_url(re.compile(r"/profil"), timeout=30_000)
        assert "2 dari 2" in page.locator("[data-serambi-step]").inner_text()
        page.keyboard.press("PageUp")
        wait_idle(page, 60_000)
        page.wait_for_url(re.compile(r"/rumusan"), timeout=30_000)

        # After the meeting: leave presenter mode, set the status.
        page.get_by_role("button", name="Keluar mode presentasi").click()
        wait_idle(page, 60_000)
        page.get_by_text("Status & tindak lanjut").click()
        wait_idle(page, 60_000)
        _pick(_main(page), page, "Status", "Berjalan")
        page.get_by_role("button", name="Simpan status").click()
        wait_idle(page, 60_000)
        page.get_by_text("Status rumusan nomor 1: berjalan.").wait_for(timeout=30_000)
        card = page.locator("article.rmsn-card", has_text=TEXT)
        assert "Berjalan" in card.inner_text()
        assert "sekarang 5,17 % (2025" in card.inner_text()  # the province's own row, Maret 2025
        assert "tercapai" in card.inner_text()

        # The "Rumusan rapat" PDF, ready to sign.
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="Rumusan rapat (PDF)").click()
        pdf = tmp_path / "rumusan.pdf"
        pdf.write_bytes(Path(info.value.path()).read_bytes())
        flat = " ".join(_pdf_text(pdf).split())
        assert f"1. {TEXT}" in flat and "Pimpinan rapat" in flat
        assert re.search(rf"Ditetapkan di Samarinda, \d+ \w+ {year}", flat)

        # The regency profile lists it (all of Kaltim concerns PPU), with its status.
        page.goto(f"{room.url}/profil?wilayah=6409")
        wait_idle(page, 90_000)
        section = page.locator("table.rmsn-table", has_text=TEXT)
        section.wait_for(timeout=60_000)
        assert "Berjalan" in section.inner_text()

        # The Bahan rapat's slide.
        page.goto(f"{room.url}/bahan")
        wait_idle(page, 90_000)
        page.get_by_role("button", name="Buat bahan rapat").click()
        page.get_by_text("Unduh PowerPoint (.pptx)").wait_for(timeout=180_000)
        with page.expect_download(timeout=60_000) as info:
            page.get_by_text("Unduh PowerPoint (.pptx)").click()
        deck = Presentation(io.BytesIO(Path(info.value.path()).read_bytes()))
        slides = []
        for slide in deck.slides:
            parts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
            for shape in slide.shapes:
                if shape.has_table:
                    parts += [c.text for row in shape.table.rows for c in row.cells]
            slides.append(" ".join(parts))
        ours = next(s for s in slides if f"Tindak lanjut rumusan rakor {year}" in s and TEXT in s)
        assert "Berjalan" in ours and "Persentase penduduk miskin Kaltim 5,17 % (2025)" in ours
    finally:
        context.close()
    assert blocked == []
