"""The blank files of an import template: the header-only CSV and the three-sheet workbook
that the programme register's and the rumusan's templates share."""

from __future__ import annotations

import io
from dataclasses import replace

import openpyxl

from welfare.importing.template_workbook import (
    CATALOGUE_SHEET,
    INSTRUCTIONS_SHEET,
    DropDown,
    TemplateLayout,
    header_csv,
    template_workbook,
)

LAYOUT = TemplateLayout(
    sheet="Data",
    columns={"kode": "kode wilayah", "jenis": "jenis kegiatan", "teks": "uraian"},
    required=("kode", "jenis"),
    instructions=("Satu baris per kegiatan.", "Jangan memakai rumus."),
    drop_downs={"jenis": DropDown("Jenis"), "teks": DropDown("Jenis", 1, strict=False)},
    text_columns=("kode",),
    wrapped_columns=("teks",),
    widths={"teks": 50},
    formatted_rows=10,
    guide_width=80,
)
BLOCKS = [
    ("Wilayah", ["kode", "nama"], [["6401", "Paser"], ["6402", "Kutai Barat"]]),
    ("Jenis", ["nilai", "label"], [["a", "Satu"], ["b", "Dua"], ["c", "Tiga"]]),
]


def _book(layout: TemplateLayout = LAYOUT) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(template_workbook(layout, BLOCKS)))


def test_csv_is_the_header_row_for_excel_in_indonesia() -> None:
    data = header_csv(LAYOUT.columns)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == "kode;jenis;teks\r\n"


def test_the_data_sheet_is_the_header_with_notes_formats_and_no_example_row() -> None:
    book = _book()
    assert book.sheetnames == ["Data", CATALOGUE_SHEET, INSTRUCTIONS_SHEET]
    ws = book["Data"]
    assert [c.value for c in ws[1]] == ["kode", "jenis", "teks"]
    assert ws.max_row == 1 or all(c.value is None for r in ws.iter_rows(min_row=2) for c in r)
    assert ws.freeze_panes == "A2"
    assert ws["A1"].comment.text == "kode wilayah (wajib)"
    assert ws["C1"].comment.text == "uraian"
    assert ws["A2"].number_format == "@" and ws["A11"].number_format == "@"
    assert ws["B2"].number_format == "General"
    assert ws["C2"].alignment.wrap_text and ws["C2"].alignment.vertical == "top"
    assert ws.column_dimensions["C"].width == 50
    assert ws.column_dimensions["A"].width == 14  # short titles: at least 14


def test_notes_may_leave_the_required_mark_to_the_instructions() -> None:
    quiet = replace(LAYOUT, required_in_notes=False)
    ws = _book(quiet)["Data"]
    assert ws["A1"].comment.text == "kode wilayah"


def test_drop_downs_point_at_their_catalogue_block() -> None:
    book = _book()
    rules = {str(dv.sqref): dv for dv in book["Data"].data_validations.dataValidation}
    assert set(rules) == {"B2:B11", "C2:C11"}
    # "Wilayah" takes columns A-B, an empty C, so "Jenis" starts at D; labels are in E.
    assert rules["B2:B11"].formula1 == "Katalog!$D$3:$D$5"
    assert rules["C2:C11"].formula1 == "Katalog!$E$3:$E$5"
    assert rules["B2:B11"].showErrorMessage and not rules["C2:C11"].showErrorMessage
    cat = book[CATALOGUE_SHEET]
    assert [cat["A1"].value, cat["D1"].value, cat["D2"].value, cat["E5"].value] == [
        "Wilayah",
        "Jenis",
        "nilai",
        "Tiga",
    ]


def test_instructions_list_every_column_and_mark_the_required() -> None:
    info = _book()[INSTRUCTIONS_SHEET]
    rows = [[c.value for c in r] for r in info.iter_rows()]
    assert rows[0][0] == "Satu baris per kegiatan." and rows[1][0] == "Jangan memakai rumus."
    assert rows[3] == ["kolom", "isi"]
    assert rows[4:] == [
        ["kode", "kode wilayah (wajib)"],
        ["jenis", "jenis kegiatan (wajib)"],
        ["teks", "uraian"],
    ]
    assert info.column_dimensions["B"].width == 80
