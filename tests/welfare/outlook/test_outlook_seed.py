"""The outlook seed: built from the shared tables by the tool, loaded once into tables of its
own, concepts kept apart, conflicts resolved by the official seed's rule."""

from __future__ import annotations

import csv
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from welfare import availability, explore, observations
from welfare.catalogue import load_catalogue
from welfare.db import transaction
from welfare.models import OutlookFigure, OutlookSet, Region
from welfare.outlook import concepts, population
from welfare.outlook.seed import (
    KECAMATAN_SEED_PATH,
    REGIONS_SEED_PATH,
    ensure_outlook_seed,
    outlook_figures,
    read_seed,
)
from welfare.store import ensure_ready

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "data" / "welfare"
needs_shared = pytest.mark.skipif(
    not (SHARED / "population_outlook.csv").exists(), reason="tabel antisipasi tidak tersedia"
)


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "build_outlook_seed", REPO / "tools" / "build_outlook_seed.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _row(rows: list[dict[str, str]], kode: str, ind: str, tahun: str) -> dict[str, str]:
    found = [r for r in rows if (r["kode"], r["indikator"], r["tahun"]) == (kode, ind, tahun)]
    assert len(found) == 1, (kode, ind, tahun)
    return found[0]


@needs_shared
def test_committed_seed_is_what_the_tool_builds(tmp_path: Path) -> None:
    assert tool.main(["--check"]) == 0
    assert tool.main(["--out-dir", str(tmp_path)]) == 0
    for name in ("population_outlook.csv", "kecamatan_outlook.csv", "outlook_excluded.csv"):
        assert (tmp_path / name).read_text("utf-8") == (REPO / "data" / "seed" / name).read_text(
            "utf-8"
        )


@needs_shared
def test_check_fails_on_a_stale_file(tmp_path: Path) -> None:
    for name in ("population_outlook.csv", "kecamatan_outlook.csv", "outlook_excluded.csv"):
        shutil.copy(REPO / "data" / "seed" / name, tmp_path / name)
    assert tool.main(["--check", "--out-dir", str(tmp_path)]) == 0
    (tmp_path / "kecamatan_outlook.csv").write_text("kode\n", encoding="utf-8")
    assert tool.main(["--check", "--out-dir", str(tmp_path)]) == 1


def test_every_row_has_a_concept_a_source_and_a_catalogue_entry() -> None:
    known = {i.id for i in load_catalogue()}
    for path in (REGIONS_SEED_PATH, KECAMATAN_SEED_PATH):
        records = read_seed(path)  # also checks konsep against welfare/outlook/concepts.py
        assert records
        for rec in records:
            assert rec["indicator_id"] in known
            assert rec["concept"] in concepts.CONCEPTS
            assert str(rec["source"]).startswith("http")


def test_codes_bps_without_dot_the_ikn_area_and_kemendagri_kecamatan() -> None:
    regencies = {r["kode"] for r in _rows(REGIONS_SEED_PATH)}
    assert regencies <= {"64", "6403", "6409", "6471", "6472", concepts.IKN_AREA_CODE}
    kec = {r["kode"] for r in _rows(KECAMATAN_SEED_PATH)}
    assert kec == {"64.09.01", "64.09.02", "64.09.03", "64.09.04"}
    # the IKN plan and census figures belong to the IKN area, never to a regency
    for r in _rows(REGIONS_SEED_PATH):
        if r["konsep"] in (concepts.IKN_PLAN, concepts.IKN_CENSUS):
            assert r["kode"] == concepts.IKN_AREA_CODE


def test_keys_of_the_official_seed_stay_there_and_are_listed_as_not_loaded() -> None:
    official = {
        (r["kode_bps"], r["indikator"], r["tahun"])
        for name in ("official_figures.csv", "kecamatan_figures.csv")
        for r in csv.DictReader((REPO / "data" / "seed" / name).open(encoding="utf-8"))
    }
    for path in (REGIONS_SEED_PATH, KECAMATAN_SEED_PATH):
        keys = {(r["kode"], r["indikator"], r["tahun"]) for r in _rows(path)}
        assert not keys & official
    excluded = _rows(REPO / "data" / "seed" / "outlook_excluded.csv")
    ppu = {(r["tahun"], r["nilai"]) for r in excluded if r["kode"] == "6409"}
    # PPU's Dukcapil 2020 (181.349 vs DKB 181.347) and the three 2024 figures
    assert ppu == {("2020", "181349"), ("2024", "196000"), ("2024", "199600"), ("2024", "201707")}
    assert all("202067" in r["alasan"] for r in excluded if r["tahun"] == "2024")


def test_conflicts_inside_the_file_follow_the_official_rule() -> None:
    rows = _rows(REGIONS_SEED_PATH)
    # 2019: Radar Ibu Kota (27/2/2023) 173.671 against Kaltim Post (31/8/2019) 172.867:
    # step 2, the newer release
    ppu_2019 = _row(rows, "6409", "penduduk_jiwa_dukcapil", "2019")
    assert ppu_2019["nilai"] == "173671"
    assert "Sumber lain menyebut 172867" in ppu_2019["catatan"]
    assert "rilis lebih baru dipakai" in ppu_2019["catatan"]
    # 2022: a dated release (27/2/2023) beats an undated one
    ppu_2022 = _row(rows, "6409", "penduduk_jiwa_dukcapil", "2022")
    assert ppu_2022["nilai"] == "191967" and "187522" in ppu_2022["catatan"]


def test_flags_stage_secondary_partial_and_rounded() -> None:
    rows = _rows(REGIONS_SEED_PATH)
    stage2 = _row(rows, "64.IKN", "penduduk_ikn_rencana", "2029")
    assert stage2["tahap"] == "Tahap 2 (2025-2029)" and stage2["sekunder"] == "ya"
    assert stage2["dibulatkan"] == "ya"
    census = _row(rows, "64.IKN", "penduduk_ikn_sensus", "2025")
    assert census["nilai"] == "147427" and not census["sekunder"] and not census["dibulatkan"]
    # "blog, sekunder" in the note is about the budget, not about the 856 field staff
    assert not _row(rows, "64.IKN", "petugas_pendataan_ikn", "2025")["sekunder"]
    assert _row(rows, "64", "penduduk_proyeksi_bps", "2050")["sekunder"] == "ya"
    assert not _row(rows, "6409", "penduduk_proyeksi_bps", "2035")["sekunder"]
    assert _row(rows, "6471", "penduduk_datang_dukcapil", "2025")["parsial"] == "ya"  # Jan-Apr
    assert not _row(rows, "6471", "penduduk_datang_dukcapil", "2023")["parsial"]


def test_kecamatan_counts_are_classified_by_who_gave_them() -> None:
    rows = _rows(KECAMATAN_SEED_PATH)
    # BPS via Wikipedia (its note warns against the Dukcapil series): stays BPS, secondary
    bps = _row(rows, "64.09.04", "penduduk_jiwa", "2023")
    assert bps["nilai"] == "40322" and bps["konsep"] == concepts.BPS_ESTIMATE
    assert bps["sekunder"] == "ya"
    # Disdukcapil PPU's count of the same year is the other concept
    dukcapil = _row(rows, "64.09.04", "penduduk_jiwa_dukcapil", "2023")
    assert dukcapil["nilai"] == "39882" and dukcapil["konsep"] == concepts.DUKCAPIL


def _counts(engine: Engine) -> tuple[int, int]:
    with transaction(engine) as s:
        return (
            s.scalar(select(func.count()).select_from(OutlookSet)),
            s.scalar(select(func.count()).select_from(OutlookFigure)),
        )


def test_seed_is_loaded_once(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    n_rows = len(read_seed(REGIONS_SEED_PATH)) + len(read_seed(KECAMATAN_SEED_PATH))
    assert _counts(engine) == (2, n_rows)
    ensure_ready(engine, seed_example=False)
    ensure_ready(engine)
    assert _counts(engine) == (2, n_rows)
    assert len(outlook_figures(engine)) == n_rows


def test_a_changed_file_is_loaded_as_a_new_set(engine: Engine, tmp_path: Path) -> None:
    ensure_ready(engine, seed_example=False)
    changed = tmp_path / "population_outlook.csv"
    text = REGIONS_SEED_PATH.read_text("utf-8").replace(",1176840,", ",1176841,")
    changed.write_text(text, encoding="utf-8")
    seeds = [(changed, "data/seed/population_outlook.csv", "uji")]
    with transaction(engine) as s:
        assert len(ensure_outlook_seed(s, seeds)) == 1
    with transaction(engine) as s:
        assert ensure_outlook_seed(s, seeds) == []  # the same file again: nothing
    ppu = outlook_figures(engine, region_kode=["6409"], indicator_ids=["penduduk_proyeksi_bps"])
    assert ppu["value"].tolist() == [1176841.0]
    n_rows = len(read_seed(REGIONS_SEED_PATH)) + len(read_seed(KECAMATAN_SEED_PATH))
    assert len(outlook_figures(engine)) == n_rows  # the old set of that file is not read


def test_the_ikn_area_is_no_region_and_no_regency_query_sees_the_outlook(
    engine: Engine,
) -> None:
    ensure_ready(engine, seed_example=False)
    with transaction(engine) as s:
        assert s.get(Region, concepts.IKN_AREA_CODE) is None
    assert len(observations.regions(engine)) == 10
    years = observations.years_by_indicator(engine)
    assert not set(years) & concepts.OUTLOOK_ONLY_IDS  # no 2035 in any year menu
    grid = availability.availability(engine)
    assert grid["year"].max() <= 2026
    # nor in a regency profile's list of indicators without data
    assert not set(explore.indicators_without_data(engine, "6409")) & concepts.OUTLOOK_ONLY_IDS


def test_concepts_are_never_mixed_in_one_series(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    lines = population.population_lines(engine, "6409")
    assert set(lines) == {concepts.BPS_ESTIMATE, concepts.BPS_PROJECTION, concepts.DUKCAPIL}
    bps, dukcapil = lines[concepts.BPS_ESTIMATE], lines[concepts.DUKCAPIL]
    assert bps.indicator_id == "penduduk_jiwa"
    # the BPS line holds only BPS figures: no Dukcapil value, no Dukcapil-only year
    assert not {p.value for p in bps.points} & {p.value for p in dukcapil.points}
    assert all("dukcapil" not in (p.source or "").lower() for p in bps.points)
    assert 2019 not in bps.years and 2019 in dukcapil.years  # 173.671 is Dukcapil's
    assert lines[concepts.BPS_PROJECTION].years == [2035]
    # Dukcapil: observations first, the outlook only fills the other years
    origins = {p.year: p.origin for p in dukcapil.points}
    assert origins[2024] == population.ORIGIN_OBSERVATION  # 202.067, not 201.707
    assert dukcapil.point(2024).value == 202067.0
    assert origins[2021] == population.ORIGIN_OUTLOOK
    # the kecamatan Sepaku: BPS 40.322 and Dukcapil 39.882 in 2023, two series
    sepaku = population.population_lines(engine, "64.09.04")
    assert sepaku[concepts.BPS_ESTIMATE].point(2023).value == 40322.0
    assert sepaku[concepts.DUKCAPIL].point(2023).value == 39882.0
    # the IKN area: plan and census, nothing of a regency
    ikn = population.population_lines(engine, concepts.IKN_AREA_CODE)
    assert set(ikn) == {concepts.IKN_PLAN, concepts.IKN_CENSUS}
    assert not any(
        s.concept in (concepts.IKN_PLAN, concepts.IKN_CENSUS)
        for s in population.region_series(engine, "6409")
    )
