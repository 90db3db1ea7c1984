"""Tables as BPS and Dinas Sosial publish them (issue 26), built as real files here: BPS
downloads with the years as columns, a year after a column title, long exports under their
own column names, grouped kecamatan rekap with subtotals, units and data-position dates in
titles, and the BPS signs ("-" nihil, "..." not available, "x" confidential).

Imports run against the real store (SQLite and, with ``SERAMBI_TEST_POSTGRES_URL``,
PostgreSQL); what each file stores is read back exactly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from tests.welfare.importing.helpers import (
    REGENCIES,
    csv_bytes,
    csv_text_bytes,
    current,
    ods,
    reference,
    run,
    xlsx,
)
from welfare.importing import check
from welfare.importing.file_checks import check_file
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.importing.preview import build_preview
from welfare.importing.reference import load_reference
from welfare.importing.report import ImportReport
from welfare.models import Observation
from welfare.read_models import rate_table

NAMES = [name for _, name in REGENCIES]
CODES = [code for code, _ in REGENCIES]


def stored(engine: Engine, dataset_id: int | None) -> dict[tuple[str, str, int], float]:
    """Every value one dataset holds: (region, indicator, year) -> value."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Observation.region_kode_bps,
                Observation.indicator_id,
                Observation.year,
                Observation.value,
            ).where(Observation.dataset_id == dataset_id)
        ).all()
    return {(r, i, y): v for r, i, y, v in rows}


def notes(report: ImportReport, code: str | None = None) -> list[str]:
    return [i.message for i in report.notes if code is None or i.code == code]


def errors(report: ImportReport) -> list[str]:
    return [i.message for i in report.errors]


def indonesian(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


@pytest.fixture(scope="module")
def file_reference(ready_engine: Engine) -> Iterator[tuple[IndicatorMatcher, RegionResolver]]:
    """The stored catalogue and regions, kecamatan included, for checks without a write."""
    with ready_engine.connect() as conn:
        yield load_reference(conn)


def file_check(
    reference_: tuple[IndicatorMatcher, RegionResolver],
    data: bytes,
    name: str,
    year: int | None = None,
) -> ImportReport:
    return check_file(data, name, *reference_, year=year).report


# -- years as columns (BPS) -------------------------------------------------------------------


def test_bps_title_over_year_columns_with_signs_and_province_row(store: Engine) -> None:
    """CSV saved by Excel on Indonesian Windows: ';', Windows-1252 (the en dash of "2020–2024"),
    the indicator and unit in the title, the years as column titles, the province last."""
    years = (2020, 2021, 2024)
    official = {y: current(store, "penduduk_miskin_persen", y) for y in years}
    rows: list[list[object]] = [
        ["Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen), 2020–2024"],
        [],
        ["Kabupaten/Kota", *years],
    ]
    expected: dict[tuple[str, str, int], float] = {}
    for code, name in REGENCIES:
        cells = []
        for y in years:
            value = round(official[y][code][0] + 0.11, 2)
            cells.append(indonesian(value))
            expected[(code, "penduduk_miskin_persen", y)] = value
        rows.append([name.upper(), *cells])
    rows[3 + CODES.index("6404")][2] = "..."  # Kutai Timur 2021: not available
    rows[3 + CODES.index("6411")][3] = "x"  # Mahakam Ulu 2024: confidential
    del expected[("6404", "penduduk_miskin_persen", 2021)]
    del expected[("6411", "penduduk_miskin_persen", 2024)]
    rows.append(["KALIMANTAN TIMUR", "6,64", "6,54", "5,78"])
    rows.append(["Sumber: BPS Provinsi Kalimantan Timur"])
    data = csv_text_bytes(rows, "cp1252")
    assert b"\x96" in data

    dry = run(store, data, "p0.csv", dry_run=True, confirm_warnings=False)
    assert dry.status == "valid", dry.to_json()
    assert (dry.values, dry.missing, dry.not_available, dry.confidential) == (31, 2, 1, 1)
    assert notes(dry, "indicator_from_title") == [
        "Baris 3: kolom tahun B (2020), C (2021), D (2024) dibaca sebagai 'Persentase penduduk "
        "miskin' (penduduk_miskin_persen), menurut judul tabel baris 1 ('Persentase Penduduk "
        "Miskin (P0) Menurut Kabupaten/Kota (Persen), 2020–2024')."
    ]
    assert notes(dry, "total_row") == [
        "Baris 14: baris provinsi 'KALIMANTAN TIMUR': disimpan sebagai nilai Provinsi "
        "Kalimantan Timur: Persentase penduduk miskin 2020, Persentase penduduk miskin 2021, "
        "Persentase penduduk miskin 2024."
    ]
    assert notes(dry, "sign_not_available") == [
        "1 sel '...' (data tidak tersedia) dibiarkan kosong (tidak ada data): C7."
    ]
    assert notes(dry, "sign_confidential") == [
        "1 sel 'x' (dirahasiakan) dibiarkan kosong (tidak ada data): D10."
    ]

    # The preview shows the signs where the file wrote them, and the province as a row.
    preview = build_preview(check(store, data, "p0.csv"))
    t21, t24 = preview.table(2021), preview.table(2024)
    kutim = t21.cells[t21.region_codes.index("6404")][0]
    mahulu = t24.cells[t24.region_codes.index("6411")][0]
    assert (kutim.text, kutim.status) == ("...", "missing")
    assert (mahulu.text, mahulu.status) == ("x", "missing")
    assert t24.row_labels[t24.region_codes.index("64")] == "Kalimantan Timur"
    assert t24.cells[t24.region_codes.index("64")][0].text == "5,78"

    report = run(store, data, "p0.csv")
    assert report.status == "applied", report.to_json()
    expected.update(
        {
            ("64", "penduduk_miskin_persen", 2020): 6.64,
            ("64", "penduduk_miskin_persen", 2021): 6.54,
            ("64", "penduduk_miskin_persen", 2024): 5.78,
        }
    )
    assert stored(store, report.dataset_id) == expected
    # "..." and "x" store nothing: the published value stays the current one.
    kutim_2021 = current(store, "penduduk_miskin_persen", 2021)["6404"]
    assert kutim_2021 == official[2021]["6404"] and kutim_2021[1] != report.dataset_id
    assert current(store, "penduduk_miskin_persen", 2024, province=True)["64"] == (
        5.78,
        report.dataset_id,
    )


def test_bps_merged_parent_header_over_the_years_xlsx(store: Engine) -> None:
    """The indicator in a merged header over the year columns, "Kabupaten/Kota" merged over
    both header rows, no title row at all."""
    rows: list[list[object]] = [
        ["Kabupaten/Kota", "Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)", None],
        [None, "2022", "2023"],
    ]
    official = {y: current(store, "penduduk_miskin_persen", y) for y in (2021, 2022)}
    expected = {}
    for i, (code, name) in enumerate(REGENCIES):
        base = official[2022].get(code, official[2021].get(code))
        assert base is not None
        v22, v23 = round(base[0] + 0.05, 2), round(base[0] - 0.2 + i / 100, 2)
        rows.append([name, v22, v23])
        expected[(code, "penduduk_miskin_persen", 2022)] = v22
        expected[(code, "penduduk_miskin_persen", 2023)] = v23
    rows.append(["Kalimantan Timur", 6.44, 6.11])
    data = xlsx({"Tabel 1": rows}, {"Tabel 1": ["A1:A2", "B1:C1"]})

    report = run(store, data, "p0.xlsx")
    assert report.status == "applied" and report.errors_total == 0, report.to_json()
    expected[("64", "penduduk_miskin_persen", 2022)] = 6.44
    expected[("64", "penduduk_miskin_persen", 2023)] = 6.11
    assert stored(store, report.dataset_id) == expected
    assert notes(report, "indicator_from_title") == []  # the parent header named it


def test_sheet_name_names_the_indicator_and_dash_is_nihil_on_the_map(store: Engine) -> None:
    """An .ods whose sheet name is the indicator with its unit; "-" is nihil: stored as 0 and
    shown as 0 on the map's table, not "tidak ada data"; the province row of counts is checked
    and left out (the province value is then the derived sum)."""
    g22 = [12, 3, 40, 7, 5, 9, 1, 25, 61, 4]
    g23 = [10, "-", 38, 6, "-", 8, "-", 20, 55, 3]
    rows: list[list[object]] = [["Kabupaten/Kota", "2022", "2023"]]
    rows += [[name, g22[i], g23[i]] for i, name in enumerate(NAMES)]
    rows.append(["Kalimantan Timur", sum(g22), sum(v for v in g23 if isinstance(v, int))])
    data = ods({"Gelandangan (Jiwa)": rows})

    dry = run(store, data, "gelandangan.ods", dry_run=True, confirm_warnings=False)
    assert dry.errors_total == 0, dry.to_json()
    assert dry.nihil == 3 and dry.missing == 0
    assert notes(dry, "sign_nihil") == [
        "Lembar 'Gelandangan (Jiwa)': 3 sel '-' dibaca nihil (0) dan disimpan sebagai 0: C3, "
        "C6, C8."
    ]
    assert notes(dry, "total_row") == [
        "Lembar 'Gelandangan (Jiwa)', baris 12: baris provinsi 'Kalimantan Timur': diperiksa "
        "terhadap jumlah wilayah di atasnya dan tidak disimpan dari baris ini: Gelandangan "
        "2022, Gelandangan 2023."
    ]

    report = run(store, data, "gelandangan.ods")
    assert report.status == "applied", report.to_json()
    values = stored(store, report.dataset_id)
    assert {c: values[(c, "pmks_gelandangan", 2023)] for c in CODES} == {
        c: (0.0 if g23[i] == "-" else float(g23[i])) for i, c in enumerate(CODES)
    }
    assert values[("64", "pmks_gelandangan", 2023)] == sum(v for v in g23 if isinstance(v, int))
    table = rate_table(store, "pmks_gelandangan", 2023).data.set_index("kode_bps")
    assert table.loc["6402", "value"] == 0 and table.loc["6402", "rate"] == 0
    assert table.loc["6411", "dataset_id"] == report.dataset_id


def test_p0_title_suggests_the_poverty_rate_first() -> None:
    matcher, _ = reference()
    title = "Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)"
    assert matcher.closest(title)[0] == "penduduk_miskin_persen"
    assert matcher.closest(title) == [
        "penduduk_miskin_persen",
        "penduduk_miskin_persen_sep",
        "penduduk_miskin_jiwa",
    ]
    # A title with words that are no indicator's is refused, naming the rate first.
    rows: list[list[object]] = [
        ["Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota, Usia Kerja"],
        ["Kabupaten/Kota", 2020, 2021],
    ]
    rows += [[name, 9, 8] for name in NAMES]
    report = check_file(xlsx({"Sheet1": rows}), "p0.xlsx", *reference()).report
    assert errors(report) == [
        "Lembar 'Sheet1', baris 2: kolom tahun B (2020), C (2021) tidak menyebut indikatornya: "
        "judul tabel baris 1 ('Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota, Usia "
        "Kerja') tidak dikenali sebagai indikator. Indikator terdekat: 'Persentase penduduk "
        "miskin' (penduduk_miskin_persen), 'Persentase penduduk miskin (September)' "
        "(penduduk_miskin_persen_sep), 'Jumlah penduduk miskin' (penduduk_miskin_jiwa). Tulis "
        "nama indikator dari katalog di judul tabel (baris di atas judul kolom) atau di atas "
        "kolom tahun."
    ]


# -- a year in a column title ------------------------------------------------------------------


def test_a_bps_table_in_thousands_is_stored_in_the_catalogue_unit(store: Engine) -> None:
    """BPS writes large counts "(Ribu Jiwa)": stored in jiwa, times 1.000, and the report says
    so; a fraction of a person after scaling, and a percentage "in thousands", are refused."""
    years = (2023, 2024)
    rows: list[list[object]] = [
        ["Jumlah Penduduk Miskin Menurut Kabupaten/Kota (Ribu Jiwa), 2023-2024"],
        [],
        ["Kabupaten/Kota", *years],
    ]
    expected: dict[tuple[str, str, int], float] = {}
    for i, (code, name) in enumerate(REGENCIES):
        cells = []
        for y in years:
            thousands = round(10 + i * 1.37 + (y - 2023) * 0.21, 2)  # BPS: two decimals
            cells.append(indonesian(thousands))
            expected[(code, "penduduk_miskin_jiwa", y)] = round(thousands * 1000)
        rows.append([name, *cells])
    report = run(store, csv_text_bytes(rows, "utf-8"), "miskin-ribu.csv")
    assert report.status == "applied", report.to_json()
    (note,) = notes(report, "scaled_from_title")
    assert "B (2023), C (2024) tertulis dalam ribu jiwa" in note
    assert note.endswith("disimpan dalam jiwa, dikali 1.000.")
    got = stored(store, report.dataset_id)
    assert {k: v for k, v in got.items() if k[0] != "64"} == expected
    assert expected[("6401", "penduduk_miskin_jiwa", 2023)] == 10_000
    assert got[("64", "penduduk_miskin_jiwa", 2023)] == sum(  # the province, summed in jiwa
        v for (_, _, y), v in expected.items() if y == 2023
    )

    rows[3][1] = "10,1234"  # 10.123,4 jiwa: not a whole number of people
    fraction = run(store, csv_text_bytes(rows, "utf-8"), "miskin-ribu-2.csv", dry_run=True)
    assert [e.code for e in fraction.errors] == ["fractional_count"]
    assert "10,1234 x 1.000 = 10.123,4" in fraction.errors[0].reason

    rows[0] = ["Persentase Penduduk Miskin Menurut Kabupaten/Kota (Ribu), 2023-2024"]
    percent = run(store, csv_text_bytes(rows, "utf-8"), "p0-ribu.csv", dry_run=True)
    assert percent.status == "invalid"
    assert any("menyebut satuan 'ribu'" in e.reason for e in percent.errors), percent.to_json()


def test_year_after_a_column_title(store: Engine) -> None:
    headers = ["Kab/Kota", "Penerima PKH (KPM) – 2023", "KPM BPNT (2023)", "PBI-JK Thn 2024"]
    rows: list[list[object]] = [headers]
    rows += [[name, 100 + i, 200 + i, 300 + i] for i, name in enumerate(NAMES)]
    data = csv_text_bytes(rows, "cp1252")
    assert "–".encode("cp1252") in data

    report = run(store, data, "program.csv")
    assert report.status == "applied", report.to_json()
    assert report.years == [2023, 2024]
    values = stored(store, report.dataset_id)
    assert {k: v for k, v in values.items() if k[0] != "64"} == {
        **{(c, "kpm_pkh", 2023): 100.0 + i for i, c in enumerate(CODES)},
        **{(c, "kpm_bpnt", 2023): 200.0 + i for i, c in enumerate(CODES)},
        **{(c, "pbi_jk_jiwa", 2024): 300.0 + i for i, c in enumerate(CODES)},
    }


# -- long exports by meaning -------------------------------------------------------------------


def test_long_export_under_its_own_column_names(store: Engine) -> None:
    """``kab_kota;tahun;jenis_pmks;jumlah_jiwa``: labels, ids and an abbreviation whose unit
    the value column's title ("jumlah_jiwa") chooses."""
    rows: list[list[object]] = [["kab_kota", "tahun", "jenis_pmks", "jumlah_jiwa"]]
    categories = {
        "Gelandangan": "pmks_gelandangan",
        "Anak Jalanan": "pmks_anak_jalanan",
        "KAT": "pmks_komunitas_adat_terpencil",  # jiwa, not pmks_kat_kk
        "pmks_pengemis": "pmks_pengemis",
    }
    expected = {}
    for i, name in enumerate(["Kab. Paser", "KUKAR", "Kota Samarinda", "64.09"]):
        code = {"Kab. Paser": "6401", "KUKAR": "6403", "Kota Samarinda": "6472"}.get(name, "6409")
        for j, (label, ind) in enumerate(categories.items()):
            rows.append([name, 2023, label, f"{1000 * i + j:,}".replace(",", ".")])
            expected[(code, ind, 2023)] = float(1000 * i + j)
    data = csv_bytes(rows)

    dry = run(store, data, "pmks.csv", dry_run=True, confirm_warnings=False)
    assert dry.status == "valid", dry.to_json()
    assert notes(dry, "columns_taken") == [
        "Baris 1: tabel panjang (satu baris per nilai): kolom A (kab_kota) sebagai wilayah, "
        "kolom B (tahun) sebagai tahun, kolom C (jenis_pmks) sebagai indikator, kolom D "
        "(jumlah_jiwa) sebagai nilai (satuan jiwa)."
    ]
    report = run(store, data, "pmks.csv")
    assert report.status == "applied", report.to_json()
    assert stored(store, report.dataset_id) == expected


def test_long_export_variants_and_a_region_outside_kaltim(file_reference) -> None:  # noqa: ANN001
    """``kode;kategori;value`` with Kemendagri codes and the year in a title row; a column of
    labels under a title nobody uses beside "jumlah"; ``uraian`` with regions outside Kaltim."""
    rows: list[list[object]] = [
        ["DATA PMKS TAHUN 2022"],
        ["kode", "kategori", "value"],
        ["64.02", "Gelandangan", 5],
        ["64.07", "Pengemis", 3],
    ]
    report = file_check(file_reference, csv_bytes(rows), "a.csv")
    assert report.errors_total == 0 and report.years == [2022], report.to_json()
    assert report.values == 2

    rows = [
        ["nama_kab", "item_pmks", "jumlah"],
        ["Berau", "Gelandangan", 5],
        ["Bontang", "ODHA", 1],
    ]
    report = file_check(file_reference, csv_bytes(rows), "b.csv", year=2023)
    assert report.errors_total == 0 and report.values == 2, report.to_json()
    assert notes(report, "columns_taken") == [
        "Baris 1: tabel panjang (satu baris per nilai): kolom A (nama_kab) sebagai wilayah, "
        "kolom B (item_pmks) sebagai indikator, kolom C (jumlah) sebagai nilai."
    ]

    rows = [
        ["wilayah", "tahun", "uraian", "jumlah"],
        ["Samarinda", 2023, "Gelandangan", 4],
        ["Kota Tarakan", 2023, "Gelandangan", 3],
        ["Kabupaten Bogor", 2023, "Gelandangan", 2],
    ]
    report = file_check(file_reference, csv_bytes(rows), "c.csv")
    assert errors(report) == [
        "Baris 3, kolom A (wilayah): 'Kota Tarakan' menunjuk Kota Tarakan, yang sejak 2012 "
        "masuk Provinsi Kalimantan Utara (UU No. 20 Tahun 2012), bukan lagi Kalimantan Timur; "
        "hapus baris ini.",
        "Baris 4, kolom A (wilayah): wilayah 'Kabupaten Bogor' tidak dikenal sebagai "
        "kabupaten/kota di Kalimantan Timur.",
    ]


# -- grouped rekap -----------------------------------------------------------------------------


def grouped_rows(balikpapan_total: int = 9) -> list[list[object]]:
    return [
        ["REKAPITULASI PMKS PER KECAMATAN TAHUN 2024"],
        ["No", "Kabupaten/Kota/Kecamatan", "Gelandangan", "Pengemis"],
        ["I", "KABUPATEN PENAJAM PASER UTARA", None, None],
        [1, "Babulu", 1, 2],
        [2, "Waru", 3, "-"],
        [3, "Penajam", 5, 6],
        [4, "Sepaku", 7, 8],
        [None, "JUMLAH KAB. PPU", 16, 16],
        ["II", "KOTA BALIKPAPAN", None, None],
        [1, "Balikpapan Selatan", 4, 1],
        [2, "Balikpapan Utara", 5, 2],
        [None, "JUMLAH KOTA BALIKPAPAN", balikpapan_total, 3],
        [None, "JUMLAH", 25, 19],
    ]


def test_grouped_rekap_reads_kecamatan_under_their_regency(store: Engine) -> None:
    """XLSX with the regency headers merged across the row, as Dinsos formats them."""
    merges = ["B3:D3", "B9:D9"]
    data = xlsx({"Rekap": grouped_rows()}, {"Rekap": merges})
    dry = run(store, data, "rekap.xlsx", dry_run=True, confirm_warnings=False)
    assert dry.status == "valid", dry.to_json()
    assert notes(dry, "grouped_rekap") == [
        "Lembar 'Rekap': tabel berkelompok: 2 baris judul kabupaten/kota (baris 3 (Kabupaten "
        "Penajam Paser Utara), baris 9 (Kota Balikpapan)) menentukan kabupaten/kota kecamatan "
        "di bawahnya. Baris subtotal diperiksa terhadap jumlah kecamatannya dan tidak disimpan "
        "sebagai nilai tersendiri."
    ]
    assert notes(dry, "total_row") == [
        "Lembar 'Rekap', baris 13: jumlah keseluruhan 'JUMLAH': diperiksa terhadap jumlah "
        "wilayah di atasnya dan tidak disimpan dari baris ini: Gelandangan 2024, Pengemis 2024."
    ]
    report = run(store, data, "rekap.xlsx")
    assert report.status == "applied", report.to_json()
    kec = {
        "64.09.03": (1, 2),  # Babulu
        "64.09.02": (3, 0),  # Waru ("-": nihil)
        "64.09.01": (5, 6),  # Penajam, read as the kecamatan under its regency
        "64.09.04": (7, 8),  # Sepaku
        "64.71.05": (4, 1),  # Balikpapan Selatan
        "64.71.03": (5, 2),  # Balikpapan Utara
    }
    expected = {}
    for code, (gel, pengemis) in kec.items():
        expected[(code, "pmks_gelandangan", 2024)] = float(gel)
        expected[(code, "pmks_pengemis", 2024)] = float(pengemis)
    # Neither the subtotals nor the grand total become values of their own.
    assert stored(store, report.dataset_id) == expected


def test_grouped_rekap_subtotal_that_does_not_add_up(file_reference) -> None:  # noqa: ANN001
    rows = grouped_rows(balikpapan_total=10)
    rows[-1][2] = 26  # the grand total follows the wrong subtotal: only the subtotal is wrong
    report = file_check(file_reference, ods({"Rekap": rows}), "rekap.ods")
    assert errors(report) == [
        "Lembar 'Rekap', baris 12, kolom C (Gelandangan): baris subtotal 'JUMLAH KOTA "
        "BALIKPAPAN' berisi 10, tetapi jumlah 2 kecamatan Kota Balikpapan di atasnya 9 "
        "(selisih 1).",
        "Lembar 'Rekap', baris 13, kolom C (Gelandangan): baris jumlah berisi 26, tetapi "
        "jumlah 6 kecamatan di atasnya 25 (selisih 1).",
    ]


# -- units and dates in titles -----------------------------------------------------------------


def desil_rows(title: str) -> list[list[object]]:
    rows: list[list[object]] = [
        [title],
        ["Posisi data: 30 September 2025"],
        ["No", "Kabupaten/Kota", *[f"DESIL {n}" for n in range(1, 11)]],
    ]
    rows += [[i + 1, name, *[100 * n + i for n in range(1, 11)]] for i, name in enumerate(NAMES)]
    return rows


def test_unit_and_data_position_in_the_title(store: Engine) -> None:
    """ "(KK)" in the title chooses the families' deciles; "Posisi data" gives the snapshot
    date (and the year) without --snapshot or --year."""
    data = xlsx(
        {"DTSEN": desil_rows("JUMLAH KELUARGA (KK) MENURUT DESIL DTSEN")},
        {"DTSEN": ["A1:L1", "A2:L2"]},
    )
    dry = run(store, data, "dtsen.xlsx", dry_run=True, confirm_warnings=False)
    assert dry.status == "valid", dry.to_json()
    assert (dry.snapshot_date, dry.snapshot_label) == ("2025-09-30", "30 September 2025")
    assert dry.snapshot_found_in == "lembar 'DTSEN', baris 2"
    report = run(store, data, "dtsen.xlsx")
    assert report.status == "applied", report.to_json()
    values = stored(store, report.dataset_id)
    assert {k: v for k, v in values.items() if k[0] != "64"} == {
        (code, f"dtsen_desil{n}_kk", 2025): float(100 * n + i)
        for i, code in enumerate(CODES)
        for n in range(1, 11)
    }


def test_a_title_naming_two_units_is_refused(file_reference) -> None:  # noqa: ANN001
    data = xlsx({"DTSEN": desil_rows("JUMLAH KELUARGA (KK) DAN JIWA MENURUT DESIL DTSEN")})
    report = file_check(file_reference, data, "dtsen.xlsx")
    assert report.errors_total == 10
    assert errors(report)[0] == (
        "Lembar 'DTSEN', kolom C (DESIL 1): judul kolom 'DESIL 1' cocok dengan lebih dari satu "
        "indikator: 'Keluarga desil 1 DTSEN' (dtsen_desil1_kk) dan 'Penduduk desil 1 DTSEN' "
        "(dtsen_desil1_jiwa); judul tabel menyebut lebih dari satu satuan (KK dan jiwa), jadi "
        "satuan kolom ini tidak jelas; tulis satuan di judul kolom: '(KK)' atau '(jiwa)'."
    )
