"""Registry, sha256 verification, cache, mirror and download (local HTTP server)."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo import sources
from geo.sources import Source, SourceError, fetch, load_registry, sha256_file

LICENCE = "lisensi_wilayah_boundaries"


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SERAMBI_CACHE_DIR", str(cache))
    return cache


@pytest.fixture()
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERAMBI_OFFLINE", "1")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def http_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A local HTTP server on 127.0.0.1 serving a temporary folder."""
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _with_url(monkeypatch: pytest.MonkeyPatch, name: str, url: str) -> Source:
    registry = load_registry()
    registry[name] = dataclasses.replace(registry[name], url=url)
    monkeypatch.setattr(sources, "load_registry", lambda: dict(registry))
    return registry[name]


def test_registry_matches_csv() -> None:
    registry = load_registry()
    assert set(registry) == {
        "kabupaten_kota",
        "kecamatan",
        "provinsi_kalimantan",
        LICENCE,
        "ikn",
        "kipp",
    }
    kab = registry["kabupaten_kota"]
    assert kab.file == "wilayah_boundaries_kab_64.sql"
    assert kab.sha256 == "790d76b3770671f2515ebec73e2c5bf4847e1f1be78449128dc70aca87379b52"
    assert kab.url.startswith("https://raw.githubusercontent.com/cahyadsn/")
    assert kab.format == "cahyadsn-sql"


@pytest.mark.parametrize("bad_file", ["../etc/passwd", "sub/x.sql", "..", ""])
def test_registry_rejects_path_like_file_names(tmp_path: Path, bad_file: str) -> None:
    csv = tmp_path / "sources.csv"
    csv.write_text(
        "name,file,url,sha256,licence,format,description\n"
        f"x,{bad_file},https://example.org/x,{'0' * 64},MIT,text,x\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError, match="tidak sah"):
        sources._read_registry(csv)


def test_unknown_name_is_refused_and_never_used_as_path() -> None:
    with pytest.raises(SourceError, match="tidak dikenal") as exc:
        fetch("../../etc/passwd")
    assert "kabupaten_kota" in str(exc.value)


def test_mirror_then_cache_hit(
    fresh_cache: Path, offline: None, monkeypatch: pytest.MonkeyPatch, mirror_dir: Path
) -> None:
    calls: list[tuple[int, int | None]] = []
    path, origin = sources._fetch("kabupaten_kota", lambda d, t: calls.append((d, t)))
    assert origin == "mirror"
    assert path == fresh_cache / "wilayah_boundaries_kab_64.sql"
    assert sha256_file(path) == load_registry()["kabupaten_kota"].sha256
    size = (mirror_dir / "wilayah_boundaries_kab_64.sql").stat().st_size
    assert calls[-1] == (size, size)

    # Second call: served from the cache, even with no mirror configured.
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", "")
    path2, origin2 = sources._fetch("kabupaten_kota")
    assert (path2, origin2) == (path, "cache")
    assert fetch("kabupaten_kota") == path
    assert not list(fresh_cache.glob(".*.part")), "no temporary files left behind"


def test_damaged_cache_file_is_discarded_and_refetched(fresh_cache: Path, offline: None) -> None:
    path = fetch("kipp")
    path.write_bytes(path.read_bytes() + b"\n")  # silently damaged cache entry
    path2, origin = sources._fetch("kipp")
    assert origin == "mirror"
    assert sha256_file(path2) == load_registry()["kipp"].sha256


def test_tampered_mirror_is_refused_with_indonesian_message(
    fresh_cache: Path,
    offline: None,
    tmp_path: Path,
    mirror_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad_mirror = tmp_path / "bad-mirror"
    bad_mirror.mkdir()
    content = (mirror_dir / "boundary_kipp_5k.geojson").read_bytes().replace(b"5644", b"5645")
    (bad_mirror / "boundary_kipp_5k.geojson").write_bytes(content)
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", str(bad_mirror))

    with pytest.raises(SourceError) as exc:
        fetch("kipp")
    message = str(exc.value)
    expected = load_registry()["kipp"].sha256
    assert "boundary_kipp_5k.geojson" in message
    assert "DITOLAK, sha256 tidak cocok" in message
    assert f"diharapkan {expected}" in message
    assert f"didapat {hashlib.sha256(content).hexdigest()}" in message
    assert "SERAMBI_DATA_MIRROR" in message and "python -m geo.fetch" in message
    assert not (fresh_cache / "boundary_kipp_5k.geojson").exists()
    assert not list(fresh_cache.glob(".*.part"))


def test_next_mirror_is_tried_after_a_bad_one(
    fresh_cache: Path,
    offline: None,
    tmp_path: Path,
    mirror_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad_mirror = tmp_path / "bad-mirror"
    bad_mirror.mkdir()
    (bad_mirror / "boundary_kipp_5k.geojson").write_text("{}", encoding="utf-8")
    empty_mirror = tmp_path / "empty-mirror"
    empty_mirror.mkdir()
    monkeypatch.setenv(
        "SERAMBI_DATA_MIRROR",
        os.pathsep.join([str(empty_mirror), str(bad_mirror), str(mirror_dir)]),
    )
    path, origin = sources._fetch("kipp")
    assert origin == "mirror"
    assert sha256_file(path) == load_registry()["kipp"].sha256


def test_nothing_available_offline(
    fresh_cache: Path, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", "")
    with pytest.raises(SourceError) as exc:
        fetch("kipp")
    message = str(exc.value)
    assert "tidak dapat diperoleh" in message
    assert "SERAMBI_OFFLINE" in message and "SERAMBI_DATA_MIRROR tidak diatur" in message


def test_download_from_local_http_server(
    fresh_cache: Path,
    http_root: tuple[Path, str],
    mirror_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root, base = http_root
    original = (mirror_dir / "LICENSE-wilayah_boundaries.txt").read_bytes()
    (root / "LICENSE").write_bytes(original)
    _with_url(monkeypatch, LICENCE, f"{base}/LICENSE")
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", "")

    calls: list[tuple[int, int | None]] = []
    path, origin = sources._fetch(LICENCE, lambda d, t: calls.append((d, t)))
    assert origin == "download"
    assert path.read_bytes() == original
    assert calls[0] == (0, len(original))
    assert calls[-1] == (len(original), len(original))
    assert not list(fresh_cache.glob(".*.part"))
    # And then it is a cache hit, without the server.
    (root / "LICENSE").unlink()
    assert sources._fetch(LICENCE)[1] == "cache"


def test_download_with_wrong_content_is_refused(
    fresh_cache: Path, http_root: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, base = http_root
    (root / "LICENSE").write_bytes(b"not the MIT licence\n")
    src = _with_url(monkeypatch, LICENCE, f"{base}/LICENSE")
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", "")
    with pytest.raises(SourceError) as exc:
        fetch(LICENCE)
    assert f"unduh {base}/LICENSE: DITOLAK, sha256 tidak cocok" in str(exc.value)
    assert f"diharapkan {src.sha256}" in str(exc.value)
    assert not (fresh_cache / src.file).exists()
    assert not list(fresh_cache.glob(".*.part"))


def test_download_http_error_is_reported(
    fresh_cache: Path, http_root: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _root, base = http_root
    _with_url(monkeypatch, LICENCE, f"{base}/missing")
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", "")
    with pytest.raises(SourceError, match=r"unduh .*/missing: gagal \(HTTP Error 404"):
        fetch(LICENCE)
