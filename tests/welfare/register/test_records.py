"""Every message of one activity's check (welfare.register.records.check_activity)."""

from __future__ import annotations

import pytest

from welfare.importing.names import RegionResolver
from welfare.importing.numbers import NumberFormatError
from welfare.register.records import FIELDS, MAX_TEXT, REQUIRED, check_activity, parse_rupiah

GOOD: dict[str, object] = {
    "program": "PKH",
    "tingkat": "pusat",
    "sumber_dana": "APBN",
    "instansi": "Kementerian Sosial",
    "sasaran": "Keluarga miskin dan rentan (DTSEN desil 1-4)",
    "kode_wilayah": "6409",
    "kecamatan": "Sepaku",
    "tahun": "2025",
    "jumlah_rencana": "1.234",
    "satuan_rencana": "KPM",
    "jumlah_realisasi": "1.200",
    "satuan_realisasi": "KK",
    "anggaran_rp": "",
    "status": "berjalan",
    "sumber": "SK Dinsos PPU 2025",
}


def problems(resolver: RegionResolver, **changes: object) -> list[tuple[str, str, str, str]]:
    checked = check_activity({**GOOD, **changes}, resolver)
    return [(p.level, p.code, p.field, p.reason) for p in checked.problems]


def test_a_good_row_becomes_the_stores_values(resolver: RegionResolver) -> None:
    checked = check_activity(GOOD, resolver)
    assert checked.problems == []
    assert checked.values == {
        "programme": "pkh",
        "programme_name": "PKH (Program Keluarga Harapan)",
        "agency": "Kementerian Sosial",
        "source": "SK Dinsos PPU 2025",
        "note": None,
        "target_group_text": "Keluarga miskin dan rentan (DTSEN desil 1-4)",
        "level": "pusat",
        "funding": "APBN",
        "target_group": "keluarga_miskin_rentan",
        "status": "berjalan",
        "region_kode_bps": "6409",
        "kecamatan_kode": "64.09.04",
        "year": 2025,
        "year_from": None,
        "planned": 1234.0,
        "planned_unit": "KK",
        "realised": 1200.0,
        "realised_unit": "KK",
        "budget_rp": None,
    }


def test_unknown_level(resolver: RegionResolver) -> None:
    assert problems(resolver, tingkat="kecamatan") == [
        (
            "error",
            "unknown_level",
            "tingkat",
            "tingkat 'kecamatan' tidak dikenal; pilih salah satu: pusat, provinsi, "
            "kabupaten_kota, desa, lainnya.",
        )
    ]
    assert problems(resolver, tingkat="Kab/Kota") == []  # a written form it knows


def test_unknown_funding(resolver: RegionResolver) -> None:
    assert problems(resolver, sumber_dana="APBDes") == [
        (
            "error",
            "unknown_funding",
            "sumber_dana",
            "sumber dana 'APBDes' tidak dikenal; pilih salah satu: APBN, APBD provinsi, "
            "APBD kabupaten/kota, Dana Desa, lainnya (atau kosongkan bila tidak disebut).",
        )
    ]


def test_unknown_status_and_units(resolver: RegionResolver) -> None:
    assert problems(resolver, status="macet", satuan_realisasi="ekor") == [
        (
            "error",
            "unknown_status",
            "status",
            "status 'macet' tidak dikenal; pilih salah satu: rencana, berjalan, selesai.",
        ),
        (
            "error",
            "unknown_unit",
            "satuan_realisasi",
            "satuan 'ekor' tidak dikenal; pilih salah satu: jiwa, KK, unit rumah, paket, desa, "
            "kg, lembaga.",
        ),
    ]
    assert problems(resolver, status="Sudah Selesai", satuan_realisasi="keluarga") == []


def test_negative_quantity(resolver: RegionResolver) -> None:
    assert problems(resolver, jumlah_rencana="-5") == [
        ("error", "bad_quantity", "jumlah_rencana", "jumlah tidak boleh negatif (-5).")
    ]


def test_budget_as_officials_write_it_is_read_and_reported(resolver: RegionResolver) -> None:
    checked = check_activity({**GOOD, "anggaran_rp": "Rp 1,2 M"}, resolver)
    assert checked.values is not None and checked.values["budget_rp"] == 1_200_000_000
    assert [(p.level, p.code, p.field, p.reason) for p in checked.problems] == [
        ("info", "budget_read", "anggaran_rp", "'Rp 1,2 M' dibaca sebagai Rp1.200.000.000.")
    ]
    assert parse_rupiah("Rp250 jt") == 250_000_000
    assert parse_rupiah("1.500.000") == 1_500_000
    assert parse_rupiah("Rp 2 T") == 2_000_000_000_000
    assert parse_rupiah(" - ") is None


def test_an_unreadable_budget_is_refused(resolver: RegionResolver) -> None:
    assert problems(resolver, anggaran_rp="Rp satu miliar") == [
        (
            "error",
            "bad_budget",
            "anggaran_rp",
            "anggaran 'Rp satu miliar' tidak terbaca; tulis dalam rupiah, misalnya "
            "1.200.000.000 atau 'Rp 1,2 M' (M = miliar, jt = juta, T = triliun).",
        )
    ]
    with pytest.raises(NumberFormatError, match="anggaran tidak boleh negatif"):
        parse_rupiah(-1000)  # a number cell of a spreadsheet
    with pytest.raises(NumberFormatError, match="anggaran '-1.000' tidak terbaca"):
        parse_rupiah("-1.000")


def test_kecamatan_outside_its_regency(resolver: RegionResolver) -> None:
    # Sepaku (64.09.04) lies in Penajam Paser Utara, not in Paser.
    assert problems(resolver, kode_wilayah="6401", kecamatan="64.09.04") == [
        (
            "error",
            "kecamatan_outside_regency",
            "kecamatan",
            "kecamatan '64.09.04' berada di Kabupaten Penajam Paser Utara, bukan di "
            "Kabupaten Paser.",
        )
    ]
    assert problems(resolver, kode_wilayah="64", kecamatan="Sepaku")[0][:3] == (
        "error",
        "kecamatan_without_regency",
        "kecamatan",
    )


def test_realised_above_plan_is_a_warning_in_indonesian_numbers(
    resolver: RegionResolver,
) -> None:
    checked = check_activity({**GOOD, "jumlah_realisasi": "1.300"}, resolver)
    assert checked.values is not None  # a warning does not refuse the row
    assert [(p.level, p.code, p.field, p.reason) for p in checked.problems] == [
        (
            "warning",
            "realised_above_plan",
            "jumlah_realisasi",
            "realisasi (1.300) melebihi rencana (1.234); periksa kembali angkanya.",
        )
    ]
    # Different units are not compared.
    assert problems(resolver, jumlah_realisasi="1.300", satuan_realisasi="jiwa") == []


def test_missing_unit(resolver: RegionResolver) -> None:
    assert problems(resolver, satuan_rencana="") == [
        (
            "error",
            "unit_missing",
            "satuan_rencana",
            "jumlah 1.234 tanpa satuan; isi satuan_rencana.",
        )
    ]
    assert problems(resolver, satuan_rencana="ekor")[0][:3] == (
        "error",
        "unknown_unit",
        "satuan_rencana",
    )


def test_unknown_group(resolver: RegionResolver) -> None:
    assert problems(resolver, sasaran="lansia kaya") == [
        (
            "error",
            "unknown_group",
            "sasaran",
            "kelompok sasaran 'lansia kaya' tidak ada di katalog; pakai salah satu dari lembar "
            "'Katalog' templat (misalnya 'Rumah tidak layak huni' atau 'Penyandang "
            "disabilitas').",
        )
    ]
    assert problems(resolver, sasaran="Penyandang disabilitas") == []  # a PMKS without "PMKS: "


@pytest.mark.parametrize("year", ["25", "1999", "2025a", "2101"])
def test_bad_year(resolver: RegionResolver, year: str) -> None:
    assert problems(resolver, tahun=year) == [
        (
            "error",
            "bad_year",
            "tahun",
            f"tahun '{year}' tidak valid; tulis empat angka, misalnya 2025.",
        )
    ]


def test_first_year_after_the_year_is_refused(resolver: RegionResolver) -> None:
    assert problems(resolver, tahun_mulai="2026") == [
        ("error", "bad_year", "tahun_mulai", "tahun mulai tidak boleh sesudah tahun kegiatan.")
    ]


def test_required_fields_each_named(resolver: RegionResolver) -> None:
    found = problems(resolver, **dict.fromkeys(REQUIRED, ""))
    assert [(level, code, name) for level, code, name, _ in found] == [
        ("error", "required", name) for name in REQUIRED
    ]
    assert found[0][3] == f"kolom program wajib diisi ({FIELDS['program']})."


def test_no_quantity_at_all_is_refused(resolver: RegionResolver) -> None:
    assert problems(
        resolver, jumlah_rencana="", satuan_rencana="", jumlah_realisasi="", satuan_realisasi=""
    ) == [
        (
            "error",
            "no_quantity",
            "jumlah_rencana",
            "isi paling sedikit satu dari jumlah rencana, jumlah realisasi atau anggaran.",
        )
    ]


@pytest.mark.parametrize("name", sorted(MAX_TEXT))
def test_too_long_text(resolver: RegionResolver, name: str) -> None:
    limit = MAX_TEXT[name]
    found = problems(resolver, **{name: "x" * (limit + 1)})
    assert (
        "error",
        "too_long",
        name,
        f"teks terlalu panjang ({limit + 1} karakter, paling banyak {limit}).",
    ) in found
    assert not [p for p in problems(resolver, **{name: "y" * limit}) if p[1] == "too_long"]


def test_control_characters_and_spaces_are_cleaned(resolver: RegionResolver) -> None:
    checked = check_activity({**GOOD, "instansi": "  Dinsos\x00  PPU\n"}, resolver)
    assert checked.values is not None and checked.values["agency"] == "Dinsos PPU"
