"""The EXAMPLE dataset: reproducible, plausible, flagged, and never over real series."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine

from welfare import observations
from welfare.catalogue import PMKS_CATEGORIES, PROGRAMMES
from welfare.example_data import (
    COVERAGE_MAX,
    COVERAGE_MIN,
    EXAMPLE_DATASET_NAME,
    EXAMPLE_YEARS,
    example_checksum,
    generate_example,
)
from welfare.seed import read_official_seed, regency_codes

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def example() -> pd.DataFrame:
    return generate_example()


def _wide(example: pd.DataFrame) -> pd.DataFrame:
    return example.pivot_table(index=["kode_bps", "year"], columns="indicator_id", values="value")


def test_same_output_every_run(example: pd.DataFrame) -> None:
    again = generate_example()
    pd.testing.assert_frame_equal(example, again)
    # ... and in a fresh interpreter (no hidden state, no dependence on import order)
    code = "from welfare.example_data import *; print(example_checksum(generate_example()))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == example_checksum(example)


def test_covers_all_pmks_categories_regencies_and_years(example: pd.DataFrame) -> None:
    pmks = example[example["indicator_id"].isin(PMKS_CATEGORIES)]
    assert set(pmks["indicator_id"]) == set(PMKS_CATEGORIES)
    assert set(pmks["kode_bps"]) == set(regency_codes())
    assert set(pmks["year"]) == set(EXAMPLE_YEARS) == set(range(2019, 2025))
    assert len(pmks) == 26 * 10 * 6
    assert (example["value"] >= 0).all() and (example["value"] % 1 == 0).all()


def test_pmks_total_is_the_sum_of_the_26_categories(example: pd.DataFrame) -> None:
    wide = _wide(example)
    pd.testing.assert_series_equal(
        wide["pmks_total"], wide[list(PMKS_CATEGORIES)].sum(axis=1), check_names=False
    )


def test_plausible_magnitudes_and_ikn_rise(example: pd.DataFrame) -> None:
    wide = _wide(example)
    # fakir miskin is the largest category, as in Dinas Sosial recaps, but not all of it
    share = wide["pmks_fakir_miskin"] / wide["pmks_total"]
    assert share.between(0.3, 0.85).all()
    # Mahakam Ulu (smallest) has the fewest PMKS, Kutai Kartanegara / Samarinda the most
    totals = wide["pmks_total"].groupby(level="kode_bps").mean()
    assert totals.idxmin() == "6411" and totals.idxmax() in {"6403", "6472"}
    # komunitas adat terpencil only in interior regencies
    kat = wide["pmks_komunitas_adat_terpencil"].groupby(level="kode_bps").sum()
    assert kat[["6471", "6472", "6474", "6409", "6403"]].eq(0).all() and kat["6411"] > 0
    # street-level categories rise in the IKN regencies after 2022
    for kode in ("6409", "6403"):
        assert (
            wide.loc[(kode, 2024), "pmks_gelandangan"] > wide.loc[(kode, 2022), "pmks_gelandangan"]
        )


def test_programme_coverage_between_55_and_98_percent(example: pd.DataFrame) -> None:
    wide = _wide(example)
    for prog in PROGRAMMES:
        pair = wide[[prog.recipients_id, prog.need_id]].dropna()
        coverage = pair[prog.recipients_id] / pair[prog.need_id]
        assert coverage.between(COVERAGE_MIN - 1e-3, COVERAGE_MAX).all(), prog.key
        assert (pair[prog.recipients_id] <= pair[prog.need_id]).all()
        assert len(wide[prog.need_id].dropna()) == 60  # need for every regency-year


def test_no_example_values_where_real_data_exists(example: pd.DataFrame) -> None:
    allowed = {*PMKS_CATEGORIES, "pmks_total"} | {
        i for p in PROGRAMMES for i in (p.recipients_id, p.need_id)
    }
    assert set(example["indicator_id"]) <= allowed  # no population, no poverty
    seed = read_official_seed()
    official = set(zip(seed["kode_bps"], seed["indikator"], seed["tahun"], strict=True))
    generated = set(zip(example["kode_bps"], example["indicator_id"], example["year"], strict=True))
    assert not official & generated
    # Samarinda's real PKH recipients 2021 (11.596) are kept; the example only adds the need
    assert ("6472", "kpm_pkh", 2021) in official and ("6472", "kpm_pkh_sasaran", 2021) in generated
    need = example.query(
        "kode_bps == '6472' and indicator_id == 'kpm_pkh_sasaran' and year == 2021"
    )
    assert COVERAGE_MIN <= 11596 / need["value"].iloc[0] <= COVERAGE_MAX


def test_example_is_stored_and_flagged(ready_engine: Engine, example: pd.DataFrame) -> None:
    ds = observations.datasets(ready_engine)
    ds = ds[ds["name"] == EXAMPLE_DATASET_NAME].set_index("kind")
    assert ds.loc["example", "name"] == EXAMPLE_DATASET_NAME
    assert ds.loc["example", "n_observations"] == len(example)
    assert ds.loc["example", "checksum"] == example_checksum(example)
    obs = observations.current_observations(
        ready_engine, indicator_ids=["pmks_anak_jalanan"], kode_bps=regency_codes()
    )
    assert len(obs) == 60 and obs["is_example"].all() and (obs["dataset_kind"] == "example").all()
    real = observations.current_observations(ready_engine, indicator_ids=["penduduk_miskin_persen"])
    assert not real["is_example"].any()


def test_kecamatan_example_is_the_same_with_and_without_cached_geometry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two installs seed the same example numbers: one with the geodata mirror and cache on
    the machine, one with neither (the seed used to weight kecamatan by cached areas)."""
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    def seeded(name: str) -> pd.DataFrame:
        engine = make_engine(f"sqlite:///{tmp_path / name}.db")
        ensure_ready(engine)
        codes = list(observations.kecamatan_regions(engine)["kode_bps"])
        obs = observations.current_observations(engine, kode_bps=codes)
        engine.dispose()
        return obs[["kode_bps", "indicator_id", "year", "value"]].sort_values(
            ["kode_bps", "indicator_id", "year"], ignore_index=True
        )

    with_geo = seeded("with-geo")
    monkeypatch.setenv("SERAMBI_DATA_MIRROR", str(tmp_path / "no-mirror"))
    monkeypatch.setenv("SERAMBI_CACHE_DIR", str(tmp_path / "no-cache"))
    without_geo = seeded("without-geo")
    assert len(with_geo) > 0
    pd.testing.assert_frame_equal(with_geo, without_geo)
