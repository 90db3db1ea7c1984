"""welfare.zone_groups: the buffer zone against the rest, and when an aggregate compares."""

from __future__ import annotations

import numpy as np
import pandas as pd

from welfare.zone_groups import BUFFER, REST, buffer_codes, is_complete, zone_groups


def test_buffer_codes_are_the_ikn_area_and_the_buffer_zone():
    zones = pd.Series(
        ["luar", "wilayah_ikn", "penyangga", "luar", "penyangga"],
        index=["6401", "6409", "6403", "6405", "6472"],
    )
    assert buffer_codes(zones) == ["6403", "6409", "6472"]


def test_zone_groups_split_every_code_once_in_order():
    groups = zone_groups(["6401", "6403", "6409", "6472", "6474"], ["6403", "6409"])
    assert groups == {BUFFER: ["6403", "6409"], REST: ["6401", "6472", "6474"]}
    assert list(groups) == ["zona", "luar"]  # the keys ground.palette.ZONE colours


def test_is_complete_only_when_every_regency_has_data():
    groups = pd.DataFrame({"n_with_data": [6, 5, 0, np.nan], "n_regions": [6, 6, 6, np.nan]})
    assert is_complete(groups).tolist() == [True, False, False, False]
