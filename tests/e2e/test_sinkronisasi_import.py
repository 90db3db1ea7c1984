"""Sinkronisasi in Chromium: a staff member imports a 4W sheet of about 200 activities on
Kelola data; the matrix shows a gap closed and an overlap to check; the Bahan rapat's slide
says the same."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import Workbook
from pptx import Presentation

from tests.e2e.conftest import ARTIFACTS, start_app, stop_app, wait_idle
from welfare import auth
from welfare.register.records import FIELDS

pytestmark = pytest.mark.e2e

PASSWORD = "sandi-rakor-2026"
REGENCIES = ["6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474"]
GROUPS = [
    "Lanjut usia telantar",
    "Anak telantar",
    "Gelandangan",
    "Fakir miskin",
    "Korban bencana alam",
    "Pemulung",
]
LEVELS = [("provinsi", "APBD provinsi"), ("kabupaten_kota", "APBD kabupaten/kota")]


def four_w_sheet() -> bytes:
    """About 200 activities: the two the test looks for, and filler in 2025 across regencies."""
    rows = [
        # closes Kukar's gap for persons with disabilities in 2024
        {
            "program": "Bantuan alat bantu disabilitas",
            "tingkat": "Kab/Kota",
            "sumber_dana": "APBD kab",
            "instansi": "Dinsos Kukar",
            "sasaran": "Penyandang disabilitas",
            "kode_wilayah": "64.02",  # Kemendagri: Kutai Kartanegara (BPS 6403)
            "tahun": 2024,
            "jumlah_realisasi": 120,
            "satuan_realisasi": "orang",
            "anggaran_rp": "Rp 1,2 M",
            "status": "selesai",
            "sumber": "Laporan Dinsos Kukar 2024",
        },
        # two more levels reach PPU's substandard houses in 2024: above the backlog of 1.342
        {
            "program": "Bedah rumah PPU tahap II",
            "tingkat": "kabupaten_kota",
            "sumber_dana": "APBD kabupaten/kota",
            "instansi": "Disperkimtan PPU",
            "sasaran": "Rumah tidak layak huni",
            "kode_wilayah": "6409",
            "tahun": 2024,
            "jumlah_realisasi": 800,
            "satuan_realisasi": "unit",
            "status": "selesai",
            "sumber": "Laporan Disperkimtan PPU 2024",
        },
        {
            "program": "RTLH Pemprov untuk PPU",
            "tingkat": "provinsi",
            "sumber_dana": "APBD provinsi",
            "instansi": "Disperkim Kaltim",
            "sasaran": "Rumah tidak layak huni",
            "kode_wilayah": "6409",
            "tahun": 2024,
            "jumlah_realisasi": 700,
            "satuan_realisasi": "unit rumah",
            "status": "selesai",
            "sumber": "Laporan Disperkim Kaltim 2024",
        },
    ]
    i = 0
    while len(rows) < 200:
        kode = REGENCIES[i % len(REGENCIES)]
        group = GROUPS[(i // len(REGENCIES)) % len(GROUPS)]
        level, funding = LEVELS[(i // 60) % len(LEVELS)]
        rows.append(
            {
                "program": f"Layanan {group.lower()} {i + 1}",
                "tingkat": level,
                "sumber_dana": funding,
                "instansi": "Dinsos",
                "sasaran": group,
                "kode_wilayah": kode,
                "tahun": 2025,
                "jumlah_rencana": 10 + i,
                "satuan_rencana": "jiwa",
                "status": "rencana",
                "sumber": "Rencana kerja Dinsos 2025",
            }
        )
        i += 1
    wb = Workbook()
    ws = wb.active
    ws.title = "Program per tingkat"
    ws.append(list(FIELDS))
    for row in rows:
        ws.append([row.get(name) for name in FIELDS])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def staff_app(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("e2e-sync")
    users = tmp / "users.toml"
    auth.add_user("ani", PASSWORD, users)
    app = start_app(tmp, {"SERAMBI_USERS_FILE": str(users)})
    yield app
    stop_app(app)


def matrix_cell(page, group: str, column: str) -> str:  # noqa: ANN001
    table = page.locator("table.sync-matrix")
    heads = table.locator("thead th").all_inner_texts()
    row = table.locator("tbody tr", has=page.locator(f'th:text-is("{group}")'))
    return row.locator("td").nth(heads.index(column) - 1).inner_text().strip()


def open_sync(page, url: str) -> None:  # noqa: ANN001
    page.goto(f"{url}/sinkronisasi?tahun=2024")
    wait_idle(page, 90_000)
    page.locator("table.sync-matrix").wait_for(timeout=60_000)


def test_import_closes_a_gap_shows_an_overlap_and_the_slide_says_so(
    staff_app, offline_page, tmp_path: Path
) -> None:  # noqa: ANN001
    page = offline_page
    open_sync(page, staff_app.url)
    assert matrix_cell(page, "PMKS: Penyandang disabilitas", "Kukar") == "celah"
    assert "⚠" not in matrix_cell(page, "Rumah tidak layak huni", "PPU")
    before = page.locator(".serambi-sync-counts").inner_text()

    page.goto(f"{staff_app.url}/data")
    wait_idle(page, 90_000)
    page.locator("input[aria-label='Nama pengguna']").fill("ani")
    page.locator("input[aria-label='Kata sandi']").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    wait_idle(page, 60_000)
    sheet = tmp_path / "program-per-tingkat-4w.xlsx"
    sheet.write_bytes(four_w_sheet())
    page.locator("input[type=file]").first.set_input_files(str(sheet))
    wait_idle(page, 120_000)
    page.get_by_role("button", name="Impor ke dasbor").click()
    wait_idle(page, 120_000)
    page.get_by_text(re.compile(r"200 kegiatan|200 activit")).first.wait_for(timeout=60_000)

    open_sync(page, staff_app.url)
    assert matrix_cell(page, "PMKS: Penyandang disabilitas", "Kukar") == "Kab"
    ppu = matrix_cell(page, "Rumah tidak layak huni", "PPU")
    assert "⚠" in ppu and ppu.startswith("Pst Prov Kab")
    counts = page.locator(".serambi-sync-counts").inner_text()
    assert counts != before and "1 perlu diperiksa tumpang tindih" in counts
    overlap = page.locator("table.serambi-table", has_text="Penajam Paser Utara").first
    assert "1.574" in overlap.inner_text()  # 800 + 700 + 49 + 25 houses > backlog 1.342
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sinkronisasi-after-import.png"), full_page=True)

    page.goto(f"{staff_app.url}/bahan")
    wait_idle(page, 90_000)
    page.get_by_role("button", name="Buat bahan rapat").click()
    page.get_by_text("Unduh PowerPoint (.pptx)").wait_for(timeout=180_000)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_text("Unduh PowerPoint (.pptx)").click()
    deck = Presentation(info.value.path())
    texts = [
        " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        for slide in deck.slides
    ]
    # the step's slide (the cover's agenda also lists its title)
    sync = next(t for t in texts if "Sinkronisasi program per tingkat — 2024" in t and "celah" in t)
    assert counts in sync  # the slide's counts are the page's
    assert page.blocked.urls == []
