"""How long and how much memory the import check takes for a 20,000-row long file, in the
template's own layout (the baseline) and as another system exports it (``jenis_pmks;
jumlah_jiwa``, read by meaning: welfare/importing/layouts/long_format.py), in the same run.

python -m bench.import_speed               # 20.000 rows, median of 3 checks each
python -m bench.import_speed --rows 5000 --runs 1

A throwaway SQLite store under /tmp is seeded first (not timed). Figures: seconds per check
(median) and peak Python memory (tracemalloc) during one check, and their ratios to the
baseline; the target is a ratio at or below about 1 (the by-meaning reader adds no cost).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

REGENCIES = ["6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474"]


def long_csv(rows: int, *, template: bool) -> bytes:
    """``rows`` values: regency x year x PMKS category, in one of the two long layouts."""
    from welfare.catalogue import load_catalogue

    # Every count indicator of the catalogue, so 20.000 distinct (region, year, indicator) fit
    # in the accepted years (2000 up to now).
    cats = [i.id for i in load_catalogue() if i.kind == "count" and "desil" not in i.id]

    head = (
        "kode_wilayah;nama_wilayah;tahun;indikator;nilai"
        if template
        else "kode_wilayah;tahun;jenis_pmks;jumlah_jiwa"
    )
    lines = [head]
    i = 0
    year = 2000  # the importer accepts 2000 up to this year: 20.000 rows need many categories
    while len(lines) <= rows:
        for kode in REGENCIES:
            for cat in cats:
                if len(lines) > rows:
                    break
                value = 10 + (i * 7) % 500
                lines.append(
                    f"{kode};;{year};{cat};{value}" if template else f"{kode};{year};{cat};{value}"
                )
                i += 1
        year += 1
    return ("\n".join(lines) + "\n").encode("utf-8")


def measure(engine, data: bytes, runs: int) -> tuple[float, float, int]:  # noqa: ANN001
    from welfare.importing import check

    times = []
    for _ in range(runs):
        clock = time.perf_counter()
        result = check(engine, data, "bench.csv")
        times.append(time.perf_counter() - clock)
    tracemalloc.start()
    check(engine, data, "bench.csv")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if result.report.errors_total:
        raise SystemExit(f"the bench file was refused: {result.report.errors[0].message}")
    return statistics.median(times), peak / 2**20, result.report.values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from welfare.db import make_engine
    from welfare.store import ensure_ready

    db = Path(tempfile.mkdtemp(prefix="serambi-bench-")) / "bench.db"
    engine = make_engine(f"sqlite:///{db}")
    ensure_ready(engine, seed_example=False)

    base_s, base_mb, base_n = measure(engine, long_csv(args.rows, template=True), args.runs)
    mean_s, mean_mb, mean_n = measure(engine, long_csv(args.rows, template=False), args.runs)
    print(f"rows: {args.rows}, checks per layout: {args.runs} (+1 for memory)")
    print(f"template layout (baseline): {base_s:.2f} s, peak {base_mb:.1f} MiB, values {base_n}")
    print(f"jenis_pmks;jumlah_jiwa:     {mean_s:.2f} s, peak {mean_mb:.1f} MiB, values {mean_n}")
    print(f"ratio time {mean_s / base_s:.2f}x, memory {mean_mb / base_mb:.2f}x")


if __name__ == "__main__":
    main()
