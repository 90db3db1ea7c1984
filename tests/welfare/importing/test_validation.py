"""Every kind of bad input is refused with the cell and an exact reason in Bahasa Indonesia."""

from __future__ import annotations

from datetime import date

from tests.welfare.importing.helpers import (
    MESSY_NAMES,
    check,
    csv_bytes,
    long_rows,
    messages,
    wide_rows,
    xlsx,
)

TEN = list(range(1, 11))


def _wide(**overrides: object) -> bytes:
    values = {"Anak Jalanan": list(TEN), "Gelandangan": list(TEN)}
    for key, (i, value) in overrides.items():
        values[key.replace("_", " ")][i] = value
    return xlsx({"2023": wide_rows(values)})


def test_negative_count() -> None:
    report = check(_wide(Gelandangan=(4, -12)))
    assert messages(report) == [
        "Lembar '2023', baris 8, kolom D (Gelandangan): nilai '-12' negatif; jumlah orang tidak "
        "boleh negatif."
    ]
    assert report.status == "invalid"


def test_negative_count_text_in_csv_has_no_sheet() -> None:
    rows = wide_rows(
        {"Anak Jalanan": list(TEN), "Gelandangan": [*TEN[:4], "-12", *TEN[5:]]}, total=False
    )
    report = check(csv_bytes(rows), "b.csv")
    assert messages(report) == [
        "Baris 8, kolom D (Gelandangan): nilai '-12' negatif; jumlah orang tidak boleh negatif."
    ]


def test_fractional_count_and_bad_number_formats() -> None:
    rows = wide_rows(
        {
            "Gelandangan": [*TEN[:2], "12,5", "12.5", "1,234.5", "banyak", *TEN[6:]],
            "KPM PKH": [*TEN[:9], 3.5],
        },
        total=False,
    )
    report = check(xlsx({"2023": rows}))
    assert messages(report) == [
        "Lembar '2023', baris 6, kolom C (Gelandangan): nilai '12,5' bukan bilangan bulat; "
        "jumlah orang harus bilangan bulat.",
        "Lembar '2023', baris 7, kolom C (Gelandangan): nilai '12.5' memakai format angka yang "
        "ambigu; gunakan format Indonesia: titik sebagai pemisah ribuan dan koma sebagai "
        "desimal (contoh 1.234 atau 12,5).",
        "Lembar '2023', baris 8, kolom C (Gelandangan): nilai '1,234.5' memakai format angka "
        "yang ambigu; gunakan format Indonesia: titik sebagai pemisah ribuan dan koma sebagai "
        "desimal (contoh 1.234 atau 12,5).",
        "Lembar '2023', baris 9, kolom C (Gelandangan): nilai 'banyak' bukan angka.",
        "Lembar '2023', baris 13, kolom D (KPM PKH): nilai '3,5' bukan bilangan bulat; jumlah "
        "keluarga penerima (KPM) harus bilangan bulat.",
    ]


def test_percent_out_of_range() -> None:
    rows = long_rows(
        [
            ("6401", 2023, "penduduk_miskin_persen", "120"),
            ("6402", 2023, "penduduk_miskin_persen", "-1"),
            ("6403", 2023, "penduduk_miskin_persen", "99,9"),
        ]
    )
    assert messages(check(csv_bytes(rows), "b.csv")) == [
        "Baris 2, kolom D (nilai – Persentase penduduk miskin): nilai '120' di luar rentang "
        "0–100; Persentase penduduk miskin adalah persentase.",
        "Baris 3, kolom D (nilai – Persentase penduduk miskin): nilai '-1' di luar rentang "
        "0–100; Persentase penduduk miskin adalah persentase.",
    ]


def test_years_out_of_range() -> None:
    future = date.today().year + 1
    rows = long_rows(
        [
            ("6401", 1999, "pmks_gelandangan", 1),
            ("6402", future, "kpm_pkh", 1),
            ("6403", 2023, "kpm_pkh", 1),
        ]
    )
    assert messages(check(csv_bytes(rows), "b.csv")) == [
        f"Baris 2: tahun 1999 di luar rentang yang diterima (2000–{date.today().year}).",
        f"Baris 3: tahun {future} di luar rentang yang diterima (2000–{date.today().year}).",
    ]


def test_unknown_regions_kaltara_and_ambiguous_codes() -> None:
    names = [*MESSY_NAMES[:5], "Bulungan", "Kota Tarakan", "Samarnda", "02", "6407"]
    rows = wide_rows({"Gelandangan": TEN}, names=names, total=False)
    assert messages(check(xlsx({"2023": rows}))) == [
        "Lembar '2023', baris 9, kolom B (Kabupaten/Kota): 'Bulungan' menunjuk Kabupaten "
        "Bulungan, yang sejak 2012 masuk Provinsi Kalimantan Utara (UU No. 20 Tahun 2012), "
        "bukan lagi Kalimantan Timur; hapus baris ini.",
        "Lembar '2023', baris 10, kolom B (Kabupaten/Kota): 'Kota Tarakan' menunjuk Kota "
        "Tarakan, yang sejak 2012 masuk Provinsi Kalimantan Utara (UU No. 20 Tahun 2012), "
        "bukan lagi Kalimantan Timur; hapus baris ini.",
        "Lembar '2023', baris 11, kolom B (Kabupaten/Kota): wilayah 'Samarnda' tidak dikenal "
        "sebagai kabupaten/kota di Kalimantan Timur; mungkin maksudnya Kota Samarinda?",
        "Lembar '2023', baris 12, kolom B (Kabupaten/Kota): kode '02' tidak lengkap dan ambigu: "
        "kode BPS dan Kemendagri berbeda untuk Kutai Barat, Kutai Kartanegara, Kutai Timur dan "
        "Berau. Tulis kode lengkap, misalnya 6403 (BPS) atau 64.02 (Kemendagri).",
        "Lembar '2023', baris 13, kolom B (Kabupaten/Kota): kode BPS lama 6407 menunjuk "
        "Kabupaten Bulungan, yang sejak 2012 masuk Provinsi Kalimantan Utara (UU No. 20 Tahun "
        "2012), bukan lagi Kalimantan Timur; hapus baris ini.",
    ]


def test_unknown_indicator_column_and_cell() -> None:
    rows = wide_rows({"Gelandangan": TEN, "Jumlah Kucing": TEN, "Pengemiss": TEN}, total=False)
    assert messages(check(xlsx({"2023": rows}))) == [
        "Lembar '2023', kolom D (Jumlah Kucing): judul kolom 'Jumlah Kucing' tidak dikenal "
        "sebagai indikator, padahal kolomnya berisi angka; gunakan nama indikator dari katalog "
        "atau templat, atau hapus kolomnya.",
        "Lembar '2023', kolom E (Pengemiss): judul kolom 'Pengemiss' tidak dikenal sebagai "
        "indikator, padahal kolomnya berisi angka. Indikator terdekat: 'Pengemis' "
        "(pmks_pengemis); ganti judul kolom dengan salah satunya atau hapus kolomnya.",
    ]
    long = long_rows([("6401", 2023, "pmks_kucing", 1)])
    assert messages(check(csv_bytes(long), "b.csv")) == [
        "Baris 2, kolom C (indikator): indikator 'pmks_kucing' tidak dikenal dalam katalog; "
        "gunakan id indikator dari templat (mis. pmks_gelandangan)."
    ]


def test_duplicates_within_a_file_and_across_sheets() -> None:
    long = long_rows([("6403", 2023, "pmks_gelandangan", 1), ("64.02", 2023, "Gelandangan", 2)])
    assert messages(check(csv_bytes(long), "b.csv")) == [
        "Baris 3, kolom D (nilai – Gelandangan): data ganda: Kabupaten Kutai Kartanegara, "
        "Gelandangan, tahun 2023 sudah ada di baris 2 kolom D."
    ]
    sheet = wide_rows({"Gelandangan": TEN}, title=None, total=False)
    report = check(xlsx({"2023": sheet, "2023 (revisi)": sheet}))
    assert report.errors_total == 10
    assert messages(report)[0] == (
        "Lembar '2023 (revisi)', baris 2, kolom C (Gelandangan): data ganda: Kabupaten Paser, "
        "Gelandangan, tahun 2023 sudah ada di lembar '2023' baris 2 kolom C."
    )


def test_total_row_that_does_not_add_up() -> None:
    rows = wide_rows({"Gelandangan": TEN, "Pengemis": TEN}, total=False)
    rows.append([None, "Jumlah", 55, 50])
    assert messages(check(xlsx({"2023": rows}))) == [
        "Lembar '2023', baris 14, kolom D (Pengemis): baris jumlah berisi 50, tetapi jumlah 10 "
        "kabupaten/kota di atasnya 55 (selisih 5)."
    ]


def test_row_total_column_that_does_not_add_up() -> None:
    rows = [["Kabupaten/Kota", "Gelandangan", "Pengemis", "Jumlah"]]
    rows += [[n, 1, 2, 3] for n in MESSY_NAMES]
    rows[3][3] = 4
    assert messages(check(xlsx({"2023": rows}))) == [
        "Lembar '2023', baris 4, kolom D (Jumlah): kolom jumlah berisi 4, tetapi jumlah 2 kolom "
        "yang dihitung pada baris ini 3 (selisih 1); yang dihitung: kolom B (Gelandangan) dan C "
        "(Pengemis)."
    ]


def test_formula_without_saved_value_is_refused_not_evaluated() -> None:
    # openpyxl saves formulas without a result: nothing to read, and nothing is computed.
    rows = wide_rows({"Gelandangan": TEN}, total=False)
    rows.append([None, "Jumlah", "=SUM(C4:C13)"])
    assert messages(check(xlsx({"2023": rows}))) == [
        "Lembar '2023', baris 14, kolom C (Gelandangan): sel berisi rumus (=SUM(C4:C13)) tanpa "
        "nilai tersimpan; rumus tidak dihitung di sini. Buka berkas di Excel/LibreOffice, simpan "
        "ulang, lalu unggah lagi."
    ]


def test_missing_year_and_conflicting_years() -> None:
    rows = wide_rows({"Gelandangan": TEN}, title="DATA PMKS", total=False)
    assert messages(check(xlsx({"Rekap": rows}))) == [
        "Lembar 'Rekap', baris 3: tahun data tidak ditemukan: tambahkan kolom 'Tahun', tulis "
        "tahun di judul (mis. 'DATA PMKS TAHUN 2023') atau sebagai nama lembar, atau pilih "
        "tahunnya saat impor."
    ]
    assert check(xlsx({"Rekap": rows}), year=2023).errors_total == 0
    titled = wide_rows({"Gelandangan": TEN}, title="DATA PMKS TAHUN 2023", total=False)
    assert messages(check(xlsx({"2022": titled}))) == [
        "Lembar '2022', baris 3: tahun data tidak jelas: berkas menyebut beberapa tahun (2022 "
        "(nama lembar '2022'), 2023 (judul tabel)). Tambahkan kolom 'Tahun' atau perbaiki "
        "judul/nama lembar."
    ]
    assert messages(check(xlsx({"Rekap": titled}), year=2022)) == [
        "Lembar 'Rekap', baris 3: tahun pada judul tabel (2023) berbeda dengan tahun yang "
        "dipilih (2022); samakan salah satunya."
    ]


def test_no_table_found() -> None:
    report = check(csv_bytes([["a", "b"], ["1", "2"]]), "b.csv")
    assert [i.code for i in report.errors] == ["no_table"]
    assert report.errors[0].message.startswith("Tidak ditemukan tabel yang dapat dibaca")


def test_extra_sheet_without_table_is_a_note() -> None:
    data = xlsx({"2023": wide_rows({"Gelandangan": TEN}), "Grafik": [["lihat grafik"]]})
    report = check(data)
    assert report.errors_total == 0 and report.warnings_total == 0
    assert [i.message for i in report.notes] == [
        "Lembar 'Grafik': lembar ini hanya berisi teks, bukan tabel data; dilewati."
    ]
