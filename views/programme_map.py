"""The Sinkronisasi map: one target group's one-year reached (all levels) as % of its counted
need per regency, as a classified layer like every other map (:func:`geo.thematic.build_layer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd

from geo.thematic import ThematicLayer, build_layer
from views.i18n import t
from views.map_words import map_words
from views.programme_words import PERCENT_DECIMALS, fmt_count, unit_word
from welfare import formatting
from welfare.citations import distinct
from welfare.models import KIND_EXAMPLE, KIND_OFFICIAL
from welfare.register import catalogue

if TYPE_CHECKING:  # only a type: the map reads the matrix's cells
    from views.programme_sync import SyncView


def coverage_layer(
    view: SyncView,
    group_id: str,
    shapes: gpd.GeoDataFrame,
    *,
    selected: Sequence[str] = (),
    font_px: int = 13,
) -> ThematicLayer | None:
    """The map of one group: one-year reached (all levels) as % of the counted need; None when
    the group has no counted need."""
    lang = view.lang
    group = catalogue.target_group(group_id)
    mine = [c for c in view.cells if c.target_group == group_id and c.need]
    if not group.need or not mine:
        return None
    table = pd.DataFrame(
        {
            "kode_bps": [c.kode_bps for c in mine],
            "value": [c.realised for c in mine],
            "rate": [100.0 * c.realised / c.need for c in mine],
            "denominator_value": [c.need for c in mine],
            "denominator_year": [c.need_year for c in mine],
            "dataset_kind": [KIND_EXAMPLE if c.need_is_example else KIND_OFFICIAL for c in mine],
            "source": [
                (next(iter(distinct(c.need_sources, c.need_kinds)), None) or None) for c in mine
            ],
        }
    )
    table["source"] = [c.label(lang) if c else None for c in table["source"]]
    unit = unit_word(group.need_unit, lang)
    title = t("sync.map.title", lang, group=group.label(lang))
    return build_layer(
        shapes,
        table,
        title=title,
        mapped_unit=t("sync.map.unit", lang),
        higher_is_worse=False,
        words=map_words(lang, raw_key="sync.col.realised", denominator=t("sync.col.need", lang)),
        fmt_mapped=lambda v: formatting.format_number(v, PERCENT_DECIMALS, lang),
        fmt_raw=lambda v: fmt_count(v, lang),
        raw_unit=unit,
        legend_notes=(t("sync.map.note", lang, year=view.year, unit=unit),),
        selected=selected,
        font_px=font_px,
    )
