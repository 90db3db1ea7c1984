"""How long the meeting brief takes: builds it from data/presentasi.toml, prints each stage.

python -m bench.brief_speed            # both formats, Indonesian
python -m bench.brief_speed --runs 3   # median of three builds after a warm-up
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--lang", default="id")
    args = parser.parse_args()

    from briefing.build import build_brief
    from briefing.document import Cover
    from views.agenda import load_agenda

    agenda = load_agenda()
    cover = Cover("Rapat Koordinasi", dt.date.today(), "Samarinda")
    clock = time.perf_counter()
    first = build_brief(agenda, cover, args.lang)  # cold: store, geometry, browser
    cold = time.perf_counter() - clock
    totals = []
    for _ in range(args.runs):
        clock = time.perf_counter()
        built = build_brief(agenda, cover, args.lang)
        totals.append(time.perf_counter() - clock)
    print(f"views: {len(agenda.steps)}  charts: {built.chart_engine}")
    print(f"cold build (first in process): {cold:.2f} s")
    for stage, seconds in built.timings:
        print(f"  {stage:<22} {seconds:6.2f} s")
    print(f"warm build: median {statistics.median(totals):.2f} s over {len(totals)} run(s)")
    for ext, data in first.files.items():
        print(f"  {first.file_name(ext)}: {len(data) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
