"""The indicator map of the current filter state, from the cached store and geometry.

The view itself (layer, units, decimals, legend notes, sources) is decided in
:mod:`views.indicator_map`, the same for the map page, the home page, the HTML export and the
meeting brief; this module only fetches its inputs through :mod:`components.state.data_access`. At
kecamatan level (``build(..., kecamatan=[codes])``) the kecamatan's own table and geometry go
in, so tooltips, ranking, legend, table and exports read the same.

It lives with the cached reads, not with the page bodies: the map page and the home page both
build this view, and a page body never imports another.
"""

from __future__ import annotations

from collections.abc import Sequence

from components.state import data_access
from components.state.view_state import ViewState
from geo.fixed_classes import FixedClasses
from views import indicator_map
from views.indicator_map import IndicatorView, map_words

__all__ = ["IndicatorView", "build", "map_words"]


def build(
    state: ViewState,
    *,
    font_px: int = 13,
    selected: tuple[str, ...] = (),
    kecamatan: Sequence[str] | None = None,
    fixed: FixedClasses | None = None,
    notice: str | None = None,
    extra_notes: Sequence[str] = (),
) -> IndicatorView:
    """The thematic layer for ``state.indicator`` in ``state.year`` (of the regencies, or of
    the ``kecamatan`` codes); ``fixed``, ``notice``, ``extra_notes``: a time playback's frame
    (see :func:`views.indicator_map.build`)."""
    # The regency views are cached (small); a kecamatan view carries its GeoJSON, which a
    # cache would copy on every hit.
    build_view = _build if kecamatan is not None else _regency_view
    return build_view(
        state.indicator,
        state.year,
        state.lang,
        font_px=font_px,
        selected=tuple(selected),
        kecamatan=None if kecamatan is None else tuple(sorted(kecamatan)),
        fixed=fixed,
        notice=notice,
        extra_notes=tuple(extra_notes),
    )


def _build(
    indicator: str,
    year: int,
    lang: str,
    *,
    font_px: int,
    selected: tuple[str, ...],
    kecamatan: tuple[str, ...] | None,
    fixed: FixedClasses | None,
    notice: str | None,
    extra_notes: tuple[str, ...],
) -> IndicatorView:
    level, geometry_src, geometry = indicator_map.LEVEL_REGENCY, None, None
    if kecamatan is None:
        table, meta = data_access.rate_table(indicator, year)
        shapes = data_access.geo_bundle().regencies
    else:
        table, meta = data_access.kecamatan_rate_table(indicator, year, kecamatan)
        kec = data_access.kecamatan_geo().kecamatan
        shapes = kec[kec["kode_bps"].isin(kecamatan)]
        level = indicator_map.LEVEL_KECAMATAN
        geometry_src, geometry = data_access.kecamatan_geojson(kecamatan)
    return indicator_map.build(
        shapes,
        table,
        meta,
        indicator_id=indicator,
        year=year,
        lang=lang,
        font_px=font_px,
        selected=selected,
        level=level,
        geometry_src=geometry_src,
        geometry=geometry,
        fixed=fixed,
        notice=notice,
        extra_notes=extra_notes,
    )


# One regency view per data version and arguments, shared by every session: the participants
# of a meeting who open the same indicator and year pay for its layer once
# (bench/load_cluster.py).
_regency_view = data_access.versioned(max_entries=128)(_build)
