"""Target status: the target that applies to a value, the distance to it and the verdict.

Given the current targets (:func:`welfare.target_sets.current_targets`), this module picks
the target that applies to a value (:func:`applicable_target`), measures
:func:`distance_to_target`, the one sign convention (positive: not reached yet), and gives a
status, *tercapai* / *perlu perhatian* / *kritis*, with thresholds from ``[target_status]`` in
``data/settings.toml`` (:func:`target_status`); :func:`status_table` does this for every
region of one indicator. The rule in words lives in the view layer
(:func:`views.target_status.rule_text`), so every screen that shows a status says how it was
decided.

It is the judgement side of targets, kept apart from :mod:`welfare.target_sets` (reading,
seeding and importing target sets): it only reads, and its rules change for different reasons
than the CSV format does. No streamlit here.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine

from welfare.target_sets import NATIONAL_CODE, current_targets

SETTINGS_PATH = Path(__file__).resolve().parent.parent / "data" / "settings.toml"

PROVINCE_CODE = "64"

STATUS_ACHIEVED = "tercapai"
STATUS_ATTENTION = "perlu_perhatian"
STATUS_CRITICAL = "kritis"
STATUSES = (STATUS_ACHIEVED, STATUS_ATTENTION, STATUS_CRITICAL)

UNKNOWN_DOCUMENT = "dokumen tidak disebut sumber"


# --------------------------------------------------------------------------------------------
# thresholds


@dataclass(frozen=True)
class StatusThresholds:
    """``[target_status]`` of the settings file, in percentage points above the target."""

    achieved_max_points: float = 0.0
    attention_max_points: float = 1.0


def load_status_thresholds(path: Path | str | None = None) -> StatusThresholds:
    """Read ``[target_status]`` from ``path``, ``$SERAMBI_SETTINGS`` or ``data/settings.toml``."""
    if path is None:
        env = os.environ.get("SERAMBI_SETTINGS", "").strip()
        path = Path(env) if env else SETTINGS_PATH
    with Path(path).open("rb") as fh:
        section = tomllib.load(fh).get("target_status", {})
    achieved = float(section.get("achieved_max_points", 0.0))
    attention = float(section.get("attention_max_points", 1.0))
    if attention < achieved:
        raise ValueError(
            "[target_status]: attention_max_points harus >= achieved_max_points "
            f"({attention} < {achieved})"
        )
    return StatusThresholds(achieved, attention)


# --------------------------------------------------------------------------------------------
# the applicable target and the verdict


def bound(row: pd.Series | dict, higher_is_worse: bool = True) -> float | None:
    """The number a value is compared with: the point target, else the range end that must
    be reached (upper end when lower is better, lower end when higher is better)."""
    value = row["value"]
    if value is not None and not (isinstance(value, float) and math.isnan(value)):
        return float(value)
    end = row["upper"] if higher_is_worse else row["lower"]
    if end is None or (isinstance(end, float) and math.isnan(end)):
        end = row["lower"] if higher_is_worse else row["upper"]
    if end is None or (isinstance(end, float) and math.isnan(end)):
        return None
    return float(end)


def target_text(row: pd.Series | dict, fmt) -> str:  # noqa: ANN001 - fmt: float -> str
    """'4,5 %' or '2,3–3,3 %' (range) for display."""
    value = row["value"]
    if value is not None and not pd.isna(value):
        return fmt(float(value))
    lo, hi = row["lower"], row["upper"]
    if lo is not None and not pd.isna(lo) and hi is not None and not pd.isna(hi):
        return f"{fmt(float(lo))}–{fmt(float(hi))}"
    if hi is not None and not pd.isna(hi):
        return f"≤ {fmt(float(hi))}"
    return f"≥ {fmt(float(lo))}"


LEVEL_REGION, LEVEL_PROVINCE, LEVEL_NATIONAL = "wilayah", "provinsi", "nasional"


def applicable_target(
    targets: pd.DataFrame, indicator_id: str, region_kode: str, year: int
) -> tuple[pd.Series | None, str | None]:
    """(target row, level) that a value of ``year`` is measured against, or (None, None).

    Rule: usable targets of the indicator for the region itself, then (for a regency) for
    the province, then national; within a level the target of ``year``, else the nearest
    later year, else the latest earlier year. Among targets of one year a named document
    comes before "dokumen tidak disebut sumber", then the seed order.
    """
    rows = targets[(targets["indicator_id"] == indicator_id) & targets["usable"].astype(bool)]
    levels = [(region_kode, LEVEL_REGION)]
    if region_kode not in (PROVINCE_CODE, NATIONAL_CODE):
        levels.append((PROVINCE_CODE, LEVEL_PROVINCE))
    if region_kode != NATIONAL_CODE:
        levels.append((NATIONAL_CODE, LEVEL_NATIONAL))
    for kode, level in levels:
        own = rows[rows["region_kode"] == kode]
        if own.empty:
            continue
        years = sorted(int(y) for y in own["year"].unique())
        later = [y for y in years if y >= year]
        chosen = min(later) if later else max(years)
        pick = (
            own[own["year"] == chosen]
            .assign(_unknown=lambda d: d["document"] == UNKNOWN_DOCUMENT)
            .sort_values(["_unknown", "target_id"], kind="stable")
        )
        return pick.drop(columns="_unknown").iloc[0], level
    return None, None


def distance_to_target(
    value: float | None, target_bound: float | None, *, higher_is_worse: bool = True
) -> float | None:
    """Points still to go to the target: the one sign convention of every page and slide.

    ``value - target`` when lower is better (poverty), ``target - value`` when higher is better.
    Positive: the target is not reached yet (PPU 6,68 % against 4,40 % is +2,28); zero or
    negative: reached. None without a value or a target.
    """
    if value is None or target_bound is None or pd.isna(value) or pd.isna(target_bound):
        return None
    gap = (value - target_bound) if higher_is_worse else (target_bound - value)
    return round(gap, 9)  # 5.3 - 4.3 is 0.9999999999999996 in floating point


def target_status(
    value: float | None,
    target_bound: float | None,
    thresholds: StatusThresholds,
    *,
    higher_is_worse: bool = True,
) -> str | None:
    """'tercapai', 'perlu_perhatian' or 'kritis' (None without a value or a target).

    On :func:`distance_to_target`: <= achieved_max_points: tercapai; <= attention_max_points:
    perlu perhatian; above: kritis. Both edges belong to the better status.
    """
    gap = distance_to_target(value, target_bound, higher_is_worse=higher_is_worse)
    if gap is None:
        return None
    if gap <= thresholds.achieved_max_points:
        return STATUS_ACHIEVED
    if gap <= thresholds.attention_max_points:
        return STATUS_ATTENTION
    return STATUS_CRITICAL


@dataclass(frozen=True)
class StatusRow:
    """One region's latest value of an indicator against its applicable target."""

    kode_bps: str
    indicator_id: str
    year: int | None
    value: float | None
    is_example: bool
    source: str | None
    target_year: int | None
    target_bound: float | None
    target: dict | None
    level: str | None
    distance: float | None  # distance_to_target: points still to go (positive: not reached)
    status: str | None


def status_table(
    bind: Engine,
    indicator_id: str,
    codes: Iterable[str],
    *,
    year: int | None = None,
    thresholds: StatusThresholds | None = None,
    targets: pd.DataFrame | None = None,
) -> list[StatusRow]:
    """Each region's value of ``indicator_id`` against its target, in the year every page shows.

    The year is :func:`welfare.availability.indicator_year` (``year`` when it has data, else
    the indicator's default year: the map's); a region without a value that year shows its
    nearest earlier one, and ``StatusRow.year`` says which. Real data before example data.
    """
    from welfare.availability import indicator_year
    from welfare.catalogue import get_indicator
    from welfare.observations import current_observations
    from welfare.years import fallback_year

    thresholds = thresholds or load_status_thresholds()
    targets = current_targets(bind, [indicator_id]) if targets is None else targets
    hiw = get_indicator(indicator_id).higher_is_worse
    shown = indicator_year(bind, indicator_id, year)
    codes = list(codes)
    obs = current_observations(bind, indicator_ids=[indicator_id], kode_bps=codes)
    out: list[StatusRow] = []
    for kode in codes:
        own = obs[obs["kode_bps"] == kode].sort_values("year")
        if own.empty:
            out.append(
                StatusRow(
                    kode, indicator_id, None, None, False, None, None, None, None, None, None, None
                )
            )
            continue
        picked = fallback_year(shown, own["year"].astype(int))
        last = own[own["year"] == picked].iloc[-1]
        row_year, value = int(last["year"]), float(last["value"])
        target, level = applicable_target(targets, indicator_id, kode, row_year)
        tb = bound(target, hiw) if target is not None else None
        out.append(
            StatusRow(
                kode,
                indicator_id,
                row_year,
                value,
                bool(last["is_example"]),
                last["source"],
                int(target["year"]) if target is not None else None,
                tb,
                None if target is None else target.to_dict(),
                level,
                distance_to_target(value, tb, higher_is_worse=hiw),
                target_status(value, tb, thresholds, higher_is_worse=hiw),
            )
        )
    return out


__all__ = [
    "LEVEL_NATIONAL",
    "LEVEL_PROVINCE",
    "LEVEL_REGION",
    "PROVINCE_CODE",
    "SETTINGS_PATH",
    "STATUSES",
    "STATUS_ACHIEVED",
    "STATUS_ATTENTION",
    "STATUS_CRITICAL",
    "UNKNOWN_DOCUMENT",
    "StatusRow",
    "StatusThresholds",
    "applicable_target",
    "bound",
    "distance_to_target",
    "load_status_thresholds",
    "status_table",
    "target_status",
    "target_text",
]
