"""What the 'Tentang & sumber' page writes about places: Titik Nol and the regencies' table.

The page body (``components.bodies.about``) draws these strings; the digits are decided here:
Titik Nol as published (8 decimals), each regency's area and distance as its profile writes
them (:mod:`views.profile_facts`), so the two pages never disagree on a number.
Pure: no Streamlit, no store access.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from geo.ikn import TITIK_NOL, LatLon
from views.i18n import t
from views.profile_facts import AREA_KM2_DECIMALS, DISTANCE_KM_DECIMALS
from welfare.formatting import format_number

# BIG published Titik Nol to 8 decimals (about 1 mm); the page quotes it as published, so a
# reader can compare it digit by digit with the source.
COORDINATE_DECIMALS = 8


def ikn_facts(lang: str, point: LatLon = TITIK_NOL) -> str:
    """The IKN facts (a Markdown list): Titik Nol's coordinates, south as a positive number
    with "LS"/"S" after it, and the legal areas."""
    return t(
        "about.ikn_facts",
        lang,
        lat=format_number(abs(point.lat), COORDINATE_DECIMALS, lang),
        lon=format_number(point.lon, COORDINATE_DECIMALS, lang),
    )


def zones_table(
    regencies: pd.DataFrame,
    zones: Mapping[str, str] | pd.Series,
    distance_km: Mapping[str, float] | pd.Series,
    lang: str,
) -> pd.DataFrame:
    """The regencies' codes, name, official area, zone and distance to Titik Nol, as text in
    ``lang`` ("3.197" in Indonesian, "3,197" in English; a missing distance "–").

    ``regencies`` has ``nama``, ``kode_bps``, ``kode_kemendagri`` and ``luas_km2``; ``zones``
    and ``distance_km`` are keyed by BPS code (:class:`geo.map_geometry.GeoBundle`).
    """
    codes = regencies["kode_bps"]
    return pd.DataFrame(
        {
            t("col.region", lang): regencies["nama"],
            t("col.kode_bps", lang): codes,
            t("col.kode_kemendagri", lang): regencies["kode_kemendagri"],
            t("about.col.area", lang): [
                format_number(v, AREA_KM2_DECIMALS, lang) for v in regencies["luas_km2"]
            ],
            t("col.zone", lang): codes.map(zones).map(lambda z: t(f"zone.{z}", lang)),
            t("col.distance", lang): [
                format_number(distance_km.get(k), DISTANCE_KM_DECIMALS, lang) for k in codes
            ],
        }
    )
