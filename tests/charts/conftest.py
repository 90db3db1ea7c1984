"""Small real tables for the chart builders, shaped as welfare.explore returns them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from welfare import explore

NAMES = {"6403": "Kutai Kartanegara", "6409": "Penajam Paser Utara", "6472": "Samarinda"}


@pytest.fixture
def gap_table() -> pd.DataFrame:
    """Three regencies over 2019-2023 (gap-filled): PPU has no 2020, Samarinda 2023 is example."""
    rows = [
        ("6403", 2019, 7.3, False),
        ("6403", 2020, 7.5, False),
        ("6403", 2021, 8.0, False),
        ("6403", 2022, 7.6, False),
        ("6403", 2023, 7.3, False),
        ("6409", 2019, 7.0, False),
        ("6409", 2021, 7.6, False),
        ("6409", 2022, 7.0, False),
        ("6409", 2023, 6.7, False),
        ("6472", 2019, 4.6, False),
        ("6472", 2020, 4.8, False),
        ("6472", 2021, 5.0, False),
        ("6472", 2022, 4.8, False),
        ("6472", 2023, 4.4, True),
    ]
    series = pd.DataFrame(rows, columns=["kode_bps", "year", "rate", "is_example"])
    series = series.assign(nama=series["kode_bps"].map(NAMES), value=series["rate"] * 1000)
    codes = list(NAMES)
    return explore.with_gaps(series, codes, explore.year_grid(series["year"]))


@pytest.fixture
def zone_groups_table() -> pd.DataFrame:
    """group_trend-shaped: the buffer zone complete except 2021 (5 of 6), the rest complete."""
    rows = []
    for year, rate_z, n_z, rate_l in [
        (2019, 6.1, 6, 6.8),
        (2020, 6.0, 6, 6.9),
        (2021, 5.8, 5, 6.7),
    ]:
        rows.append(("zona", year, rate_z, 6, n_z, [] if n_z == 6 else ["6409"], False))
        rows.append(("luar", year, rate_l, 4, 4, [], year == 2021))
    df = pd.DataFrame(
        rows,
        columns=["group", "year", "rate", "n_regions", "n_with_data", "missing", "is_example"],
    )
    return df.assign(value=np.nan, method="rasio_jumlah")
