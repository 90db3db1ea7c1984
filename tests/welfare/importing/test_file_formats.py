"""Every file format staff have (.xls, .ods, Excel CSV, xlsx with saved formula results) is read
from real files, checked in a dry run and imported; formulas are never evaluated."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

from manage import main
from tests.welfare.importing.helpers import (
    MESSY_NAMES,
    OdsCell,
    check,
    csv_bytes,
    csv_text_bytes,
    long_rows,
    messages,
    ods,
    reference,
    wide_rows,
    xls,
    xlsx,
    xlsx_with_saved_values,
)
from tests.welfare.importing.test_apply import CODES, current, run
from welfare.importing import reader
from welfare.importing.file_checks import check_file

ANJAL = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
LANSIA = [10 * i for i in range(1, 11)]
GELANDANGAN = list(range(11, 21))
RATES = ["12,5", "7,25", "3", "10,1", "4,75", "8", "9,5", "6,4", "5,5", "2,25"]
TITLE = "DATA PMKS KALIMANTAN TIMUR TAHUN 2023"


def merged_header_rows() -> list[list[object]]:
    """A Dinsos recap: title, two-row header merged over "Jenis PMKS", a "Jumlah" row/column."""
    rows: list[list[object]] = [
        [TITLE],
        [],
        ["No", "Kabupaten/Kota", "Jenis PMKS", None, None, "Jumlah"],
        [None, None, "Anak Jalanan", "Lanjut Usia Terlantar", "Gelandangan", None],
    ]
    for i, name in enumerate(MESSY_NAMES):
        rows.append(
            [
                i + 1,
                name,
                ANJAL[i],
                LANSIA[i],
                GELANDANGAN[i],
                ANJAL[i] + LANSIA[i] + GELANDANGAN[i],
            ]
        )
    rows.append(
        [
            None,
            "Jumlah",
            sum(ANJAL),
            sum(LANSIA),
            sum(GELANDANGAN),
            sum(ANJAL) + sum(LANSIA) + sum(GELANDANGAN),
        ]
    )
    return rows


# (first_row, last_row, first_col, last_col): A3:A4, B3:B4, C3:E3, F3:F4
MERGES = [(2, 3, 0, 0), (2, 3, 1, 1), (2, 2, 2, 4), (2, 3, 5, 5)]
PMKS = {
    "pmks_anak_jalanan": ANJAL,
    "pmks_lanjut_usia_terlantar": LANSIA,
    "pmks_gelandangan": GELANDANGAN,
}


def rate_rows() -> list[list[object]]:
    return long_rows(
        [(code, 2023, "penduduk_miskin_persen", RATES[i]) for i, code in enumerate(CODES)]
    )


def _rate(text: str) -> float:
    return float(text.replace(",", "."))


def _saved_formula_xlsx() -> bytes:
    """Totals, a row total and one value cell are formulas with results saved by Excel."""
    rows = merged_header_rows()
    rows[4][3] = "=5*2"  # Lanjut Usia Terlantar of Paser: saved 10 (== LANSIA[0])
    rows[4][5] = "=SUM(C5:E5)"
    rows[-1][2:6] = ["=SUM(C5:C14)", "=SUM(D5:D14)", "=SUM(E5:E14)", "=SUM(F5:F14)"]
    total = rows[4][2] + LANSIA[0] + rows[4][4]
    saved = {
        "D5": 10,
        "F5": total,
        "C15": sum(ANJAL),
        "D15": sum(LANSIA),
        "E15": sum(GELANDANGAN),
        "F15": sum(ANJAL) + sum(LANSIA) + sum(GELANDANGAN),
    }
    return xlsx_with_saved_values(
        {"Rekap": rows}, {"Rekap": saved}, {"Rekap": ["A3:A4", "B3:B4", "C3:E3", "F3:F4"]}
    )


# name -> (file bytes, file name, expected {(indicator): values by regency})
FILES: dict[str, Callable[[], tuple[bytes, str, dict[str, list[float]]]]] = {
    "xls": lambda: (xls({"Rekap": merged_header_rows()}, {"Rekap": MERGES}), "rekap.xls", PMKS),
    "ods": lambda: (ods({"Rekap": merged_header_rows()}, {"Rekap": MERGES}), "rekap.ods", PMKS),
    "xlsx-saved-formulas": lambda: (_saved_formula_xlsx(), "rumus.xlsx", PMKS),
    "csv-cp1252-semicolon": lambda: (
        csv_text_bytes(rate_rows(), "cp1252", ";"),
        "miskin.csv",
        {"penduduk_miskin_persen": [_rate(r) for r in RATES]},
    ),
    "csv-utf8-bom": lambda: (
        csv_bytes(rate_rows(), delimiter=";", bom=True),
        "miskin.csv",
        {"penduduk_miskin_persen": [_rate(r) for r in RATES]},
    ),
    "csv-utf8-comma": lambda: (
        csv_bytes(
            long_rows([(c, 2023, "pmks_gelandangan", GELANDANGAN[i]) for i, c in enumerate(CODES)]),
            delimiter=",",
            bom=False,
        ),
        "gelandangan.csv",
        {"pmks_gelandangan": GELANDANGAN},
    ),
}
FORMATS = {
    "xls": "xls",
    "ods": "ods",
    "xlsx-saved-formulas": "xlsx",
    "csv-cp1252-semicolon": "csv",
    "csv-utf8-bom": "csv",
    "csv-utf8-comma": "csv",
}


@pytest.mark.parametrize("kind", list(FILES))
def test_dry_run_then_import(store: Engine, kind: str) -> None:
    data, name, expected = FILES[kind]()
    assert reader.read_file(data).file_format == FORMATS[kind]
    n_values = sum(len(v) for v in expected.values())

    before = {indicator: current(store, indicator, 2023) for indicator in expected}
    dry = run(store, data, name, dry_run=True)
    assert dry.status == "valid", messages(dry)
    assert (dry.values, dry.file_format, dry.years) == (n_values, FORMATS[kind], [2023])
    assert dry.dataset_id is None
    assert {indicator: current(store, indicator, 2023) for indicator in expected} == before

    applied = run(store, data, name)
    assert applied.status == "applied", messages(applied)
    assert applied.values == n_values
    for indicator, values in expected.items():
        assert current(store, indicator, 2023) == {
            code: (float(values[i]), applied.dataset_id) for i, code in enumerate(CODES)
        }


def test_format_is_detected_by_content_not_by_name() -> None:
    for data, wrong_name in (
        (xls({"2023": wide_rows({"Gelandangan": ANJAL})}), "data.csv"),
        (ods({"2023": wide_rows({"Gelandangan": ANJAL})}), "data.xlsx"),
        (csv_bytes(rate_rows()), "data.xls"),
    ):
        report = check(data, wrong_name)
        assert report.errors_total == 0 and report.values == 10, messages(report)


def test_windows_1252_csv_decodes_and_semicolon_wins_over_decimal_commas() -> None:
    note = "Dinsos – Kab. Berau (Rp), diperiksa oleh René"
    rows = [[*r[:4], note if i else "sumber"] for i, r in enumerate(rate_rows())]
    data = csv_text_bytes(rows, "cp1252", ";")
    assert b"\x96" in data and b"\xe9" in data  # "–" and "é" as Windows-1252 bytes
    sheet = reader.read_file(data).sheets[0]
    assert sheet.cells[1] == ["6401", "2023", "penduduk_miskin_persen", "12,5", note]
    assert all(len(row) == 5 for row in sheet.cells)
    matcher, resolver = reference()
    found = check_file(data, "miskin.csv", matcher, resolver)
    report, validated = found.report, found.validated
    assert report.errors_total == 0, messages(report)
    assert {v.source for v in validated.values} == {note}
    assert sorted(v.value for v in validated.values) == sorted(_rate(r) for r in RATES)


def test_merged_header_cells_are_filled_in_xls_ods_and_xlsx() -> None:
    xlsx_data = xlsx(
        {"Rekap": merged_header_rows()}, {"Rekap": ["A3:A4", "B3:B4", "C3:E3", "F3:F4"]}
    )
    for data in (
        xls({"Rekap": merged_header_rows()}, {"Rekap": MERGES}),
        ods({"Rekap": merged_header_rows()}, {"Rekap": MERGES}),
        xlsx_data,
    ):
        sheet = reader.read_file(data).sheets[0]
        assert sheet.cells[2][2:5] == ["Jenis PMKS"] * 3
        assert sheet.merged_from[(2, 4)] == (2, 2) and sheet.merged_from[(3, 0)] == (2, 0)
        assert sheet.cells[4][:3] == [1, "Kab. Paser", 0]  # whole numbers stay int


def test_saved_formula_results_are_used_never_evaluated() -> None:
    rows = wide_rows({"Gelandangan": GELANDANGAN}, title=None)
    rows[-1][2] = "=SUM(C2:C11)"
    # The saved result disagrees with the formula: the saved number is what gets checked.
    wrong = xlsx_with_saved_values({"2023": rows}, {"2023": {"C12": 999}})
    assert messages(check(wrong)) == [
        "Lembar '2023', baris 12, kolom C (Gelandangan): baris jumlah berisi 999, tetapi jumlah "
        "10 kabupaten/kota di atasnya 155 (selisih 844)."
    ]
    right = xlsx_with_saved_values({"2023": rows}, {"2023": {"C12": sum(GELANDANGAN)}})
    assert check(right).errors_total == 0


def test_xlsx_formula_without_saved_value_names_the_cell() -> None:
    rows = wide_rows({"Gelandangan": GELANDANGAN, "KPM PKH": LANSIA}, title=None)
    rows[3][3] = "=D2+D3"  # KUKAR, KPM PKH: no saved value
    rows[-1][2] = "=SUM(C2:C11)"
    data = xlsx_with_saved_values({"2023": rows}, {"2023": {"C12": sum(GELANDANGAN)}})
    report = check(data)
    assert messages(report) == [
        "Lembar '2023', baris 4, kolom D (KPM PKH): sel berisi rumus (=D2+D3) tanpa nilai "
        "tersimpan; rumus tidak dihitung di sini. Buka berkas di Excel/LibreOffice, simpan "
        "ulang, lalu unggah lagi."
    ]
    assert [(e.sheet, e.row, e.column, e.code) for e in report.errors] == [
        ("2023", 4, "D", "formula")
    ]


def test_xlsx_formula_whose_saved_result_is_an_error() -> None:
    rows = wide_rows({"Gelandangan": GELANDANGAN}, total=False, title=None)
    rows[5][2] = "=1/0"
    data = xlsx_with_saved_values({"2023": rows}, {"2023": {"C6": "#DIV/0!"}})
    assert messages(check(data)) == [
        "Lembar '2023', baris 6, kolom C (Gelandangan): sel berisi galat Excel (#DIV/0!); isi "
        "dengan angka."
    ]


def test_ods_formulas_saved_missing_and_error() -> None:
    rows = wide_rows({"Gelandangan": GELANDANGAN, "KPM PKH": LANSIA}, total=False, title=None)
    rows[1][2] = OdsCell("=[.C3]-1", saved=11)  # a result LibreOffice saved: read as 11
    rows[2][3] = OdsCell("=SUM([.D2:.D2])")  # no saved result
    rows[3][2] = OdsCell("=1/0", error="#DIV/0!")  # saved as 0 with an error flag, not a 0
    assert messages(check(ods({"2023": rows}), "b.ods")) == [
        "Lembar '2023', baris 3, kolom D (KPM PKH): sel berisi rumus (=SUM([.D2:.D2])) tanpa "
        "nilai tersimpan; rumus tidak dihitung di sini. Buka berkas di Excel/LibreOffice, "
        "simpan ulang, lalu unggah lagi.",
        "Lembar '2023', baris 4, kolom C (Gelandangan): sel berisi galat Excel (#DIV/0!); isi "
        "dengan angka.",
    ]
    rows[2][3], rows[3][2] = LANSIA[1], GELANDANGAN[2]
    values = {
        (v.region, v.indicator): v.value
        for v in check_file(ods({"2023": rows}), "b.ods", *reference()).validated.values
    }
    assert values[("6401", "pmks_gelandangan")] == 11


def test_csv_cell_starting_with_equals_is_still_refused_as_formula() -> None:
    rows = long_rows([("6401", 2023, "pmks_gelandangan", "=SUM(A1:A2)")])
    assert messages(check(csv_bytes(rows), "b.csv")) == [
        "Baris 2, kolom D (nilai – Gelandangan): sel berisi rumus (=SUM(A1:A2)) tanpa nilai "
        "tersimpan; rumus tidak dihitung di sini. Buka berkas di Excel/LibreOffice, simpan "
        "ulang, lalu unggah lagi."
    ]


def test_personal_data_in_xls_and_ods_is_refused() -> None:
    rows = [["NIK", "Kabupaten/Kota"], ["6472010101900001", "Bontang"]]
    for data in (xls({"Penerima": rows}), ods({"Penerima": rows})):
        report = check(data)
        assert [(i.code, i.column) for i in report.errors] == [
            ("personal_data", None),
            ("personal_data", "A"),
            ("personal_data", "A"),
        ]
        assert "6472010101900001" not in report.to_json()


def test_tiny_xlsx_with_far_apart_cells_is_refused_before_calamine_reads_it() -> None:
    # calamine would allocate the whole A1:XFD1048576 rectangle and abort the process.
    wb = __import__("openpyxl").Workbook()
    wb.active["A1"] = "Kabupaten/Kota"
    wb.active["XFD1048576"] = 1
    buf = io.BytesIO()
    wb.save(buf)
    assert len(buf.getvalue()) < 10_000
    assert messages(check(buf.getvalue())) == [
        "Lembar 'Sheet' memakai kolom sampai XFD; batasnya 200 kolom."
    ]


def test_ods_repeated_cells_are_bounded_and_trailing_empty_rows_are_fine() -> None:
    rows = wide_rows({"Gelandangan": GELANDANGAN}, title=None)
    # LibreOffice pads every sheet with a million repeated empty rows and columns.
    empty = (
        '<table:table-row table:number-rows-repeated="1048560"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
    )
    assert check(ods({"2023": rows}, tail=empty), "b.ods").errors_total == 0
    filled = (
        '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
        'table:number-columns-repeated="3" office:value-type="float" office:value="1">'
        "<text:p>1</text:p></table:table-cell></table:table-row>"
    )
    assert messages(check(ods({"2023": rows}, tail=filled), "b.ods")) == [
        "Lembar '2023' memakai baris sampai 1.000.012; batasnya 20.000 baris data."
    ]


def test_ods_zip_checks() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", b"<" + b" " * (70 * 1024 * 1024) + b"/>")
    assert messages(check(buf.getvalue(), "bom.ods")) == [
        "Isi berkas ODS setelah dibuka 70 MB (batas 60 MB); berkas ditolak demi keamanan."
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")  # a Writer file
        zf.writestr("content.xml", "<x/>")
    assert [i.code for i in check(buf.getvalue(), "surat.ods").errors] == ["unsupported_format"]


def test_row_limit_applies_to_xls() -> None:
    # One data row over the limit, whatever the header row counts for.
    rows = [["kode_wilayah", "tahun", "indikator", "nilai"]]
    rows += [["6401", 2023, "pmks_gelandangan", 1]] * (reader.MAX_RAW_ROWS + 1)
    report = check(xls({"Data": rows}))
    assert [i.code for i in report.errors] == ["too_many_rows"]
    assert "batasnya 20.000 baris data" in messages(report)[0]


@pytest.fixture
def cli(store: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys):  # noqa: ANN001, ANN201
    monkeypatch.setenv("DATABASE_URL", database_url)

    def invoke(*args: str) -> tuple[int, str]:
        code = main(list(args))
        return code, capsys.readouterr().out

    return invoke


@pytest.mark.parametrize("kind", ["ods", "xls", "csv-cp1252-semicolon"])
def test_cli_dry_run_json(cli, tmp_path: Path, kind: str) -> None:  # noqa: ANN001
    data, name, expected = FILES[kind]()
    path = tmp_path / name
    path.write_bytes(data)
    code, out = cli("import", str(path), "--dry-run", "--confirm-warnings", "--json")
    report = json.loads(out)
    assert code == 0, report
    assert (report["status"], report["values"]) == ("valid", sum(map(len, expected.values())))
