"""components.bodies.kecamatan_profile: the table of a kecamatan beside its regency."""

from __future__ import annotations

from components.bodies.kecamatan_profile import table_html
from welfare.citations import cite


def _item(**changes: object) -> dict:
    item = {
        "indicator_id": "pmks_total",
        "label": "Jumlah PMKS <b>",
        "unit": "jiwa",
        "kind": "count",
        "year": 2024,
        "value": 1234.0,
        "parent_value": 9876.0,
        "parent_year": 2024,
        "share": 12.345,
        "is_example": True,
        "citation": cite("Rekap PMKS Dinsos Kaltim 2024", "example"),
    }
    return {**item, **changes}


def test_counts_are_whole_and_a_share_has_one_digit() -> None:
    html = table_html([_item()], parent_name="Penajam Paser Utara", lang="id")
    assert '<td class="n">1.234 jiwa</td>' in html and '<td class="n">9.876</td>' in html
    assert '<td class="n">12,3 %</td>' in html
    assert "Jumlah PMKS &lt;b&gt;" in html and "DATA CONTOH" in html
    assert "<th>Penajam Paser Utara</th>" in html


def test_the_regencys_other_year_is_named_and_has_no_share() -> None:
    item = _item(
        parent_year=2023, share=None, kind="percent", unit="%", value=5.171, parent_value=7.3
    )
    html = table_html([item], parent_name="PPU", lang="en")
    assert '<td class="n">5.17 %</td>' in html
    assert '<td class="n">7.30 <span class="yr">(2023)</span></td>' in html
    assert '<td class="n">–</td>' in html
