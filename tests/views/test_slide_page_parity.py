"""The Bahan rapat and the live pages say the same numbers, step by step of the shipped agenda.

Each slide is built by :mod:`views.slides` from the same view models (:mod:`views`) and the
same year rule (:func:`welfare.years.year_to_show`) as the page the presenter shows for that
step, so a figure read off a slide is the figure on the projector.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO_ROOT
from views.agenda import AgendaStep, load_agenda
from views.slides import build_view
from welfare import availability, explore, read_models
from welfare.years import fallback_year

AGENDA = load_agenda(REPO_ROOT / "data" / "presentasi.toml").steps


def _state(step: AgendaStep, engine):  # noqa: ANN001, ANN202
    """The view the presenter opens for ``step`` (no ``tahun``: the indicator's default)."""
    from components.state.view_state import MODE_ALL, MODE_BUFFER, MODE_CHOSEN, ViewState

    indicator = step.indicator or "penduduk_miskin_persen"
    mode = MODE_BUFFER if step.buffer else MODE_CHOSEN if step.region_codes else MODE_ALL
    return ViewState(
        indicator=indicator,
        year=availability.indicator_year(engine, indicator, step.year),
        regions_mode=mode,
        regions=tuple(step.region_codes),
        lang="id",
    )


@pytest.mark.usefixtures("page_env")
@pytest.mark.parametrize("step", AGENDA, ids=lambda s: f"{s.page}-{s.indicator or ''}")
def test_slide_and_page_show_the_same_numbers(brief_data, step: AgendaStep) -> None:  # noqa: ANN001
    state = _state(step, brief_data.engine)
    slide = build_view(brief_data, step, "id")
    if step.page == "peta":
        from components.state import current_map

        page = current_map.build(state)
        assert slide.years == (state.year,)
        rates = lambda layer: layer.table.set_index("kode_bps")["rate"].dropna().round(9)  # noqa: E731
        assert rates(slide.layer).to_dict() == rates(page.layer).to_dict()
    elif step.page == "tren":
        from components.bodies import trend_page

        page = trend_page.trend_data(state)
        assert list(slide.chart.codes) == page.shown
        assert slide.chart.decimals == page.decimals and slide.chart.unit == page.unit
        cols = ["kode_bps", "year", "rate"]
        assert slide.chart.table[cols].equals(page.table[cols])
    elif step.page == "cakupan":
        from components.state import data_access
        from welfare.catalogue import programme_for

        prog = programme_for(step.indicator or "")
        year = fallback_year(state.year, data_access.programme_years(prog.key))
        assert slide.years == (year,)
        page = data_access.coverage(prog.key, year)
        mine = explore.coverage_table(brief_data.engine, prog, year)
        assert mine.data["coverage"].round(9).tolist() == page.data["coverage"].round(9).tolist()
    elif step.page == "sinkronisasi":
        from components.state import register_access
        from views import programme_sync

        year = fallback_year(step.year, sorted(set(register_access.activities()["year"])))
        assert slide.years == (year,)
        page = programme_sync.build(
            register_access.activities(),
            register_access.needs(year),
            register_access.regencies(),
            year,
            "id",
        )
        assert slide.top_note == page.counts  # the same gaps, several levels, overlaps
        assert slide.has_example == page.has_example
    elif step.page == "antisipasi":
        from components.bodies import outlook_need
        from views import outlook_view, slide_outlook

        codes = slide_outlook.regions_of(brief_data, step)  # the step's, as presenter mode's
        key = outlook_view.measure_for_indicator(step.indicator) or outlook_view.DEFAULT_MEASURE
        page = outlook_need.view(codes, key, outlook_view.DEFAULT_YEAR, "id")
        assert slide.title == page.title
        assert slide.slide_table.equals(outlook_view.slide_table(page))  # the cards' numbers
    elif step.page == "sinyal":
        from components.state import data_access, outlook_access
        from views import signal_view

        report, meeting = outlook_access.signals()
        page = signal_view.build(report, data_access.region_names(), "id", meeting)
        assert (slide.title, slide.top_note) == (page.title, page.counts)
    elif step.page == "profil":
        from components.state import data_access

        kode = step.region_codes[0]
        page = data_access.profile(kode, state.indicator, state.year)
        shown = {(r.indicator_id, int(r.year)) for r in page.itertuples()}
        slide_years = {int(y) for y in slide.table["Tahun"]}
        assert slide_years <= {y for _, y in shown}
        assert ("penduduk_miskin_persen", state.year) in shown
    elif step.page == "beranda":
        from components.state import data_access

        page = data_access.headline(list(brief_data.buffer_codes), same_year=True)
        mine = read_models.headline(brief_data.engine, brief_data.buffer_codes, same_year=True)
        assert page[["indicator_id", "scope", "year"]].equals(
            mine[["indicator_id", "scope", "year"]]
        )
        assert {int(y) for y in page["year"]} == set(slide.years)
        from views.home import headline_rows

        written = " ".join(str(v) for v in slide.table["Nilai"])
        for row in headline_rows(page, "id"):  # the page's words for each number
            for fig in (row.province, row.zone if row.comparable else None):
                if fig is not None:
                    assert fig.main in written and fig.rate in written, (row.label, fig)
