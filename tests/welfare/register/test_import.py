"""A "Program per tingkat" file through the importer's façade: every format, every refusal,
re-import, rollback, the store-changed refusal, the preview and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from manage import main
from tests.welfare.importing.helpers import (
    csv_text_bytes,
    ods,
    wide_rows,
    xls,
    xlsx,
)
from tests.welfare.register.files import (
    FIRST,
    HEADER,
    SECOND,
    filled_template,
    imported,
    register_state,
    row,
    rows,
    run,
)
from welfare.importing import STORE_CHANGED, apply, check, rollback_dataset
from welfare.importing.register_preview import build_register_preview
from welfare.register import store as register_store


def _assert_the_two_activities(engine: Engine) -> None:
    got = imported(engine).sort_values("region_kode_bps").reset_index(drop=True)
    assert list(got["region_kode_bps"]) == ["6401", "6409"]
    paser, ppu = got.iloc[0], got.iloc[1]
    assert ppu["programme"] == "pkh" and ppu["kecamatan_kode"] == "64.09.04"
    assert (ppu["planned"], ppu["planned_unit"], ppu["realised"], ppu["realised_unit"]) == (
        1234,
        "KK",
        1200,
        "KK",
    )
    assert ppu["budget_rp"] == 1_200_000_000 and ppu["note"] == "é – dicek"
    assert ppu["imported_by"] == "uji" and ppu["change"] == "impor"
    # not a catalogue entry: recognised as housing, implemented by the regency
    assert (
        paser["programme"] == "rumah_kabkota" and paser["programme_name"] == "Bedah rumah swadaya"
    )
    assert (paser["level"], paser["funding"], paser["target_group"]) == (
        "kabupaten_kota",
        "APBD kabupaten/kota",
        "rtlh",
    )
    assert (paser["planned"], paser["planned_unit"], paser["budget_rp"]) == (
        50,
        "unit rumah",
        2_500_000_000,
    )


def test_csv_from_excel_on_indonesian_windows(store: Engine) -> None:
    loose = [
        "Program",
        "TINGKAT",
        "Sumber Dana",
        "instansi",
        " Sasaran ",
        "Kode_Wilayah",
        "Kecamatan",
        "Tahun",
        "tahun mulai",
        "Jumlah Rencana",
        "SATUAN_RENCANA",
        "jumlah  realisasi",
        "Satuan Realisasi",
        "Anggaran (Rp)",
        "Status",
        "Sumber",
        "Catatan",
    ]
    body = [["PROGRAM PER TINGKAT TAHUN 2025"], [], loose, row(), row(SECOND)]
    data = csv_text_bytes(body, "cp1252")
    assert "é – dicek".encode("cp1252") in data  # really Windows-1252, not UTF-8
    report = run(store, data, "program.csv")
    assert report.status == "applied", report.to_json()
    assert report.register and report.file_format == "csv" and report.values == 2
    assert report.summary.startswith(f"Impor berhasil: dataset #{report.dataset_id} berisi 2 ")
    assert "Baris 4, kolom N (Anggaran (Rp)): 'Rp 1,2 M' dibaca sebagai Rp1.200.000.000." in [
        n.message for n in report.notes
    ]
    _assert_the_two_activities(store)


def test_csv_with_commas(store: Engine) -> None:
    report = run(store, csv_text_bytes(rows(), "utf-8", delimiter=","), "program.csv")
    assert report.status == "applied", report.to_json()
    _assert_the_two_activities(store)


def test_the_xlsx_template_filled_in(store: Engine) -> None:
    report = run(store, filled_template(store, [row(), row(SECOND)]))
    assert report.status == "applied", report.to_json()
    assert report.file_format == "xlsx"
    skipped = {n.sheet for n in report.notes if n.code == "sheet_skipped"}
    assert skipped == {"Katalog", "Petunjuk"}
    _assert_the_two_activities(store)


def test_ods_and_xls(store: Engine) -> None:
    report = run(store, ods({"Program": rows()}), "program.ods")
    assert report.status == "applied" and report.file_format == "ods", report.to_json()
    _assert_the_two_activities(store)
    # The same activities in another format: read alike, so nothing to write (never doubled).
    again = run(store, xls({"Program": rows()}), "program.xls")
    assert again.file_format == "xls", again.to_json()
    assert [e.code for e in again.errors] == ["no_changes"], again.to_json()
    _assert_the_two_activities(store)
    # One value changed in the xls: that activity alone gets a new version.
    changed = run(store, xls({"Program": rows()[:2] + [row(SECOND, jumlah_rencana=55)]}), "b.xls")
    assert changed.status == "applied" and changed.superseded == 1, changed.to_json()


def test_an_error_names_sheet_row_and_column_and_nothing_is_stored(store: Engine) -> None:
    before = register_state(store)
    body = [["Program per tingkat"], HEADER, row(), row(SECOND, tingkat="kecamatan")]
    report = run(store, xlsx({"Program": body}))
    assert report.status == "invalid"
    assert [e.message for e in report.errors] == [
        "Lembar 'Program', baris 4, kolom B (tingkat): tingkat 'kecamatan' tidak dikenal; pilih "
        "salah satu: pusat, provinsi, kabupaten_kota, desa, lainnya."
    ]
    assert register_state(store) == before  # the good row was not stored either


def test_two_rows_of_one_activity_name_both_rows(store: Engine) -> None:
    before = register_state(store)
    data = csv_text_bytes([HEADER, row(), row(SECOND), row(jumlah_rencana=99)], "utf-8")
    report = run(store, data, "program.csv")
    assert report.status == "invalid"
    assert [e.message for e in report.errors] == [
        "Baris 4, kolom A (program): kegiatan ini sama dengan baris 2 (wilayah, kecamatan, "
        "tahun, program, tingkat, sumber dana dan kelompok sasaran sama); gabungkan kedua baris "
        "atau bedakan salah satu kolom itu."
    ]
    assert register_state(store) == before


def test_missing_required_column_and_skipped_rows(store: Engine) -> None:
    without = [c for c in HEADER if c != "instansi"]
    body = [without, [row()[HEADER.index(c)] for c in without]]
    report = run(store, xlsx({"Program": body}))
    assert [e.message for e in report.errors] == [
        "Lembar 'Program', baris 1: kolom wajib 'instansi' tidak ada di baris judul kolom "
        "(instansi pelaksana); pakai templat Program per tingkat."
    ]
    numbered = [
        ["No", *HEADER, "Paraf"],
        [f"({i})" for i in range(1, len(HEADER) + 3)],
        [1, *row(), None],
        [None, "Jumlah", *[None] * len(HEADER)],
    ]
    report = run(store, xlsx({"Program": numbered}))
    assert report.status == "applied", report.to_json()
    assert report.values == 1 and report.rows_read == 1
    notes = [n.message for n in report.notes]
    assert "Lembar 'Program', baris 4: baris jumlah dilewati." in notes
    assert (
        "Lembar 'Program', baris 1, kolom S (Paraf): judul kolom ini bukan kolom templat "
        "Program per tingkat; kolom dilewati." in notes
    )


def test_warnings_need_a_confirmation(store: Engine) -> None:
    before = register_state(store)
    data = xlsx({"Program": [HEADER, row(jumlah_realisasi=1300)]})
    checked = check(store, data, "program.xlsx")
    assert checked.report.status == "needs_confirmation"
    assert [w.message for w in checked.report.warnings] == [
        "Lembar 'Program', baris 2, kolom L (jumlah_realisasi): realisasi (1.300) melebihi "
        "rencana (1.234); periksa kembali angkanya."
    ]
    refused = apply(store, checked, confirm_warnings=False, imported_by="uji")
    assert refused.status == "needs_confirmation" and register_state(store) == before
    done = apply(store, checked, confirm_warnings=True, imported_by="uji")
    assert done.status == "applied" and imported(store)["realised"].tolist() == [1300]


def test_reimport_replaces_and_rollback_restores(store: Engine) -> None:
    # The same file uploaded twice (one bytes object: openpyxl stamps the time into every save).
    data = xlsx({"Program": rows()})
    first = run(store, data)
    assert first.status == "applied" and first.superseded == 0
    assert [e.code for e in run(store, data).errors] == ["duplicate_file"]

    corrected = [HEADER, row(jumlah_realisasi=1230), row(SECOND, jumlah_rencana=60)]
    second = run(store, xlsx({"Program": corrected}), "program revisi.xlsx")
    assert second.status == "applied" and second.superseded == 2
    assert "0 kegiatan baru; 2 kegiatan yang sudah tercatat mendapat versi baru" in (
        second.notes[-1].reason
    )
    now = imported(store).sort_values("region_kode_bps")
    assert len(now) == 2 and now["planned"].tolist() == [60, 1234]
    assert now["realised"].tolist()[1] == 1230
    ppu = now.iloc[1]["uid"]
    versions = register_store.history(store, ppu)
    assert versions["dataset_id"].tolist() == [first.dataset_id, second.dataset_id]

    result = rollback_dataset(store, second.dataset_id)
    assert result.ok, result.message
    back = imported(store).sort_values("region_kode_bps")
    assert back["planned"].tolist() == [50, 1234] and back["realised"].tolist()[1] == 1200
    assert back["dataset_id"].tolist() == [first.dataset_id] * 2


def test_a_resaved_unchanged_sheet_adds_no_versions(store: Engine) -> None:
    first = run(store, xlsx({"Program": rows()}))
    assert first.status == "applied"
    before = register_state(store)
    # The same rows saved again as another file (new bytes, the same activities): refused,
    # with the reason, and nothing written.
    again = run(store, csv_text_bytes(rows(), "utf-8"), "program disimpan ulang.csv")
    assert [e.code for e in again.errors] == ["no_changes"]
    assert "semua 2 kegiatan dalam berkas sama persis" in again.errors[0].reason
    assert register_state(store) == before

    # One activity changed, one unchanged, one new: only two rows are written.
    third = row(SECOND, tahun=2026, jumlah_rencana=40)
    body = [HEADER, row(jumlah_realisasi=1230), row(SECOND), third]
    changed = run(store, csv_text_bytes(body, "utf-8"), "program revisi.csv")
    assert changed.status == "applied" and changed.superseded == 1
    note = changed.notes[-1].reason
    assert note.startswith("1 kegiatan baru; 1 kegiatan yang sudah tercatat mendapat versi baru")
    assert note.endswith("1 kegiatan sama persis dengan yang tersimpan dan tidak ditulis ulang.")
    now = imported(store).set_index(["region_kode_bps", "year"])
    assert len(now) == 3 and now.loc[("6409", 2025), "realised"] == 1230
    kept = now.loc[("6401", 2025)]  # unchanged: still its first version, from the first file
    assert int(kept["dataset_id"]) == first.dataset_id
    assert register_store.history(store, kept["uid"])["dataset_id"].tolist() == [first.dataset_id]
    assert int(now.loc[("6401", 2026), "dataset_id"]) == changed.dataset_id


def test_an_import_that_would_undo_a_form_correction_warns(store: Engine) -> None:
    run(store, xlsx({"Program": rows()}))
    ppu = imported(store).set_index("region_kode_bps").loc["6409"]
    values = {c: ppu[c] for c in ("programme", "programme_name", "level", "funding", "agency")}
    values |= {
        "target_group": ppu["target_group"],
        "region_kode_bps": "6409",
        "kecamatan_kode": "64.09.04",
        "year": 2025,
        "planned": 1500.0,
        "planned_unit": "KK",
        "status": "berjalan",
        "source": "koreksi ani",
    }
    edit = register_store.save_activity(
        store, values, user="ani", uid=ppu["uid"], based_on=int(ppu["id"])
    )
    assert edit.ok, edit.message
    checked = check(store, xlsx({"Program": [HEADER, row(jumlah_rencana=1300)]}), "lagi.xlsx")
    assert checked.report.status == "needs_confirmation"
    (warning,) = checked.report.warnings
    assert warning.code == "replaces_form_edit" and warning.row == 2 and warning.column == "A"
    assert "(koreksi oleh ani, " in warning.reason


def test_a_store_change_between_check_and_apply_writes_nothing(store: Engine) -> None:
    data = xlsx({"Program": rows()})
    checked = check(store, data, "program.xlsx")
    assert checked.report.status == "valid" and checked.can_apply
    elsewhere = run(store, data, "program.xlsx")  # the command line, another server ...
    assert elsewhere.status == "applied"
    before = register_state(store)
    report = apply(store, checked, confirm_warnings=True, imported_by="uji")
    assert report.status == "invalid"
    assert [e.code for e in report.errors] == ["duplicate_file"]
    assert [w.code for w in report.warnings] == [STORE_CHANGED]
    assert register_state(store) == before


def test_other_tables_are_not_mixed_in_and_personal_data_is_refused(store: Engine) -> None:
    mixed = xlsx(
        {
            "Program": rows(),
            "2023": wide_rows({"Gelandangan": list(range(1, 11))}, title=None),
        }
    )
    report = run(store, mixed)
    assert [(e.sheet, e.code) for e in report.errors] == [("2023", "mixed_tables")]

    personal = csv_text_bytes([[*HEADER, "NIK"], [*row(), "6472010101900001"]], "utf-8")
    report = run(store, personal, "program.csv")
    assert report.errors[0].code == "personal_data"
    assert "6472010101900001" not in report.to_json()


def test_preview_shows_the_rows_with_problem_cells_marked(store: Engine) -> None:
    body = [HEADER, row(jumlah_realisasi=1300), row(SECOND, sumber_dana="APBDes")]
    preview = build_register_preview(check(store, xlsx({"Program": body}), "p.xlsx"))
    (table,) = preview.tables
    assert table.column_labels[:3] == ("program (A)", "tingkat (B)", "sumber_dana (C)")
    assert table.row_labels == ("Baris 2", "Baris 3")
    ok_row, bad_row = table.cells
    # The accepted row as the register reads it; the refused row as the file wrote it.
    texts = [c.text for c in ok_row]
    assert texts[:2] == ["PKH (Program Keluarga Harapan)", "Pusat"]
    assert "Kabupaten Penajam Paser Utara" in texts and "Rp1.200.000.000" in texts
    assert (ok_row[11].text, ok_row[11].status, ok_row[11].refs) == ("1.300", "warning", (1,))
    assert (bad_row[2].text, bad_row[2].status, bad_row[2].refs) == ("APBDes", "error", (2,))
    assert bad_row[1].text == "Kab/Kota" and bad_row[1].status == "ok"
    assert [m.where for m in table.messages] == [
        "jumlah_realisasi (baris 2, kolom L)",
        "sumber_dana (baris 3, kolom C)",
    ]
    assert table.errors == 1 and table.warnings == 1


@pytest.fixture
def cli(store: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys):  # noqa: ANN001, ANN201
    monkeypatch.setenv("DATABASE_URL", database_url)

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return invoke


def test_the_command_line_imports_a_register_file(cli, store: Engine, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "program per tingkat.csv"
    path.write_bytes(csv_text_bytes(rows(), "cp1252"))
    code, out, _ = cli("import", str(path), "--dry-run")
    assert code == 0 and "Pemeriksaan lolos: 2 kegiatan dari 2 baris" in out
    code, out, _ = cli("import", str(path), "--by", "budi")
    assert code == 0 and "Impor berhasil" in out and "berisi 2 kegiatan" in out
    assert set(imported(store)["imported_by"]) == {"budi"}

    over = tmp_path / "lebih.csv"
    over.write_bytes(csv_text_bytes([HEADER, row(FIRST, jumlah_realisasi=2000)], "cp1252"))
    code, out, _ = cli("import", str(over))
    assert code == 3 and "melebihi rencana" in out  # needs --confirm-warnings
