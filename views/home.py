"""What the home page's headline table and its Bahan rapat slide say: for each key indicator,
the province and the IKN area + buffer zone in the same year (:func:`welfare.comparison
.common_year`), counts told as counts ("221.340 jiwa") with the rate beside them ("54,7 per
1.000 penduduk"), each row with its data kind and sources.

The page (:mod:`components.bodies.home_page`) draws :func:`table_html`; the slide writes
:func:`figure_text` of the same rows, so a number on the projector is the number on the slide.
Digits: counts whole, everything else :func:`welfare.formatting.value_decimals`. Pure.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from views import source_links
from views.i18n import t
from views.kinds import data_badge
from welfare import formatting
from welfare.catalogue import RATE_VALUE, get_indicator, unit_label
from welfare.citations import Citation
from welfare.read_models import SCOPE_PROVINCE, SCOPE_ZONE

# A rate beside a count is a reading aid ("54,7 per 1.000 penduduk"): one decimal is enough.
RATE_BESIDE_COUNT_DECIMALS = 1


@dataclass(frozen=True)
class Figure:
    """One scope's number: the headline text and, for counts, the rate beside it."""

    main: str
    rate: str = ""


@dataclass(frozen=True)
class HeadlineRow:
    indicator_id: str
    label: str
    year: int | None
    kind: str  # official | imported | example
    province: Figure | None
    zone: Figure | None
    comparable: bool
    sources: tuple[Citation, ...]


def _kind(rows: pd.DataFrame) -> str:
    if rows["is_example"].any():
        return "example"
    kinds = {k for ks in rows["dataset_kinds"] for k in (ks or [])}
    return "imported" if "imported" in kinds else "official"


def figure_text(row: pd.Series, lang: str) -> Figure:
    """'221.340 jiwa' + '54,7 per 1.000 penduduk'; '5,78 %'; '70.703 KPM' + '87,2 % cakupan'."""
    ind = get_indicator(row["indicator_id"])
    if ind.kind == "count":
        main = f"{formatting.format_int(row['value'], lang)} {unit_label(ind.unit, lang)}"
        has_rate = ind.rate_kind != RATE_VALUE and pd.notna(row.get("rate"))
        rate = (
            f"{formatting.format_number(row['rate'], RATE_BESIDE_COUNT_DECIMALS, lang)} "
            f"{ind.rate_unit(lang)}"
            if has_rate
            else ""
        )
        return Figure(main, rate)
    decimals = formatting.value_decimals([row["value"]], ind.kind)
    number = formatting.format_number(row["value"], decimals=decimals, lang=lang)
    return Figure(f"{number} {unit_label(ind.unit, lang)}".strip())


def headline_rows(figures: pd.DataFrame, lang: str) -> list[HeadlineRow]:
    """The home table's rows, in the catalogue order of ``figures`` (same-year headline)."""
    out = []
    for indicator_id, rows in figures.groupby("indicator_id", sort=False):
        prov = rows[rows["scope"] == SCOPE_PROVINCE]
        zone = rows[rows["scope"] == SCOPE_ZONE]
        first = rows.iloc[0]
        year = int(prov["year"].iloc[0]) if len(prov) else int(first["year"])
        cited = source_links.citations(
            [s for ss in rows["sources"] for s in (ss or [])],
        )
        out.append(
            HeadlineRow(
                indicator_id=str(indicator_id),
                label=get_indicator(str(indicator_id)).label(lang),
                year=year,
                kind=_kind(rows),
                province=figure_text(prov.iloc[0], lang) if len(prov) else None,
                zone=figure_text(zone.iloc[0], lang) if len(zone) else None,
                comparable=bool(rows["comparable"].all()) and len(prov) > 0 and len(zone) > 0,
                sources=cited,
            )
        )
    return out


def _cell(fig: Figure | None, missing: str) -> str:
    if fig is None:
        return f'<td class="num none">{html.escape(missing)}</td>'
    rate = f'<span class="rate">{html.escape(fig.rate)}</span>' if fig.rate else ""
    return f'<td class="num"><span class="main">{html.escape(fig.main)}</span>{rate}</td>'


def table_html(
    rows: Sequence[HeadlineRow], lang: str, zone_members: str, *, sources: int = 2
) -> str:
    """The headline table as escaped HTML (one element: cheap to draw, easy to size).

    ``sources``: how many sources a row names before "(+n)" (presenting: 1, so a row stays
    one or two lines tall and the screen fits without scrolling in both languages)."""
    head = (
        "<tr>"
        f'<th scope="col">{html.escape(t("home.col.indicator", lang))}</th>'
        f'<th scope="col" class="yr">{html.escape(t("home.col.year", lang))}</th>'
        f'<th scope="col">{html.escape(t("home.province", lang))}</th>'
        f'<th scope="col" title="{html.escape(zone_members, quote=True)}">'
        f"{html.escape(t('home.buffer', lang))}</th>"
        f'<th scope="col">{html.escape(t("map.source", lang))}</th>'
        "</tr>"
    )
    body = []
    no_year = t("home.no_shared_year", lang)
    for r in rows:
        zone_missing = no_year if not r.comparable else t("home.no_value", lang)
        body.append(
            f'<tr data-indicator="{html.escape(r.indicator_id, quote=True)}">'
            f'<th scope="row">{html.escape(r.label)} {data_badge(r.kind, lang)}</th>'
            f'<td class="yr">{r.year if r.year is not None else ""}</td>'
            f"{_cell(r.province, t('home.no_value', lang))}"
            f"{_cell(r.zone if r.comparable else None, zone_missing)}"
            f'<td class="src">{source_links.sources_html(r.sources, lang, limit=sources)}</td>'
            "</tr>"
        )
    return (
        '<table class="serambi-home" data-serambi-home="headline">'
        f"<caption>{html.escape(t('home.same_year_note', lang))}</caption>"
        f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    )
