"""Typed meetings, rumusan and notes checked field by field (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from welfare.rumusan import dates, draft_checks, records, vocab
from welfare.rumusan.drafts import IndicatorLink, Party, RegionRef, RumusanDraft

DAY = date(2026, 5, 12)
BASE = {
    "rumusan": "Pemadanan NIK penerima bantuan",
    "jenis": "Data",
    "penanggung_jawab": "Dinsos provinsi",
    "wilayah": "semua",
}


def check(**changes: object):  # noqa: ANN201
    return records.check_rumusan({**BASE, **changes}, meeting_date=DAY)


def errors(result) -> dict[str, str]:  # noqa: ANN001
    return {p.field: p.reason for p in result.errors}


def test_a_minimal_rumusan_gets_the_defaults() -> None:
    draft = check().value
    assert draft == RumusanDraft(
        "Pemadanan NIK penerima bantuan",
        "data",
        (Party(vocab.PARTY_PROVINCE, vocab.PROVINCE_DINSOS),),
        (RegionRef("64", "64"),),
        (),
        None,
        vocab.NOT_STARTED,
        None,
    )


@pytest.mark.parametrize("field", ["rumusan", "jenis", "penanggung_jawab", "wilayah"])
def test_required_fields_are_named(field: str) -> None:
    result = check(**{field: "  "})
    assert result.value is None
    assert f"Kolom '{field}' wajib diisi" in errors(result)[field]


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("Kebijakan", "kebijakan"),
        ("regulasi", "kebijakan"),
        ("Program/Kegiatan", "program"),
        ("PENDANAAN", "anggaran"),
        ("kelembagaan", "kelembagaan"),
    ],
)
def test_kinds_accept_their_written_forms(written: str, kind: str) -> None:
    assert check(jenis=written).value.kind == kind


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Belum Dimulai", "belum_dimulai"),
        ("belum", "belum_dimulai"),
        ("dalam proses", "berjalan"),
        ("Sedang-Berjalan", "berjalan"),
        ("TUNTAS", "selesai"),
        ("tidak dilanjutkan", "tidak_dilanjutkan"),
        ("dibatalkan", "tidak_dilanjutkan"),
    ],
)
def test_statuses_accept_their_written_forms(written: str, status: str) -> None:
    assert check(status=written).value.status == status


def test_unknown_kind_and_status_list_what_is_allowed() -> None:
    result = check(jenis="budget", status="hampir")
    assert "kebijakan, program, data, anggaran, kelembagaan" in errors(result)["jenis"]
    assert "belum dimulai, berjalan, selesai, tidak dilanjutkan" in errors(result)["status"]


def test_late_is_never_typed() -> None:
    result = check(status="Terlambat")
    assert [p.code for p in result.errors] == ["late_is_derived"]
    assert "ditentukan otomatis dari batas waktu" in result.errors[0].reason


@pytest.mark.parametrize(
    ("written", "day", "has_day"),
    [
        ("31 Desember 2026", date(2026, 12, 31), True),
        ("Kamis, 31 Desember 2026", date(2026, 12, 31), True),
        ("31 des 2026", date(2026, 12, 31), True),
        ("31/12/2026", date(2026, 12, 31), True),
        ("31-12-2026", date(2026, 12, 31), True),
        ("31.12.2026", date(2026, 12, 31), True),
        ("2026-12-31", date(2026, 12, 31), True),
        (date(2026, 12, 31), date(2026, 12, 31), True),
        ("Februari 2028", date(2028, 2, 29), False),
    ],
)
def test_dates_in_indonesian_and_iso_forms(written: object, day: date, has_day: bool) -> None:
    assert dates.parse_day(written, month_only=True) == dates.ParsedDay(day, has_day)


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("31/12/26", "empat angka"),
        ("30 Februari 2026", "tidak ada di kalender"),
        ("12/31/2026", "tidak ada di kalender"),
        ("besok", "bukan tanggal"),
        (46022, "angka, bukan tanggal"),
    ],
)
def test_bad_dates_say_why(written: object, words: str) -> None:
    with pytest.raises(dates.DateFormatError) as info:
        dates.parse_day(written, month_only=True)
    assert words in info.value.reason


def test_a_month_deadline_is_its_last_day_and_said_so() -> None:
    result = check(batas_waktu="Desember 2026")
    assert result.value.deadline == date(2026, 12, 31)
    assert [p.reason for p in result.problems if p.level == "info"] == [
        "Kolom 'batas_waktu': dibaca sebagai 31 Desember 2026 (akhir bulan)."
    ]


def test_a_meeting_needs_its_day() -> None:
    result = records.check_meeting(
        {"nama": "R", "tanggal": "Mei 2026", "tempat": "S", "tuan_rumah": "64"}
    )
    assert "tidak menyebut tanggalnya" in errors(result)["tanggal"]


def test_a_deadline_before_the_meeting_is_refused() -> None:
    assert "sebelum tanggal rapat" in errors(check(batas_waktu="1/5/2026"))["batas_waktu"]


def test_regions_join_on_bps_and_kemendagri_codes_and_kecamatan_keys() -> None:
    # BPS 6403 and Kemendagri 64.02 are both Kutai Kartanegara; 64.09.04 is Sepaku (PPU).
    draft = check(wilayah="6403, 64.02, 64.09.04; Kab. Paser").value
    assert draft.regions == (
        RegionRef("6403", "6403"),
        RegionRef("64.09.04", "6409"),
        RegionRef("6401", "6401"),
    )


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("02", "ambigu"),
        ("6499", "bukan kabupaten/kota di Kalimantan Timur"),
        ("Tarakan", "Kalimantan Utara"),
        ("semua, 6409", "tulis salah satunya"),
    ],
)
def test_unknown_or_ambiguous_regions_are_refused(written: str, words: str) -> None:
    assert words in errors(check(wilayah=written))["wilayah"]


def test_parties_dinsos_of_province_regency_all_and_other_agencies() -> None:
    result = check(
        penanggung_jawab="Dinas Sosial Provinsi Kalimantan Timur; Dinsos PPU\nDinas Sosial 64.02;"
        " Dinsos kab/kota; Dinas Sosial P3A Kabupaten Mahakam Ulu; Disdukcapil Kaltim; Dinsos Pasr"
    )
    assert result.value.parties == (
        Party("dinsos_provinsi", "Dinas Sosial Provinsi Kalimantan Timur"),
        Party("dinsos_kabkota", "Dinas Sosial Kabupaten Penajam Paser Utara", "6409"),
        Party("dinsos_kabkota", "Dinas Sosial Kabupaten Kutai Kartanegara", "6403"),
        Party("dinsos_kabkota", "Dinas Sosial kabupaten/kota se-Kalimantan Timur"),
        Party("dinsos_kabkota", "Dinas Sosial P3A Kabupaten Mahakam Ulu", "6411"),
        Party("lainnya", "Disdukcapil Kaltim"),
        Party("lainnya", "Dinsos Pasr"),
    )
    # A "Dinsos" whose region is not read is kept as written, with a warning, never guessed.
    assert [p.code for p in result.problems] == ["party_not_recognised"]


def test_a_linked_indicator_with_target_direction_and_year() -> None:
    draft = check(wilayah="6409", indikator="kpm_pkh", target="≥ 90 %", tahun_target="2026").value
    assert draft.indicators == (IndicatorLink("kpm_pkh", "6409", 90.0, ">=", 2026),)


def test_the_direction_defaults_to_the_catalogue_and_says_so() -> None:
    result = check(
        wilayah="6409", indikator="penduduk_miskin_persen", target="6,0", tahun_target=2026
    )
    assert result.value.indicators[0].direction == "<="
    assert [p.code for p in result.problems] == ["direction_from_catalogue"]


def test_several_links_from_a_form_and_their_problems_name_the_item() -> None:
    links = [
        {
            "indikator": "kpm_pkh",
            "wilayah_indikator": "64.09",
            "target": "90",
            "tahun_target": "2026",
        },
        {
            "indikator": "kpm_pk",
            "wilayah_indikator": "6409",
            "target": "12.5",
            "tahun_target": "26",
            "arah": "naik turun",
        },
    ]
    result = check(wilayah="semua", indikator_terkait=links)
    assert {(p.item, p.field, p.code) for p in result.errors} == {
        (2, "indikator", "unknown_indicator"),
        (2, "target", "bad_target"),
        (2, "tahun_target", "bad_year"),
        (2, "arah", "unknown_direction"),
    }
    assert "mungkin maksudnya kpm_pkh?" in errors(result)["indikator"]
    assert "format Indonesia" in errors(result)["target"]


def test_a_coverage_target_above_100_percent_is_refused() -> None:
    result = check(wilayah="6409", indikator="kpm_pkh", target="120", tahun_target=2026)
    assert "lebih dari 100 %" in errors(result)["target"]


def test_numbers_as_written() -> None:
    assert [records.read_number(v) for v in ("3", "3.", "(3)", 3.0, None, "")] == [
        3,
        3,
        3,
        3,
        None,
        None,
    ]
    assert "nomor" in errors(check(nomor="3a"))


def test_notes_refuse_unsafe_links_and_future_dates() -> None:
    result = records.check_note(
        {
            "tanggal": "1 Juni 2026",
            "penulis": "Ani",
            "catatan": "x",
            "bukti": "javascript:alert(1)",
        },
        today=DAY,
    )
    assert set(errors(result)) == {"bukti", "tanggal"}
    assert "http:// atau https://" in errors(result)["bukti"]
    ok = records.check_note(
        {"tanggal": "1/5/2026", "penulis": "Ani", "catatan": "x", "bukti": "Laporan: Maret 2026"},
        today=DAY,
    )
    assert ok.value.evidence == "Laporan: Maret 2026"


def test_a_hand_built_draft_is_cleaned_and_held_to_the_same_rules() -> None:
    draft = RumusanDraft(
        "ok\x00 teks\u202e",
        "budget",
        (Party("lainnya", "x" * 201),),
        (RegionRef("6499", "6499"),),
        (IndicatorLink("tidak_ada", "64", -1.0, "=", 1900),),
        status="terlambat",
    )
    cleaned = draft_checks.cleaned(draft)
    assert cleaned.text == "ok teks"
    fields = {p.field for p in draft_checks.draft_problems(cleaned)}
    assert fields == {
        "jenis",
        "status",
        "penanggung_jawab",
        "wilayah",
        "indikator",
        "arah",
        "tahun_target",
        "target",
    }
