"""Where need grows fastest, every regency at once: the ranking table (display strings), the
export behind it (numbers), the regencies without a BPS projection, and the map layer of the
increase in % of today's value.

Separate from the cards, which describe only the chosen regions: this module reads the
domain's whole-province :func:`~welfare.outlook.projection.need_table` per target year and is
the only part of the outlook that draws a map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import geopandas as gpd
import pandas as pd

from geo.thematic import ThematicLayer, build_layer
from views.i18n import t
from views.map_words import map_words
from views.outlook_numbers import count, percent, signed, signed_percent
from welfare import formatting
from welfare.models import KIND_EXAMPLE, KIND_OFFICIAL
from welfare.outlook.projection import STATUS_NO_POPULATION, STATUS_OK


def ranking_frame(tables: Mapping[int, pd.DataFrame], lang: str, unit: str) -> pd.DataFrame:
    """Every regency with its need in each target year of ``tables`` (year -> the domain's
    :func:`~welfare.outlook.projection.need_table`), display strings, fastest growth first (by
    the first year); regions without a projection last, saying so."""
    years = sorted(tables)
    first = tables[years[0]]
    order = first.sort_values(
        ["increase_percent", "nama"], ascending=[False, True], na_position="last"
    )
    rows = []
    for kode in order["kode_bps"]:
        base = first[first["kode_bps"] == kode].iloc[0]
        row = {
            t("outlook.col.region", lang): base["nama"],
            t("outlook.col.base", lang): (
                f"{count(base['base_value'], lang)} ({int(base['base_year'])})"
                if not pd.isna(base["base_value"])
                else formatting.MISSING
            ),
        }
        for year in years:
            r = tables[year][tables[year]["kode_bps"] == kode].iloc[0]
            if r["status"] == STATUS_OK:
                row[t("outlook.col.need", lang, year=year)] = count(r["need"], lang)
                row[t("outlook.col.growth", lang, year=year)] = (
                    f"{signed(r['increase'], lang, plus=False)} "
                    f"({signed_percent(r['increase_percent'], lang, plus=False)})"
                )
            else:
                row[t("outlook.col.need", lang, year=year)] = formatting.MISSING
                row[t("outlook.col.growth", lang, year=year)] = t(
                    f"outlook.status.{r['status']}", lang
                )
        row[t("outlook.col.kind", lang)] = (
            t("kind.example", lang) if bool(base["is_example"]) else t("kind.official", lang)
        )
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame.attrs["unit"] = unit
    return frame


def export_frame(tables: Mapping[int, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Every regency and target year as numbers (the CSV/XLSX behind the table)."""
    words = {
        "kode_bps": "kode_bps",
        "nama": t("outlook.col.region", lang),
        "target_year": t("outlook.year", lang),
        "status": "status",
        "base_year": t("outlook.col.base", lang),
        "base_value": t("outlook.col.today", lang),
        "rate": t("outlook.export.rate", lang),
        "population": t("outlook.export.population", lang),
        "need": t("outlook.export.need", lang),
        "increase": t("outlook.col.increase", lang),
        "increase_percent": t("outlook.export.increase_percent", lang),
        "band_low": t("outlook.export.band_low", lang),
        "band_high": t("outlook.export.band_high", lang),
        "places": t("outlook.col.places", lang),
        "is_example": t("outlook.col.kind", lang),
    }
    frames = []
    for year in sorted(tables):
        frame = tables[year].copy()
        frame["target_year"] = year
        frame["status"] = [
            "ok" if s == STATUS_OK else t(f"outlook.status.{s}", lang) for s in frame["status"]
        ]
        frame["is_example"] = [
            t("kind.example", lang) if e else t("kind.official", lang) for e in frame["is_example"]
        ]
        frames.append(frame[list(words)])
    return pd.concat(frames, ignore_index=True).rename(columns=words)


def without_projection(table: pd.DataFrame) -> list[str]:
    """Names of the regencies of a need table without a BPS projection (said under the map)."""
    return list(table.loc[table["status"] == STATUS_NO_POPULATION, "nama"])


def growth_layer(
    table: pd.DataFrame,
    shapes: gpd.GeoDataFrame,
    *,
    year: int,
    unit: str,
    measure: str,
    lang: str,
    selected: Sequence[str] = (),
    font_px: int = 13,
) -> ThematicLayer:
    """The map of where need grows fastest to ``year``: the increase in % of today's value;
    the increase itself and today's value in the tooltip; regions without a BPS projection
    drawn as "tidak ada data" (the legend says why)."""
    ok = table[table["status"] == STATUS_OK]
    mapped = pd.DataFrame(
        {
            "kode_bps": ok["kode_bps"],
            "value": ok["increase"],
            "rate": ok["increase_percent"],
            "denominator_value": ok["base_value"],
            "denominator_year": ok["base_year"],
            "dataset_kind": [KIND_EXAMPLE if e else KIND_OFFICIAL for e in ok["is_example"]],
            "is_example": ok["is_example"],
            "rank": ok["rank"].astype(float),
        }
    )
    bases = sorted({int(y) for y in ok["base_year"].dropna()})
    missing = without_projection(table)
    notes = [t("outlook.map.note", lang, year=year, base=", ".join(map(str, bases)), unit=unit)]
    if missing:
        notes.append(t("outlook.no_projection", lang, regions=", ".join(missing)))
    return build_layer(
        shapes,
        mapped,
        title=t("outlook.map.title", lang, year=year, measure=measure),
        mapped_unit=t("outlook.map.unit", lang, year=year),
        higher_is_worse=True,
        words=map_words(lang, raw_key="outlook.map.raw", denominator=t("outlook.map.today", lang)),
        fmt_mapped=lambda v: percent(v, lang),
        fmt_raw=lambda v: count(v, lang),
        raw_unit=unit,
        legend_notes=tuple(notes),
        selected=selected,
        font_px=font_px,
    )
