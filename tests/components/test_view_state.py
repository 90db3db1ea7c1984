"""URL <-> view state: good values round-trip, bad ones fall back with a notice."""

from __future__ import annotations

import pytest

from components.view_state import MODE_BUFFER, MODE_CHOSEN, ViewState, parse_query, to_query

INDICATORS = {"penduduk_miskin_persen", "pmks_total"}
YEARS = {"penduduk_miskin_persen": [2016, 2020, 2024], "pmks_total": [2019, 2024]}
REGIONS = {"6401", "6403", "6409", "6471"}


def parse(params: dict) -> ViewState:
    return parse_query(
        params,
        indicators=INDICATORS,
        default_indicator="penduduk_miskin_persen",
        years_for=lambda i: YEARS.get(i, []),
        region_codes=REGIONS,
    )


def test_empty_query_gives_defaults_latest_year():
    state = parse({})
    assert state == ViewState("penduduk_miskin_persen", 2024)
    assert state.notices == ()


def test_full_query_round_trips():
    params = {
        "indikator": "pmks_total",
        "tahun": "2019",
        "wilayah": "6409,6403",
        "lang": "en",
        "mode": "presentasi",
    }
    state = parse(params)
    assert state.indicator == "pmks_total"
    assert state.year == 2019
    assert state.regions_mode == MODE_CHOSEN
    assert state.regions == ("6409", "6403")
    assert state.lang == "en"
    assert state.presenter is True
    assert state.notices == ()
    assert to_query(state) == params


def test_buffer_zone_token():
    state = parse({"wilayah": "penyangga"})
    assert state.regions_mode == MODE_BUFFER
    assert to_query(state)["wilayah"] == "penyangga"


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"indikator": "tidak_ada"}, "Indikator 'tidak_ada' tidak dikenal"),
        ({"tahun": "20x4"}, "Tahun '20x4' tidak tersedia"),
        ({"tahun": "2019"}, "Tahun '2019' tidak tersedia"),  # not a year of this indicator
        ({"wilayah": "6501,6403"}, "Kode wilayah tidak dikenal diabaikan: 6501"),
        ({"lang": "fr"}, "Bahasa 'fr' tidak dikenal"),
        ({"mode": "layar"}, "Mode 'layar' tidak dikenal"),
    ],
)
def test_bad_values_fall_back_with_a_notice(params, fragment):
    state = parse(params)
    assert any(fragment in n for n in state.notices), state.notices
    assert state.indicator in INDICATORS
    assert state.year in YEARS[state.indicator]


def test_kaltara_code_is_dropped_but_known_codes_kept():
    state = parse({"wilayah": "6501,6403"})
    assert state.regions == ("6403",)


def test_hostile_values_are_plain_strings_and_bounded():
    state = parse({"indikator": "<script>alert(1)</script>" * 50, "tahun": ["2016", "2020"]})
    assert state.indicator == "penduduk_miskin_persen"
    assert state.year == 2020  # last of repeated params
    assert all(len(n) < 400 for n in state.notices)


def test_without_a_year_the_indicator_opens_on_its_default_year():
    def at(default: int | None) -> ViewState:
        return parse_query(
            {"indikator": "penduduk_miskin_persen"},
            indicators=INDICATORS,
            default_indicator="penduduk_miskin_persen",
            years_for=lambda i: YEARS.get(i, []),
            region_codes=REGIONS,
            default_year_for=lambda i: default,
        )

    assert at(2020).year == 2020
    # a default that is not an available year falls back to the latest
    assert at(2031).year == 2024 and at(None).year == 2024
    bad = parse_query(
        {"indikator": "penduduk_miskin_persen", "tahun": "1999"},
        indicators=INDICATORS,
        default_indicator="penduduk_miskin_persen",
        years_for=lambda i: YEARS.get(i, []),
        region_codes=REGIONS,
        default_year_for=lambda i: 2020,
    )
    assert bad.year == 2020 and "memakai 2020" in bad.notices[0]


def test_kecamatan_level_of_one_regency_round_trips():
    state = parse({"wilayah": "6409", "tingkat": "kecamatan"})
    assert state.level == "kecamatan"
    assert (state.regions_mode, state.regions) == (MODE_CHOSEN, ("6409",))
    query = to_query(state)
    assert query["wilayah"] == "6409" and query["tingkat"] == "kecamatan"
    assert parse(query) == state


def test_sekitar_ikn_is_the_buffer_at_kecamatan_level():
    state = parse({"tingkat": "kecamatan", "wilayah": "penyangga"})
    assert (state.level, state.regions_mode) == ("kecamatan", MODE_BUFFER)
    assert to_query(state)["wilayah"] == "penyangga"
    assert parse(to_query(state)) == state


def test_regency_level_leaves_tingkat_out_and_bad_level_falls_back():
    assert "tingkat" not in to_query(parse({"wilayah": "6409"}))
    state = parse({"tingkat": "desa<script>"})
    assert state.level == "kabupaten" and len(state.notices) == 1


def test_chosen_kecamatan_round_trips_at_kecamatan_level_only():
    state = parse({"wilayah": "6409", "tingkat": "kecamatan", "kec": "64.09.04"})
    assert state.kecamatan == "64.09.04"
    assert to_query(state)["kec"] == "64.09.04" and parse(to_query(state)) == state
    assert parse({"wilayah": "6409", "kec": "64.09.04"}).kecamatan is None
    bad = parse({"tingkat": "kecamatan", "kec": "64.09.04<b>"})
    assert bad.kecamatan is None and len(bad.notices) == 1
    unknown = parse_query(
        {"tingkat": "kecamatan", "kec": "64.09.99"},
        indicators=INDICATORS,
        default_indicator="penduduk_miskin_persen",
        years_for=lambda i: YEARS.get(i, []),
        region_codes=REGIONS,
        kecamatan_codes=["64.09.04"],
    )
    assert unknown.kecamatan is None and len(unknown.notices) == 1
