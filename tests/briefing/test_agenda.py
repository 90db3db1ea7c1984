"""The agenda parser: the shipped file reads; every mistake is named with its step and field."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.agenda import AgendaError, load_agenda, parse_agenda
from tests.briefing.conftest import REPO_ROOT


def test_shipped_agenda_reads() -> None:
    agenda = load_agenda(REPO_ROOT / "data" / "presentasi.toml")
    assert [s.page for s in agenda.steps] == [
        "beranda",
        "peta",
        "peta",
        "tren",
        "cakupan",
        "profil",
    ]
    assert agenda.steps[3].buffer and agenda.steps[3].regions == "penyangga"
    assert agenda.steps[5].region_codes == ("6409",)


def test_meeting_section_and_regions() -> None:
    agenda = parse_agenda(
        '[rapat]\njudul = "Rakor PMKS"\ntanggal = 2026-03-10\ntempat = "Balikpapan"\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\ntahun = 2024\n'
        'wilayah = "6471, 6472"\n'
    )
    assert agenda.meeting.title == "Rakor PMKS"
    assert agenda.meeting.date == dt.date(2026, 3, 10)
    assert agenda.steps[0].region_codes == ("6471", "6472")
    assert agenda.steps[0].year == 2024


def _problems(text: str, lang: str = "id") -> list[str]:
    with pytest.raises(AgendaError) as info:
        parse_agenda(text, name="rapat.toml")
    return info.value.messages(lang)


def test_every_problem_is_reported_with_its_step() -> None:
    messages = _problems(
        '[[langkah]]\nhalaman = "petaa"\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "tidak_ada"\n'
        '[[langkah]]\nhalaman = "tren"\nindikator = "pmks_total"\ntahun = "2024"\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\ntahun = 1890\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\nwilayah = "6401,6499"\n'
        '[[langkah]]\nhalaman = "profil"\n'
        '[[langkah]]\nhalaman = "peta"\nindikatr = "pmks_total"\n'
        '[[langkah]]\nhalaman = "cakupan"\nindikator = "pmks_total"\n'
    )
    text = "\n".join(messages)
    assert "Langkah 1: halaman 'petaa' tidak dikenal" in text
    assert "Langkah 2: indikator 'tidak_ada' tidak ada di katalog" in text
    assert "Langkah 3: tahun '2024' harus bilangan bulat" in text
    assert "Langkah 4: tahun 1890 di luar rentang" in text
    assert "Langkah 5: kode wilayah 6499 tidak dikenal" in text
    assert "Langkah 6: halaman profil perlu tepat satu kode BPS" in text
    assert "Langkah 7: kunci 'indikatr' tidak dikenal" in text
    assert "Langkah 8: indikator 'pmks_total' bukan indikator program" in text


def test_messages_in_english() -> None:
    messages = _problems('[[langkah]]\nhalaman = "peta"\nindikator = "x"\n', lang="en")
    assert messages == ["Step 1: indicator 'x' is not in the catalogue (data/indicators.csv)."]


def test_file_level_problems() -> None:
    assert "bukan TOML yang sah" in _problems("[[langkah]\n")[0]
    assert "tidak memiliki satu pun [[langkah]]" in _problems('[rapat]\njudul = "x"\n')[0]
    assert "tanggal '10/3/2026' tidak sah" in "\n".join(
        _problems('[rapat]\ntanggal = "10/3/2026"\n[[langkah]]\nhalaman = "beranda"\n')
    )


def test_unreadable_file(tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(AgendaError, match="tidak dapat dibaca"):
        load_agenda(tmp_path / "tidak-ada.toml")
