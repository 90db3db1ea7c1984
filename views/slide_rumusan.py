"""The Rumusan page's slide (page "rumusan"): "Tindak lanjut rumusan rakor <tahun>".

The same words as the page (:mod:`views.rumusan_view`) over the same reads
(:mod:`welfare.rumusan.listing`, :mod:`welfare.rumusan.progress`), so the slide's counts,
statuses and indicator values are the page's. The step's ``tahun`` names the rakor whose
resolutions are followed up (every meeting held that year); without it, or when no meeting
was held that year (said on the slide), the latest year with a meeting. Example meetings
(DATA CONTOH) are used only when no real meeting was recorded, and then marked.

On the slide: the status counts under the title, then the rumusan late first (number,
shortened text, parties, deadline, status, each linked indicator's value against its target)
as large as fits; every row with its full text, and each linked indicator's progress in a
sentence, go to the speaker notes and the PDF handout. "Terlambat" is judged on the day the
deck is built (WITA).
"""

from __future__ import annotations

from views import rumusan_view as rv
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.slide import View
from welfare import formatting
from welfare.citations import Citation, cite
from welfare.rumusan import listing, progress, rules

SLIDE_CHARS = 110  # a rumusan's text in a slide cell at 18 pt (the notes hold it whole)


def register_citation(lang: str) -> Citation:
    """The meeting register itself: where the rumusan, their status and notes come from."""
    return cite(t("rumusan.source.register", lang))


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    meetings = listing.meetings(data.engine)
    real = [m for m in meetings if not m.is_example]
    pool = real or meetings
    years = sorted({m.year for m in pool})
    if not years:
        return View(
            page="rumusan",
            title=t("brief.page.rumusan", lang),
            subtitle="",
            lang=lang,
            key_points=(t("brief.rumusan.none", lang),),
            sources=(register_citation(lang),),
            years=(rv.today().year,),  # the follow-up as of today: nothing recorded yet
            file_stub="rumusan",
        )
    year = step.year if step.year in years else years[-1]
    problems: tuple[str, ...] = ()
    if step.year is not None and step.year != year:
        problems = (t("rumusan.year_fallback", lang, wanted=step.year, year=year),)
    chosen = [m for m in pool if m.year == year]
    records = [r for m in chosen for r in listing.list_by_meeting(data.engine, m.id)]
    day = rv.today()
    items = rv.build_items(records, progress.progress_for(data.engine, records), day, lang)
    counts = rules.status_counts(records, day)
    keys = [
        f"{i.number}. {link.text}"
        + (f" ({t('rumusan.card.meeting', lang).lower()}: {i.meeting})" if len(chosen) > 1 else "")
        for i in items
        for link in i.links
    ]
    if not items:
        keys = [t("rumusan.present.none", lang)]
    cited = {c.label(): c for i in items for link in i.links for c in link.citations}
    subtitle = " · ".join(
        f"{m.name}, {formatting.format_date(m.held_on, lang)}, {m.place}" for m in chosen
    )
    return View(
        page="rumusan",
        title=t("rumusan.follow_title", lang, year=year),
        subtitle=subtitle,
        top_note=rv.counts_text(counts, lang)
        + f" ({t('rumusan.on_day', lang, day=formatting.format_date(day, lang))})",
        lang=lang,
        key_points=tuple(keys),
        table=rv.list_table(items, lang, with_meeting=len(chosen) > 1),
        slide_table=rv.list_table(items, lang, short=SLIDE_CHARS) if items else None,
        sources=(register_citation(lang), *cited.values()),
        has_example=any(i.has_example for i in items) or any(m.is_example for m in chosen),
        years=(year,),
        notes=(t("rumusan.late_rule", lang),),
        file_stub=f"rumusan-{year}",
        problems=problems,
    )
