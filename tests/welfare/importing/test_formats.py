"""Files staff actually have are read correctly (no store needed)."""

from __future__ import annotations

from tests.welfare.importing.helpers import (
    MESSY_NAMES,
    REGENCIES,
    check,
    csv_bytes,
    long_rows,
    messages,
    reference,
    wide_rows,
    xlsx,
)
from welfare.importing.file_checks import check_file

GELANDANGAN = list(range(1, 11))
LANSIA = [10 * i for i in range(1, 11)]
ANJAL = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]


def _values(data: bytes, name: str = "b.xlsx", year: int | None = None) -> dict:
    matcher, resolver = reference()
    found = check_file(data, name, matcher, resolver, year=year)
    report, validated = found.report, found.validated
    assert report.errors_total == 0, messages(report)
    assert validated is not None
    return {(v.region, v.indicator, v.year): v.value for v in validated.values}


def test_wide_table_with_title_row_merged_two_row_header_and_total() -> None:
    rows = [
        ["DATA PMKS KABUPATEN/KOTA SE-KALIMANTAN TIMUR TAHUN 2023"],
        ["Sumber: Dinas Sosial Provinsi Kalimantan Timur"],
        [],
        ["No", "Kabupaten/Kota", "Jenis PMKS", None, None, "Jumlah"],
        [None, None, "Anak Jalanan", "Lanjut Usia Terlantar", "Gelandangan", None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ]
    for i, name in enumerate(MESSY_NAMES):
        rows.append(
            [
                i + 1,
                name,
                ANJAL[i],
                LANSIA[i],
                GELANDANGAN[i],
                ANJAL[i] + LANSIA[i] + GELANDANGAN[i],
            ]
        )
    rows.append(
        [
            None,
            "Jumlah",
            sum(ANJAL),
            sum(LANSIA),
            sum(GELANDANGAN),
            sum(ANJAL) + sum(LANSIA) + sum(GELANDANGAN),
        ]
    )
    rows.append(["Keterangan: angka sementara"])
    data = xlsx({"Rekap": rows}, {"Rekap": ["A4:A5", "B4:B5", "C4:E4", "F4:F5"]})
    values = _values(data)
    assert len(values) == 30
    assert values[("6403", "pmks_lanjut_usia_terlantar", 2023)] == 30  # KUKAR
    assert values[("6409", "pmks_gelandangan", 2023)] == 6  # PPU
    assert values[("6411", "pmks_anak_jalanan", 2023)] == 6  # Mahulu
    report = check(data)
    assert (report.rows_read, report.rows_accepted, report.values) == (11, 10, 30)


def test_year_from_sheet_name_and_several_sheets() -> None:
    rows22 = wide_rows({"Gelandangan": GELANDANGAN, "KPM PKH": LANSIA}, title=None)
    rows23 = wide_rows({"Gelandangan": ANJAL, "KPM PKH": LANSIA}, title=None)
    values = _values(xlsx({"2022": rows22, "2023": rows23}))
    assert values[("6401", "pmks_gelandangan", 2022)] == 1
    assert values[("6401", "pmks_gelandangan", 2023)] == 0
    assert values[("6474", "kpm_pkh", 2023)] == 100


def test_year_in_header_row_of_a_multi_year_table() -> None:
    rows = [["Kabupaten/Kota", "KPM PKH", None], [None, 2022, 2023]]
    for i, (code, _) in enumerate(REGENCIES):
        rows.append([code, 100 + i, 200 + i])
    values = _values(xlsx({"PKH": rows}, {"PKH": ["B1:C1", "A1:A2"]}))
    assert values[("6401", "kpm_pkh", 2022)] == 100
    assert values[("6474", "kpm_pkh", 2023)] == 209


def test_year_column_and_year_option() -> None:
    rows = [["Tahun", "Kab/Kota", "BPNT"], *[[2021, n, 5] for n in MESSY_NAMES]]
    assert _values(xlsx({"Data": rows}))[("6472", "kpm_bpnt", 2021)] == 5
    no_year = [["Kab/Kota", "PBI-JK"], *[[n, 7] for n in MESSY_NAMES]]
    assert _values(xlsx({"Data": no_year}), year=2020)[("6404", "pbi_jk_jiwa", 2020)] == 7


def test_semicolon_csv_with_bom_indonesian_numbers_and_both_code_systems() -> None:
    rows = long_rows(
        [
            ("6403", 2023, "pmks_gelandangan", "1.234"),  # BPS code of Kutai Kartanegara
            ("64.07", 2023, "pmks_gelandangan", "12"),  # Kemendagri code of Kutai Barat
            ("6404", 2023, "pmks_gelandangan", "-"),  # nihil (BPS sign): zero
            ("6401", 2023, "pmks_gelandangan", ""),  # no figure
            ("64.03", 2023, "penduduk_miskin_persen", "12,5"),  # Kemendagri code of Berau
            ("6472", 2023, "Lanjut Usia Terlantar", "1.234.567"),  # a label instead of the id
            ("6471", 2023, "garis_kemiskinan", "1.234,5"),
        ]
    )
    data = csv_bytes(rows, delimiter=";", bom=True)
    assert data.startswith(b"\xef\xbb\xbf")
    values = _values(data, "b.csv")
    assert values[("6403", "pmks_gelandangan", 2023)] == 1234
    assert values[("6402", "pmks_gelandangan", 2023)] == 12
    assert values[("6404", "pmks_gelandangan", 2023)] == 0
    assert ("6401", "pmks_gelandangan", 2023) not in values
    assert values[("6405", "penduduk_miskin_persen", 2023)] == 12.5
    assert values[("6472", "pmks_lanjut_usia_terlantar", 2023)] == 1234567
    assert values[("6471", "garis_kemiskinan", 2023)] == 1234.5
    report = check(data, "b.csv")
    assert (report.missing, report.nihil) == (1, 1)


def test_comma_csv_without_bom_and_name_column() -> None:
    rows = [
        ["nama_wilayah", "tahun", "indikator", "nilai"],
        *[[n, 2022, "kpm_pkh", 10] for n in MESSY_NAMES],
    ]
    values = _values(csv_bytes(rows, delimiter=",", bom=False), "b.csv")
    assert {k[0] for k in values} == {code for code, _ in REGENCIES}


def test_total_row_named_kaltim_is_checked_and_left_out() -> None:
    rows = wide_rows({"Gelandangan": GELANDANGAN}, total=False)
    rows.append([None, "Kalimantan Timur", sum(GELANDANGAN)])
    values = _values(xlsx({"2023": rows}))
    assert len(values) == 10 and all(k[0] != "64" for k in values)


def test_template_files_are_readable() -> None:
    from welfare.importing.templates import template_csv, template_xlsx

    matcher, resolver = reference()
    regions = list(resolver.regions.values())
    indicators = list(matcher.indicators.values())
    for data, name in (
        (template_csv(regions, indicators, 2023), "t.csv"),
        (template_xlsx(regions, indicators, 2023), "t.xlsx"),
    ):
        report = check(data, name)
        # Blank template: only "no numbers" - no unknown columns, no skipped-sheet warnings.
        assert [i.code for i in report.errors] == ["no_values"], messages(report)
        assert report.warnings_total == 0
        assert report.rows_read == 80
