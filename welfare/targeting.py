"""Targeting by DTSEN decile: who is eligible, who is reached, who receives outside the rule.

Since Inpres 4/2025 programme eligibility follows the household's DTSEN welfare decile
(``data/eligibility.toml``: decile range, unit, legal source). For one programme, regency and
year this module computes, from the store:

- ``eligible`` = sum of the decile counts (KK or jiwa, as the rule says) over the eligible
  range, from the latest DTSEN snapshot **on or before** the year (never a later one);
- ``recipients``: the recipients-by-decile cross-tab of that snapshot when all ten deciles are
  there (then ``reached`` = recipients inside the range and ``inclusion`` = recipients outside
  it), else the programme's total recipients of the year (then who is inside is unknown);
- ``coverage`` = recipients / eligible x 100; ``gap`` = eligible - reached (with only a
  total, eligible - recipients, never below zero); ``exclusion`` = eligible - reached and its
  rate = exclusion / eligible; ``inclusion`` rate = inclusion / recipients.

Every row carries the snapshot date of the DTSEN figures it used (``dataset_snapshot``; for an
official figure, the date its source note names), so a page can print it next to the number.
The older need-based coverage (:func:`welfare.explore.coverage_table`) is untouched. No
streamlit here.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import select

from welfare.catalogue import get_indicator
from welfare.importing.snapshot import from_note
from welfare.models import DatasetSnapshot
from welfare.observations import PROVINCE_CODE, Bind, connect, current_observations, regions
from welfare.rates import unique_values

REPO_ROOT = Path(__file__).resolve().parent.parent
ELIGIBILITY_PATH = REPO_ROOT / "data" / "eligibility.toml"
DECILES = tuple(range(1, 11))
UNITS = {"KK": "kk", "jiwa": "jiwa"}
NO_SNAPSHOT = "tanggal posisi tidak disebut sumber"


@dataclass(frozen=True)
class EligibilityRule:
    """One programme's eligibility by DTSEN decile (a ``[program.<key>]`` table)."""

    key: str
    label_id: str
    label_en: str
    desil_min: int
    desil_max: int
    unit: str  # "KK" | "jiwa"
    recipients: str  # total recipients indicator
    by_decile: str  # cross-tab id prefix: <by_decile><n>
    legal_source: str
    citation: str
    legal_source_en: str = ""  # optional English versions (else the Indonesian is shown)
    citation_en: str = ""

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id

    def legal(self, lang: str = "id") -> str:
        """The rule's legal basis in one line, in ``lang`` when the file gives it."""
        return self.legal_source_en if lang == "en" and self.legal_source_en else self.legal_source

    def cited(self, lang: str = "id") -> str:
        """The document the rule cites, in ``lang`` when the file gives it."""
        return self.citation_en if lang == "en" and self.citation_en else self.citation

    @property
    def deciles(self) -> tuple[int, ...]:
        return tuple(range(self.desil_min, self.desil_max + 1))

    def decile_id(self, n: int) -> str:
        return f"dtsen_desil{n}_{UNITS[self.unit]}"

    def crosstab_id(self, n: int) -> str:
        return f"{self.by_decile}{n}"

    @property
    def range_text(self) -> str:
        return f"{self.desil_min}–{self.desil_max}"


def load_rules(path: Path | str = ELIGIBILITY_PATH) -> tuple[EligibilityRule, ...]:
    """Rules of ``data/eligibility.toml``; ``ValueError`` (Indonesian) when inconsistent."""
    with Path(path).open("rb") as fh:
        programs = tomllib.load(fh).get("program", {})
    rules = []
    for key, raw in programs.items():
        rule = EligibilityRule(
            key=key,
            label_id=str(raw["label_id"]),
            label_en=str(raw.get("label_en", raw["label_id"])),
            desil_min=int(raw["desil_min"]),
            desil_max=int(raw["desil_max"]),
            unit=str(raw["unit"]),
            recipients=str(raw["recipients"]),
            by_decile=str(raw["by_decile"]),
            legal_source=str(raw["legal_source"]),
            citation=str(raw["citation"]),
            legal_source_en=str(raw.get("legal_source_en", "")),
            citation_en=str(raw.get("citation_en", "")),
        )
        if not 1 <= rule.desil_min <= rule.desil_max <= 10:
            raise ValueError(f"program {key}: rentang desil {rule.range_text} tidak sah")
        if rule.unit not in UNITS:
            raise ValueError(f"program {key}: satuan harus KK atau jiwa, bukan {rule.unit!r}")
        get_indicator(rule.recipients)  # KeyError for an unknown id
        for n in DECILES:
            get_indicator(rule.decile_id(n))
            get_indicator(rule.crosstab_id(n))
        rules.append(rule)
    if not rules:
        raise ValueError("data/eligibility.toml tidak berisi satu pun [program.*]")
    return tuple(rules)


def rule_for(key: str, rules: Sequence[EligibilityRule] | None = None) -> EligibilityRule:
    for rule in rules or load_rules():
        if rule.key == key:
            return rule
    raise KeyError(f"Program tidak dikenal: {key}")


# --------------------------------------------------------------------------------------------
# arithmetic (pure)


@dataclass(frozen=True)
class Targeting:
    """The numbers of one programme in one regency (``None``: not computable)."""

    eligible: float | None
    recipients: float | None
    reached: float | None
    inclusion: float | None
    exclusion: float | None
    coverage: float | None
    gap: float | None
    exclusion_rate: float | None
    inclusion_rate: float | None
    has_crosstab: bool


def _ratio(num: float | None, den: float | None) -> float | None:
    if num is None or den is None or den <= 0:
        return None
    return num / den * 100.0


def compute(
    rule: EligibilityRule,
    deciles: dict[int, float],
    by_decile: dict[int, float] | None = None,
    recipients_total: float | None = None,
) -> Targeting:
    """Eligibility arithmetic for one regency (see the module docstring).

    ``deciles`` maps decile -> count in the rule's unit; a missing eligible decile makes
    ``eligible`` unknown (never counted as zero). ``by_decile`` is used only when it has all
    ten deciles.
    """
    eligible = (
        float(sum(deciles[n] for n in rule.deciles))
        if all(n in deciles and deciles[n] is not None for n in rule.deciles)
        else None
    )
    crosstab = by_decile is not None and all(n in by_decile for n in DECILES)
    reached = inclusion = None
    if crosstab:
        reached = float(sum(by_decile[n] for n in rule.deciles))
        inclusion = float(sum(by_decile[n] for n in DECILES if n not in rule.deciles))
        recipients: float | None = reached + inclusion
    else:
        recipients = None if recipients_total is None else float(recipients_total)
    exclusion = (
        max(eligible - reached, 0.0) if eligible is not None and reached is not None else None
    )
    if eligible is None:
        gap = None
    elif reached is not None:
        gap = max(eligible - reached, 0.0)
    elif recipients is not None:
        gap = max(eligible - recipients, 0.0)
    else:
        gap = None
    return Targeting(
        eligible=eligible,
        recipients=recipients,
        reached=reached,
        inclusion=inclusion,
        exclusion=exclusion,
        coverage=_ratio(recipients, eligible),
        gap=gap,
        exclusion_rate=_ratio(exclusion, eligible),
        inclusion_rate=_ratio(inclusion, recipients),
        has_crosstab=crosstab,
    )


# --------------------------------------------------------------------------------------------
# snapshot dates


def snapshot_labels(bind: Bind, dataset_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """dataset id -> (ISO date, label) for datasets with a stored snapshot date."""
    ids = sorted({int(i) for i in dataset_ids if i is not None and not pd.isna(i)})
    if not ids:
        return {}
    stmt = select(
        DatasetSnapshot.dataset_id, DatasetSnapshot.snapshot_date, DatasetSnapshot.label
    ).where(DatasetSnapshot.dataset_id.in_(ids))
    with connect(bind) as conn:
        return {int(d): (s.isoformat(), str(lbl)) for d, s, lbl in conn.execute(stmt)}


def snapshot_of(row: dict | pd.Series, stored: dict[int, tuple[str, str]]) -> str:
    """The snapshot label of one observation: stored with its dataset, else as its source
    or note names it ("Agustus 2025 (menurut sumber)"), else :data:`NO_SNAPSHOT`."""
    ds = row.get("dataset_id")
    if ds is not None and not pd.isna(ds) and int(ds) in stored:
        return stored[int(ds)][1]
    for text in (row.get("note"), row.get("source")):
        label = from_note(text if isinstance(text, str) else None)
        if label:
            return f"{label} (menurut sumber)"
    return NO_SNAPSHOT


# --------------------------------------------------------------------------------------------
# the table of one programme


TABLE_COLUMNS = [
    "kode_bps",
    "nama",
    "dtsen_year",
    "snapshot",
    "eligible",
    "recipients",
    "reached",
    "inclusion",
    "exclusion",
    "coverage",
    "gap",
    "exclusion_rate",
    "inclusion_rate",
    "has_crosstab",
    "recipients_year",
    "is_example",
    "dataset_kind",
    "source",
]


@dataclass(frozen=True)
class EligibilityTable:
    """:func:`eligibility_table` result: one row per kabupaten/kota, plus province totals."""

    rule: EligibilityRule
    year: int
    data: pd.DataFrame
    eligible_total: float | None
    recipients_total: float | None
    reached_total: float | None
    inclusion_total: float | None
    exclusion_total: float | None
    coverage_total: float | None
    n_regions: int
    n_with_data: int
    snapshots: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    has_example: bool = False
    n_crosstab: int = 0


def dtsen_years(bind: Bind) -> list[int]:
    """Years with DTSEN decile counts for at least one kabupaten/kota."""
    ids = [f"dtsen_desil{n}_{u}" for n in DECILES for u in UNITS.values()]
    obs = current_observations(bind, indicator_ids=ids)
    obs = obs[obs["kode_bps"] != PROVINCE_CODE]
    return sorted({int(y) for y in obs["year"]})


def _by_year(obs: pd.DataFrame, ids: Sequence[str]) -> dict[int, dict[str, dict]]:
    out: dict[int, dict[str, dict]] = {}
    for row in obs[obs["indicator_id"].isin(list(ids))].to_dict("records"):
        out.setdefault(int(row["year"]), {})[row["indicator_id"]] = row
    return out


def eligibility_table(bind: Bind, rule: EligibilityRule, year: int) -> EligibilityTable:
    """Eligible, reached, inclusion and exclusion per regency for ``rule`` in ``year``."""
    decile_ids = [rule.decile_id(n) for n in DECILES]
    cross_ids = [rule.crosstab_id(n) for n in DECILES]
    with connect(bind) as conn:
        regs = regions(conn)
        codes = regs["kode_bps"].tolist()
        obs = current_observations(
            conn, indicator_ids=[*decile_ids, *cross_ids, rule.recipients], kode_bps=codes
        )
        obs = obs[obs["year"] <= int(year)]
        stored = snapshot_labels(conn, obs["dataset_id"].unique())
    needed = [rule.decile_id(n) for n in rule.deciles]
    rows = []
    for kode, nama in zip(regs["kode_bps"], regs["nama"], strict=True):
        own = obs[obs["kode_bps"] == kode]
        by_year = _by_year(own, decile_ids)
        complete = [y for y, ids in by_year.items() if all(i in ids for i in needed)]
        base = {"kode_bps": kode, "nama": nama}
        if not complete:
            rows.append({**base, "has_crosstab": False, "is_example": False})
            continue
        dy = max(complete)
        dec_rows = by_year[dy]
        deciles = {
            n: float(dec_rows[rule.decile_id(n)]["value"])
            for n in DECILES
            if rule.decile_id(n) in dec_rows
        }
        cross_rows = _by_year(own, cross_ids).get(dy, {})
        cross = (
            {n: float(cross_rows[rule.crosstab_id(n)]["value"]) for n in DECILES}
            if all(rule.crosstab_id(n) in cross_rows for n in DECILES)
            else None
        )
        total_rows = own[own["indicator_id"] == rule.recipients].sort_values("year")
        total_row = None if total_rows.empty else total_rows.iloc[-1].to_dict()
        total = None if total_row is None else float(total_row["value"])
        result = compute(rule, deciles, cross, total)
        used = [dec_rows[i] for i in needed]
        used += list(cross_rows.values()) if cross else ([total_row] if total_row else [])
        snaps = list(dict.fromkeys(snapshot_of(r, stored) for r in [dec_rows[i] for i in needed]))
        rows.append(
            {
                **base,
                "dtsen_year": dy,
                "snapshot": "; ".join(snaps),
                **result.__dict__,
                "recipients_year": (
                    dy if cross else (None if total_row is None else int(total_row["year"]))
                ),
                "is_example": any(bool(r["is_example"]) for r in used),
                "dataset_kind": (
                    "example"
                    if any(bool(r["is_example"]) for r in used)
                    else "imported"
                    if any(r["dataset_kind"] == "imported" for r in used)
                    else "official"
                ),
                "source": "; ".join(dict.fromkeys(str(r["source"]) for r in used if r["source"])),
            }
        )
    data = pd.DataFrame(rows).reindex(columns=TABLE_COLUMNS)
    data["has_crosstab"] = data["has_crosstab"].fillna(False).astype(bool)
    data["is_example"] = data["is_example"].fillna(False).astype(bool)
    for col in ("dtsen_year", "recipients_year"):
        data[col] = data[col].astype("Int64")
    num_cols = [
        "eligible",
        "recipients",
        "reached",
        "inclusion",
        "exclusion",
        "coverage",
        "gap",
        "exclusion_rate",
        "inclusion_rate",
    ]
    data[num_cols] = data[num_cols].astype(float)

    def total(col: str, mask: pd.Series | None = None) -> float | None:
        s = data[col] if mask is None else data.loc[mask, col]
        return float(s.sum()) if s.notna().any() else None

    pairs = data["eligible"].notna() & data["recipients"].notna()
    both = data["has_crosstab"] & data["eligible"].notna()
    eligible_pairs = total("eligible", pairs)
    recipients_pairs = total("recipients", pairs)
    used = data[data["eligible"].notna()]
    return EligibilityTable(
        rule=rule,
        year=int(year),
        data=data,
        eligible_total=total("eligible"),
        recipients_total=total("recipients"),
        reached_total=total("reached", both),
        inclusion_total=total("inclusion", both),
        exclusion_total=total("exclusion", both),
        coverage_total=_ratio(recipients_pairs, eligible_pairs),
        n_regions=len(data),
        n_with_data=int(data["eligible"].notna().sum()),
        snapshots=unique_values(used["snapshot"].tolist()),
        sources=unique_values([s for v in used["source"].dropna() for s in str(v).split("; ")]),
        has_example=bool(used["is_example"].any()),
        n_crosstab=int(both.sum()),
    )


# --------------------------------------------------------------------------------------------
# DTSEN families per regency


def decile_profile(bind: Bind, year: int) -> pd.DataFrame:
    """Families (KK) in deciles 1-10 per regency from the latest snapshot on or before
    ``year``: columns kode_bps, nama, dtsen_year, snapshot, desil1..desil10, desil_1_5,
    total, is_example, source (NaN where a regency has no complete snapshot)."""
    ids = [f"dtsen_desil{n}_kk" for n in DECILES]
    with connect(bind) as conn:
        regs = regions(conn)
        obs = current_observations(conn, indicator_ids=ids, kode_bps=regs["kode_bps"].tolist())
        obs = obs[obs["year"] <= int(year)]
        stored = snapshot_labels(conn, obs["dataset_id"].unique())
    rows = []
    for kode, nama in zip(regs["kode_bps"], regs["nama"], strict=True):
        by_year = _by_year(obs[obs["kode_bps"] == kode], ids)
        complete = [y for y, found in by_year.items() if all(i in found for i in ids)]
        row: dict[str, object] = {"kode_bps": kode, "nama": nama}
        if complete:
            dy = max(complete)
            found = by_year[dy]
            values = [float(found[i]["value"]) for i in ids]
            row.update({f"desil{n}": v for n, v in zip(DECILES, values, strict=True)})
            row.update(
                dtsen_year=dy,
                snapshot="; ".join(dict.fromkeys(snapshot_of(found[i], stored) for i in ids)),
                desil_1_5=float(np.sum(values[:5])),
                total=float(np.sum(values)),
                is_example=any(bool(found[i]["is_example"]) for i in ids),
                source="; ".join(dict.fromkeys(str(found[i]["source"]) for i in ids)),
            )
        rows.append(row)
    cols = [
        "kode_bps",
        "nama",
        "dtsen_year",
        "snapshot",
        *[f"desil{n}" for n in DECILES],
        "desil_1_5",
        "total",
        "is_example",
        "source",
    ]
    out = pd.DataFrame(rows).reindex(columns=cols)
    out["is_example"] = out["is_example"].fillna(False).astype(bool)
    out["dtsen_year"] = out["dtsen_year"].astype("Int64")
    return out


__all__ = [
    "DECILES",
    "EligibilityRule",
    "EligibilityTable",
    "Targeting",
    "compute",
    "decile_profile",
    "dtsen_years",
    "eligibility_table",
    "load_rules",
    "rule_for",
    "snapshot_labels",
    "snapshot_of",
]
