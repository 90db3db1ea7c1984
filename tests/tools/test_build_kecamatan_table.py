"""tools/build_kecamatan_table.py: kecamatan rows from the cahyadsn/wilayah code list."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WILAYAH_GIT = Path("/work/.mirror/cahyadsn+wilayah/repo")
WILAYAH_COMMIT = "b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7"


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "build_kecamatan_table", REPO / "tools" / "build_kecamatan_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
CROSSWALK = {"64.02": "6403", "64.07": "6402"}


def test_rows_parents_and_bps_codes_from_the_crosswalk(monkeypatch) -> None:
    monkeypatch.setattr(tool, "EXPECTED_COUNT", 3)
    sql = (
        "INSERT INTO wilayah (kode,nama) VALUES ('64','KALIMANTAN TIMUR'),('64.02','Kabupaten "
        "Kutai Kartanegara'),('64.02.13','Samboja'),('64.02.02','Loa  Kulu'),"
        "('64.02.13.2001','Desa X'),('64.07.01','Long Iram'),('65.01.01','Tanjung Palas');"
    )
    rows = tool.build_rows(sql, CROSSWALK)
    assert [(r["kode_kemendagri"], r["nama"], r["kode_bps_kab"]) for r in rows] == [
        ("64.02.02", "Loa Kulu", "6403"),
        ("64.02.13", "Samboja", "6403"),  # Kemendagri 64.02 = BPS 6403, not BPS 6402
        ("64.07.01", "Long Iram", "6402"),
    ]


def test_unknown_parent_and_wrong_count_are_refused(monkeypatch) -> None:
    with pytest.raises(ValueError, match="64.05"):
        tool.build_rows("('64.05.01','Sesayap')", CROSSWALK)
    with pytest.raises(ValueError, match="diharapkan 105"):
        tool.build_rows("('64.02.13','Samboja'),('64.07.01','Long Iram')", CROSSWALK)


@pytest.mark.skipif(not WILAYAH_GIT.exists(), reason="cahyadsn/wilayah not fetched")
def test_committed_table_is_what_the_tool_builds(tmp_path: Path) -> None:
    sql = subprocess.run(
        ["git", "-C", str(WILAYAH_GIT), "show", f"{WILAYAH_COMMIT}:db/wilayah.sql"],
        check=True,
        capture_output=True,
    ).stdout
    path = tmp_path / "wilayah.sql"
    path.write_bytes(sql)
    assert tool.main([str(path), "--check"]) == 0
    assert (
        subprocess.run(
            [
                sys.executable,
                str(REPO / "tools" / "build_kecamatan_table.py"),
                str(path),
                "--out",
                str(tmp_path / "k.csv"),
            ]
        ).returncode
        == 0
    )
    assert (tmp_path / "k.csv").read_text("utf-8") == (REPO / "data" / "kecamatan.csv").read_text(
        "utf-8"
    )
