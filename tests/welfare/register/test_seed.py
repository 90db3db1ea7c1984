"""data/seed/programmes.csv: built by tools/build_programme_seed.py from the shared table, fresh,
every published row's source kept, and the tool's uid the store's uid."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from welfare.register import catalogue, vocab
from welfare.register import store as register_store

REPO = Path(__file__).resolve().parents[3]
TOOL = REPO / "tools" / "build_programme_seed.py"
SHARED = REPO.parent / "shared" / "data" / "welfare" / "programmes.csv"
needs_shared = pytest.mark.skipif(
    not SHARED.exists(), reason=f"{SHARED} tidak ada: tabel bersama tidak tersedia"
)


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_programme_seed", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_programme_seed"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _tool()


@needs_shared
def test_the_committed_seed_is_fresh() -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), "--check"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "mutakhir" in done.stdout


@needs_shared
def test_every_published_row_keeps_its_source() -> None:
    with SHARED.open(encoding="utf-8", newline="") as f:
        published = list(csv.DictReader(f))
    seed = register_store.read_seed()
    kept = {
        (str(r["region_kode_bps"]), int(r["year"]), source)  # type: ignore[call-overload]
        for r in seed
        for source in str(r["source"]).split(" | ")
    }
    missing = [
        (row["kode"], row["tahun"], row["sumber"][:60])
        for row in published
        if (tool.bps_code(row["kode"]), int(row["tahun"]), row["sumber"].strip()) not in kept
    ]
    assert missing == []


def test_the_tools_identity_is_the_stores_for_every_seed_row() -> None:
    seed = register_store.read_seed()
    assert seed, "the seed is empty"
    with register_store.SEED_PATH.open(encoding="utf-8", newline="") as f:
        as_written = list(csv.DictReader(f))  # the tool's view: every cell a string
    for stored, written in zip(seed, as_written, strict=True):
        assert tool.identity(written) == register_store.identity(stored) == written["uid"]
    assert len({r["uid"] for r in seed}) == len(seed)  # one row per activity
    assert tool.KEY == register_store.KEY_FIELDS


def test_the_seed_speaks_the_registers_vocabulary() -> None:
    programmes = {p.id for p in catalogue.programmes()}
    groups = {g.id for g in catalogue.target_groups()}
    units = set(vocab.UNITS)
    for r in register_store.read_seed():
        assert r["programme"] in programmes and r["target_group"] in groups, r["uid"]
        assert r["level"] in vocab.LEVELS and r["status"] in vocab.STATUSES, r["uid"]
        assert r["funding"] is None or r["funding"] in vocab.FUNDING, r["uid"]
        for unit in ("planned_unit", "realised_unit"):
            assert r[unit] is None or r[unit] in units, (r["uid"], r[unit])
        assert r["source"], r["uid"]


def test_an_import_of_a_published_activity_is_its_next_version_not_a_second_one(
    store, resolver
) -> None:  # noqa: ANN001
    from welfare.register import records
    from welfare.register import store as register_store

    before = register_store.current(store)
    seeded = before[
        (before["region_kode_bps"] == "6409")
        & (before["programme_name"] == "Perbaikan RTLH (Disperkimtan PPU)")
        & (before["year"] == 2024)
    ]
    assert len(seeded) == 1 and seeded.iloc[0]["realised"] == 49
    checked = records.check_activity(
        {
            "program": "Perbaikan RTLH (Disperkimtan PPU)",
            "tingkat": "kabupaten_kota",
            "sumber_dana": "APBD kabupaten/kota",
            "instansi": "Disperkimtan PPU",
            "sasaran": "Rumah tidak layak huni",
            "kode_wilayah": "64.09",
            "tahun": "2024",
            "jumlah_rencana": "93",
            "satuan_rencana": "unit",
            "jumlah_realisasi": "93",
            "satuan_realisasi": "unit",
            "status": "selesai",
            "sumber": "Laporan akhir Disperkimtan PPU 2024",
        },
        resolver,
    )
    assert checked.values is not None, checked.problems
    assert checked.values["programme"] == "rumah_kabkota"
    _, new, replaced = register_store.import_records(
        store, [checked.values], name="uji", source="uji.xlsx", imported_by="uji"
    )
    assert (new, replaced) == (0, 1)
    after = register_store.current(store)
    assert len(after) == len(before)
    row = after[after["uid"] == seeded.iloc[0]["uid"]].iloc[0]
    assert row["realised"] == 93 and row["dataset_kind"] == "imported"


def test_a_changed_seed_file_replaces_the_published_rows_and_keeps_staff_corrections(
    store, tmp_path
) -> None:  # noqa: ANN001
    import csv

    from sqlalchemy.orm import Session

    from welfare.register import store as register_store

    rows = list(csv.DictReader(register_store.SEED_PATH.open(encoding="utf-8")))
    before = register_store.current(store)
    assert len(before) == len(rows)
    # Staff correct one published activity; then the published table changes: one row is
    # gone, one changes its identity (a new name), one keeps it with a new number.
    kept = before.iloc[0]
    values = {
        c: (None if str(v) in ("nan", "None") else v)
        for c, v in kept.items()
        if c in register_store.COLUMNS and c not in ("id", "dataset_id", "superseded_by")
    }
    values["year"] = int(values["year"])
    values["note"] = "dikoreksi petugas"
    assert register_store.save_activity(store, values, user="ani", uid=kept["uid"]).ok
    gone, renamed, renumbered = rows[1], rows[2], rows[3]
    renamed = {**renamed, "programme_name": renamed["programme_name"] + " (ralat)"}
    renamed["uid"] = register_store.identity(renamed)
    renumbered = {**renumbered, "planned": "999", "planned_unit": "unit rumah"}
    changed = [rows[0], renamed, renumbered, *rows[4:]]
    path = tmp_path / "programmes.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(changed)
    with Session(store) as session:
        register_store.ensure_seed(session, path)
        session.commit()
    after = register_store.current(store)
    assert len(after) == len(changed)  # nothing doubled, the row that left is not current
    assert gone["uid"] not in set(after["uid"])
    assert renamed["uid"] in set(after["uid"])
    assert after.set_index("uid").loc[renumbered["uid"], "planned"] == 999
    assert after.set_index("uid").loc[kept["uid"], "note"] == "dikoreksi petugas"
