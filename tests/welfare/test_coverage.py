"""Programme coverage rules: which programme a view opens on, what the gap map maps, badges."""

from __future__ import annotations

import pandas as pd

from tests.coverage_tables import coverage_table
from welfare import coverage


def test_programmes_in_order_and_the_one_a_view_opens_on() -> None:
    assert coverage.PROGRAMME_KEYS == ("pkh", "bpnt", "pbi_jk")
    assert coverage.programme("pbi_jk").label("en") == "PBI-JK"
    assert coverage.default_programme("pbi_jk_jiwa") == "pbi_jk"  # recipients
    assert coverage.default_programme("kpm_bpnt_sasaran") == "bpnt"  # need
    assert coverage.default_programme("penduduk_miskin_persen") == "pkh"
    assert coverage.default_programme(None) == "pkh"


def test_gap_map_maps_gap_per_1000_with_the_count_as_raw_value() -> None:
    table = coverage.gap_map_table(coverage_table()).set_index("kode_bps")
    assert list(table.loc["6409", ["value", "rate", "denominator_value"]]) == [200, 20, 10000]
    # Rank 1 = largest gap; over-coverage is a gap of 0, not negative; no figure, no rank.
    assert table.loc["6409", "rank"] == 1 and table.loc["6472", "rank"] == 2
    assert table.loc["6472", "value"] == 0
    assert pd.isna(table.loc["6474", "rate"]) and pd.isna(table.loc["6474", "rank"])
    assert table.loc["6474", "denominator_year"] == 2024


def test_badge_example_before_imported_before_official() -> None:
    assert coverage.badge_kind(coverage_table()) == "official"
    assert coverage.badge_kind(coverage_table(kind="imported")) == "imported"
    assert coverage.badge_kind(coverage_table(example=True, kind="imported")) == "example"


def test_over_covered_and_missing_regencies() -> None:
    cov = coverage_table()
    assert list(coverage.over_covered(cov)["kode_bps"]) == ["6472"]
    assert coverage.missing_codes(cov) == ["6474"]
