"""AppTest of pages/cakupan.py: coverage cards, gap map table, scatter, fallback year."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pandas as pd
import pytest

from tests.app.conftest import all_text, html_tables, run_app
from welfare.db import make_engine, transaction
from welfare.models import Dataset, Observation
from welfare.store import ensure_ready

PAGE = "pages/cakupan.py"


def figures(at) -> dict[str, dict]:  # noqa: ANN001
    return {
        el.proto.id.rsplit("-", 1)[-1]: json.loads(el.proto.spec) for el in at.get("plotly_chart")
    }


def number(text: str) -> float | None:
    """Parse an Indonesian-formatted cell ('1.663', '88,4'); '' -> None."""
    if text in ("", None):
        return None
    return float(str(text).replace(".", "").replace(",", "."))


def gap_table(at) -> pd.DataFrame:  # noqa: ANN001
    return next(d for d in html_tables(at) if "Belum terlayani (KPM)" in d.columns)


@pytest.mark.usefixtures("app_env")
def test_default_falls_back_to_latest_programme_year_and_gap_is_never_negative():
    # filter: poverty 2025 (the map opens on 2024; 2025 chosen); programmes end in 2024
    at = run_app(PAGE, query={"tahun": "2025"})
    assert not at.exception, at.exception
    text = all_text(at)
    assert "## Cakupan program perlindungan sosial" in text
    assert any("tahun 2025 belum ada" in i.value and "(2024)" in i.value for i in at.info)
    assert "### PKH: kesenjangan per kabupaten/kota, 2024" in text
    # The denominator is named with its year and source.
    assert "Penyebut cakupan (sasaran):** Keluarga sasaran PKH (KPM), tahun 2024" in text
    assert "DATA CONTOH: angka buatan untuk peragaan" in text
    table = gap_table(at)
    assert len(table) == 10
    gaps = [number(v) for v in table["Belum terlayani (KPM)"]]
    assert all(g is not None and g >= 0 for g in gaps)
    # Both codes, rank 1 = largest gap per 1.000 penduduk.
    assert table.iloc[0]["Peringkat"] == "1"
    assert set(table["Kode Kemendagri"]) >= {"64.09", "64.72"}
    # Three programme cards with province coverage in Indonesian format.
    # (labels are Markdown-escaped; Streamlit shows "\(" as "(")
    labels = [m.label.replace("\\", "") for m in at.metric]
    assert labels == [
        "Cakupan PKH thd. sasaran program (provinsi)",
        "Cakupan BPNT/Sembako thd. sasaran program (provinsi)",
        "Cakupan PBI-JK thd. sasaran program (provinsi)",
    ]
    assert all("," in m.value and m.value.endswith("%") for m in at.metric)


@pytest.mark.usefixtures("app_env")
def test_charts_say_example_data_and_show_province_line():
    at = run_app(PAGE)
    figs = figures(at)
    assert "DATA CONTOH" in figs["cakupan_bar"]["layout"]["title"]["text"]
    scatter = figs["cakupan_scatter"]
    assert "DATA CONTOH" in scatter["layout"]["title"]["text"]
    shapes = scatter["layout"]["shapes"]
    assert len(shapes) == 2 and shapes[1]["y0"] == 100  # province line + 100 % line
    notes = " ".join(a["text"] for a in scatter["layout"]["annotations"])
    assert "Provinsi:" in notes and "jumlah penerima ÷ jumlah sasaran" in notes
    assert scatter["layout"]["separators"] == ",."


@pytest.mark.usefixtures("app_env")
def test_filter_year_and_programme_indicator_are_used():
    at = run_app(PAGE, query={"indikator": "pbi_jk_jiwa", "tahun": "2022"})
    assert not at.exception, at.exception
    assert at.segmented_control(key="cakupan_programme").value == "pbi_jk"
    text = all_text(at)
    assert "### PBI-JK: kesenjangan per kabupaten/kota, 2022" in text
    assert not any("belum ada" in i.value for i in at.info)
    assert "Penduduk sasaran PBI-JK (jiwa), tahun 2022" in text
    at.segmented_control(key="cakupan_programme").set_value("bpnt").run()
    assert not at.exception, at.exception
    assert "### BPNT/Sembako: kesenjangan per kabupaten/kota, 2022" in all_text(at)


@pytest.mark.usefixtures("app_env")
def test_english_and_region_selection():
    at = run_app(PAGE, query={"lang": "en", "wilayah": "6409,6472"})
    assert not at.exception, at.exception
    text = all_text(at)
    assert "## Social protection programme coverage" in text
    assert "EXAMPLE DATA" in text
    figs = figures(at)
    assert figs["cakupan_scatter"]["layout"]["separators"] == ".,"
    bars = figs["cakupan_bar"]["data"][0]["y"]
    assert "<b>Penajam Paser Utara</b>" in bars and "<b>Samarinda</b>" in bars
    table = next(d for d in html_tables(at) if "Not yet served (beneficiary families)" in d.columns)
    assert (
        table["Not yet served (beneficiary families)"].map(lambda v: float(v.replace(",", ""))) >= 0
    ).all()


@pytest.fixture
def over_covered_db(tmp_path, monkeypatch) -> Iterator[str]:  # noqa: ANN001
    """A store where Penajam Paser Utara has more PKH recipients than families in need."""
    url = f"sqlite:///{tmp_path / 'over.db'}"
    eng = make_engine(url)
    ensure_ready(eng)
    with transaction(eng) as s:
        ds = Dataset(name="uji lebih sasaran", kind="imported", source="tes", imported_by="tes")
        s.add(ds)
        s.flush()
        s.add(
            Observation(
                dataset_id=ds.id,
                region_kode_bps="6409",
                indicator_id="kpm_pkh",
                year=2024,
                value=5000.0,
                source="tes",
            )
        )
    eng.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    from tests.app.conftest import REPO_ROOT

    monkeypatch.chdir(REPO_ROOT)
    yield url


def test_over_coverage_is_shown_honestly_not_as_negative_gap(over_covered_db: str):
    at = run_app(PAGE, query={"indikator": "kpm_pkh", "tahun": "2024"})
    assert not at.exception, at.exception
    warning = " ".join(w.value for w in at.warning)
    assert "Penerima melebihi sasaran" in warning and "Penajam Paser Utara (+290 KPM" in warning
    table = gap_table(at).set_index("Kode BPS")
    assert number(table.loc["6409", "Belum terlayani (KPM)"]) == 0
    assert number(table.loc["6409", "Lebih sasaran (KPM)"]) == 290
    assert number(table.loc["6409", "Cakupan thd. sasaran program (%)"]) > 100
    assert all(number(v) >= 0 for v in table["Belum terlayani (KPM)"])


@pytest.mark.usefixtures("app_env")
def test_presenter_mode_loads_the_coverage_stylesheet_and_normal_mode_does_not():
    def styled(at) -> bool:  # noqa: ANN001
        return any(".serambi-cov-cards {" in h.proto.body for h in at.get("html"))

    presenter = run_app(PAGE, query={"mode": "presentasi", "indikator": "kpm_pkh"})
    assert not presenter.exception, presenter.exception
    assert styled(presenter)
    normal = run_app(PAGE)
    assert not normal.exception, normal.exception
    assert not styled(normal)
