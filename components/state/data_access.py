"""Cached access to the store and the geodata for the pages: the one layer that caches.

Pages never run SQL or parse files: they call these functions, which ask welfare/ and geo/
and cache the answer. Two kinds of cache:

* **Query results** change when data is imported: decorate the query with :func:`versioned`.
  It caches per arguments *and* per data version (:func:`data_version`, the store's
  fingerprint of its datasets, re-read at most once a second), so an import or rollback, from
  the page or from the command line in another process, is visible on the next rerun::

      @versioned(max_entries=64)
      def series(indicator_id: str) -> pd.DataFrame:
          return read_models.series(engine(), indicator_id)

  Arguments must be hashable by Streamlit (str, int, tuples, lists, DataFrames) and passed
  by name or position, no ``*args``; results are copied out of the cache (pickled), so return
  plain data (DataFrames, dicts, frozen dataclasses), not engines or sessions.
* **Shared objects** that do not depend on the data (the engine, cleaned geometry, the
  catalogue) use ``st.cache_resource``: one per process, never copied.
"""

from __future__ import annotations

import functools
import inspect
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from geo import map_geometry, regions
from geo.map_geometry import GeoBundle, KecamatanGeo
from views import indicator_map
from welfare import (
    availability,
    catalogue,
    explore,
    observations,
    read_models,
    store,
    targeting,
    targets,
)
from welfare import coverage as coverage_rules
from welfare import years as years_rule
from welfare.db import database_url, make_engine

__all__ = ["GeoBundle", "KecamatanGeo", "data_version", "engine", "invalidate", "versioned"]

P = ParamSpec("P")
R = TypeVar("R")


# Stores made ready by this process (``_engine`` ran for them): no check needed any more.
_READY: set[str] = set()


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    eng = make_engine(url)
    store.ensure_ready(eng)
    _READY.add(url)
    return eng


def engine() -> Engine:
    """The store named by ``DATABASE_URL``, created and seeded on first use."""
    return _engine(database_url())


def store_needs_seeding() -> bool:
    """True on a fresh install: the first :func:`engine` call will load the seeds (seconds)."""
    url = database_url()
    if url in _READY:
        return False
    probe = make_engine(url)
    try:
        return not store.is_seeded(probe)
    finally:
        probe.dispose()


VERSION_TTL_S = 1.0
# URL -> (monotonic time until which it holds, version). A plain dict, not st.cache_data: a
# page run asks for the version once per cached read (~15 times), and Streamlit's cache
# lookup cost ~0.2 ms each (bench/README.md, server CPU per change).
_versions: dict[str, tuple[float, str]] = {}


def data_version() -> str:
    """Fingerprint of the stored datasets, re-read at most once a second (see invalidate)."""
    url = database_url()
    now = time.monotonic()
    held = _versions.get(url)
    if held is not None and now < held[0]:
        return held[1]
    # The URL is part of the version, so cached results never leak from one store to another.
    version = f"{url}|{store.data_fingerprint(engine())}"
    _versions[url] = (now + VERSION_TTL_S, version)
    return version


def invalidate() -> None:
    """Forget the fingerprint now (after an import or rollback in this process)."""
    _versions.clear()


def versioned(
    *, max_entries: int | None = None, shared: bool = False
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a store query per its arguments and the current :func:`data_version`.

    The decorated function keeps its signature; ``fn.clear()`` empties its cache. Arguments
    are bound to the signature first, so ``f(a, b=1)`` and ``f(a, 1)`` share one entry.

    Every caller gets its own copy of the result (``st.cache_data``: unpickled on each hit),
    unless ``shared``: then every caller gets the one object (``st.cache_resource``), for
    results that no caller changes and that are dear to copy (an indicator's rows of every
    year: copying them cost more than the year's table taken from them).
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)

        def cached(version: str, arguments: tuple[tuple[str, Any], ...]) -> R:
            return fn(**dict(arguments))  # type: ignore[call-arg]

        # Streamlit keys a cache by the function's module and qualified name: one per query.
        cached.__module__ = fn.__module__
        cached.__qualname__ = cached.__name__ = f"{fn.__qualname__}[versioned]"
        store_results = st.cache_resource if shared else st.cache_data
        cache = store_results(show_spinner=False, max_entries=max_entries)(cached)

        @functools.wraps(fn)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            return cache(data_version(), tuple(bound.arguments.items()))

        call.clear = cache.clear  # type: ignore[attr-defined]
        return call

    return decorate


@versioned(max_entries=8)
def years_by_indicator() -> dict[str, list[int]]:
    """Indicator id -> years with kabupaten/kota data (current datasets only)."""
    return observations.years_by_indicator(engine())


def years(indicator_id: str) -> list[int]:
    return list(years_by_indicator().get(indicator_id, []))


@versioned(max_entries=8)
def _regions_per_year() -> dict[str, dict[int, int]]:
    return availability.regions_per_year(engine())


def year_counts(indicator_id: str) -> dict[int, int]:
    """Year -> number of kabupaten/kota with a value of the indicator."""
    return dict(_regions_per_year().get(indicator_id, {}))


@versioned(max_entries=32)
def year_counts_among(indicator_id: str, codes: tuple[str, ...]) -> dict[int, int]:
    """Year -> number of the regions ``codes`` (e.g. the kecamatan in view) with a value."""
    return availability.regions_per_year_among(engine(), indicator_id, codes)


def default_year(indicator_id: str) -> years_rule.YearChoice:
    """The year the indicator opens on (latest with data for at least 8 of 10 regencies)."""
    return years_rule.default_year(year_counts(indicator_id))


def year_to_show(indicator_id: str, wanted: int | None) -> int | None:
    """The one year rule (:func:`welfare.years.year_to_show`) for ``indicator_id``."""
    return years_rule.year_to_show(wanted, year_counts(indicator_id))


@versioned(max_entries=8)
def data_availability() -> pd.DataFrame:
    """Indicator x year: regencies with data, data kinds, province row (see welfare)."""
    return availability.availability(engine())


@versioned(max_entries=64, shared=True)  # read only: rate_table_from takes copies
def _indicator_rows(indicator_id: str) -> read_models.IndicatorRows:
    # Every year of the indicator in one read: a year change or a playback step of the same
    # indicator then queries nothing (bench/README.md, server CPU per change).
    return read_models.indicator_rows(engine(), indicator_id)


@versioned(max_entries=256)
def rate_table(indicator_id: str, year: int) -> tuple[pd.DataFrame, dict]:
    """The map table of the regencies and its metadata (denominator, sources, example)."""
    rows = _indicator_rows(indicator_id)
    return indicator_map.map_inputs(read_models.rate_table_from(rows, year))


@versioned(max_entries=64)
def series(indicator_id: str) -> pd.DataFrame:
    return read_models.series(engine(), indicator_id)


@dataclass(frozen=True)
class CatalogueView:
    """The indicator catalogue, as the pages use it."""

    indicators: tuple[catalogue.IndicatorDef, ...]

    def ordered(self) -> tuple[catalogue.IndicatorDef, ...]:
        return self.indicators

    def get(self, indicator_id: str) -> catalogue.IndicatorDef:
        return catalogue.get_indicator(indicator_id)

    def label(self, indicator_id: str, lang: str) -> str:
        return self.get(indicator_id).label(lang)

    def option_label(self, indicator_id: str, lang: str) -> str:
        # The label first: the sidebar is narrow and the group is the less important part. A
        # label that already names its group keeps it once ("Poverty rate", not "Poverty rate
        # (Poverty)"; "Garis kemiskinan", not "Garis kemiskinan (Kemiskinan)").
        ind = self.get(indicator_id)
        label, group = ind.label(lang), catalogue.group_label(ind.group, lang)
        if re.search(rf"\b{re.escape(group.split()[0])}\b", label, re.IGNORECASE):
            return label
        return f"{label} ({group})"


@st.cache_resource(show_spinner=False)
def indicator_catalogue() -> CatalogueView:
    return CatalogueView(catalogue.load_catalogue())


@st.cache_resource(show_spinner=False)
def geo_bundle() -> GeoBundle:
    """The map's regency geometry, zones and published file (built once per process)."""
    return map_geometry.build_geo_bundle()


def region_names() -> dict[str, str]:
    """BPS code -> regency name (what select boxes and lists show instead of codes)."""
    regs = geo_bundle().regencies
    return dict(zip(regs["kode_bps"], regs["nama"], strict=True))


def buffer_zone_codes() -> list[str]:
    """BPS codes of the IKN regencies and the buffer zone, from geometry."""
    return geo_bundle().buffer_zone_codes()


@versioned(max_entries=16)
def headline(zone: list[str], *, same_year: bool = False) -> pd.DataFrame:
    """Latest key figures for the province and for ``zone`` (see welfare.read_models.headline).

    ``same_year=True``: both in the latest year they share (the home page's comparison).
    """
    return read_models.headline(engine(), tuple(zone), same_year=same_year)


@st.cache_resource(show_spinner=False)
def _admin_engine(url: str) -> Engine:
    from welfare import auth

    eng = _engine(url)
    auth.ensure_auth_schema(eng)  # the login-attempt table (lockout) lives in the store
    return eng


def admin_engine() -> Engine:
    """The store, plus the tables the staff login needs."""
    return _admin_engine(database_url())


# --------------------------------------------------------------------------------------------
# kecamatan (the map's drill-down and the kecamatan profile)


@st.cache_resource(show_spinner=False)
def _kecamatan_codes() -> tuple[str, ...]:
    return tuple(regions.kecamatan_table()["kode_kemendagri"])


def kecamatan_codes() -> tuple[str, ...]:
    """Kemendagri codes of the 105 kecamatan (``data/kecamatan.csv``; no geometry needed)."""
    return _kecamatan_codes()


@st.cache_resource(show_spinner=False)
def kecamatan_geo() -> KecamatanGeo:
    """Cleaned kecamatan geometry with zones and distances (computed once per process)."""
    return map_geometry.build_kecamatan_geo()


def kecamatan_in_view(regions_mode: str, regencies: tuple[str, ...]) -> list[str]:
    """Kecamatan codes of a view: around IKN (buffer mode), of the chosen regencies, or all."""
    return kecamatan_geo().in_view(regions_mode, regencies)


@st.cache_resource(show_spinner=False, max_entries=32)
def kecamatan_geojson(codes: tuple[str, ...]) -> tuple[str, dict]:
    """(URL, GeoJSON) of the kecamatan ``codes`` (see geo.map_geometry.publish_kecamatan)."""
    return map_geometry.publish_kecamatan(kecamatan_geo().kecamatan, codes)


@versioned(max_entries=128)
def kecamatan_rate_table(
    indicator_id: str, year: int, codes: list[str] | tuple[str, ...]
) -> tuple[pd.DataFrame, dict]:
    """The map table of ``codes`` (kecamatan), ranked among themselves."""
    result = read_models.rate_table(engine(), indicator_id, year, kode_bps=list(codes))
    return indicator_map.map_inputs(result)


@versioned(max_entries=32)
def observations_of(codes: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """Every current observation of the regions ``codes`` (e.g. a kecamatan and its regency)."""
    return observations.current_observations(engine(), kode_bps=list(codes))


# Programme coverage (the Cakupan page).


@versioned(max_entries=64)
def coverage(key: str, year: int) -> explore.CoverageTable:
    """Coverage, gap and over-coverage of the programme ``key`` in ``year`` (welfare.explore)."""
    return explore.coverage_table(engine(), coverage_rules.programme(key), year)


@versioned(max_entries=16)
def programme_years(key: str) -> list[int]:
    """Years in which some regency has recipients of the programme ``key``."""
    return explore.programme_years(engine(), coverage_rules.programme(key))


# --------------------------------------------------------------------------------------------
# trends and profiles (Tren, Beranda, Profil wilayah)


@versioned(max_entries=64)
def group_trend(indicator_id: str, groups: dict[str, list[str]]) -> pd.DataFrame:
    """Yearly aggregate of an indicator per group of regencies (welfare.explore.group_trend)."""
    return explore.group_trend(engine(), indicator_id, groups)


@versioned(max_entries=4)
def pmks_years() -> list[int]:
    """Years in which some regency has PMKS category figures."""
    return explore.pmks_years(engine())


@versioned(max_entries=32)
def pmks_mix(year: int) -> pd.DataFrame:
    """The 26 PMKS categories per regency in ``year`` (welfare.explore.pmks_mix)."""
    return explore.pmks_mix(engine(), year)


@versioned(max_entries=32)
def profile(
    kode_bps: str, indicator_id: str | None = None, year: int | None = None
) -> pd.DataFrame:
    """Every indicator of one regency at the year the other pages show it (``year`` for
    ``indicator_id``, the shared filter's), rank and sparkline (welfare.explore.profile)."""
    chosen = {indicator_id: year} if indicator_id and year is not None else None
    return explore.profile(engine(), kode_bps, chosen)


@versioned(max_entries=32)
def indicators_without_data(kode_bps: str) -> list[str]:
    """Catalogue indicators with no value for the regency (the profile's last list)."""
    return explore.indicators_without_data(engine(), kode_bps)


@st.cache_resource(show_spinner=False)
def regency_outlines() -> dict[str, tuple[list, list]]:
    """The regencies' outlines as x/y lists (the home page's small map; geo.map_geometry)."""
    return map_geometry.outlines_xy(geo_bundle().regencies)


# -- targets, DTSEN and eligibility (the fingerprint covers target sets too) -----------------


@versioned(max_entries=64)
def province_series(indicator_id: str) -> pd.DataFrame:
    """The official province row ('64') of an indicator over the years (may be empty)."""
    return read_models.series(engine(), indicator_id, [observations.PROVINCE_CODE])


@versioned(max_entries=64)
def current_targets(indicator_ids: list[str] | None = None) -> pd.DataFrame:
    """Targets of the current target sets (all indicators, or only ``indicator_ids``)."""
    return targets.current_targets(engine(), indicator_ids)


@versioned(max_entries=16)
def target_status(
    indicator_id: str, codes: tuple[str, ...], year: int | None = None
) -> list[targets.StatusRow]:
    """Each region's value in the year the pages show against its target
    (welfare.targets.status_table)."""
    return targets.status_table(engine(), indicator_id, codes, year=year, targets=current_targets())


@versioned(max_entries=32)
def eligibility(key: str, year: int) -> targeting.EligibilityTable:
    """Recipients against the DTSEN deciles a programme is meant for (welfare.targeting)."""
    return targeting.eligibility_table(engine(), targeting.rule_for(key), year)


@versioned(max_entries=8)
def dtsen_years() -> list[int]:
    return targeting.dtsen_years(engine())


@versioned(max_entries=8)
def decile_profile(year: int) -> pd.DataFrame:
    return targeting.decile_profile(engine(), year)


@versioned(max_entries=4)
def import_templates(year: int) -> tuple[bytes, bytes]:
    """The empty import templates (CSV, XLSX) for ``year``, from the catalogue and regions as
    stored (a changed catalogue reaches the store as a new dataset version)."""
    # Imported here: the import engine (spreadsheet readers) is not loaded for the map pages.
    from welfare.importing.reference import load_reference
    from welfare.importing.templates import template_csv, template_xlsx

    with engine().connect() as conn:
        matcher, resolver = load_reference(conn)
    regions = list(resolver.regions.values())
    indicators = list(matcher.indicators.values())
    return template_csv(regions, indicators, year), template_xlsx(regions, indicators, year)


# -- the programme register on "Kelola data" (templates, the form's list and history) --------


@versioned(max_entries=2)
def programme_templates() -> tuple[bytes, bytes]:
    """The empty "Program per tingkat" templates (CSV, XLSX); the XLSX's "Katalog" sheet lists
    the regions and kecamatan as stored."""
    from welfare.importing.reference import load_reference
    from welfare.register.template import template_csv, template_xlsx

    with engine().connect() as conn:
        _matcher, resolver = load_reference(conn)
    return template_csv(), template_xlsx(list(resolver.regions.values()))


@versioned(max_entries=2)
def register_places() -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """Regency code ('64' the province) -> (name, ((kecamatan key, name), ...)), in code order."""
    from welfare.importing.reference import load_reference

    with engine().connect() as conn:
        _matcher, resolver = load_reference(conn)
    out: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}
    for code, region in sorted(resolver.regions.items(), key=lambda kv: (kv[0] != "64", kv[0])):
        if region.jenis in ("provinsi", "kabupaten", "kota"):
            kecamatan = tuple((k, resolver.regions[k].nama) for k in resolver.kecamatan_of(code))
            out[code] = (resolver.label(code), kecamatan)
    return out
