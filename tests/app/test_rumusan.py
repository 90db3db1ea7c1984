"""AppTest of the Rumusan page (pages/rumusan.py through app.py), its staff forms, the
presenter's quick form and the regency profile's list, on a fresh store per test.

Staff are logged in through the session (the login form itself is Kelola data's, tested in
tests/app/test_data_page.py, and in the browser by tests/e2e/test_rumusan_room.py)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.widgets.auth import SESSION_KEY
from tests.app.conftest import REPO_ROOT, all_text
from welfare.db import make_engine
from welfare.rumusan import listing, store
from welfare.store import ensure_ready

PAGE = "pages/rumusan.py"
USER = "ani"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'serambi.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("SERAMBI_AGENDA", str(_agenda(tmp_path)))
    monkeypatch.chdir(REPO_ROOT)
    yield url


def _agenda(tmp_path: Path) -> Path:
    path = tmp_path / "agenda.toml"
    path.write_text(
        '[[langkah]]\nhalaman = "beranda"\n\n[[langkah]]\nhalaman = "rumusan"\n', encoding="utf-8"
    )
    return path


def _open(
    page: str = PAGE, *, staff: bool = True, query: dict | None = None, routed: bool = False
) -> AppTest:
    """The page run as its own script (its forms' submit buttons work in AppTest), or with
    ``routed`` through app.py (the presenter bar, the sidebar): there AppTest starts each run
    with the page alone, which reruns through the router, so only buttons with callbacks (the
    bar's, the quick form's) reach the page."""
    script = "app.py" if routed else page
    at = AppTest.from_file(str(REPO_ROOT / script), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if staff:
        at.session_state[SESSION_KEY] = USER
    if routed:
        at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def _key(at: AppTest, suffix: str) -> str:
    """The key of the one drawn widget whose key ends with ``suffix`` (forms carry a round)."""
    widgets = [
        *at.text_input, *at.text_area, *at.selectbox, *at.multiselect,
    ]  # fmt: skip
    # The "correct a meeting" form (rs_fix_...) repeats the meeting fields: see _fix_key.
    keys = [
        w.key
        for w in widgets
        if w.key and w.key.endswith(suffix) and not w.key.startswith("rs_fix_")
    ]
    assert len(keys) == 1, (suffix, keys)
    return keys[0]


def _fill(at: AppTest, **values: str) -> None:
    for suffix, value in values.items():
        key = _key(at, suffix)
        widget = at.text_area(key=key) if suffix.endswith(("_rumusan", "_catatan")) else None
        (widget or at.text_input(key=key)).input(value)


def _press(at: AppTest, label: str) -> AppTest:
    next(b for b in [*at.form_submit_button, *at.button] if b.label == label).click()
    at.run()
    assert not at.exception, at.exception
    return at


def _mode(at: AppTest, mode: str) -> AppTest:
    at.radio(key="rumusan_mode").set_value(mode)
    at.run()
    assert not at.exception, at.exception
    return at


def _said(elements) -> list[str]:  # noqa: ANN001 - success, info or error elements
    """What the boxes say, without the Markdown escaping of typed text."""
    return [e.value.replace("\\", "") for e in elements]


def _html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def _record_meeting(at: AppTest, **values: str) -> AppTest:
    _fill(at, **{"_nama": "Rakor PMKS 2026", "_tempat": "Samarinda", "_tanggal": "12 Mei 2026"})
    _fill(at, **values)
    return _press(at, "Simpan rapat")


def _add_rumusan(at: AppTest, text: str, **values: str) -> AppTest:
    _mode(at, "add")
    _fill(at, _rumusan=text, _pj=values.pop("_pj", "Dinsos PPU"), **values)
    at.multiselect(key=_key(at, "_wilayah")).set_value(["6409"])  # the rumusan's regions
    return _press(at, "Simpan rumusan")


def test_the_empty_state_explains_how_to_record_and_invents_nothing(env: str) -> None:
    at = _open(staff=False)
    text = all_text(at)
    assert "Belum ada rumusan yang tercatat. Serambi tidak mengarang rumusan" in text
    assert "Cara mencatat rumusan" in text and "Catat rumusan" in text
    assert "<article" not in _html(at) and "No. 1" not in text
    # Visitors see the login, not the forms.
    assert [e.label for e in at.expander] == [
        "Untuk staf: masuk untuk mencatat dan memperbarui rumusan"
    ]
    assert not any(r.key == "rumusan_mode" for r in at.radio)
    engine = make_engine(env)
    assert listing.meetings(engine) == [] and listing.list_all(engine) == []


def test_staff_record_a_meeting_and_a_rumusan_and_follow_it_up(env: str) -> None:
    at = _open()
    _record_meeting(at)
    assert "Rapat dicatat." in _said(at.success)
    assert "Rapat sudah tercatat, tetapi belum ada rumusannya" in all_text(at)

    at = _add_rumusan(
        at,
        "Naikkan cakupan PKH di PPU.",
        _batas="Desember 2026",
        _l1_target="90",
        _l1_tahun="2026",
    )
    # The first linked indicator is chosen from the catalogue.
    assert "Tidak ada yang disimpan" in all_text(at)  # no indicator chosen for the target
    assert "- Indikator terkait 1: kosong padahal target diisi" in " ".join(_said(at.error))
    at.selectbox(key=_key(at, "_l1_indikator")).set_value("kpm_pkh")
    _press(at, "Simpan rumusan")
    messages = _said(at.success) + _said(at.info)
    assert "Rumusan nomor 1 dicatat." in messages
    assert any("dibaca sebagai 31 Desember 2026" in m for m in messages)
    page = html.unescape(_html(at))
    assert "Naikkan cakupan PKH di PPU." in page
    assert "target cakupan PKH PPU ≥ 90 % pada 2026, sekarang 88,4 % (2024" in page
    assert "Belum dimulai" in page and "Dinas Sosial Kabupaten Penajam Paser Utara" in page

    # Status and a follow-up note with a link as evidence.
    _mode(at, "follow")
    at.selectbox(key=_key(at, "_status")).set_value("berjalan")
    _press(at, "Simpan status")
    assert "Status rumusan nomor 1: berjalan." in _said(at.success)
    _fill(at, _catatan="Verifikasi data PKH dimulai.", _bukti="https://dinsos.kaltimprov.go.id/x")
    _press(at, "Simpan catatan")
    page = _html(at)
    assert 'href="https://dinsos.kaltimprov.go.id/x"' in page
    assert "Verifikasi data PKH dimulai." in page and "Tindak lanjut (1)" in page
    assert '<span class="rmsn-status rmsn-s-berjalan">Berjalan</span>' in page
    # Evidence that is not an http(s) link is refused, naming the field.
    _fill(at, _catatan="Tautan aneh", _bukti="javascript:alert(1)")
    _press(at, "Simpan catatan")
    errors = " ".join(_said(at.error))
    assert "Bukti (tautan atau nama dokumen): tautan 'javascript:' tidak diterima" in errors
    assert len(listing.list_all(make_engine(env))[0].notes) == 1

    # Removed with its reason and restored: nothing is deleted.
    _mode(at, "remove")
    _fill(at, _alasan="tercatat dua kali")
    _press(at, "Hapus dari daftar")
    assert listing.list_all(make_engine(env)) == []
    assert "tercatat dua kali" in all_text(at)
    _press(at, "Pulihkan")
    assert [r.number for r in listing.list_all(make_engine(env))] == [1]


def test_a_conflict_shows_both_texts_and_writes_nothing(env: str) -> None:
    at = _open()
    _record_meeting(at)
    _add_rumusan(at, "Teks awal.")
    _mode(at, "edit")
    _fill(at, _rumusan="Teks Ani: tambah sasaran lansia.")
    # Meanwhile Budi saves version 2 from another session.
    engine = make_engine(env)
    (first,) = listing.list_all(engine)
    assert store.update(
        engine, first.id, {"rumusan": "Teks Budi: tambah anggaran."}, user="budi",
        expected_version=1,
    ).ok  # fmt: skip
    _press(at, "Simpan rumusan")
    errors = " ".join(_said(at.error))
    assert "sudah diubah oleh budi" in errors and "Tidak ada yang disimpan" in errors
    page = _html(at)
    assert "Versi tersimpan (terbaru)" in page and "Versi Anda (belum disimpan)" in page
    assert "Teks Budi: tambah anggaran." in page and "Teks Ani: tambah sasaran lansia." in page
    assert "Teks rumusan ≠" in page
    (now,) = listing.list_all(engine)
    assert (now.text, now.version, now.updated_by) == ("Teks Budi: tambah anggaran.", 2, "budi")
    # The form opened again on the newest version; a save now goes through.
    assert at.text_area(key=_key(at, "_rumusan")).value == "Teks Budi: tambah anggaran."
    _fill(at, _rumusan="Teks Budi: tambah anggaran. Ani: tambah sasaran lansia.")
    _press(at, "Simpan rumusan")
    assert "Rumusan nomor 1 diperbarui (versi 3)." in _said(at.success)
    assert "Versi Anda" not in _html(at)


INJECTION = "<img src=x onerror=alert(1)> **tebal** [klik](javascript:alert(2)) $x$"


def test_every_text_field_shows_injection_as_inert_text(env: str) -> None:
    at = _open()
    _record_meeting(at, _nama=f"Rakor {INJECTION}", _tempat=f"Aula {INJECTION}")
    _add_rumusan(at, f"Rumusan {INJECTION}\nbaris dua", _pj=f"Disdukcapil {INJECTION}")
    _mode(at, "follow")
    _fill(
        at,
        _penulis=f"Penulis {INJECTION}",
        _catatan=f"Catatan {INJECTION}",
        _bukti=f"Notula {INJECTION}",
    )
    _press(at, "Simpan catatan")
    _mode(at, "remove")
    _fill(at, _alasan=f"Alasan {INJECTION}")
    _press(at, "Hapus dari daftar")
    _press(at, "Pulihkan")
    assert not at.exception
    page = _html(at)
    assert "<img" not in page and "onerror=alert(1)>" not in page
    assert 'href="javascript' not in page and "<strong>tebal" not in page
    for label in ("Rakor", "Aula", "Rumusan", "Disdukcapil", "Penulis", "Catatan", "Notula"):
        assert f"{label} &lt;img src=x onerror=alert(1)&gt; **tebal**" in page, label
    # Markdown elements (messages, the removed list, the pickers) show the text escaped.
    for md in [*at.markdown, *at.success, *at.info, *at.caption]:
        assert "<img" not in md.value or "\\<img" in md.value or "&lt;img" in md.value
        assert "](javascript" not in md.value.replace("\\](", "")
    # Profile and presenter mode show the same texts inert.
    profile = _open("pages/profil.py", query={"wilayah": "6409"}, routed=True)
    assert "Rumusan &lt;img src=x onerror=alert(1)&gt;" in _html(profile)
    assert "<img src=x" not in _html(profile)  # (the profile's own sparklines are <img>)
    presenting = _open(query={"mode": "presentasi"}, routed=True)
    assert "Rumusan &lt;img src=x" in _html(presenting) and "<img src" not in _html(presenting)


def test_a_too_long_text_is_refused_naming_the_field(env: str) -> None:
    at = _open()
    _record_meeting(at)
    _mode(at, "add")
    # The browser stops the text at the store's limit (a counter under the field) ...
    assert at.text_area(key=_key(at, "_rumusan")).proto.max_chars == 4000
    assert at.text_input(key=_key(at, "_pj")).proto.max_chars == 1000
    # ... and the store refuses what is longer, naming the field: one party of 250 characters.
    _add_rumusan(at, "Rumusan yang sah.", _pj="Dinas " + "x" * 244)
    errors = " ".join(_said(at.error))
    assert (
        "Penanggung jawab: teks terlalu panjang (250 karakter, paling banyak 200); persingkat."
        in errors
    )
    assert listing.list_all(make_engine(env)) == []


def _ready(url: str):  # noqa: ANN202
    """The store the app will open, made ready (seeded) before the test writes to it."""
    engine = make_engine(url)
    ensure_ready(engine)
    return engine


def test_the_profile_lists_the_rumusan_that_concern_the_regency(env: str) -> None:
    engine = _ready(env)
    meeting = store.create_meeting(
        engine,
        {"nama": "Rakor 2026", "tanggal": "1/3/2026", "tempat": "Samarinda", "tuan_rumah": "64"},
        user=USER,
    ).id
    for text, where in (("Untuk PPU saja.", "6409"), ("Untuk seluruh Kaltim.", "semua"),
                        ("Untuk Sepaku.", "64.09.04"), ("Untuk Paser.", "6401")):  # fmt: skip
        values = {"rumusan": text, "jenis": "data", "penanggung_jawab": "Dinsos provinsi",
                  "wilayah": where, "batas_waktu": "30 April 2026"}  # fmt: skip
        assert store.add_rumusan(engine, meeting, values, user=USER).ok
    at = _open("pages/profil.py", staff=False, query={"wilayah": "6409"}, routed=True)
    page = _html(at)
    assert "Rumusan rakor yang menyangkut wilayah ini" in all_text(at)
    for text in ("Untuk PPU saja.", "Untuk seluruh Kaltim.", "Untuk Sepaku."):
        assert text in page
    assert "Untuk Paser." not in page
    assert "Terlambat" in page and "Rakor 2026" in page  # status and meeting per row
    other = _open("pages/profil.py", staff=False, query={"wilayah": "6474"}, routed=True)
    assert "Untuk seluruh Kaltim." in _html(other) and "Untuk PPU saja." not in _html(other)


def test_presenter_mode_records_a_rumusan_without_leaving_the_screen(env: str) -> None:
    engine = _ready(env)
    store.create_meeting(
        engine,
        {"nama": "Rakor 2026", "tanggal": "1/3/2026", "tempat": "Samarinda", "tuan_rumah": "64"},
        user=USER,
    )
    visitor = _open("pages/peta.py", staff=False, query={"mode": "presentasi"}, routed=True)
    assert not [w.key for w in visitor.text_area if (w.key or "").startswith("rq_")]
    at = _open("pages/peta.py", query={"mode": "presentasi"}, routed=True)
    # A refusal names the fields in the popover and keeps what was typed.
    _fill(at, _pj="Dinsos PPU")
    _press(at, "Catat")
    assert "- Teks rumusan: wajib diisi (teks rumusan)." in " ".join(_said(at.error))
    assert listing.list_all(engine) == []
    assert at.text_input(key=_key(at, "_pj")).value == "Dinsos PPU"
    _fill(at, _rumusan="Bentuk tim verifikasi DTSEN di PPU.")
    _press(at, "Catat")
    assert _said(at.toast) == ["Rumusan nomor 1 dicatat."]
    assert at.session_state["f_presenter"] is True  # still presenting, still on the map
    (saved,) = listing.list_all(engine)
    assert (saved.text, saved.created_by, saved.regencies[:1]) == (
        "Bentuk tim verifikasi DTSEN di PPU.", USER, ("6401",),
    )  # fmt: skip
    # The rumusan page in presenter mode shows it, late first, on one screen.
    presenting = _open(query={"mode": "presentasi"}, routed=True)
    assert "Tindak lanjut rumusan rakor 2026" in all_text(presenting)
    assert "Bentuk tim verifikasi DTSEN di PPU." in _html(presenting)


def test_a_typed_list_is_checked_then_imported_whole(env: str) -> None:
    from tests.welfare.rumusan.test_importing import ROWS, filled_xlsx

    at = _open()
    _record_meeting(at)
    _mode(at, "import")
    assert {b.label for b in at.get("download_button")} >= {"Templat (XLSX)", "Templat (CSV)"}
    bad = [*ROWS, [3, "Tanpa jenis.", "", "Dinsos provinsi", "semua"]]
    at.file_uploader[0].upload("rumusan.xlsx", filled_xlsx(bad))
    at.run()
    tables = _html(at)
    assert "lembar &#x27;Rumusan&#x27;, baris 5, kolom C (jenis)" in tables or (
        "lembar 'Rumusan', baris 5, kolom C (jenis)" in html.unescape(tables)
    )
    assert "Belum dapat diimpor: 1 masalah" in " ".join(_said(at.error))
    assert not [b for b in at.button if (b.label or "").startswith("Impor ")]
    at.file_uploader[0].set_value(("rumusan.xlsx", filled_xlsx(ROWS), "application/vnd.ms-excel"))
    at.run()
    assert "Pemeriksaan lolos: 2 rumusan siap diimpor" in " ".join(_said(at.success))
    _press(at, "Impor 2 rumusan")
    assert "rumusan.xlsx: 2 rumusan diimpor ke rapat 'Rakor PMKS 2026'." in _said(at.success)
    saved = listing.list_all(make_engine(env))
    assert (
        sorted(r.number for r in saved) == [1, 2]
        and len(saved[0].indicators + saved[1].indicators) == 2
    )


def test_views_by_regency_and_status_and_the_example_meeting(env: str) -> None:
    at = _open()
    _press(at, "Muat rapat contoh (DATA CONTOH)")
    # Only example records: shown, and marked.
    assert at.checkbox(key="rumusan_examples_only").value is True
    assert "DATA CONTOH: angka buatan" in " ".join(_said(at.error))
    assert "CONTOH: Pemerintah kabupaten menyusun rencana aksi" in _html(at)
    at.radio(key="rumusan_view").set_value("regency")
    at.run()
    at.selectbox(key="rumusan_regency").set_value("6471")  # Balikpapan: only the 'semua' ones
    at.run()
    page = _html(at)
    assert "CONTOH: Dinas Sosial kabupaten/kota memutakhirkan" in page
    assert "rencana aksi penurunan kemiskinan" not in page
    at.radio(key="rumusan_view").set_value("status")
    at.run()
    at.selectbox(key="rumusan_status").set_value("selesai")
    at.run()
    assert "CONTOH: Rapat koordinasi teknis PMKS" in _html(at)
    # A real meeting with its rumusan: the example is left out unless asked for.
    _record_meeting(at)
    _add_rumusan(at, "Rumusan sungguhan.")
    assert at.checkbox(key="rumusan_examples_with_real").value is False
    at.radio(key="rumusan_view").set_value("meeting")
    at.run()
    page = _html(at)
    assert "Rumusan sungguhan." in page and "CONTOH:" not in page


def _fix_key(at: AppTest, suffix: str) -> str:
    """The key of the "correct a meeting" form's widget ending in ``suffix``."""
    keys = [
        w.key
        for w in [*at.text_input, *at.selectbox, *at.checkbox]
        if w.key and w.key.startswith("rs_fix_") and w.key.endswith(suffix)
    ]
    assert len(keys) == 1, (suffix, keys)
    return keys[0]


def test_staff_correct_a_meeting_and_remove_one_recorded_by_mistake(env: str) -> None:
    at = _open()
    _record_meeting(at)
    engine = make_engine(env)
    (meeting,) = [m for m in listing.meetings(engine) if not m.is_example]
    # The place was mistyped: corrected under the version check, the rest kept.
    at.text_input(key=_fix_key(at, "_tempat")).input("Balikpapan")
    _press(at, "Simpan perubahan rapat")
    assert "Data rapat diperbarui." in _said(at.success)
    (fixed,) = [m for m in listing.meetings(engine) if m.id == meeting.id]
    assert (fixed.place, fixed.name, fixed.version) == ("Balikpapan", meeting.name, 2)

    # A meeting with a rumusan is not removed; one without is, only once ticked.
    _add_rumusan(at, "Teks awal.")
    _mode(at, "meeting")
    _press(at, "Hapus rapat")
    assert _said(at.error) == [
        "Centang dulu bahwa rapat ini memang tercatat karena salah; tidak ada yang dihapus."
    ]
    at.checkbox(key=_fix_key(at, "_sure")).check()
    _press(at, "Hapus rapat")
    assert any("masih memiliki 1 rumusan" in e for e in _said(at.error))
    assert [m.id for m in listing.meetings(engine)] == [meeting.id]

    _record_meeting(at, _nama="Rakor salah ketik")
    duplicate = next(m for m in listing.meetings(engine) if m.name == "Rakor salah ketik")
    at.selectbox(key="rs_fix_meeting").set_value(duplicate.id)
    at.run()
    at.checkbox(key=_fix_key(at, "_sure")).check()
    _press(at, "Hapus rapat")
    assert _said(at.success) == ["Rapat dihapus (tetap tercatat di riwayat)."]
    assert [m.id for m in listing.meetings(engine)] == [meeting.id]
