"""``python -m geo.fetch``: prefetch into the cache, summary and exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo import fetch as fetch_cli
from geo.sources import load_registry, sha256_file


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SERAMBI_CACHE_DIR", str(cache))
    monkeypatch.setenv("SERAMBI_OFFLINE", "1")
    return cache


def test_prefetch_all_json(fresh_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fetch_cli.main(["--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["cache_dir"] == str(fresh_cache)
    registry = load_registry()
    assert [f["name"] for f in report["files"]] == list(registry)
    for entry in report["files"]:
        assert entry["origin"] == "mirror"
        assert sha256_file(Path(entry["path"])) == registry[entry["name"]].sha256
    # A second run is served from the cache.
    assert fetch_cli.main(["--json", "kipp"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert [f["origin"] for f in again["files"]] == ["cache"]


def test_prefetch_text_summary_and_failure(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", "")
    assert fetch_cli.main(["kipp"]) == 1
    captured = capsys.readouterr()
    assert "[1/1] kipp (boundary_kipp_5k.geojson): GAGAL" in captured.err
    assert "Selesai: 0 dari 1 berkas" in captured.out and "Gagal: kipp." in captured.out


def test_unknown_name_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        fetch_cli.main(["tidak_ada"])
    assert exc.value.code == 2
    assert "sumber tidak dikenal: tidak_ada" in capsys.readouterr().err
