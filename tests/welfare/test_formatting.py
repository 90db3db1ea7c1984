"""Indonesian (and English) number formatting."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from welfare.formatting import (
    MISSING,
    column_decimals,
    decimals_for,
    fixed_decimals,
    format_currency,
    format_int,
    format_number,
    format_percent,
    format_value,
)


def test_indonesian_and_english_separators() -> None:
    assert format_number(1234.5, decimals=1) == "1.234,5"
    assert format_number(1234.5, decimals=1, lang="en") == "1,234.5"
    assert format_number(1234567.891, 2) == "1.234.567,89"
    assert format_number(0.5, 0) == "0"  # half to even, like Python
    assert format_number(12.25, 1) == "12,2"


def test_integers_percent_and_currency() -> None:
    assert format_int(4050000) == "4.050.000"
    assert format_int(4050000, lang="en") == "4,050,000"
    assert format_int(1234.6) == "1.235"
    assert format_percent(5.781) == "5,8%"
    assert format_percent(87.16829, 2, lang="en") == "87.17%"
    assert format_currency(866193) == "Rp866.193"


def test_negative_and_negative_zero() -> None:
    assert format_number(-1234.5, 1) == "-1.234,5"
    assert format_number(-0.04, 1) == "0,0"


@pytest.mark.parametrize("missing", [None, math.nan, float("nan"), pd.NA])
def test_missing_values(missing: object) -> None:
    assert format_number(missing) == MISSING
    assert format_percent(missing) == MISSING
    assert format_int(missing, missing="tidak ada data") == "tidak ada data"


def test_format_by_kind() -> None:
    assert format_value(5.17, "percent") == "5,17%"
    assert format_value(87.168, "coverage") == "87,2%"
    assert format_value(45.0705, "per_1000") == "45,07"
    assert format_value(1.223, "index") == "1,22"
    assert format_value(866193, "currency") == "Rp866.193"
    assert format_value(183029, "count") == "183.029"


def test_decimals_follow_magnitude() -> None:
    assert decimals_for(pd.Series([1234.0, 5.0]), "count") == 0
    assert decimals_for(pd.Series([12.3, None]), "percent") == 2
    assert decimals_for(pd.Series([0.41]), "index") == 2
    assert decimals_for(pd.Series([150.0, -99.0]), "count") == 1
    assert decimals_for(pd.Series([-1000.0]), "count") == 0  # magnitude, not sign
    assert decimals_for(pd.Series([None, math.nan], dtype=float), "index") == 0  # nothing shown
    assert decimals_for([], "percent") == 0


def test_fixed_decimals_of_a_measure() -> None:
    kinds = ("percent", "index", "per_1000", "coverage", "share")
    assert [fixed_decimals(k) for k in kinds] == [2, 2, 2, 1, 1]
    assert fixed_decimals("count") == fixed_decimals("currency") == fixed_decimals("area") == 0
    assert format_value(45.0705, "per_1000") == format_number(45.0705, fixed_decimals("per_1000"))


def test_column_decimals_decide_each_column_by_its_own_numbers() -> None:
    rows = [
        [2020, 5.25, 1234.0, "Paser", None, np.float64(0.5)],
        [2021, 150.5, None, True, math.nan, 3.8],
        [2022, None],  # a short row leaves the other columns alone
    ]
    # Years >= 1.000: 0; up to 150,5: 1; counts: 0; text and booleans are not numbers: 0;
    # nothing shown: 0; numpy's small numbers: 2.
    assert column_decimals(rows) == [0, 1, 0, 0, 0, 2]
    assert column_decimals([]) == []
