"""Bahan rapat page: cover fields, the agenda as read, one build button, two downloads.

The page decides nothing about the brief: :mod:`views.agenda` reads the agenda,
:mod:`views.slides` says what each step's slide holds and :mod:`briefing` draws and writes the
files; this module only lays out the inputs, shows the progress and keeps the finished files
in the session so a download does not rebuild them.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from briefing.build import build_brief, default_cover
from briefing.document import Cover
from components.state import data_access
from components.widgets.admin_section import admin_section
from geo import static_map
from ground.markup import escape_markdown
from views.agenda import AgendaError, AgendaStep, default_agenda_path, load_agenda
from views.brief_data import BriefData
from views.i18n import t

K_RESULT = "brief_result"
K_REQUEST = "brief_requested"
MIME = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
}


def _data() -> BriefData:
    bundle = data_access.geo_bundle()
    return BriefData(engine=data_access.engine(), regencies=bundle.regencies, zones=bundle.zones)


def _request() -> None:
    st.session_state[K_REQUEST] = True


def step_text(step: AgendaStep, lang: str) -> str:
    """An agenda step as an official reads it: page, indicator label, year, region names."""
    parts = [t(f"brief.page.{step.page}", lang)]
    if step.indicator:
        parts.append(data_access.indicator_catalogue().label(step.indicator, lang))
    if step.compare_year:
        parts.append(f"{step.compare_year} → {step.year or ''}".strip())
    elif step.year:
        parts.append(str(step.year))
    if step.buffer:
        parts.append(t("zone.penyangga", lang))
    elif step.region_codes:
        names = data_access.region_names()
        parts.append(", ".join(names.get(c, c) for c in step.region_codes))
    return " · ".join(parts)


def render(lang: str) -> None:
    st.markdown(f"## {t('brief.title', lang)}")
    st.caption(t("brief.intro", lang))
    path = default_agenda_path()
    try:
        agenda = load_agenda(path)
    except AgendaError as exc:
        st.error(
            t("brief.agenda_invalid", lang)
            + "\n\n"
            + "\n".join(f"- {m}" for m in exc.messages(lang))
        )
        return
    cover = default_cover(agenda, lang)
    st.markdown(f"**{t('brief.cover', lang)}**")
    c1, c2, c3 = st.columns([3, 1, 1.4])
    title = c1.text_input(t("brief.meeting_title", lang), value=cover.title, key="brief_title")
    day = c2.date_input(
        t("brief.meeting_date", lang), value=cover.date, key="brief_date", format="DD/MM/YYYY"
    )
    place = c3.text_input(t("brief.meeting_place", lang), value=cover.place, key="brief_place")
    st.markdown(
        t("brief.agenda_steps", lang, n=len(agenda.steps))
        + "\n"
        + "\n".join(
            f"{i}. {escape_markdown(step_text(s, lang))}"
            for i, s in enumerate(agenda.steps, start=1)
        )
    )
    with admin_section(lang) as staff:
        if staff:
            st.caption(t("brief.agenda_file", lang, path=escape_markdown(str(path))))

    # The press is kept in the session by a callback: a plain button's True lasts one script
    # run, and the router may rerun before this page is reached.
    st.button(
        t("brief.build", lang),
        type="primary",
        icon=":material/slideshow:",
        key="brief_build",
        on_click=_request,
    )
    if st.session_state.pop(K_REQUEST, False):
        bar = st.progress(0.0, text=t("brief.building", lang))
        chosen = Cover(
            title=title.strip() or cover.title,
            date=day if isinstance(day, dt.date) else cover.date,
            place=place.strip() or cover.place,
        )
        try:
            bundle = data_access.geo_bundle()
            built = build_brief(
                agenda,
                chosen,
                lang,
                data=_data(),
                geometry=static_map.load_geometry(bundle.regencies),
                progress=lambda f, label: bar.progress(f, text=label),
            )
        except Exception as exc:  # noqa: BLE001 - shown to the official, not swallowed
            bar.empty()
            st.error(t("brief.failed", lang, error=exc))
            return
        st.session_state[K_RESULT] = {
            "lang": lang,
            "files": {ext: (built.file_name(ext), data) for ext, data in built.files.items()},
            "seconds": built.seconds,
            "n": len(agenda.steps),
            "example": built.brief.has_example,
        }
    result = st.session_state.get(K_RESULT)
    if not result or result["lang"] != lang:
        return
    st.success(
        t(
            "brief.done",
            lang,
            n=result["n"],
            seconds=f"{result['seconds']:.1f}".replace(".", "," if lang == "id" else "."),
        )
    )
    if result["example"]:
        st.warning(t("brief.example_warning", lang), icon=":material/science:")
    d1, d2 = st.columns(2)
    for col, ext in ((d1, "pptx"), (d2, "pdf")):
        name, data = result["files"][ext]
        col.download_button(
            t(f"brief.download_{ext}", lang),
            data,
            file_name=name,
            mime=MIME[ext],
            icon=":material/download:",
            on_click="ignore",
            key=f"brief_download_{ext}",
        )
