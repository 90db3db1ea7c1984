"""``python manage.py``: exit codes, --json reports, datasets, rollback, add-user."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from manage import main
from tests.welfare.importing.helpers import REPO, csv_bytes, long_rows
from tests.welfare.importing.test_apply import CODES, gelandangan
from welfare import auth


@pytest.fixture
def cli(store: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys):  # noqa: ANN001, ANN201
    monkeypatch.setenv("DATABASE_URL", database_url)

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return invoke


def test_import_exit_codes_and_json(cli, tmp_path: Path) -> None:  # noqa: ANN001
    good = tmp_path / "pmks 2023.xlsx"
    good.write_bytes(gelandangan(list(range(10, 20))))
    bad = tmp_path / "salah.csv"
    bad.write_bytes(csv_bytes(long_rows([("6401", 2023, "pmks_gelandangan", "-5")])))

    code, out, _ = cli("import", str(bad), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["status"] == "invalid" and report["ok"] is False
    assert report["errors"] == [
        {
            "level": "error",
            "code": "negative_count",
            "reason": "nilai '-5' negatif; jumlah orang tidak boleh negatif.",
            "sheet": None,
            "row": 2,
            "column": "D",
            "header": "nilai – Gelandangan",
            "message": "Baris 2, kolom D (nilai – Gelandangan): nilai '-5' negatif; jumlah orang "
            "tidak boleh negatif.",
        }
    ]

    # Values far below the example data: example data is never a reason to ask for confirmation.
    code, out, _ = cli("import", str(good), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["status"] == "valid"
    assert json.loads(out)["rows_read"] == 11 and json.loads(out)["rows_accepted"] == 10
    assert json.loads(out)["warnings"] == []

    code, out, _ = cli(
        "import",
        str(good),
        "--json",
        "--by",
        "ani",
        "--name",
        "PMKS 2023",
        "--source",
        "Dinsos Kaltim",
    )
    applied = json.loads(out)
    assert code == 0 and applied["status"] == "applied" and applied["values"] == 10
    assert applied["derived"] == 1 and applied["notes"][0]["code"] == "province_derived"

    # A jump against stored real data does need confirmation (exit code 3).
    jump = tmp_path / "pmks 2024.xlsx"
    jump.write_bytes(gelandangan([v * 10 for v in range(10, 20)], year=2024))
    code, out, _ = cli("import", str(jump), "--dry-run")
    assert code == 3
    assert "--confirm-warnings" in out and "Peringatan (" in out
    code, out, _ = cli("import", str(jump), "--dry-run", "--confirm-warnings", "--json")
    assert code == 0 and json.loads(out)["status"] == "valid"

    code, out, _ = cli("datasets", "--json")
    datasets = json.loads(out)
    mine = datasets[-1]
    assert code == 0 and mine["id"] == applied["dataset_id"]
    assert (mine["kind"], mine["name"], mine["source"], mine["imported_by"]) == (
        "imported",
        "PMKS 2023",
        "Dinsos Kaltim",
        "ani",
    )
    assert [d["kind"] for d in datasets[:2]] == ["official", "example"]

    code, out, _ = cli("datasets")
    assert "CONTOH" in out and "PMKS 2023" in out

    code, out, err = cli("rollback", str(applied["dataset_id"]))
    assert code == 0 and f"Dataset #{applied['dataset_id']} ('PMKS 2023') dibatalkan" in out
    code, _, err = cli("rollback", str(applied["dataset_id"]))
    assert code == 1 and "sudah dibatalkan sebelumnya" in err
    code, _, err = cli("rollback", "1")
    assert code == 1 and "data bawaan tidak dapat dibatalkan" in err


def test_unlock(cli, store: Engine, tmp_path: Path) -> None:  # noqa: ANN001
    users = tmp_path / "users.toml"
    auth.add_user("ani", "benar-sekali-123", users)
    for _ in range(5):
        auth.authenticate(store, "ani", "salah", users_path=users)
    assert not auth.authenticate(store, "ani", "benar-sekali-123", users_path=users).ok
    code, out, _ = cli("unlock", "ani")
    assert code == 0 and "Kunci akun 'ani' dibuka" in out
    assert auth.authenticate(store, "ani", "benar-sekali-123", users_path=users).ok


def test_year_option_and_missing_file(cli, tmp_path: Path) -> None:  # noqa: ANN001
    rows = [["Kabupaten/Kota", "Pengemis"], *[[c, 10] for c in CODES]]
    path = tmp_path / "tanpa-tahun.csv"
    path.write_bytes(csv_bytes(rows))
    assert cli("import", str(path), "--dry-run")[0] == 1
    code, out, _ = cli("import", str(path), "--year", "2004", "--json")
    assert code == 0 and json.loads(out)["years"] == [2004]
    code, _, err = cli("import", str(tmp_path / "tidak-ada.csv"))
    assert code == 1 and "Berkas tidak dapat dibaca" in err


def test_add_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # noqa: ANN001
    users = tmp_path / "users.toml"
    monkeypatch.setattr(sys, "stdin", io.StringIO("kata-sandi-rahasia\n"))
    assert main(["add-user", "ani", "--password-stdin", "--users-file", str(users)]) == 0
    assert "Pengguna 'ani' ditambahkan" in capsys.readouterr().out
    text = users.read_text()
    assert "kata-sandi-rahasia" not in text and "$argon2id$" in text
    assert oct(users.stat().st_mode & 0o777) == "0o600"
    assert set(auth.load_users(users)) == {"ani"}

    answers = iter(["sandi-pertama-123", "sandi-kedua-4567"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["add-user", "budi", "--users-file", str(users)]) == 1
    assert "tidak sama" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("pendek\n"))
    assert main(["add-user", "budi", "--password-stdin", "--users-file", str(users)]) == 1
    assert "minimal 10 karakter" in capsys.readouterr().err
    assert main(["add-user", "Bad Name!", "--password-stdin", "--users-file", str(users)]) == 1


def test_cli_runs_as_a_script_from_any_directory(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(REPO / "manage.py"), "import", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "--confirm-warnings" in out.stdout and "--dry-run" in out.stdout
    assert out.stdout.startswith("usage: python manage.py import")


def test_the_old_module_command_says_where_it_moved() -> None:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "welfare", "import", "x", "--dry-run"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert "Perintah ini pindah: jalankan `python manage.py import x --dry-run`" in out.stderr
    assert out.stdout == ""
    # It imports nothing of the project (only the welfare package itself, to find __main__).
    loaded = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if "|" in line}
    assert not {m for m in loaded if m.startswith(("welfare.", "briefing", "sqlalchemy"))}


def test_snapshot_option_for_dtsen_files(cli, tmp_path: Path) -> None:  # noqa: ANN001
    rows = [["kode_wilayah", "tahun", "indikator", "nilai"]]
    rows += [[c, 2026, "dtsen_desil1_kk", 100 + i] for i, c in enumerate(CODES)]
    path = tmp_path / "dtsen.csv"
    path.write_bytes(csv_bytes(rows))
    # decile figures without a snapshot date are refused, with the way out named
    code, out, _ = cli("import", str(path), "--dry-run", "--json")
    assert code == 1 and "--snapshot" in out
    code, out, _ = cli("import", str(path), "--snapshot", "2026-01-23", "--json")
    assert code == 0 and json.loads(out)["status"] == "applied", out
    with pytest.raises(SystemExit):
        cli("import", str(path), "--snapshot", "23-01-2026")


def test_import_targets_command(cli, tmp_path: Path) -> None:  # noqa: ANN001
    good = tmp_path / "target.csv"
    good.write_text(
        "kode_bps,tahun,indikator,nilai,batas_bawah,batas_atas,dokumen,sumber\n"
        "6472,2029,penduduk_miskin_persen,,3,4,RPJMD Samarinda 2025-2029,Bappeda Samarinda\n",
        encoding="utf-8",
    )
    code, out, _ = cli("import-targets", str(good), "--by", "ani")
    assert code == 0 and out.strip()
    bad = tmp_path / "salah.csv"
    bad.write_text("kode_bps,tahun,indikator,nilai,dokumen,sumber\n6472,2029,x,1,,\n", "utf-8")
    code, _, err = cli("import-targets", str(bad))
    assert code == 1 and "dokumen" in err
