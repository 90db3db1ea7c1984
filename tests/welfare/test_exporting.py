"""Exports: formulas neutralised, Indonesian CSV, example data stated in the file."""

from __future__ import annotations

import csv
import io

import pandas as pd
from openpyxl import load_workbook

from welfare.exporting import ExportMeta, export_filename, neutralise, to_csv_bytes, to_xlsx_bytes

FRAME = pd.DataFrame(
    {
        "Kabupaten/kota": ['=HYPERLINK("http://x")', "Samarinda", "@SUM(A1)"],
        "Nilai": [1234.5, -3.0, float("nan")],
        "Sumber": ["+62 lapor", "-", "BPS"],
    }
)


def test_neutralise_only_touches_dangerous_text():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("-") == "-"  # the usual "none" marker is harmless
    assert neutralise("-2+3") == "'-2+3"
    assert neutralise("Samarinda") == "Samarinda"
    assert neutralise(-3.0) == -3.0  # numbers stay numbers


def test_csv_indonesian_format_and_example_note():
    data = to_csv_bytes(FRAME, ExportMeta("Uji", lang="id", has_example=True))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0].startswith("DATA CONTOH")
    assert rows[1] == ["Kabupaten/kota", "Nilai", "Sumber"]
    assert rows[2] == ['\'=HYPERLINK("http://x")', "1234,5", "'+62 lapor"]
    assert rows[3] == ["Samarinda", "-3", "-"]
    assert rows[4][0] == "'@SUM(A1)" and rows[4][1] == ""


def test_csv_without_example_has_no_note_english_format():
    data = to_csv_bytes(FRAME.iloc[1:2], ExportMeta("Test", lang="en"))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Kabupaten/kota", "Nilai", "Sumber"]
    assert rows[1] == ["Samarinda", "-3", "-"]


def test_xlsx_keeps_numbers_neutralises_text_and_states_example(tmp_path):
    data = to_xlsx_bytes(
        FRAME,
        ExportMeta(
            "Uji =x", lang="id", has_example=True, sources=["=evil()"], notes=["Tahun 2024"]
        ),
    )
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    wb = load_workbook(path)  # formulas are not evaluated by openpyxl either
    ws = wb["Data"]
    assert ws["A1"].value == "Uji =x"
    assert ws["A2"].value.startswith("DATA CONTOH")
    assert [c.value for c in ws[3]] == ["Kabupaten/kota", "Nilai", "Sumber"]
    assert ws["A4"].value == '\'=HYPERLINK("http://x")'
    assert ws["B4"].value == 1234.5 and ws["B4"].data_type == "n"
    assert ws["B6"].value is None
    info = {row[0].value: row[1].value for row in wb["Keterangan"].iter_rows()}
    assert info["PERHATIAN"].startswith("DATA CONTOH")
    assert info["Sumber"] == "'=evil()"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_filename_is_safe_and_flags_example():
    assert export_filename("../peta pmks/2024", "csv", True) == "peta-pmks-2024-DATA-CONTOH.csv"
    assert export_filename("peta", "xlsx", False) == "peta.xlsx"


def test_formatted_numbers_stay_numbers_and_frames_are_neutralised():
    from welfare.exporting import neutralise_frame

    assert neutralise("-3,4") == "-3,4"  # a formatted negative number is not a formula
    assert neutralise("+12,5 %") == "+12,5 %"
    assert neutralise("-1+cmd|' /C calc'!A0") == "'-1+cmd|' /C calc'!A0"
    frame = pd.DataFrame({"=kolom": ["@SUM(A1)", "Samarinda"], "n": [1, -2]}, index=["=i", "b"])
    clean = neutralise_frame(frame)
    assert list(clean.columns) == ["'=kolom", "n"]
    assert list(clean.index) == ["'=i", "b"]
    assert clean["'=kolom"].tolist() == ["'@SUM(A1)", "Samarinda"]
    assert clean["n"].tolist() == [1, -2]
    assert frame.columns[0] == "=kolom"  # the caller's frame is left alone
