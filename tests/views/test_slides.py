"""What a step's slide says (views.slides): the map page's layer, the change map, the coverage
gap map, key numbers with their years, and what a year without data falls back to."""

from __future__ import annotations

import pandas as pd
import pytest

from views import slide_map
from views.agenda import AgendaStep
from views.change_map import ChangeView
from views.slides import build_view


@pytest.mark.parametrize(
    ("indicator", "year"), [("pmks_total", 2024), ("penduduk_miskin_persen", 2025)]
)
def test_same_layer_as_the_map_page(
    seeded_db_url,
    brief_data,
    monkeypatch,
    indicator,  # noqa: ANN001
    year,
) -> None:
    monkeypatch.setenv("DATABASE_URL", seeded_db_url)
    from components.state import current_map
    from components.state.view_state import ViewState

    page = current_map.build(ViewState(indicator=indicator, year=year, lang="id"))
    brief = build_view(brief_data, AgendaStep("peta", indicator, year), "id")
    assert brief.layer.classification == page.layer.classification
    assert {k: s.fill for k, s in brief.layer.styles.items()} == {
        k: s.fill for k, s in page.layer.styles.items()
    }
    assert brief.layer.legend == page.layer.legend
    assert brief.has_example == page.has_example


def test_year_without_data_falls_back_and_says_so(brief_data) -> None:  # noqa: ANN001
    view = build_view(brief_data, AgendaStep("peta", "pmks_total", 2031), "id")
    assert view.years == (2024,)
    assert view.problems == ("Tahun 2031 belum ada datanya; ditampilkan 2024.",)


def test_key_numbers_carry_year(brief_data) -> None:  # noqa: ANN001
    view = build_view(brief_data, AgendaStep("peta", "penduduk_miskin_persen", 2025), "id")
    assert view.key_points[0].startswith("Kalimantan Timur: ")
    assert "(2025)" in view.key_points[0]
    assert any(k.startswith("Tertinggi: ") for k in view.key_points)
    assert view.sources


def test_coverage_slide_is_the_cakupan_page_gap_map(seeded_db_url, brief_data, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("DATABASE_URL", seeded_db_url)
    from components.state import data_access
    from views import coverage_gap

    page = coverage_gap.build(
        data_access.coverage("pkh", 2024), data_access.geo_bundle().regencies, lang="id"
    )
    brief = build_view(brief_data, AgendaStep("cakupan", "kpm_pkh", 2024), "id")
    assert brief.layer.classification == page.layer.classification
    assert {k: s.fill for k, s in brief.layer.styles.items()} == {
        k: s.fill for k, s in page.layer.styles.items()
    }
    assert brief.layer.legend == page.layer.legend
    assert brief.title == "Kesenjangan PKH · 2024" and brief.subtitle == page.unit
    assert brief.notes == (*page.notes, page.gap_note, page.classes_note)
    assert brief.key_points[0].startswith("Cakupan PKH") and "2024" in brief.key_points[0]
    assert len(brief.table) == 10


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("id", "Penyebut: Jumlah penduduk (BPS) (2023, 2024)"),
        ("en", "Denominator: Population (BPS) (2023, 2024)"),
    ],
)
def test_denominator_is_named_in_the_reader_language(
    seeded_db_url,
    brief_data,
    monkeypatch,
    lang,  # noqa: ANN001
    note,  # noqa: ANN001
) -> None:
    # The map table carries the denominator's id; the page and the brief name it in `lang`.
    monkeypatch.setenv("DATABASE_URL", seeded_db_url)
    from components.state import current_map
    from components.state.view_state import ViewState

    page = current_map.build(ViewState(indicator="pmks_total", year=2024, lang=lang))
    brief = build_view(brief_data, AgendaStep("peta", "pmks_total", 2024), lang)
    assert note in page.notes and note in brief.notes
    assert note in brief.layer.legend.notes


@pytest.mark.parametrize(
    ("indicator", "a", "b"), [("pmks_total", 2019, 2024), ("penduduk_miskin_persen", 2020, 2024)]
)
def test_a_banding_step_is_the_map_pages_change_map(
    seeded_db_url,
    brief_data,
    monkeypatch,
    indicator,  # noqa: ANN001
    a,  # noqa: ANN001
    b,  # noqa: ANN001
) -> None:
    monkeypatch.setenv("DATABASE_URL", seeded_db_url)
    from components.bodies import change_map
    from components.state.view_state import ViewState

    page = change_map.build(ViewState(indicator=indicator, year=b, compare_year=a, lang="id"))
    brief = build_view(brief_data, AgendaStep("peta", indicator, b, compare_year=a), "id")
    assert brief.layer.classification == page.layer.classification
    assert {k: s.fill for k, s in brief.layer.styles.items()} == {
        k: s.fill for k, s in page.layer.styles.items()
    }
    assert brief.layer.legend == page.layer.legend
    assert brief.title == page.title and brief.subtitle == page.mapped_unit
    assert brief.has_example == page.has_example and brief.sources == page.sources
    assert brief.years == (a, b) and brief.notes == page.notes
    assert brief.file_stub == f"perubahan-{indicator}-{a}-{b}"


def test_change_key_points_are_the_largest_rise_and_fall(brief_data) -> None:  # noqa: ANN001
    step = AgendaStep("peta", "penduduk_miskin_persen", 2024, compare_year=2020)
    view = build_view(brief_data, step, "id")
    table = view.layer.table.dropna(subset=["change"])
    rise, fall = table.loc[table["change"].idxmax()], table.loc[table["change"].idxmin()]
    assert rise["change"] > 0 > fall["change"]
    assert view.key_points[0] == f"Naik terbesar 2020 → 2024: {rise['nama']}, +0,27 poin"
    assert view.key_points[1] == f"Turun terbesar 2020 → 2024: {fall['nama']}, −0,74 poin"
    assert view.key_points[2] == "Data tersedia untuk 10 dari 10 kabupaten/kota."
    assert not any(k.startswith(("Tertinggi", "Terendah")) for k in view.key_points)
    assert not any("mode presentasi" in k for k in (*view.key_points, *view.problems))
    # The slide table (speaker notes): both years, the signed change, worst first.
    assert list(view.table.columns) == [
        "Kabupaten/kota",
        "Nilai 2020 (%)",
        "Nilai 2024 (%)",
        "Perubahan (poin)",
        "Peringkat (terburuk = 1)",
    ]
    assert view.table.iloc[0]["Perubahan (poin)"] == "+0,27"
    assert view.table.iloc[-1]["Perubahan (poin)"] == "−0,74"
    english = build_view(brief_data, step, "en")
    assert english.key_points[0].startswith("Largest rise 2020 → 2024: ")
    assert english.key_points[0].endswith(", +0.27 percentage points")


def test_a_compare_year_without_data_falls_back_to_one_year_and_says_so(brief_data) -> None:  # noqa: ANN001
    step = AgendaStep("peta", "pmks_total", 2024, compare_year=2000)
    view = build_view(brief_data, step, "id")
    assert view.title == "Jumlah PMKS (26 jenis) · 2024" and view.years == (2024,)
    assert view.problems == (
        "Tahun pembanding 2000 belum ada datanya; di sini peta 2024 saja, bukan perubahan.",
    )
    assert any(k.startswith("Tertinggi: ") for k in view.key_points)
    english = build_view(brief_data, step, "en")
    assert english.problems == (
        "No data for the comparison year 2000; here the 2024 map only, not the change.",
    )
    # The wanted year falls back onto the comparison year: one year, said once each.
    same = build_view(brief_data, AgendaStep("peta", "pmks_total", 2031, compare_year=2024), "id")
    assert same.years == (2024,)
    assert same.problems == (
        "Tahun 2031 belum ada datanya; ditampilkan 2024.",
        "Tahun pembanding 2024 sama dengan tahun peta; di sini peta 2024 saja, bukan perubahan.",
    )


def test_years_that_share_no_region_fall_back_to_one_year(brief_data) -> None:  # noqa: ANN001
    # The seed's Garis kemiskinan has Bontang only in 2016 and Penajam Paser Utara only in 2020.
    step = AgendaStep("peta", "garis_kemiskinan", 2020, compare_year=2016)
    view = build_view(brief_data, step, "id")
    assert view.years == (2020,) and view.title.endswith(" · 2020")
    assert view.problems == (
        "Tidak ada wilayah dengan data pada kedua tahun 2016 dan 2020; di sini peta 2020 saja.",
    )


def test_the_hatched_count_in_english_and_when_both_years_are_missing(brief_data) -> None:  # noqa: ANN001
    step = AgendaStep("peta", "pmks_total", 2015, compare_year=2019)
    english = build_view(brief_data, step, "en")
    assert english.top_note == "9 of 10 regencies/cities without data for 2015 (hatched)"
    # Some regencies lack the first year, others the second: both years are named.
    table = pd.DataFrame(
        {
            "rate_a": [1.0, None, 2.0, 3.0],
            "rate_b": [1.5, 2.0, None, 3.5],
            "change": [0.5, None, None, 0.5],
        }
    )
    mixed = ChangeView(
        indicator_id="pmks_total",
        year=2024,
        compare_year=2019,
        title="",
        mapped_unit="",
        value_unit="",
        layer=None,  # type: ignore[arg-type]  # only the table is read here
        table=table,
        key="",
        notes=(),
        decimals=1,
    )
    assert (mixed.n_regions, mixed.n_without_data, mixed.years_missing) == (4, 2, (2019, 2024))
    assert slide_map.missing_note(mixed, "id") == (
        "2 dari 4 kabupaten/kota tanpa data 2019 atau 2024 (diarsir)"
    )
