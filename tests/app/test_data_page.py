"""AppTest for pages/data.py ("Kelola data"): login, Indonesian errors, import, rollback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.welfare.importing.helpers import csv_bytes, long_rows, wide_rows, xlsx
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

    bad = xlsx({"2023": wide_rows({"Gelandangan": [1, 2, 3, 4, -12, 6, 7, 8, 9, 10]},
                                  total=False)})
    uploader.set_value(("pmks.xlsx", bad, "application/octet-stream"))
    at.run()
    assert not at.exception
    assert "Berkas ditolak: 1 kesalahan." in _texts(at)
    table = at.dataframe[0].value
    assert list(table["Keterangan"]) == ["nilai '-12' negatif; jumlah orang tidak boleh negatif."]
    assert list(table["Baris"]) == [8] and list(table["Kolom"]) == ["C (Gelandangan)"]
    import_button = next(b for b in at.button if b.label == "Impor ke dasbor")
    assert import_button.disabled

    good = csv_bytes(long_rows([(c, 2004, "pmks_pengemis", 10) for c in
                                ("6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471",
                                 "6472", "6474")]))
    at.get("file_uploader")[0].set_value(("pengemis.csv", good, "text/csv"))
    at.run()
    assert "Pemeriksaan lolos: 10 nilai dari 10 baris siap diimpor" in _texts(at)
    next(b for b in at.button if b.label == "Impor ke dasbor").click()
    at.run()
    assert not at.exception
    assert "Impor berhasil: dataset #3 berisi 10 nilai dari 10 baris" in _texts(at)
    datasets = at.dataframe[-1].value
    assert list(datasets["Jenis"])[:1] == ["Impor"] and "DATA CONTOH" in list(datasets["Jenis"])

    next(b for b in at.button if b.label == "Batalkan").click()
    at.run()
    assert "Batalkan dataset #3?" in _texts(at)
    next(b for b in at.button if b.label == "Ya, batalkan").click()
    at.run()
    assert not at.exception
    assert "Dataset #3 ('Impor pengemis.csv') dibatalkan" in _texts(at)


def test_personal_data_upload_is_refused_without_echo(page_env: Path) -> None:
    at = _login(_app())
    rows = [["NIK", "Nama Penerima", "Kabupaten/Kota"], ["6472010101900001", "Siti", "Bontang"]]
    at.get("file_uploader")[0].set_value(("penerima.csv", csv_bytes(rows), "text/csv"))
    at.run()
    shown = _texts(at) + at.dataframe[0].value.to_string()
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
