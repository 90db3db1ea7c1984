"""The brief's map layer is the map page's layer: same classes and colours, region by region."""

from __future__ import annotations

import pytest

from briefing import views
from briefing.agenda import AgendaStep


@pytest.mark.parametrize(
    ("indicator", "year"), [("pmks_total", 2024), ("penduduk_miskin_persen", 2025)]
)
def test_same_layer_as_the_map_page(
    brief_db_url,
    brief_data,
    monkeypatch,
    indicator,  # noqa: ANN001
    year,
) -> None:
    monkeypatch.setenv("DATABASE_URL", brief_db_url)
    from components import current_map
    from components.view_state import ViewState

    page = current_map.build(ViewState(indicator=indicator, year=year, lang="id"))
    brief = views.build_view(brief_data, AgendaStep("peta", indicator, year), "id")
    assert brief.layer.classification == page.layer.classification
    assert {k: s.fill for k, s in brief.layer.styles.items()} == {
        k: s.fill for k, s in page.layer.styles.items()
    }
    assert brief.layer.legend == page.layer.legend
    assert brief.has_example == page.has_example


def test_year_without_data_falls_back_and_says_so(brief_data) -> None:  # noqa: ANN001
    view = views.build_view(brief_data, AgendaStep("peta", "pmks_total", 2031), "id")
    assert view.years == (2024,)
    assert view.problems == ("Tahun 2031 belum ada datanya; ditampilkan 2024.",)


def test_key_numbers_carry_year(brief_data) -> None:  # noqa: ANN001
    view = views.build_view(brief_data, AgendaStep("peta", "penduduk_miskin_persen", 2025), "id")
    assert view.key_points[0].startswith("Kalimantan Timur: ")
    assert "(2025)" in view.key_points[0]
    assert any(k.startswith("Tertinggi: ") for k in view.key_points)
    assert view.sources


def test_coverage_slide_is_the_cakupan_page_gap_map(brief_db_url, brief_data, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("DATABASE_URL", brief_db_url)
    from components import data_access
    from views import coverage_gap

    page = coverage_gap.build(
        data_access.coverage("pkh", 2024), data_access.geo_bundle().regencies, lang="id"
    )
    brief = views.build_view(brief_data, AgendaStep("cakupan", "kpm_pkh", 2024), "id")
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
    brief_db_url,
    brief_data,
    monkeypatch,
    lang,  # noqa: ANN001
    note,  # noqa: ANN001
) -> None:
    # The map table carries the denominator's id; the page and the brief name it in `lang`.
    monkeypatch.setenv("DATABASE_URL", brief_db_url)
    from components import current_map
    from components.view_state import ViewState

    page = current_map.build(ViewState(indicator="pmks_total", year=2024, lang=lang))
    brief = views.build_view(brief_data, AgendaStep("peta", "pmks_total", 2024), lang)
    assert note in page.notes and note in brief.notes
    assert note in brief.layer.legend.notes
