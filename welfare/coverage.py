"""Programme coverage rules for the Cakupan page and the brief: which programme, what is mapped.

The coverage of a programme (recipients / need, the gap and over-coverage per regency, the
province figure) is computed by :func:`welfare.explore.coverage_table`. This module holds the
rules around it, the same for the page and the meeting brief:

* the programmes in the order they are offered, and the one a view opens on (the programme
  whose recipients or need indicator is the chosen indicator, else the first);
* the map of a programme is its *gap per 1.000 penduduk* (need - recipients, never negative),
  ranked 1 = largest gap, with the absolute gap as the raw value (:func:`gap_map_table`);
* the badge of the province figure: example > imported > official (:func:`badge_kind`).

Pure: no Streamlit, no words (those are in :mod:`views.coverage_gap`).
"""

from __future__ import annotations

import pandas as pd

from welfare.catalogue import PROGRAMMES, Programme, programme_for
from welfare.explore import CoverageTable
from welfare.rates import rank_rates

PROGRAMME_KEYS: tuple[str, ...] = tuple(p.key for p in PROGRAMMES)


def programme(key: str) -> Programme:
    """The programme with ``key`` (``pkh``, ``bpnt``, ``pbi_jk``)."""
    return next(p for p in PROGRAMMES if p.key == key)


def default_programme(indicator_id: str | None) -> str:
    """The programme a view of ``indicator_id`` opens on: its own, else the first."""
    prog = programme_for(indicator_id or "")
    return prog.key if prog else PROGRAMME_KEYS[0]


def with_rank(cov: CoverageTable) -> pd.DataFrame:
    """The coverage rows with ``rank``: 1 = largest gap per 1.000 penduduk, ties share."""
    return cov.data.assign(rank=rank_rates(cov.data["gap_per_1000"], True))


def gap_map_table(cov: CoverageTable) -> pd.DataFrame:
    """The table handed to :func:`geo.thematic.build_layer`: rate = gap per 1.000 penduduk."""
    d = with_rank(cov)
    return pd.DataFrame(
        {
            "kode_bps": d["kode_bps"],
            "nama": d["nama"],
            "value": d["gap"],
            "rate": d["gap_per_1000"],
            "rank": d["rank"],
            "denominator_value": d["population"],
            "denominator_year": d["population_year"],
            "is_example": d["is_example"],
            "dataset_kind": d["dataset_kind"],
            "source": d["source"],
        }
    )


def badge_kind(cov: CoverageTable) -> str:
    """Badge kind of a programme's province figure: example > imported > official."""
    if cov.has_example:
        return "example"
    kinds = set(cov.data.loc[cov.data["coverage"].notna(), "dataset_kind"].dropna())
    return "imported" if "imported" in kinds else "official"


def over_covered(cov: CoverageTable) -> pd.DataFrame:
    """Regencies whose recipients exceed their need (shown as a warning, never as a gap)."""
    return cov.data[cov.data["over"] > 0]


def missing_codes(cov: CoverageTable) -> list[str]:
    """Codes of the regencies without a coverage figure (recipients or need missing)."""
    return list(cov.data.loc[cov.data["coverage"].isna(), "kode_bps"])
