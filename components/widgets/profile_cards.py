"""The profile's indicator cards and fact tiles, as escaped HTML.

A profile has 50+ indicators: one ``st.html`` of plain HTML cards per catalogue group (with
a sparkline from :func:`charts.profile.sparkline_svg`) draws fast, resizes for the printed
page and prints as it looks (styles in ``components/widgets/css/profile.css``). Every value from the
store or a file is escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from charts.profile import sparkline_svg
from ground import palette
from ground.markup import escape_html as esc
from views import source_links
from views.i18n import t
from views.profile_export import card_numbers
from welfare.catalogue import RATE_VALUE, get_indicator, unit_label


def card_html(
    row: pd.Series, *, label: str, value_unit: str, rate_unit: str, kind: str, lang: str
) -> str:
    """One indicator card (escaped HTML)."""
    numbers = card_numbers(row, kind, lang)  # views.profile_export: one rule of digits
    unit = rate_unit if numbers.is_rate else unit_label(value_unit, lang)
    subs: list[str] = []
    if numbers.is_rate:
        subs.append(t("prof.card.count", lang, v=numbers.count, unit=unit_label(value_unit, lang)))
    year_txt = str(int(row["year"]))
    if (
        row["denominator_year"] is not None
        and not pd.isna(row["denominator_year"])
        and int(row["denominator_year"]) != int(row["year"])
    ):
        year_txt += " · " + t("prof.card.den_year", lang, year=int(row["denominator_year"]))
    subs.append(f"<b>{esc(year_txt)}</b>")
    n_ranked = int(row["n_ranked"])
    if row["rank"] is not None and not pd.isna(row["rank"]) and n_ranked >= 2:
        direction = t("prof.rank.high" if row["higher_is_worse"] else "prof.rank.low", lang)
        subs.append(
            esc(t("prof.card.rank", lang, rank=int(row["rank"]), n=n_ranked, direction=direction))
        )
    elif n_ranked < 2:
        subs.append(esc(t("prof.card.only", lang)))
    province_n = int(row["province_n"])
    if province_n >= 2 and pd.notna(row["province_rate"]):
        method_sum = row["rate_kind"] == RATE_VALUE and kind == "count"
        key = "prof.card.province_sum" if method_sum else "prof.card.province"
        subs.append(esc(t(key, lang, n=province_n, v=numbers.aggregate)))
    if row["is_example"]:
        badge = f'<span class="badge-ex">{esc(t("badge.example", lang))}</span>'
    elif row["dataset_kind"] == "imported":
        badge = f'<span class="badge-imp">{esc(t("kind.imported", lang))}</span>'
    else:
        badge = f'<span class="badge-ok">{esc(t("kind.official", lang))}</span>'
    src = row["source"] or ""
    spark = sparkline_svg(
        row["spark_years"],
        row["spark_rates"],
        row["spark_example"],
        color=palette.EXAMPLE if row["is_example"] else palette.PROFILE_LINE,
    )
    classes = "serambi-card example" if row["is_example"] else "serambi-card"
    return (
        f'<div class="{classes}" data-indicator="{esc(row["indicator_id"])}">'
        f'<div class="lbl">{esc(label)}</div>'
        f'<div class="num">{esc(numbers.number)} <span class="unit">{esc(unit)}</span></div>'
        f'<div class="sub">{"<br>".join(subs)}</div>'
        f"{spark}"
        f"<div>{badge}</div>"
        f'<div class="src">{source_links.sources_html(source_links.citations([src]), lang)}'
        "</div>"
        "</div>"
    )


def cards_html(rows: pd.DataFrame, lang: str, *, lead: str | None = None) -> list[str]:
    """The cards of ``rows`` (profile rows) in order; the card of ``lead`` is marked ``lead``."""
    cards = []
    for _, row in rows.iterrows():
        ind = get_indicator(row["indicator_id"])
        card = card_html(
            row,
            label=ind.label(lang),
            value_unit=ind.unit,
            rate_unit=ind.rate_unit(lang),
            kind=ind.kind,
            lang=lang,
        )
        if lead is not None and row["indicator_id"] == lead:
            card = card.replace('class="serambi-card', 'class="serambi-card lead', 1)
        cards.append(card)
    return cards


def facts_html(facts: Sequence[tuple[str, str]], *, present: bool = False) -> str:
    """Fact tiles (label, value); ``present``: one row of larger tiles (presenter mode)."""
    cells = "".join(
        f'<div class="serambi-fact"><div class="k">{esc(k)}</div>'
        f'<div class="v">{esc(v)}</div></div>'
        for k, v in facts
    )
    classes = "serambi-facts present" if present else "serambi-facts"
    return f'<div class="{classes}">{cells}</div>'
