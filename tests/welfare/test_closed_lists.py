"""Closed lists typed by hand: a value's written forms, synonyms, and nothing guessed."""

from __future__ import annotations

from welfare.closed_lists import ClosedList, fold, label
from welfare.register import vocab as register_vocab
from welfare.rumusan import vocab as rumusan_vocab


def test_fold_ignores_case_and_separators() -> None:
    assert fold("  Belum_Dimulai ") == "belum dimulai"
    assert fold("APBD  Prov.") == "apbd prov"
    assert fold("sekurang-kurangnya") == "sekurang kurangnya"
    assert fold("kab/kota") == "kab/kota"  # a slash is part of the word
    assert fold(2026) == "2026"


def test_a_value_and_its_synonyms_are_accepted_anything_else_is_none() -> None:
    levels = ClosedList(("pusat", "kabupaten_kota"), {"Kab/Kota": "kabupaten_kota"})
    assert levels.values == ("pusat", "kabupaten_kota")
    assert levels.of("PUSAT") == "pusat"
    assert levels.of("Kabupaten Kota") == "kabupaten_kota"  # the value's own form, folded
    assert levels.of("kab/kota") == "kabupaten_kota"  # a synonym, folded when declared
    assert levels.of("kabupaten") is None  # not listed: refused, never guessed
    assert levels.of("") is None


def test_a_synonym_for_a_values_own_form_wins() -> None:
    assert ClosedList(("a b", "c"), {"A_B": "c"}).of("a-b") == "c"


def test_label_falls_back_to_indonesian_then_to_the_value() -> None:
    words = {"x": {"id": "Eks", "en": "Ex"}, None: {"id": "Tidak disebut", "en": "Not stated"}}
    assert label(words, "x") == "Eks"
    assert label(words, "x", "en") == "Ex"
    assert label(words, "x", "sign") == "Eks"
    assert label(words, None, "en") == "Not stated"
    assert label(words, "y") == "y"


def test_both_vocabularies_read_through_it() -> None:
    assert register_vocab.level_of("Kab/Kota") == "kabupaten_kota"
    assert register_vocab.funding_of("APBD Prov.") == "APBD provinsi"
    assert register_vocab.unit_of("KPM") == "KK"
    assert register_vocab.status_of("Sudah selesai") == "selesai"
    assert rumusan_vocab.kind_of("Kebijakan/Regulasi") == "kebijakan"
    assert rumusan_vocab.status_of("Belum Dimulai") == rumusan_vocab.NOT_STARTED
    assert rumusan_vocab.status_of("terlambat") is None  # derived, never typed
    assert rumusan_vocab.direction_of("≥") == rumusan_vocab.AT_LEAST
    assert rumusan_vocab.direction_of("setinggi-tingginya") == rumusan_vocab.AT_MOST
    assert register_vocab.label is rumusan_vocab.label is label
