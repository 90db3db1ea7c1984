"""The data fingerprint: the key every cache of query results is versioned by.

It must change on every import and rollback (also made by another process), and stay the same
while the datasets do, or caches would either serve stale numbers or never hit.
"""

from __future__ import annotations

from sqlalchemy import Engine

from welfare.importing import ImportOptions, import_bytes
from welfare.importing.versions import rollback_dataset
from welfare.store import data_fingerprint, ensure_ready

DTSEN_CSV = (
    "\r\n".join(
        [
            "DTSEN per 23 Januari 2026 - jumlah keluarga per desil;;;",
            ";;;",
            "Kabupaten/Kota;Desil 1 (KK);Desil 2 (KK);Desil 3 (KK)",
            "Kab. Paser;1.234;2.000;3.000",
            "KUKAR;4.000;5.000;6.000",
        ]
    )
    + "\r\n"
).encode("cp1252")


def test_fingerprint_follows_imports_and_rollbacks(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    seeded = data_fingerprint(engine)
    ensure_ready(engine, seed_example=False)  # another start: nothing new, same fingerprint
    assert data_fingerprint(engine) == seeded

    report = import_bytes(engine, DTSEN_CSV, "dtsen.csv", ImportOptions(confirm_warnings=True))
    assert report.ok, report.to_json()
    imported = data_fingerprint(engine)
    assert imported != seeded

    assert rollback_dataset(engine, report.dataset_id).ok
    rolled_back = data_fingerprint(engine)
    assert rolled_back not in (seeded, imported)
    assert data_fingerprint(engine) == rolled_back


def test_fingerprint_of_an_empty_store(engine: Engine) -> None:
    from welfare.models import Base

    Base.metadata.create_all(engine)
    empty = data_fingerprint(engine)
    ensure_ready(engine, seed_example=False)
    assert data_fingerprint(engine) != empty


def test_fingerprint_follows_target_imports(engine: Engine) -> None:
    from welfare.targets import import_targets

    ensure_ready(engine, seed_example=False)
    before = data_fingerprint(engine)
    text = (
        "kode_bps,tahun,indikator,nilai,dokumen,sumber\n"
        "6409,2029,penduduk_miskin_persen,6,RPJMD PPU 2025-2029,Bappeda PPU\n"
    )
    assert import_targets(engine, text.encode(), "t.csv").ok
    assert data_fingerprint(engine) != before  # reference lines and statuses are re-read
