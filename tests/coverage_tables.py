"""A hand-made coverage table of three regencies, for the pure coverage rules and charts.

Penajam Paser Utara is under-covered (gap 200), Samarinda over-covered (+50), Bontang has no
recipients; figures are chosen so every ratio is exact.
"""

from __future__ import annotations

import math

import pandas as pd

from welfare.catalogue import PROGRAMMES
from welfare.explore import COVERAGE_COLUMNS, CoverageTable

PKH = next(p for p in PROGRAMMES if p.key == "pkh")
NAN = math.nan


def coverage_table(*, example: bool = False, kind: str = "official") -> CoverageTable:
    data = pd.DataFrame(
        {
            "kode_bps": ["6409", "6472", "6474"],
            "nama": ["Penajam Paser Utara", "Samarinda", "Bontang <b>"],
            "year": [2024, 2024, 2024],
            "recipients": [800.0, 1050.0, NAN],
            "need": [1000.0, 1000.0, 400.0],
            "need_year": [2024, 2024, 2023],
            "coverage": [80.0, 105.0, NAN],
            "gap": [200.0, 0.0, NAN],
            "over": [0.0, 50.0, NAN],
            "population": [10000.0, 100000.0, 20000.0],
            "population_year": [2024, 2024, 2024],
            "gap_per_1000": [20.0, 0.0, NAN],
            "need_per_1000": [100.0, 10.0, 20.0],
            "is_example": [example, example, example],
            "dataset_kind": [kind, kind, None],
            "source": ["Rekap PKH Dinsos Kaltim 2024", "Rekap PKH Dinsos Kaltim 2024", None],
            "need_source": ["DTSEN", "DTSEN", "DTSEN"],
        }
    )[COVERAGE_COLUMNS]
    return CoverageTable(
        programme=PKH,
        year=2024,
        data=data,
        recipients_total=1850.0,
        need_total=2000.0,
        province_coverage=92.5,
        gap_total=200.0,
        over_total=50.0,
        n_regions=3,
        n_with_data=2,
        need_years=[2024],
        need_sources=["DTSEN"],
        sources=["Rekap PKH Dinsos Kaltim 2024"],
        population_years=[2024],
        has_example=example,
    )
