"""What one Bahan rapat reads: the store and the regencies, loaded once for every slide.

The pages read the store through Streamlit's caches (``components.state.data_access``); the
brief is built from the command line too, so its slide builders (:mod:`views.slides`) read it
through the same pure functions of :mod:`welfare` with the :class:`BriefData` given here. The
Bahan rapat page passes the page's own engine and geometry; :func:`open_data` opens them for
``python manage.py brief`` and the benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import geopandas as gpd
import pandas as pd
from sqlalchemy import Engine

from views.agenda import AgendaStep
from welfare import zone_groups


@dataclass
class BriefData:
    """The store and the regencies every view of one brief reads (loaded once)."""

    engine: Engine
    regencies: gpd.GeoDataFrame
    zones: pd.Series | None = None  # kode_bps -> wilayah_ikn | penyangga | luar

    @cached_property
    def names(self) -> dict[str, str]:
        return dict(zip(self.regencies["kode_bps"], self.regencies["nama"], strict=True))

    @cached_property
    def buffer_codes(self) -> list[str]:
        zones = self.zones
        if zones is None:
            from geo import ikn

            zones = pd.Series(
                ikn.zone_class(self.regencies).to_numpy(), index=self.regencies["kode_bps"]
            )
            self.zones = zones
        return zone_groups.buffer_codes(zones)

    def highlighted(self, step: AgendaStep) -> tuple[str, ...]:
        """The regions a step's map marks: the buffer zone's, or the step's own codes."""
        if step.buffer:
            return tuple(self.buffer_codes)
        return tuple(step.region_codes)


def open_data(
    engine: Engine | None = None,
    regencies: gpd.GeoDataFrame | None = None,
    zones: pd.Series | None = None,
) -> BriefData:
    """The store (``DATABASE_URL`` by default, created and seeded on first use) and geometry."""
    if engine is None:
        from welfare.db import make_engine
        from welfare.store import ensure_ready

        engine = make_engine()
        ensure_ready(engine)
    if regencies is None:
        from geo import regions

        regencies = regions.load_regencies()
    return BriefData(engine=engine, regencies=regencies, zones=zones)
