"""Reproducible EXAMPLE data per kecamatan that adds up to the regency example values.

The regency example (:mod:`welfare.example_data`: PMKS by category and programme coverage,
2019-2024) is apportioned to the kecamatan of each regency, so the drill-down map has
something to show until staff import real kecamatan tables. Stored as its own dataset of kind
``example`` (labelled "DATA CONTOH" wherever shown); real imported values replace it.

How the numbers are made (fixed seed):

- each kecamatan gets a population share of its regency: where the kecamatan seed
  (``data/seed/kecamatan_figures.csv``) has its population (BPS, or Dukcapil when BPS has
  none), share = that figure / the regency's BPS population of the nearest year; when every
  kecamatan of a regency has a figure the shares are those figures normalised. Kecamatan
  without a figure share what is left (at least 10 %) by area (from the cleaned geometry,
  when it is available), else equally;
- every count the regency has for an example indicator and year (the example value, or the
  official one where the seed holds it) is split over its kecamatan by share x a fixed random
  factor per (indicator, kecamatan), so rates differ between kecamatan; the whole numbers
  are rounded with the largest-remainder rule and sum **exactly** to the regency value;
  ``pmks_total`` is the sum of the kecamatan's categories (and so also sums exactly);
- programme need and recipients use the same factor, so coverage stays the regency's;
- an example population (``penduduk_jiwa``) per kecamatan and year, the regency population
  split by share, is the denominator of the rates; a kecamatan year with a real figure is
  never generated.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from welfare.catalogue import PMKS_TOTAL_ID, POPULATION_ID, PROGRAMMES
from welfare.example_data import EXAMPLE_YEARS, generate_example
from welfare.seed import (
    KECAMATAN_SEED_PATH,
    KecamatanDef,
    read_kecamatan,
    read_official_seed,
)

KECAMATAN_EXAMPLE_SEED = 20_260_405
KECAMATAN_EXAMPLE_NAME = "Data contoh PMKS & program per kecamatan 2019-2024"
KECAMATAN_EXAMPLE_NOTE = (
    "DATA CONTOH: angka kabupaten/kota contoh dibagi ke kecamatan menurut porsi penduduk "
    "(bila diketahui) atau luas; jumlah kecamatan = angka kabupaten/kota. Ganti dengan impor "
    "data Dinas Sosial."
)
POPULATION_IDS = (POPULATION_ID, "penduduk_jiwa_dukcapil")
MIN_UNKNOWN_SHARE = 0.10
FACTOR_SIGMA = 0.35


def split_exact(total: int, weights: np.ndarray) -> np.ndarray:
    """Whole numbers proportional to ``weights`` that sum exactly to ``total`` (largest
    remainder; ties go to the earlier kecamatan)."""
    raw = weights / weights.sum() * total
    out = np.floor(raw).astype(int)
    order = np.argsort(-(raw - out), kind="stable")
    out[order[: total - int(out.sum())]] += 1
    return out


def _nearest(series: pd.Series, year: int) -> float | None:
    if series.empty:
        return None
    years = series.index.to_numpy()
    return float(series.iloc[int(np.argmin(np.abs(years - year)))])


def population_shares(
    kecamatan: tuple[KecamatanDef, ...],
    official: pd.DataFrame,
    kecamatan_seed: pd.DataFrame,
) -> dict[str, float]:
    """Kecamatan key -> share of its regency's population (shares of a regency sum to 1).

    Kecamatan with a published population take their share of it; the rest of the regency is
    split equally among the others. Nothing here depends on what is cached on the machine
    (geometry, downloads), so every install seeds the same example numbers.
    """
    pop = official[(official["indikator"] == POPULATION_ID) & (official["tahun"] >= 2015)]
    shares: dict[str, float] = {}
    by_regency: dict[str, list[KecamatanDef]] = {}
    for k in kecamatan:
        by_regency.setdefault(k.kode_bps_kab, []).append(k)
    for regency, members in sorted(by_regency.items()):
        reg_pop = pop[pop["kode_bps"] == regency].set_index("tahun")["nilai"].sort_index()
        known: dict[str, tuple[float, int]] = {}
        for k in members:
            rows = kecamatan_seed[
                (kecamatan_seed["kode_bps"] == k.kode)
                & kecamatan_seed["indikator"].isin(POPULATION_IDS)
            ]
            if len(rows):
                # BPS before Dukcapil, then the latest year.
                rows = rows.assign(bps=rows["indikator"] == POPULATION_ID)
                best = rows.sort_values(["bps", "tahun"]).iloc[-1]
                known[k.kode] = (float(best["nilai"]), int(best["tahun"]))
        unknown = [k.kode for k in members if k.kode not in known]
        if not unknown:
            total = sum(v for v, _ in known.values())
            shares.update({kode: v / total for kode, (v, _) in known.items()})
            continue
        raw = {}
        for kode, (value, year) in known.items():
            ref = _nearest(reg_pop, year)
            raw[kode] = value / ref if ref else 0.0
        taken = sum(raw.values())
        scale = min(1.0, (1 - MIN_UNKNOWN_SHARE) / taken) if taken else 1.0
        shares.update({kode: s * scale for kode, s in raw.items()})
        rest = 1 - taken * scale
        shares.update({kode: rest / len(unknown) for kode in unknown})
    return shares


def generate_kecamatan_example(
    *,
    regency_example: pd.DataFrame | None = None,
    official: pd.DataFrame | None = None,
    kecamatan_seed: pd.DataFrame | None = None,
    kecamatan: tuple[KecamatanDef, ...] | None = None,
) -> pd.DataFrame:
    """EXAMPLE rows ``kode_bps, indicator_id, year, value`` for the kecamatan (key '64.09.04')."""
    kecamatan = read_kecamatan() if kecamatan is None else kecamatan
    official = read_official_seed() if official is None else official
    kecamatan_seed = (
        read_official_seed(KECAMATAN_SEED_PATH) if kecamatan_seed is None else kecamatan_seed
    )
    regency_example = generate_example(official) if regency_example is None else regency_example
    shares = population_shares(kecamatan, official, kecamatan_seed)
    rng = np.random.default_rng(KECAMATAN_EXAMPLE_SEED)

    indicators = sorted(set(regency_example["indicator_id"]) - {PMKS_TOTAL_ID})
    # Need and recipients of a programme share one factor, so coverage stays plausible.
    family = {p.need_id: p.key for p in PROGRAMMES} | {p.recipients_id: p.key for p in PROGRAMMES}
    groups = sorted({family.get(i, i) for i in indicators})
    codes = [k.kode for k in kecamatan]
    factor = {
        g: dict(zip(codes, rng.lognormal(0.0, FACTOR_SIGMA, len(codes)), strict=True))
        for g in groups
    }

    # Regency values: the example, or the official value where the seed holds that cell.
    reg = regency_example.set_index(["kode_bps", "indicator_id", "year"])["value"].to_dict()
    for row in official[official["indikator"].isin(indicators)].itertuples(index=False):
        if int(row.tahun) in EXAMPLE_YEARS:
            reg[(row.kode_bps, row.indikator, int(row.tahun))] = float(row.nilai)
    real_cells = set(
        zip(kecamatan_seed["kode_bps"], kecamatan_seed["indikator"], kecamatan_seed["tahun"],
            strict=True)
    )  # fmt: skip

    by_regency: dict[str, list[str]] = {}
    for k in kecamatan:
        by_regency.setdefault(k.kode_bps_kab, []).append(k.kode)
    rows: list[tuple[str, str, int, float]] = []
    pop = official[(official["indikator"] == POPULATION_ID) & (official["tahun"] >= 2015)]
    for regency, members in sorted(by_regency.items()):
        base = np.array([shares[k] for k in members])
        points = pop[pop["kode_bps"] == regency].set_index("tahun")["nilai"].sort_index()
        for year in EXAMPLE_YEARS:
            if not points.empty:
                total = int(round(float(np.interp(year, points.index, points.to_numpy()))))
                for kode, v in zip(members, split_exact(total, base), strict=True):
                    if (kode, POPULATION_ID, year) not in real_cells:
                        rows.append((kode, POPULATION_ID, year, float(v)))
            totals = np.zeros(len(members), dtype=int)
            has_total = False
            for ind in indicators:
                value = reg.get((regency, ind, year))
                if value is None or np.isnan(value):
                    continue
                g = family.get(ind, ind)
                weights = base * np.array([factor[g][k] for k in members])
                parts = split_exact(int(round(value)), weights)
                if ind.startswith("pmks_"):
                    totals += parts
                    has_total = True
                rows.extend((k, ind, year, float(v)) for k, v in zip(members, parts, strict=True))
            if has_total:
                rows.extend(
                    (k, PMKS_TOTAL_ID, year, float(v)) for k, v in zip(members, totals, strict=True)
                )
    df = pd.DataFrame(rows, columns=["kode_bps", "indicator_id", "year", "value"])
    return df.sort_values(["kode_bps", "indicator_id", "year"], ignore_index=True)


def kecamatan_example_checksum(df: pd.DataFrame) -> str:
    canonical = df.to_csv(index=False, float_format="%.0f", lineterminator="\n")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
