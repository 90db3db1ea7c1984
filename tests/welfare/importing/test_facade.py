"""The façade: one parse per check, and apply() writes what was checked, never stale.

Against the real store (SQLite and PostgreSQL via the ``engine`` fixture), with real files.
"""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import Engine, select

from tests.welfare.importing.helpers import (
    CODES,
    count_file_reads,
    csv_bytes,
    current,
    gelandangan,
    long_rows,
    run,
    wide_rows,
    xlsx,
)
from welfare.importing import STORE_CHANGED, apply, check, list_datasets
from welfare.importing.preview import build_preview
from welfare.models import Dataset


def _imported(engine: Engine, data: bytes) -> int:
    """How many datasets hold this exact file."""
    with engine.connect() as conn:
        checksum = hashlib.sha256(data).hexdigest()
        return len(conn.execute(select(Dataset.id).where(Dataset.checksum == checksum)).all())


def test_one_check_parses_the_file_once_and_apply_not_again(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = count_file_reads(monkeypatch)

    # A file with errors: the report, the values and the located cells from one reading.
    bad = xlsx({"2023": wide_rows({"Gelandangan": [1, 2, 3, 4, -12, 6, 7, 8, 9, 10]})})
    checked = check(store, bad, "salah.xlsx")
    assert checked.report.status == "invalid" and checked.entries
    preview = build_preview(checked)
    assert preview.table(2023).errors == 1
    assert reads == [len(bad)]

    # A good file: file checks, derived totals and store checks, still one reading.
    good = gelandangan(list(range(10, 20)))
    checked = check(store, good, "pmks.xlsx")
    assert checked.report.status == "valid" and checked.report.derived == 1
    assert reads == [len(bad), len(good)]

    report = apply(store, checked, confirm_warnings=False, imported_by="uji")
    assert report.status == "applied" and report.dry_run is False
    assert reads == [len(bad), len(good)]  # the write used what the check kept


def test_apply_after_a_concurrent_change_rechecks_instead_of_writing_stale(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_2023 = gelandangan([40 + i for i in range(10)], year=2023)
    checked = check(store, file_2023, "pmks 2023.xlsx")
    # Only example data is stored for 2022: nothing to confirm.
    assert checked.report.status == "valid" and checked.report.warnings_total == 0
    before = current(store, "pmks_gelandangan", 2023)

    # Meanwhile someone else imports real 2022 figures ten times lower.
    other = run(store, gelandangan([4] * 10, year=2022), "pmks 2022.xlsx")
    assert other.status == "applied"

    reads = count_file_reads(monkeypatch)
    n_datasets = len(list_datasets(store))
    for confirm in (False, True):  # a confirmation covers the warnings shown, not new ones
        report = apply(store, checked, confirm_warnings=confirm, imported_by="uji")
        assert report.status == "needs_confirmation" and report.dataset_id is None
        codes = [w.code for w in report.warnings]
        assert codes == ["implausible_jump"] * 10 + [STORE_CHANGED]
        assert "yang tersimpan (4)" in report.warnings[0].reason
        assert "tidak ada yang disimpan" in report.warnings[-1].reason
    assert reads == []  # re-checked from the values the check kept, not by reading again
    assert len(list_datasets(store)) == n_datasets and _imported(store, file_2023) == 0
    assert current(store, "pmks_gelandangan", 2023) == before

    # Checked again, the warnings are shown; confirmed, the file imports.
    again = check(store, file_2023, "pmks 2023.xlsx")
    assert again.report.status == "needs_confirmation"
    assert [w.code for w in again.report.warnings] == ["implausible_jump"] * 10
    report = apply(store, again, confirm_warnings=True, imported_by="uji")
    assert report.status == "applied"
    assert current(store, "pmks_gelandangan", 2023)[CODES[0]] == (40.0, report.dataset_id)


def test_apply_refuses_a_file_imported_elsewhere_since_its_check(store: Engine) -> None:
    data = gelandangan(list(range(10, 20)))
    checked = check(store, data, "pmks.xlsx")
    assert checked.report.status == "valid"
    assert run(store, data, "pmks.xlsx").status == "applied"  # e.g. on the other server

    report = apply(store, checked, confirm_warnings=True, imported_by="uji")
    assert report.status == "invalid" and report.dataset_id is None
    assert [e.code for e in report.errors] == ["duplicate_file"]
    assert [w.code for w in report.warnings] == [STORE_CHANGED]
    assert _imported(store, data) == 1


def test_a_store_change_that_changes_no_check_does_not_stop_the_import(store: Engine) -> None:
    first = csv_bytes(long_rows([(c, 2023, "pmks_gelandangan", 10) for c in CODES]))
    checked = check(store, first, "pertama.csv")
    unrelated = csv_bytes(long_rows([(c, 2004, "pmks_pengemis", 7) for c in CODES]))
    assert run(store, unrelated, "pengemis.csv").status == "applied"
    report = apply(store, checked, confirm_warnings=False, imported_by="uji", name="PMKS")
    assert report.status == "applied" and report.warnings_total == 0

    # A correction checked, then the cell it corrects changes: only the note differs.
    fix = csv_bytes(long_rows([(CODES[0], 2023, "pmks_gelandangan", 12)]))
    checked = check(store, fix, "koreksi.csv")
    assert [n.code for n in checked.report.notes] == ["replaces_values"]
    other_fix = csv_bytes(long_rows([(CODES[0], 2023, "pmks_gelandangan", 11)]))
    assert run(store, other_fix, "koreksi lain.csv").status == "applied"
    report = apply(store, checked, confirm_warnings=False, imported_by="uji")
    assert report.status == "applied" and [n.code for n in report.notes] == ["replaces_values"]
    assert current(store, "pmks_gelandangan", 2023)[CODES[0]] == (12.0, report.dataset_id)
    with store.connect() as conn:
        names = conn.execute(select(Dataset.name).order_by(Dataset.id)).scalars().all()
    assert names[-3:] == ["PMKS", "Impor koreksi lain.csv", "Impor koreksi.csv"]


def test_apply_writes_nothing_for_an_invalid_or_unconfirmed_check(store: Engine) -> None:
    n_datasets = len(list_datasets(store))
    bad = gelandangan([*range(9), -1])
    report = apply(store, check(store, bad, "salah.xlsx"), confirm_warnings=True, imported_by="u")
    assert report.status == "invalid" and report.dry_run is False

    assert run(store, gelandangan([5] * 10, year=2022), "2022.xlsx").status == "applied"
    jump = check(store, gelandangan([50] * 10), "2023.xlsx")
    assert jump.report.status == "needs_confirmation"
    report = apply(store, jump, confirm_warnings=False, imported_by="uji")
    assert report.status == "needs_confirmation" and report.dataset_id is None
    assert jump.report.status == "needs_confirmation" and jump.report.dry_run  # unchanged
    assert len(list_datasets(store)) == n_datasets + 1
