"""Signals since the last rakor: baseline, severity floor, comparability guard, cooldown."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from welfare.db import transaction
from welfare.models import KIND_EXAMPLE, KIND_IMPORTED, KIND_OFFICIAL, Dataset, Observation
from welfare.outlook.signal_rules import (
    BASIS_PREVIOUS_YEAR,
    BASIS_RAKOR,
    OUTCOME_BELOW,
    OUTCOME_MISSING_YEAR,
    OUTCOME_NOT_WORSE,
    OUTCOME_NOTE,
    OUTCOME_SHOWN,
    OUTCOME_SIGNAL,
    OUTCOME_SINGLE_YEAR,
    OUTCOME_UNCHANGED,
    REASON_DENOMINATOR,
    REASON_EXAMPLE_MIX,
    REASON_REVISION,
    REASON_SOURCE_KIND,
    REASON_UNIT,
    SignalSettings,
    last_rakor_date,
    load_signal_settings,
)
from welfare.outlook.signals import (
    detect_signals,
    forget_shown,
    record_shown,
    shown_fingerprint,
)
from welfare.store import ensure_ready

PPU = "6409"  # BPS population 2023 = 196.566 (the denominator of 2023 and 2024)
IND = "pmks_gelandangan"  # rate per 1.000 penduduk, higher is worse; no official PPU figure
RAKOR = date(2024, 5, 16)
SETTINGS = SignalSettings(last_rakor=RAKOR)  # 10 %, floors 0,5 per 1.000 / 0,5 points ...
AFTER_RAKOR = datetime(2024, 8, 1, tzinfo=UTC)
BEFORE_RAKOR = datetime(2024, 5, 1, tzinfo=UTC)


@pytest.fixture
def store(engine: Engine) -> Engine:
    ensure_ready(engine, seed_example=False)
    return engine


def _add(
    engine: Engine,
    kind: str,
    rows: list[tuple],
    *,
    imported_at: datetime = AFTER_RAKOR,
    source: str = "SIKS-NG Dinsos PPU.xlsx",
) -> int:
    """A dataset of (indicator, year, value[, note]) rows for PPU, imported at ``imported_at``."""
    with transaction(engine) as s:
        ds = Dataset(
            name="uji", kind=kind, source=source, imported_by="uji", imported_at=imported_at
        )
        s.add(ds)
        s.flush()
        for ind, year, value, *note in rows:
            s.add(
                Observation(
                    dataset_id=ds.id,
                    region_kode_bps=PPU,
                    indicator_id=ind,
                    year=year,
                    value=value,
                    source=f"{source} ({year})",
                    note=note[0] if note else None,
                )
            )
        return ds.id


def _detect(engine: Engine, settings: SignalSettings = SETTINGS, **kw):
    return detect_signals(
        engine, settings=settings, indicator_ids=kw.pop("ids", [IND]), kode_bps=[PPU], **kw
    )


def test_worse_beyond_both_thresholds_is_a_signal_with_both_numbers(store: Engine) -> None:
    # 100 -> 300 people: 0,5087 -> 1,5262 per 1.000 (both / 196.566): +1,02 > 0,5 and +200 %
    _add(store, KIND_IMPORTED, [(IND, 2023, 100.0), (IND, 2024, 300.0)])
    report = _detect(store)
    assert report.count == 1 and report.rakor_date == RAKOR
    s = report.signals[0]
    assert s.outcome == OUTCOME_SIGNAL and s.basis == BASIS_PREVIOUS_YEAR
    assert (s.baseline.year, s.latest.year) == (2023, 2024)
    assert s.baseline.value == pytest.approx(0.508735, abs=1e-6)
    assert s.latest.value == pytest.approx(1.526205, abs=1e-6)
    assert (s.baseline.raw_value, s.latest.raw_value) == (100.0, 300.0)
    assert s.baseline.source.endswith("(2023)") and s.latest.source.endswith("(2024)")
    assert s.latest.denominator_value == 196566.0 and s.latest.denominator_year == 2023
    assert s.relative == pytest.approx(2.0)
    assert not s.is_example
    assert s.map_query() == {"indikator": IND, "wilayah": PPU, "tahun": "2024"}


def test_below_the_floor_or_the_relative_threshold_is_no_signal(store: Engine) -> None:
    # 100 -> 180: +0,41 per 1.000 (+80 %): below the 0,5 floor
    _add(store, KIND_IMPORTED, [(IND, 2023, 100.0), (IND, 2024, 180.0)])
    # 10.000 -> 10.500 (pengemis): +2,54 per 1.000 but only +5 %
    _add(store, KIND_IMPORTED, [("pmks_pengemis", 2023, 10000.0), ("pmks_pengemis", 2024, 10500.0)])
    # 300 -> 100: better
    _add(store, KIND_IMPORTED, [("pmks_pemulung", 2023, 300.0), ("pmks_pemulung", 2024, 100.0)])
    report = _detect(store, ids=[IND, "pmks_pengemis", "pmks_pemulung"])
    assert report.count == 0
    assert report.outcome(IND, PPU) == OUTCOME_BELOW
    assert report.outcome("pmks_pengemis", PPU) == OUTCOME_BELOW
    assert report.outcome("pmks_pemulung", PPU) == OUTCOME_NOT_WORSE
    # a stricter floor setting can make the first a signal
    looser = SignalSettings(last_rakor=RAKOR, floor_per_1000=0.3)
    assert _detect(store, looser).outcome(IND, PPU) == OUTCOME_SIGNAL


def test_a_source_change_is_a_note_not_a_signal(store: Engine) -> None:
    _add(store, KIND_OFFICIAL, [(IND, 2023, 100.0)], source="berita")
    _add(store, KIND_IMPORTED, [(IND, 2024, 300.0)])
    report = _detect(store)
    assert report.count == 0 and report.outcome(IND, PPU) == OUTCOME_NOTE
    assert report.notes[0].reasons == (REASON_SOURCE_KIND,)
    assert report.notes[0].baseline.dataset_kind == KIND_OFFICIAL


def test_a_unit_change_at_the_source_is_a_note(store: Engine) -> None:
    _add(store, KIND_OFFICIAL, [(IND, 2023, 100.0, "Satuan di sumber: KK.")])
    _add(store, KIND_OFFICIAL, [(IND, 2024, 300.0)])
    assert _detect(store).notes[0].reasons == (REASON_UNIT,)


def test_a_denominator_change_is_a_note(store: Engine) -> None:
    # PKH coverage 80 % -> 60 %: worse (higher is better), -20 points. The 2024 need is
    # example data while 2023's was imported: a different denominator.
    _add(store, KIND_IMPORTED, [("kpm_pkh", 2023, 800.0), ("kpm_pkh_sasaran", 2023, 1000.0)])
    _add(store, KIND_IMPORTED, [("kpm_pkh", 2024, 600.0)])
    _add(store, KIND_EXAMPLE, [("kpm_pkh_sasaran", 2024, 1000.0)])
    report = _detect(store, ids=["kpm_pkh"])
    note = report.notes[0]
    assert note.reasons == (REASON_DENOMINATOR,)
    assert (note.baseline.value, note.latest.value) == (80.0, 60.0)
    assert note.latest.is_example  # its denominator is example data


def test_a_missing_year_is_not_compared(store: Engine) -> None:
    _add(store, KIND_IMPORTED, [(IND, 2021, 100.0), (IND, 2024, 300.0)])
    report = _detect(store)
    assert report.count == 0 and report.outcome(IND, PPU) == OUTCOME_MISSING_YEAR
    assert report.skipped[0].years == (2021, 2024)
    wider = SignalSettings(last_rakor=RAKOR, max_gap_years=3)
    assert _detect(store, wider).outcome(IND, PPU) == OUTCOME_SIGNAL


def test_a_regency_with_a_single_year_is_listed_not_compared(store: Engine) -> None:
    _add(store, KIND_IMPORTED, [(IND, 2024, 300.0)])
    report = _detect(store)
    assert report.count == 0 and report.outcome(IND, PPU) == OUTCOME_SINGLE_YEAR
    assert report.skipped[0].years == (2024,)


def test_example_data_is_signalled_only_as_example_data(store: Engine) -> None:
    _add(store, KIND_EXAMPLE, [(IND, 2023, 100.0), (IND, 2024, 300.0)])
    report = _detect(store)
    assert report.count == 1 and report.signals[0].is_example and report.has_example
    # example 2023 against an imported 2024: never compared as one series
    _add(store, KIND_IMPORTED, [(IND, 2024, 300.0)])
    report = _detect(store)
    assert report.count == 0 and report.notes[0].reasons == (REASON_EXAMPLE_MIX,)


def test_the_baseline_is_the_value_the_store_held_at_the_last_rakor(store: Engine) -> None:
    # in the store before the rakor: 2022 and 2023; after it: 2024
    _add(store, KIND_IMPORTED, [(IND, 2022, 300.0), (IND, 2023, 100.0)], imported_at=BEFORE_RAKOR)
    _add(store, KIND_IMPORTED, [(IND, 2024, 300.0)], imported_at=AFTER_RAKOR)
    s = _detect(store).signals[0]
    assert s.basis == BASIS_RAKOR and (s.baseline.year, s.latest.year) == (2023, 2024)
    # a meeting held after the 2024 import saw 2024 already: nothing new since
    later = _detect(store, meeting_date=date(2024, 9, 1))
    assert later.rakor_date == date(2024, 9, 1)
    assert later.outcome(IND, PPU) == OUTCOME_UNCHANGED and later.count == 0


def test_a_revised_value_of_the_same_year_is_a_note(store: Engine) -> None:
    _add(store, KIND_IMPORTED, [(IND, 2023, 100.0)], imported_at=BEFORE_RAKOR)
    _add(store, KIND_IMPORTED, [(IND, 2023, 300.0)], imported_at=AFTER_RAKOR)  # a correction
    report = _detect(store)
    assert report.notes[0].reasons == (REASON_REVISION,)


def test_cooldown_a_signal_shown_once_is_not_signalled_again(store: Engine) -> None:
    _add(store, KIND_IMPORTED, [(IND, 2023, 100.0), (IND, 2024, 300.0)])
    first = _detect(store)
    before = shown_fingerprint(store)
    assert record_shown(store, first.signals, shown_by="sekretariat", context="rakor uji") == 1
    assert shown_fingerprint(store) != before  # a cache of the signals is keyed by it
    after = shown_fingerprint(store)
    assert record_shown(store, first.signals, shown_by="sekretariat") == 0  # kept once
    assert shown_fingerprint(store) == after
    again = _detect(store)
    assert again.count == 0 and again.outcome(IND, PPU) == OUTCOME_SHOWN
    assert again.already_shown[0].key == first.signals[0].key
    assert again.already_shown[0].shown_at is not None
    # a mark made by mistake is undone: the same change is a new signal again
    assert forget_shown(store, [first.signals[0].key, "unknown"]) == 1
    assert shown_fingerprint(store) != after
    assert _detect(store).count == 1 and forget_shown(store, []) == 0
    record_shown(store, first.signals, shown_by="sekretariat")
    # a new value (a correction of 2024) is a new change: signalled again
    _add(store, KIND_IMPORTED, [(IND, 2024, 400.0)])
    assert _detect(store).count == 1


def test_settings_and_the_date_of_the_last_rakor(tmp_path: Path) -> None:
    settings = load_signal_settings()  # data/settings.toml
    assert settings.last_rakor == date(2024, 5, 16)
    assert settings.relative_min == 0.10 and settings.max_gap_years == 1
    assert last_rakor_date(None, settings) == date(2024, 5, 16)
    assert last_rakor_date(date(2026, 3, 10), settings) == date(2026, 3, 10)
    bad = tmp_path / "s.toml"
    bad.write_text('[sinyal]\nlast_rakor = "16 Mei 2024"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="last_rakor"):
        load_signal_settings(bad)
    empty = tmp_path / "e.toml"
    empty.write_text("[sinyal]\n", encoding="utf-8")
    assert last_rakor_date(None, load_signal_settings(empty)) is None


def test_the_default_checks_run_on_the_seeded_store(store: Engine) -> None:
    report = detect_signals(store, settings=SETTINGS)
    kinds = {s.latest.dataset_kind for s in report.signals}
    assert kinds <= {KIND_OFFICIAL}  # official seed only here
    assert all(s.outcome == OUTCOME_SIGNAL for s in report.signals)
    assert all(report.outcome(s.indicator_id, s.kode_bps) == OUTCOME_SIGNAL for s in report.signals)
