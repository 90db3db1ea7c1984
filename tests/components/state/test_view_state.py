"""URL <-> view state: good values round-trip, bad ones fall back with a notice."""

from __future__ import annotations

import pytest

from components.state.view_state import (
    MODE_BUFFER,
    MODE_CHOSEN,
    ViewRules,
    ViewState,
    parse_query,
    resolve,
    to_query,
)
from welfare.region_codes import kaltim

INDICATORS = ("penduduk_miskin_persen", "pmks_total")
YEARS = {"penduduk_miskin_persen": [2016, 2020, 2024], "pmks_total": [2019, 2024]}
UNKNOWN_REGIONS = (
    "Kode wilayah tidak dikenal diabaikan: {}. Tulis kode BPS (mis. 6403) atau kode "
    "Kemendagri (mis. 64.02) kabupaten/kota di Kalimantan Timur."
)


def rules(default_year_for=None) -> ViewRules:  # noqa: ANN001
    return ViewRules(
        indicators=INDICATORS,
        default_indicator="penduduk_miskin_persen",
        years_for=lambda i: YEARS.get(i, []),
        regions=kaltim(),  # the real regions table
        default_year_for=default_year_for,
    )


def parse(params: dict) -> ViewState:
    return parse_query(params, rules())


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
            {"indikator": "penduduk_miskin_persen"}, rules(default_year_for=lambda i: default)
        )

    assert at(2020).year == 2020
    # a default that is not an available year falls back to the latest
    assert at(2031).year == 2024 and at(None).year == 2024
    bad = parse_query(
        {"indikator": "penduduk_miskin_persen", "tahun": "1999"},
        rules(default_year_for=lambda i: 2020),
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
    unknown = parse({"tingkat": "kecamatan", "kec": "64.09.99"})  # not in the regions table
    assert unknown.kecamatan is None and len(unknown.notices) == 1


def test_regency_codes_in_both_code_systems():
    # Kemendagri 64.02 is Kutai Kartanegara (BPS 6403); BPS 6402 is Kutai Barat (64.07).
    assert parse({"wilayah": "64.02"}).regions == ("6403",)
    assert parse({"wilayah": "6402"}).regions == ("6402",)
    state = parse({"wilayah": "64.02,6409,6403"})
    assert state.regions == ("6403", "6409") and state.notices == ()
    assert to_query(state)["wilayah"] == "6403,6409"  # written back as BPS codes
    # A bare "02" could be either system: refused, like a code of another province.
    for raw in ("02", "6501", "65.01", "64.09.04"):
        refused = parse({"wilayah": raw})
        assert refused.regions == () and refused.regions_mode == "semua", raw
        assert refused.notices == (UNKNOWN_REGIONS.format(raw),), raw


def test_chosen_without_regions_yet_round_trips():
    state = parse({"wilayah": "pilih"})
    assert (state.regions_mode, state.regions, state.notices) == (MODE_CHOSEN, (), ())
    assert to_query(state)["wilayah"] == "pilih" and parse(to_query(state)) == state


def test_a_change_keeps_the_rest_of_the_view():
    start = parse({"indikator": "pmks_total", "tahun": "2019", "wilayah": "6409", "lang": "en"})
    moved = resolve(start, {"tahun": "2024"}, rules())
    assert moved == start.with_(year=2024) and moved.notices == ()
    assert resolve(start, {}, rules()) == start


def test_a_change_that_names_an_indicator_opens_its_default_year():
    start = parse({"indikator": "pmks_total", "tahun": "2019"})
    assert resolve(start, {"indikator": "penduduk_miskin_persen"}, rules()).year == 2024
    with_default = rules(default_year_for=lambda i: 2020)
    assert resolve(start, {"indikator": "penduduk_miskin_persen"}, with_default).year == 2020
    # ... also the same indicator again (an agenda step without a year)
    assert resolve(start, {"indikator": "pmks_total"}, rules()).year == 2024
    named = resolve(start, {"indikator": "penduduk_miskin_persen", "tahun": "2016"}, rules())
    assert (named.indicator, named.year) == ("penduduk_miskin_persen", 2016)


def test_none_drops_a_parameter_back_to_its_default():
    kec = parse({"wilayah": "6409", "tingkat": "kecamatan", "kec": "64.09.04"})
    up = resolve(kec, {"tingkat": None}, rules())
    assert (up.level, up.kecamatan, up.regions) == ("kabupaten", None, ("6409",))
    # The chosen kecamatan went with the level: drilling down again chooses none.
    assert resolve(up, {"tingkat": "kecamatan"}, rules()).kecamatan is None
    province = resolve(kec, {"tingkat": None, "wilayah": None}, rules())
    assert (province.level, province.regions_mode, province.regions) == ("kabupaten", "semua", ())


def test_a_bad_change_is_refused_like_a_bad_url():
    start = parse({"indikator": "pmks_total", "wilayah": "6409"})
    for change in (
        {"wilayah": "6501,6403"},
        {"indikator": "tidak_ada"},
        {"tahun": "2031"},
        {"kec": "64.09.04"},  # read at kecamatan level only: ignored here, no notice
        {"tingkat": "desa"},
        {"lang": "fr"},
    ):
        changed = resolve(start, change, rules())
        from_url = parse({**to_query(start), **change})
        assert changed == from_url and changed.notices == from_url.notices, change
    assert resolve(start, {"wilayah": "6501,6403"}, rules()).regions == ("6403",)
    assert resolve(start, {"tahun": "2031"}, rules()).notices == (
        "Tahun '2031' tidak tersedia untuk indikator ini; memakai 2024.",
    )


def test_resolve_without_a_view_is_parse_query():
    params = {"indikator": "pmks_total", "tahun": "2019", "wilayah": "penyangga", "mode": "x"}
    state = resolve(None, params, rules())
    assert state == parse(params) and state.notices == parse(params).notices


def test_comparison_year_round_trips():
    params = {"indikator": "penduduk_miskin_persen", "tahun": "2024", "banding": "2016"}
    state = parse(params)
    assert state.compare_year == 2016
    assert state.notices == ()
    assert to_query(state) == params


@pytest.mark.parametrize("bad", ["2018", "2024", "20x6", "<b>"])
def test_comparison_year_without_data_or_the_same_year_is_refused(bad):
    state = parse({"indikator": "penduduk_miskin_persen", "tahun": "2024", "banding": bad})
    assert state.compare_year is None
    assert len(state.notices) == 1 and "pembanding" in state.notices[0]
    assert "banding" not in to_query(state)


def test_a_comparison_belongs_to_its_indicator_and_another_year():
    state = parse({"indikator": "penduduk_miskin_persen", "tahun": "2024", "banding": "2016"})
    other = resolve(state, {"indikator": "pmks_total"}, rules())
    assert other.compare_year is None and other.notices == ()
    same = resolve(state, {"tahun": "2016"}, rules())
    assert same.year == 2016 and same.compare_year is None and same.notices == ()
    later = resolve(state, {"tahun": "2020"}, rules())
    assert later.compare_year == 2016
    dropped = resolve(state, {"banding": None}, rules())
    assert dropped.compare_year is None
