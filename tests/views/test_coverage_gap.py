"""The gap map view: what its layer, legend notes and tables say, in both languages."""

from __future__ import annotations

import pandas as pd

from tests.coverage_tables import coverage_table
from views import coverage_gap


def test_gap_map_words_units_and_notes(regencies) -> None:  # noqa: ANN001
    gap = coverage_gap.build(coverage_table(), regencies, lang="id", selected=("6409",))
    assert (gap.label, gap.title, gap.need_unit) == ("PKH", "Kesenjangan PKH", "KPM")
    assert gap.unit == "KPM belum terlayani per 1.000 penduduk"
    assert gap.notes == ("Tahun: 2024", "Dibagi: Jumlah penduduk (BPS) 2024")
    assert tuple(gap.layer.legend.notes) == gap.notes  # the legend on the map says the same
    assert gap.gap_note.startswith("Kesenjangan = sasaran − penerima (KPM)")
    assert gap.classes_note == f"Kelas: Fisher-Jenks, {gap.layer.classification.k} kelas"
    table = gap.layer.table.set_index("kode_bps")
    assert table.loc["6409", "rate"] == 20 and table.loc["6409", "rank"] == 1
    assert pd.isna(table.loc["6474", "rate"])
    assert (gap.fmt_rate(20), gap.fmt_count(1234), gap.fmt_percent(92.5)) == (
        "20,00",
        "1.234",
        "92,5 %",
    )
    other = coverage_gap.build(coverage_table(), regencies, lang="en")
    assert other.key != gap.key  # the language is part of the layer key
    assert other.need_unit == "beneficiary families" and other.title == "PKH gap"
    assert other.fmt_count(1234) == "1,234"


def test_page_table_rank_first_with_every_figure_and_kind() -> None:
    kemendagri = {"6409": "64.09", "6472": "64.72", "6474": "64.74"}
    table = coverage_gap.page_table(coverage_table(), lang="id", kemendagri=kemendagri)
    assert list(table["Kabupaten/kota"]) == ["Penajam Paser Utara", "Samarinda", "Bontang <b>"]
    first = table.iloc[0]
    assert first["Kode Kemendagri"] == "64.09" and first["Peringkat"] == 1
    assert (
        first["Belum terlayani (KPM)"] == "200"
        and first["Cakupan thd. sasaran program (%)"] == "80,0"
    )
    assert first["Lebih sasaran (KPM)"] == "0" and first["Tahun sasaran"] == "2024"
    last = table.iloc[-1]  # no recipients: empty cells, not zeros
    assert last["Penerima (KPM)"] == "" and last["Belum terlayani (KPM)"] == ""
    assert last["Jenis data"] == "tidak ada data" and pd.isna(last["Peringkat"])
    example = coverage_gap.page_table(
        coverage_table(example=True), lang="en", kemendagri=kemendagri
    )
    assert set(example["Data kind"]) == {"EXAMPLE DATA"}


def test_slide_table_largest_gap_first() -> None:
    table = coverage_gap.slide_table(coverage_table(), lang="id")
    assert list(table.columns) == [
        "Kabupaten/kota",
        "Penerima (KPM)",
        "Sasaran (KPM)",
        "Cakupan thd. sasaran program (%)",
        "Belum terlayani (KPM)",
        "Kesenjangan per 1.000 penduduk",
        "Jenis data",
    ]
    assert list(table["Kabupaten/kota"]) == ["Penajam Paser Utara", "Samarinda", "Bontang <b>"]
    assert list(table["Penerima (KPM)"]) == ["800", "1.050", "–"]
