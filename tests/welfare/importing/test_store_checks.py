"""Checks against stored data compare with real data only, and complete files give the province.

Example data exists to be replaced: a correct Dinsos table must import without a single
"check this" warning caused by invented example values, while a jump against official or
imported numbers still needs confirmation.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from tests.welfare.importing.helpers import REGENCIES, csv_bytes, long_rows, wide_rows, xlsx
from welfare.importing import ImportOptions, import_bytes
from welfare.importing.derived import DERIVED_NOTE
from welfare.models import Dataset, Observation

CODES = [code for code, _ in REGENCIES]


def _dry(engine: Engine, data: bytes, name: str = "rekap.xlsx"):  # noqa: ANN202
    return import_bytes(engine, data, name, ImportOptions(imported_by="uji", dry_run=True))


def _import(engine: Engine, data: bytes, name: str = "rekap.xlsx", confirm: bool = False):  # noqa: ANN202
    opts = ImportOptions(imported_by="uji", confirm_warnings=confirm)
    return import_bytes(engine, data, name, opts)


def _province(engine: Engine, indicator: str, year: int) -> list[tuple[float, str | None, str]]:
    with engine.connect() as conn:
        return [
            (row.value, row.note, row.kind)
            for row in conn.execute(
                select(Observation.value, Observation.note, Dataset.kind)
                .join(Dataset, Dataset.id == Observation.dataset_id)
                .where(
                    Dataset.status == "active",
                    Observation.superseded_by.is_(None),
                    Observation.region_kode_bps == "64",
                    Observation.indicator_id == indicator,
                    Observation.year == year,
                )
            )
        ]


def test_a_programme_table_far_from_the_example_numbers_needs_no_confirmation(
    store: Engine,
) -> None:
    # Example PKH numbers exist for 2023 and 2022; these real ones are 5-20x smaller and the
    # file lists only 3 of 10 regencies: neither may raise a warning against example data.
    data = csv_bytes(
        long_rows(
            [
                ("6409", 2023, "kpm_pkh", 210),
                ("6403", 2023, "kpm_pkh", 1500),
                ("6471", 2023, "kpm_pkh", 380),
            ]
        )
    )
    report = _dry(store, data, "pkh.csv")
    assert report.status == "valid", report.to_json()
    assert report.warnings_total == 0
    applied = _import(store, data, "pkh.csv")
    assert applied.status == "applied" and applied.values == 3


def test_a_jump_against_imported_data_still_needs_confirmation(store: Engine) -> None:
    first = csv_bytes(long_rows([("6472", 2022, "pmks_gelandangan", 40)]))
    assert _import(store, first, "a.csv").status == "applied"
    jump = csv_bytes(long_rows([("6472", 2023, "pmks_gelandangan", 400)]))
    report = _dry(store, jump, "b.csv")
    assert report.status == "needs_confirmation"
    assert [w.code for w in report.warnings] == ["implausible_jump"]
    assert "yang tersimpan (40)" in report.warnings[0].reason


def test_a_complete_file_gives_the_province_sum_stated_as_derived(store: Engine) -> None:
    values = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31]
    data = xlsx({"2024": wide_rows({"Gelandangan": values}, title=None, total=False)})
    report = _import(store, data)
    assert report.status == "applied" and report.warnings_total == 0, report.to_json()
    assert report.values == 10 and report.derived == 1
    assert [n.code for n in report.notes] == ["province_derived"]
    assert "158" in report.notes[0].reason and "angka turunan" in report.notes[0].reason
    assert _province(store, "pmks_gelandangan", 2024) == [(158.0, DERIVED_NOTE, "imported")]


def test_no_province_sum_for_percentages_or_incomplete_files(store: Engine) -> None:
    pct = csv_bytes(long_rows([(code, 2019, "penduduk_miskin_persen", 5) for code in CODES]))
    report = _import(store, pct, "persen.csv", confirm=True)
    assert report.status == "applied" and report.derived == 0
    part = csv_bytes(long_rows([(code, 2024, "pmks_pengemis", 5) for code in CODES[:9]]))
    report = _import(store, part, "sebagian.csv", confirm=True)
    assert report.status == "applied" and report.derived == 0
    assert _province(store, "pmks_pengemis", 2024) == []
