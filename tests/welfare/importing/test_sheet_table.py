"""Headers as Dinsos staff write them: abbreviations, units in merged parent headers, extra
columns and sheets. Run against the stored catalogue (``store`` builds on ``engine``)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.welfare.importing.helpers import MESSY_NAMES, csv_bytes, xlsx
from welfare.importing import ImportOptions, import_bytes
from welfare.importing.file_checks import check_file
from welfare.importing.reference import load_reference
from welfare.importing.report import ImportReport
from welfare.importing.validate import Validated

TEN = list(range(1, 11))


@pytest.fixture
def checker(store: Engine):  # noqa: ANN201
    with store.connect() as conn:
        matcher, resolver = load_reference(conn)

    def run(data: bytes, name: str = "rekap.xlsx", year: int | None = None):  # noqa: ANN202
        found = check_file(data, name, matcher, resolver, year=year)
        return found.report, found.validated

    return run


def values(validated: Validated | None) -> dict[tuple[str, str, int], float]:
    assert validated is not None
    return {(v.region, v.indicator, v.year): v.value for v in validated.values}


def errors(report: ImportReport) -> list[str]:
    return [i.message for i in report.errors]


def warnings(report: ImportReport) -> list[str]:
    return [i.message for i in report.warnings]


def notes(report: ImportReport) -> list[str]:
    return [i.message for i in report.notes]


def wide_rekap() -> bytes:
    """Title, a two-row header whose merged parents carry the units, ten regencies, a total."""
    rows: list[list[object]] = [
        ["REKAPITULASI DATA PMKS PROVINSI KALIMANTAN TIMUR TAHUN 2023"],
        [],
        [
            "No",
            "Kabupaten/Kota",
            "JENIS PMKS (JIWA)",
            None,
            None,
            None,
            None,
            None,
            "JUMLAH (KK)",
            "Keterangan",
        ],
        [
            None,
            None,
            "JML. GELANDANGAN",
            "Anak Jalanan (Anjal)",
            "Lanjut Usia Terlantar",
            "ODHA",
            "Penyandang Disabilitas",
            "Jumlah",
            "KAT",
            None,
        ],
    ]
    for i, name in enumerate(MESSY_NAMES):
        jiwa = [i, 2 * i, 3 * i, 1, 5]
        rows.append(
            [i + 1, name, *jiwa, sum(jiwa), 40 + i, "data sementara" if i % 3 == 0 else None]
        )
    sums = [sum(r[c] for r in rows[4:]) for c in range(2, 9)]
    rows.append([None, "Jumlah", *sums, None])
    merges = ["A3:A4", "B3:B4", "C3:H3", "J3:J4"]
    return xlsx({"PMKS": rows}, {"PMKS": merges})


def test_wide_rekap_with_units_in_merged_parent_headers(checker) -> None:  # noqa: ANN001
    report, validated = checker(wide_rekap())
    assert errors(report) == [] and warnings(report) == []
    got = values(validated)
    assert len(got) == 60  # ten regencies x (five PMKS in jiwa + KAT in KK)
    assert got[("6403", "pmks_gelandangan", 2023)] == 2  # KUKAR, third row
    assert got[("6403", "pmks_anak_jalanan", 2023)] == 4
    assert got[("6403", "pmks_lanjut_usia_terlantar", 2023)] == 6
    assert got[("6474", "pmks_odha", 2023)] == 1
    assert got[("6401", "pmks_penyandang_disabilitas", 2023)] == 5
    # "KAT" under "JUMLAH (KK)" is the KK indicator, not the one counted in jiwa.
    assert got[("6474", "pmks_kat_kk", 2023)] == 49
    assert not any(k[1] == "pmks_komunitas_adat_terpencil" for k in got)
    # The "Jumlah" column under "JENIS PMKS (JIWA)" sums the jiwa columns only: no error.
    assert notes(report) == [
        "Lembar 'PMKS', kolom J (Keterangan): kolom keterangan, bukan data indikator; "
        "dilewati dan tidak diimpor."
    ]


def test_wide_rekap_imports_into_the_store(store: Engine) -> None:
    opts = ImportOptions(imported_by="uji", confirm_warnings=True)
    report = import_bytes(store, wide_rekap(), "rekap.xlsx", opts)
    assert report.status == "applied", report.to_json()
    assert report.values == 60
    assert "pmks_kat_kk" in report.indicators
    assert [i.code for i in report.notes if i.code.endswith("_skipped")] == ["column_skipped"]


def test_abbreviations_and_units_in_the_header(checker) -> None:  # noqa: ANN001
    headers = [
        "Kab/Kota",
        "ABT",
        "ABH",
        "AMPK",
        "LUT",
        "BWBLP",
        "ODHA",
        "PRSE",
        "KBSP",
        "PMBS",
        "KAT (KK)",
        "KAT (jiwa)",
        "KPM PKH",
        "PBI-JK (jiwa)",
        "Jumlah PPKS",
        "Keluarga Penerima Manfaat BPNT",
        "Fakir Miskin (KK)",
        "Pemulung (KK)",
    ]
    rows = [headers, *[[name, *([7] * (len(headers) - 1))] for name in MESSY_NAMES]]
    report, validated = checker(csv_bytes(rows), "rekap.csv", year=2023)
    assert errors(report) == []
    got = values(validated)
    assert {k[1] for k in got} == {
        "pmks_anak_balita_terlantar",
        "pmks_anak_berhadapan_hukum",
        "pmks_anak_memerlukan_perlindungan_khusus",
        "pmks_lanjut_usia_terlantar",
        "pmks_bekas_warga_binaan_lapas",
        "pmks_odha",
        "pmks_perempuan_rawan_sosial_ekonomi",
        "pmks_keluarga_bermasalah_sosial_psikologis",
        "pmks_pekerja_migran_bermasalah_sosial",
        "pmks_kat_kk",
        "pmks_komunitas_adat_terpencil",
        "kpm_pkh",
        "pbi_jk_jiwa",
        "ppks_total",
        "kpm_bpnt",
        "pmks_fakir_miskin_kk",  # the catalogue has fakir miskin in KK as well
        "pmks_pemulung",
    }
    assert len(got) == 170
    # The catalogue counts pemulung in jiwa only: read, but the user must confirm.
    assert warnings(report) == [
        "Kolom R (Pemulung (KK)): satuan 'KK' pada judul kolom berbeda dengan satuan "
        "'Pemulung' (pmks_pemulung) di katalog (jiwa), dan katalog tidak punya "
        "indikator ini dalam satuan 'KK'. Kolom dibaca dalam jiwa: konfirmasi hanya bila "
        "angkanya memang jiwa; bila tidak, hapus kolomnya."
    ]


def _with_unknown_column(bad_row: int | None = None) -> bytes:
    rows: list[list[object]] = [
        ["DATA PMKS TAHUN 2023"],
        ["Kabupaten/Kota", "Gelandangan", "Pengemis", "Gelandangan Psikotik", "Jumlah"],
    ]
    for i, name in enumerate(MESSY_NAMES):
        total = i + 2 * i + 3
        rows.append([name, i, 2 * i, 3, total + (1 if i == bad_row else 0)])
    return xlsx({"2023": rows})


def test_unknown_numeric_column_is_one_error_and_keeps_the_others(checker) -> None:  # noqa: ANN001
    report, validated = checker(_with_unknown_column())
    # One error for the column, none per cell, and the row totals (which include the
    # unknown column's numbers) all add up.
    assert errors(report) == [
        "Lembar '2023', kolom D (Gelandangan Psikotik): judul kolom 'Gelandangan Psikotik' "
        "tidak dikenal sebagai indikator, padahal kolomnya berisi angka. Indikator terdekat: "
        "'Gelandangan' (pmks_gelandangan); ganti judul kolom dengan salah satunya atau hapus "
        "kolomnya."
    ]
    assert [i.code for i in report.errors] == ["unknown_indicator"]
    got = values(validated)
    assert len(got) == 20
    assert got[("6474", "pmks_gelandangan", 2023)] == 9
    assert got[("6474", "pmks_pengemis", 2023)] == 18


def test_row_total_message_names_the_counted_columns(checker) -> None:  # noqa: ANN001
    report, _ = checker(_with_unknown_column(bad_row=4))
    assert errors(report)[1:] == [
        "Lembar '2023', baris 7, kolom E (Jumlah): kolom jumlah berisi 16, tetapi jumlah 3 "
        "kolom yang dihitung pada baris ini 15 (selisih 1); yang dihitung: kolom "
        "B (Gelandangan), C (Pengemis) dan D (Gelandangan Psikotik, judul tidak dikenal)."
    ]


def test_unknown_header_without_close_indicator(checker) -> None:  # noqa: ANN001
    rows = [["Kabupaten/Kota", "Gelandangan", "Jumlah Kucing"], *[[n, 1, 2] for n in MESSY_NAMES]]
    report, validated = checker(xlsx({"2023": rows}))
    assert errors(report) == [
        "Lembar '2023', kolom C (Jumlah Kucing): judul kolom 'Jumlah Kucing' tidak dikenal "
        "sebagai indikator, padahal kolomnya berisi angka; gunakan nama indikator dari katalog "
        "atau templat, atau hapus kolomnya."
    ]
    assert len(values(validated)) == 10


def test_ambiguous_header_names_both_indicators_and_how_to_choose(checker) -> None:  # noqa: ANN001
    rows = [["Kabupaten/Kota", "Gelandangan", "KAT"], *[[n, 1, 2] for n in MESSY_NAMES]]
    report, validated = checker(xlsx({"2023": rows}))
    assert errors(report) == [
        "Lembar '2023', kolom C (KAT): judul kolom 'KAT' cocok dengan lebih dari satu "
        "indikator: 'Komunitas adat terpencil' (pmks_komunitas_adat_terpencil) dan 'Komunitas "
        "adat terpencil (keluarga)' (pmks_kat_kk); tulis satuan di judul kolom: '(jiwa)' atau "
        "'(KK)'."
    ]
    assert [i.code for i in report.errors] == ["ambiguous_indicator"]
    assert len(values(validated)) == 10


def test_workbook_with_pmks_and_programme_sheets(checker, store: Engine) -> None:  # noqa: ANN001
    petunjuk = [
        ["Petunjuk pengisian"],
        ["Isi satu baris per kabupaten/kota."],
        ["Angka ditulis tanpa satuan."],
    ]
    pmks = [
        ["DATA PMKS TAHUN 2023"],
        ["Kabupaten/Kota", "Gelandangan", "Pengemis"],
        *[[n, 1, 2] for n in MESSY_NAMES],
    ]
    program = [
        ["DATA PENERIMA BANSOS TAHUN 2024"],
        ["Kab/Kota", "KPM PKH", "BPNT", "PBI-JK (jiwa)", "Alamat Kantor"],
        *[[n, 100, 200, 300, f"Jl. Dinsos No. {i}"] for i, n in enumerate(MESSY_NAMES)],
    ]
    data = xlsx({"Petunjuk": petunjuk, "PMKS": pmks, "Program": program, "Sheet3": []})
    report, validated = checker(data)
    assert errors(report) == [] and warnings(report) == []
    got = values(validated)
    assert len(got) == 50
    assert got[("6472", "pmks_pengemis", 2023)] == 2
    assert got[("6472", "kpm_bpnt", 2024)] == 200
    assert report.years == [2023, 2024]
    assert notes(report) == [
        "Lembar 'Petunjuk': lembar petunjuk atau keterangan, bukan tabel data; dilewati.",
        "Lembar 'Program', kolom E (Alamat Kantor): kolom teks, bukan data indikator; "
        "dilewati dan tidak diimpor.",
        "Lembar 'Sheet3': lembar kosong; dilewati.",
    ]
    applied = import_bytes(
        store, data, "bansos.xlsx", ImportOptions(imported_by="uji", confirm_warnings=True)
    )
    assert applied.status == "applied", applied.to_json()
    assert applied.values == 50
    assert [i.message for i in applied.notes if i.code.endswith("_skipped")] == notes(report)


def test_sheet_with_a_table_nothing_of_which_is_recognised(checker) -> None:  # noqa: ANN001
    good = [["Kabupaten/Kota", "Gelandangan"], *[[n, 1] for n in MESSY_NAMES]]
    odd = [["Kabupaten/Kota", "Kucing", "Anjing"], *[[n, 3, 4] for n in MESSY_NAMES]]
    report, validated = checker(xlsx({"2023": good, "Lain": odd}))
    assert [i.code for i in report.errors] == [
        "no_indicator_columns",
        "unknown_indicator",
        "unknown_indicator",
    ]
    assert errors(report)[0] == (
        "Lembar 'Lain': tabel di lembar ini memiliki kolom wilayah, tetapi tidak satu "
        "pun judul kolomnya dikenali sebagai indikator (kolom berisi angka: B (Kucing), "
        "C (Anjing)); gunakan nama indikator dari katalog atau templat."
    )
    assert len(values(validated)) == 10
    assert report.notes == []
