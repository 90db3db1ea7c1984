"""Kecamatan rows in imported files: codes, names, a "Kecamatan" column within its regency's
row, a name that needs its regency, and the warning when kecamatan do not add up to their
regency."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.welfare.importing.helpers import messages, xlsx
from welfare.catalogue import load_catalogue
from welfare.importing import ImportOptions, import_bytes
from welfare.importing.file_checks import check_file
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.seed import RegionDef

HEADER = ["No", "Kabupaten/Kota", "Kecamatan", "Gelandangan"]


def _file(rows: list[list[object]], year: int = 2023) -> bytes:
    return xlsx({str(year): [HEADER, *rows]})


def _dry_run(store: Engine, data: bytes):  # noqa: ANN202
    return import_bytes(
        store, data, "kecamatan.xlsx", ImportOptions(imported_by="uji", dry_run=True)
    )


def _sum_warnings(report) -> list[str]:  # noqa: ANN001
    return [i.message for i in report.warnings if i.code == "kecamatan_sum_mismatch"]


def test_codes_names_and_a_kecamatan_column_within_its_regency_row(store: Engine) -> None:
    data = _file(
        [
            [1, "Penajam Paser Utara", None, 100],  # the regency itself
            [2, "Penajam Paser Utara", "Penajam", 10],  # "Penajam" here is the kecamatan
            [3, "PPU", "Kec. Waru", 20],
            [4, None, "64.09.03", 30],  # a Kemendagri code needs no regency
            [5, "Kab. Penajam Paser Utara", "Sepaku", 40],
        ]
    )
    report = _dry_run(store, data)
    assert report.errors_total == 0, messages(report)
    assert report.status == "valid", report.to_json()
    # 10 + 20 + 30 + 40 = 100: no warning when the kecamatan add up to the regency.
    assert _sum_warnings(report) == []


def test_kecamatan_that_do_not_add_up_to_the_regency_in_the_file_warn(store: Engine) -> None:
    data = _file(
        [
            [1, "Penajam Paser Utara", None, 100],
            [2, "Penajam Paser Utara", "Penajam", 10],
            [3, "Penajam Paser Utara", "Waru", 20],
            [4, "Penajam Paser Utara", "Babulu", 30],
            [5, "Penajam Paser Utara", "Sepaku", 25],
        ]
    )
    report = _dry_run(store, data)
    assert report.errors_total == 0, messages(report)
    (warning,) = _sum_warnings(report)
    for part in ("Penajam Paser Utara", "Gelandangan", "2023", "85", "100", "4 dari 4"):
        assert part in warning, warning
    assert "dalam berkas ini 100" in warning  # the regency's value came from the same file
    assert report.status == "needs_confirmation", report.to_json()


def test_kecamatan_are_checked_against_the_stored_real_regency_value(store: Engine) -> None:
    regency = import_bytes(
        store,
        _file([[1, "Penajam Paser Utara", None, 50]], year=2022),
        "ppu.xlsx",
        ImportOptions(imported_by="uji", confirm_warnings=True),
    )
    assert regency.status == "applied", regency.to_json()
    kecamatan = _file([[1, None, "Kecamatan Sepaku", 20], [2, None, "Kec. Babulu", 20]], year=2022)
    (warning,) = _sum_warnings(_dry_run(store, kecamatan))
    assert "yang tersimpan 50" in warning and "40" in warning and "2 dari 4" in warning


def test_rates_are_not_summed(store: Engine) -> None:
    data = xlsx(
        {
            "2023": [
                ["Kabupaten/Kota", "Kecamatan", "Persentase penduduk miskin"],
                ["Penajam Paser Utara", None, 7.0],
                ["Penajam Paser Utara", "Sepaku", 9.0],
            ]
        }
    )
    assert _sum_warnings(_dry_run(store, data)) == []


def test_a_kecamatan_name_two_regencies_share_needs_its_regency() -> None:
    resolver = RegionResolver(
        [
            RegionDef("6401", "64.01", "Paser", "kabupaten"),
            RegionDef("6403", "64.02", "Kutai Kartanegara", "kabupaten"),
            RegionDef("64.01.09", "64.01.09", "Muara Samu", "kecamatan"),
            RegionDef("64.02.99", "64.02.99", "Muara Samu", "kecamatan"),
        ]
    )
    matcher = IndicatorMatcher(list(load_catalogue()))
    with_regency = _file([[1, "Kutai Kartanegara", "Muara Samu", 5]])
    found = check_file(with_regency, "a.xlsx", matcher, resolver)
    report, validated = found.report, found.validated
    assert report.errors_total == 0, messages(report)
    assert [v.region for v in validated.values] == ["64.02.99"]

    alone = _file([[1, None, "Muara Samu", 5]])
    report = check_file(alone, "b.xlsx", matcher, resolver).report
    assert report.errors_total == 1
    assert "Paser" in messages(report)[0] and "Kutai Kartanegara" in messages(report)[0]
