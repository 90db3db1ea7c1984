"""The two slides of the rakor's look ahead and back: page "antisipasi" (projected need of the
step's regions to 2030: the increase, the band, the method) and page "sinyal" (what worsened
since the last rakor).

Two page ids rather than one page with a "part" field: an agenda step carries a page and the
shared view (indicator, year, regions) only, and presenter mode turns a step into a page and a
URL, so each view the room sees needs a page of its own. The signals are their own page
(``/sinyal``), which the home card links to.

The same view models as the pages (:mod:`views.outlook_view`, :mod:`views.signal_view`), so a
number read off a slide is the number on the projector. An ``antisipasi`` step's ``indikator``
(a PMKS category, a programme's need or recipients, a DTSEN decile) picks the measure, its
``wilayah`` the regions (default: Penajam Paser Utara and Kutai Kartanegara); the target year is
2030.
"""

from __future__ import annotations

from datetime import date

from views import outlook_view as ov
from views import signal_view as sv
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.slide import View
from views.source_links import snapshot_label
from welfare.outlook.measures import MEASURE_DTSEN
from welfare.outlook.projection import need_table, project_need
from welfare.outlook.signals import detect_signals
from welfare.rumusan import listing
from welfare.targeting import eligibility_table, rule_for


def regions_of(data: BriefData, step: AgendaStep) -> tuple[str, ...]:
    """The step's regions: its codes, the buffer zone, else PPU and Kukar."""
    if step.region_codes:
        return tuple(step.region_codes)
    if step.buffer:
        return tuple(data.buffer_codes)
    return ov.DEFAULT_REGIONS


def _snapshots(data: BriefData, measure_key: str, years: set[int]) -> dict[str, str]:
    measure = ov.measure_of(measure_key)
    if measure.kind != MEASURE_DTSEN:
        return {}
    out: dict[str, str] = {}
    rule = rule_for(str(measure.programme))
    for year in sorted(years):
        table = eligibility_table(data.engine, rule, year).data
        out.update({k: v for k, v in zip(table["kode_bps"], table["snapshot"], strict=True) if v})
    return out


def need_view(data: BriefData, step: AgendaStep, lang: str) -> ov.NeedView:
    """The page's need view of the step (its measure and regions, 2030)."""
    key = ov.measure_for_indicator(step.indicator) or ov.DEFAULT_MEASURE
    measure = ov.measure_of(key)
    codes = regions_of(data, step)
    projections = [project_need(data.engine, k, measure, ov.DEFAULT_YEAR) for k in codes]
    years = {p.base.year for p in projections if p.base is not None}
    snapshots = {k: snapshot_label(v, lang) for k, v in _snapshots(data, key, years).items()}
    return ov.build(projections, data.names, key, ov.DEFAULT_YEAR, lang, snapshots)


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    need = need_view(data, step, lang)
    problems: tuple[str, ...] = ()
    if step.indicator and ov.measure_for_indicator(step.indicator) is None:
        problems = (
            t(
                "brief.outlook.measure_fallback",
                lang,
                indicator=step.indicator,
                measure=need.measure,
            ),
        )
    measure = ov.measure_of(need.measure_key)
    tables = {y: need_table(data.engine, measure, y) for y in ov.TARGET_YEARS}
    years = sorted({int(y) for y in tables[need.year]["base_year"].dropna()})
    return View(
        page="antisipasi",
        title=need.title,
        subtitle=t("outlook.title", lang),
        top_note=t("outlook.method.short", lang, year=need.year),
        lang=lang,
        key_points=tuple(
            x
            for x in (*(f"{c.region}: {c.headline} ({c.band})" for c in need.cards), need.missing)
            if x
        ),
        table=ov.ranking_frame(tables, lang, need.unit),
        slide_table=ov.slide_table(need),
        sources=need.sources,
        has_example=need.is_example,
        years=tuple(years),
        notes=tuple(x for x in (need.method, need.example, need.base_note) if x),
        highlight=regions_of(data, step),
        file_stub=f"antisipasi-{need.year}",
        problems=problems,
    )


def signals_slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    meetings = listing.meetings(data.engine, include_examples=False)
    meeting = sv.last_meeting(meetings, date.today())
    report = detect_signals(data.engine, meeting_date=meeting.held_on if meeting else None)
    view = sv.build(report, data.names, lang, meeting)
    # Every signal goes to the slide's table: the writer shows as many as fit at 18 pt and
    # says how many more are in the speaker notes.
    shown = view.signals
    notes = [view.rule, view.rakor_from.replace("`", ""), view.skipped]
    years = sorted({s.latest.year for s in (*report.signals, *report.notes)})
    return View(
        page="sinyal",
        title=view.title,
        subtitle=view.rakor_from.replace("`", ""),
        top_note=view.counts,
        lang=lang,
        key_points=(view.counts, view.skipped) if not shown else (),
        table=sv.table(view),
        slide_table=sv.slide_rows(shown, lang) if shown else None,
        sources=view.sources,
        has_example=view.has_example,
        years=tuple(years),
        notes=tuple(notes),
        file_stub="sinyal",
    )
