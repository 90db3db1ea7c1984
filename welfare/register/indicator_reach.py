"""Programme reach that arrives as indicator data, seen by the register's questions.

PKH and BPNT/Sembako recipients per regency and year are indicators (``kpm_pkh``,
``kpm_bpnt``: the Cakupan program page's numbers, from the official seed, a staff import or
example data), not register activities. Without them the Sinkronisasi matrix would say that no
national programme acts for poor families in a year in which the Cakupan page counts their
recipients: two pages, two answers. So each such observation is read as one activity of the
national level (read-only: it is edited where it was loaded, not in the register's form).

A register activity of the same programme, regency and year wins: someone entered it on
purpose (with its agency, budget and status), and counting both would list the programme twice.
The recipients are families (KPM), which the register counts as ``KK`` (welfare.register.vocab).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from sqlalchemy import Engine

from welfare import observations
from welfare.register import catalogue
from welfare.register import store as register_store

# indicator -> programme of the catalogue; both reach poor and vulnerable families (DTSEN 1-4).
REACH_INDICATORS: Mapping[str, str] = {"kpm_pkh": "pkh", "kpm_bpnt": "bpnt_sembako"}
TARGET_GROUP = "keluarga_miskin_rentan"
LEVEL, FUNDING, AGENCY, UNIT = "pusat", "APBN", "Kementerian Sosial", "KK"
CHANGE = "indikator"  # marks the rows read from indicators (never stored in the register)


def reach_activities(register: pd.DataFrame, reach: pd.DataFrame) -> pd.DataFrame:
    """Activity rows (the register's columns and ``dataset_kind``) for the ``reach``
    observations (:func:`welfare.observations.current_observations` of
    :data:`REACH_INDICATORS`) that the register does not already hold for the same programme,
    regency and year. Ids are negative, so they never meet a stored activity's id."""
    columns = [*register_store.COLUMNS, "dataset_kind"]
    if reach.empty:
        return pd.DataFrame(columns=columns)
    held = (
        set(zip(register["programme"], register["region_kode_bps"], register["year"], strict=True))
        if not register.empty
        else set()
    )
    rows = []
    for obs in reach.sort_values(["indicator_id", "kode_bps", "year"]).itertuples(index=False):
        programme = REACH_INDICATORS[obs.indicator_id]
        if (programme, obs.kode_bps, int(obs.year)) in held:
            continue
        rows.append(
            {
                "id": -(len(rows) + 1),
                "dataset_id": int(obs.dataset_id),
                "uid": f"{CHANGE}:{obs.indicator_id}:{obs.kode_bps}:{int(obs.year)}",
                "programme": programme,
                "programme_name": catalogue.programme(programme).label("id"),
                "level": LEVEL,
                "funding": FUNDING,
                "agency": AGENCY,
                "target_group": TARGET_GROUP,
                "target_group_text": None,
                "region_kode_bps": obs.kode_bps,
                "kecamatan_kode": None,
                "year": int(obs.year),
                "year_from": None,
                "planned": None,
                "planned_unit": None,
                "realised": float(obs.value),
                "realised_unit": UNIT,
                "budget_rp": None,
                "status": "selesai",
                "source": obs.source or "",
                "note": obs.indicator_id,
                "change": CHANGE,
                "superseded_by": None,
                "dataset_kind": obs.dataset_kind,
            }
        )
    return pd.DataFrame(rows, columns=columns)


def with_reach(register: pd.DataFrame, reach: pd.DataFrame) -> pd.DataFrame:
    """The register followed by the reach it does not hold (see the module docstring)."""
    extra = reach_activities(register, reach)
    if extra.empty:
        return register
    if register.empty:
        return extra
    return pd.concat([register, extra], ignore_index=True)


def reach_observations(engine: Engine) -> pd.DataFrame:
    """Current observations of :data:`REACH_INDICATORS`, regencies only (a province total is
    not an activity of its own: the regencies' rows already say who acts)."""
    obs = observations.current_observations(engine, indicator_ids=list(REACH_INDICATORS))
    return obs[obs["kode_bps"] != observations.PROVINCE_CODE].reset_index(drop=True)


def activities(engine: Engine) -> pd.DataFrame:
    """The register with the reach read from indicators: what Sinkronisasi, its slide and the
    regency profile count. Kelola data edits :func:`welfare.register.store.current` alone."""
    return with_reach(register_store.current(engine), reach_observations(engine))
