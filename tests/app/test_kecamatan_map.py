"""Kecamatan drill-down on the map page and the kecamatan profile (AppTest, no browser)."""

from __future__ import annotations

from tests.app.conftest import all_text, html_tables, run_app

PPU_KECAMATAN = {"Penajam", "Waru", "Babulu", "Sepaku"}


def _table(at):  # noqa: ANN001, ANN202
    tables = html_tables(at)
    assert tables, "no table on the page"
    return tables[0]


def test_url_opens_the_kecamatan_of_one_regency(app_env: str) -> None:
    at = run_app(
        "pages/peta.py", {"indikator": "pmks_total", "wilayah": "6409", "tingkat": "kecamatan"}
    )
    assert not at.exception
    table = _table(at)
    assert set(table["Kecamatan"]) == PPU_KECAMATAN
    assert set(table["Kode Kemendagri"]) == {"64.09.01", "64.09.02", "64.09.03", "64.09.04"}
    assert set(table["Kabupaten/kota"]) == {"Penajam Paser Utara"}
    # Breadcrumb back to the province: Kalimantan Timur › Penajam Paser Utara › Kecamatan.
    labels = [b.label for b in at.button]
    assert labels[:2] == ["Kalimantan Timur", "Penajam Paser Utara"]
    assert "**Kecamatan**" in [m.value for m in at.markdown]
    text = all_text(at)
    assert "DATA CONTOH" in text
    assert "Sepaku" in text  # the ranking beside the map
    options = [o for g in at.get("button_group") for o in g.options]
    assert "Kecamatan di Penajam Paser Utara" in options


def test_breadcrumb_goes_back_to_the_province(app_env: str) -> None:
    at = run_app(
        "pages/peta.py", {"indikator": "pmks_total", "wilayah": "6409", "tingkat": "kecamatan"}
    )
    at.button(key="kec_crumb_province").click().run()
    assert not at.exception
    assert "tingkat" not in at.query_params and "wilayah" not in at.query_params
    assert len(_table(at)) == 10


def test_clicked_kecamatan_offers_its_profile(app_env: str) -> None:
    at = run_app(
        "pages/peta.py",
        {"indikator": "pmks_total", "wilayah": "6409", "tingkat": "kecamatan", "kec": "64.09.04"},
    )
    assert not at.exception
    links = [e.proto.label for e in at.get("page_link")]
    assert "Buka profil Kecamatan Sepaku" in links


def test_around_ikn_shows_the_kecamatan_near_ikn(app_env: str) -> None:
    at = run_app(
        "pages/peta.py", {"indikator": "pmks_total", "wilayah": "penyangga", "tingkat": "kecamatan"}
    )
    assert not at.exception
    names = set(_table(at)["Kecamatan"])
    assert {"Sepaku", "Samboja", "Balikpapan Utara"} <= names
    assert not names & {"Long Apari", "Tanjung Redeb"}  # far upstream / Berau


def test_indicator_without_kecamatan_data_says_so(app_env: str) -> None:
    at = run_app(
        "pages/peta.py",
        {"indikator": "penduduk_miskin_persen", "wilayah": "6409", "tingkat": "kecamatan"},
    )
    assert not at.exception
    assert any("belum ada data kecamatan untuk indikator ini" in i.value.lower() for i in at.info)
    assert not at.dataframe and not html_tables(at)  # no empty map or table
    at.button(key="kec_no_data_back").click().run()
    assert at.query_params.get("wilayah") == "6409" and "tingkat" not in at.query_params


def test_kecamatan_profile(app_env: str) -> None:
    at = run_app(
        "pages/profil.py",
        {"indikator": "pmks_total", "wilayah": "6409", "tingkat": "kecamatan", "kec": "64.09.04"},
    )
    assert not at.exception
    text = all_text(at)
    assert "Kecamatan Sepaku" in text
    assert "Penajam Paser Utara › Sepaku" in text
    assert "Jarak ke Titik Nol IKN" in text and "DATA CONTOH" in text
    table = next(
        h.proto.body for h in at.get("html") if "data-serambi-kecamatan-profile" in h.proto.body
    )
    assert "PMKS" in table and "Penajam Paser Utara" in table
    at.button(key="kec_prof_regency").click().run()  # up to the regency's own profile
    assert not at.exception
    assert "tingkat" not in at.query_params and at.query_params.get("wilayah") == "6409"


def test_html_export_and_table_at_kecamatan_level(app_env: str) -> None:
    from components.state import current_map
    from components.state.view_state import ViewState
    from components.widgets import exports, tables

    state = ViewState("pmks_total", 2024, "pilih", ("6409",), level="kecamatan")
    view = current_map.build(state, kecamatan=["64.09.01", "64.09.02", "64.09.03", "64.09.04"])
    assert view.level == "kecamatan" and view.n_with_data == 4
    page = exports.map_html(view, "id").decode("utf-8")
    assert "Sepaku" in page and "DATA CONTOH" in page
    frame = tables.indicator_frame(view, "id")
    assert frame["Kecamatan"].tolist().count("Sepaku") == 1


def test_kecamatan_profile_regency_value_follows_the_one_year_rule(app_env: str) -> None:
    from components.bodies import kecamatan_profile
    from components.state import data_access

    run_app("pages/profil.py", {"tingkat": "kecamatan", "kec": "64.09.04"})  # seeds the store
    items = kecamatan_profile.rows("64.09.04", "6409", "id")
    assert items
    regency = data_access.observations_of(["6409"])
    obs = regency.groupby("indicator_id")["year"].apply(set).to_dict()
    for it in items:
        parent_years = sorted(obs.get(it["indicator_id"], []))
        if not parent_years:
            assert it["parent_value"] is None and it["share"] is None
            continue
        # Same year if the regency has it, else the nearest earlier, else the nearest later.
        earlier = [y for y in parent_years if y <= it["year"]]
        assert it["parent_year"] == (earlier[-1] if earlier else parent_years[0])
        assert it["parent_value"] is not None
        if it["parent_year"] != it["year"]:
            assert it["share"] is None  # never a share of another year's total


def test_year_menu_counts_the_kecamatan_on_the_map(app_env: str) -> None:
    query = {"indikator": "pmks_total", "wilayah": "6409", "tingkat": "kecamatan"}
    at = run_app("pages/peta.py", query)
    assert not at.exception
    labels = list(at.sidebar.selectbox[1].options)  # as the menu shows them
    assert "2024 · 4 dari 4 kecamatan" in labels, labels
    assert not any("wilayah" in label for label in labels)
    # Back at regency level the menu counts the ten regencies again.
    at = run_app("pages/peta.py", {"indikator": "pmks_total", "tahun": "2024"})
    labels = list(at.sidebar.selectbox[1].options)
    assert "2024 · 10 dari 10 wilayah" in labels, labels
