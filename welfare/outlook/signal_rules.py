"""The rules of a signal, without the store: settings, the date of the last rakor, the floor of
a unit, comparability, the cooldown key, and the decision for one pair of readings.

:mod:`welfare.outlook.signals` reads the store and applies :func:`judge` to every
indicator-region pair. The settings are section ``[sinyal]`` of ``data/settings.toml``
(another file through ``$SERAMBI_SETTINGS``), commented there.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from welfare.catalogue import RATE_COVERAGE, RATE_PER_1000, IndicatorDef
from welfare.models import KIND_EXAMPLE

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
SETTINGS_PATH = REPO_ROOT / "data" / "settings.toml"

# What happened to one indicator-region pair (ids; the UI words them).
OUTCOME_SIGNAL = "sinyal"  # worse beyond both thresholds, comparable, not shown before
OUTCOME_SHOWN = "sudah_ditampilkan"  # a signal already shown for the same two values
OUTCOME_NOTE = "catatan"  # worse beyond both thresholds, but the two values are not comparable
OUTCOME_BELOW = "di_bawah_ambang"  # worse, but not by more than the threshold and the floor
OUTCOME_NOT_WORSE = "tidak_memburuk"
OUTCOME_UNCHANGED = "tidak_berubah"  # nothing newer than the value at the last rakor
OUTCOME_SINGLE_YEAR = "satu_tahun"  # one year only: nothing to compare with
OUTCOME_MISSING_YEAR = "tahun_hilang"  # the previous year is missing (gap > max_gap_years)

# Where the baseline came from.
BASIS_RAKOR = "rakor"  # the newest value the store held on the date of the last rakor
BASIS_PREVIOUS_YEAR = "tahun_sebelumnya"  # the pair had no value then: its previous year

# Why two values are not comparable (a note, not a signal).
REASON_EXAMPLE_MIX = "contoh_dan_nyata"  # one is example data, the other real
REASON_SOURCE_KIND = "jenis_sumber_berbeda"  # official figure vs staff import
REASON_DENOMINATOR = "penyebut_berbeda"  # the denominators are of different kinds
REASON_UNIT = "satuan_sumber_berbeda"  # the sources wrote different units
REASON_PERIOD = "periode_berbeda"  # different survey rounds
REASON_REVISION = "revisi_tahun_sama"  # the same year, revised: not a change between periods

RE_SOURCE_UNIT = re.compile(r"Satuan di sumber:\s*([^.]+)\.")
RE_PERIOD = re.compile(r"Periode:\s*([^.]+)\.")


@dataclass(frozen=True)
class SignalSettings:
    """Section ``[sinyal]`` of the settings file (see the comments there)."""

    last_rakor: date | None = None
    relative_min: float = 0.10
    floor_per_1000: float = 0.5
    floor_points: float = 0.5
    floor_index: float = 0.05
    floor_count: float = 50.0
    max_gap_years: int = 1
    groups: tuple[str, ...] = ("kemiskinan", "pmks", "program")


def load_signal_settings(path: Path | str | None = None) -> SignalSettings:
    """Read ``[sinyal]`` from ``path``, ``$SERAMBI_SETTINGS`` or ``data/settings.toml``;
    ``ValueError`` (in Indonesian) for a negative threshold or an unreadable date."""
    if path is None:
        env = os.environ.get("SERAMBI_SETTINGS", "").strip()
        path = Path(env) if env else SETTINGS_PATH
    with Path(path).open("rb") as fh:
        section = tomllib.load(fh).get("sinyal", {})
    default = SignalSettings()
    raw_date = str(section.get("last_rakor", "") or "").strip()
    try:
        last = date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        raise ValueError(f"[sinyal] last_rakor bukan tanggal (YYYY-MM-DD): {raw_date!r}") from None
    settings = SignalSettings(
        last_rakor=last,
        relative_min=float(section.get("relative_min", default.relative_min)),
        floor_per_1000=float(section.get("floor_per_1000", default.floor_per_1000)),
        floor_points=float(section.get("floor_points", default.floor_points)),
        floor_index=float(section.get("floor_index", default.floor_index)),
        floor_count=float(section.get("floor_count", default.floor_count)),
        max_gap_years=int(section.get("max_gap_years", default.max_gap_years)),
        groups=tuple(section.get("groups", default.groups)),
    )
    numbers = [
        settings.relative_min,
        settings.floor_per_1000,
        settings.floor_points,
        settings.floor_index,
        settings.floor_count,
    ]
    if min(numbers) < 0 or settings.max_gap_years < 1:
        raise ValueError("[sinyal]: ambang tidak boleh negatif dan max_gap_years minimal 1")
    return settings


def last_rakor_date(
    meeting_date: date | None = None, settings: SignalSettings | None = None
) -> date | None:
    """The date of the last rakor: the meeting register's date when one is given, else
    ``[sinyal] last_rakor`` of the settings (``None`` when neither exists)."""
    if meeting_date is not None:
        return meeting_date
    return (settings or load_signal_settings()).last_rakor


def checked(ind: IndicatorDef, groups: tuple[str, ...]) -> bool:
    """Whether signals look at this indicator: its group is listed, and it has a direction
    (currency and area indicators have none)."""
    return ind.group in groups and ind.kind not in ("currency", "area")


def floor_for(ind: IndicatorDef, settings: SignalSettings) -> float:
    """The absolute floor in the unit of the compared number (see the settings' comments)."""
    if ind.rate_kind == RATE_PER_1000:
        return settings.floor_per_1000
    if ind.rate_kind == RATE_COVERAGE or ind.kind == "percent":
        return settings.floor_points
    if ind.kind == "index":
        return settings.floor_index
    return settings.floor_count


@dataclass(frozen=True)
class Reading:
    """One side of a comparison: the compared number (``value``: rate per 1.000, % cakupan,
    or the value itself) and everything needed to cite it."""

    year: int
    value: float
    raw_value: float
    source: str | None
    note: str | None
    dataset_id: int
    dataset_kind: str
    denominator_value: float | None = None
    denominator_year: int | None = None
    denominator_kind: str | None = None
    denominator_source: str | None = None

    @property
    def is_example(self) -> bool:
        return KIND_EXAMPLE in (self.dataset_kind, self.denominator_kind)


def _said(pattern: re.Pattern[str], note: str | None) -> str | None:
    match = pattern.search(note or "")
    return match.group(1).strip().lower() if match else None


def comparability(baseline: Reading, latest: Reading, ind: IndicatorDef) -> tuple[str, ...]:
    """Why the two readings are not comparable (empty when they are)."""
    reasons: list[str] = []
    if baseline.year == latest.year:
        reasons.append(REASON_REVISION)
    if (baseline.dataset_kind == KIND_EXAMPLE) != (latest.dataset_kind == KIND_EXAMPLE):
        reasons.append(REASON_EXAMPLE_MIX)
    elif baseline.dataset_kind != latest.dataset_kind:
        reasons.append(REASON_SOURCE_KIND)
    if ind.rate_kind in (RATE_PER_1000, RATE_COVERAGE) and (
        baseline.denominator_kind != latest.denominator_kind
    ):
        reasons.append(REASON_DENOMINATOR)
    if _said(RE_SOURCE_UNIT, baseline.note) != _said(RE_SOURCE_UNIT, latest.note):
        reasons.append(REASON_UNIT)
    if _said(RE_PERIOD, baseline.note) != _said(RE_PERIOD, latest.note):
        reasons.append(REASON_PERIOD)
    return tuple(reasons)


def signal_key(indicator_id: str, kode: str, baseline: Reading, latest: Reading) -> str:
    """The cooldown key: the same indicator, region and two (year, value) pairs."""
    text = "|".join(
        [
            indicator_id,
            kode,
            str(baseline.year),
            format(baseline.value, ".10g"),
            str(latest.year),
            format(latest.value, ".10g"),
        ]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Judgement:
    """The outcome of one comparison, before the cooldown is looked up."""

    outcome: str  # OUTCOME_SIGNAL, OUTCOME_NOTE, OUTCOME_BELOW or OUTCOME_NOT_WORSE
    change: float  # latest - baseline, in the unit of the compared number
    worse_by: float  # the change in the "worse" direction (negative = better)
    relative: float | None  # worse_by / |baseline|; None when the baseline is 0
    reasons: tuple[str, ...] = ()


def judge(
    ind: IndicatorDef, baseline: Reading, latest: Reading, settings: SignalSettings
) -> Judgement:
    """Worse by more than the relative threshold AND the floor, and comparable: a signal.

    Worse beyond both but not comparable: a note. A baseline of 0 has no relative change; a
    rise from 0 counts as beyond the relative threshold (the floor still applies).
    """
    change = latest.value - baseline.value
    worse_by = change if ind.higher_is_worse else -change
    relative = worse_by / abs(baseline.value) if baseline.value else None
    if worse_by <= 0:
        return Judgement(OUTCOME_NOT_WORSE, change, worse_by, relative)
    beyond_relative = relative is None or relative > settings.relative_min
    if not (beyond_relative and worse_by > floor_for(ind, settings)):
        return Judgement(OUTCOME_BELOW, change, worse_by, relative)
    reasons = comparability(baseline, latest, ind)
    if reasons:
        return Judgement(OUTCOME_NOTE, change, worse_by, relative, reasons)
    return Judgement(OUTCOME_SIGNAL, change, worse_by, relative)
