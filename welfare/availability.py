"""What data there is: regencies with a value per indicator and year, and which kind it is.

Two users need the same facts. The map opens an indicator on a year that actually shows data
(:func:`welfare.years.default_year` over :func:`regions_per_year`: the latest year with values
for at least 8 of the 10 regencies; a later, thinner year is offered, never hidden), and staff
and officials see in one table what is official, what was imported and what is still example
data (:func:`availability`).

Pure SQLAlchemy/pandas; one query each.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from sqlalchemy import func, select

from welfare.models import KIND_PROVINCE, REGENCY_KINDS, STATUS_ACTIVE, Dataset, Observation
from welfare.observations import PROVINCE_CODE, Bind, connect, region_codes_of
from welfare.years import year_to_show

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


def regions_per_year(bind: Bind, indicator_id: str | None = None) -> dict[str, dict[int, int]]:
    """Indicator id -> {year: number of kabupaten/kota with a current value} (one query; only
    ``indicator_id`` when one is given)."""
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
    if indicator_id is not None:
        stmt = stmt.where(Observation.indicator_id == indicator_id)
    out: dict[str, dict[int, int]] = {}
    with connect(bind) as conn:
        for ind, year, n in conn.execute(stmt):
            out.setdefault(str(ind), {})[int(year)] = int(n)
    return out


def indicator_year(bind: Bind, indicator_id: str, wanted: int | None = None) -> int | None:
    """The year a view of ``indicator_id`` shows (:func:`welfare.years.year_to_show` over the
    regencies' data): ``wanted`` when it has data, else the indicator's default year."""
    return year_to_show(wanted, regions_per_year(bind, indicator_id).get(indicator_id, {}))


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
