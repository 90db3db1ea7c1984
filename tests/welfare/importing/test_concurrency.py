"""Two imports at once, an import killed mid-transaction, and a check that went stale before
its import (SQLite and PostgreSQL).

The imports are held inside their transaction by wrapping the real write function
(:mod:`tests.welfare.importing._paused_import`); production code has no test hook."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from tests.welfare.importing._paused_import import paused_write
from tests.welfare.importing.helpers import REGENCIES, REPO, csv_bytes, long_rows
from tests.welfare.importing.test_apply import current, gelandangan, run
from welfare.importing import facade, list_datasets
from welfare.models import Dataset, Observation

CODES = [code for code, _ in REGENCIES]


def _parallel(engine: Engine, files: list[bytes]) -> list:  # noqa: ANN001
    results: list = [None] * len(files)
    start = threading.Barrier(len(files))

    def work(i: int) -> None:
        start.wait()
        results[i] = run(engine, files[i], f"f{i}.xlsx")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(files))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_imports_of_the_same_pair_at_once_stay_consistent(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each import holds its transaction open for a moment, so they really overlap.
    monkeypatch.setattr(facade, "write_dataset", paused_write(0.4))
    a, b = _parallel(store, [gelandangan(list(range(10, 20))), gelandangan(list(range(30, 40)))])
    assert {a.status, b.status} == {"applied"}
    first, second = sorted((a, b), key=lambda r: r.dataset_id)
    now = current(store, "pmks_gelandangan", 2023)
    # The later one replaced the earlier one completely: one value per region, one dataset.
    assert len(now) == 10 and {ds for _, ds in now.values()} == {second.dataset_id}
    with store.connect() as conn:
        marks = (
            conn.execute(
                select(Observation.superseded_by).where(Observation.dataset_id == first.dataset_id)
            )
            .scalars()
            .all()
        )
    assert set(marks) == {second.dataset_id}
    assert second.superseded == 11  # ten regencies and the derived province sum


def test_the_same_file_twice_at_once_imports_once(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(facade, "write_dataset", paused_write(0.4))
    data = gelandangan(list(range(10, 20)))
    results = _parallel(store, [data, data])
    assert sorted(r.status for r in results) == ["applied", "invalid"]
    loser = next(r for r in results if r.status == "invalid")
    assert [e.code for e in loser.errors] == ["duplicate_file"]
    assert sum(1 for d in list_datasets(store) if d.kind == "imported") == 1


def _large_file() -> bytes:
    indicators = [
        "pmks_gelandangan",
        "pmks_pengemis",
        "pmks_pemulung",
        "pmks_anak_jalanan",
        "pmks_fakir_miskin",
        "pmks_lanjut_usia_terlantar",
        "kpm_pkh",
        "kpm_bpnt",
    ]
    records = [(c, y, ind, 50) for y in range(2001, 2026) for ind in indicators for c in CODES]
    return csv_bytes(long_rows(records))  # 2.000 rows


def test_killed_import_leaves_previous_data_intact(
    store: Engine, database_url: str, tmp_path: Path
) -> None:
    before = current(store, "pmks_gelandangan", 2023)
    with store.connect() as conn:
        n_before = conn.execute(select(func.count()).select_from(Observation)).scalar_one()
    path = tmp_path / "besar.csv"
    path.write_bytes(_large_file())
    marker = tmp_path / "inside-transaction"
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.welfare.importing._paused_import",
            str(marker),
            "60",
            "import",
            str(path),
            "--confirm-warnings",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the import never reached its transaction"
            time.sleep(0.05)
        # Readers see the previous version while the import is open.
        assert current(store, "pmks_gelandangan", 2023) == before
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    assert current(store, "pmks_gelandangan", 2023) == before
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Observation)).scalar_one() == n_before
        assert (
            conn.execute(
                select(func.count()).select_from(Dataset).where(Dataset.kind == "imported")
            ).scalar_one()
            == 0
        )
    # The store is not left locked: the next import goes through.
    assert run(store, gelandangan(list(range(10, 20)))).status == "applied"
