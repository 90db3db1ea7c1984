"""The change table between two years and the unit a change is told in."""

from __future__ import annotations

import pandas as pd

from welfare.catalogue import get_indicator
from welfare.change import (
    UNIT_OWN,
    UNIT_POINTS,
    UNIT_POINTS_PER_1000,
    change_table,
    change_unit,
)


def _table(rates: dict[str, float | None], example: set[str] = frozenset()) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode_bps": list(rates),
            "nama": [f"R{k}" for k in rates],
            "value": [None if r is None else r * 10 for r in rates.values()],
            "rate": list(rates.values()),
            "is_example": [k in example for k in rates],
            "dataset_kind": ["example" if k in example else "official" for k in rates],
            "source": [f"src {k}" for k in rates],
        }
    )


def test_change_is_later_minus_earlier_with_both_years() -> None:
    a = _table({"6401": 10.0, "6402": 8.0, "6403": None})
    b = _table({"6401": 8.5, "6402": 9.0, "6403": 4.0}, example={"6402"})
    out = change_table(a, b, higher_is_worse=True)
    rows = out.set_index("kode_bps")
    assert rows.loc["6401", "change"] == -1.5
    assert rows.loc["6402", "change"] == 1.0
    assert pd.isna(rows.loc["6403", "change"])  # no value in year A: no change, not 4
    assert rows.loc["6402", "is_example"] and not rows.loc["6401", "is_example"]
    assert not rows.loc["6403", "is_example"]  # example flag only where a change is drawn
    # Rank 1 is the worst change: poverty up.
    assert rows.loc["6402", "rank"] == 1 and rows.loc["6401", "rank"] == 2
    assert rows.loc["6401", "rate_a"] == 10.0 and rows.loc["6401", "rate_b"] == 8.5
    assert list(out["kode_bps"]) == ["6401", "6402", "6403"]


def test_higher_is_better_ranks_the_fall_first() -> None:
    a = _table({"6401": 50.0, "6402": 60.0})
    b = _table({"6401": 55.0, "6402": 40.0})
    out = change_table(a, b, higher_is_worse=False).set_index("kode_bps")
    assert out.loc["6402", "rank"] == 1


def test_regions_only_in_the_earlier_year_are_kept() -> None:
    a = _table({"6401": 1.0, "6409": 2.0})
    b = _table({"6401": 3.0})
    out = change_table(a, b, higher_is_worse=True)
    assert set(out["kode_bps"]) == {"6401", "6409"}
    assert out.set_index("kode_bps").loc["6409", "nama"] == "R6409"


def test_units_of_change() -> None:
    assert change_unit(get_indicator("penduduk_miskin_persen")) == UNIT_POINTS
    assert change_unit(get_indicator("pmks_total")) == UNIT_POINTS_PER_1000
    assert change_unit(get_indicator("kpm_pkh")) == UNIT_POINTS  # coverage in % of need
    assert change_unit(get_indicator("penduduk_jiwa")) == UNIT_OWN
    assert change_unit(get_indicator("garis_kemiskinan")) == UNIT_OWN
