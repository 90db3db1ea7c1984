"""Readable sources: publisher, outlet, date and kind read from real seed citations."""

from __future__ import annotations

from datetime import date

import pandas as pd

from welfare.citations import cite, distinct, labels, registry, row_citations, view_citations
from welfare.example_data import EXAMPLE_SOURCE
from welfare.seed import read_official_seed


def test_bps_figure_reported_by_a_newspaper() -> None:
    c = cite(
        "https://radarpaser.com/persentase-penduduk-miskin-di-paser-2024-turun (Radar Paser, "
        "mengutip Kepala BPS Kab. Paser Bayu Agung Prasetyo, 30/9/2024)"
    )
    assert c is not None
    assert (c.publisher, c.outlet, c.released, c.kind) == (
        "BPS Paser",
        "Radar Paser",
        date(2024, 9, 30),
        "bps_media",
    )
    assert c.label() == "BPS Paser (Radar Paser, 30/9/2024)"
    assert c.url == "https://radarpaser.com/persentase-penduduk-miskin-di-paser-2024-turun"
    assert c.title == "Persentase penduduk miskin di paser 2024 turun"
    assert c.kind_label("en") == "BPS figure via news"


def test_bps_release_on_its_own_site_and_city_names() -> None:
    own = cite("https://bontangkota.bps.go.id/en/pressrelease/2023/12/20/687/x-y-z.html (BPS)")
    assert own is not None and own.kind == "bps"
    assert own.label() == "BPS Kota Bontang (20/12/2023)"
    brs = cite("https://id.scribd.com/document/1/BRS (BRS BPS Kota Balikpapan No. 33, 1 Des 2021)")
    assert brs is not None and brs.kind == "bps" and brs.publisher == "BPS Kota Balikpapan"


def test_dinsos_administrative_and_plain_news() -> None:
    dinsos = cite(
        "https://inibalikpapan.com/x (mengutip Kadinsos Balikpapan Edy Gunawan, 13/7/2023)"
    )
    assert dinsos is not None and dinsos.kind == "dinsos"
    assert dinsos.label() == "Dinsos Balikpapan (Ini Balikpapan, 13/7/2023)"
    admin = cite("https://iknpos.id/2025/10/asn (mengutip Kadisdukcapil PPU Waluyo, 15/10/2025)")
    assert admin is not None and admin.kind == "administratif"
    news = cite("https://www.otomotif1.com/read/10828/empat-daerah")
    assert news is not None and news.kind == "media" and news.label() == "Otomotif1"


def test_example_and_imported_data_are_described_in_words() -> None:
    example = cite(EXAMPLE_SOURCE)
    assert example is not None and example.kind == "example"
    assert example.label() == "angka contoh buatan Serambi, bukan data resmi"
    assert "example_data" not in example.label() and "seed" not in example.label()
    # stores seeded by older versions wrote a code path: still read as example data
    old = cite("DATA CONTOH buatan welfare/example_data.py (numpy default_rng, seed tetap 1)")
    assert (
        old is not None and old.label("en") == "example numbers made by Serambi, not official data"
    )
    imported = cite("Rekap PMKS Dinsos Kukar 2024", "imported")
    assert imported is not None and imported.kind == "imported"
    assert imported.label() == "Rekap PMKS Dinsos Kukar 2024"
    assert cite("  ") is None and cite(None) is None


def test_labels_are_distinct_and_bounded() -> None:
    texts = [
        "https://radarpaser.com/a (Radar Paser, mengutip Kepala BPS Kab. Paser, 30/9/2024)",
        "https://radarpaser.com/a (Radar Paser, mengutip Kepala BPS Kab. Paser, 30/9/2024)",
        "https://www.otomotif1.com/read/1",
        None,
    ]
    assert labels(texts) == "BPS Paser (Radar Paser, 30/9/2024); Otomotif1"
    many = [f"https://example{i}.id/x" for i in range(5)]
    assert labels(many, limit=2).endswith("(+3)")


def test_every_seed_citation_reads_as_a_short_label_with_a_link() -> None:
    seed = read_official_seed()
    cited = registry(seed["sumber"])
    assert len(cited) > 100
    for c in cited:
        assert c.url and c.url.startswith("http"), c.text
        assert "http" not in c.label() and len(c.label()) <= 70, c.label()
    # most recent first
    dated = [c.released for c in cited if c.released]
    assert dated == sorted(dated, reverse=True)


def map_table() -> pd.DataFrame:
    return pd.DataFrame(
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


def test_view_citations_are_readable_and_distinct_values_then_denominators() -> None:
    cited = view_citations(map_table())
    assert [c.label() for c in cited] == [
        "BPS Paser (Radar Paser, 30/9/2024)",
        "Rekap PMKS Dinsos Kaltim 2024",
        "angka contoh buatan Serambi, bukan data resmi",
    ]
    assert [c.kind for c in cited] == ["bps_media", "imported", "example"]


def test_row_citations_keep_one_per_row_and_the_dataset_kind() -> None:
    rows = row_citations(map_table())
    assert len(rows) == 4 and rows[3] is None
    assert rows[0] == rows[1] and rows[0].url == "https://radarpaser.com/a"
    assert rows[2].kind == "imported"


def test_distinct_citations_keep_first_order_and_kinds() -> None:
    cited = distinct(["Rekap PMKS Dinsos Kaltim 2024", None, "Rekap PMKS Dinsos Kaltim 2024"])
    assert [c.label() for c in cited] == ["Rekap PMKS Dinsos Kaltim 2024"]
    assert distinct([" ", None]) == ()
    assert distinct(["Rekap A"], ["example"])[0].kind == "example"
