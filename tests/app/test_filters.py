"""Every writer of the view goes through filters.apply: sidebar widgets and map clicks (AppTest).

The map is a custom component that AppTest cannot click: ``st_folium`` is replaced by a
function that answers with the clicked feature, as the browser would (real clicks:
tests/e2e/test_map_click_profile.py).
"""

from __future__ import annotations

import pytest

from components.state import data_access
from components.widgets import leaflet_map
from tests.app.conftest import run_app

pytestmark = pytest.mark.usefixtures("app_env")


def _sidebar_select(at, label):  # noqa: ANN001, ANN202
    return next(s for s in at.sidebar.selectbox if s.label == label)


def test_a_new_indicator_in_the_sidebar_opens_on_its_default_year():
    at = run_app("pages/peta.py", query={"indikator": "penduduk_miskin_persen", "tahun": "2016"})
    assert at.session_state["f_year"] == 2016
    _sidebar_select(at, "Indikator").select("pmks_total").run()
    assert not at.exception, at.exception
    expected = data_access.default_year("pmks_total").year
    assert (at.session_state["f_indicator"], at.session_state["f_year"]) == ("pmks_total", expected)
    assert at.query_params["indikator"] == "pmks_total"
    assert at.query_params["tahun"] == str(expected)
    assert _sidebar_select(at, "Tahun").value == expected
    _sidebar_select(at, "Tahun").select(2022).run()
    assert at.session_state["f_year"] == 2022 and at.query_params["tahun"] == "2022"
    assert not at.warning  # the sidebar offers only values that pass the checks


def test_choose_regions_stays_chosen_until_regencies_are_picked():
    at = run_app("pages/peta.py")
    at.sidebar.radio[0].set_value("pilih").run()
    assert at.session_state["f_regions_mode"] == "pilih"
    assert at.query_params["wilayah"] == "pilih"
    _sidebar_select(at, "Tahun").select(2020).run()  # another change keeps "choose"
    assert at.session_state["f_regions_mode"] == "pilih"
    at.sidebar.multiselect[0].set_value(["6472", "6409"]).run()
    assert not at.exception, at.exception
    assert at.session_state["f_regions"] == ["6472", "6409"]
    assert at.query_params["wilayah"] == "6472,6409"
    at.sidebar.radio[0].set_value("penyangga").run()
    assert (at.session_state["f_regions_mode"], at.session_state["f_regions"]) == ("penyangga", [])
    assert at.query_params["wilayah"] == "penyangga"


def test_language_and_presenter_switches():
    at = run_app("pages/peta.py")
    at.sidebar.button_group[0].set_value("en").run()
    assert at.session_state["f_lang"] == "en" and at.query_params["lang"] == "en"
    at.sidebar.toggle[0].set_value(True).run()
    assert at.session_state["f_presenter"] is True and at.query_params["mode"] == "presentasi"


def _click(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    def clicked(*_args, **_kwargs) -> dict:
        return {"last_active_drawing": {"properties": {"kode_bps": code}}}

    monkeypatch.setattr(leaflet_map, "st_folium", clicked)


def test_a_click_on_a_regency_chooses_it(monkeypatch: pytest.MonkeyPatch):
    _click(monkeypatch, "6409")
    at = run_app("pages/peta.py", query={"indikator": "pmks_total"})
    assert not at.exception, at.exception
    assert at.session_state["f_regions_mode"] == "pilih"
    assert at.session_state["f_regions"] == ["6409"]
    assert at.query_params["wilayah"] == "6409"
    links = [e.proto.label for e in at.get("page_link")]
    assert "Buka profil Penajam Paser Utara" in links


def test_a_click_on_a_kecamatan_chooses_it_and_keeps_the_regency(monkeypatch: pytest.MonkeyPatch):
    _click(monkeypatch, "64.09.04")
    query = {"indikator": "pmks_total", "wilayah": "6409", "tingkat": "kecamatan"}
    at = run_app("pages/peta.py", query=query)
    assert not at.exception, at.exception
    assert at.session_state["f_kecamatan"] == "64.09.04"
    assert at.session_state["f_regions"] == ["6409"]
    assert at.query_params["kec"] == "64.09.04"
    assert "Buka profil Kecamatan Sepaku" in [e.proto.label for e in at.get("page_link")]


def test_a_click_with_a_code_of_another_level_is_refused_like_a_url(
    monkeypatch: pytest.MonkeyPatch,
):
    _click(monkeypatch, "6409")  # a regency's code at kecamatan level
    query = {"indikator": "pmks_total", "wilayah": "6403", "tingkat": "kecamatan"}
    at = run_app("pages/peta.py", query=query)
    assert not at.exception, at.exception
    assert at.session_state["f_kecamatan"] is None
    assert at.session_state["f_regions"] == ["6403"]
    notices = [w.value.replace("\\", "") for w in at.warning]
    assert notices == ["Kode kecamatan '6409' tidak dikenal; diabaikan."]


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("pages/peta.py", True),
        ("pages/profil.py", True),
        ("pages/tentang.py", False),
        ("pages/bahan.py", False),
        ("pages/ketersediaan.py", False),
    ],
)
def test_a_page_shows_only_the_filters_it_reads(page: str, shown: bool) -> None:
    at = run_app(page)
    assert not at.exception, at.exception
    labels = [s.label for s in at.sidebar.selectbox]
    assert ("Indikator" in labels) is shown and ("Tahun" in labels) is shown
    # language and presenter mode are on every page
    assert at.sidebar.segmented_control and at.sidebar.toggle
