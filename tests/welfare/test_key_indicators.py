"""welfare.key_indicators: the headline cards of a profile on a projector."""

from __future__ import annotations

from welfare.catalogue import get_indicator
from welfare.key_indicators import KEY_INDICATORS, N_PRESENTER_CARDS, key_indicator_ids


def test_every_key_indicator_is_in_the_catalogue():
    for indicator_id in KEY_INDICATORS:
        assert get_indicator(indicator_id).id == indicator_id


def test_the_steps_indicator_comes_first_then_the_key_ones_at_most_eight():
    available = [*KEY_INDICATORS, "rtlh_target_apbd_kab"]
    ids = key_indicator_ids(available, "rtlh_target_apbd_kab")
    assert ids == ["rtlh_target_apbd_kab", *KEY_INDICATORS[:7]]
    assert len(ids) == N_PRESENTER_CARDS == 8


def test_a_key_indicator_as_first_is_not_repeated():
    ids = key_indicator_ids(list(KEY_INDICATORS), "pmks_total")
    assert ids[0] == "pmks_total" and ids.count("pmks_total") == 1
    assert ids[1:] == [i for i in KEY_INDICATORS if i != "pmks_total"][:7]


def test_missing_indicators_are_skipped_and_fallbacks_fill_the_grid():
    available = [i for i in KEY_INDICATORS if i not in ("dtks_kk", "kpm_bpnt")]
    ids = key_indicator_ids(available, "not_here")
    assert "dtks_kk" not in ids and "not_here" not in ids
    assert ids[-2:] == ["kemiskinan_ekstrem_jiwa", "pmks_lanjut_usia_terlantar"]
    assert key_indicator_ids([], None) == []
