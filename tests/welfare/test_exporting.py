"""Exports: formulas neutralised, Indonesian CSV, one number of decimals per column, example
data stated in the file, the chosen regions' rows."""

from __future__ import annotations

import csv
import io

import pandas as pd
from openpyxl import load_workbook

from welfare.exporting import (
    ExportMeta,
    column_decimals,
    export_filename,
    neutralise,
    select_regions,
    to_csv_bytes,
    to_xlsx_bytes,
)

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
    meta = ExportMeta("Uji", lang="id", has_example=True, decimals={"Nilai": 1})
    data = to_csv_bytes(FRAME, meta)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0].startswith("DATA CONTOH")
    assert rows[1] == ["Kabupaten/kota", "Nilai", "Sumber"]
    assert rows[2] == ['\'=HYPERLINK("http://x")', "1234,5", "'+62 lapor"]
    assert rows[3] == ["Samarinda", "-3,0", "-"]  # the column's one number of decimals
    assert rows[4][0] == "'@SUM(A1)" and rows[4][1] == ""


def test_csv_without_example_has_no_note_english_format():
    data = to_csv_bytes(FRAME.iloc[1:2], ExportMeta("Test", lang="en"))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Kabupaten/kota", "Nilai", "Sumber"]
    assert rows[1] == ["Samarinda", "-3", "-"]


def _csv_rows(frame: pd.DataFrame, meta: ExportMeta) -> list[list[str]]:
    text = to_csv_bytes(frame, meta).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";" if meta.lang == "id" else ","))


def test_one_number_of_decimals_per_column_by_the_shared_rule():
    frame = pd.DataFrame(
        {
            "Persen": [4.3, 4.25, 12.0, float("nan")],  # below 100: 2 digits (decimals_for)
            "Per 1.000": [154.56, 99.0, 0.5, 1.25],  # from 100 up: 1 digit
            "Jumlah": [1234.0, 56.0, 7.0, 0.0],  # whole numbers: none, never "1234,0"
            "Tahun": pd.array([2024, 2023, None, 2024], dtype="Int64"),
            "Peringkat": [1.0, 2.0, float("nan"), 3.0],
            "Nol": [-0.001, 0.2, 0.3, 0.4],  # no "-0,00"
        }
    )
    rows = _csv_rows(frame, ExportMeta("Uji", lang="id"))
    columns = list(zip(*rows[1:], strict=True))
    assert columns[0] == ("4,30", "4,25", "12,00", "")
    assert columns[1] == ("154,6", "99,0", "0,5", "1,2")  # 1.25 -> 1,2 as on screen
    assert columns[2] == ("1234", "56", "7", "0")
    assert columns[3] == ("2024", "2023", "", "2024")
    assert columns[4] == ("1", "2", "", "3")
    assert columns[5] == ("0,00", "0,20", "0,30", "0,40")
    english = _csv_rows(frame, ExportMeta("Test", lang="en"))
    assert [r[0] for r in english[1:]] == ["4.30", "4.25", "12.00", ""]


def test_the_page_digits_win_and_may_differ_per_row():
    frame = pd.DataFrame({"Nilai": [6.684, 196566.0, 54.8416], "Satuan": ["%", "jiwa", "‰"]})
    meta = ExportMeta("Uji", decimals={"Nilai": [2, 0, 2]})
    assert [r[0] for r in _csv_rows(frame, meta)[1:]] == ["6,68", "196566", "54,84"]
    fixed = ExportMeta("Uji", decimals={"Nilai": 1})
    assert [r[0] for r in _csv_rows(frame, fixed)[1:]] == ["6,7", "196566,0", "54,8"]
    assert column_decimals(frame, fixed.decimals) == [[1, 1, 1], None]


def test_xlsx_holds_the_rounded_numbers_with_their_number_format(tmp_path):
    frame = pd.DataFrame({"Cakupan (%)": [78.549, 88.4], "Tahun": [2024, 2023]})
    data = to_xlsx_bytes(frame, ExportMeta("Uji", decimals={"Cakupan (%)": 1}))
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    ws = load_workbook(path)["Data"]
    assert [c.value for c in ws[2]] == ["Cakupan (%)", "Tahun"]
    assert ws["A3"].value == 78.5 and ws["A3"].number_format == "#,##0.0"
    assert ws["A4"].value == 88.4 and ws["A4"].data_type == "n"
    assert ws["B3"].value == 2024 and ws["B3"].number_format == "0"  # a year: no grouping


def test_select_regions_keeps_the_chosen_or_marks_them():
    frame = pd.DataFrame(
        {"Wilayah": ["Paser", "PPU", "Samarinda"], "Kode": ["6401", "6409", "6472"]}
    )
    only = select_regions(frame, "Kode", ["6472", "6409"])
    assert only["Wilayah"].tolist() == ["PPU", "Samarinda"]  # in the table's order
    marked = select_regions(
        frame, "Kode", ["6409"], keep_all=True, mark_column="Terpilih", mark="ya"
    )
    assert list(marked.columns) == ["Wilayah", "Kode", "Terpilih"]
    assert marked["Terpilih"].tolist() == ["", "ya", ""]
    assert select_regions(frame, "Kode", []).equals(frame)  # nothing chosen: all
    assert select_regions(frame, "Kode", ["6401", "6409", "6472"]).equals(frame)


def test_xlsx_keeps_numbers_neutralises_text_and_states_example(tmp_path):
    data = to_xlsx_bytes(
        FRAME,
        ExportMeta(
            "Uji =x",
            lang="id",
            has_example=True,
            sources=["=evil()"],
            notes=["Tahun 2024"],
            decimals={"Nilai": 1},
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
