"""The store's SQL on a real store: current data, regions, years, datasets, any kind of bind.

Expected numbers are the published figures (data/seed) written out literally, so a wrong join
or code system shows up as a wrong number.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.welfare.store_rows import REGENCIES, add_dataset, row
from welfare import observations, read_models
from welfare.catalogue import load_catalogue
from welfare.db import transaction
from welfare.models import Dataset, Observation

# ---------------------------------------------------------------- read-only, on the seeded store


def test_indicator_values_has_all_ten_regencies(ready_engine: Engine) -> None:
    df = observations.indicator_values(ready_engine, "penduduk_miskin_persen", 2022)
    assert df["kode_bps"].tolist() == REGENCIES
    assert df["value"].notna().sum() == 7  # 2022 is published for 7 of 10
    missing = df[df["value"].isna()]
    assert set(missing["kode_bps"]) == {"6402", "6403", "6409"}
    assert missing["dataset_kind"].isna().all() and not missing["is_example"].any()
    assert row(df, "6411")["value"] == 11.55
    assert row(df, "6411")["nama"] == "Mahakam Ulu"


def test_available_years(ready_engine: Engine) -> None:
    years = observations.available_years(ready_engine, "pmks_total")
    assert years == [2015, 2019, 2020, 2021, 2022, 2023, 2024]  # Samarinda 2015 is real
    assert 2019 in observations.available_years(ready_engine, "pmks_total", include_province=True)
    assert observations.available_years(ready_engine, "penduduk_miskin_persen_sep") == []
    assert observations.available_years(ready_engine, "tidak_ada") == []


def test_datasets_listing_and_session_bind(ready_engine: Engine) -> None:
    ds = observations.datasets(ready_engine)
    # regency seed, example, DTSEN example, kecamatan seed, kecamatan example, programme seed
    assert ds["kind"].tolist() == [
        "official",
        "example",
        "example",
        "official",
        "example",
        "official",
    ]
    assert (ds["n_current"] == ds["n_observations"]).all()
    with Session(ready_engine) as session:
        via_session = read_models.rate_table(session, "penduduk_miskin_persen", 2024).data
    pd.testing.assert_frame_equal(
        via_session, read_models.rate_table(ready_engine, "penduduk_miskin_persen", 2024).data
    )


def test_years_by_indicator_matches_available_years(ready_engine):
    by_indicator = observations.years_by_indicator(ready_engine)
    # Example data 2019-2024 plus the published Samarinda 2015 total.
    assert by_indicator["pmks_total"] == [2015, *range(2019, 2025)]
    for ind in load_catalogue():
        assert by_indicator.get(ind.id, []) == observations.available_years(ready_engine, ind.id)


# ---------------------------------------------------------------- controlled data, fresh store


def test_superseded_and_rolled_back_data_is_not_current(official_store: Engine) -> None:
    store = official_store
    old = add_dataset(store, "imported", [("6401", "pmks_total", 2030, 100.0)])
    new = add_dataset(store, "imported", [("6401", "pmks_total", 2030, 200.0)])
    with transaction(store) as s:
        s.query(Observation).filter(Observation.dataset_id == old).update({"superseded_by": new})
    assert (
        observations.indicator_values(store, "pmks_total", 2030)
        .set_index("kode_bps")
        .loc["6401", "value"]
        == 200
    )
    with transaction(store) as s:
        s.get(Dataset, new).status = "rolled_back"
        s.query(Observation).filter(Observation.dataset_id == old).update({"superseded_by": None})
    assert (
        observations.indicator_values(store, "pmks_total", 2030)
        .set_index("kode_bps")
        .loc["6401", "value"]
        == 100
    )


def test_real_data_wins_over_example_for_the_same_cell(official_store: Engine) -> None:
    store = official_store
    add_dataset(store, "imported", [("6402", "pmks_total", 2031, 10.0)])
    add_dataset(store, "example", [("6402", "pmks_total", 2031, 99.0)])  # newer, but example
    all_rows = observations.current_observations(
        store, indicator_ids=["pmks_total"], years=[2031], resolve=False
    )
    assert len(all_rows) == 2
    cell = row(observations.indicator_values(store, "pmks_total", 2031), "6402")
    assert cell["value"] == 10 and cell["dataset_kind"] == "imported" and not cell["is_example"]
