"""AppTest of pages/sinyal.py and the home page's card on the seeded store: what worsened since
the last rakor, each signal with both numbers, years and sources and a link to the map view;
notes apart; example data labelled."""

from __future__ import annotations

import html
import re

import pytest

from tests.app.conftest import all_text, run_app

PAGE = "pages/sinyal.py"
pytestmark = pytest.mark.usefixtures("app_env")


def signal_tables(at) -> list[str]:  # noqa: ANN001
    return [h.proto.body for h in at.get("html") if 'class="signal-table' in h.proto.body]


def rows(body: str) -> list[str]:
    return [
        " ".join(html.unescape(re.sub(r"<[^>]+>", " ", r)).split())
        for r in re.findall(r"<tr data-kode=.*?</tr>", body)
    ]


def test_signals_since_the_last_rakor_with_both_numbers_and_links():
    at = run_app(PAGE)
    assert not at.exception, at.exception
    text = html.unescape(all_text(at))
    assert "## Sinyal sejak rakor 16 Mei 2024" in text
    assert "dari pengaturan" in text  # no real meeting in the register: the settings' date
    real, example, notes = signal_tables(at)
    first = rows(real)[0]
    # Balikpapan's P2: 0,01 (March 2024) -> 0,10 (March 2025), both sources named.
    assert first.startswith("Balikpapan Indeks keparahan kemiskinan (P2) 0,01 indeks · 2024")
    assert (
        "0,10 indeks · 2025" in first and "BPS Kota Balikpapan (Prokal) → Nomorsatukaltim" in first
    )
    assert 'href="peta?indikator=indeks_keparahan_p2&amp;wilayah=6471&amp;tahun=2025"' in real
    assert "DATA CONTOH" not in real
    # Example data only among example data, each row labelled.
    assert all("DATA CONTOH" in r for r in rows(example))
    # Notes are listed apart, with why they are not signals.
    assert all("satu DATA CONTOH, satu data nyata" in r for r in rows(notes))
    assert "Catatan: memburuk, tetapi tidak sebanding" in text
    assert "Sinyal = nilai terbaru lebih buruk" in text


def test_presenter_mode_shows_what_fits():
    at = run_app(PAGE, query={"mode": "presentasi"})
    assert not at.exception, at.exception
    (table,) = signal_tables(at)
    assert len(rows(table)) == 5
    assert "+3 lainnya di halaman Sinyal" in all_text(at)


def test_home_card_links_to_the_signals():
    at = run_app()
    assert not at.exception, at.exception
    body = next(h.proto.body for h in at.get("html") if "serambi-home-signal" in h.proto.body)
    card = re.search(r'<a class="serambi-home-signal"[^>]*href="([^"]+)"[^>]*>(.*?)</a>', body)
    assert card.group(1) == "sinyal"
    words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", card.group(2))).split())
    assert words == "8 sinyal sejak rakor 16 Mei 2024 (3 DATA CONTOH) →"
    english = run_app(query={"lang": "en", "mode": "presentasi"})
    body = next(h.proto.body for h in english.get("html") if "serambi-home-signal" in h.proto.body)
    assert 'href="sinyal?lang=en&amp;mode=presentasi"' in body
    assert "8 signals since the meeting of 16 May 2024" in body


@pytest.mark.parametrize(
    ("page", "query"),
    [
        (PAGE, {"mode": "presentasi"}),
        ("pages/antisipasi.py", {"mode": "presentasi"}),
        ("pages/antisipasi.py", {"wilayah": "6401"}),
    ],
)
def test_presenter_views_speak_english(page: str, query: dict[str, str]):
    from tests.app.test_english import indonesian_words, shown_texts

    at = run_app(page, query={"lang": "en", **query})
    assert not at.exception, at.exception
    words = indonesian_words(shown_texts(at._tree))
    assert not words, "\n".join(words)
