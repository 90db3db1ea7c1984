"""The change of one indicator between two years, per region: the table behind a change map.

Two rate tables of the same indicator (``welfare.read_models.rate_table`` for year A and year B)
become one row per region with both years' values and the change B - A of the *mapped*
number, in the unit that makes sense for it:

* per-cent indicators and coverage rates change in percentage points ("poin"),
* rates per 1.000 penduduk change in points per 1.000 ("poin per 1.000 penduduk"),
* counts, indices and amounts change in their own unit ("jiwa", "indeks", ...).

A region without a value in either year has no change (it is not zero). A change counts as
example data when either year's value (or its denominator) is example data. ``rank`` 1 is the
region whose change is worst by the catalogue's ``higher_is_worse``. Pure Python (pandas).
"""

from __future__ import annotations

import pandas as pd

from welfare.catalogue import RATE_COVERAGE, RATE_PER_1000, IndicatorDef

UNIT_POINTS = "points"  # percentage points
UNIT_POINTS_PER_1000 = "points_per_1000"
UNIT_OWN = "own"  # the indicator's own unit (counts, indices, rupiah)

CHANGE_COLUMNS = [
    "kode_bps",
    "nama",
    "value_a",
    "value_b",
    "rate_a",
    "rate_b",
    "change",
    "rank",
    "is_example",
    "dataset_kind_a",
    "dataset_kind_b",
    "source_a",
    "source_b",
]


def change_unit(ind: IndicatorDef) -> str:
    """How the change of ``ind``'s mapped number is told: UNIT_POINTS, ..._PER_1000 or _OWN."""
    if ind.rate_kind == RATE_PER_1000:
        return UNIT_POINTS_PER_1000
    if ind.rate_kind == RATE_COVERAGE or ind.kind == "percent":
        return UNIT_POINTS
    return UNIT_OWN


def change_table(
    table_a: pd.DataFrame, table_b: pd.DataFrame, *, higher_is_worse: bool
) -> pd.DataFrame:
    """One row per region of ``table_b`` (regions only in ``table_a`` are added too).

    Both tables have at least kode_bps, nama, value and rate; is_example, dataset_kind and
    source are used when present.
    """

    def side(table: pd.DataFrame, suffix: str) -> pd.DataFrame:
        cols = {
            "kode_bps": table["kode_bps"].astype(str),
            "nama": table["nama"] if "nama" in table else None,
            f"value_{suffix}": table.get("value"),
            f"rate_{suffix}": table.get("rate"),
            f"is_example_{suffix}": (
                table["is_example"].astype("boolean").fillna(False).astype(bool)
                if "is_example" in table
                else False
            ),
            f"dataset_kind_{suffix}": table.get("dataset_kind"),
            f"source_{suffix}": table.get("source"),
        }
        return pd.DataFrame(cols)

    a, b = side(table_a, "a"), side(table_b, "b")
    merged = b.merge(a, on="kode_bps", how="outer", suffixes=("", "_from_a"))
    merged["nama"] = merged["nama"].fillna(merged.pop("nama_from_a"))
    for col in ("rate_a", "rate_b", "value_a", "value_b"):
        merged[col] = pd.to_numeric(merged[col], errors="coerce").astype("float64")
    merged["change"] = merged["rate_b"] - merged["rate_a"]
    both = merged["change"].notna()
    # Example data shows only where the change is drawn from it.
    merged["is_example"] = both & (
        merged["is_example_a"].fillna(False).astype(bool)
        | merged["is_example_b"].fillna(False).astype(bool)
    )
    merged["rank"] = merged["change"].rank(method="min", ascending=not higher_is_worse)
    order = {k: i for i, k in enumerate(b["kode_bps"])}
    merged = merged.sort_values("kode_bps", key=lambda s: s.map(order).fillna(len(order)))
    return merged[CHANGE_COLUMNS].reset_index(drop=True)
