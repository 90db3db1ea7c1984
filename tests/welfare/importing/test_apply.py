"""Versioned writes against the real store (SQLite and PostgreSQL via the ``engine`` fixture)."""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, select

from tests.welfare.importing.helpers import (
    CODES,
    csv_bytes,
    current,
    gelandangan,
    long_rows,
    run,
)
from welfare.importing import list_datasets, rollback_dataset
from welfare.models import Dataset


def test_dataset_records_provenance(store: Engine) -> None:
    data = gelandangan(list(range(10, 20)))
    report = run(store, data, name="Rekap PMKS.xlsx", source="Dinsos Kaltim", imported_by="ani")
    with store.connect() as conn:
        ds = conn.execute(select(Dataset).where(Dataset.id == report.dataset_id)).one()
    assert ds.kind == "imported" and ds.status == "active"
    assert ds.name == "Impor Rekap PMKS.xlsx" and ds.source == "Dinsos Kaltim"
    assert ds.imported_by == "ani" and ds.imported_at is not None
    assert ds.checksum == hashlib.sha256(data).hexdigest()
    assert (ds.rows_read, ds.rows_accepted) == (11, 10)


def test_same_file_twice_is_refused_until_rolled_back(store: Engine) -> None:
    data = gelandangan(list(range(10, 20)))
    first = run(store, data)
    second = run(store, data)
    assert second.status == "invalid" and second.dataset_id is None
    assert second.errors[0].message.startswith(
        f"Berkas yang sama persis sudah diimpor sebagai dataset #{first.dataset_id} "
        "('Impor pmks.xlsx', oleh uji, "
    )
    assert rollback_dataset(store, first.dataset_id).ok
    assert run(store, data).status == "applied"


def test_dry_run_and_unconfirmed_warnings_write_nothing(store: Engine) -> None:
    base = csv_bytes(long_rows([(c, 2004, "pmks_pengemis", 10) for c in CODES]))
    assert run(store, base, "2004.csv").status == "applied"
    n_datasets = len(list_datasets(store))

    jump = csv_bytes(
        long_rows(
            [(c, 2005, "pmks_pengemis", 10) for c in CODES[:-1]]
            + [(CODES[-1], 2005, "pmks_pengemis", 45)]
        )
    )
    dry = run(store, jump, "2005.csv", dry_run=True, confirm_warnings=False)
    assert dry.status == "needs_confirmation"
    assert [w.message for w in dry.warnings] == [
        "Baris 11, kolom D (nilai – Pengemis): nilai 45 untuk Kota Bontang tahun 2005 lebih "
        "dari 3 kali nilai tahun 2004 yang tersimpan (10); periksa kembali, lalu konfirmasi "
        "bila memang benar."
    ]
    unconfirmed = run(store, jump, "2005.csv", confirm_warnings=False)
    assert unconfirmed.status == "needs_confirmation" and unconfirmed.dataset_id is None
    assert len(list_datasets(store)) == n_datasets
    assert current(store, "pmks_pengemis", 2005) == {}

    valid_dry = run(store, jump, "2005.csv", dry_run=True, confirm_warnings=True)
    assert valid_dry.status == "valid" and valid_dry.ok
    assert len(list_datasets(store)) == n_datasets

    applied = run(store, jump, "2005.csv")
    assert applied.status == "applied" and current(store, "pmks_pengemis", 2005)[CODES[-1]][0] == 45


def test_partial_files_replace_their_own_cells_and_all_example_data(store: Engine) -> None:
    # Two regencies send their own files one after the other: neither hides the other, and
    # the example numbers of the pair give way at the first file (no mix of real and example).
    first = csv_bytes(long_rows([(c, 2023, "pmks_gelandangan", 10) for c in CODES[:8]]))
    report = run(store, first, "sebagian.csv", dry_run=True, confirm_warnings=False)
    assert report.status == "valid" and report.warnings_total == 0, report.to_json()
    a = run(store, first, "sebagian.csv", confirm_warnings=False)
    # the whole example pair, for the regencies and the kecamatan
    assert a.status == "applied" and a.superseded == 10 + 105
    second = csv_bytes(long_rows([(CODES[8], 2023, "pmks_gelandangan", 20)]))
    b = run(store, second, "samarinda.csv", confirm_warnings=False)
    assert b.status == "applied" and b.superseded == 0
    now = current(store, "pmks_gelandangan", 2023)
    assert now == {**{c: (10.0, a.dataset_id) for c in CODES[:8]}, CODES[8]: (20.0, b.dataset_id)}
    # a correction for one regency replaces that cell only, and says so
    fix = csv_bytes(long_rows([(CODES[0], 2023, "pmks_gelandangan", 11)]))
    c = run(store, fix, "koreksi.csv", confirm_warnings=False)
    assert c.status == "applied" and c.superseded == 1
    assert [n.code for n in c.notes] == ["replaces_values"]
    assert "Kabupaten Paser" in c.notes[0].reason
    assert current(store, "pmks_gelandangan", 2023)[CODES[1]] == (10.0, a.dataset_id)
    assert rollback_dataset(store, c.dataset_id).restored == 1


def test_invalid_file_writes_nothing(store: Engine) -> None:
    before = len(list_datasets(store))
    bad = gelandangan([*range(9), -1])
    assert run(store, bad).status == "invalid"
    assert len(list_datasets(store)) == before
