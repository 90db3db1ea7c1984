"""The indicator catalogue: completeness against the published figures and its rules."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from welfare.catalogue import (
    CATALOGUE_PATH,
    GROUPS,
    PMKS_CATEGORIES,
    PROGRAMMES,
    RATE_COVERAGE,
    RATE_PER_1000,
    RATE_VALUE,
    get_indicator,
    group_label,
    indicators_by_group,
    load_catalogue,
    programme_for,
    read_catalogue,
    validate,
)

FIGURES = Path(__file__).resolve().parents[3] / "shared" / "data" / "welfare" / "figures.csv"


def test_catalogue_is_valid_and_has_the_required_columns() -> None:
    with CATALOGUE_PATH.open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == [
        "id", "label_id", "label_en", "unit", "group", "kind", "denominator",
        "higher_is_worse", "description_id", "sort_order",
    ]  # fmt: skip
    assert validate(load_catalogue()) == []


@pytest.mark.skipif(not FIGURES.exists(), reason="figures.csv bersama tidak tersedia")
def test_every_indicator_of_the_published_figures_is_catalogued() -> None:
    with FIGURES.open(encoding="utf-8") as f:
        published = {row["indikator"] for row in csv.DictReader(f)}
    known = {i.id for i in load_catalogue()}
    assert published <= known
    # administrative and September series stay separate indicators
    assert {
        "penduduk_jiwa_dukcapil",
        "penduduk_miskin_persen_sep",
        "miskin_data_dinsos_jiwa",
    } <= known


def test_the_26_pmks_categories_of_permensos_8_2012() -> None:
    assert len(PMKS_CATEGORIES) == 26 == len(set(PMKS_CATEGORIES))
    # ids that already existed in figures.csv keep their spelling
    for reused in (
        "pmks_gelandangan",
        "pmks_fakir_miskin",
        "pmks_lanjut_usia_terlantar",
        "pmks_odha",
        "pmks_korban_napza",
        "pmks_komunitas_adat_terpencil",
    ):
        assert reused in PMKS_CATEGORIES
    for cat in (*PMKS_CATEGORIES, "pmks_total"):
        ind = get_indicator(cat)
        assert (ind.group, ind.kind, ind.denominator) == ("pmks", "count", "penduduk_jiwa")
        assert ind.higher_is_worse
        assert ind.rate_kind == RATE_PER_1000


def test_programmes_are_mapped_as_coverage_of_their_need() -> None:
    assert {p.key for p in PROGRAMMES} == {"pkh", "bpnt", "pbi_jk"}
    for prog in PROGRAMMES:
        rec, need = get_indicator(prog.recipients_id), get_indicator(prog.need_id)
        assert rec.denominator == need.id
        assert rec.rate_kind == RATE_COVERAGE and rec.rate_unit() == "% cakupan"
        assert rec.higher_is_worse is False  # low coverage is the bad end
        assert need.denominator == "penduduk_jiwa" and need.higher_is_worse
        assert programme_for(rec.id) is prog and programme_for(need.id) is prog


def test_denominator_and_direction_rules() -> None:
    for ind in load_catalogue():
        if ind.kind in ("percent", "index", "currency", "area"):
            assert ind.denominator is None, ind.id
            assert ind.rate_kind == RATE_VALUE
        if ind.group in ("kependudukan", "psks"):
            assert not ind.higher_is_worse, ind.id
    assert get_indicator("penduduk_jiwa").denominator is None
    assert get_indicator("penduduk_miskin_jiwa").rate_unit() == "per 1.000 penduduk"
    assert get_indicator("penduduk_miskin_jiwa").rate_unit("en") == "per 1,000 population"
    assert get_indicator("penduduk_miskin_persen").rate_unit() == "%"
    # units are shown in the reader's language
    assert get_indicator("pmks_gelandangan").unit_label("en") == "people"
    assert get_indicator("kpm_pkh").unit_label("en") == "beneficiary families"
    assert get_indicator("garis_kemiskinan").rate_unit("en") == "rupiah/capita/month"


def test_lookup_labels_and_groups() -> None:
    ind = get_indicator("pmks_anak_jalanan")
    assert ind.label() == "Anak jalanan" and ind.label("en") == "Street children"
    with pytest.raises(KeyError, match="Indikator tidak dikenal"):
        get_indicator("tidak_ada")
    groups = indicators_by_group()
    assert list(groups) == list(GROUPS)
    assert groups["pmks"][0].id == "pmks_total"
    assert all(
        a.sort_order <= b.sort_order
        for items in groups.values()
        for a, b in zip(items, items[1:], strict=False)
    )
    assert group_label("program") == "Program perlindungan sosial"
    assert group_label("program", "en") == "Social protection programmes"


def test_invalid_catalogue_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "indicators.csv"
    text = CATALOGUE_PATH.read_text(encoding="utf-8")
    bad.write_text(text.replace(",kpm_pkh_sasaran,false,", ",tidak_ada,false,", 1), "utf-8")
    with pytest.raises(ValueError, match="penyebut 'tidak_ada' tidak ada di katalog"):
        read_catalogue(bad)


def test_decile_indicators_come_in_decile_order() -> None:
    """A profile lists DTSEN deciles 1..10 in a row per unit, never 1, 2, then the other
    unit's ten, then 3..10 (the order officials saw as scrambled)."""
    import re

    from welfare.catalogue import load_catalogue

    ids = [i.id for i in load_catalogue()]
    families: dict[str, list[int]] = {}
    for pos, ind in enumerate(ids):
        m = re.fullmatch(r"(.*desil)(\d+)(_[a-z]+)?", ind)  # not "desil1_5_kk" (a sum)
        if m:
            families.setdefault(m.group(1) + (m.group(3) or ""), []).append(pos)
    assert families, "no decile indicators found"
    for family, positions in families.items():
        assert positions == list(range(positions[0], positions[0] + 10)), family
        deciles = [int(re.search(r"desil(\d+)", ids[p]).group(1)) for p in positions]
        assert deciles == list(range(1, 11)), family
