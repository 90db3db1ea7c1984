"""A regency's profile as files: its table of indicators (XLSX) and its one-page A4 sheet.

The rows come from the same profile table as the page's cards (:func:`welfare.explore.
profile`, through ``components.state.data_access.profile`` with the shared filter's indicator and
year), so every indicator has the year the page shows. :func:`card_number` is the card's rule
for the number shown (the mapped number of a rate, else the value) and its digits
(:func:`welfare.formatting.decimals_for`); :func:`card_numbers` writes the card's numbers with
them. The files hold the numbers the cards show, rounded the same way. The rank and the
aggregate of the regencies are given where the card gives them (at least two regencies with
data).

Pure (no Streamlit): :mod:`views.profile_pdf` draws the sheet, ``components.bodies.profile_page``
has the buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from views import source_links
from views.i18n import t
from welfare import formatting
from welfare.catalogue import RATE_VALUE, get_indicator, group_label, unit_label
from welfare.citations import Citation
from welfare.formatting import decimals_for

KINDS = ("example", "imported", "official")

# The count behind a rate (people, households) is written whole, on the card and in the XLSX.
COUNT_DECIMALS = 0


def card_number(row: pd.Series, kind: str) -> tuple[float, int, bool]:
    """The number a profile card shows for ``row``, its digits, and whether it is a rate.

    A rate indicator (per 1.000 penduduk, coverage) shows its mapped number when it has one,
    else its value; a count shows no decimals, other values
    :func:`welfare.formatting.decimals_for` of the number itself.
    """
    rate = row["rate"]
    is_rate = row["rate_kind"] != RATE_VALUE and pd.notna(rate)
    shown = float(rate if is_rate else row["value"])
    digits = decimals_for([shown], kind)
    if kind == "count" and not is_rate:
        digits = 0
    return shown, digits, bool(is_rate)


@dataclass(frozen=True)
class CardNumbers:
    """The numbers of one profile card as text, in the card's language."""

    number: str  # the card's number (:func:`card_number`)
    is_rate: bool  # the number is a rate: its unit is the rate's, the count goes beside it
    count: str  # the count behind a rate, whole ("1.663"); "" when the number is no rate
    aggregate: str  # the regencies' aggregate with the card's digits ("–" when it has none)


def card_numbers(row: pd.Series, kind: str, lang: str) -> CardNumbers:
    """The card of ``row`` (a profile row) written out: the same digits for its number and
    for the regencies' aggregate beside it, so the two compare at a glance."""
    shown, digits, is_rate = card_number(row, kind)
    return CardNumbers(
        number=formatting.format_number(shown, digits, lang),
        is_rate=is_rate,
        count=formatting.format_number(row["value"], COUNT_DECIMALS, lang) if is_rate else "",
        aggregate=formatting.format_number(row["province_rate"], digits, lang),
    )


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator of the profile, as its card shows it."""

    indicator_id: str
    label: str
    group: str
    year: int
    value: float  # the card's number: the mapped number of a rate, else the value
    decimals: int
    unit: str
    count: float | None  # the count behind a rate (the card's "Jumlah: …")
    count_unit: str
    denominator_year: int | None
    rank: int | None  # None where the card gives no rank (fewer than 2 regencies ranked)
    n_ranked: int
    direction: str  # "1 = tertinggi/terburuk" or "1 = terendah"
    aggregate: float | None  # the regencies' aggregate, same year (None: fewer than 2)
    aggregate_n: int
    kind: str  # one of KINDS
    citation: Citation | None

    def number(self, value: float | None, lang: str) -> str:
        """``value`` with this indicator's digits, as the card writes it."""
        return formatting.format_number(value, self.decimals, lang)


def lines(prof: pd.DataFrame, lang: str) -> list[IndicatorLine]:
    """The profile's rows (:data:`welfare.explore.PROFILE_COLUMNS`) as its cards show them."""
    out = []
    for _, row in prof.iterrows():
        ind = get_indicator(row["indicator_id"])
        shown, digits, is_rate = card_number(row, ind.kind)
        n_ranked = int(row["n_ranked"])
        ranked = pd.notna(row["rank"]) and n_ranked >= 2
        prov_n = int(row["province_n"])
        has_prov = prov_n >= 2 and pd.notna(row["province_rate"])
        den_year = row["denominator_year"]
        has_den = is_rate and den_year is not None and pd.notna(den_year)
        if row["is_example"]:
            kind = "example"
        elif row["dataset_kind"] == "imported":
            kind = "imported"
        else:
            kind = "official"
        cited = source_links.citations([row["source"]]) if row["source"] else ()
        out.append(
            IndicatorLine(
                indicator_id=str(row["indicator_id"]),
                label=ind.label(lang),
                group=group_label(str(row["group"]), lang),
                year=int(row["year"]),
                value=shown,
                decimals=digits,
                unit=ind.rate_unit(lang) if is_rate else unit_label(ind.unit, lang),
                count=float(row["value"]) if is_rate else None,
                count_unit=unit_label(ind.unit, lang) if is_rate else "",
                denominator_year=int(den_year) if has_den else None,
                rank=int(row["rank"]) if ranked else None,
                n_ranked=n_ranked,
                direction=t("prof.rank.high" if row["higher_is_worse"] else "prof.rank.low", lang),
                aggregate=float(row["province_rate"]) if has_prov else None,
                aggregate_n=prov_n if has_prov else 0,
                kind=kind,
                citation=cited[0] if cited else None,
            )
        )
    return out


@dataclass(frozen=True)
class IndicatorTable:
    """The table of indicators with numbers as numbers, and the digits of every row."""

    frame: pd.DataFrame
    decimals: dict[str, list[int]]  # column -> digits per row (each row its indicator's)


def indicator_table(rows: Sequence[IndicatorLine], lang: str) -> IndicatorTable:
    """Indicator, year, value, unit, rank, aggregate, data kind and source, one row each."""
    value_col = t("col.value", lang)
    count_col = t("prof.xcol.count", lang)
    aggregate_col = t("prof.xcol.aggregate", lang)
    frame = pd.DataFrame(
        {
            t("prof.xcol.indicator", lang): [r.label for r in rows],
            t("prof.xcol.id", lang): [r.indicator_id for r in rows],
            t("prof.xcol.group", lang): [r.group for r in rows],
            t("col.year", lang): pd.array([r.year for r in rows], dtype="Int64"),
            value_col: [r.value for r in rows],
            t("prof.xcol.unit", lang): [r.unit for r in rows],
            count_col: pd.array([r.count for r in rows], dtype="Float64"),
            t("prof.xcol.count_unit", lang): [r.count_unit for r in rows],
            t("col.denominator_year", lang): pd.array(
                [r.denominator_year for r in rows], dtype="Int64"
            ),
            t("col.rank", lang): pd.array([r.rank for r in rows], dtype="Int64"),
            t("prof.xcol.ranked", lang): pd.array(
                [r.n_ranked if r.rank is not None else None for r in rows], dtype="Int64"
            ),
            t("prof.xcol.direction", lang): [r.direction if r.rank else "" for r in rows],
            aggregate_col: pd.array([r.aggregate for r in rows], dtype="Float64"),
            t("prof.xcol.aggregate_n", lang): pd.array(
                [r.aggregate_n or None for r in rows], dtype="Int64"
            ),
            t("col.kind", lang): [t(f"kind.{r.kind}", lang) for r in rows],
            t("col.source", lang): [r.citation.label(lang) if r.citation else "" for r in rows],
            t("col.source_link", lang): [
                (r.citation.url or "") if r.citation else "" for r in rows
            ],
        }
    )
    digits = [r.decimals for r in rows]
    return IndicatorTable(
        frame,
        {value_col: digits, aggregate_col: digits, count_col: [COUNT_DECIMALS] * len(rows)},
    )


def sources(rows: Sequence[IndicatorLine]) -> list[Citation]:
    """The distinct sources of the rows, in the rows' order (the sheet numbers them)."""
    seen: dict[str, Citation] = {}
    for r in rows:
        if r.citation is not None:
            seen.setdefault(r.citation.label(), r.citation)
    return list(seen.values())


@dataclass(frozen=True)
class ProfileSheet:
    """What the one-page A4 sheet holds (drawn by :func:`views.profile_pdf.write_pdf`)."""

    title: str  # "Profil Kabupaten Penajam Paser Utara"
    facts: Sequence[tuple[str, str]]  # the page's fact tiles (label, value)
    lines: Sequence[IndicatorLine]
    key_ids: Sequence[str]  # the headline indicators, in order (welfare.key_indicators)
    lang: str
    made: str  # the day the file was made, as written on it

    @property
    def has_example(self) -> bool:
        return any(r.kind == "example" for r in self.lines)

    @property
    def key_lines(self) -> list[IndicatorLine]:
        by_id = {r.indicator_id: r for r in self.lines}
        return [by_id[i] for i in self.key_ids if i in by_id]
