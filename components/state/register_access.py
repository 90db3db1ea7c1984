"""The programme register and the counted needs, read once per data version (the same
:func:`~components.state.data_access.versioned` cache key as every other read, so an import
or a form save shows at once)."""

from __future__ import annotations

import pandas as pd

from components.state.data_access import engine, versioned
from welfare import observations
from welfare.register import indicator_reach, sync
from welfare.register import store as register_store


@versioned(max_entries=2)
def register() -> pd.DataFrame:
    """The current register (one row per activity, newest version): what Kelola data edits."""
    return register_store.current(engine())


@versioned(max_entries=2)
def activities() -> pd.DataFrame:
    """The register with the PKH/BPNT recipients read from indicator data
    (:mod:`welfare.register.indicator_reach`): what Sinkronisasi and the profile count, so they
    agree with the Cakupan page."""
    return indicator_reach.with_reach(register(), indicator_reach.reach_observations(engine()))


@versioned(max_entries=2)
def need_observations() -> pd.DataFrame:
    """Current observations of every indicator that counts a target group's need."""
    return observations.current_observations(engine(), indicator_ids=sync.need_indicators())


@versioned(max_entries=2)
def regencies() -> pd.DataFrame:
    """The ten kabupaten/kota (kode_bps, nama), in code order."""
    return observations.regions(engine())[["kode_bps", "nama"]]


@versioned(max_entries=16)
def needs(year: int) -> pd.DataFrame:
    return sync.needs(need_observations(), year, list(regencies()["kode_bps"]))


@versioned(max_entries=2)
def kecamatan_names() -> dict[str, str]:
    frame = observations.kecamatan_regions(engine())
    return dict(zip(frame["kode_bps"], frame["nama"], strict=True))


@versioned(max_entries=32)
def history(uid: str) -> pd.DataFrame:
    """Every version of one activity, oldest first, with who saved it and when."""
    return register_store.history(engine(), uid)
