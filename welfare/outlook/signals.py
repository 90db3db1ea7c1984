"""What worsened since the last rakor: signals per indicator and region.

An indicator-region pair is a *signal* when (as OCHA's HDX Signals decides):

1. **baseline**: its newest value is compared with the newest value the store held on the date
   of the last rakor (datasets imported on or before that day, as they stood then). A pair
   the store did not hold then is compared with its previous year instead (the nearest
   earlier year, at most ``max_gap_years`` before; otherwise it is a missing year). Both
   values become rates with TODAY's denominators (the population as the store holds it now),
   so a re-estimated population never looks like a change in need;
2. **severity**: it is worse (the catalogue's ``higher_is_worse``) by more than
   ``relative_min`` of the baseline AND by more than the absolute floor of its unit;
3. **comparability**: both values come from the same kind of data (official, imported or
   example) with denominators of the same kind, the same unit as written at the source and
   the same survey round; otherwise the change is a note, not a signal
   (:func:`welfare.outlook.signal_rules.comparability`). A revised value of the same year is a
   note too;
4. **cooldown**: the same change (indicator, region, both years and both values) was not
   shown before (:class:`~welfare.models.SignalShown`, written by :func:`record_shown`).

Numbers are compared as the map shows them: a rate per 1.000 penduduk, % cakupan, or the value
itself (:mod:`welfare.rates`). Example data is compared only with example data and every
signal says whether it is example data (``is_example``).

The date of the last rakor: :func:`welfare.outlook.signal_rules.last_rakor_date` (a meeting's
date when the caller has one, else ``[sinyal] last_rakor`` of the settings).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone

import pandas as pd
from sqlalchemy import Engine, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from welfare.catalogue import IndicatorDef, get_indicator, load_catalogue
from welfare.db import write_locked
from welfare.models import STATUS_ACTIVE, Dataset, Observation, SignalShown
from welfare.observations import (
    PROVINCE_CODE,
    Bind,
    connect,
    current_observations,
    observation_select,
    read_observations,
    regions,
)
from welfare.outlook.signal_rules import (
    BASIS_PREVIOUS_YEAR,
    BASIS_RAKOR,
    OUTCOME_MISSING_YEAR,
    OUTCOME_NOTE,
    OUTCOME_SHOWN,
    OUTCOME_SIGNAL,
    OUTCOME_SINGLE_YEAR,
    OUTCOME_UNCHANGED,
    Reading,
    SignalSettings,
    checked,
    judge,
    last_rakor_date,
    load_signal_settings,
    signal_key,
)
from welfare.rates import Denominators, add_rates, denominator_id_for

# The rakor is held in Kalimantan Timur: its day ends at midnight WITA (UTC+8).
WITA = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class Signal:
    """One compared pair: both numbers, both years, both sources, and what came of it."""

    indicator_id: str
    kode_bps: str
    rate_kind: str  # per_1000 | coverage | value (the unit of ``value``)
    higher_is_worse: bool
    basis: str  # BASIS_RAKOR | BASIS_PREVIOUS_YEAR
    baseline: Reading
    latest: Reading
    outcome: str  # OUTCOME_SIGNAL | OUTCOME_SHOWN | OUTCOME_NOTE
    change: float
    worse_by: float
    relative: float | None
    reasons: tuple[str, ...] = ()
    shown_at: datetime | None = None

    @property
    def key(self) -> str:
        return signal_key(self.indicator_id, self.kode_bps, self.baseline, self.latest)

    @property
    def is_example(self) -> bool:
        return self.baseline.is_example or self.latest.is_example

    def map_query(self) -> dict[str, str]:
        """The map view's query parameters: ``/peta?indikator=..&wilayah=..&tahun=..``."""
        return {
            "indikator": self.indicator_id,
            "wilayah": self.kode_bps,
            "tahun": str(self.latest.year),
        }


@dataclass(frozen=True)
class Skipped:
    """A pair that could not be compared (a single year, or a missing previous year)."""

    indicator_id: str
    kode_bps: str
    outcome: str  # OUTCOME_SINGLE_YEAR | OUTCOME_MISSING_YEAR
    years: tuple[int, ...]


@dataclass(frozen=True)
class SignalReport:
    """:func:`detect_signals`: new signals first, then the rest of what was checked."""

    rakor_date: date | None
    settings: SignalSettings
    signals: tuple[Signal, ...]  # new, the largest relative change first
    already_shown: tuple[Signal, ...]
    notes: tuple[Signal, ...]  # worse beyond the thresholds but not comparable
    skipped: tuple[Skipped, ...]
    outcomes: dict[tuple[str, str], str]  # (indicator, region) -> outcome id, every pair

    @property
    def count(self) -> int:
        return len(self.signals)

    @property
    def has_example(self) -> bool:
        return any(s.is_example for s in self.signals)

    def outcome(self, indicator_id: str, kode_bps: str) -> str | None:
        return self.outcomes.get((indicator_id, str(kode_bps)))


def rakor_cutoff(rakor: date) -> datetime:
    """The end of the rakor's day (midnight WITA) in UTC: data imported before it was there."""
    return datetime.combine(rakor + timedelta(days=1), time(0), tzinfo=WITA).astimezone(UTC)


def observations_as_of(
    bind: Bind, cutoff: datetime, indicator_ids: Sequence[str], kode_bps: Sequence[str]
) -> pd.DataFrame:
    """The observations that were current at ``cutoff`` (same columns and one-per-key rule
    as :func:`welfare.observations.current_observations`): of datasets imported before it and
    still active, not yet superseded by a dataset imported before it."""
    later = aliased(Dataset)
    stmt = (
        observation_select()
        .outerjoin(later, later.id == Observation.superseded_by)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Dataset.imported_at < cutoff,
            or_(Observation.superseded_by.is_(None), later.imported_at >= cutoff),
            Observation.indicator_id.in_(list(indicator_ids)),
            Observation.region_kode_bps.in_(list(kode_bps)),
        )
    )
    return read_observations(bind, stmt)


def _text(value: object) -> str | None:
    """A stored text, or ``None`` for a missing one (pandas gives NaN)."""
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _readings(
    obs: pd.DataFrame, ind: IndicatorDef, den_obs: pd.DataFrame
) -> dict[str, list[Reading]]:
    """Region -> its readings of ``ind`` in ``obs`` with a compared number, oldest first; the
    denominators come from ``den_obs`` (always today's store, see :func:`detect_signals`)."""
    values = obs[obs["indicator_id"] == ind.id]
    if values.empty:
        return {}
    den_id = denominator_id_for(ind)
    dens = Denominators(den_obs[den_obs["indicator_id"] == den_id]) if den_id else None
    rated = add_rates(values, ind, dens)
    out: dict[str, list[Reading]] = {}
    for row in rated.to_dict("records"):
        if pd.isna(row["rate"]):
            continue  # no denominator: no number to compare
        den = dens.pick(row["kode_bps"], int(row["year"])) if dens is not None else None
        uses_den = ind.rate_kind != "value"
        out.setdefault(row["kode_bps"], []).append(
            Reading(
                year=int(row["year"]),
                value=float(row["rate"]),
                raw_value=float(row["value"]),
                source=_text(row["source"]),
                note=_text(row["note"]),
                dataset_id=int(row["dataset_id"]),
                dataset_kind=str(row["dataset_kind"]),
                denominator_value=float(den["value"]) if den and uses_den else None,
                denominator_year=int(den["year"]) if den and uses_den else None,
                denominator_kind=str(den["dataset_kind"]) if den and uses_den else None,
                denominator_source=_text(den["source"]) if den and uses_den else None,
            )
        )
    return {k: sorted(v, key=lambda r: r.year) for k, v in out.items()}


def _shown(bind: Bind, keys: Iterable[str]) -> dict[str, datetime]:
    keys = sorted(set(keys))
    if not keys:
        return {}
    stmt = select(SignalShown.key, SignalShown.shown_at).where(SignalShown.key.in_(keys))
    with connect(bind) as conn:
        return {str(k): at for k, at in conn.execute(stmt)}


def choose_baseline(
    series: Sequence[Reading], at_rakor: Sequence[Reading], max_gap_years: int
) -> tuple[Reading | None, str, tuple[int, ...]]:
    """(baseline, basis, years): the baseline of a pair and its basis, or ``(None, outcome,
    years)`` when there is nothing to compare (unchanged since the rakor, a single year, a
    missing previous year), ``years`` being the years that were looked at.

    ``series``: today's readings, oldest first (not empty); ``at_rakor``: the readings the
    store held at the last rakor.
    """
    latest = series[-1]
    if at_rakor:
        baseline = at_rakor[-1]
        years = (baseline.year, latest.year)
        if baseline.year > latest.year:  # the rakor's newest value was removed since
            return None, OUTCOME_MISSING_YEAR, years
        if baseline.year == latest.year and baseline.value == latest.value:
            return None, OUTCOME_UNCHANGED, years
        return baseline, BASIS_RAKOR, years
    if len(series) == 1:
        return None, OUTCOME_SINGLE_YEAR, (latest.year,)
    previous = series[-2]
    years = (previous.year, latest.year)
    if latest.year - previous.year > max_gap_years:
        return None, OUTCOME_MISSING_YEAR, years
    return previous, BASIS_PREVIOUS_YEAR, years


def shown_fingerprint(bind: Bind) -> str:
    """A cheap string that changes whenever a signal is recorded as shown (the cooldown
    table): a cache of :func:`detect_signals` is keyed by it, as the store's data fingerprint
    (:func:`welfare.store.data_fingerprint`) does not look at that table."""
    stmt = select(func.count(SignalShown.id), func.max(SignalShown.id))
    with connect(bind) as conn:
        n, last = conn.execute(stmt).one()
    return f"{n}-{last}"


def detect_signals(
    bind: Bind,
    *,
    meeting_date: date | None = None,
    settings: SignalSettings | None = None,
    indicator_ids: Iterable[str] | None = None,
    kode_bps: Iterable[str] | None = None,
) -> SignalReport:
    """Signals since the last rakor (see the module docstring).

    Parameters
    ----------
    meeting_date
        The last rakor's date from the meeting register; default ``[sinyal] last_rakor``.
    indicator_ids
        Default: every catalogue indicator of the settings' ``groups`` that has a direction.
    kode_bps
        Default: the ten kabupaten/kota and the province ('64').
    """
    settings = settings or load_signal_settings()
    rakor = last_rakor_date(meeting_date, settings)
    if indicator_ids is None:
        inds = [i for i in load_catalogue() if checked(i, settings.groups)]
    else:
        inds = [get_indicator(i) for i in indicator_ids]
    ids = list(dict.fromkeys(i.id for i in inds))
    den_ids = {d for i in inds if (d := denominator_id_for(i))}
    with connect(bind) as conn:
        codes = (
            [*regions(conn)["kode_bps"].tolist(), PROVINCE_CODE]
            if kode_bps is None
            else [str(k) for k in kode_bps]
        )
        wanted = [*ids, *sorted(den_ids - set(ids))]
        now = current_observations(conn, indicator_ids=wanted, kode_bps=codes)
        then = (
            observations_as_of(conn, rakor_cutoff(rakor), wanted, codes)
            if rakor is not None
            else now.iloc[0:0]
        )
        compared: list[Signal] = []
        skipped: list[Skipped] = []
        outcomes: dict[tuple[str, str], str] = {}
        for ind in inds:
            now_by_region, then_by_region = _readings(now, ind, now), _readings(then, ind, now)
            for kode in codes:
                series = now_by_region.get(kode, [])
                if not series:
                    continue
                latest = series[-1]
                baseline, basis, years = choose_baseline(
                    series, then_by_region.get(kode, []), settings.max_gap_years
                )
                if baseline is None:
                    outcomes[(ind.id, kode)] = basis
                    if basis != OUTCOME_UNCHANGED:
                        skipped.append(Skipped(ind.id, kode, basis, years))
                    continue
                verdict = judge(ind, baseline, latest, settings)
                outcomes[(ind.id, kode)] = verdict.outcome
                if verdict.outcome not in (OUTCOME_SIGNAL, OUTCOME_NOTE):
                    continue
                compared.append(
                    Signal(
                        indicator_id=ind.id,
                        kode_bps=kode,
                        rate_kind=ind.rate_kind,
                        higher_is_worse=ind.higher_is_worse,
                        basis=basis,
                        baseline=baseline,
                        latest=latest,
                        outcome=verdict.outcome,
                        change=verdict.change,
                        worse_by=verdict.worse_by,
                        relative=verdict.relative,
                        reasons=verdict.reasons,
                    )
                )
        shown = _shown(conn, (s.key for s in compared if s.outcome == OUTCOME_SIGNAL))
    final: list[Signal] = []
    for s in compared:
        if s.outcome == OUTCOME_SIGNAL and s.key in shown:
            s = replace(s, outcome=OUTCOME_SHOWN, shown_at=shown[s.key])
            outcomes[(s.indicator_id, s.kode_bps)] = OUTCOME_SHOWN
        final.append(s)

    def worst_first(s: Signal) -> tuple:
        rel = float("inf") if s.relative is None else s.relative
        return (-rel, s.indicator_id, s.kode_bps)

    def pick(outcome: str) -> tuple[Signal, ...]:
        return tuple(sorted((s for s in final if s.outcome == outcome), key=worst_first))

    return SignalReport(
        rakor_date=rakor,
        settings=settings,
        signals=pick(OUTCOME_SIGNAL),
        already_shown=pick(OUTCOME_SHOWN),
        notes=pick(OUTCOME_NOTE),
        skipped=tuple(skipped),
        outcomes=outcomes,
    )


def record_shown(
    engine: Engine,
    signals: Iterable[Signal],
    *,
    shown_by: str,
    context: str | None = None,
    shown_at: datetime | None = None,
) -> int:
    """Remember that these signals were shown (e.g. presented at a rakor), so the same change
    is not signalled again; returns how many were new. Only ``sinyal`` outcomes are recorded;
    a key already recorded is left as it is (its first showing counts)."""
    fresh = {s.key: s for s in signals if s.outcome == OUTCOME_SIGNAL}
    if not fresh:
        return 0
    with write_locked(engine) as conn:
        session = Session(bind=conn, autoflush=False)
        existing = set(
            session.scalars(select(SignalShown.key).where(SignalShown.key.in_(sorted(fresh))))
        )
        added = 0
        for key, s in fresh.items():
            if key in existing:
                continue
            session.add(
                SignalShown(
                    key=key,
                    indicator_id=s.indicator_id,
                    region_kode=s.kode_bps,
                    baseline_year=s.baseline.year,
                    baseline_value=s.baseline.value,
                    latest_year=s.latest.year,
                    latest_value=s.latest.value,
                    shown_at=shown_at or datetime.now(UTC),
                    shown_by=shown_by,
                    context=context,
                )
            )
            added += 1
        session.flush()
        session.close()
    return added


def forget_shown(engine: Engine, keys: Iterable[str]) -> int:
    """Undo :func:`record_shown` for these keys (a signal marked as shown by mistake): while
    its two numbers stay the same it is a new signal again. Returns how many were removed."""
    keys = sorted(set(keys))
    if not keys:
        return 0
    with write_locked(engine) as conn:
        removed = conn.execute(delete(SignalShown).where(SignalShown.key.in_(keys)))
    return int(removed.rowcount or 0)
