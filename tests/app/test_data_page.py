"""AppTest for pages/data.py ("Kelola data"): login, Indonesian errors, import, rollback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.welfare.importing.helpers import count_file_reads, csv_bytes, long_rows, wide_rows, xlsx
from welfare import auth

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


def _next_dataset_id(env: Path) -> int:
    """The id the next import gets: the seeded store holds several datasets already."""
    import sqlite3

    with sqlite3.connect(env / "serambi.db") as conn:
        return int(conn.execute("SELECT max(id) FROM dataset").fetchone()[0]) + 1


def _app() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    return at


def _login(at: AppTest, password: str = PASSWORD) -> AppTest:
    at.text_input[0].input("ani")
    at.text_input[1].input(password)
    at.button[0].click()
    at.run()
    return at


def _texts(at: AppTest) -> str:
    parts = [e.value for e in [*at.error, *at.warning, *at.success, *at.info]]
    parts += [m.value for m in at.markdown] + [c.value for c in at.caption]
    return "\n".join(str(p) for p in parts).replace("\\", "")  # undo Markdown escaping


def _html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def _datasets(at: AppTest):  # noqa: ANN202 - a DataFrame
    """The dataset table (section 3); the programme register's tables come after it."""
    return next(d.value for d in at.dataframe if list(d.value.columns)[:1] == ["ID"])


def _import_buttons(at: AppTest) -> list:
    return [b for b in at.button if b.label in ("Impor ke dasbor", "Import to the dashboard")]


def test_login_is_required(page_env: Path) -> None:
    at = _app()
    assert not at.exception
    assert at.title[0].value == "Kelola data"
    assert "Halaman ini khusus petugas Dinas Sosial. Silakan masuk." in _texts(at)
    assert len(at.get("file_uploader")) == 0  # nothing to upload before logging in

    _login(at, "salah-sandi")
    assert "Nama pengguna atau kata sandi salah. Sisa percobaan: 4." in _texts(at)
    assert len(at.get("file_uploader")) == 0


def test_bad_upload_shows_the_indonesian_error_then_a_good_one_imports(page_env: Path) -> None:
    at = _login(_app())
    assert not at.exception
    assert "Masuk sebagai **ani**" in _texts(at)
    uploader = at.get("file_uploader")[0]

    bad = xlsx({"2023": wide_rows({"Gelandangan": [1, 2, 3, 4, -12, 6, 7, 8, 9, 10]}, total=False)})
    uploader.set_value(("pmks.xlsx", bad, "application/octet-stream"))
    at.run()
    assert not at.exception
    assert "Berkas ditolak: 1 kesalahan." in _texts(at)
    assert (
        "Berau · Gelandangan (baris 8, kolom C): nilai '-12' negatif; jumlah orang tidak "
        "boleh negatif."
    ) in _texts(at)
    assert 'serambi-error" style=' in _html(at) and ">-12 <sup" in _html(at)
    import_button = next(b for b in at.button if b.label == "Impor ke dasbor")
    assert import_button.disabled

    good = csv_bytes(
        long_rows(
            [
                (c, 2004, "pmks_pengemis", 10)
                for c in (
                    "6401",
                    "6402",
                    "6403",
                    "6404",
                    "6405",
                    "6409",
                    "6411",
                    "6471",
                    "6472",
                    "6474",
                )
            ]
        )
    )
    at.get("file_uploader")[0].set_value(("pengemis.csv", good, "text/csv"))
    at.run()
    assert "Pemeriksaan lolos: 10 nilai dari 10 baris siap diimpor" in _texts(at)
    ds = _next_dataset_id(page_env)
    next(b for b in at.button if b.label == "Impor ke dasbor").click()
    at.run()
    assert not at.exception
    assert f"Impor berhasil: dataset #{ds} berisi 10 nilai dari 10 baris" in _texts(at)
    datasets = _datasets(at)
    assert list(datasets["Jenis"])[:1] == ["Impor"] and "DATA CONTOH" in list(datasets["Jenis"])

    next(b for b in at.button if b.label == "Batalkan").click()
    at.run()
    assert f"Batalkan dataset #{ds}?" in _texts(at)
    next(b for b in at.button if b.label == "Ya, batalkan").click()
    at.run()
    assert not at.exception
    assert f"Dataset #{ds} ('Impor pengemis.csv') dibatalkan" in _texts(at)


def test_personal_data_upload_is_refused_without_echo(page_env: Path) -> None:
    at = _login(_app())
    rows = [["NIK", "Nama Penerima", "Kabupaten/Kota"], ["6472010101900001", "Siti", "Bontang"]]
    at.get("file_uploader")[0].set_value(("penerima.csv", csv_bytes(rows), "text/csv"))
    at.run()
    shown = _texts(at) + _html(at) + at.dataframe[0].value.to_string()
    assert "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi" in shown
    assert "6472010101900001" not in shown and "Siti" not in shown


def test_oidc_login_is_used_when_configured(page_env: Path) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "uji",
        "client_id": "uji",
        "client_secret": "uji",
        "server_metadata_url": "https://contoh.invalid/.well-known/openid-configuration",
    }
    at.run()
    assert not at.exception
    assert "Masuk dengan akun organisasi Anda." in _texts(at)
    assert [b.label for b in at.button] == ["Masuk"]
    assert len(at.text_input) == 0 and len(at.get("file_uploader")) == 0


GOOD = xlsx(
    {
        "2023": wide_rows(
            {
                "Gelandangan": [1234, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                "Persentase penduduk miskin": [9.5, 7.25, 12.5, 10.1, 5, 7.2, 11.4, 2.6, 4.7, 4.2],
            },
            total=False,
        )
    }
)


def test_good_file_preview_then_import_without_a_duplicate_of_itself(page_env: Path) -> None:
    at = _login(_app())
    at.get("file_uploader")[0].set_value(("pmks_2023.xlsx", GOOD, "application/octet-stream"))
    at.run()
    assert not at.exception
    assert "Pemeriksaan lolos: 20 nilai dari 10 baris siap diimpor" in _texts(at)
    assert "Hasil pemeriksaan berkas **pmks_2023.xlsx**" in _texts(at)
    table = _html(at)
    assert "Gelandangan (jiwa)" in table and "Persentase penduduk miskin (%)" in table
    assert ">Kutai Kartanegara</th>" in table and ">6403<" not in table  # names, not codes
    assert ">1.234</td>" in table and ">7,25</td>" in table and ">12,5</td>" in table
    assert "None" not in table and "serambi-error" not in table
    assert [b.disabled for b in _import_buttons(at)] == [False]  # exactly one, enabled

    ds = _next_dataset_id(page_env)
    _import_buttons(at)[0].click()
    at.run()
    assert not at.exception
    shown = _texts(at)
    assert f"Impor berhasil: dataset #{ds} berisi 20 nilai dari 10 baris" in shown
    assert "sama persis sudah diimpor" not in shown and len(at.error) == 0
    assert at.get("file_uploader")[0].value is None  # a fresh uploader: nothing re-checked
    assert _import_buttons(at) == [] and _html(at) == ""
    at.run()  # any later rerun stays quiet too
    assert "sama persis sudah diimpor" not in _texts(at) and len(at.error) == 0


def test_the_page_reads_a_file_once_per_check_and_not_to_import_it(
    page_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = count_file_reads(monkeypatch)
    at = _login(_app())
    bad = xlsx({"2023": wide_rows({"Gelandangan": [1, 2, 3, 4, -12, 6, 7, 8, 9, 10]}, total=False)})
    at.get("file_uploader")[0].set_value(("pmks.xlsx", bad, "application/octet-stream"))
    at.run()
    assert ">-12 <sup" in _html(at)  # the rejected cell is placed from the same reading
    assert reads == [len(bad)]
    at.run()  # a rerun keeps the check of the attached file
    assert reads == [len(bad)]

    at.get("file_uploader")[0].set_value(("pmks_2023.xlsx", GOOD, "application/octet-stream"))
    at.run()
    assert "Pemeriksaan lolos" in _texts(at) and reads == [len(bad), len(GOOD)]
    _import_buttons(at)[0].click()
    at.run()
    assert not at.exception and "Impor berhasil" in _texts(at)
    assert reads == [len(bad), len(GOOD)]


def test_an_import_after_the_store_changed_asks_again(page_env: Path) -> None:
    from welfare.db import make_engine
    from welfare.importing import ImportOptions, import_bytes

    at = _login(_app())
    at.get("file_uploader")[0].set_value(("pmks_2023.xlsx", GOOD, "application/octet-stream"))
    at.run()
    assert "Pemeriksaan lolos" in _texts(at)
    # Between the check and the click, the same file is imported elsewhere (CLI, other server).
    engine = make_engine()
    try:
        other = import_bytes(engine, GOOD, "pmks_2023.xlsx", ImportOptions(imported_by="budi"))
    finally:
        engine.dispose()
    assert other.status == "applied"
    _import_buttons(at)[0].click()
    at.run()
    assert not at.exception
    shown = _texts(at)
    assert "Berkas ditolak: 1 kesalahan." in shown
    assert "sama persis sudah diimpor" in shown and "Data tersimpan berubah" in shown
    assert [b.disabled for b in _import_buttons(at)] == [True]  # checked again: refused


def test_removing_or_replacing_the_file_clears_its_report(page_env: Path) -> None:
    at = _login(_app())
    at.get("file_uploader")[0].set_value(("pmks_2023.xlsx", GOOD, "application/octet-stream"))
    at.run()
    assert "Pemeriksaan lolos" in _texts(at)
    at.get("file_uploader")[0].set_value(None)
    at.run()
    assert "Pemeriksaan lolos" not in _texts(at) and _import_buttons(at) == []
    assert len(at.metric) == 0 and _html(at) == ""


def test_over_limit_file_gets_an_indonesian_message_and_no_old_report(page_env: Path) -> None:
    at = _login(_app())
    assert "Batas ukuran berkas 5 MB." in _texts(at)  # said next to the uploader, up front
    at.get("file_uploader")[0].set_value(("pmks_2023.xlsx", GOOD, "application/octet-stream"))
    at.run()
    assert "Pemeriksaan lolos" in _texts(at)
    # The browser refuses such a file itself; the server says it in Indonesian too.
    big = b"kabupaten;gelandangan\r\n" + b"x" * (5 * 1024 * 1024 + 1)
    at.get("file_uploader")[0].set_value(("besar.csv", big, "text/csv"))
    at.run()
    assert not at.exception
    shown = _texts(at)
    assert "Berkas terlalu besar (5,0 MB). Batas ukuran berkas 5 MB" in shown
    assert "Pemeriksaan lolos" not in shown and _import_buttons(at) == [] and _html(at) == ""


def test_upload_limit_matches_the_import_engine() -> None:
    import tomllib

    from welfare.importing.reader import MAX_FILE_BYTES

    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_FILE_BYTES


def test_page_in_english(page_env: Path) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["f_lang"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Manage data"
    assert "This page is for Dinas Sosial staff only. Please log in." in _texts(at)
    assert [ti.label for ti in at.text_input] == ["User name", "Password"]
    _login(at, "salah-sandi")
    assert "Wrong user name or password. Attempts left: 4." in _texts(at)
    _login(at)
    assert "Logged in as **ani**" in _texts(at)
    assert [s.value for s in at.subheader] == [
        "1. Templates",
        "2. Upload and check",
        "3. Datasets",
        "4. Development targets",
        "5. Programmes by level",
    ]
    assert "File size limit 5 MB." in _texts(at)

    bad = xlsx({"2023": wide_rows({"Gelandangan": [1, 2, 3, 4, -12, 6, 7, 8, 9, 10]}, total=False)})
    at.get("file_uploader")[0].set_value(("pmks.xlsx", bad, "application/octet-stream"))
    at.run()
    assert not at.exception
    shown = _texts(at)
    assert "File refused: 1 errors." in shown
    assert "Validation messages are in Indonesian." in shown
    assert "Berau · Homeless people (row 8, column C): nilai '-12' negatif" in shown  # engine: id
    assert ">Regency/city</th>" in _html(at) and "Homeless people (people)" in _html(at)
    assert [b.disabled for b in _import_buttons(at)] == [True]
    assert [b.label for b in _import_buttons(at)] == ["Import to the dashboard"]

    at.get("file_uploader")[0].set_value(("pmks_2023.xlsx", GOOD, "application/octet-stream"))
    at.run()
    assert "Check passed: 20 values from 10 rows ready to import" in _texts(at)
    assert ">1,234</td>" in _html(at) and "Poverty rate (%)" in _html(at)
    ds = _next_dataset_id(page_env)
    _import_buttons(at)[0].click()
    at.run()
    assert f"Import succeeded: dataset #{ds} holds 20 values from 10 rows" in _texts(at)
    datasets = _datasets(at)
    assert list(datasets.columns)[:4] == ["ID", "Kind", "Status", "Name"]
    assert list(datasets["Kind"])[:1] == ["Imported"] and "EXAMPLE DATA" in list(datasets["Kind"])


def test_dataset_table_neutralises_formula_like_names(page_env: Path) -> None:
    at = _login(_app())
    at.get("file_uploader")[0].set_value(("pmks_2023.xlsx", GOOD, "application/octet-stream"))
    at.run()
    at.text_input[0].input('=HYPERLINK("http://contoh.invalid","klik")')
    at.text_input[1].input("@SUM(A1)")
    at.run()
    _import_buttons(at)[0].click()
    at.run()
    assert not at.exception
    datasets = _datasets(at)
    assert list(datasets["Nama"])[0] == "'" + '=HYPERLINK("http://contoh.invalid","klik")'
    assert list(datasets["Sumber"])[0] == "'@SUM(A1)"


def _target_sets(env: Path) -> int:
    import sqlite3

    with sqlite3.connect(env / "serambi.db") as conn:
        return int(conn.execute("SELECT count(*) FROM target_set").fetchone()[0])


def test_targets_are_imported_on_the_page_and_a_bad_file_changes_nothing(page_env: Path) -> None:
    at = _login(_app())
    assert "4. Target pembangunan" in [s.value for s in at.subheader]
    sets = _target_sets(page_env)
    uploader = at.get("file_uploader")[-1]
    header = "kode_bps,tahun,indikator,nilai,dokumen,sumber\n"
    uploader.set_value(
        ("target.csv", (header + "6409,2029,pmks_x,1,RPJMD PPU,Bappeda\n").encode(), "text/csv")
    )
    at.run()
    next(b for b in at.button if b.label == "Impor target").click()
    at.run()
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [  # undo Markdown escaping
        "Berkas target ditolak: indikator tidak dikenal 'pmks_x' (baris 2)."
    ]
    assert _target_sets(page_env) == sets

    good = header + "6409,2029,penduduk_miskin_persen,6,RPJMD PPU 2025-2029,Bappeda PPU\n"
    at.get("file_uploader")[-1].set_value(("target.csv", good.encode(), "text/csv"))
    at.run()
    next(b for b in at.button if b.label == "Impor target").click()
    at.run()
    assert not at.exception and not at.error
    assert at.success[-1].value.replace("\\", "").startswith("1 target diimpor (set #")
    assert _target_sets(page_env) == sets + 1
