"""The agenda parser: the shipped file reads; every mistake is named with its step and field."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import REPO_ROOT
from views.agenda import AgendaError, AgendaStep, load_agenda, parse_agenda, read_agenda


def test_shipped_agenda_reads() -> None:
    agenda = load_agenda(REPO_ROOT / "data" / "presentasi.toml")
    assert [s.page for s in agenda.steps] == [
        "beranda",
        "peta",
        "peta",
        "tren",
        "cakupan",
        "sinkronisasi",
        "antisipasi",
        "sinyal",
        "rumusan",
        "profil",
    ]
    assert agenda.steps[3].buffer and agenda.steps[3].regions == "penyangga"
    assert agenda.steps[5].year == 2024
    assert agenda.steps[6].region_codes == ("6409", "6403")
    assert agenda.steps[9].region_codes == ("6409",)


def test_comparison_year_of_a_map_step() -> None:
    agenda = parse_agenda(
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\ntahun = 2024\nbanding = 2019\n'
    )
    assert agenda.steps[0].compare_year == 2019
    problems = _problems(
        '[[langkah]]\nhalaman = "tren"\nindikator = "pmks_total"\nbanding = 2019\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\ntahun = 2024\nbanding = 2024\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\nbanding = "2019"\n'
    )
    assert problems == [
        "Langkah 1: 'banding' hanya untuk halaman peta, bukan 'tren'.",
        "Langkah 2: 'banding' (2024) sama dengan 'tahun': pilih tahun lain untuk dibandingkan.",
        "Langkah 3: 'banding' harus berupa tahun (2000–2100), bukan '2019'.",
    ]


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


def test_regions_by_bps_or_kemendagri_code_the_check_of_a_url() -> None:
    """welfare.region_codes decides, as for ?wilayah=: 64.02 is Kutai Kartanegara (6403)."""
    agenda = parse_agenda('[[langkah]]\nhalaman = "profil"\nwilayah = "64.02"\n')
    assert agenda.steps[0].region_codes == ("6403",)
    text = "\n".join(
        _problems('[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\nwilayah = "02,6501"\n')
    )
    assert "Langkah 1: kode wilayah 02, 6501 tidak dikenal" in text


def _reading(tmp_path, text: str, **kw):  # noqa: ANN001, ANN202
    path = tmp_path / "agenda.toml"
    path.write_text(text, encoding="utf-8")
    return read_agenda(path, **kw)


def test_presenter_reading_keeps_each_step_it_can_show_with_its_view_as_written(tmp_path) -> None:  # noqa: ANN001
    reading = _reading(
        tmp_path,
        '[[langkah]]\nhalaman = "beranda"\n'
        '[[langkah]]\nhalaman = "petaa"\n'
        '[[langkah]]\nhalaman = "peta"\nindikator = "tidak_ada"\ntahun = 2031\n'
        'wilayah = "6501, 6403"\n'
        "[[langkah]]\nhalaman = 3\n"
        '[[langkah]]\nhalaman = "sasaran"\ntahun = "x"\n',
        pages=("beranda", "peta", "sasaran"),
    )
    assert [s.page for s in reading.steps] == ["beranda", "peta", "sasaran"]
    peta = reading.steps[1]
    # Unchecked here: presenter mode checks the view like a URL when the step is reached.
    assert dict(peta.params) == {"indikator": "tidak_ada", "tahun": "2031", "wilayah": "6501, 6403"}
    assert peta.indicator is None and peta.region_codes == ("6403",)
    assert dict(reading.steps[2].params) == {"tahun": "x"}
    assert reading.steps[0].params == ()
    skipped = [p.message("id") for p in reading.skipped]
    assert skipped == [
        "Langkah 2: halaman 'petaa' tidak dikenal (pilihan: beranda, peta, sasaran).",
        "Langkah 4: 'halaman' wajib diisi (pilihan: beranda, peta, sasaran).",
    ]


def test_presenter_reading_of_a_broken_file_is_the_home_page(tmp_path) -> None:  # noqa: ANN001
    broken = _reading(tmp_path, "[[langkah]\nhalaman = ")
    assert broken.steps == (AgendaStep("beranda"),)
    assert "bukan TOML yang sah" in broken.skipped[0].message("id")
    missing = read_agenda(tmp_path / "tidak-ada.toml", home="peta")
    assert missing.steps == (AgendaStep("peta"),)
    assert "tidak dapat dibaca" in missing.skipped[0].message("id")
    empty = _reading(tmp_path, '[[langkah]]\nhalaman = "petaa"\n')
    assert empty.steps == (AgendaStep("beranda"),) and len(empty.skipped) == 1


def test_brief_draws_the_change_map_of_a_banding_step(brief_data) -> None:  # noqa: ANN001
    from views.slides import build_view

    agenda = parse_agenda(
        '[[langkah]]\nhalaman = "peta"\nindikator = "pmks_total"\ntahun = 2024\nbanding = 2019\n'
    )
    view = build_view(brief_data, agenda.steps[0], "id")
    assert view.problems == ()
    assert view.title == "Jumlah PMKS (26 jenis): perubahan 2019 → 2024"
    assert view.years == (2019, 2024) and view.subtitle == "poin per 1.000 penduduk"
