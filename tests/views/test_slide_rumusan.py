"""The Bahan rapat slide "Tindak lanjut rumusan rakor <tahun>" (views.slide_rumusan), from an
agenda of its own: the counts, the late ones first, each linked indicator's progress, the
fallback to the latest rakor, the empty store, and the slide in a real PPTX."""

from __future__ import annotations

import io
from collections.abc import Iterator

import geopandas as gpd
import pytest
from pptx import Presentation
from sqlalchemy import Engine

from views.agenda import AgendaStep, parse_agenda
from views.brief_data import open_data
from views.slides import build_view
from welfare.db import make_engine
from welfare.rumusan import store
from welfare.store import ensure_ready

AGENDA = """
[rapat]
judul = "Rakor PMKS Kaltim 2026"
tanggal = 2026-11-20
tempat = "Samarinda"

[[langkah]]
halaman = "rumusan"
tahun = 2025
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    eng = make_engine(f"sqlite:///{tmp_path_factory.mktemp('slide-rumusan') / 's.db'}")
    ensure_ready(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def data(engine: Engine, regencies: gpd.GeoDataFrame):  # noqa: ANN201
    return open_data(engine, regencies)


def test_no_rumusan_yet_says_so(data) -> None:  # noqa: ANN001
    view = build_view(data, AgendaStep("rumusan", year=2025), "id")
    assert view.title == "Tindak lanjut rumusan"
    assert view.key_points[0].startswith("Belum ada rumusan rakor yang tercatat")
    assert view.slide_table is None and not view.has_example


@pytest.fixture(scope="module")
def recorded(engine: Engine) -> None:
    meeting = store.create_meeting(
        engine,
        {"nama": "Rakor PMKS 2025", "tanggal": "20 November 2025", "tempat": "Balikpapan",
         "tuan_rumah": "6471"},
        user="sari",
    ).id  # fmt: skip
    for values in (
        {"rumusan": "Rapat teknis tiap semester.", "jenis": "kelembagaan",
         "penanggung_jawab": "Dinsos provinsi", "wilayah": "semua",
         "batas_waktu": "31 Desember 2025", "status": "selesai"},
        {"rumusan": "Turunkan kemiskinan di PPU sampai 6 persen.", "jenis": "program",
         "penanggung_jawab": "Dinsos PPU", "wilayah": "6409", "batas_waktu": "30 Juni 2026",
         "indikator": "penduduk_miskin_persen", "target": "6,0", "tahun_target": "2026"},
    ):  # fmt: skip
        assert store.add_rumusan(engine, meeting, values, user="sari").ok
    # Another rakor, later: the step's year picks the 2025 one.
    later = store.create_meeting(
        engine,
        {"nama": "Rakor 2026", "tanggal": "1/3/2026", "tempat": "Samarinda", "tuan_rumah": "64"},
        user="sari",
    ).id
    assert store.add_rumusan(
        engine,
        later,
        {"rumusan": "Rumusan 2026.", "jenis": "data", "penanggung_jawab": "Dinsos provinsi",
         "wilayah": "semua"},
        user="sari",
    ).ok  # fmt: skip


@pytest.mark.usefixtures("recorded")
def test_the_follow_up_of_one_rakor_late_first_with_progress(data) -> None:  # noqa: ANN001
    (step,) = parse_agenda(AGENDA).steps
    view = build_view(data, step, "id")
    assert view.title == "Tindak lanjut rumusan rakor 2025"
    assert view.subtitle == "Rakor PMKS 2025, 20 November 2025, Balikpapan"
    # Deadline 30 Juni 2026 has passed (the deck is made later): late, and first.
    assert view.top_note.startswith(
        "2 rumusan: 1 terlambat, 0 belum dimulai, 0 berjalan, 1 selesai, 0 tidak dilanjutkan (per "
    )
    rows = view.slide_table
    assert rows.iloc[0]["No."] == "2" and rows.iloc[0]["Status"].startswith("Terlambat (lewat ")
    assert rows.iloc[0]["Indikator terkait"] == (
        "Persentase penduduk miskin PPU 6,68 % (2024) · target ≤ 6 % (2026) · data lama"
    )
    assert rows.iloc[1]["Status"] == "Selesai" and rows.iloc[1]["Indikator terkait"] == "–"
    assert view.key_points == (
        "2. target persentase penduduk miskin PPU ≤ 6 % pada 2026, sekarang 6,68 % (2024, "
        "sumber BPS Paser (Radar Paser, 30/9/2024)) — belum tercapai, selisih +0,68 poin; "
        "data lama: angka dari sebelum rapat 2025; angka 2025 sudah ada (5,58 %, belum tampil "
        "di peta) — tercapai (selisih -0,42 poin)",
    )
    assert any(c.url and "radarpaser.com" in c.url for c in view.sources)
    assert view.years == (2025,) and not view.has_example and view.problems == ()
    assert "Rumusan 2026." not in view.table.to_string()


@pytest.mark.usefixtures("recorded")
def test_a_year_without_a_rakor_falls_back_to_the_latest_and_says_so(data) -> None:  # noqa: ANN001
    view = build_view(data, AgendaStep("rumusan", year=2023), "id")
    assert view.title == "Tindak lanjut rumusan rakor 2026"
    assert view.problems == ("Tidak ada rakor tercatat pada 2023; ditampilkan rakor 2026.",)
    latest = build_view(data, AgendaStep("rumusan"), "en")
    assert latest.title == "Follow-up of the 2026 meeting's resolutions" and not latest.problems


@pytest.mark.usefixtures("recorded")
def test_the_slide_in_the_deck(data) -> None:  # noqa: ANN001
    from briefing.build import build_brief, default_cover

    agenda = parse_agenda(AGENDA)
    built = build_brief(
        agenda, default_cover(agenda, "id"), "id", data=data, formats=("pptx",), use_kaleido=False
    )
    deck = Presentation(io.BytesIO(built.files["pptx"]))
    texts = []
    for slide in deck.slides:
        parts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        for shape in slide.shapes:
            if shape.has_table:
                parts += [c.text for row in shape.table.rows for c in row.cells]
        texts.append(" ".join(parts))
    slide = next(t for t in texts if "Tindak lanjut rumusan rakor 2025" in t and "Terlambat" in t)
    assert "Turunkan kemiskinan di PPU sampai 6 persen." in slide
    assert "Persentase penduduk miskin PPU 6,68 % (2024)" in slide
    assert "2 rumusan: 1 terlambat" in slide
