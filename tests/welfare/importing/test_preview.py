"""The dry-run preview: real files through the façade's check on a real store."""

from __future__ import annotations

import dataclasses

from sqlalchemy import Engine

from tests.welfare.importing.helpers import REGENCIES, csv_bytes, wide_rows, xlsx
from welfare.importing import CheckResult, check
from welfare.importing.preview import build_preview, format_cell
from welfare.importing.report import INFO, Issue

NAMES = tuple(name for _, name in REGENCIES)  # region-code order


def _check(store: Engine, data: bytes, name: str = "pmks.xlsx") -> CheckResult:
    return check(store, data, name)


def test_good_wide_file_gives_one_formatted_table_per_year(store: Engine) -> None:
    gel_2022 = [1234, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    gel_2023 = [1300, 2, 3, 4, 5, 6, "-", 8, None, 10]
    miskin = [9.5, 7.25, 12.5, 10.1, 5.0, 7.2, 11.4, 2.6, 4.7, 4.2]
    data = xlsx(
        {
            "2022": wide_rows(
                {"Gelandangan": gel_2022, "Persentase penduduk miskin": miskin},
                total=False,
                title=None,
            ),
            "2023": wide_rows({"Gelandangan": gel_2023}, total=False, title=None),
        }
    )
    checked = _check(store, data)
    assert checked.report.errors_total == 0, checked.report.to_json()

    preview = build_preview(checked)
    assert preview.years == (2022, 2023)
    assert preview.general == preview.other_cells == ()
    # The dry run's notes, as on the page: the "-" read as nihil, the derived province sum
    # and the replaced values.
    assert [n.level for n in preview.notes] == ["info", "info", "info"]
    assert preview.notes[0].text == (
        "Lembar '2023': 1 sel '-' dibaca nihil (0) dan disimpan sebagai 0: C8."
    )
    assert "Gelandangan tahun 2022 untuk Kalimantan Timur: 1.288" in preview.notes[1].text
    t22 = preview.table(2022)
    assert t22.row_labels == NAMES  # names, not codes, in code order
    assert t22.region_codes == tuple(code for code, _ in REGENCIES)
    assert t22.column_labels == ("Gelandangan (jiwa)", "Persentase penduduk miskin (%)")
    texts = [[c.text for c in row] for row in t22.cells]
    assert texts[0] == ["1.234", "9,5"] and texts[1] == ["2", "7,25"] and texts[4] == ["5", "5"]
    assert {c.status for row in t22.cells for c in row} == {"ok"}
    assert t22.messages == () and t22.errors == t22.warnings == 0

    t23 = preview.table(2023)
    assert t23.column_labels == ("Gelandangan (jiwa)",)
    assert t23.cells[0][0].text == "1.300"
    mahulu = t23.cells[NAMES.index("Mahakam Ulu")][0]
    # "-" in the file: nihil (BPS sign), shown as 0; from 7 in 2022 that is a jump to confirm.
    assert (mahulu.text, mahulu.status) == ("0", "warning")
    samarinda = t23.cells[NAMES.index("Samarinda")][0]
    assert (samarinda.text, samarinda.status) == ("–", "missing")  # an empty cell: no figure
    assert "None" not in repr([c.text for row in t23.cells for c in row])

    english = build_preview(checked, lang="en")
    t22_en = english.table(2022)
    assert t22_en.column_labels == ("Homeless people (people)", "Poverty rate (%)")
    assert [c.text for c in t22_en.cells[0]] == ["1,234", "9.5"]


def test_error_cell_is_marked_with_its_message_beside_it(store: Engine) -> None:
    values = {
        "Gelandangan": [1, 2, 3, 4, -12, 6, 7, 8, 9, 10],
        "Pengemis": [1, 2, "banyak", 4, 5, 6, 7, 8, 9, 10],
    }
    data = xlsx({"2023": wide_rows(values, total=False)})
    checked = _check(store, data)
    assert checked.report.errors_total == 2 and checked.entries

    preview = build_preview(checked)
    table = preview.table(2023)
    berau = table.cells[NAMES.index("Berau")][0]
    assert (berau.text, berau.status, berau.refs) == ("-12", "error", (2,))
    kukar = table.cells[NAMES.index("Kutai Kartanegara")][1]
    assert (kukar.text, kukar.status, kukar.refs) == ("banyak", "error", (1,))
    assert table.cells[0][0].status == "ok" and table.errors == 2
    assert [m.text for m in table.messages] == [
        "Kutai Kartanegara · Pengemis (baris 6, kolom D): nilai 'banyak' bukan angka.",
        "Berau · Gelandangan (baris 8, kolom C): nilai '-12' negatif; jumlah orang tidak "
        "boleh negatif.",
    ]
    assert [m.ref for m in table.messages] == [1, 2]

    # Without the located cells the rejected cell cannot be placed, but its message stays.
    bare = build_preview(dataclasses.replace(checked, entries=()))
    assert bare.table(2023).cells[NAMES.index("Berau")][0].status == "missing"
    assert any(
        "nilai '-12' negatif" in m.reason and "baris 8, kolom C" in m.where
        for m in bare.other_cells
    )


def test_store_warning_marks_the_cell_amber(store: Engine) -> None:
    # A value 10.000 times last year's (in the same file) is a jump to confirm.
    data = xlsx(
        {
            "2022": wide_rows({"Gelandangan": [5] * 10}, total=False, title=None),
            "2023": wide_rows(
                {"Gelandangan": [5, 5, 50_000, 5, 5, 5, 5, 5, 5, 5]}, total=False, title=None
            ),
        }
    )
    checked = _check(store, data)
    assert checked.report.status == "needs_confirmation", checked.report.to_json()

    preview = build_preview(checked)
    cell = preview.table(2023).cells[NAMES.index("Kutai Kartanegara")][0]
    assert (cell.text, cell.status) == ("50.000", "warning")
    (message,) = preview.table(2023).messages
    assert message.level == "warning" and message.ref == cell.refs[0]
    assert message.where == "Kutai Kartanegara · Gelandangan (lembar '2023', baris 4, kolom C)"
    assert "nilai 50.000 untuk Kabupaten Kutai Kartanegara tahun 2023" in message.reason
    assert all(c.status == "ok" for row in preview.table(2022).cells for c in row)


def test_total_row_file_level_and_info_messages_are_listed_apart(store: Engine) -> None:
    rows = wide_rows({"Gelandangan": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]})
    rows[-1][2] = 999  # "Jumlah" row, column C: the regencies sum to 55
    data = xlsx({"2023": rows})
    checked = _check(store, data)
    checked.report.add(
        Issue(INFO, "column_skipped", "kolom 'Keterangan' dilewati.", "2023", None, "D")
    )
    preview = build_preview(checked)
    (total,) = preview.other_cells
    assert total.where == "Baris jumlah · Gelandangan (baris 14, kolom C)"
    assert "selisih 944" in total.reason
    assert [n.level for n in preview.notes] == ["info"]
    assert preview.notes[0].text == "Lembar '2023', kolom D: kolom 'Keterangan' dilewati."
    assert all(c.status == "ok" for row in preview.table(2023).cells for c in row)

    unreadable = csv_bytes([["Nama Dinas", "Alamat kantor"], ["Dinsos", "Jl. Basuki Rahmat"]])
    preview = build_preview(_check(store, unreadable, "catatan.csv"))
    assert preview.tables == () and preview.years == ()
    assert preview.general and all(m.level == "error" for m in preview.general)


def test_format_cell_keeps_the_decimals_a_value_has() -> None:
    assert format_cell(1234.0) == "1.234"
    assert format_cell(12.5) == "12,5"
    assert format_cell(0.12345) == "0,1235"  # at most four
    assert format_cell(1234567.25, "en") == "1,234,567.25"
