"""PKH/BPNT recipients from indicator data as national-level activities
(welfare/register/indicator_reach.py): the Sinkronisasi matrix and the Cakupan page agree."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine

from welfare.models import KIND_EXAMPLE, KIND_OFFICIAL
from welfare.register import indicator_reach, sync
from welfare.register import store as register_store
from welfare.store import ensure_ready


def _obs(*rows: tuple[str, str, int, float, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "indicator_id": ind,
                "kode_bps": kode,
                "year": year,
                "value": value,
                "dataset_kind": kind,
                "dataset_id": 7,
                "source": "SIKS-NG Dinsos",
            }
            for ind, kode, year, value, kind in rows
        ]
    )


def test_recipients_become_national_activities_unless_the_register_holds_them() -> None:
    register = pd.DataFrame(
        {"programme": ["pkh"], "region_kode_bps": ["6409"], "year": [2024], "id": [1]}
    )
    reach = _obs(
        ("kpm_pkh", "6409", 2024, 4162.0, KIND_EXAMPLE),  # the register has PKH PPU 2024
        ("kpm_bpnt", "6409", 2024, 6463.0, KIND_EXAMPLE),
        ("kpm_pkh", "6405", 2023, 3000.0, KIND_OFFICIAL),
    )
    rows = indicator_reach.reach_activities(register, reach)
    assert list(zip(rows["programme"], rows["region_kode_bps"], rows["year"], strict=True)) == [
        ("bpnt_sembako", "6409", 2024),
        ("pkh", "6405", 2023),
    ]
    assert set(rows["level"]) == {"pusat"} and set(rows["funding"]) == {"APBN"}
    assert set(rows["target_group"]) == {"keluarga_miskin_rentan"}
    assert rows["realised"].tolist() == [6463.0, 3000.0] and set(rows["realised_unit"]) == {"KK"}
    assert rows["dataset_kind"].tolist() == [KIND_EXAMPLE, KIND_OFFICIAL]  # labelled as loaded
    assert (rows["id"] < 0).all() and set(rows["change"]) == {indicator_reach.CHANGE}
    merged = indicator_reach.with_reach(register, reach)
    assert len(merged) == 3 and indicator_reach.with_reach(register, reach.iloc[0:0]) is register


def test_a_level_resting_on_example_data_only_is_marked() -> None:
    reach = _obs(("kpm_pkh", "6409", 2024, 4162.0, KIND_EXAMPLE))
    acts = indicator_reach.with_reach(pd.DataFrame(columns=register_store.COLUMNS), reach)
    (cell,) = [
        c
        for c in sync.cells(acts, pd.DataFrame(columns=sync.NEED_COLUMNS), 2024, ["6409"])
        if c.target_group == "keluarga_miskin_rentan"
    ]
    assert cell.levels == ("pusat",) and cell.example_levels == ("pusat",)


def test_the_store_reads_published_recipients_beside_the_register(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    register = register_store.current(engine)
    both = indicator_reach.activities(engine)
    extra = both[both["change"] == indicator_reach.CHANGE]
    # Berau's published PKH (3.000 KK) and BPNT (4.000 KK) recipients of 2023 are national
    # activities there.
    berau = extra[(extra["region_kode_bps"] == "6405") & (extra["year"] == 2023)]
    assert berau[["programme", "realised", "dataset_kind"]].values.tolist() == [
        ["bpnt_sembako", 4000.0, KIND_OFFICIAL],
        ["pkh", 3000.0, KIND_OFFICIAL],
    ]
    assert "64" not in set(extra["region_kode_bps"])  # a province total is not an activity
    assert len(both) == len(register) + len(extra)
    # nothing the register already holds for a programme, regency and year is added twice
    key = ["programme", "region_kode_bps", "year"]
    held = set(register[key].itertuples(index=False, name=None))
    added = set(extra[key].itertuples(index=False, name=None))
    assert not held & added
