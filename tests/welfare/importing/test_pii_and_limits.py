"""Personal data is refused without echoing it; oversized and dangerous files are refused."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from tests.welfare.importing.helpers import MESSY_NAMES, check, csv_bytes, messages, wide_rows, xlsx
from welfare.importing import reader

NIK = "6472010101900001"
LAW = "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"


def _assert_not_echoed(report, *secrets: str) -> None:  # noqa: ANN001
    dumped = report.to_json()
    for secret in secrets:
        assert secret not in dumped
    assert report.values == 0 and report.rows_read == 0


@pytest.mark.parametrize(
    "cell", [NIK, "6472 0101 0190 0001", "6472-0101-0190-0001", int(NIK), float(NIK)]
)
def test_nik_like_number_anywhere_is_refused_and_not_echoed(cell: object) -> None:
    rows = wide_rows({"Gelandangan": list(range(10))}, total=False)
    rows.append([None, "catatan", cell])
    report = check(xlsx({"2023": rows}))
    assert report.status == "invalid"
    assert LAW in report.errors[0].message
    assert messages(report)[1] == (
        "Lembar '2023', baris 14, kolom C: sel berisi angka 16 digit yang menyerupai NIK atau "
        "nomor KK (isinya tidak ditampilkan)."
    )
    _assert_not_echoed(report, NIK, "6472 0101", "6472-0101", "6.472")


@pytest.mark.parametrize(
    "header",
    [
        "NIK",
        "Nama",
        "Nama Lengkap",
        "Nama KK",
        "Nama Penerima",
        "Alamat",
        "Tanggal Lahir",
        "Tempat/Tgl Lahir",
        "No. KK",
        "No KK",
    ],
)
def test_personal_columns_are_refused(header: str) -> None:
    rows = [
        ["Kabupaten/Kota", header, "Gelandangan"],
        ["Samarinda", "Budi Santoso Jl. Merdeka 1", 1],
    ]
    report = check(csv_bytes(rows), "penerima.csv", year=2023)
    assert report.errors[0].code == "personal_data"
    assert "Berkas ditolak karena berisi data pribadi" in report.errors[0].message
    assert LAW in report.errors[0].message
    assert report.errors[1].message.startswith(
        "Baris 1, kolom B: judul kolom menandakan data pribadi per orang ("
    )
    _assert_not_echoed(report, "Budi", "Merdeka")


@pytest.mark.parametrize(
    "header", ["Nama Wilayah", "Kabupaten/Kota", "Nama Kabupaten/Kota", "nama_wilayah"]
)
def test_region_name_columns_are_not_personal(header: str) -> None:
    rows = [[header, "Gelandangan"], *[[n, 1] for n in MESSY_NAMES]]
    report = check(csv_bytes(rows), "b.csv", year=2023)
    assert report.errors_total == 0, messages(report)


def test_personal_data_report_json_has_no_values() -> None:
    rows = [["NIK", "Nama Penerima", "Kabupaten/Kota"], [NIK, "Siti Aminah", "Bontang"]]
    report = check(xlsx({"Penerima": rows}))
    text = json.dumps(report.to_dict())
    assert "Siti" not in text and NIK not in text and "Aminah" not in text
    assert [i.column for i in report.errors[1:]] == ["A", "B", "A"]


def test_file_too_large() -> None:
    data = b"a;b\n" * (reader.MAX_FILE_BYTES // 4 + 1)
    assert messages(check(data, "besar.csv")) == [
        "Berkas terlalu besar (5.0 MB); batasnya 5 MB. Pisahkan data per tahun atau per kelompok."
    ]


def _long_file(n_rows: int, title_rows: int = 0) -> bytes:
    """``n_rows`` data rows under a header (and title rows); only the row count matters here."""
    rows: list[list[object]] = [["REKAP UJI BATAS BARIS"]] * title_rows
    rows = [*rows, ["kode_wilayah", "tahun", "indikator", "nilai"]]
    rows += [["6401", 2023, "pmks_gelandangan", 1]] * n_rows
    return csv_bytes(rows)


def test_exactly_the_row_limit_of_data_rows_is_accepted() -> None:
    # 20.000 data rows under a header and two title rows: the header does not count
    report = check(_long_file(reader.MAX_ROWS, title_rows=2), "batas.csv")
    assert [i.code for i in report.errors if i.code == "too_many_rows"] == []
    assert report.rows_read == reader.MAX_ROWS


def test_one_data_row_over_the_limit_is_refused() -> None:
    report = check(_long_file(reader.MAX_ROWS + 1), "lebih.csv")
    assert [i.message for i in report.errors if i.code == "too_many_rows"] == [
        "Berkas berisi 20.001 baris data; batasnya 20.000 baris data. Pisahkan data per tahun "
        "atau per kelompok."
    ]


def test_far_too_many_rows_are_refused_before_parsing() -> None:
    rows = [["kode_wilayah", "tahun", "indikator", "nilai"]]
    rows += [["6401", 2023, "pmks_gelandangan", 1]] * (reader.MAX_RAW_ROWS + 1)
    assert messages(check(csv_bytes(rows), "b.csv")) == [
        "Berkas berisi 20.102 baris; batasnya 20.000 baris data."
    ]


def test_xlsx_zip_bomb_is_refused_before_parsing() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (70 * 1024 * 1024) + b"/>")
    data = buf.getvalue()
    assert len(data) < reader.MAX_FILE_BYTES  # small on disk, 70 MB unpacked
    report = check(data, "bom.xlsx")
    assert [i.code for i in report.errors] == ["zip_bomb"]
    assert report.errors[0].message == (
        "Isi berkas XLSX setelah dibuka 70 MB (batas 60 MB); berkas ditolak demi keamanan."
    )


def test_xlsx_with_too_many_entries_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(reader.MAX_ZIP_ENTRIES + 1):
            zf.writestr(f"xl/x{i}.xml", "")
    report = check(buf.getvalue(), "banyak.xlsx")
    assert report.errors[0].message == (
        "Berkas XLSX berisi 502 bagian internal (batas 500); berkas ditolak demi keamanan."
    )


def test_broken_xls_other_zip_and_binary_are_refused() -> None:
    xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100  # OLE2 header, no workbook
    assert messages(check(xls, "lama.xls")) == [
        "Berkas XLS rusak atau bukan buku kerja (berkas Office lain atau berkas XLSX "
        "terenkripsi); tidak dapat dibaca."
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "x")
    assert messages(check(buf.getvalue(), "a.xlsx")) == [
        "Berkas zip ini bukan buku kerja Excel (.xlsx) atau LibreOffice (.ods); gunakan .xlsx, "
        ".xls, .ods atau .csv."
    ]
    assert messages(check(b"\x00\x01binary", "a.csv")) == [
        "Berkas bukan .xlsx, .xls, .ods atau .csv yang dapat dibaca; simpan ulang dalam salah "
        "satu format itu atau gunakan templat."
    ]


def test_sheet_using_too_many_rows_is_refused() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Kabupaten/Kota"
    wb.active.cell(row=reader.MAX_RAW_ROWS + 5, column=1, value="x")
    buf = io.BytesIO()
    wb.save(buf)
    assert messages(check(buf.getvalue())) == [
        "Lembar 'Sheet' memakai baris sampai 20.105; batasnya 20.000 baris data."
    ]


def test_file_name_is_only_displayed() -> None:
    rows = wide_rows({"Gelandangan": list(range(10))}, total=False)
    report = check(xlsx({"2023": rows}), "../../etc/passwd")
    assert report.errors_total == 0 and report.file_name == "../../etc/passwd"
