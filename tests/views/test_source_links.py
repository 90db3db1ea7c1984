"""Sources worded for cards and legends: linked, escaped, cut to a limit."""

from __future__ import annotations

import pandas as pd

from views.source_links import sources_html
from welfare.citations import view_citations


def test_source_line_is_linked_and_counts_the_rest():
    table = pd.DataFrame(
        {
            "source": [
                "https://radarpaser.com/a (Radar Paser, mengutip Kepala BPS Kab. Paser, 30/9/2024)",
                "Rekap PMKS Dinsos Kaltim 2024",
                None,
            ],
            "dataset_kind": ["official", "imported", None],
            "denominator_source": ["DATA CONTOH: x", None, None],
        }
    )
    line = sources_html(view_citations(table), "id", limit=2)
    assert line.startswith('Sumber: <a href="https://radarpaser.com/a"')
    assert 'rel="noopener noreferrer"' in line and line.endswith("(+1)")


def test_source_line_escapes_stored_text():
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
