"""Versioned writes against the real store (SQLite and PostgreSQL via the ``engine`` fixture)."""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, select

from tests.welfare.importing.helpers import REGENCIES, csv_bytes, long_rows, wide_rows, xlsx
from welfare.importing import ImportOptions, import_bytes, list_datasets, rollback_dataset
from welfare.models import Dataset, Observation

CODES = [code for code, _ in REGENCIES]


def current(
    engine: Engine, indicator: str, year: int, *, province: bool = False
) -> dict[str, tuple[float, int]]:
    """The current view (active datasets, not superseded): region -> (value, dataset id).

    The province row ('64', derived from complete files) only with ``province=True``.
    """
    with engine.connect() as conn:
        rows = conn.execute(
            select(Observation.region_kode_bps, Observation.value, Observation.dataset_id)
            .join(Dataset, Dataset.id == Observation.dataset_id)
            .where(
                Dataset.status == "active",
                Observation.superseded_by.is_(None),
                Observation.indicator_id == indicator,
                Observation.year == year,
            )
        ).all()
    out: dict[str, tuple[float, int]] = {}
    for region, value, ds in rows:
        assert region not in out, "two current values for one region/indicator/year"
        if "." in region:  # a kecamatan ('64.09.04'): see n_kecamatan
            continue
        if region != "64" or province:
            out[region] = (value, ds)
    return out


def n_kecamatan(engine: Engine, indicator: str, year: int) -> int:
    """Current kecamatan values of a pair (the kecamatan example, replaced with the pair)."""
    with engine.connect() as conn:
        return len(
            conn.execute(
                select(Observation.id)
                .join(Dataset, Dataset.id == Observation.dataset_id)
                .where(
                    Dataset.status == "active",
                    Observation.superseded_by.is_(None),
                    Observation.indicator_id == indicator,
                    Observation.year == year,
                    Observation.region_kode_bps.like("%.%"),
                )
            ).all()
        )


def gelandangan(values: list[int], year: int = 2023) -> bytes:
    return xlsx({str(year): wide_rows({"Gelandangan": values}, title=None)})


def run(engine: Engine, data: bytes, name: str = "pmks.xlsx", **kw: object):  # noqa: ANN201
    opts = ImportOptions(imported_by="uji", confirm_warnings=True)
    for key, value in kw.items():
        setattr(opts, key, value)
    return import_bytes(engine, data, name, opts)


def test_import_replaces_example_data_and_rollback_round_trip(store: Engine) -> None:
    before = current(store, "pmks_gelandangan", 2023)
    assert before and {ds for _, ds in before.values()} == {2}  # the example dataset
    kec = n_kecamatan(store, "pmks_gelandangan", 2023)  # the kecamatan example of the pair
    kinds = {d.id: d.kind for d in list_datasets(store)}
    assert kinds[2] == "example"

    a = run(store, gelandangan(list(range(10, 20))), source="Rekap Dinsos 2023")
    assert a.status == "applied", a.to_json()
    assert a.superseded == len(before) + kec
    assert n_kecamatan(store, "pmks_gelandangan", 2023) == 0
    after_a = current(store, "pmks_gelandangan", 2023)
    assert after_a == {code: (10.0 + i, a.dataset_id) for i, code in enumerate(CODES)}
    # Other pairs are untouched.
    assert {ds for _, ds in current(store, "pmks_gelandangan", 2022).values()} == {2}

    b = run(store, gelandangan(list(range(20, 30))))
    assert b.status == "applied"
    assert current(store, "pmks_gelandangan", 2023) == {
        code: (20.0 + i, b.dataset_id) for i, code in enumerate(CODES)
    }

    refused = rollback_dataset(store, a.dataset_id)
    assert not refused.ok
    assert refused.message == (
        f"Tidak dapat dibatalkan: sebagian data dataset #{a.dataset_id} sudah digantikan oleh "
        f"impor yang lebih baru (#{b.dataset_id}); batalkan impor tersebut terlebih dahulu, "
        "agar data yang dipulihkan tidak bertumpuk dengan data yang lebih baru."
    )

    undo_b = rollback_dataset(store, b.dataset_id)
    assert undo_b.ok and undo_b.restored == 11  # ten regencies and the derived province sum
    assert current(store, "pmks_gelandangan", 2023) == after_a

    undo_a = rollback_dataset(store, a.dataset_id)
    assert undo_a.ok and undo_a.restored == len(before) + kec
    assert current(store, "pmks_gelandangan", 2023) == before

    again = rollback_dataset(store, a.dataset_id)
    assert again.message == (
        f"Tidak dapat dibatalkan: dataset #{a.dataset_id} sudah dibatalkan sebelumnya."
    )
    seed = rollback_dataset(store, 1)
    assert seed.message == (
        "Tidak dapat dibatalkan: dataset #1 adalah data bawaan (official), "
        "bukan hasil impor; data bawaan tidak dapat dibatalkan."
    )
    assert not rollback_dataset(store, 2).ok
    assert rollback_dataset(store, 999).message == "Dataset #999 tidak ditemukan."


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
