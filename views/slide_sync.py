"""The Sinkronisasi page's slide (page "sinkronisasi"): which levels act on which counted need.

The same view model as the page (:func:`views.programme_sync.build` over the register and the
needs, :mod:`welfare.register.sync`), so the counts, gaps and overlaps are the page's. A slide
at 18 pt holds no 28 x 11 matrix: it shows one row per target group that someone acts on or
that has gaps (regencies with activity, gaps, overlaps) and the counts; every group's row is
in the notes (PPTX) and on the page (PDF). The full matrix is the page's download.
"""

from __future__ import annotations

import pandas as pd

from views import programme_sync as pv
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.slide import View, no_data
from welfare import observations
from welfare.register import indicator_reach, sync
from welfare.years import fallback_year

SLIDE_ROWS = 6  # rows of the slide's table at 18 pt on a 16:9 slide


def group_rows(view: pv.SyncView) -> pd.DataFrame:
    """One row per target group: regencies with activity, gaps, and overlaps (display)."""
    lang = view.lang
    rows = []
    for gid, label in view.groups:
        cells = [c for c in view.cells if c.target_group == gid]
        acting = sum(bool(c.levels) for c in cells)
        gaps = sum(c.state == sync.STATE_GAP for c in cells)
        overlaps = [n for c in cells if c.overlap for k, n in view.regions if k == c.kode_bps]
        wide = next((c.province_levels for c in cells if c.province_levels), ())
        rows.append(
            {
                t("sync.group", lang): label,
                t("brief.sync.acting", lang): str(acting),
                t("sync.province_wide", lang): pv.badges(wide, lang) or "–",
                t("brief.sync.gaps", lang): str(gaps),
                t("sync.overlap.title", lang): ", ".join(overlaps) or "–",
            }
        )
    return pd.DataFrame(rows)


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    activities = indicator_reach.activities(data.engine)  # as the page: register + reach
    year = fallback_year(step.year, sync.years(activities))
    title = t("nav.sinkronisasi", lang)
    if year is None:
        return no_data("sinkronisasi", title, "", lang)
    problems = ()
    if step.year is not None and year != step.year:
        problems = (t("brief.key.year_fallback", lang, wanted=step.year, year=year),)
    regencies = data.regencies[["kode_bps", "nama"]].sort_values("kode_bps")
    obs = observations.current_observations(data.engine, indicator_ids=sync.need_indicators())
    need = sync.needs(obs, year, list(regencies["kode_bps"]))
    view = pv.build(activities, need, regencies, year, lang)
    table = group_rows(view)
    # The groups someone acts on come first (pv.build's order), then the widest gaps.
    acting = table[table[t("brief.sync.acting", lang)] != "0"]
    gaps = table.drop(acting.index).sort_values(
        t("brief.sync.gaps", lang), key=lambda s: -s.astype(int)
    )
    shown = pd.concat([acting, gaps]).head(SLIDE_ROWS).reset_index(drop=True)
    names = dict(zip(regencies["kode_bps"], regencies["nama"], strict=True))
    keys = []
    for c in view.overlaps[:3]:
        keys.append(
            t(
                "brief.sync.overlap",
                lang,
                region=names[c.kode_bps],
                group=dict(view.groups)[c.target_group],
                realised=pv.fmt_count(c.realised, lang),
                need=pv.fmt_count(c.need, lang),
                unit=pv.unit_word(c.need_unit, lang),
                year=c.need_year,
            )
        )
    keys.append(view.register_note)
    return View(
        page="sinkronisasi",
        title=view.title,
        subtitle=t("sync.subtitle", lang),
        top_note=view.counts,  # said right under the title, above the table
        lang=lang,
        key_points=tuple(keys),
        table=table,
        sources=view.sources,
        has_example=view.has_example,
        years=(year,),
        notes=(*view.notes, t("sync.overlap.caption", lang)),
        highlight=data.highlighted(step),
        file_stub=f"sinkronisasi-{year}",
        problems=problems,
        slide_table=shown,
    )
