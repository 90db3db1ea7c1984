"""Small pure helpers of the indicator view."""

from __future__ import annotations

import pandas as pd

from components.indicator_view import decimals_for, source_sites


def test_source_sites_lists_distinct_sites_and_counts_the_rest():
    sources = [
        "https://www.katakaltim.com/a (mengutip BPS)",
        "https://katakaltim.com/b",
        "https://bontangkota.bps.go.id/c",
        "Rekap PMKS Dinsos Kaltim 2024",
        "https://a.example/x",
        "https://b.example/y",
    ]
    assert source_sites(sources) == (
        "katakaltim.com, bontangkota.bps.go.id, Rekap PMKS Dinsos Kaltim 2024 (+2)"
    )
    assert source_sites([]) == ""


def test_decimals_follow_magnitude():
    assert decimals_for(pd.Series([1234.0, 5.0]), "count") == 0
    assert decimals_for(pd.Series([12.3, None]), "percent") == 2
    assert decimals_for(pd.Series([0.41]), "index") == 2
