"""What an import checks a file against: the indicator catalogue and the regions as stored.

``ensure_ready`` keeps the store's catalogue and regions in sync with ``data/``, so the import
reads them from the store (the same rows the dashboard shows), never from the files directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from welfare.catalogue import IndicatorDef
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.models import Indicator, Region
from welfare.seed import RegionDef


@dataclass(frozen=True)
class Reference:
    """The catalogue (to match column headers) and the regions (to resolve names and codes)."""

    matcher: IndicatorMatcher
    resolver: RegionResolver

    @property
    def indicators(self) -> list[IndicatorDef]:
        return list(self.matcher.indicators.values())

    @property
    def regions(self) -> list[RegionDef]:
        return list(self.resolver.regions.values())


def load_reference(conn: Connection | Session) -> tuple[IndicatorMatcher, RegionResolver]:
    """The catalogue and the regions as stored, read on an open connection or session."""
    indicators = [
        IndicatorDef(
            id=r.id,
            label_id=r.label_id,
            label_en=r.label_en,
            unit=r.unit,
            group=r.group,
            kind=r.kind,
            denominator=r.denominator,
            higher_is_worse=bool(r.higher_is_worse),
            description_id=r.description_id or "",
            sort_order=r.sort_order,
        )
        for r in conn.execute(select(Indicator.__table__))
    ]
    regions = [
        RegionDef(r.kode_bps, r.kode_kemendagri, r.nama, r.jenis, r.ibukota, r.luas_km2)
        for r in conn.execute(select(Region.__table__))
    ]
    return IndicatorMatcher(indicators), RegionResolver(regions)


def stored_reference(engine: Engine) -> Reference:
    """:func:`load_reference` on a connection of its own."""
    with engine.connect() as conn:
        return Reference(*load_reference(conn))
