"""views.trend: what the Tren page's charts say (here the PMKS mix's unit and digits)."""

from __future__ import annotations

from views.trend import mix_scale
from welfare.formatting import format_number


def test_the_pmks_mix_measure_names_its_unit_and_digits() -> None:
    assert mix_scale("per_1000", "id") == ("per 1.000 penduduk", 2)
    assert mix_scale("per_1000", "en") == ("per 1,000 population", 2)
    unit, digits = mix_scale("share", "id")
    assert unit == "% dari total PMKS wilayah" and digits == 1
    # A share of 12,345 % is written "12,3", a rate of 12,345 per 1.000 "12,35".
    assert format_number(12.345, digits, "id") == "12,3"
    assert format_number(12.345, mix_scale("per_1000", "id")[1], "id") == "12,35"
