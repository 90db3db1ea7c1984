"""The home page's slide (page "beranda"): the key figures of the province and the buffer zone.

The rows are the home page's headline (:func:`welfare.read_models.headline`, same year for
both areas) and each number is worded by the page's own :func:`views.home.figure_text`
("221.340 jiwa · 54,7 per 1.000 penduduk"), so a number on the slide is the number on the
projector. The slide shows one row per indicator, one column per area, each value with its
year; the speaker notes and the handout keep the long table, one row per area with its sources.
"""

from __future__ import annotations

import pandas as pd

from views import home, source_links
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.slide import View
from welfare import read_models
from welfare.catalogue import get_indicator
from welfare.citations import Citation


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    head = read_models.headline(data.engine, data.buffer_codes, same_year=True)  # as the page
    rows: list[dict[str, str]] = []
    cited: dict[str, Citation] = {}
    years: set[int] = set()
    has_example = False
    col_ind, col_kind = t("brief.col.indicator", lang), t("col.kind", lang)
    col_scope, col_year = t("brief.col.scope", lang), t("col.year", lang)
    col_value = t("col.value", lang)
    wide: dict[str, dict[str, str]] = {}
    for r in head.itertuples(index=False):
        ind = get_indicator(r.indicator_id)
        # The home page's own words for the number (views.home): "221.340 jiwa · 54,7 per …".
        fig = home.figure_text(pd.Series(r._asdict()), lang)
        value = f"{fig.main} · {fig.rate}" if fig.rate else fig.main
        kind = (
            t("kind.example", lang)
            if r.is_example
            else ", ".join(t(f"kind.{k}", lang) for k in (r.dataset_kinds or []))
        )
        c = source_links.citations(list(r.sources or []), list(r.dataset_kinds or []))
        for x in c:
            cited.setdefault(x.label(), x)
        years.add(int(r.year))
        has_example = has_example or bool(r.is_example)
        scope = t(f"brief.scope.{r.scope}", lang)
        rows.append(
            {
                col_ind: ind.label(lang),
                col_scope: scope,
                col_year: str(int(r.year)),
                col_value: value,
                col_kind: kind,
                t("col.source", lang): source_links.labels_text(c, lang, limit=2),
            }
        )
        line = wide.setdefault(ind.label(lang), {col_ind: ind.label(lang), col_kind: ""})
        line[scope] = f"{value} ({int(r.year)})"
        said = [k for k in line[col_kind].split(", ") if k]
        line[col_kind] = ", ".join(dict.fromkeys([*said, *([kind] if kind else [])]))
    return View(
        page="beranda",
        title=t("brief.page.beranda", lang),
        subtitle=t("app.subtitle", lang),
        lang=lang,
        key_points=tuple(
            f"{row[col_ind]} ({row[col_scope]}, {row[col_year]}): {row[col_value]}"
            for row in rows
            if row[col_scope] == t("brief.scope.provinsi", lang)
        ),
        table=pd.DataFrame(rows),
        sources=tuple(cited.values()),
        has_example=has_example,
        years=tuple(sorted(years)),
        file_stub="angka-utama",
        slide_table=_wide_table(wide, col_ind, col_kind, lang),
    )


def _wide_table(
    wide: dict[str, dict[str, str]], col_ind: str, col_kind: str, lang: str
) -> pd.DataFrame | None:
    """The slide's short table: indicator, one column per area, data kind."""
    if not wide:
        return None
    scopes = [
        t(f"brief.scope.{s}", lang) for s in (read_models.SCOPE_PROVINCE, read_models.SCOPE_ZONE)
    ]
    table = pd.DataFrame(list(wide.values()))
    return (
        table[[col_ind, *(s for s in scopes if s in table), col_kind]]
        .fillna("–")
        .reset_index(drop=True)
    )
