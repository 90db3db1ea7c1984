"""The Tren page's slide (page "tren"): one indicator over the years, per regency.

The chart is the Tren page's view model (:func:`views.trend.build` of the same series), so the
regencies, years, unit, decimals and sources (:meth:`views.trend.TrendView.citations`) are the
page's; the regions are named as the page's intro names them
(:func:`views.trend.regions_label`). The key numbers are the buffer zone against the rest, first
and last year (:func:`views.trend.zone_key_points`); the year table is the chart's text
alternative in the speaker notes.
"""

from __future__ import annotations

from views import trend
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.slide import Chart, View, no_data
from welfare import explore, read_models, zone_groups
from welfare.catalogue import get_indicator


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    """The Tren page's view (views.trend) of the step's indicator and regencies, as a slide."""
    ind = get_indicator(step.indicator or "")
    names = data.names
    if step.buffer:
        codes = list(data.buffer_codes)
    elif step.region_codes:
        codes = list(step.region_codes)
    else:
        codes = list(names)
    regions = trend.regions_label(
        names, codes, lang, buffer=step.buffer, chosen=bool(step.region_codes)
    )
    view = trend.build(read_models.series(data.engine, ind.id), ind, names, codes, lang)
    if not view.years:
        return no_data("tren", ind.label(lang), view.unit, lang)
    groups = explore.group_trend(
        data.engine, ind.id, zone_groups.zone_groups(names, data.buffer_codes)
    )
    keys = [
        t("brief.trend.regions", lang, regions=regions),
        *trend.zone_key_points(groups, view.fmt, view.unit, lang),
    ]
    has_example = view.has_example or bool(groups.loc[groups["rate"].notna(), "is_example"].any())
    notes = [t("trend.gaps_note", lang)]
    if has_example:
        notes.append(t("brief.trend.open_marker", lang))
    title = view.title()
    return View(
        page="tren",
        title=title,
        subtitle=view.unit,
        lang=lang,
        chart=Chart(
            table=view.table,
            codes=tuple(view.shown),
            title=title,
            unit=view.unit,
            decimals=view.decimals,
        ),
        key_points=tuple(keys),
        table=trend.year_table(view, lang),
        sources=view.citations(),
        has_example=has_example,
        years=(int(view.years[0]), int(view.years[-1])),
        notes=tuple(notes),
        file_stub=f"tren-{ind.id}",
    )
