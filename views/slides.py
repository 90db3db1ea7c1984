"""The slide of every agenda step: :func:`build_view` picks the builder of the step's page.

One module per page says what its slide holds, from the page's own view models
(:mod:`views.slide_home`, :mod:`views.slide_map`, :mod:`views.slide_trend`,
:mod:`views.slide_coverage`, :mod:`views.slide_profile`, :mod:`views.slide_sync`,
:mod:`views.slide_rumusan`, :mod:`views.slide_outlook`; the
"tentang" slide is here). They read the store through :class:`views.brief_data.BriefData`
and return a :class:`views.slide.View`, which :mod:`briefing` draws and writes; the agenda's
steps are :mod:`views.agenda`'s.
"""

from __future__ import annotations

from collections.abc import Callable

from views import (
    slide_coverage,
    slide_home,
    slide_map,
    slide_outlook,
    slide_profile,
    slide_rumusan,
    slide_sync,
    slide_trend,
)
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.slide import View


def about_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    return View(
        page="tentang",
        title=t("brief.page.tentang", lang),
        subtitle="",
        lang=lang,
        key_points=(t("brief.about.kinds", lang), t("brief.sources.geodata", lang)),
        file_stub="tentang",
    )


BUILDERS: dict[str, Callable[[BriefData, AgendaStep, str], View]] = {
    "beranda": slide_home.slide,
    "peta": slide_map.slide,
    "tren": slide_trend.slide,
    "cakupan": slide_coverage.slide,
    "profil": slide_profile.slide,
    "sinkronisasi": slide_sync.slide,
    "antisipasi": slide_outlook.slide,
    "sinyal": slide_outlook.signals_slide,
    "rumusan": slide_rumusan.slide,
    "tentang": about_view,
}


def build_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    """What the slide of ``step`` says, in ``lang``."""
    return BUILDERS[step.page](data, step, lang)
