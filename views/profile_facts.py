"""The fact tiles of a profile, worded once for a regency and for a kecamatan.

Both profiles say where a place lies the same way: its zone and its distance to Titik Nol
(:func:`location_facts`: at 0 km "Titik Nol di wilayah ini", else km with one decimal). A
regency adds its codes, type, capital, area and population (:func:`regency_facts`, also
written into the profile's A4 sheet and XLSX); a kecamatan its regency and Kemendagri code
(:func:`kecamatan_facts`).
Each fact is a (label, value) pair of plain text; ``components.widgets.profile_cards.
facts_html`` draws them (escaped). The note under the facts (:func:`zone_note`) and the digits
of the regency's chart of the filter's indicator (:func:`selected_fmt`) are decided here too,
so the page body only draws. Pure: no Streamlit, no store access.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from views.i18n import t
from welfare import formatting

Fact = tuple[str, str]

POPULATION_ID = "penduduk_jiwa"

# The buffer zone's width is a setting in whole km (data/settings.toml: 50), said as "50 km".
BUFFER_KM_DECIMALS = 0
# A distance to Titik Nol to 100 m tells near from far without false precision; an area in
# whole km² (the stored areas carry fractions of a km² that no reader of a profile needs).
# The About page's table of regencies writes them the same way (views.about_view).
DISTANCE_KM_DECIMALS = 1
AREA_KM2_DECIMALS = 0


def zone_note(buffer_km: float, lang: str) -> str:
    """The note under the facts: how distance and zone are measured, with the buffer width."""
    return t(
        "prof.fact.zone_note",
        lang,
        km=formatting.format_number(buffer_km, BUFFER_KM_DECIMALS, lang),
    )


def selected_fmt(
    rates: Iterable[float | None], kind: str, lang: str
) -> Callable[[float | None], str]:
    """How the profile's chart writes the filter's indicator: the digits of this regency's
    own ``rates`` (:func:`welfare.formatting.decimals_for`, the Tren page's rule), used for
    the regencies' aggregate and the reference lines too, so every number on the chart has
    the same digits."""
    decimals = formatting.decimals_for(rates, kind)
    return lambda value: formatting.format_number(value, decimals, lang)


def location_facts(zone: str, distance_km: float, lang: str) -> list[Fact]:
    """The zone and the distance to Titik Nol (0 km: the place holds Titik Nol, said so)."""
    distance = (
        t("prof.fact.distance_inside", lang)
        if distance_km == 0
        else f"{formatting.format_number(distance_km, DISTANCE_KM_DECIMALS, lang)} km"
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
            f"{formatting.format_number(regency['luas_km2'], AREA_KM2_DECIMALS, lang)} km²",
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


def kecamatan_value(value: float | None, kind: str, lang: str) -> str:
    """A kecamatan's (or its regency's) value in the kecamatan table: its own digits
    (:func:`welfare.formatting.value_decimals`), "–" when there is none."""
    if value is None or pd.isna(value):
        return "–"
    return formatting.format_number(value, formatting.value_decimals([value], kind), lang)


def share_percent(share: float | None, lang: str) -> str:
    """The kecamatan's share of its regency, in % with the share's fixed digits."""
    if share is None:
        return "–"
    return f"{formatting.format_number(share, formatting.fixed_decimals('share'), lang)} %"
