"""A linked indicator's current value from the store against the target the meeting set.

"Target cakupan PKH PPU >= 90 %, sekarang 88,4 % (2024, sumber ...)": for each
:class:`~welfare.rumusan.drafts.IndicatorLink` of a rumusan, :func:`link_progress` reads the
value every page shows and measures it against the target.

Which value
    What the map and the profile show (``tests/app/test_one_truth.py``), by the project's one
    year rule (:mod:`welfare.years`):

    - a regency: the indicator's year on the map (:func:`welfare.availability.
      indicator_year`: the latest year with values for at least 8 of the 10 regencies), or,
      when the regency has no value that year, its nearest earlier (then later) year
      (:func:`welfare.years.fallback_year`), as :func:`welfare.targets.status_table` does.
      When the regency has a later year that the map does not show yet (too few regencies
      published it), that value is given as ``newer``, measured the same way, so the UI can
      say it; ``reached`` and ``distance`` are those of the shown value;
    - the province ('64'): its own published row (:func:`welfare.read_models.
      province_value`) when its latest one is not older than the map's year and gives a
      number in the target's measure, else the ten regencies aggregated in the map's year
      (:func:`welfare.read_models.zone_aggregate`: ratio of sums for a coverage,
      population-weighted mean for a percent), as the home page's headline does;
    - a kecamatan: its latest year.

Which number
    The one the target is written in. For a coverage indicator (a programme's recipients
    whose catalogue denominator is the need, e.g. ``kpm_pkh`` / ``kpm_pkh_sasaran``) it is the
    coverage in % that the map shows (:func:`welfare.read_models.rate_table`: recipients /
    need x 100, the need of the same year or the nearest earlier one); for every other
    indicator it is the value itself (a percent, an index, a count such as "penduduk miskin
    9.000 jiwa"), never the per-1.000 rate a map uses for counts.

Reached, distance
    :func:`welfare.targets.distance_to_target`, the project's one sign convention: for a
    ``<=`` target ("kemiskinan paling banyak 6,0 %") ``value - target``, for a ``>=`` target
    ``target - value``; positive: not reached yet, zero or negative: reached.

Stale
    ``stale`` is true when the value's year is before the meeting's year: the number predates
    the meeting, so it shows where things stood when the meeting decided, not what happened
    since. A value of the meeting's year or later is not stale.

Example data stays example data: ``is_example`` is true when the value or its denominator
is example data (:mod:`welfare.example_data`), and the UI marks it DATA CONTOH.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from welfare.availability import indicator_year
from welfare.observations import Bind, current_observations
from welfare.read_models import province_value, rate_table, zone_aggregate
from welfare.region_codes import kaltim
from welfare.rumusan import vocab
from welfare.rumusan.drafts import IndicatorLink
from welfare.rumusan.links import MEASURE_COVERAGE, measure_of
from welfare.rumusan.stored import StoredRumusan
from welfare.targets import distance_to_target
from welfare.years import fallback_year

FROM_REGION = "wilayah"  # the region's own figure
FROM_PROVINCE_ROW = "angka_provinsi"  # welfare.rates.METHOD_PROVINCE


@dataclass(frozen=True)
class MeasuredValue:
    """One value of an indicator in one region and year, in the target's measure."""

    value: float | None  # None: the year has a row but no number in this measure
    year: int
    source: str | None
    denominator_source: str | None  # coverage: where the need comes from
    denominator_year: int | None
    dataset_kinds: tuple[str, ...]
    is_example: bool
    method: str  # FROM_REGION, FROM_PROVINCE_ROW or a welfare.rates aggregate method


@dataclass(frozen=True)
class IndicatorProgress:
    """A linked indicator's value against its target; ids only (the UI names them)."""

    rumusan_id: int | None
    link: IndicatorLink
    measure: str  # MEASURE_COVERAGE or MEASURE_VALUE
    meeting_year: int
    current: MeasuredValue | None  # None: no value in the store
    newer: MeasuredValue | None = None  # a later year the map does not show yet
    distance: float | None = None  # welfare.targets.distance_to_target: > 0 not reached
    reached: bool | None = None

    @property
    def value(self) -> float | None:
        return None if self.current is None else self.current.value

    @property
    def year(self) -> int | None:
        return None if self.current is None else self.current.year

    @property
    def source(self) -> str | None:
        return None if self.current is None else self.current.source

    @property
    def stale(self) -> bool:
        """The value's year is before the meeting's year (see the module docstring)."""
        return self.current is not None and self.current.year < self.meeting_year

    @property
    def is_example(self) -> bool:
        return self.current is not None and self.current.is_example


def _from_table(bind: Bind, indicator_id: str, code: str, year: int) -> MeasuredValue | None:
    row = rate_table(bind, indicator_id, year, kode_bps=[code]).data.iloc[0]
    if pd.isna(row["value"]):
        return None
    coverage = measure_of(indicator_id) == MEASURE_COVERAGE
    number = row["rate"] if coverage else row["value"]
    return MeasuredValue(
        value=None if pd.isna(number) else float(number),
        year=int(year),
        source=row["source"],
        denominator_source=row["denominator_source"] if coverage else None,
        denominator_year=(
            int(row["denominator_year"])
            if coverage and not pd.isna(row["denominator_year"])
            else None
        ),
        dataset_kinds=(row["dataset_kind"],),
        is_example=bool(row["is_example"]),
        method=FROM_REGION,
    )


def _own_years(bind: Bind, indicator_id: str, code: str) -> list[int]:
    obs = current_observations(bind, indicator_ids=[indicator_id], kode_bps=[code])
    return sorted({int(y) for y in obs["year"]})


def _province(bind: Bind, indicator_id: str) -> MeasuredValue | None:
    coverage = measure_of(indicator_id) == MEASURE_COVERAGE
    own = _own_years(bind, indicator_id, vocab.ALL_REGIONS)
    regencies_year = indicator_year(bind, indicator_id)
    if own and (regencies_year is None or own[-1] >= regencies_year):
        row = province_value(bind, indicator_id, own[-1])
        number = None if row is None else (row.rate if coverage else row.value)
        if row is not None and (number is not None or regencies_year is None):
            return MeasuredValue(
                value=number,
                year=row.year,
                source=row.source,
                denominator_source=None,
                denominator_year=row.denominator_year if coverage else None,
                dataset_kinds=(row.dataset_kind,),
                is_example=row.is_example,
                method=FROM_PROVINCE_ROW,
            )
    if regencies_year is None:
        return None
    agg = zone_aggregate(bind, indicator_id, regencies_year, kaltim().regency_bps)
    if agg.n_with_data == 0:
        return None
    return MeasuredValue(
        value=agg.rate if coverage else agg.value,
        year=agg.year,
        source="; ".join(agg.sources) or None,
        denominator_source=None,
        denominator_year=(
            agg.denominator_years[-1] if coverage and agg.denominator_years else None
        ),
        dataset_kinds=tuple(agg.dataset_kinds),
        is_example=agg.is_example,
        method=agg.method,
    )


def current_value(
    bind: Bind, indicator_id: str, region_code: str
) -> tuple[MeasuredValue | None, MeasuredValue | None]:
    """(the value every page shows, a later year the map does not show yet) of an indicator
    in a region ('64', a regency's BPS code or a kecamatan key); see the module docstring."""
    if region_code == vocab.ALL_REGIONS:
        return _province(bind, indicator_id), None
    years = _own_years(bind, indicator_id, region_code)
    if not years:
        return None, None
    if kaltim().is_kecamatan(region_code):
        return _from_table(bind, indicator_id, region_code, years[-1]), None
    year = fallback_year(indicator_year(bind, indicator_id), years)
    assert year is not None
    shown = _from_table(bind, indicator_id, region_code, year)
    newer = _from_table(bind, indicator_id, region_code, years[-1]) if years[-1] > year else None
    return shown, newer


def _against_target(
    link: IndicatorLink,
    meeting_year: int,
    rumusan_id: int | None,
    found: tuple[MeasuredValue | None, MeasuredValue | None],
) -> IndicatorProgress:
    current, newer = found
    value = None if current is None else current.value
    worse_up = link.direction == vocab.AT_MOST
    distance = distance_to_target(value, link.target, higher_is_worse=worse_up)
    return IndicatorProgress(
        rumusan_id=rumusan_id,
        link=link,
        measure=measure_of(link.indicator_id),
        meeting_year=meeting_year,
        current=current,
        newer=newer,
        distance=distance,
        reached=None if distance is None else distance <= 0,
    )


def link_progress(
    bind: Bind, link: IndicatorLink, meeting_year: int, *, rumusan_id: int | None = None
) -> IndicatorProgress:
    """One linked indicator's current value against its target."""
    found = current_value(bind, link.indicator_id, link.region_code)
    return _against_target(link, meeting_year, rumusan_id, found)


def progress_of(bind: Bind, rumusan: StoredRumusan) -> list[IndicatorProgress]:
    """The progress of each linked indicator of one rumusan, in its order."""
    return progress_for(bind, [rumusan])[rumusan.id]


def progress_for(bind: Bind, items: Iterable[StoredRumusan]) -> dict[int, list[IndicatorProgress]]:
    """:func:`progress_of` for many rumusan (each indicator and region read once)."""
    values: dict[tuple[str, str], tuple[MeasuredValue | None, MeasuredValue | None]] = {}
    out: dict[int, list[IndicatorProgress]] = {}
    for rumusan in items:
        rows = []
        for link in rumusan.indicators:
            pair = (link.indicator_id, link.region_code)
            if pair not in values:
                values[pair] = current_value(bind, *pair)
            rows.append(_against_target(link, rumusan.meeting.year, rumusan.id, values[pair]))
        out[rumusan.id] = rows
    return out
