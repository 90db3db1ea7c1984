"""What data there is: regencies with a value per indicator and year, and which kind it is.

Two users need the same facts. The map opens an indicator on a year that actually shows data
(:func:`default_year`: the latest year with values for at least 8 of the 10 regencies; a later,
thinner year is offered, never hidden), and staff and officials see in one table what is
official, what was imported and what is still example data (:func:`availability`).

Pure SQLAlchemy/pandas; one query each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import func, select

from welfare.models import KIND_PROVINCE, REGENCY_KINDS, STATUS_ACTIVE, Dataset, Observation
from welfare.observations import PROVINCE_CODE, Bind, connect, region_codes_of

# A year "shows data" on a map of the ten regencies when at least this many have a value.
MIN_REGIONS_FOR_DEFAULT = 8

AVAILABILITY_COLUMNS = ["indicator_id", "year", "n_regions", "kinds", "has_province"]


def availability(bind: Bind) -> pd.DataFrame:
    """Per indicator and year: regencies with a current value, the data kinds, province row.

    ``kinds`` is the sorted tuple of dataset kinds among the current values
    ('example', 'imported', 'official'); ``n_regions`` counts kabupaten/kota only.
    """
    stmt = (
        select(
            Observation.indicator_id,
            Observation.year,
            Observation.region_kode_bps,
            Dataset.kind,
        )
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            # The ten kabupaten/kota and the province row; kecamatan are counted elsewhere.
            Observation.region_kode_bps.in_(region_codes_of((*REGENCY_KINDS, KIND_PROVINCE))),
        )
        .distinct()
    )
    with connect(bind) as conn:
        rows = conn.execute(stmt).all()
    cells: dict[tuple[str, int], dict[str, object]] = {}
    for indicator_id, year, region, kind in rows:
        cell = cells.setdefault(
            (str(indicator_id), int(year)), {"regions": set(), "kinds": set(), "province": False}
        )
        if region == PROVINCE_CODE:
            cell["province"] = True
        else:
            cell["regions"].add(region)  # type: ignore[union-attr]
        cell["kinds"].add(kind)  # type: ignore[union-attr]
    records = [
        {
            "indicator_id": ind,
            "year": year,
            "n_regions": len(cell["regions"]),  # type: ignore[arg-type]
            "kinds": tuple(sorted(cell["kinds"])),  # type: ignore[arg-type]
            "has_province": bool(cell["province"]),
        }
        for (ind, year), cell in sorted(cells.items())
    ]
    return pd.DataFrame(records, columns=AVAILABILITY_COLUMNS)


def regions_per_year(bind: Bind) -> dict[str, dict[int, int]]:
    """Indicator id -> {year: number of kabupaten/kota with a current value} (one query)."""
    stmt = (
        select(
            Observation.indicator_id,
            Observation.year,
            func.count(func.distinct(Observation.region_kode_bps)),
        )
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.region_kode_bps.in_(region_codes_of(REGENCY_KINDS)),
        )
        .group_by(Observation.indicator_id, Observation.year)
    )
    out: dict[str, dict[int, int]] = {}
    with connect(bind) as conn:
        for indicator_id, year, n in conn.execute(stmt):
            out.setdefault(str(indicator_id), {})[int(year)] = int(n)
    return out


def regions_per_year_among(bind: Bind, indicator_id: str, codes: Sequence[str]) -> dict[int, int]:
    """{year: how many of ``codes`` (e.g. the kecamatan on the map) have a current value}."""
    if not codes:
        return {}
    stmt = (
        select(Observation.year, func.count(func.distinct(Observation.region_kode_bps)))
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.indicator_id == indicator_id,
            Observation.region_kode_bps.in_(list(codes)),
        )
        .group_by(Observation.year)
    )
    with connect(bind) as conn:
        return {int(year): int(n) for year, n in conn.execute(stmt)}


@dataclass(frozen=True)
class YearChoice:
    """The year an indicator opens on, and what the user should know about later years."""

    year: int | None
    n_regions: int  # regencies with data in ``year``
    later_thinner: tuple[int, ...]  # later years with fewer regencies than the threshold


def default_year(
    counts: Mapping[int, int], *, min_regions: int = MIN_REGIONS_FOR_DEFAULT
) -> YearChoice:
    """The most recent year with data for at least ``min_regions`` regencies.

    When no year reaches the threshold, the year with the most regencies (the latest of
    those) is used, so a sparse indicator still opens on its best year. Later years that have
    some data but fewer regencies are listed so the page can offer them.
    """
    if not counts:
        return YearChoice(None, 0, ())
    years = sorted(counts)
    full = [y for y in years if counts[y] >= min_regions]
    if full:
        year = full[-1]
    else:
        best = max(counts.values())
        year = max(y for y in years if counts[y] == best)
    later = tuple(y for y in years if y > year)
    return YearChoice(year, counts[year], later)
