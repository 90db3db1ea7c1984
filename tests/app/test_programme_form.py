"""AppTest of the "Program per tingkat" parts of Kelola data (pages/data.py): the template
downloads, a register file's preview and import, and the add / correct / close form with its
messages, its version history and the refusal of a lost update."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.welfare.importing.helpers import csv_text_bytes, xlsx
from tests.welfare.register.files import HEADER, SECOND, row, rows
from welfare import auth
from welfare.db import make_engine
from welfare.register import store as register_store

REPO = Path(__file__).resolve().parents[2]
PAGE = str(REPO / "pages" / "data.py")
PASSWORD = "kata-sandi-uji-123"


@pytest.fixture
def page_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'serambi.db'}")
    users = tmp_path / "users.toml"
    auth.add_user("ani", PASSWORD, users)
    monkeypatch.setenv("SERAMBI_USERS_FILE", str(users))
    monkeypatch.chdir(REPO)
    yield tmp_path


def _page() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.run()
    at.text_input[0].input("ani")
    at.text_input[1].input(PASSWORD)
    at.button[0].click()
    at.run()
    assert not at.exception
    return at


def _form_key(at: AppTest, suffix: str) -> str:
    """The key of the visible form's widget ``suffix`` (the form's keys carry its version)."""
    keys = [w.key for w in [*at.text_input, *at.selectbox] if w.key and w.key.endswith(suffix)]
    assert len(keys) == 1, keys
    return keys[0]


def _save(at: AppTest, label: str = "Simpan") -> AppTest:
    next(b for b in at.button if b.label == label).click()
    at.run()
    assert not at.exception
    return at


def _register(env: Path) -> list[dict]:
    engine = make_engine(f"sqlite:///{env / 'serambi.db'}")
    try:
        frame = register_store.current(engine)
        return frame[frame["dataset_kind"] == "imported"].to_dict("records")
    finally:
        engine.dispose()


def _successes(at: AppTest) -> list[str]:
    return [s.value.replace("\\", "") for s in at.success]  # undo Markdown escaping


def _fill(at: AppTest, **texts: str) -> None:
    for suffix, value in texts.items():
        at.text_input(key=_form_key(at, suffix)).input(value)


def test_add_an_activity_see_it_listed_correct_it_and_close_it(page_env: Path) -> None:
    at = _page()
    assert "5. Program per tingkat" in [s.value for s in at.subheader]
    at.selectbox(key="prog_region").set_value("6409")
    at.run()
    at.selectbox(key=_form_key(at, "_programme")).set_value("rumah_provinsi")
    at.selectbox(key=_form_key(at, "_level")).set_value("provinsi")
    at.selectbox(key=_form_key(at, "_group")).set_value("rtlh")
    at.selectbox(key=_form_key(at, "_kecamatan")).set_value("64.09.04")
    at.selectbox(key=_form_key(at, "_planned_unit")).set_value("unit rumah")
    _fill(at, _agency="Disperkim *Kaltim*", _planned="1.250", _budget="Rp 6,5 M")
    at.text_area(key=_form_key(at, "_name").replace("_name", "_source")).input("DPA 2026")
    _save(at)
    assert _successes(at) == ["Kegiatan ditambahkan."]
    assert [i.value.replace("\\", "") for i in at.info] == [
        "Anggaran (Rp): 'Rp 6,5 M' dibaca sebagai Rp6.500.000.000."
    ]
    (added,) = _register(page_env)
    assert (added["agency"], added["planned"], added["budget_rp"]) == (
        "Disperkim *Kaltim*",
        1250.0,
        6_500_000_000.0,
    )
    assert (added["kecamatan_kode"], added["imported_by"], added["change"]) == (
        "64.09.04",
        "ani",
        "tambah",
    )
    listed = at.dataframe[-1].value.set_index("Instansi pelaksana")
    assert "Disperkim *Kaltim*" in listed.index  # as typed, beside the seed's rows of PPU
    assert listed.loc["Disperkim *Kaltim*", "Jumlah rencana"] == "1.250 unit rumah"
    assert listed.loc["Disperkim *Kaltim*", "Anggaran (Rp)"] == "6.500.000.000"
    assert listed.loc["Disperkim *Kaltim*", "Oleh"] == "ani"

    at.radio(key="prog_mode").set_value("correct")
    at.run()
    at.selectbox(key="prog_pick").set_value(added["uid"])
    at.run()
    assert at.text_input(key=_form_key(at, "_planned")).value == "1.250"  # prefilled
    _fill(at, _planned="1.300")
    _save(at)
    assert _successes(at) == ["Kegiatan dikoreksi."]
    (fixed,) = _register(page_env)
    assert fixed["uid"] == added["uid"] and fixed["planned"] == 1300.0

    at.radio(key="prog_mode").set_value("close")
    at.run()
    at.text_input(key=_form_key(at, "_realised")).input("1.280")
    _save(at, "Tutup kegiatan")
    assert _successes(at) == ["Kegiatan ditutup (selesai)."]
    (closed,) = _register(page_env)
    assert (closed["status"], closed["realised"]) == ("selesai", 1280.0)

    history = at.dataframe[-1].value
    assert history["Perubahan"].tolist() == ["tambah", "koreksi", "tutup"]
    assert history["Oleh"].tolist() == ["ani"] * 3
    assert history["Berlaku"].tolist() == ["tidak", "tidak", "ya"]


def test_a_bad_value_is_named_by_its_field_and_nothing_is_saved(page_env: Path) -> None:
    at = _page()
    _fill(at, _agency="Dinsos", _planned="12", _budget="Rp [satu](http://contoh.invalid) M")
    at.selectbox(key=_form_key(at, "_planned_unit")).set_value("KK")
    at.text_area(key=_form_key(at, "_name").replace("_name", "_source")).input("SK")
    _save(at)
    (error,) = at.error
    assert error.value.startswith("Tidak ada yang disimpan: perbaiki isian berikut.")
    shown = error.value.replace("\\", "").replace("\u2060", "")
    assert "- Anggaran (Rp): anggaran 'Rp [satu](http://contoh.invalid) M' tidak terbaca" in shown
    assert "\\[satu\\]\\(http" in error.value  # escaped: no link in the app's own notice
    assert _register(page_env) == []

    # A required field left empty is named too; realised above plan needs the confirmation.
    _fill(at, _agency="", _budget="", _realised="20")
    at.selectbox(key=_form_key(at, "_realised_unit")).set_value("KK")
    _save(at)
    assert "- Instansi pelaksana: kolom instansi wajib diisi" in at.error[0].value.replace("\\", "")
    _fill(at, _agency="Dinsos")
    _save(at)
    assert at.warning[0].value.replace("\\", "").startswith("Belum disimpan: periksa peringatan")
    assert "Jumlah realisasi: realisasi (20) melebihi rencana (12)" in at.warning[0].value.replace(
        "\\", ""
    )
    assert _register(page_env) == []
    at.checkbox(key=_form_key(at, "_name").replace("_name", "_confirm")).check()
    _save(at)
    assert _successes(at) == ["Kegiatan ditambahkan."]
    assert len(_register(page_env)) == 1


def test_a_save_on_a_stale_version_shows_both_versions_and_writes_nothing(page_env: Path) -> None:
    at = _page()
    _fill(at, _agency="Dinsos PPU", _planned="12")
    at.selectbox(key=_form_key(at, "_planned_unit")).set_value("KK")
    at.text_area(key=_form_key(at, "_name").replace("_name", "_source")).input("SK")
    _save(at)
    (mine,) = _register(page_env)
    at.radio(key="prog_mode").set_value("correct")
    at.run()
    at.selectbox(key="prog_pick").set_value(mine["uid"])
    at.run()
    _fill(at, _agency="Dinsos PPU <b>bidang</b>")

    # Meanwhile someone else saves a correction of the same version.
    engine = make_engine(f"sqlite:///{page_env / 'serambi.db'}")
    try:
        values = {k: mine[k] for k in register_store.COLUMNS if k not in ("id", "dataset_id")}
        values = {k: (None if v != v else v) for k, v in values.items()}  # NaN -> None
        other = register_store.save_activity(
            engine, {**values, "planned": 15.0}, user="budi", uid=mine["uid"], based_on=mine["id"]
        )
    finally:
        engine.dispose()
    assert other.ok

    _save(at)
    assert (
        at.error[0]
        .value.replace("\\", "")
        .startswith("Kegiatan ini sudah diubah orang lain sejak Anda membukanya (budi, ")
    )
    table = "\n".join(h.proto.body for h in at.get("html"))
    assert "Versi tersimpan (terbaru)" in table and "Versi Anda (belum disimpan)" in table
    assert "Dinsos PPU &lt;b&gt;bidang&lt;/b&gt;" in table and "<b>bidang" not in table
    assert "Instansi pelaksana ≠" in table and "Jumlah rencana ≠" in table
    (now,) = _register(page_env)
    assert (now["agency"], now["planned"], now["imported_by"]) == ("Dinsos PPU", 15.0, "budi")
    next(b for b in at.button if b.label == "Tutup perbandingan").click()
    at.run()
    assert "Versi Anda" not in "\n".join(h.proto.body for h in at.get("html"))


def test_templates_and_a_register_file_through_the_upload(page_env: Path) -> None:
    at = _page()
    labels = [b.label for b in at.get("download_button")]
    assert "Unduh templat Program per tingkat (CSV)" in labels
    assert "Unduh templat Program per tingkat (XLSX)" in labels

    bad = xlsx({"Program": [HEADER, row(), row(SECOND, sumber_dana="APBDes")]})
    at.get("file_uploader")[0].set_value(("program.xlsx", bad, "application/octet-stream"))
    at.run()
    assert not at.exception
    shown = "\n".join(str(e.value) for e in [*at.error, *at.markdown]).replace("\\", "")
    assert "Berkas ditolak: 1 kesalahan." in shown
    assert "sumber_dana (baris 3, kolom C): sumber dana 'APBDes' tidak dikenal" in shown
    html = "\n".join(h.proto.body for h in at.get("html"))
    assert 'serambi-error" style=' in html and ">APBDes <sup" in html
    assert ">PKH (Program Keluarga Harapan)</td>" in html and ">Rp1.200.000.000</td>" in html
    assert [m.label for m in at.metric][2] == "Kegiatan"

    good = csv_text_bytes(rows(), "cp1252")
    at.get("file_uploader")[0].set_value(("program.csv", good, "text/csv"))
    at.run()
    assert "Pemeriksaan lolos: 2 kegiatan dari 2 baris" in [s.value for s in at.success][0]
    next(b for b in at.button if b.label == "Impor ke dasbor").click()
    at.run()
    assert not at.exception
    assert any("berisi 2 kegiatan dari 2 baris" in s.value for s in at.success)
    assert len(_register(page_env)) == 2
