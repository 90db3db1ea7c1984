"""The import template for a typed list of one meeting's rumusan: blank files, a filled
template read back (XLSX, CSV from Excel, ODS), every problem naming sheet, row and column,
and all or nothing in the store (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
from datetime import date

from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine, func, select

from tests.welfare.importing.helpers import ods
from welfare.models import Rumusan, RumusanAudit
from welfare.rumusan import importing, listing, template
from welfare.rumusan.drafts import IndicatorLink, Party, RegionRef

MEETING_DAY = date(2026, 5, 12)
ROWS = [
    [1, "Dinas Sosial kabupaten/kota memutakhirkan DTSEN\ntiap triwulan.", "Data",
     "Dinsos kab/kota; Disdukcapil Kaltim", "semua", "Desember 2026", "",
     "penduduk_miskin_persen", "6409", "<=", 6.0, 2026],
    [1, None, None, None, None, None, None, "kpm_pkh", "64.09", ">=", "90", 2026],
    [2, "Anggaran PBI-JK daerah dinaikkan.", "anggaran", "Dinsos PPU", "6409, 64.09.04",
     date(2026, 12, 31), "berjalan"],
]  # fmt: skip


def filled_xlsx(rows: list[list[object]], *, blank: bytes | None = None) -> bytes:
    wb = load_workbook(io.BytesIO(blank or template.template_xlsx()))
    ws = wb[template.SHEET]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def test_the_blank_template_has_the_columns_and_no_example_row() -> None:
    raw = template.template_csv()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").strip().split(";")
    assert header == list(template.COLUMNS)
    wb = load_workbook(io.BytesIO(template.template_xlsx()))
    assert wb.sheetnames == ["Rumusan", "Katalog", "Petunjuk"]
    ws = wb["Rumusan"]
    assert [c.value for c in ws[1]] == list(template.COLUMNS)
    assert all(c.value is None for row in ws.iter_rows(min_row=2) for c in row)
    catalogue = {c.value for row in wb["Katalog"].iter_rows() for c in row}
    assert {"kpm_pkh", "% cakupan", "kebijakan", "belum dimulai", ">=", "64.09.04"} <= catalogue
    # An unfilled template imports nothing and says so.
    assert [p.code for p in importing.check_file(template.template_xlsx()).problems] == ["empty"]
    assert [p.code for p in importing.check_file(raw).problems] == ["empty"]


def test_a_filled_xlsx_template_reads_back() -> None:
    check = importing.check_file(filled_xlsx(ROWS), meeting_date=MEETING_DAY)
    assert check.ok, [p.message for p in check.errors]
    first, second = (row.draft for row in check.rumusan)
    assert [row.row for row in check.rumusan] == [2, 4]
    assert first.text == "Dinas Sosial kabupaten/kota memutakhirkan DTSEN\ntiap triwulan."
    assert (first.number, first.kind, first.deadline) == (1, "data", date(2026, 12, 31))
    assert first.parties == (
        Party("dinsos_kabkota", "Dinas Sosial kabupaten/kota se-Kalimantan Timur"),
        Party("lainnya", "Disdukcapil Kaltim"),
    )
    assert first.regions == (RegionRef("64", "64"),)
    assert first.indicators == (
        IndicatorLink("penduduk_miskin_persen", "6409", 6.0, "<=", 2026),
        IndicatorLink("kpm_pkh", "6409", 90.0, ">=", 2026),  # the continuation row
    )
    assert (second.number, second.status) == (2, "berjalan")
    assert second.regions == (RegionRef("6409", "6409"), RegionRef("64.09.04", "6409"))
    info = [p.message for p in check.problems if p.level == "info"]
    assert info == [
        "lembar 'Rumusan', baris 2, kolom F (batas_waktu): Kolom 'batas_waktu': dibaca sebagai "
        "31 Desember 2026 (akhir bulan)."
    ]


def test_csv_from_excel_on_indonesian_windows() -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Daftar rumusan Rakor PMKS 2026"])  # a title row above the header
    writer.writerow(["No", "Isi rumusan", "Jenis", "Penanggung jawab", "Wilayah", "Batas waktu"])
    writer.writerow(["1.", "Pendataan lansia terlantar di Kecamatan Sepaku – tahap I", "data",
                     "Dinas Sosial PPU", "Kec. Sepaku", "31/12/2026"])  # fmt: skip
    check = importing.check_file(buf.getvalue().encode("cp1252"), meeting_date=MEETING_DAY)
    assert check.ok, [p.message for p in check.errors]
    (row,) = check.rumusan
    assert row.row == 3 and row.sheet is None
    assert row.draft.text == "Pendataan lansia terlantar di Kecamatan Sepaku – tahap I"
    assert row.draft.regions == (RegionRef("64.09.04", "6409"),)


def test_an_ods_file_with_merged_number_and_text_cells() -> None:
    # LibreOffice users merge the number and the text over the rows of one rumusan.
    header = ["nomor", "rumusan", "jenis", "penanggung_jawab", "wilayah", "indikator",
              "target", "tahun_target"]  # fmt: skip
    rows = [
        header,
        [1, "Satu", "kebijakan", "Dinsos provinsi", "64.02", "penduduk_miskin_persen", "6,5", 2026],
        [None, None, None, None, None, "penduduk_miskin_jiwa", "60.000", 2026],
        [2, "Dua", "program", "Dinsos Kukar", "6403"],
    ]
    data = ods({"Rumusan": rows}, merges={"Rumusan": [(1, 2, 0, 0), (1, 2, 1, 1), (1, 2, 4, 4)]})
    check = importing.check_file(data)
    assert check.ok, [p.message for p in check.errors]
    first, second = (r.draft for r in check.rumusan)
    assert first.regions == (RegionRef("6403", "6403"),)  # Kemendagri 64.02 = BPS 6403
    assert [(i.indicator_id, i.target) for i in first.indicators] == [
        ("penduduk_miskin_persen", 6.5),
        ("penduduk_miskin_jiwa", 60000.0),
    ]
    assert second.parties == (
        Party("dinsos_kabkota", "Dinas Sosial Kabupaten Kutai Kartanegara", "6403"),
    )


def test_a_bad_cell_names_sheet_row_column_and_title() -> None:
    rows = [*ROWS, [3, "Tiga", "budget", "Dinsos PPU", "Bulungan", "32/12/2026", "terlambat",
                    "kpm_pk", "6409", "", "abc", 26]]  # fmt: skip
    check = importing.check_file(filled_xlsx(rows), meeting_date=MEETING_DAY)
    assert not check.ok and [r.draft.number for r in check.rumusan] == [1, 2]
    where = {(p.row, p.column, p.title) for p in check.errors}
    assert where == {
        (5, "C", "jenis"),
        (5, "E", "wilayah"),
        (5, "F", "batas_waktu"),
        (5, "G", "status"),
        (5, "H", "indikator"),
        (5, "K", "target"),
        (5, "L", "tahun_target"),
    }
    message = next(p.message for p in check.errors if p.column == "K")
    assert (
        message
        == "lembar 'Rumusan', baris 5, kolom K (target): Kolom 'target': nilai 'abc' bukan angka."
    )


def test_a_continuation_rows_problem_names_its_own_row() -> None:
    rows = [ROWS[0], [1, None, None, None, None, None, None, "kpm_pkh", "64.09", ">=", "120", 2026]]
    check = importing.check_file(filled_xlsx(rows), meeting_date=MEETING_DAY)
    (error,) = check.errors
    assert (error.row, error.column, error.code) == (3, "K", "bad_target")
    assert "lebih dari 100 %" in error.reason


def test_repeated_numbers_missing_columns_and_formulas() -> None:
    rows = [ROWS[2], [2, "Lain", "data", "Dinsos PPU", "6409"]]
    check = importing.check_file(filled_xlsx(rows))
    assert [(p.row, p.column, p.code) for p in check.errors] == [(3, "A", "repeated_number")]
    wb = Workbook()
    wb.active.append(["nomor", "rumusan", "wilayah"])
    wb.active.append([1, '=CONCAT("a","b")', "64"])
    buf = io.BytesIO()
    wb.save(buf)
    check = importing.check_file(buf.getvalue())
    assert {p.code for p in check.errors} == {"missing_column"}
    assert {p.reason.split(" (")[0] for p in check.errors} == {
        "kolom 'jenis' tidak ada di baris judul",
        "kolom 'penanggung_jawab' tidak ada di baris judul",
    }
    ws_rows = [[1, '=CONCAT("a","b")', "data", "Dinsos PPU", "6409"]]
    check = importing.check_file(filled_xlsx(ws_rows))
    assert [(p.row, p.column, p.code) for p in check.errors] == [(2, "B", "formula")]
    assert "rumus" in check.errors[0].reason
    refused = importing.check_file(b"\x00\x01\x02 not a spreadsheet")
    assert [p.code for p in refused.errors] == ["unsupported_format"]


def test_import_writes_all_or_nothing(store_engine: Engine, meeting_id: int) -> None:
    bad = filled_xlsx([*ROWS, [3, "Tiga", "budget", "Dinsos PPU", "6409"]])
    refused = importing.import_file(store_engine, meeting_id, bad, user="ani", file_name="r.xlsx")
    assert not refused.ok and refused.ids == ()
    assert refused.message == "r.xlsx: tidak ada yang diimpor; 1 masalah perlu diperbaiki."
    assert count(store_engine, Rumusan) == 0

    done = importing.import_file(
        store_engine, meeting_id, filled_xlsx(ROWS), user="ani", file_name="r.xlsx"
    )
    assert done.ok and len(done.ids) == 2
    assert done.message == "r.xlsx: 2 rumusan diimpor ke rapat 'Rakor PMKS 2026'."
    stored = listing.list_by_meeting(store_engine, meeting_id)
    assert [(r.number, len(r.indicators), r.created_by) for r in stored] == [
        (1, 2, "ani"),
        (2, 0, "ani"),
    ]
    assert count(store_engine, RumusanAudit) == 1 + 2  # the meeting and each rumusan

    again = importing.import_file(store_engine, meeting_id, filled_xlsx(ROWS), user="ani")
    assert not again.ok
    assert [(p.row, p.code) for p in again.problems if p.level == "error"] == [
        (2, "number_taken"),
        (4, "number_taken"),
    ]
    assert count(store_engine, Rumusan) == 2
    assert not importing.import_file(store_engine, 999, filled_xlsx(ROWS), user="ani").ok
