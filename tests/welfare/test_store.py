"""ensure_ready: schema, reference tables and seeds; idempotent and safe across processes."""

from __future__ import annotations

import multiprocessing
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update

from tests.welfare._concurrency import BARRIER_SECONDS, ensure_ready_after_barrier
from welfare.catalogue import load_catalogue
from welfare.db import transaction
from welfare.example_data import generate_example, generate_targeting_example
from welfare.example_kecamatan import generate_kecamatan_example
from welfare.models import Dataset, Indicator, Observation, Region
from welfare.seed import KECAMATAN_SEED_PATH, read_kecamatan, read_official_seed
from welfare.store import ensure_ready

REGENCY_SEED = "data/seed/official_figures.csv"  # the kecamatan seed is versioned on its own


def _counts(engine: Engine) -> dict[str, int]:
    with transaction(engine) as s:
        return {
            "regions": s.scalar(select(func.count()).select_from(Region)),
            "indicators": s.scalar(select(func.count()).select_from(Indicator)),
            "official": s.scalar(select(func.count()).where(Dataset.kind == "official")),
            "example": s.scalar(select(func.count()).where(Dataset.kind == "example")),
            "observations": s.scalar(select(func.count()).select_from(Observation)),
        }


@cache
def _n_kecamatan_example() -> int:
    return len(generate_kecamatan_example())


def _expected(example: bool = True) -> dict[str, int]:
    # Three example datasets: PMKS & programmes, DTSEN deciles & recipients by decile, and the
    # PMKS & programmes split over the kecamatan. Three official seeds: regencies, kecamatan,
    # and the programme register's published activities (welfare/register/store.ensure_seed).
    n_example = (
        len(generate_example()) + len(generate_targeting_example()) + _n_kecamatan_example()
        if example
        else 0
    )
    return {
        "regions": 11 + len(read_kecamatan()),
        "indicators": len(load_catalogue()),
        "official": 3,
        "example": 3 * int(example),
        "observations": len(read_official_seed())
        + len(read_official_seed(KECAMATAN_SEED_PATH))
        + n_example,
    }


def test_ensure_ready_is_idempotent(engine: Engine) -> None:
    ensure_ready(engine)
    first = _counts(engine)
    assert first == _expected()
    ensure_ready(engine)
    ensure_ready(engine, seed_example=False)
    assert _counts(engine) == first


def test_without_example_data(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    assert _counts(engine) == _expected(example=False)
    ensure_ready(engine)  # asking later adds the example once
    assert _counts(engine) == _expected()


def test_reference_tables_are_refreshed_from_the_csv(engine: Engine) -> None:
    ensure_ready(engine)
    with transaction(engine) as s:
        s.execute(update(Indicator).where(Indicator.id == "kpm_pkh").values(label_id="lama"))
        s.execute(update(Region).where(Region.kode_bps == "6403").values(nama="salah"))
    ensure_ready(engine)
    with transaction(engine) as s:
        assert s.get(Indicator, "kpm_pkh").label_id == "Penerima PKH (KPM)"
        region = s.get(Region, "6403")
        assert (region.nama, region.kode_kemendagri) == ("Kutai Kartanegara", "64.02")
        assert s.get(Indicator, "kpm_pkh").denominator == "kpm_pkh_sasaran"


def test_a_rolled_back_seed_is_not_reloaded(engine: Engine) -> None:
    ensure_ready(engine)
    with transaction(engine) as s:
        s.execute(update(Dataset).where(Dataset.kind == "example").values(status="rolled_back"))
    ensure_ready(engine)
    assert _counts(engine)["example"] == 3


def test_failure_leaves_nothing_behind(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import welfare.store as store

    def boom(session: object) -> None:
        raise RuntimeError("gagal di tengah")

    monkeypatch.setattr(store, "_load_example", boom)
    with pytest.raises(RuntimeError):
        ensure_ready(engine)
    monkeypatch.undo()
    # the official seed of the failed call was rolled back with it: one clean load now
    ensure_ready(engine)
    assert _counts(engine) == _expected()


def test_two_processes_at_once_do_not_duplicate_seeds(database_url: str, tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    reports = [tmp_path / f"child-{i}.txt" for i in range(2)]
    procs = [
        ctx.Process(target=ensure_ready_after_barrier, args=(database_url, barrier, str(r)))
        for r in reports
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=2 * BARRIER_SECONDS)
    failures = [r.read_text() for r in reports if r.exists()]
    assert [p.exitcode for p in procs] == [0, 0], "\n".join(failures)
    from welfare.db import make_engine

    engine = make_engine(database_url)
    try:
        assert _counts(engine) == _expected()
    finally:
        engine.dispose()


def _current_value(engine: Engine, kode: str, indicator: str, year: int) -> tuple[float, str]:
    from welfare.observations import current_observations

    obs = current_observations(engine, indicator_ids=[indicator], years=[year], kode_bps=[kode])
    assert len(obs) == 1
    return float(obs["value"].iloc[0]), str(obs["dataset_kind"].iloc[0])


def test_a_changed_official_seed_reaches_an_existing_store(engine: Engine) -> None:
    from welfare.importing import ImportOptions, import_bytes

    ensure_ready(engine)
    # A staff import replaced the seed's Samarinda/Balikpapan PKH recipients of 2021.
    csv_text = (
        "kode_wilayah,tahun,indikator,nilai\n6472,2021,kpm_pkh,30001\n6471,2021,kpm_pkh,12001\n"
    )
    report = import_bytes(
        engine, csv_text.encode(), "pkh.csv", ImportOptions(confirm_warnings=True)
    )
    assert report.ok, report.to_json()
    # Pretend the store was seeded from an older release: a different checksum and value.
    with transaction(engine) as s:
        s.execute(update(Dataset).where(Dataset.source == REGENCY_SEED).values(checksum="lama"))
        s.execute(
            update(Observation)
            .where(
                Observation.region_kode_bps == "6403",
                Observation.indicator_id == "penduduk_miskin_persen",
                Observation.year == 2021,
            )
            .values(value=99.0)
        )
    ensure_ready(engine)
    with transaction(engine) as s:
        seeds = s.scalars(select(Dataset).where(Dataset.source == REGENCY_SEED)).all()
    assert len(seeds) == 2 and "dataset #1" in (seeds[-1].note or "")
    # the new release is current, the old one superseded, nothing duplicated
    assert _current_value(engine, "6403", "penduduk_miskin_persen", 2021) == (7.99, "official")
    # the staff import still wins over the re-loaded seed for the pair it replaced
    assert _current_value(engine, "6472", "kpm_pkh", 2021) == (30001.0, "imported")
    # and a second start changes nothing
    ensure_ready(engine)
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).where(Dataset.source == REGENCY_SEED)) == 2


def test_an_old_example_source_is_reworded(engine: Engine) -> None:
    from welfare.example_data import EXAMPLE_SOURCE

    ensure_ready(engine)
    old = "DATA CONTOH buatan welfare/example_data.py (numpy default_rng, seed tetap 20240817)"
    with transaction(engine) as s:
        s.execute(update(Dataset).where(Dataset.id == 2).values(source=old))
        s.execute(update(Observation).where(Observation.dataset_id == 2).values(source=old))
    ensure_ready(engine)
    with transaction(engine) as s:
        assert s.scalar(select(Dataset.source).where(Dataset.id == 2)) == EXAMPLE_SOURCE
        sources = set(s.scalars(select(Observation.source).where(Observation.dataset_id == 2)))
    assert sources == {EXAMPLE_SOURCE}
    assert "example_data.py" not in EXAMPLE_SOURCE and "seed" not in EXAMPLE_SOURCE
