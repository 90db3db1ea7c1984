"""Reproducible EXAMPLE data: PMKS by category and programme coverage, 2019-2024.

Per-regency PMKS and programme tables are held by Dinas Sosial (SIKS-NG) and are not public,
so until staff import their own tables the dashboard shows these generated numbers, stored as
a dataset of kind ``example`` and labelled "DATA CONTOH" wherever they appear.

How the numbers are made (fixed seed, so every run gives exactly the same table):

- every PMKS category has a plausible base rate per 1.000 penduduk, scaled per regency by a
  random factor, by the regency's real poverty rate (official seed) and, for street-level
  categories, by being a city; it is multiplied by the real population of the year (official
  seed, interpolated between census/estimate years *for this example only*);
- each series drifts smoothly (a small yearly trend plus a little noise);
- in the IKN regencies, Penajam Paser Utara (6409) and Kutai Kartanegara (6403), several
  categories rise after 2022 (migration into the capital area);
- ``pmks_fakir_miskin`` follows the real number of poor people; ``komunitas_adat_terpencil``
  exists only in interior regencies;
- ``pmks_total`` is the sum of the 26 categories;
- programmes: the need (eligible families or people) follows the real number of poor people,
  recipients = need x coverage with coverage between 55 % and 98 %, so never above 100 %.

Nothing is generated for indicators that have real series (population, poverty ...), nor for
any (regency, indicator, year) that the official seed already holds: there the example need is
derived from the official recipients so that coverage stays plausible.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from welfare.catalogue import PMKS_CATEGORIES, PMKS_TOTAL_ID, PROGRAMMES
from welfare.seed import read_official_seed, regency_codes

EXAMPLE_SEED = 20_240_817
EXAMPLE_YEARS: tuple[int, ...] = tuple(range(2019, 2025))
EXAMPLE_DATASET_NAME = "Data contoh PMKS & program 2019-2024"
# What the example numbers' source says wherever it is shown: words, never a code path.
EXAMPLE_SOURCE = "DATA CONTOH: angka contoh buatan Serambi, bukan data resmi"
EXAMPLE_NOTE = (
    "DATA CONTOH: angka buatan untuk peragaan, diskalakan dengan jumlah penduduk dan "
    "kemiskinan resmi. Ganti dengan impor data Dinas Sosial."
)

CITIES = frozenset({"6471", "6472", "6474"})
IKN_REGENCIES = frozenset({"6409", "6403"})
IKN_RISE_FROM = 2022

# Base rate per 1.000 penduduk, elasticity to the poverty rate, multiplier in cities, and
# whether the category rises fast in the IKN regencies after 2022.
_PMKS_PARAMS: dict[str, tuple[float, float, float, bool]] = {
    "pmks_anak_balita_terlantar": (0.40, 0.8, 0.8, False),
    "pmks_anak_terlantar": (1.50, 0.8, 0.8, False),
    "pmks_anak_berhadapan_hukum": (0.15, 0.3, 1.5, True),
    "pmks_anak_jalanan": (0.20, 0.3, 2.5, True),
    "pmks_anak_dengan_kedisabilitasan": (0.80, 0.2, 1.0, False),
    "pmks_anak_korban_tindak_kekerasan": (0.20, 0.3, 1.3, True),
    "pmks_anak_memerlukan_perlindungan_khusus": (1.00, 0.5, 1.0, False),
    "pmks_lanjut_usia_terlantar": (3.00, 0.7, 0.8, False),
    "pmks_penyandang_disabilitas": (4.00, 0.3, 0.9, False),
    "pmks_tuna_susila": (0.30, 0.2, 1.8, True),
    "pmks_gelandangan": (0.10, 0.3, 2.5, True),
    "pmks_pengemis": (0.15, 0.3, 2.5, True),
    "pmks_pemulung": (0.40, 0.3, 2.2, True),
    "pmks_kelompok_minoritas": (0.20, 0.2, 1.0, False),
    "pmks_bekas_warga_binaan_lapas": (0.50, 0.3, 1.5, True),
    "pmks_odha": (0.50, 0.1, 1.6, True),
    "pmks_korban_napza": (0.40, 0.1, 1.7, True),
    "pmks_korban_trafficking": (0.03, 0.3, 1.2, True),
    "pmks_korban_tindak_kekerasan": (0.30, 0.3, 1.2, True),
    "pmks_pekerja_migran_bermasalah_sosial": (0.05, 0.5, 0.8, True),
    "pmks_korban_bencana_alam": (2.00, 0.2, 1.2, False),
    "pmks_korban_bencana_sosial": (0.20, 0.2, 1.0, True),
    "pmks_perempuan_rawan_sosial_ekonomi": (3.00, 0.8, 1.0, True),
    "pmks_keluarga_bermasalah_sosial_psikologis": (0.30, 0.4, 1.2, False),
}
# fakir miskin follows the poor population; KAT only in the interior (per 1.000 penduduk).
_KAT_RATE = {"6411": 12.0, "6402": 6.0, "6404": 2.5, "6405": 1.5, "6401": 1.0}

# Programme need relative to poor families (PKH, BPNT) or poor people (PBI-JK).
_POOR_FAMILY_SIZE = 4.2
_NEED_RANGE = {"pkh": (1.2, 1.6), "bpnt": (1.8, 2.4), "pbi_jk": (2.5, 3.4)}
COVERAGE_MIN, COVERAGE_MAX = 0.55, 0.98


def _series_by_year(seed: pd.DataFrame, indicator: str, kode: str) -> pd.Series:
    rows = seed[(seed["indikator"] == indicator) & (seed["kode_bps"] == kode)]
    # From 2015 on only: the 2010 census counts Mahakam Ulu inside Kutai Barat.
    rows = rows[rows["tahun"] >= 2015]
    return rows.set_index("tahun")["nilai"].sort_index()


def _interp(points: pd.Series, years: tuple[int, ...]) -> np.ndarray:
    """Linear interpolation between known years, flat beyond the ends (example scaling only)."""
    if points.empty:
        raise ValueError("tidak ada titik data untuk interpolasi")
    return np.interp(years, points.index.to_numpy(float), points.to_numpy(float))


def _official_values(seed: pd.DataFrame, kode: str, indicator: str) -> dict[int, float]:
    """Official values of one regency and indicator within the example years."""
    rows = seed[
        (seed["kode_bps"] == kode)
        & (seed["indikator"] == indicator)
        & (seed["tahun"].isin(EXAMPLE_YEARS))
    ]
    return {int(y): float(v) for y, v in zip(rows["tahun"], rows["nilai"], strict=True)}


def _baseline(seed: pd.DataFrame, kode: str) -> tuple[np.ndarray, np.ndarray]:
    """(population, poverty %) per example year for one regency, from the official seed."""
    pop = _interp(_series_by_year(seed, "penduduk_jiwa", kode), EXAMPLE_YEARS)
    pct = _interp(_series_by_year(seed, "penduduk_miskin_persen", kode), EXAMPLE_YEARS)
    return pop, pct


def generate_example(seed: pd.DataFrame | None = None) -> pd.DataFrame:
    """The example table: columns ``kode_bps, indicator_id, year, value`` (whole numbers).

    Parameters
    ----------
    seed
        The official seed (default: ``data/seed/official_figures.csv``); it supplies the real
        population and poverty used for scaling and the cells that must not be generated.
    """
    seed = read_official_seed() if seed is None else seed
    official_cells = set(zip(seed["kode_bps"], seed["indikator"], seed["tahun"], strict=True))
    rng = np.random.default_rng(EXAMPLE_SEED)
    codes = regency_codes()
    n_years = len(EXAMPLE_YEARS)
    t = np.arange(n_years, dtype=float)

    baselines = {kode: _baseline(seed, kode) for kode in codes}
    mean_pct = float(np.mean([pct.mean() for _, pct in baselines.values()]))
    rows: list[tuple[str, str, int, float]] = []

    def emit(kode: str, indicator: str, values: np.ndarray) -> None:
        for year, value in zip(EXAMPLE_YEARS, values, strict=True):
            if (kode, indicator, year) not in official_cells:
                rows.append((kode, indicator, year, float(value)))

    for kode in codes:
        pop, pct = baselines[kode]
        poor = pop * pct / 100.0
        is_city = kode in CITIES
        after = np.clip(np.asarray(EXAMPLE_YEARS) - IKN_RISE_FROM, 0, None)
        # Draw every random number in a fixed order, whatever branch uses it, so a change in
        # one category never shifts the numbers of another.
        region_factor = rng.lognormal(0.0, 0.25, size=len(PMKS_CATEGORIES))
        trend = rng.normal(0.0, 0.03, size=len(PMKS_CATEGORIES))
        noise = rng.normal(0.0, 0.04, size=(len(PMKS_CATEGORIES), n_years))
        disaster_noise = rng.normal(0.0, 0.25, size=n_years)
        fakir_share = rng.uniform(0.35, 0.60)

        total = np.zeros(n_years)
        for i, cat in enumerate(PMKS_CATEGORIES):
            if cat == "pmks_fakir_miskin":
                level = poor * fakir_share
            elif cat == "pmks_komunitas_adat_terpencil":
                level = pop / 1000.0 * _KAT_RATE.get(kode, 0.0) * region_factor[i]
            else:
                base, elasticity, city_mult, ikn_fast = _PMKS_PARAMS[cat]
                rate = base * region_factor[i] * (pct / mean_pct) ** elasticity
                if is_city:
                    rate = rate * city_mult
                level = pop / 1000.0 * rate
                if kode in IKN_REGENCIES:
                    level = level * (1.0 + (0.10 if ikn_fast else 0.03) * after)
            wiggle = disaster_noise if cat == "pmks_korban_bencana_alam" else noise[i]
            values = np.rint(np.clip(level * np.exp(trend[i] * t) * (1.0 + wiggle), 0, None))
            total += values
            emit(kode, cat, values)
        emit(kode, PMKS_TOTAL_ID, total)

        poor_families = poor / _POOR_FAMILY_SIZE
        for prog in PROGRAMMES:
            lo, hi = _NEED_RANGE[prog.key]
            need_factor = rng.uniform(lo, hi)
            need_noise = rng.normal(0.0, 0.02, size=n_years)
            start = rng.uniform(0.62, 0.88)
            slope = rng.normal(0.01, 0.015)
            cov_noise = rng.normal(0.0, 0.01, size=n_years)
            coverage = np.clip(start + slope * t + cov_noise, COVERAGE_MIN, COVERAGE_MAX)
            base_need = poor if prog.key == "pbi_jk" else poor_families
            need = base_need * need_factor * (1.0 + need_noise)
            real = _official_values(seed, kode, prog.recipients_id)
            if real:
                # Real recipients exist for some example years: scale the whole example series
                # to them (keeps the trend smooth) and size the need of those years so that
                # coverage stays what was drawn.
                idx = [EXAMPLE_YEARS.index(y) for y in real]
                ratio = np.mean(
                    [real[y] / (need[j] * coverage[j]) for y, j in zip(real, idx, strict=True)]
                )
                need = need * ratio
                for y, j in zip(real, idx, strict=True):
                    need[j] = np.ceil(real[y] / coverage[j])
            need = np.rint(need)
            recipients = np.floor(need * coverage)
            emit(kode, prog.need_id, need)
            emit(kode, prog.recipients_id, recipients)

    out = pd.DataFrame(rows, columns=["kode_bps", "indicator_id", "year", "value"])
    return out.sort_values(["indicator_id", "kode_bps", "year"], ignore_index=True)


def example_checksum(df: pd.DataFrame) -> str:
    """sha256 of the example table in canonical CSV form (to prove it is reproducible)."""
    canonical = df.sort_values(["indicator_id", "kode_bps", "year"]).to_csv(
        index=False, float_format="%.0f", lineterminator="\n"
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# DTSEN deciles and recipients by decile (EXAMPLE)
#
# A second example dataset, so that stores seeded before it existed receive it too. How it is
# made (fixed seed):
#
# - families in the register = population (latest BPS figure) / 3.5, split into deciles 1-10
#   with shares tilted by the regency's real poverty rate (poorer regencies have heavier lower
#   deciles), rounded with the largest-remainder rule so the deciles sum exactly to the
#   register size; persons = families x a household size that falls with the decile;
# - recipients by decile (the SIKS-NG cross-tab): most recipients sit in the programme's
#   eligible deciles (data/eligibility.toml), reaching 55-90 % of them, and a small share of
#   families in higher deciles receive as well (inclusion error);
# - one snapshot date, stored with the dataset and shown as "DATA CONTOH".

TARGETING_EXAMPLE_SEED = 20_260_123
TARGETING_EXAMPLE_YEAR = 2026
TARGETING_EXAMPLE_NAME = "Data contoh DTSEN per desil & penerima per desil"
TARGETING_EXAMPLE_SNAPSHOT = "2026-01-23"
TARGETING_EXAMPLE_SNAPSHOT_LABEL = "23 Januari 2026 (DATA CONTOH)"
TARGETING_EXAMPLE_NOTE = (
    "DATA CONTOH: desil DTSEN dan penerima per desil buatan untuk peragaan, diskalakan dengan "
    "jumlah penduduk dan tingkat kemiskinan resmi; posisi data contoh 23 Januari 2026. Ganti "
    "dengan ekspor agregat SIKS-NG."
)
PERSONS_PER_FAMILY = 3.5
DECILES = tuple(range(1, 11))
# Programme -> (cross-tab id prefix, eligible deciles, unit, reach range in eligible deciles,
# inclusion rate in the first decile above the range).
_CROSS_TAB = {
    "pkh": ("kpm_pkh_desil", (1, 4), "kk", (0.55, 0.85), 0.05),
    "bpnt": ("kpm_bpnt_desil", (1, 5), "kk", (0.60, 0.90), 0.06),
    "pbi_jk": ("pbi_jk_desil", (1, 5), "jiwa", (0.65, 0.92), 0.08),
}


def split_exact(total: int, shares: np.ndarray) -> np.ndarray:
    """Whole numbers proportional to ``shares`` that sum exactly to ``total``."""
    raw = shares / shares.sum() * total
    out = np.floor(raw).astype(int)
    rest = total - int(out.sum())
    order = np.argsort(-(raw - out), kind="stable")
    out[order[:rest]] += 1
    return out


def _latest(seed: pd.DataFrame, indicator: str, kode: str) -> float:
    rows = _series_by_year(seed, indicator, kode)
    if rows.empty:
        raise ValueError(f"tidak ada {indicator} resmi untuk {kode}")
    return float(rows.iloc[-1])


def generate_targeting_example(seed: pd.DataFrame | None = None) -> pd.DataFrame:
    """EXAMPLE DTSEN deciles (KK, jiwa) and recipients per decile for every regency.

    Columns ``kode_bps, indicator_id, year, value`` like :func:`generate_example`; cells the
    official seed holds are never generated.
    """
    seed = read_official_seed() if seed is None else seed
    official_cells = set(zip(seed["kode_bps"], seed["indikator"], seed["tahun"], strict=True))
    rng = np.random.default_rng(TARGETING_EXAMPLE_SEED)
    year = TARGETING_EXAMPLE_YEAR
    rows: list[tuple[str, str, int, float]] = []

    def emit(kode: str, indicator: str, value: float) -> None:
        if (kode, indicator, year) not in official_cells:
            rows.append((kode, indicator, year, float(value)))

    d = np.asarray(DECILES, dtype=float)
    for kode in regency_codes():
        pop = _latest(seed, "penduduk_jiwa", kode)
        pct = _latest(seed, "penduduk_miskin_persen", kode)
        # Draw every random number in a fixed order whatever is emitted.
        tilt_noise = rng.normal(0.0, 0.08)
        share_noise = rng.lognormal(0.0, 0.06, size=10)
        tilt = float(np.clip((pct - 6.0) / 6.0 + tilt_noise, -0.6, 0.8))
        shares = (1.0 + tilt * (5.5 - d) / 4.5) * share_noise
        families = split_exact(int(round(pop / PERSONS_PER_FAMILY)), shares)
        size = 4.2 - 0.12 * (d - 1) + rng.normal(0.0, 0.05, size=10)
        persons = np.rint(families * size).astype(int)
        for n in DECILES:
            emit(kode, f"dtsen_desil{n}_kk", families[n - 1])
            emit(kode, f"dtsen_desil{n}_jiwa", persons[n - 1])
        emit(kode, "dtsen_desil1_5_kk", families[:5].sum())
        for _key, (prefix, (lo, hi), unit, (r_lo, r_hi), incl) in _CROSS_TAB.items():
            base = families if unit == "kk" else persons
            reach = rng.uniform(r_lo, r_hi)
            slope = rng.uniform(0.02, 0.08)  # reach falls a little with each decile
            incl_factor = rng.uniform(0.5, 1.5)
            noise = rng.normal(0.0, 0.03, size=10)
            for n in DECILES:
                if lo <= n <= hi:
                    rate = reach - slope * (n - lo) + noise[n - 1]
                else:
                    rate = incl * incl_factor * np.exp(-0.55 * (n - hi - 1)) * (1 + noise[n - 1])
                value = np.floor(base[n - 1] * float(np.clip(rate, 0.0, 0.98)))
                emit(kode, f"{prefix}{n}", value)

    out = pd.DataFrame(rows, columns=["kode_bps", "indicator_id", "year", "value"])
    return out.sort_values(["indicator_id", "kode_bps", "year"], ignore_index=True)
