"""The profile as files: the cards' numbers in the table of indicators, one A4 page of PDF."""

from __future__ import annotations

import re
import subprocess

import pandas as pd
import pytest

from components.widgets.profile_cards import cards_html
from views import profile_export, profile_pdf
from welfare import explore
from welfare.key_indicators import key_indicator_ids

PPU = "6409"


@pytest.fixture(scope="module")
def prof(seeded_engine) -> pd.DataFrame:  # noqa: ANN001
    return explore.profile(seeded_engine, PPU, None)


def _card_numbers(prof: pd.DataFrame, lang: str) -> dict[str, str]:
    out = {}
    for card in cards_html(prof, lang):
        ind = re.search(r'data-indicator="([^"]+)"', card)
        num = re.search(r'<div class="num">([^<]*) <span class="unit">([^<]*)</span>', card)
        assert ind and num, card[:300]
        out[ind.group(1)] = f"{num.group(1)} {num.group(2)}"
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_line_is_its_card(prof: pd.DataFrame, lang: str) -> None:
    cards = _card_numbers(prof, lang)
    lines = profile_export.lines(prof, lang)
    assert len(lines) == len(cards) == len(prof) > 50
    for line in lines:
        assert f"{line.number(line.value, lang)} {line.unit}" == cards[line.indicator_id]


def test_the_table_holds_numbers_year_rank_aggregate_kind_and_source(prof: pd.DataFrame) -> None:
    lines = profile_export.lines(prof, "id")
    table = profile_export.indicator_table(lines, "id")
    frame = table.frame.set_index("Kode indikator")
    poverty = frame.loc["penduduk_miskin_persen"]
    assert poverty["Indikator"] == "Persentase penduduk miskin"
    assert (poverty["Tahun"], poverty["Nilai"], poverty["Satuan"]) == (2024, 6.68, "%")
    assert (poverty["Peringkat"], poverty["Dari (wilayah dengan data)"]) == (6, 10)
    assert poverty["Jenis data"] == "resmi/terbit" and poverty["Sumber"].startswith("BPS")
    assert poverty["Tautan sumber"].startswith("https://")
    poor = frame.loc["penduduk_miskin_jiwa"]  # a rate: per 1.000 penduduk, with its count
    assert poor["Satuan"] == "per 1.000 penduduk" and poor["Jumlah (di balik rasio)"] == 10780
    assert poor["Satuan jumlah"] == "jiwa" and poor["Tahun penyebut"] == 2023
    assert pd.notna(poor["Agregat kab/kota"]) and poor["Kab/kota dalam agregat"] == 10
    # Each row keeps its card's digits; a count has none.
    digits = dict(zip(table.frame["Kode indikator"], table.decimals["Nilai"], strict=True))
    assert digits["penduduk_miskin_persen"] == 2 and digits["penduduk_jiwa"] == 0
    assert table.decimals["Agregat kab/kota"] == table.decimals["Nilai"]
    assert set(frame.loc[[x.indicator_id for x in lines if x.kind == "example"], "Jenis data"]) == {
        "DATA CONTOH"
    }


def _row(**fields: object) -> pd.Series:
    return pd.Series({"rate_kind": "per_1000", "rate": None, "province_rate": None, **fields})


def test_a_card_writes_its_rate_the_count_behind_it_and_the_aggregate_alike() -> None:
    poor = _row(value=10780.0, rate=53.974, province_rate=45.126)
    numbers = profile_export.card_numbers(poor, "count", "id")
    assert numbers.is_rate
    # The rate and the aggregate beside it share the card's digits; the count is whole.
    assert (numbers.number, numbers.count, numbers.aggregate) == ("53,97", "10.780", "45,13")
    english = profile_export.card_numbers(poor, "count", "en")
    assert (english.number, english.count, english.aggregate) == ("53.97", "10,780", "45.13")
    big = profile_export.card_numbers(_row(value=5.0, rate=1234.56), "count", "id")
    assert big.number == "1.235"  # decimals_for: from 1.000 up, no decimals


def test_a_card_without_a_rate_writes_its_value_and_no_count() -> None:
    people = _row(rate_kind="value", value=199710.0, province_rate=3_900_000.0)
    numbers = profile_export.card_numbers(people, "count", "id")
    assert not numbers.is_rate
    assert (numbers.number, numbers.count, numbers.aggregate) == ("199.710", "", "3.900.000")
    share = profile_export.card_numbers(_row(rate_kind="value", value=6.684), "percent", "en")
    assert (share.number, share.aggregate) == ("6.68", "–")  # no aggregate: the dash


def test_the_count_behind_a_rate_is_whole_in_the_file_too(prof: pd.DataFrame) -> None:
    table = profile_export.indicator_table(profile_export.lines(prof, "id"), "id")
    assert set(table.decimals["Jumlah (di balik rasio)"]) == {profile_export.COUNT_DECIMALS}


def test_fit_cuts_to_the_measured_width() -> None:
    text = "Anak yang memerlukan perlindungan khusus"
    assert profile_pdf.fit(text, 1000, 6) == text
    cut = profile_pdf.fit(text, 60, 6)
    assert cut.endswith("…") and profile_pdf.text_width(cut, 6) <= 60
    assert profile_pdf.text_width("MMMM", 10) > profile_pdf.text_width("iiii", 10)


def test_the_sheet_is_one_a4_page_with_the_cards_numbers(prof: pd.DataFrame, tmp_path) -> None:  # noqa: ANN001
    lines = profile_export.lines(prof, "id")
    sheet = profile_export.ProfileSheet(
        title="Profil Kabupaten Penajam Paser Utara",
        facts=(("Kode BPS", PPU), ("Luas", "3.333 km²")),
        lines=tuple(lines),
        key_ids=tuple(key_indicator_ids(list(prof["indicator_id"]), "penduduk_miskin_persen")),
        lang="id",
        made="7/12/2026",
    )
    path = tmp_path / "profil.pdf"
    path.write_bytes(profile_pdf.write_pdf(sheet))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M), info.stdout
    assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info.stdout, re.M)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Profil Kabupaten Penajam Paser Utara" in text and "DATA CONTOH" in text
    assert "Semua indikator (" in text
    assert re.search(r"6,68 %", text)  # the headline card, as on the page
    for line in lines:  # every indicator's number is on the page
        assert line.number(line.value, "id") in text, line.indicator_id
