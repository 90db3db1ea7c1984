"""Prefetch the registry geodata into the local cache, e.g. before taking a laptop offline.

Usage::

    python -m geo.fetch                 # every file in data/sources.csv
    python -m geo.fetch kabupaten_kota  # only the named sources
    python -m geo.fetch --json          # machine-readable summary on stdout

Exit code 0 when every requested file is cached and verified, 1 when any failed, 2 for
unknown names.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TextIO

from geo.sources import SourceError, _fetch, cache_dir, load_registry

__all__ = ["FetchOutcome", "main", "prefetch"]


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """Result of prefetching one registry file."""

    name: str
    file: str
    ok: bool
    origin: str | None
    path: str | None
    bytes: int | None
    seconds: float
    error: str | None


def _human(n: int | None) -> str:
    if n is None:
        return "?"
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class _ProgressLine:
    """Single-line progress display on a stream (rewritten in place on a terminal)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.tty = stream.isatty()
        self._last = -1.0

    def __call__(self, done: int, total: int | None) -> None:
        if not self.tty:
            return  # logs and CI: only the final line per file
        now = time.monotonic()
        if now - self._last < 0.1 and (total is None or done < total):
            return
        self._last = now
        pct = f" {100 * done / total:5.1f}%" if total else ""
        self.stream.write(f"\r  {self.label}:{pct} {_human(done)} / {_human(total)}   ")
        self.stream.flush()

    def clear(self) -> None:
        if self.tty:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()


def prefetch(names: Sequence[str], *, stream: TextIO | None = None) -> list[FetchOutcome]:
    """Fetch each named registry file into the cache; never raises for a single failure.

    Parameters
    ----------
    names : sequence of str
        Registry names (already validated against the registry).
    stream : TextIO, optional
        Where to print progress; ``None`` prints nothing.
    """
    registry = load_registry()
    outcomes: list[FetchOutcome] = []
    for i, name in enumerate(names, start=1):
        src = registry[name]
        progress = _ProgressLine(stream, src.file) if stream is not None else None
        start = time.perf_counter()
        try:
            path, origin = _fetch(name, progress)
        except SourceError as exc:
            outcome = FetchOutcome(
                name, src.file, False, None, None, None, time.perf_counter() - start, str(exc)
            )
        else:
            outcome = FetchOutcome(
                name,
                src.file,
                True,
                origin,
                str(path),
                path.stat().st_size,
                time.perf_counter() - start,
                None,
            )
        if progress is not None:
            progress.clear()
        if stream is not None:
            status = f"OK ({outcome.origin}, {_human(outcome.bytes)})" if outcome.ok else "GAGAL"
            stream.write(f"[{i}/{len(names)}] {name} ({src.file}): {status}\n")
            if not outcome.ok:
                stream.write(f"{outcome.error}\n")
            stream.flush()
        outcomes.append(outcome)
    return outcomes


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    registry = load_registry()
    parser = argparse.ArgumentParser(
        prog="python -m geo.fetch",
        description="Unduh/salin dan verifikasi (sha256) berkas geodata terdaftar ke cache lokal.",
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAMA",
        help=f"nama sumber (bawaan: semua): {', '.join(registry)}",
    )
    parser.add_argument("--json", action="store_true", help="ringkasan JSON di stdout")
    args = parser.parse_args(argv)

    unknown = [n for n in args.names if n not in registry]
    if unknown:
        parser.error(
            f"sumber tidak dikenal: {', '.join(unknown)}; pilih dari: {', '.join(registry)}"
        )
    names = list(dict.fromkeys(args.names)) or list(registry)

    outcomes = prefetch(names, stream=None if args.json else sys.stderr)
    failed = [o for o in outcomes if not o.ok]
    if args.json:
        json.dump(
            {
                "cache_dir": str(cache_dir()),
                "ok": not failed,
                "files": [asdict(o) for o in outcomes],
            },
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
    else:
        print(
            f"Selesai: {len(outcomes) - len(failed)} dari {len(outcomes)} berkas tersedia dan "
            f"terverifikasi di {cache_dir()}."
            + (f" Gagal: {', '.join(o.name for o in failed)}." if failed else "")
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
