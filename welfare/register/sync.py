"""The rakor's questions of the register: who acts on which counted need, where no level acts
(a gap) and where levels overlap. Pure functions on frames; the store is read by the caller.

Rules, one place each:

- **Need** of a target group in a regency: the sum of its need indicators
  (:attr:`TargetGroup.need`) in the chosen year, or the nearest earlier year that has all of
  them (:func:`welfare.years.fallback_year`, the same rule as every page). Example data stays
  marked (``is_example``) so the page and slide say DATA CONTOH.
- **Cell state** (regency x target group x year): ``gap`` = a counted need above zero and no
  activity of any level, not even one given for the whole province; ``province`` = only
  activities given for the whole province (no regency split); ``one`` / ``several`` = one or
  more levels act in the regency; ``none`` = neither need nor activity.
- **Overlap** ("periksa tumpang tindih"): in one regency, group and year, two or more levels
  reached the group and together they reached more than the counted need. Only one-year
  realised quantities in the need's own unit are added, and only levels with such a quantity
  count as reaching it (a multi-year total, a budget or a quantity in another unit says a level
  acts, not how many it reached), so one level above the need is never an overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from welfare.models import KIND_EXAMPLE
from welfare.register import catalogue
from welfare.register.vocab import FUNDING, LEVELS
from welfare.years import fallback_year

PROVINCE = "64"
STATE_GAP, STATE_PROVINCE, STATE_ONE, STATE_SEVERAL, STATE_NONE = (
    "gap",
    "province",
    "one",
    "several",
    "none",
)
NEED_COLUMNS = [
    "kode_bps",
    "target_group",
    "need",
    "need_year",
    "need_unit",
    "is_example",
    "sources",
    "kinds",
]


def need_indicators(groups: Iterable[catalogue.TargetGroup] | None = None) -> list[str]:
    """Every indicator that counts a target group's need (what the caller reads)."""
    groups = catalogue.target_groups() if groups is None else groups
    return sorted({i for g in groups for i in g.need})


def needs(obs: pd.DataFrame, year: int, codes: Sequence[str]) -> pd.DataFrame:
    """Counted need per regency and target group in ``year`` (see the module docstring).

    ``obs``: current observations (kode_bps, indicator_id, year, value, is_example, source).
    """
    rows = []
    for group in catalogue.target_groups():
        if not group.need:
            continue
        part = obs[obs["indicator_id"].isin(group.need)]
        for kode in codes:
            mine = part[part["kode_bps"] == kode]
            complete = [
                y for y, g in mine.groupby("year") if set(g["indicator_id"]) >= set(group.need)
            ]
            shown = fallback_year(year, complete)
            if shown is None:
                continue
            used = mine[mine["year"] == shown]
            rows.append(
                {
                    "kode_bps": kode,
                    "target_group": group.id,
                    "need": float(used["value"].sum()),
                    "need_year": int(shown),
                    "need_unit": group.need_unit,
                    "is_example": bool(used["is_example"].any()),
                    "sources": tuple(used["source"]),
                    "kinds": tuple(used["dataset_kind"]),
                }
            )
    return pd.DataFrame(rows, columns=NEED_COLUMNS)


def _one_year(activities: pd.DataFrame, unit: str | None, column: str) -> pd.DataFrame:
    if activities.empty or unit is None:
        return activities.iloc[0:0]
    return activities[
        activities["year_from"].isna()
        & (activities[f"{column}_unit"] == unit)
        & activities[column].notna()
    ]


def one_year_total(activities: pd.DataFrame, unit: str | None, column: str = "realised") -> float:
    """Sum of one-year quantities in ``unit`` (multi-year totals and other units left out)."""
    return float(_one_year(activities, unit, column)[column].sum())


def active_in(activities: pd.DataFrame, year: int) -> pd.DataFrame:
    """Activities of ``year``: a multi-year total counts in every year of its period."""
    if activities.empty:
        return activities
    first = activities["year_from"].fillna(activities["year"])
    return activities[(first <= year) & (activities["year"] >= year)]


def ordered_levels(levels: Iterable[str]) -> tuple[str, ...]:
    present = set(levels)
    return tuple(level for level in LEVELS if level in present)


@dataclass(frozen=True)
class Cell:
    kode_bps: str
    target_group: str
    state: str
    levels: tuple[str, ...]  # levels acting in the regency itself
    province_levels: tuple[str, ...]  # levels acting for the whole province only
    n_activities: int
    need: float | None
    need_year: int | None
    need_unit: str | None
    need_is_example: bool
    realised: float  # one-year realised total in the need's unit
    planned: float
    overlap: bool
    activity_ids: tuple[int, ...]
    need_sources: tuple[str, ...] = ()
    need_kinds: tuple[str, ...] = ()
    # Levels that act here only through example data (their badge says DATA CONTOH).
    example_levels: tuple[str, ...] = ()


def cells(
    activities: pd.DataFrame, need_table: pd.DataFrame, year: int, codes: Sequence[str]
) -> list[Cell]:
    """The matrix of ``year``: one :class:`Cell` per regency and target group that has an
    activity or a counted need (regencies in ``codes`` order)."""
    acts = active_in(activities, year)
    province = acts[acts["region_kode_bps"] == PROVINCE] if not acts.empty else acts
    needs_by = {(r.kode_bps, r.target_group): r for r in need_table.itertuples(index=False)}
    groups = {g.id: g for g in catalogue.target_groups()}
    # Each cell's activities, split once (in register order): filtering the register per cell
    # took ~0.25 s per matrix.
    by_cell = (
        dict(iter(acts.groupby(["region_kode_bps", "target_group"], sort=False)))
        if not acts.empty
        else {}
    )
    none = acts.iloc[0:0]
    out = []
    for gid, group in groups.items():
        prov = province[province["target_group"] == gid] if not province.empty else province
        prov_levels = ordered_levels(prov["level"]) if not prov.empty else ()
        prov_example = _example_only(prov)
        for kode in codes:
            need = needs_by.get((kode, gid))
            mine = by_cell.get((kode, gid), none)
            if need is None and mine.empty and not prov_levels:
                continue
            unit = need.need_unit if need is not None else group.need_unit
            counted = need.need if need is not None else None
            if mine.empty:  # most cells: no activity of the regency itself
                levels, realised, planned, realised_levels, example = (), 0.0, 0.0, (), prov_example
            else:
                levels = ordered_levels(mine["level"])
                realised = one_year_total(mine, unit)
                planned = one_year_total(mine, unit, "planned")
                realised_levels = ordered_levels(_one_year(mine, unit, "realised")["level"])
                example = _example_only(mine)
            if levels:
                state = STATE_SEVERAL if len(levels) > 1 else STATE_ONE
            elif prov_levels:
                state = STATE_PROVINCE
            elif counted:
                state = STATE_GAP
            else:
                state = STATE_NONE
            out.append(
                Cell(
                    kode_bps=kode,
                    target_group=gid,
                    state=state,
                    levels=levels,
                    province_levels=prov_levels,
                    n_activities=len(mine),
                    need=counted,
                    need_year=need.need_year if need is not None else None,
                    need_unit=unit,
                    need_is_example=bool(need.is_example) if need is not None else False,
                    realised=realised,
                    planned=planned,
                    overlap=is_overlap(realised_levels, realised, counted),
                    activity_ids=tuple(int(i) for i in mine["id"]) if not mine.empty else (),
                    need_sources=tuple(need.sources) if need is not None else (),
                    need_kinds=tuple(need.kinds) if need is not None else (),
                    example_levels=example,
                )
            )
    return out


def _example_only(activities: pd.DataFrame) -> tuple[str, ...]:
    """The levels whose every activity here comes from example data."""
    if activities.empty or "dataset_kind" not in activities:
        return ()
    kinds = activities.groupby("level")["dataset_kind"].agg(lambda k: set(k) == {KIND_EXAMPLE})
    return ordered_levels(level for level, only in kinds.items() if only)


def is_overlap(levels: Sequence[str], realised: float, need: float | None) -> bool:
    """Two or more ``levels`` reached the group (each with a one-year quantity in the need's
    unit) and together they reached more than the counted need."""
    return len(levels) >= 2 and need is not None and realised > need


def who_does_what(activities: pd.DataFrame, kode_bps: str, year: int) -> pd.DataFrame:
    """One regency's activities of ``year`` (and those given for the whole province), ordered
    by level, then funding and programme."""
    if activities.empty:
        return activities
    acts = active_in(activities, year)
    mine = acts[acts["region_kode_bps"].isin([kode_bps, PROVINCE])].copy()
    mine["level_order"] = mine["level"].map({lv: i for i, lv in enumerate(LEVELS)})
    mine["province_wide"] = mine["region_kode_bps"] == PROVINCE
    return mine.sort_values(
        ["province_wide", "level_order", "funding", "programme_name"], na_position="last"
    ).drop(columns="level_order")


def totals_by(activities: pd.DataFrame, column: str) -> pd.DataFrame:
    """Activities, budget and quantities per unit, grouped by ``level`` or ``funding``.

    Province-wide activities are left out: their quantities are not the regency's."""
    cols = [column, "n", "budget_rp", "planned", "realised", "unit"]
    if activities.empty:
        return pd.DataFrame(columns=cols)
    if "province_wide" in activities:
        activities = activities[~activities["province_wide"]]
    if activities.empty:
        return pd.DataFrame(columns=cols)
    frame = activities.assign(unit=activities["realised_unit"].fillna(activities["planned_unit"]))
    frame[column] = frame[column].fillna("")
    out = (
        frame.groupby([column, "unit"], dropna=False)
        .agg(
            n=("uid", "count"),
            budget_rp=("budget_rp", lambda s: s.sum(min_count=1)),
            planned=("planned", lambda s: s.sum(min_count=1)),
            realised=("realised", lambda s: s.sum(min_count=1)),
        )
        .reset_index()
    )
    order = {v: i for i, v in enumerate(LEVELS if column == "level" else FUNDING)}
    out = out.sort_values(column, key=lambda col: col.map(lambda v: order.get(v, len(order))))
    return out[cols].reset_index(drop=True)


def years(activities: pd.DataFrame) -> list[int]:
    return sorted({int(y) for y in activities["year"]}) if not activities.empty else []
