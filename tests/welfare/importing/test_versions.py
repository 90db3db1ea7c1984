"""Dataset versions against the real store: the listing, and rollback of an import (SQLite and
PostgreSQL via the ``engine`` fixture)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from tests.welfare.importing.helpers import CODES, current, gelandangan, n_kecamatan, run
from welfare.importing import list_datasets, rollback_dataset


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


def test_listing_says_which_versions_can_be_rolled_back_and_why_not(store: Engine) -> None:
    a = run(store, gelandangan(list(range(10, 20))))
    b = run(store, gelandangan(list(range(20, 30))))
    infos = {d.id: d for d in list_datasets(store)}
    assert list(infos) == sorted(infos)  # in the order they were written
    seed = infos[1]
    assert seed.kind == "official" and not seed.can_rollback
    assert seed.rollback_blocker == (
        "dataset #1 adalah data bawaan (official), bukan hasil impor; data bawaan tidak dapat "
        "dibatalkan."
    )
    older, newer = infos[a.dataset_id], infos[b.dataset_id]
    # ten regencies and the derived province sum each; the newer import replaced all of them
    assert (older.values, older.current_values, older.superseded_by) == (11, 0, [b.dataset_id])
    assert not older.can_rollback and f"(#{b.dataset_id})" in older.rollback_blocker
    assert (newer.values, newer.current_values, newer.superseded_by) == (11, 11, [])
    assert newer.can_rollback and newer.rollback_blocker is None
    assert newer.kind == "imported" and newer.status == "active" and newer.imported_by == "uji"
    assert isinstance(newer.imported_at, datetime)
    assert newer.to_dict()["imported_at"] == newer.imported_at.isoformat()

    assert rollback_dataset(store, b.dataset_id).ok
    after = {d.id: d for d in list_datasets(store)}
    assert after[b.dataset_id].status == "rolled_back" and after[b.dataset_id].current_values == 0
    assert not after[b.dataset_id].can_rollback
    assert after[a.dataset_id].current_values == 11 and after[a.dataset_id].can_rollback
    assert current(store, "pmks_gelandangan", 2023) == {
        code: (10.0 + i, a.dataset_id) for i, code in enumerate(CODES)
    }
