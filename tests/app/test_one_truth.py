"""One regency, one indicator, one number: PPU's poverty rate on every page and slide.

Without ``tahun`` every view of an indicator shows the year of the one rule
(:func:`welfare.years.year_to_show`: the latest year with data for at least 8 of the 10
regencies; 2024 for the poverty rate, whose 2025 has 6). This test reads the number where an
official would: the map's table, the profile's card, the home page's target table, the
presenter's map and profile steps, and the Bahan rapat's map and profile slides. Before, the
profile, the home target table and the slide showed 5,58 % (2025) beside the map's 6,68 % (2024).
"""

from __future__ import annotations

import re

import pytest

from tests.app.conftest import html_tables, run_app

pytestmark = pytest.mark.usefixtures("app_env")

PPU = "6409"
INDICATOR = "penduduk_miskin_persen"
EXPECTED = ("6,68", 2024)  # BPS, March 2024 (the seeded official figure)


def _map_value(at) -> tuple[str, int]:  # noqa: ANN001
    table = next(t for t in html_tables(at) if "Kode BPS" in t.columns)
    row = table[table["Kode BPS"] == PPU].iloc[0]
    return row["Nilai (%)"], int(row["Tahun"])


def _card_value(at) -> tuple[str, int]:  # noqa: ANN001
    html = "\n".join(h.proto.body for h in at.get("html"))
    card = html.split(f'data-indicator="{INDICATOR}"')[1].split('class="serambi-card')[0]
    card = re.sub(r"<img[^>]*>", "", card)
    card = re.sub(r"<[^>]+>", " ", card)
    value = re.search(r"(\d+,\d+)\s*%", card)
    year = re.search(r"\b(20\d\d)\b", card)
    assert value and year, card[:400]
    return value.group(1), int(year.group(1))


def _home_target_value(at) -> tuple[str, int]:  # noqa: ANN001
    html = "\n".join(h.proto.body for h in at.get("html"))
    cell = re.search(r"<th>Penajam Paser Utara</th><td>([\d,]+) % \((20\d\d)\)", html)
    assert cell, "the home page's target table has no PPU row"
    return cell.group(1), int(cell.group(2))


def test_map_profile_and_home_show_one_value() -> None:
    peta = run_app("pages/peta.py", query={"indikator": INDICATOR})
    profil = run_app("pages/profil.py", query={"indikator": INDICATOR, "wilayah": PPU})
    home = run_app("pages/beranda.py", query={"indikator": INDICATOR})
    for at in (peta, profil, home):
        assert not at.exception, at.exception
    assert _map_value(peta) == EXPECTED
    assert _card_value(profil) == EXPECTED
    assert _home_target_value(home) == EXPECTED
    # The profile's own target block says the same (its rows come from the same table).
    assert re.search(r"6,68 % \(2024\)", "\n".join(h.proto.body for h in profil.get("html")))


def test_home_target_table_follows_another_indicator_default_not_its_latest() -> None:
    """A sidebar on another indicator: the poverty table keeps poverty's own default year."""
    home = run_app("pages/beranda.py", query={"indikator": "pmks_total", "tahun": "2022"})
    assert _home_target_value(home) == EXPECTED


def test_presenter_steps_show_the_same_value(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    agenda = tmp_path / "agenda.toml"
    agenda.write_text(
        f'[[langkah]]\nhalaman = "peta"\nindikator = "{INDICATOR}"\n\n'
        f'[[langkah]]\nhalaman = "profil"\nwilayah = "{PPU}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SERAMBI_AGENDA", str(agenda))
    at = run_app("pages/peta.py", query={"mode": "presentasi", "indikator": INDICATOR})
    assert not at.exception, at.exception
    assert at.session_state["f_year"] == EXPECTED[1]
    at.button(key="presenter_next").click().run()
    assert not at.exception, at.exception
    assert _card_value(at) == EXPECTED


def test_bahan_rapat_slides_show_the_same_value(seeded_db_url: str) -> None:
    from views.agenda import AgendaStep
    from views.brief_data import open_data
    from views.slides import build_view
    from welfare.db import make_engine

    data = open_data(make_engine(seeded_db_url))
    slide = build_view(data, AgendaStep("peta", INDICATOR), "id")
    assert slide.years == (EXPECTED[1],)
    row = slide.layer.table.set_index("kode_bps").loc[PPU]
    assert (f"{row['rate']:.2f}".replace(".", ","), int(row["year"])) == EXPECTED

    prof = build_view(data, AgendaStep("profil", region_codes=(PPU,)), "id")
    rows = prof.table.set_index("Indikator")
    shown = rows.loc["Persentase penduduk miskin"]
    assert (shown["Nilai"].split()[0], int(shown["Tahun"])) == EXPECTED
