"""The regency profile's slide (page "profil"): its headline indicators as large cards.

The rows are the profile page's (:func:`welfare.explore.profile`, each indicator in the year
the live page shows it, the step's indicator in the step's year). The slide shows the
presenter page's headline cards (:func:`welfare.key_indicators.key_indicator_ids`), each with
its rank and, beside a rate, its count, in the profile page's words; every row is in the
speaker notes and the handout, with its rank, the province figure, data kind and source.
"""

from __future__ import annotations

import pandas as pd

from views import source_links
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.kinds import kind_label
from views.slide import Card, View
from welfare import explore, formatting
from welfare.catalogue import RATE_VALUE, IndicatorDef, display_unit, load_catalogue
from welfare.citations import Citation
from welfare.key_indicators import key_indicator_ids

N_PROFILE_CARDS = 6  # 3 x 2 cards at 18 pt and more fill a 16:9 slide


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    code = step.region_codes[0]
    name = data.names.get(code, code)
    chosen = {step.indicator: step.year} if step.indicator and step.year is not None else None
    prof = explore.profile(data.engine, code, chosen)  # each card in the live page's year
    cat = {i.id: i for i in load_catalogue()}
    rows: list[dict[str, str]] = []
    keys: list[str] = []
    cited: dict[str, Citation] = {}
    years: set[int] = set()
    has_example = bool(prof["is_example"].any()) if len(prof) else False
    # The slide shows the presenter page's headline cards, large; every row is in the notes.
    headline = key_indicator_ids(list(prof["indicator_id"]), step.indicator)[:N_PROFILE_CARDS]
    cards: dict[str, Card] = {}
    for r in prof.itertuples(index=False):
        ind = cat[r.indicator_id]
        shown = r.rate if pd.notna(r.rate) else r.value
        unit = display_unit(ind, lang) if pd.notna(r.rate) else ind.unit
        decimals = 0 if (ind.kind == "count" and not pd.notna(r.rate)) else 2
        value = formatting.format_number(shown, decimals, lang)
        if r.indicator_id in headline:
            cards[r.indicator_id] = _card(r, ind, value, unit, lang)
        c = source_links.citations([r.source, r.denominator_source], [r.dataset_kind, None])
        for x in c:
            cited.setdefault(x.label(), x)
        years.add(int(r.year))
        rank = "" if r.rank is None or pd.isna(r.rank) else f"{int(r.rank)}/{int(r.n_ranked)}"
        prov = (
            ""
            if r.province_rate is None or pd.isna(r.province_rate)
            else formatting.format_number(r.province_rate, decimals, lang)
        )
        rows.append(
            {
                t("brief.col.indicator", lang): ind.label(lang),
                t("col.year", lang): str(int(r.year)),
                t("col.value", lang): f"{value} {unit}",
                t("col.rank", lang): rank,
                t("brief.col.province", lang): prov,
                t("col.kind", lang): kind_label(r.is_example, r.dataset_kind, lang),
                t("col.source", lang): source_links.labels_text(c, lang, limit=1),
            }
        )
        if rank and ind.higher_is_worse and len(keys) < 5:
            keys.append(
                t(
                    "brief.key.profile_rank",
                    lang,
                    label=ind.label(lang),
                    value=value,
                    unit=unit,
                    year=int(r.year),
                    rank=int(r.rank),
                    n=int(r.n_ranked),
                )
            )
    return View(
        page="profil",
        title=f"{t('brief.page.profil', lang)}: {name}",
        subtitle=t("brief.scope.provinsi", lang),
        lang=lang,
        key_points=tuple(keys),
        table=pd.DataFrame(rows),
        sources=tuple(cited.values()),
        has_example=has_example,
        years=tuple(sorted(years)),
        highlight=(code,),
        file_stub=f"profil-{code}",
        cards=tuple(cards[i] for i in headline),
    )


def _card(r, ind: IndicatorDef, value: str, unit: str, lang: str) -> Card:  # noqa: ANN001
    """A profile row as a card: the rank as the profile page says it, the count beside a rate."""
    n = int(r.n_ranked)
    if r.rank is not None and pd.notna(r.rank) and n >= 2:
        direction = t("prof.rank.high" if ind.higher_is_worse else "prof.rank.low", lang)
        rank = t("prof.card.rank", lang, rank=int(r.rank), n=n, direction=direction)
    else:
        rank = t("prof.card.only", lang)
    count = ""
    if pd.notna(r.rate) and ind.rate_kind != RATE_VALUE and pd.notna(r.value):
        count = t(
            "prof.card.count",
            lang,
            v=formatting.format_number(r.value, 0 if ind.kind == "count" else 2, lang),
            unit=ind.unit_label(lang),
        )
    return Card(
        label=ind.label(lang),
        value=value,
        unit=unit,
        year=int(r.year),
        rank=rank,
        count=count,
        is_example=bool(r.is_example),
    )
