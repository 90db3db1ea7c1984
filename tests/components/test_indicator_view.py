"""Small pure helpers of the indicator view."""

from __future__ import annotations

import pandas as pd

from components.indicator_view import decimals_for, view_citations
from components.source_links import sources_html


def test_view_citations_are_readable_distinct_and_linked():
    table = pd.DataFrame(
        {
            "source": [
                "https://radarpaser.com/a (Radar Paser, mengutip Kepala BPS Kab. Paser, 30/9/2024)",
                "https://radarpaser.com/a (Radar Paser, mengutip Kepala BPS Kab. Paser, 30/9/2024)",
                "Rekap PMKS Dinsos Kaltim 2024",
                None,
            ],
            "dataset_kind": ["official", "official", "imported", None],
            "denominator_source": ["DATA CONTOH: x", None, None, None],
        }
    )
    cited = view_citations(table)
    assert [c.label() for c in cited] == [
        "BPS Paser (Radar Paser, 30/9/2024)",
        "Rekap PMKS Dinsos Kaltim 2024",
        "angka contoh buatan Serambi, bukan data resmi",
    ]
    line = sources_html(cited, "id", limit=2)
    assert line.startswith('Sumber: <a href="https://radarpaser.com/a"')
    assert 'rel="noopener noreferrer"' in line and line.endswith("(+1)")
    assert "<script" not in sources_html(
        view_citations(
            pd.DataFrame(
                {
                    "source": ["<script>alert(1)</script>"],
                    "dataset_kind": ["imported"],
                    "denominator_source": [None],
                }
            )
        ),
        "id",
    )


def test_decimals_follow_magnitude():
    assert decimals_for(pd.Series([1234.0, 5.0]), "count") == 0
    assert decimals_for(pd.Series([12.3, None]), "percent") == 2
    assert decimals_for(pd.Series([0.41]), "index") == 2
