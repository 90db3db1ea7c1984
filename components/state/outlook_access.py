"""The outlook (population lines, projected need) and the signals since the last rakor, read once
per data version (:func:`~components.state.data_access.versioned`, so an import shows at once).

Two things the data fingerprint does not cover are keyed here by what they depend on:

- the date of the last rakor comes from the meeting register (:func:`last_meeting`, a cheap
  query re-read every few seconds), and is an argument of the signal cache;
- the cooldown (signals already shown) is the ``signal_shown`` table: its own fingerprint
  (:func:`welfare.outlook.signals.shown_fingerprint`) is an argument too.

So :func:`signals` recomputes (about a second or three) only when the data, the rakor's date
or the shown signals change.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from components.state.data_access import engine, versioned
from views import outlook_view as ov
from views.signal_view import last_meeting as pick_last_meeting
from welfare.outlook import population, projection
from welfare.outlook import signals as outlook_signals
from welfare.outlook.concepts import IKN_AREA_CODE
from welfare.outlook.population import GroupSeries, Series
from welfare.outlook.projection import NeedProjection
from welfare.outlook.signals import SignalReport
from welfare.rumusan import listing
from welfare.rumusan.stored import StoredMeeting


@versioned(max_entries=32)
def population_lines(kode: str) -> dict[str, Series]:
    """The one population line of each concept of a region (``64.IKN``: plan and census)."""
    return population.population_lines(engine(), kode)


def ikn_lines() -> dict[str, Series]:
    return population_lines(IKN_AREA_CODE)


@versioned(max_entries=4)
def zone_lines(buffer: tuple[str, ...]) -> dict[str, tuple[GroupSeries, ...]]:
    """The buffer zone (``buffer``: its BPS codes) against the rest, per concept."""
    return population.zone_lines(engine(), buffer)


@versioned(max_entries=4)
def kecamatan_series(codes: tuple[str, ...]) -> dict[str, tuple[Series, ...]]:
    """Every population series of the kecamatan ``codes``."""
    return population.series_for(engine(), codes)


@versioned(max_entries=64)
def projection_of(kode: str, measure_key: str, year: int) -> NeedProjection:
    return projection.project_need(engine(), kode, ov.measure_of(measure_key), year)


@versioned(max_entries=32)
def need_table(measure_key: str, year: int) -> pd.DataFrame:
    """Every kabupaten/kota's projection for the map and the ranked bar."""
    return projection.need_table(engine(), ov.measure_of(measure_key), year)


@st.cache_data(show_spinner=False, ttl=5.0)
def _meetings() -> list[StoredMeeting]:
    return listing.meetings(engine(), include_examples=False)


def last_meeting(today: date | None = None) -> StoredMeeting | None:
    """The register's last real rakor held by ``today`` (None: the settings' date is used)."""
    return pick_last_meeting(_meetings(), today or date.today())


@st.cache_data(show_spinner=False, ttl=2.0)
def _shown() -> str:
    return outlook_signals.shown_fingerprint(engine())


def shown_changed() -> None:
    """After this process marked or unmarked signals: read the cooldown table again now (other
    processes see the change within the two seconds of ``_shown``'s cache)."""
    _shown.clear()


@versioned(max_entries=8)
def signal_report(meeting_date: date | None, shown: str) -> SignalReport:
    """:func:`welfare.outlook.signals.detect_signals` for a rakor date (None: the settings')
    and a state of the cooldown table (``shown``: only a cache key)."""
    return outlook_signals.detect_signals(engine(), meeting_date=meeting_date)


def signals() -> tuple[SignalReport, StoredMeeting | None]:
    """The signals since the last rakor and the register's meeting they count from."""
    meeting = last_meeting()
    report = signal_report(meeting.held_on if meeting else None, _shown())
    return report, meeting
