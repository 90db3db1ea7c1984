"""Add, correct and close one activity (welfare.register.store): every save a version with who
and when, the lost-update refusal, and the published seed loaded exactly once."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
from sqlalchemy import Engine, func, select

from welfare.importing import rollback_dataset
from welfare.models import Activity, Dataset
from welfare.register import store as register_store
from welfare.store import ensure_ready

VALUES: dict[str, object] = {
    "programme": "rumah_provinsi",
    "programme_name": "Rumah: RTLH/RLH dibiayai APBD provinsi",
    "level": "provinsi",
    "funding": "APBD provinsi",
    "agency": "Disperkim Kaltim",
    "target_group": "rtlh",
    "target_group_text": "Rumah tidak layak huni",
    "region_kode_bps": "6409",
    "kecamatan_kode": "64.09.04",
    "year": 2026,
    "year_from": None,
    "planned": 120.0,
    "planned_unit": "unit rumah",
    "realised": None,
    "realised_unit": None,
    "budget_rp": 6_000_000_000.0,
    "status": "berjalan",
    "source": "DPA Disperkim 2026",
    "note": None,
}


def _now(engine: Engine, uid: str) -> pd.Series:
    frame = register_store.current(engine)
    rows = frame[frame["uid"] == uid]
    assert len(rows) == 1, "one current version per activity"
    return rows.iloc[0]


def test_add_correct_close_each_a_version_with_who_and_when(store: Engine) -> None:
    started = datetime.now(UTC).replace(tzinfo=None)
    added = register_store.save_activity(store, dict(VALUES), user="ani")
    assert added.ok and added.message == "Kegiatan ditambahkan." and added.uid
    uid = added.uid

    fixed = register_store.save_activity(
        store, {**VALUES, "planned": 150.0}, user="budi", uid=uid, based_on=added.version_id
    )
    assert fixed.ok and fixed.message == "Kegiatan dikoreksi." and fixed.uid == uid

    closed = register_store.close_activity(
        store, uid, user="citra", based_on=fixed.version_id, realised=148
    )
    assert closed.ok and closed.message == "Kegiatan ditutup (selesai)."

    now = _now(store, uid)
    assert (now["status"], now["planned"], now["realised"], now["realised_unit"]) == (
        "selesai",
        150.0,
        148.0,
        "unit rumah",
    )
    assert isinstance(now["year"].item(), int) and now["year"] == 2026  # a real integer
    history = register_store.history(store, uid)
    assert history["change"].tolist() == ["tambah", "koreksi", "tutup"]
    assert history["imported_by"].tolist() == ["ani", "budi", "citra"]
    assert history["id"].tolist() == [added.version_id, fixed.version_id, closed.version_id]
    assert history["planned"].tolist() == [120.0, 150.0, 150.0]
    when = pd.to_datetime(history["imported_at"], utc=True).dt.tz_localize(None)
    assert (when >= pd.Timestamp(started) - pd.Timedelta(seconds=5)).all()
    assert when.is_monotonic_increasing
    # Only the newest version is current; the older ones are superseded, not deleted.
    assert history["superseded_by"].isna().tolist() == [False, False, True]

    # Rolling back the closing makes the correction current again.
    assert rollback_dataset(store, int(history["dataset_id"].iloc[-1])).ok
    assert _now(store, uid)["status"] == "berjalan"


def test_two_edits_of_one_version_the_second_is_refused_with_both_texts(store: Engine) -> None:
    added = register_store.save_activity(store, dict(VALUES), user="ani")
    base = added.version_id
    agency = "Disperkim Kaltim (bidang RTLH)"
    first = register_store.save_activity(
        store, {**VALUES, "agency": agency}, user="budi", uid=added.uid, based_on=base
    )
    assert first.ok
    with store.connect() as conn:
        versions_before = conn.execute(select(func.count(Activity.id))).scalar_one()
        datasets_before = conn.execute(select(func.count(Dataset.id))).scalar_one()

    second = register_store.save_activity(
        store, {**VALUES, "planned": 999.0}, user="citra", uid=added.uid, based_on=base
    )
    assert not second.ok
    assert second.message.startswith(
        "Kegiatan ini sudah diubah orang lain sejak Anda membukanya (budi, "
    )
    assert second.message.endswith(
        "tidak ada yang disimpan. Bandingkan kedua versi lalu simpan lagi."
    )
    assert second.theirs is not None and second.ours is not None
    assert second.theirs["agency"] == "Disperkim Kaltim (bidang RTLH)"
    assert second.theirs["planned"] == 120.0 and second.ours["planned"] == 999.0
    assert second.version_id == first.version_id  # what to base the next try on
    with store.connect() as conn:
        assert conn.execute(select(func.count(Activity.id))).scalar_one() == versions_before
        assert conn.execute(select(func.count(Dataset.id))).scalar_one() == datasets_before
    assert _now(store, str(added.uid))["agency"] == "Disperkim Kaltim (bidang RTLH)"

    # Closing on the stale version is refused the same way.
    stale = register_store.close_activity(store, str(added.uid), user="citra", based_on=base)
    assert not stale.ok and stale.theirs is not None


def test_the_seed_is_loaded_once(store: Engine) -> None:
    seeded = register_store.read_seed()
    frame = register_store.current(store)
    assert len(frame) == len(seeded) > 100
    assert set(frame["dataset_kind"]) == {"official"}
    assert set(frame["uid"]) == {r["uid"] for r in seeded}

    ensure_ready(store, seed_example=False)
    ensure_ready(store)
    with store.connect() as conn:
        versions = conn.execute(select(func.count(Activity.id))).scalar_one()
        seeds = conn.execute(
            select(func.count(Dataset.id)).where(Dataset.source == register_store.SEED_SOURCE)
        ).scalar_one()
    assert versions == len(seeded) and seeds == 1
    assert len(register_store.current(store)) == len(seeded)
