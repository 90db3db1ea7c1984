"""What the Rumusan page, the profile and the slide say (views.rumusan_view), worked through
with the numbers of the seeded store: a linked indicator's line (value, year, source, verdict,
"data lama", the newer year, DATA CONTOH), the derived "terlambat", the counts, the tables,
the regency counts behind the map and its legend, the comparison of two versions, the form's
field names in messages, and the XLSX matrix kept inert."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from views import rumusan_view as rv
from welfare.db import make_engine
from welfare.exporting import ExportMeta, to_xlsx_bytes
from welfare.rumusan import listing, progress, rules, store
from welfare.rumusan.drafts import IndicatorLink
from welfare.rumusan.problems import FieldProblem
from welfare.store import ensure_ready

POVERTY = "penduduk_miskin_persen"
DAY = date(2026, 7, 1)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A store of its own (the shared views store stays free of rumusan)."""
    eng = make_engine(f"sqlite:///{tmp_path_factory.mktemp('rumusan-view') / 's.db'}")
    ensure_ready(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def meeting(engine: Engine) -> int:
    result = store.create_meeting(
        engine,
        {"nama": "Rakor PMKS 2026", "tanggal": "12 Mei 2026", "tempat": "Samarinda",
         "tuan_rumah": "64"},
        user="sari",
    )  # fmt: skip
    assert result.ok
    rows = [
        {  # late on DAY (deadline 31 May), poverty target in PPU
            "rumusan": "Turunkan kemiskinan PPU.",
            "jenis": "kebijakan",
            "penanggung_jawab": "Dinsos PPU",
            "wilayah": "6409",
            "batas_waktu": "31 Mei 2026",
            "indikator": POVERTY,
            "target": "6,0",
            "tahun_target": "2026",
        },
        {  # open, due later; all of Kaltim
            "rumusan": "Mutakhirkan DTSEN tiap triwulan.",
            "jenis": "data",
            "penanggung_jawab": "Dinsos kab/kota",
            "wilayah": "semua",
            "batas_waktu": "31 Desember 2026",
            "status": "berjalan",
        },
        {  # done: never late; a kecamatan of PPU and Kukar
            "rumusan": "Rapat teknis semester.",
            "jenis": "kelembagaan",
            "penanggung_jawab": "Dinsos provinsi",
            "wilayah": "64.09.04, 6403",
            "batas_waktu": "31 Mei 2026",
            "status": "selesai",
        },
    ]
    for row in rows:
        added = store.add_rumusan(engine, result.id, row, user="sari")
        assert added.ok, added.problems
    return result.id


def test_poverty_line_in_words_with_its_numbers(engine: Engine) -> None:
    # The map's 2024 value for PPU, 6,68 % (BPS via Radar Paser); "<= 6,0 % by 2026": 0,68
    # points to go; 2024 is before the 2026 meeting (data lama); PPU's own 2025 figure 5,58 %
    # is not on the map yet (6 of 10 regencies) and would reach the target (-0,42).
    link = IndicatorLink(POVERTY, "6409", 6.0, "<=", 2026)
    line = rv.link_line(progress.link_progress(engine, link, 2026), "id")
    assert line.text == (
        "target persentase penduduk miskin PPU ≤ 6 % pada 2026, sekarang 6,68 % (2024, sumber "
        "BPS Paser (Radar Paser, 30/9/2024)) — belum tercapai, selisih +0,68 poin; data lama: "
        "angka dari sebelum rapat 2026; angka 2025 sudah ada (5,58 %, belum tampil di peta) — "
        "tercapai (selisih -0,42 poin)"
    )
    assert line.short == (
        "Persentase penduduk miskin PPU 6,68 % (2024) · target ≤ 6 % (2026) · data lama"
    )
    assert (line.reached, line.stale, line.is_example) == (False, True, False)
    assert any(c.url and "radarpaser.com" in c.url for c in line.citations)
    # At a 2024 meeting the same value is the meeting's year: not "data lama".
    fresh = rv.link_line(progress.link_progress(engine, link, 2024), "id")
    assert "data lama" not in fresh.text and not fresh.stale


def test_pkh_coverage_is_a_percent_of_need_and_says_data_contoh(engine: Engine) -> None:
    # Example data: 4.162 KPM / 4.710 families x 100 = 88,37 %: "88,4 %", 90 - 88,37 = 1,6.
    link = IndicatorLink("kpm_pkh", "6409", 90.0, ">=", 2026)
    line = rv.link_line(progress.link_progress(engine, link, 2026), "id")
    assert line.text.startswith(
        "target cakupan PKH PPU ≥ 90 % pada 2026, sekarang 88,4 % (2024, sumber "
    )
    assert "— belum tercapai, selisih +1,6 poin" in line.text
    assert line.text.endswith("; DATA CONTOH") and line.is_example
    assert line.short.endswith("· DATA CONTOH")
    english = rv.link_line(progress.link_progress(engine, link, 2026), "en")
    assert english.text.startswith("target PKH coverage PPU ≥ 90 % by 2026, now 88.4 % (2024")
    assert "not reached yet, distance +1.6 points" in english.text


def test_a_reached_target_and_one_without_data(engine: Engine) -> None:
    # The province's own row, Maret 2025: 5,17 % against "<= 6": reached by 0,83 points.
    prov = IndicatorLink(POVERTY, "64", 6.0, "<=", 2026)
    line = rv.link_line(progress.link_progress(engine, prov, 2026), "id")
    assert "Kaltim ≤ 6 % pada 2026, sekarang 5,17 % (2025" in line.text
    assert "tercapai (selisih -0,83 poin)" in line.text and line.reached
    sept = IndicatorLink("penduduk_miskin_persen_sep", "6409", 6.0, "<=", 2026)
    none = rv.link_line(progress.link_progress(engine, sept, 2026), "id")
    assert none.text.endswith("; belum ada angkanya di Serambi") and none.reached is None


def test_status_late_first_and_counts(engine: Engine, meeting: int) -> None:
    records = listing.list_by_meeting(engine, meeting)
    items = rv.build_items(records, progress.progress_for(engine, records), DAY, "id")
    assert [(i.number, i.status, i.status_note) for i in items] == [
        (1, "terlambat", "lewat 31 hari"),  # 1 July is 31 days after 31 May
        (2, "berjalan", "183 hari lagi"),
        (3, "selesai", ""),
    ]
    assert items[0].status_label == "Terlambat" and items[0].links[0].reached is False
    counts = rules.status_counts(records, DAY)
    assert rv.counts_text(counts, "id") == (
        "3 rumusan: 1 terlambat, 0 belum dimulai, 1 berjalan, 1 selesai, 0 tidak dilanjutkan"
    )
    assert rv.counts_text(counts, "en").startswith("3 resolutions: 1 overdue, 0 not started")
    # On the deadline day itself nothing is late yet.
    on_time = rv.build_items(records, {}, date(2026, 5, 31), "id")
    assert [i.status for i in on_time][:2] == ["belum_dimulai", "berjalan"]
    assert on_time[0].status_note == "batas waktu hari ini"


def test_tables_by_meeting_regency_and_status(engine: Engine, meeting: int) -> None:
    records = listing.list_by_meeting(engine, meeting)
    items = rv.build_items(records, progress.progress_for(engine, records), DAY, "id")
    table = rv.list_table(items, "id")
    assert list(table.columns) == [
        "No.", "Rumusan", "Penanggung jawab", "Batas waktu", "Status", "Indikator terkait",
        "Wilayah",
    ]  # fmt: skip
    assert table.iloc[0]["Status"] == "Terlambat (lewat 31 hari)"
    assert table.iloc[2]["Wilayah"] == "Kec. Sepaku, Kutai Kartanegara"
    slide = rv.list_table(items, "id", short=12)
    assert slide.iloc[1]["Rumusan"] == "Mutakhirkan…"
    counts = rv.regency_counts(records, DAY)
    ppu = counts.set_index("kode_bps").loc["6409"]
    # PPU: its own late rumusan, the one for all of Kaltim (open) and the kecamatan one (done).
    assert (ppu["terlambat"], ppu["berjalan"], ppu["selesai"], ppu["open"]) == (1, 1, 1, 2)
    paser = counts.set_index("kode_bps").loc["6401"]
    assert (paser["open"], paser["total"]) == (1, 1)
    shown = rv.regency_table(counts, "id").set_index("Kabupaten/kota")
    assert shown.loc["Kutai Kartanegara", "Selesai"] == "1"
    by_status = rv.status_table(items, "id").set_index("Status")
    assert by_status.loc["Terlambat", "Nomor (tahun rapat)"] == "1 (2026)"
    by_meeting = rv.meeting_table(listing.meetings(engine), items, "id")
    assert by_meeting.iloc[0][["Jumlah rumusan", "Terbuka", "Terlambat"]].tolist() == [
        "3", "2", "1",
    ]  # fmt: skip


def test_the_map_counts_open_rumusan_in_whole_numbers(engine: Engine, meeting: int) -> None:
    from geo import regions

    records = listing.list_by_meeting(engine, meeting)
    counts = rv.regency_counts(records, DAY)
    layer = rv.open_layer(counts, regions.load_regencies(), DAY, "id")
    assert layer is not None
    labels = [label for _, label in layer.legend.rows]
    assert labels == ["1", "2"]  # nine regencies with one open rumusan, PPU with two
    assert layer.styles["6409"].fill != layer.styles["6401"].fill
    tooltip = layer.styles["6409"].tooltip_args
    assert "1 terlambat, 0 belum dimulai, 1 berjalan, 1 selesai" in tooltip
    assert rv.open_layer(rv.regency_counts([], DAY), regions.load_regencies(), DAY, "id") is None


def test_two_versions_side_by_side_name_what_differs(engine: Engine, meeting: int) -> None:
    first = listing.list_by_meeting(engine, meeting)[0]
    mine = store.update(
        engine, first.id, {"rumusan": "Versi Budi"}, user="budi", expected_version=1
    )
    assert mine.ok
    late = store.update(
        engine, first.id, {"rumusan": "Versi Sari <b>"}, user="sari", expected_version=1
    )
    assert late.conflict and late.theirs.text == "Versi Budi"
    rows = {r.label: r for r in rv.compare_rows(late.theirs, late.ours, "id")}
    text = rows["Teks rumusan"]
    assert (text.theirs, text.ours) == ("Versi Budi", "Versi Sari <b>")
    assert rows["Teks rumusan"].differs and not rows["Batas waktu"].differs
    target = "target persentase penduduk miskin PPU ≤ 6 % pada 2026"
    assert rows["Indikator terkait"].theirs == target


def test_messages_name_the_field_by_its_label() -> None:
    long = FieldProblem("error", "too_long", "rumusan", "Kolom 'rumusan': teks terlalu panjang.")
    assert rv.problem_text(long, "id") == "Teks rumusan: teks terlalu panjang."
    required = FieldProblem("error", "required", "jenis", "Kolom 'jenis' wajib diisi (...).")
    assert rv.problem_text(required, "id") == "Jenis: wajib diisi (...)."
    link = FieldProblem("error", "bad_target", "target", "Kolom 'target': bukan angka.", item=2)
    assert rv.problem_text(link, "id") == "Target terkait 2: bukan angka."


def test_the_matrix_is_inert_in_a_spreadsheet(engine: Engine) -> None:
    meeting = store.create_meeting(
        engine,
        {"nama": "=HYPERLINK(\"http://x\")", "tanggal": "1/6/2026", "tempat": "@SUM(A1)",
         "tuan_rumah": "6409"},
        user="sari",
    ).id  # fmt: skip
    added = store.add_rumusan(
        engine,
        meeting,
        {"rumusan": "=1+1", "jenis": "data", "penanggung_jawab": "+Dinsos PPU",
         "wilayah": "6409"},
        user="sari",
    )  # fmt: skip
    assert added.ok, added.problems
    records = listing.list_by_meeting(engine, meeting)
    items = rv.build_items(records, {}, DAY, "id")
    matrix = rv.follow_up_matrix(items, {r.id: r for r in records}, DAY, "id")
    data = to_xlsx_bytes(matrix, ExportMeta(title="Matriks tindak lanjut"))
    sheet = load_workbook(io.BytesIO(data)).active
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=1+1" in values and '\'=HYPERLINK("http://x")' in values and "'@SUM(A1)" in values
    assert not any(v.startswith(("=", "@", "+")) for v in values)


def test_the_change_history_in_words(engine: Engine, meeting: int) -> None:
    first = listing.list_by_meeting(engine, meeting)[0]
    trail = rv.trail_table(listing.audit_trail(engine, first.id), "id")
    assert trail["Perubahan"].tolist()[:2] == ["dicatat", "diubah"]
    assert trail.iloc[1]["Isian yang berubah"] == "Teks rumusan"
    assert trail.iloc[1]["Oleh"] == "budi" and trail.iloc[1]["Versi"] == "2"
