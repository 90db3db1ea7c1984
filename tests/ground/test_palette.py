"""The palette names every status colour the target rule can give."""

from __future__ import annotations

import re

from ground import palette
from welfare import targets


def test_every_target_status_has_a_colour() -> None:
    assert set(palette.STATUS) == set(targets.STATUSES)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in palette.STATUS.values())
