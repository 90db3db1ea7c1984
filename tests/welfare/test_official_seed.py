"""The official seed: code conversion, one row per key, conflict rule, sources kept."""

from __future__ import annotations

import csv
import importlib.util
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, func, select

from welfare.catalogue import load_catalogue
from welfare.db import transaction
from welfare.models import Dataset, Observation
from welfare.seed import OFFICIAL_SEED_PATH, read_official_seed, read_regions, regency_codes
from welfare.store import ensure_ready

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "welfare"
FIGURES = SHARED / "figures.csv"
needs_figures = pytest.mark.skipif(not FIGURES.exists(), reason="figures.csv tidak tersedia")


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "build_official_seed", REPO / "tools" / "build_official_seed.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
# The citation readers shared by the seed builders (tools/ is on sys.path once a builder ran).
ref = importlib.import_module("reference_rows")


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return read_official_seed()


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    return pd.read_csv(FIGURES, dtype=str, keep_default_na=False)


@needs_figures
def test_committed_seed_is_what_the_tool_builds(tmp_path: Path) -> None:
    assert tool.main(["--check"]) == 0
    assert tool.main(["--out-dir", str(tmp_path)]) == 0
    assert (tmp_path / "official_figures.csv").read_text("utf-8") == OFFICIAL_SEED_PATH.read_text(
        "utf-8"
    )


def test_one_row_per_key_and_known_codes_and_indicators(seed: pd.DataFrame) -> None:
    assert not seed.duplicated(["kode_bps", "indikator", "tahun"]).any()
    assert set(seed["kode_bps"]) <= {*regency_codes(), "64"}
    assert set(seed["indikator"]) <= {i.id for i in load_catalogue()}
    assert (seed["sumber"].str.len() > 0).all()
    assert "luas_km2" not in set(seed["indikator"])  # the area series lives in regions.csv
    assert seed["tahun"].between(2010, 2026).all()


@needs_figures
def test_bps_dotted_codes_become_kode_bps_never_kemendagri(
    seed: pd.DataFrame, figures: pd.DataFrame
) -> None:
    # figures.csv 64.03 = Kutai Kartanegara in BPS numbering -> kode_bps 6403
    kukar = figures[figures["kode"] == "64.03"]
    assert set(kukar["wilayah"]) == {"Kutai Kartanegara"}
    row = seed[
        (seed.kode_bps == "6403")
        & (seed.indikator == "penduduk_miskin_persen")
        & (seed.tahun == 2021)
    ]
    assert row["nilai"].tolist() == [7.99]
    # 64.02 (BPS) is Kutai Barat; in Kemendagri numbering 64.02 would be Kutai Kartanegara
    kubar = seed[
        (seed.kode_bps == "6402") & (seed.indikator == "penduduk_jiwa") & (seed.tahun == 2020)
    ]
    assert kubar["nilai"].tolist() == [172288.0]
    by_code = {r.kode_bps: r for r in read_regions()}
    assert (
        by_code["6403"].nama == "Kutai Kartanegara" and by_code["6403"].kode_kemendagri == "64.02"
    )
    assert by_code["6402"].nama == "Kutai Barat" and by_code["6402"].kode_kemendagri == "64.07"
    # every dated, non-area, comparable key of figures.csv is in the seed, with a value one of
    # its sources gave
    comparable = ~figures["catatan"].str.contains("tidak sebanding", case=False)
    figures = figures[(figures.tahun != "") & (figures.indikator != "luas_km2") & comparable]
    for (kode, ind, tahun), group in figures.groupby(["kode", "indikator", "tahun"]):
        match = seed[
            (seed.kode_bps == kode.replace(".", ""))
            & (seed.indikator == ind)
            & (seed.tahun == int(tahun))
        ]
        assert len(match) == 1, (kode, ind, tahun)
        assert match["sumber"].iloc[0] in set(group["sumber"])
        assert match["nilai"].iloc[0] in {float(v) for v in group["nilai"]}


def test_province_rows_keep_code_64(seed: pd.DataFrame) -> None:
    prov = seed[(seed.kode_bps == "64") & (seed.indikator == "penduduk_miskin_persen")]
    assert prov.set_index("tahun").loc[2025, "nilai"] == 5.17


def test_conflicts_are_resolved_and_the_loser_is_cited(seed: pd.DataFrame) -> None:
    def row(kode: str, ind: str, year: int) -> pd.Series:
        return seed[(seed.kode_bps == kode) & (seed.indikator == ind) & (seed.tahun == year)].iloc[
            0
        ]

    # Radar Paser (Kepala BPS, dated 30/9/2024) 6,68 beats undated Databoks 6,69
    ppu = row("6409", "penduduk_miskin_persen", 2024)
    assert ppu.nilai == 6.68 and "radarpaser.com" in ppu.sumber
    assert "6.69" in ppu.catatan and "databoks" in ppu.catatan
    # two undated media: the exact 60.857 beats the rounded "60,86 ribu"
    kukar = row("6403", "penduduk_miskin_jiwa", 2023)
    assert kukar.nilai == 60857 and "60860" in kukar.catatan and "otomotif1" in kukar.catatan
    # the audit merged duplicates: the BPS release (BRS) is cited first, the news article kept
    bpp = row("6471", "penduduk_miskin_jiwa", 2021)
    assert bpp.tingkat_sumber == "bps" and "BRS BPS" in bpp.sumber
    assert "juga https://nomorsatukaltim" in bpp.sumber
    # the audit's note "pakai baris ini" / "-> pakai 191.811" names the row to use
    bontang = row("6474", "penduduk_jiwa", 2024)
    assert bontang.nilai == 191811 and "pranala.co" in bontang.sumber
    assert "190621" in bontang.catatan and "catatan audit" in bontang.catatan
    assert "catatan audit" in ppu.catatan


def test_rows_marked_not_comparable_are_kept_apart(seed: pd.DataFrame) -> None:
    # Kutai Barat 2010 still includes Mahakam Ulu (split off in 2013): not on a series with 2015+
    assert seed[(seed.kode_bps == "6402") & (seed.tahun == 2010)].empty
    with (OFFICIAL_SEED_PATH.parent / "official_figures_excluded.csv").open(encoding="utf-8") as f:
        excluded = list(csv.DictReader(f))
    assert [(r["kode_bps"], r["tahun"], r["indikator"]) for r in excluded] == [
        ("6402", "2010", "penduduk_jiwa")
    ]
    assert "tidak sebanding" in excluded[0]["catatan"]


def test_audit_notes_pick_a_row_only_when_they_name_one() -> None:
    media = tool.Figure(0, "6474", "2024", "x", "190621", "jiwa", "https://a.example/", "")
    other = tool.Figure(1, "6474", "2024", "x", "191811", "jiwa", "https://b.example/", "")
    noted = tool.Figure(
        2, "6474", "2024", "x", "190621", "jiwa", "https://c.example/", "KONFLIK -> pakai 191.811"
    )
    assert tool.designated_by_notes([noted, other]) is other
    this_row = tool.Figure(
        3, "6474", "2024", "x", "5", "jiwa", "https://d.example/", "pakai baris ini"
    )
    assert tool.designated_by_notes([media, this_row]) is this_row
    # "yg dipakai Databoks" (used by) is no instruction; the generic rule decides then
    used = tool.Figure(4, "6474", "2024", "x", "7", "jiwa", "https://e.example/", "yg dipakai 7")
    assert tool.designated_by_notes([used, media]) is None
    assert tool.indonesian_number("6,68") == tool.Decimal("6.68")


def test_undated_rows_are_kept_apart() -> None:
    with (OFFICIAL_SEED_PATH.parent / "official_figures_undated.csv").open(encoding="utf-8") as f:
        undated = list(csv.DictReader(f))
    assert undated and all(r["tahun"] == "" for r in undated)
    assert {r["indikator"] for r in undated} >= {"pbi_jk_jiwa"}


def _fig(order: int, nilai: str, sumber: str) -> object:
    return tool.Figure(order, "6409", "2024", "x", nilai, "persen", sumber, "")


def test_conflict_rule_order() -> None:
    bps_old = _fig(0, "1.0", "https://ppukab.bps.go.id/pressrelease/2020/01/02/x.html")
    media_new = _fig(1, "2.0", "https://media.example/berita (15/3/2025)")
    gov = _fig(2, "3.0", "https://kaltimprov.go.id/berita/x (1/1/2024)")
    assert tool.resolve([media_new, gov, bps_old])[0] is bps_old  # BPS first, even if older
    assert tool.resolve([media_new, gov])[0] is gov  # then government
    older = _fig(3, "2.5", "https://media.example/a (1/2/2023)")
    assert tool.resolve([older, media_new])[0] is media_new  # then the newer release
    undated = _fig(4, "2.6", "https://media.example/b")
    assert tool.resolve([undated, older])[0] is older  # a known date beats an unknown one
    rounded, exact = _fig(5, "60860", "https://a.example/"), _fig(6, "60857", "https://b.example/")
    winner, note = tool.resolve([rounded, exact])
    assert winner is exact and "60860" in note and "dibulatkan" in note


def test_source_tier_and_release_date_parsing() -> None:
    assert (
        ref.source_tier("https://bontangkota.bps.go.id/en/pressrelease/2023/12/20/687/x.html")
        == "bps"
    )
    assert (
        ref.source_tier("https://id.scribd.com/document/1/BRS (BRS BPS Kota Balikpapan)") == "bps"
    )
    assert ref.source_tier("https://humas.paserkab.go.id/berita/x") == "pemerintah"
    assert (
        ref.source_tier("https://kaltim.antaranews.com/berita/1 (mengutip Kepala BPS)")
        == "media_lainnya"
    )
    assert ref.release_date("https://x.id/a (Nomorsatukaltim 23/6/2022, sumber BPS)") == date(
        2022, 6, 23
    )
    assert ref.release_date("https://x.id/b (BRS BPS No. 33, 1 Des 2021)") == date(2021, 12, 1)
    assert ref.release_date("https://x.id/c (Humas Paser, Okt 2017)") == date(2017, 10, 1)
    assert ref.release_date("https://kaltim.tribunnews.com/2024/04/13/judul") == date(2024, 4, 13)
    assert ref.release_date("https://kalimantan.bisnis.com/read/20230116/408/1/x") == date(
        2023, 1, 16
    )
    assert ref.release_date("https://x.id/d (rekap data BPS 2010-2025)") is None


def test_seed_round_trips_into_the_store(engine: Engine, seed: pd.DataFrame) -> None:
    ensure_ready(engine, seed_example=False)
    with transaction(engine) as session:
        ds = session.scalars(
            select(Dataset).where(Dataset.source == "data/seed/official_figures.csv")
        ).one()
        assert (ds.kind, ds.imported_by, ds.source) == (
            "official",
            "seed",
            "data/seed/official_figures.csv",
        )
        assert ds.rows_accepted == len(seed) and len(ds.checksum) == 64
        obs = session.scalars(
            select(Observation).where(
                Observation.region_kode_bps == "6403",
                Observation.indicator_id == "penduduk_miskin_jiwa",
                Observation.year == 2023,
            )
        ).one()
        assert obs.value == 60857
        assert obs.source.startswith("https://mahakata.com/")
        assert obs.note.startswith("Periode: Maret.") and "60860" in obs.note
        total = session.scalar(
            select(func.count()).select_from(Observation).where(Observation.dataset_id == ds.id)
        )
        assert total == len(seed)
