"""Pinned third-party geodata: registry, sha256 verification, cache, mirror and download.

Every file the app reads comes from ``data/sources.csv`` (name, file, url, sha256, licence,
format, description). :func:`fetch` looks for a verified copy in this order:

1. the local cache (``SERAMBI_CACHE_DIR``, default ``<repo>/data/cache/geodata``, gitignored);
2. each folder in ``SERAMBI_DATA_MIRROR`` (several folders separated by ``os.pathsep``, i.e.
   ``:`` on Linux/macOS), for offline machines and CI; a verified file is copied into the cache;
3. an HTTP download of the pinned URL, streamed to a temporary file and atomically renamed
   into the cache.

The sha256 is verified on every path, cache hits included. Setting ``SERAMBI_OFFLINE=1`` skips
the download step so an offline laptop fails fast instead of waiting for network timeouts.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Literal

__all__ = [
    "REGISTRY_PATH",
    "REPO_ROOT",
    "Source",
    "SourceError",
    "cache_dir",
    "fetch",
    "load_registry",
    "mirror_dirs",
    "sha256_file",
]

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
REGISTRY_PATH = REPO_ROOT / "data" / "sources.csv"
DEFAULT_CACHE_DIR = REPO_ROOT / "data" / "cache" / "geodata"

ProgressCallback = Callable[[int, int | None], None]
Origin = Literal["cache", "mirror", "download"]

_CHUNK = 64 * 1024
# Largest registry file is ~0.3 MB; the cap only stops a misconfigured URL from filling the disk.
_MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
_DOWNLOAD_TIMEOUT_S = 60.0
_USER_AGENT = "serambi-geo/0.1 (+Dinas Sosial Kalimantan Timur)"
_REGISTRY_FIELDS = ("name", "file", "url", "sha256", "licence", "format", "description")


class SourceError(Exception):
    """A registry file could not be obtained or verified (message in Bahasa Indonesia)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One pinned third-party file from ``data/sources.csv``."""

    name: str
    file: str
    url: str
    sha256: str
    licence: str
    format: str
    description: str


@lru_cache(maxsize=4)
def _read_registry(path: Path) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = set(_REGISTRY_FIELDS) - set(reader.fieldnames or ())
        if missing:
            raise SourceError(
                f"Registri sumber {path} tidak lengkap: kolom {sorted(missing)} tidak ada."
            )
        for line_no, row in enumerate(reader, start=2):
            src = Source(**{k: (row[k] or "").strip() for k in _REGISTRY_FIELDS})
            _validate_source(src, path, line_no)
            if src.name in sources:
                raise SourceError(
                    f"Registri sumber {path} baris {line_no}: nama '{src.name}' ganda."
                )
            sources[src.name] = src
    return sources


def _validate_source(src: Source, path: Path, line_no: int) -> None:
    where = f"Registri sumber {path} baris {line_no}"
    if not src.name:
        raise SourceError(f"{where}: nama kosong.")
    # The file name becomes a path inside the cache: only a plain base name is acceptable.
    if (
        not src.file
        or src.file in {".", ".."}
        or Path(src.file).name != src.file
        or "/" in src.file
        or "\\" in src.file
    ):
        raise SourceError(f"{where}: nama berkas '{src.file}' tidak sah (harus nama berkas saja).")
    if len(src.sha256) != 64 or any(c not in "0123456789abcdef" for c in src.sha256):
        raise SourceError(
            f"{where}: sha256 '{src.sha256}' tidak sah (64 digit heksadesimal kecil)."
        )
    if urllib.parse.urlsplit(src.url).scheme not in {"http", "https"}:
        raise SourceError(f"{where}: URL '{src.url}' harus http(s).")


def load_registry() -> dict[str, Source]:
    """Read the source registry ``data/sources.csv``.

    Returns
    -------
    dict[str, Source]
        Sources keyed by registry name, in file order.
    """
    return dict(_read_registry(REGISTRY_PATH))


def cache_dir() -> Path:
    """Return the geodata cache folder (``SERAMBI_CACHE_DIR`` or ``data/cache/geodata``)."""
    env = os.environ.get("SERAMBI_CACHE_DIR", "").strip()
    return Path(env).expanduser() if env else DEFAULT_CACHE_DIR


def mirror_dirs() -> list[Path]:
    """Return the mirror folders from ``SERAMBI_DATA_MIRROR`` (``os.pathsep``-separated)."""
    env = os.environ.get("SERAMBI_DATA_MIRROR", "")
    return [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()]


def _offline() -> bool:
    return os.environ.get("SERAMBI_OFFLINE", "").strip().lower() in {"1", "true", "yes", "ya"}


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_hashed(
    reader: BinaryIO,
    dest_dir: Path,
    prefix: str,
    total: int | None,
    progress: ProgressCallback | None,
) -> tuple[Path, str]:
    """Stream ``reader`` into a temp file in ``dest_dir``; return (temp path, sha256)."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    done = 0
    # Temp file in the destination folder so the final os.replace is an atomic rename.
    fd, tmp_name = tempfile.mkstemp(dir=dest_dir, prefix=f".{prefix}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        # mkstemp creates 0600; cached data is shared with other local users (e.g. the app).
        os.chmod(tmp, 0o644)
        with os.fdopen(fd, "wb") as out:
            if progress is not None:
                progress(0, total)
            for chunk in iter(lambda: reader.read(_CHUNK), b""):
                done += len(chunk)
                if done > _MAX_DOWNLOAD_BYTES:
                    raise SourceError(
                        f"berkas lebih besar dari batas {_MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB"
                    )
                digest.update(chunk)
                out.write(chunk)
                if progress is not None:
                    progress(done, total)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, digest.hexdigest()


def _iter_attempts(src: Source) -> Iterator[tuple[Origin, Path | str]]:
    yield "cache", cache_dir() / src.file
    for folder in mirror_dirs():
        yield "mirror", folder / src.file
    if not _offline():
        yield "download", src.url


def _fetch(name: str, progress: ProgressCallback | None = None) -> tuple[Path, Origin]:
    """Fetch a registry file; return its verified cache path and where it came from."""
    registry = load_registry()
    if name not in registry:
        raise SourceError(
            f"Sumber geodata '{name}' tidak dikenal. Sumber yang terdaftar di "
            f"data/sources.csv: {', '.join(sorted(registry))}."
        )
    src = registry[name]
    target = cache_dir() / src.file
    problems: list[str] = []

    for origin, location in _iter_attempts(src):
        if origin == "cache":
            assert isinstance(location, Path)
            if not location.is_file():
                continue
            actual = sha256_file(location)
            if actual == src.sha256:
                if progress is not None:
                    size = location.stat().st_size
                    progress(size, size)
                return location, "cache"
            # A stale or damaged cache entry must never be served: drop it and re-fetch.
            log.warning("discarding cached %s: sha256 %s != %s", location, actual, src.sha256)
            location.unlink(missing_ok=True)
            problems.append(
                f"cache {location}: sha256 tidak cocok (diharapkan {src.sha256}, "
                f"didapat {actual}); berkas cache dibuang"
            )
        elif origin == "mirror":
            assert isinstance(location, Path)
            if not location.is_file():
                problems.append(f"mirror {location.parent}: berkas tidak ada")
                continue
            try:
                with location.open("rb") as fh:
                    tmp, actual = _copy_hashed(
                        fh, target.parent, src.file, location.stat().st_size, progress
                    )
            except OSError as exc:
                problems.append(f"mirror {location}: tidak dapat dibaca ({exc})")
                continue
            if actual != src.sha256:
                tmp.unlink(missing_ok=True)
                log.warning("refusing mirror file %s: sha256 %s", location, actual)
                problems.append(
                    f"mirror {location}: DITOLAK, sha256 tidak cocok (diharapkan "
                    f"{src.sha256}, didapat {actual})"
                )
                continue
            os.replace(tmp, target)
            return target, "mirror"
        else:
            assert isinstance(location, str)
            try:
                tmp, actual = _download(location, target.parent, src.file, progress)
            except (urllib.error.URLError, OSError, SourceError, ValueError) as exc:
                problems.append(f"unduh {location}: gagal ({exc})")
                continue
            if actual != src.sha256:
                tmp.unlink(missing_ok=True)
                problems.append(
                    f"unduh {location}: DITOLAK, sha256 tidak cocok (diharapkan "
                    f"{src.sha256}, didapat {actual})"
                )
                continue
            os.replace(tmp, target)
            return target, "download"

    if _offline():
        problems.append("unduh: dilewati karena SERAMBI_OFFLINE aktif")
    if not mirror_dirs():
        problems.append("mirror: SERAMBI_DATA_MIRROR tidak diatur")
    detail = "\n".join(f"  - {p}" for p in problems)
    raise SourceError(
        f"Berkas geodata '{src.file}' (sumber '{src.name}') tidak dapat diperoleh atau "
        f"tidak lolos verifikasi sha256 (diharapkan {src.sha256}).\n"
        f"Yang sudah dicoba:\n{detail}\n"
        "Yang dapat dilakukan: atur SERAMBI_DATA_MIRROR ke folder yang berisi salinan asli "
        f"berkas ini (beberapa folder dipisah '{os.pathsep}'), atau jalankan "
        "`python -m geo.fetch` di komputer yang terhubung ke internet lalu salin folder cache "
        f"({cache_dir()}) ke komputer ini."
    )


def _download(
    url: str, dest_dir: Path, prefix: str, progress: ProgressCallback | None
) -> tuple[Path, str]:
    if urllib.parse.urlsplit(url).scheme not in {"http", "https"}:
        raise SourceError(f"skema URL tidak diizinkan: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    with urllib.request.urlopen(request, timeout=_DOWNLOAD_TIMEOUT_S) as response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        return _copy_hashed(response, dest_dir, prefix, total, progress)


def fetch(name: str, *, progress: ProgressCallback | None = None) -> Path:
    """Return the local path of a verified registry file, fetching it if needed.

    Parameters
    ----------
    name : str
        Registry name from ``data/sources.csv`` (e.g. ``'kabupaten_kota'``); never a path.
    progress : callable, optional
        Called as ``progress(bytes_done, bytes_total_or_None)`` while copying or downloading.

    Returns
    -------
    Path
        Path of the file in the cache folder; its sha256 matches the registry.

    Raises
    ------
    SourceError
        Unknown name, or no location yielded a file with the registered sha256.
    """
    path, _origin = _fetch(name, progress)
    return path
