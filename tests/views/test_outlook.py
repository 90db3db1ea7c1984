"""What the Antisipasi and Sinyal views say (views.outlook_view, views.outlook_population,
views.signal_view) on the seeded store: every number is welfare's, in the page's digits, with
its year and source; the concepts stay apart; example data is labelled."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from views import outlook_population as op
from views import outlook_view as ov
from views import signal_view as sv
from welfare import formatting
from welfare.outlook import population
from welfare.outlook.concepts import (
    BPS_ESTIMATE,
    BPS_PROJECTION,
    DUKCAPIL,
    IKN_AREA_CODE,
    IKN_CENSUS,
    IKN_PLAN,
)
from welfare.outlook.projection import (
    POP_INTERPOLATED,
    STATUS_NO_POPULATION,
    STATUS_OK,
    need_table,
    project_need,
)
from welfare.outlook.signals import detect_signals
from welfare.rumusan.stored import StoredMeeting

PPU, KUKAR, PASER = "6409", "6403", "6401"
NAMES = {PPU: "Penajam Paser Utara", KUKAR: "Kutai Kartanegara", PASER: "Paser"}


def n(value: float, decimals: int = 0, lang: str = "id") -> str:
    return formatting.format_number(value, decimals, lang)


@pytest.fixture(scope="module")
def ppu_2030(seeded_engine):  # noqa: ANN001, ANN201
    return project_need(seeded_engine, PPU, ov.measure_of("dtsen:pkh"), 2030)


def test_ppu_card_and_worked_example_say_welfares_numbers(ppu_2030) -> None:  # noqa: ANN001
    p = ppu_2030
    assert p.status == STATUS_OK and p.population.method == POP_INTERPOLATED
    # The arithmetic the page writes out: need = value x population / base population.
    assert p.need == pytest.approx(p.base.value * p.population.value / p.base.population)
    view = ov.build([p], NAMES, "dtsen:pkh", 2030, "id", {PPU: "23 Januari 2026"})
    assert view.title == "Antisipasi 2030: Keluarga desil 1–4 DTSEN (sasaran PKH)"
    card = view.cards[0]
    assert card.headline == f"+{n(p.increase)} KK"
    assert (
        card.lead
        == f"lebih banyak pada 2030 dibanding {p.base.year}, bila laju {p.base.year} bertahan"
    )
    assert card.today == f"Hari ini: {n(p.base.value)} KK ({p.base.year}, DTSEN 23 Januari 2026)"
    assert card.projected == f"Kebutuhan 2030: {n(p.need)} KK"
    start, end = p.population.anchors
    assert card.population == (
        f"Penduduk 2030: {n(p.population.value)} jiwa (pertumbuhan tetap BPS {start.year} → "
        f"proyeksi BPS {end.year})"
    )
    assert card.places == (
        f"Tempat PKH agar cakupan tetap {n(p.coverage.percent, 1)} % ({p.coverage.year}): "
        f"{n(p.places)} (+{n(p.additional_places)})"
    )
    # One year of DTSEN only: no band, and the card says why.
    assert p.band is None and card.band == "Tanpa rentang: baru 1 tahun data sejenis (perlu 3)"
    # The worked example quotes every input and result, so it can be redone by hand.
    ex = view.example
    assert ex.startswith("Contoh, Penajam Paser Utara: ")
    share = f"{2030 - start.year}/{end.year - start.year}"
    for part in (
        f"{n(p.base.value)} KK ÷ {n(p.base.population)} penduduk (BPS {p.base.population_year})",
        f"= {n(p.base.rate, 2)} per 1.000 penduduk",
        f"{n(start.value)} (BPS {start.year}) × ({n(end.value)} (proyeksi BPS {end.year}) ÷ "
        f"{n(start.value)}) pangkat {share}",
        f"= {n(p.population.value)} jiwa",
        f"{n(p.base.value)} × {n(p.population.value)} ÷ {n(p.base.population)} = {n(p.need)} KK",
        f"cakupan {p.base.year} {n(p.coverage.percent, 1)} % × {n(p.need)} = {n(p.places)}",
        "Angka ini DATA CONTOH, bukan data resmi.",
    ):
        assert part in ex, (part, ex)
    assert view.is_example and "Dukcapil, rencana IKN atau pendataan IKN" in view.method
    assert (
        view.base_note == f"Tahun dasar (laju hari ini): {p.base.year}, tahun terbaru dengan data."
    )
    assert any(c.label("id").startswith("BPS") for c in view.sources)  # the projection's source


def test_a_regency_without_bps_projection_says_so(seeded_engine) -> None:  # noqa: ANN001
    p = project_need(seeded_engine, PASER, ov.measure_of("dtsen:pkh"), 2030)
    assert p.status == STATUS_NO_POPULATION
    view = ov.build([p], NAMES, "dtsen:pkh", 2030, "id")
    card = view.cards[0]
    assert card.headline == "–"
    assert card.lead == "Tidak ada proyeksi BPS untuk Paser: kebutuhan 2030 tidak dihitung."
    assert card.today.startswith(f"Hari ini: {n(p.base.value)} KK")
    assert view.missing == "Tanpa proyeksi BPS (kebutuhan tidak dihitung): Paser."
    assert view.example == ""  # nothing to work through


def test_english_words_and_a_pmks_measure_without_places(seeded_engine) -> None:  # noqa: ANN001
    p = project_need(seeded_engine, KUKAR, ov.measure_of("pmks_total"), 2035)
    view = ov.build([p], NAMES, "pmks_total", 2035, "en")
    card = view.cards[0]
    assert view.title == "Outlook 2035: Total PMKS (26 categories)"
    assert card.headline == f"+{n(p.increase, lang='en')} people"
    assert card.places == ""  # PMKS has no programme
    assert "places" not in view.method
    assert view.example.startswith("Worked example, Kutai Kartanegara:")


def test_measures_from_indicators() -> None:
    assert ov.measure_for_indicator("pmks_anak_terlantar") == "pmks_anak_terlantar"
    assert ov.measure_for_indicator("kpm_pkh") == "program:pkh"
    assert ov.measure_for_indicator("pbi_jk_sasaran_jiwa") == "program:pbi_jk"
    assert ov.measure_for_indicator("dtsen_desil3_kk") == "dtsen:pkh"
    assert ov.measure_for_indicator("penduduk_miskin_persen") is None
    assert all(ov.measure_of(k).key == k for k in ov.measure_keys())


def test_ranking_table_and_map_of_where_need_grows_fastest(seeded_engine, regencies) -> None:  # noqa: ANN001
    measure = ov.measure_of("dtsen:pkh")
    tables = {y: need_table(seeded_engine, measure, y) for y in ov.TARGET_YEARS}
    frame = ov.ranking_frame(tables, "id", "KK")
    assert list(frame.columns) == [
        "Wilayah",
        "Hari ini (tahun)",
        "Kebutuhan 2030",
        "Tambahan hingga 2030",
        "Kebutuhan 2035",
        "Tambahan hingga 2035",
        "Jenis data",
    ]
    first = tables[2030].sort_values("increase_percent", ascending=False).iloc[0]
    assert frame.iloc[0]["Wilayah"] == first["nama"]  # the fastest growth first
    # A cell a spreadsheet would read as a formula never starts with + (the header says it).
    assert not frame.map(lambda v: str(v).startswith(("+", "=", "-", "@"))).any().any()
    missing = ov.without_projection(tables[2030])
    assert "Paser" in missing and "Penajam Paser Utara" not in missing
    row = frame[frame["Wilayah"] == "Paser"].iloc[0]
    assert row["Tambahan hingga 2030"] == "tanpa proyeksi BPS" and row["Kebutuhan 2030"] == "–"
    layer = ov.growth_layer(
        tables[2030], regencies, year=2030, unit="KK", measure="KK desil 1–4", lang="id"
    )
    assert layer.styles[PASER].no_data and not layer.styles[PPU].no_data
    assert any("Paser" in note for note in layer.legend.notes)
    assert layer.has_example


def test_population_lines_keep_the_concepts_apart(seeded_engine) -> None:  # noqa: ANN001
    lines = population.population_lines(seeded_engine, PPU)
    ikn = population.population_lines(seeded_engine, IKN_AREA_CODE)
    view = op.region_view(PPU, NAMES[PPU], lines, ikn, "id")
    concepts = [line.concept for line in view.lines]
    assert concepts == [BPS_ESTIMATE, DUKCAPIL, BPS_PROJECTION, IKN_PLAN, IKN_CENSUS]
    by = {line.concept: line for line in view.lines}
    assert by[BPS_PROJECTION].years == (2035,) and by[BPS_PROJECTION].values == (1176840.0,)
    assert 2035 not in by[BPS_ESTIMATE].years and 2035 not in by[DUKCAPIL].years
    assert by[IKN_CENSUS].values == (147427.0,)
    assert by[IKN_PLAN].years[-1] == 2045
    assert any("Tahap 5 (2040-2045)" in h for h in by[IKN_PLAN].hover)
    assert any("sumber sekunder" in note for note in view.notes)  # the plan is secondary
    # Growth rates are between two years of one line, both years and values said.
    rows = view.growth.to_dict("records")
    assert {"Garis": "BPS: sensus/estimasi", "Periode": "2020 → 2023"}.items() <= rows[1].items()
    assert rows[1]["Nilai"] == "178.681 → 196.566"
    assert rows[1]["Laju per tahun"] == "3,23 % per tahun"
    assert not any("proyeksi" in r["Garis"] for r in rows)  # one point: no rate
    # A regency the IKN area does not cut across: no plan, no projection line, and it says so.
    paser = op.region_view(
        PASER, "Paser", population.population_lines(seeded_engine, PASER), None, "id"
    )
    assert {line.concept for line in paser.lines} == {BPS_ESTIMATE, DUKCAPIL}
    assert paser.notes[0].startswith("Tidak ada proyeksi BPS untuk Paser")


def test_zone_lines_draw_complete_years_only(seeded_engine) -> None:  # noqa: ANN001
    buffer = ["6401", "6402", "6403", "6409", "6471", "6472"]
    groups = population.zone_lines(seeded_engine, buffer)
    view = op.zone_view(groups, {"zona": "Zona", "luar": "Luar"}, None, "id")
    for line in view.lines:
        group = next(s for s in groups[line.group] if s.concept == line.concept)
        assert set(line.years) == {p.year for p in group.complete_points}
    assert any("tidak semua kabupaten/kota" in note for note in view.notes)


def test_kecamatan_table_shows_published_figures_only(seeded_engine) -> None:  # noqa: ANN001
    series = population.series_for(seeded_engine, ["64.09.04"])
    table = op.kecamatan_table(series, {"64.09.04": "Sepaku"}, "id")
    bps = table[table["Garis"] == "BPS: sensus/estimasi"].iloc[0]
    # Sepaku's BPS estimates (secondary) are not hidden by the example kecamatan figures.
    assert bps["Nilai"] == "2022: 39.738 · 2023: 40.322"
    assert bps["Jenis data"] == "resmi/terbit, sumber sekunder"
    dukcapil = table[table["Garis"] == "Dukcapil: penduduk terdaftar"].iloc[0]
    assert "2024: 40.000*" in dukcapil["Nilai"]  # rounded at its source


# -------------------------------------------------------------------------------------------
# signals


def _meeting(i: int, held: date, example: bool = False, removed: bool = False) -> StoredMeeting:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return StoredMeeting(
        i, f"Rakor {i}", held, "Samarinda", "64", example, 1, "a", at, "a", at,
        at if removed else None,
    )  # fmt: skip


def test_last_meeting_is_the_latest_real_one_held_by_today() -> None:
    meetings = [
        _meeting(1, date(2025, 5, 20)),
        _meeting(2, date(2025, 11, 3), example=True),
        _meeting(3, date(2025, 9, 1), removed=True),
        _meeting(4, date(2026, 6, 1)),  # planned
    ]
    assert sv.last_meeting(meetings, date(2026, 3, 1)).id == 1
    assert sv.last_meeting(meetings[1:3], date(2026, 3, 1)) is None


@pytest.fixture(scope="module")
def report(seeded_engine):  # noqa: ANN001, ANN201
    return detect_signals(seeded_engine, meeting_date=date(2024, 5, 16))


def test_every_signal_names_both_numbers_years_and_sources(report, seeded_engine) -> None:  # noqa: ANN001
    from welfare.observations import regions

    regs = regions(seeded_engine)
    view = sv.build(report, dict(zip(regs["kode_bps"], regs["nama"], strict=True)), "id")
    assert view.title == "Sinyal sejak rakor 16 Mei 2024"
    assert view.count == report.count > 0
    assert view.card.startswith(f"{report.count} sinyal sejak rakor 16 Mei 2024")
    by_key = {(r.indicator_id, r.kode): r for r in view.signals}
    for s in report.signals:
        row = by_key[(s.indicator_id, s.kode_bps)]
        assert row.before.endswith(f" · {s.baseline.year}") and row.after.endswith(
            f" · {s.latest.year}"
        )
        assert row.before_source != "–" and row.after_source != "–"
        assert row.link == (
            f"peta?indikator={s.indicator_id}&wilayah={s.kode_bps}&tahun={s.latest.year}"
        )
        assert row.is_example == s.is_example
    # Real data first, example data apart and labelled; notes are never signals.
    assert all(not r.is_example for r in view.real) and all(r.is_example for r in view.example)
    assert len(view.notes) == len(report.notes)
    assert all(r.reasons for r in view.notes)
    assert not {(r.indicator_id, r.kode) for r in view.notes} & set(by_key)
    html = sv.rows_html(view.example, "id")
    assert html.count("DATA CONTOH") == len(view.example)
    assert "Lihat di peta" in html and "<script" not in html


def test_signal_words_in_english(report) -> None:  # noqa: ANN001
    view = sv.build(report, {}, "en")
    assert view.title == "Signals since the meeting of 16 May 2024"
    assert view.rule.startswith("A signal = the latest value is worse")
    assert "10 %" in view.rule and "0.5 per 1,000 population" in view.rule
