"""The "Program per tingkat" template: its columns, its "Katalog" and "Petunjuk" sheets, and
that the importer reads what the template asks for."""

from __future__ import annotations

import io

import openpyxl
from sqlalchemy import Engine

from tests.welfare.register.files import filled_template, row, run
from welfare.importing.file_checks import open_file
from welfare.importing.names import RegionResolver
from welfare.importing.reference import stored_reference
from welfare.importing.register_file import is_register
from welfare.register import catalogue, vocab
from welfare.register.records import FIELDS
from welfare.register.template import template_csv, template_xlsx
from welfare.seed import read_regions


def test_csv_is_the_header_row_for_excel_in_indonesia() -> None:
    data = template_csv()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == ";".join(FIELDS) + "\r\n"


def test_xlsx_has_the_program_sheet_a_catalogue_and_instructions(
    resolver: RegionResolver,
) -> None:
    regions = list(resolver.regions.values())  # regencies, the province and kecamatan
    book = openpyxl.load_workbook(io.BytesIO(template_xlsx(regions)))
    assert book.sheetnames == ["Program", "Katalog", "Petunjuk"]
    program = book["Program"]
    assert [c.value for c in program[1]] == list(FIELDS)
    assert program["A1"].comment.text == FIELDS["program"]
    assert program.max_row >= 1 and all(c.value is None for c in program[2])  # no example row
    assert program["F2"].number_format == "@"  # "64.02" stays text
    lists = {
        str(dv.sqref).split(":")[0]: dv.formula1 for dv in program.data_validations.dataValidation
    }
    assert set(lists) == {"A2", "B2", "C2", "E2", "K2", "M2", "O2"}

    cells = {c.value for r in book["Katalog"].iter_rows() for c in r if c.value is not None}
    for title in ("Program", "Kelompok sasaran", "Tingkat", "Sumber dana", "Satuan", "Status"):
        assert title in cells
    assert {p.label_id for p in catalogue.programmes()} <= cells
    assert {g.label_id for g in catalogue.target_groups()} <= cells
    assert set(vocab.LEVELS) | set(vocab.FUNDING) | set(vocab.STATUSES) | set(vocab.UNITS) <= cells
    assert {"Pusat", "Non-pemerintah", "Selesai", "Paser", "Sepaku"} <= cells
    # Each drop-down points at a list that exists on the catalogue sheet.
    for formula in lists.values():
        sheet, ref = formula.split("!")
        first = ref.split(":")[0].replace("$", "")
        assert sheet == "Katalog" and book["Katalog"][first].value is not None

    notes = [r[0].value for r in book["Petunjuk"].iter_rows() if r[0].value]
    assert any("UU No. 27 Tahun 2022" in str(n) for n in notes)
    assert set(FIELDS) <= set(notes)


def test_the_blank_template_is_recognised_as_a_register_file() -> None:
    for data in (template_xlsx(read_regions()), template_csv()):
        opened = open_file(data, "templat")
        assert opened.workbook is not None, opened.report.errors  # no personal-data alarm
        assert is_register(opened.workbook)


def test_the_blank_template_imports_nothing_and_says_why(store: Engine) -> None:
    report = run(store, template_xlsx(stored_reference(store).regions), "templat.xlsx")
    assert report.status == "invalid" and report.register
    assert [e.message for e in report.errors] == [
        "Berkas tidak berisi satu pun kegiatan di bawah baris judul kolom."
    ]


def test_labels_from_the_catalogue_sheet_are_accepted(store: Engine) -> None:
    """What a drop-down offers is what the check accepts."""
    body = [
        row(
            program=p.label_id,
            tingkat=level,
            sasaran=g.label_id,
            sumber_dana=funding,
            status=status,
            satuan_rencana=unit,
            satuan_realisasi=unit,
            kecamatan="",
            tahun=2020 + i,
        )
        for i, (p, g, level, funding, status, unit) in enumerate(
            zip(
                catalogue.programmes(),
                catalogue.target_groups(),
                vocab.LEVELS * 5,
                vocab.FUNDING * 5,
                vocab.STATUSES * 8,
                list(vocab.UNITS) * 4,
                strict=False,
            )
        )
    ]
    report = run(store, filled_template(store, body))
    assert report.status == "applied", [e.message for e in report.errors]
    assert report.values == len(body)
