"""One call from an agenda to the finished files: each step's slide (assembled by
:func:`views.slides.build_view`), its picture drawn, then PPTX and PDF written.

Used by the Bahan rapat page (with a progress callback for its progress bar), by
``python manage.py brief`` and by ``bench/brief_speed.py`` (which reads :attr:`Built.timings`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing import figures
from briefing.document import Brief, Cover, DrawnView
from geo import static_map
from views import brief_data, slides
from views.agenda import Agenda
from views.i18n import t

Progress = Callable[[float, str], None]
FORMATS = ("pptx", "pdf")


@dataclass
class Built:
    brief: Brief
    files: dict[str, bytes]  # ext -> bytes
    timings: list[tuple[str, float]] = field(default_factory=list)  # (stage, seconds)
    chart_engine: str = ""

    def file_name(self, ext: str) -> str:
        return self.brief.file_name(ext)

    @property
    def seconds(self) -> float:
        return sum(s for _, s in self.timings)


def build_brief(
    agenda: Agenda,
    cover: Cover,
    lang: str,
    *,
    data: brief_data.BriefData | None = None,
    geometry: static_map.MapGeometry | None = None,
    formats: Sequence[str] = FORMATS,
    progress: Progress | None = None,
    use_kaleido: bool = True,
    today: dt.date | None = None,
) -> Built:
    """Build the brief for every step of ``agenda``.

    ``progress(fraction, label)`` is called before each stage, in the reader's language.
    """
    timings: list[tuple[str, float]] = []
    steps = list(agenda.steps)
    total = 2 * len(steps) + len(formats) + 1
    done = 0

    def report(label: str) -> None:
        if progress is not None:
            progress(min(done / total, 1.0), label)

    clock = time.perf_counter()
    data = data or brief_data.open_data()
    geometry = geometry or static_map.load_geometry(data.regencies)
    timings.append(("setup", time.perf_counter() - clock))
    all_codes = list(data.names)
    drawn: list[DrawnView] = []
    with figures.ChartRenderer(use_kaleido=use_kaleido) as renderer:
        for i, step in enumerate(steps, start=1):
            report(t("brief.stage.data", lang, title=t(f"brief.page.{step.page}", lang)))
            clock = time.perf_counter()
            view = slides.build_view(data, step, lang)
            timings.append((f"{i} {step.page} data", time.perf_counter() - clock))
            done += 1
            report(t("brief.stage.picture", lang, title=view.title))
            clock = time.perf_counter()
            picture = None
            if view.layer is not None:
                picture = figures.map_png(view, geometry)
            elif view.chart is not None:
                picture = figures.chart_png(renderer, view, all_codes)
            timings.append((f"{i} {step.page} picture", time.perf_counter() - clock))
            done += 1
            drawn.append(DrawnView(view, picture))
        chart_engine = renderer.engine
    brief = Brief(cover=cover, lang=lang, views=tuple(drawn), made=today or dt.date.today())
    files: dict[str, bytes] = {}
    for ext in formats:
        report(t(f"brief.stage.{ext}", lang))
        clock = time.perf_counter()
        if ext == "pptx":
            from briefing.pptx_writer import write_pptx

            files[ext] = write_pptx(brief)
        elif ext == "pdf":
            from briefing.pdf_writer import write_pdf

            files[ext] = write_pdf(brief)
        else:
            raise ValueError(f"Format tidak dikenal: {ext!r} (pptx atau pdf).")
        timings.append((ext, time.perf_counter() - clock))
        done += 1
    done = total
    report(t("brief.stage.done", lang))
    return Built(brief=brief, files=files, timings=timings, chart_engine=chart_engine)


def default_cover(agenda: Agenda, lang: str, *, today: dt.date | None = None) -> Cover:
    """The cover from the agenda's [rapat] section, else the defaults."""
    m = agenda.meeting
    return Cover(
        title=m.title or t("brief.default_title", lang),
        date=m.date or today or dt.date.today(),
        place=m.place or t("brief.default_place", lang),
    )
