"""The indicator map view from a real store: unit, decimals, notes, sources and the layer key."""

from __future__ import annotations

from views import indicator_map
from welfare import read_models


def view_of(engine, regencies, indicator: str, year: int, lang: str = "id", **kw):  # noqa: ANN001, ANN003, ANN201
    result = read_models.rate_table(engine, indicator, year)
    meta = {
        "denominator_id": result.denominator_id,
        "denominator_years": result.denominator_years,
    }
    return indicator_map.build(
        regencies, result.data, meta, indicator_id=indicator, year=year, lang=lang, **kw
    )


def test_a_count_is_mapped_per_1000_with_its_denominator_and_classes(
    seeded_engine,  # noqa: ANN001
    regencies,  # noqa: ANN001
) -> None:
    view = view_of(seeded_engine, regencies, "pmks_total", 2024)
    assert view.mapped_unit == "per 1.000 penduduk" and view.raw_decimals == 0
    assert view.notes[0] == "Tahun: 2024"
    assert view.notes[1] == f"Kelas: Fisher-Jenks, {view.layer.classification.k} kelas"
    assert view.notes[2].startswith("Penyebut: ") and "(20" in view.notes[2]
    # The legend on the map adds the sources to the same notes (without the classes line).
    legend = list(view.layer.legend.notes)
    assert legend[:2] == [view.notes[0], view.notes[2]]
    assert legend[2].startswith("Sumber: ")
    assert view.sources and view.level == indicator_map.LEVEL_REGENCY
    # Each row's source is its readable label; the link is kept beside it.
    labelled = view.table.dropna(subset=["source"])
    assert not labelled["source"].str.startswith("http").any()
    assert view.n_with_data == 10 and view.has_example == view.layer.has_example


def test_decimals_follow_the_values_and_the_key_the_view(seeded_engine, regencies) -> None:  # noqa: ANN001
    view = view_of(seeded_engine, regencies, "penduduk_miskin_persen", 2024, selected=("6409",))
    assert view.decimals == 2 and view.raw_decimals == 2  # not a count
    assert view.notes[1:2] == (f"Kelas: Fisher-Jenks, {view.layer.classification.k} kelas",)
    english = view_of(seeded_engine, regencies, "penduduk_miskin_persen", 2024, lang="en")
    assert english.key != view.key and english.notes[0] == "Year: 2024"
    assert english.layer.classification == view.layer.classification
