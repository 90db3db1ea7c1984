"""AppTest of pages/sinyal.py and the home page's card on the seeded store: what worsened since
the last rakor, each signal with both numbers, years and sources and a link to the map view;
notes apart; example data labelled."""

from __future__ import annotations

import html
import re
import shutil

import pytest
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from components.widgets.auth import SESSION_KEY
from tests.app.conftest import REPO_ROOT, all_text, run_app
from welfare.db import make_engine
from welfare.models import SignalShown

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


# -- staff mark the signals discussed at the rakor (the cooldown) -------------------------------
@pytest.fixture
def own_store(seeded_db_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: ANN001
    """A copy of the seeded store: marking changes it, the shared one stays as it was."""
    copy = tmp_path / "serambi.db"
    shutil.copy(seeded_db_url.removeprefix("sqlite:///"), copy)
    url = f"sqlite:///{copy}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def _open_as_staff() -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / PAGE), default_timeout=120)
    at.session_state[SESSION_KEY] = "ani"
    at.run()
    assert not at.exception, at.exception
    return at


def _press(at: AppTest, label: str) -> AppTest:
    next(b for b in at.form_submit_button if b.label == label).click()
    at.run()
    assert not at.exception, at.exception
    return at


def _said(elements) -> list[str]:  # noqa: ANN001 - success or error elements
    """What the boxes say, without the Markdown escaping of typed text."""
    return [e.value.replace("\\", "") for e in elements]


def _counts(at: AppTest) -> str:
    body = next(h.proto.body for h in at.get("html") if 'class="signal-counts"' in h.proto.body)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_visitors_see_no_marking_form(own_store: str) -> None:
    at = run_app(PAGE)
    assert not at.exception, at.exception
    assert not at.multiselect
    assert [b.label for b in at.form_submit_button] == ["Masuk"]  # the login, folded
    assert any("tandai sinyal yang sudah dibahas" in e.label for e in at.expander)


def test_staff_mark_the_discussed_signals_and_undo_a_mistake(own_store: str) -> None:
    at = _open_as_staff()
    assert _counts(at).startswith("8 sinyal:")
    chosen = at.multiselect(key="signal_mark_keys")
    assert len(chosen.value) == 8  # every new signal is ticked
    # nothing chosen, or no meeting named: refused, nothing recorded
    chosen.set_value([])
    _press(at, "Tandai sudah dibahas")
    assert _said(at.error) == ["Pilih minimal satu sinyal yang sudah dibahas."]
    assert _shown_rows(own_store) == []

    at = _open_as_staff()
    keys = at.multiselect(key="signal_mark_keys").value
    at.text_input(key="signal_mark_context").input("   ")
    _press(at, "Tandai sudah dibahas")
    assert _said(at.error) == ['Isi "Dibahas di" (misalnya nama dan tanggal rakor).']
    assert _shown_rows(own_store) == []

    at = _open_as_staff()
    at.multiselect(key="signal_mark_keys").set_value(keys[:3])
    at.text_input(key="signal_mark_context").input("Rakor PMKS  Samarinda, 3 Desember 2026")
    _press(at, "Tandai sudah dibahas")
    assert _said(at.success) == [
        "3 sinyal ditandai sudah dibahas (Rakor PMKS Samarinda, 3 Desember 2026, oleh ani)."
    ]
    assert _counts(at).startswith("5 sinyal:") and _counts(at).endswith("3 sudah ditampilkan")
    rows = _shown_rows(own_store)
    assert {r[0] for r in rows} == set(keys[:3])
    assert {r[1:] for r in rows} == {("ani", "Rakor PMKS Samarinda, 3 Desember 2026")}
    # the home card counts what is still new
    home = run_app()
    body = next(h.proto.body for h in home.get("html") if "serambi-home-signal" in h.proto.body)
    assert "5 sinyal sejak rakor 16 Mei 2024" in html.unescape(body)

    # one was marked by mistake: it is a new signal again
    at.multiselect(key="signal_undo_keys").set_value(keys[:1])
    _press(at, "Kembalikan sebagai sinyal baru")
    assert _said(at.success) == ["1 sinyal dikembalikan menjadi sinyal baru."]
    assert _counts(at).startswith("6 sinyal:")
    assert {r[0] for r in _shown_rows(own_store)} == set(keys[1:3])


def _shown_rows(url: str) -> list[tuple[str, str, str]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            stmt = select(SignalShown.key, SignalShown.shown_by, SignalShown.context)
            return [tuple(r) for r in conn.execute(stmt)]
    finally:
        engine.dispose()
