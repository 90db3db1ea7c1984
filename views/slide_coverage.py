"""The Cakupan page's slide (page "cakupan"): a programme's gap map and its table.

The map and the table are the Cakupan page's view model (:func:`views.coverage_gap.build` and
:func:`views.coverage_gap.slide_table` of the same coverage table, welfare.explore), so the
classes, colours, legend and notes are the page's. The year is the live page's: the step's
year, else its indicator's default year (the filter's), then the programme's nearest year with
data. The key numbers are the province coverage, the total gap and the largest gaps.
"""

from __future__ import annotations

from views import coverage_gap, source_links
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.slide import View, no_data
from welfare import availability, explore, formatting
from welfare.catalogue import programme_for
from welfare.years import fallback_year


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    prog = programme_for(step.indicator or "")
    plabel = prog.label(lang)
    years = explore.programme_years(data.engine, prog)
    # As on the live page: the step's year, else its indicator's default year (the filter's),
    # then the programme's nearest year with data.
    wanted = step.year
    if wanted is None and step.indicator:
        wanted = availability.indicator_year(data.engine, step.indicator)
    year = fallback_year(wanted, years)
    if year is None:
        return no_data("cakupan", plabel, "", lang)
    problems = ()
    if step.year is not None and year != step.year:
        problems = (t("brief.key.year_fallback", lang, wanted=step.year, year=year),)
    cov = explore.coverage_table(data.engine, prog, year)
    selected = data.highlighted(step)
    gap = coverage_gap.build(cov, data.regencies, lang=lang, selected=selected)
    cited = source_links.citations([*cov.sources, *cov.need_sources])
    keys = []
    if cov.province_coverage is not None:
        keys.append(
            t(
                "brief.key.coverage",
                lang,
                programme=plabel,
                value=formatting.format_number(cov.province_coverage, 1, lang),
                year=year,
            )
        )
    if cov.gap_total is not None:
        keys.append(t("brief.key.gap", lang, gap=gap.fmt_count(cov.gap_total), unit=gap.need_unit))
    d = cov.data
    worst = d.dropna(subset=["gap_per_1000"]).sort_values("gap_per_1000", ascending=False)
    if len(worst):
        keys.append(
            t(
                "brief.key.largest_gap",
                lang,
                names="; ".join(
                    f"{r.nama} {gap.fmt_rate(r.gap_per_1000)}" for r in worst.head(3).itertuples()
                ),
            )
        )
    keys.append(t("brief.key.with_data", lang, n=cov.n_with_data, m=cov.n_regions))
    return View(
        page="cakupan",
        title=f"{gap.title} · {year}",
        subtitle=gap.unit,
        lang=lang,
        layer=gap.layer,
        key_points=tuple(keys),
        table=coverage_gap.slide_table(cov, lang=lang),
        sources=cited,
        has_example=cov.has_example,
        years=(year,),
        notes=(*gap.notes, gap.gap_note, gap.classes_note),
        highlight=selected,
        file_stub=f"cakupan-{prog.key}-{year}",
        problems=problems,
    )
