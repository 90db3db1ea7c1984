"""The fact tiles of a profile, worded once for a regency and for a kecamatan.

Both profiles say where a place lies the same way: its zone and its distance to Titik Nol
(:func:`location_facts`: at 0 km "Titik Nol di wilayah ini", else km with one decimal). A
regency adds its codes, type, capital, area and population (:func:`regency_facts`, also
written into the profile's A4 sheet and XLSX); a kecamatan its regency and Kemendagri code
(:func:`kecamatan_facts`).
Each fact is a (label, value) pair of plain text; ``components.widgets.profile_cards.
facts_html`` draws them (escaped). Pure: no Streamlit, no store access.
"""

from __future__ import annotations

import pandas as pd

from views.i18n import t
from welfare import formatting

Fact = tuple[str, str]

POPULATION_ID = "penduduk_jiwa"


def location_facts(zone: str, distance_km: float, lang: str) -> list[Fact]:
    """The zone and the distance to Titik Nol (0 km: the place holds Titik Nol, said so)."""
    distance = (
        t("prof.fact.distance_inside", lang)
        if distance_km == 0
        else f"{formatting.format_number(distance_km, 1, lang)} km"
    )
    return [
        (t("col.zone", lang), t(f"zone.{zone}", lang)),
        (t("prof.fact.distance", lang), distance),
    ]


def regency_facts(
    kode: str,
    regency: pd.Series,
    *,
    zone: str,
    distance_km: float,
    profile: pd.DataFrame,
    lang: str,
) -> list[Fact]:
    """A regency's facts: BPS and Kemendagri codes, type, capital, zone, distance, area and,
    when the ``profile`` rows have it, the population with its year.

    The first four are the codes and names (presenter mode leaves them out), the rest tell
    the place (``regency``: a row of the regency table).
    """
    facts = [
        (t("col.kode_bps", lang), kode),
        (t("col.kode_kemendagri", lang), str(regency["kode_kemendagri"])),
        (t("prof.fact.type", lang), t(f"prof.type.{regency['jenis']}", lang)),
        (t("prof.fact.capital", lang), str(regency.get("ibukota", "") or "–")),
        *location_facts(zone, distance_km, lang),
        (
            t("prof.fact.area", lang),
            f"{formatting.format_number(regency['luas_km2'], 0, lang)} km²",
        ),
    ]
    pop = profile[profile["indicator_id"] == POPULATION_ID]
    if not pop.empty:
        row = pop.iloc[0]
        facts.append(
            (
                t("prof.fact.population", lang, year=int(row["year"])),
                formatting.format_number(row["value"], 0, lang),
            )
        )
    return facts


def kecamatan_facts(
    kode: str, *, parent_name: str, zone: str, distance_km: float, lang: str
) -> list[Fact]:
    """A kecamatan's facts: its regency, its Kemendagri code, zone and distance."""
    return [
        (t("kec.col.parent", lang), parent_name),
        (t("col.kode_kemendagri", lang), kode),
        *location_facts(zone, distance_km, lang),
    ]
