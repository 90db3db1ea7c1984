"""The Cakupan and Sasaran tables as files: the page's columns, its numbers, one rule of digits;
and the rows a download holds when regions are chosen."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.coverage_tables import coverage_table
from views import coverage_gap, table_exports
from views.table_exports import SCOPE_ALL, SCOPE_CHOSEN, chosen_regions, scoped
from welfare import coverage as coverage_rules
from welfare import explore, targeting
from welfare.exporting import ExportMeta, column_decimals
from welfare.formatting import format_number

KEMENDAGRI = {"6409": "64.09", "6472": "64.72", "6474": "64.74"}


def _as_page(table: table_exports.ExportTable, lang: str) -> pd.DataFrame:
    """The export table formatted the way the page formats its cells."""
    out = table.frame.copy()
    for col, digits in table.decimals.items():
        out[col] = out[col].map(
            lambda v, d=digits: format_number(v, d, lang) if pd.notna(v) else ""
        )
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_coverage_file_is_the_page_table_with_numbers(lang: str) -> None:
    page = coverage_gap.page_table(coverage_table(), lang=lang, kemendagri=KEMENDAGRI)
    table = table_exports.coverage_table(coverage_table(), lang=lang, kemendagri=KEMENDAGRI)
    assert list(table.frame.columns) == [
        *page.columns,
        "Tautan sumber" if lang == "id" else "Source link",
    ]
    assert table.frame.iloc[:, -2].tolist() == page.iloc[:, -1].tolist()  # the sources
    shown = _as_page(table, lang)
    for col in table.decimals:  # every figure reads as on the page, digits included
        assert shown[col].tolist() == page[col].tolist(), col
    first = table.frame.iloc[0]
    assert first.iloc[0] == "Penajam Paser Utara" and first.iloc[3] == 800.0  # a number


def test_coverage_file_of_the_seeded_store_reads_as_its_page(seeded_engine) -> None:  # noqa: ANN001
    cov = explore.coverage_table(seeded_engine, coverage_rules.programme("pkh"), 2024)
    codes = {k: f"64.{k[2:]}" for k in cov.data["kode_bps"]}
    page = coverage_gap.page_table(cov, lang="id", kemendagri=codes)
    table = table_exports.coverage_table(cov, lang="id", kemendagri=codes)
    shown = _as_page(table, "id")
    for col in table.decimals:
        assert shown[col].tolist() == page[col].tolist(), col
    # One number of digits per column in the files: the page's, never two in one column.
    per_column = column_decimals(table.frame, table.decimals)
    digits = dict(zip(table.frame.columns, per_column, strict=True))
    assert {len(set(d)) for d in digits.values() if d is not None} == {1}
    assert digits["Cakupan thd. sasaran program (%)"][0] == 1


def test_sasaran_tables_keep_numbers_and_the_page_digits(seeded_engine) -> None:  # noqa: ANN001
    year = max(targeting.dtsen_years(seeded_engine))
    rules = targeting.load_rules()
    tb = targeting.eligibility_table(seeded_engine, targeting.rule_for("pkh", rules), year)
    table = table_exports.eligibility_table(tb, lang="id", unit="KPM")
    assert table.frame["Kode BPS"].tolist() == tb.data["kode_bps"].tolist()
    assert table.decimals["Cakupan (%)"] == 1 and table.decimals["Sasaran (KK)"] == 0
    assert pd.api.types.is_float_dtype(table.frame["Cakupan (%)"])
    dec = table_exports.decile_table(targeting.decile_profile(seeded_engine, year), lang="id")
    share = dec.frame["Porsi desil 1–5 (%)"].dropna()
    assert len(share) and ((share > 0) & (share < 100)).all()


FRAME = pd.DataFrame(
    {
        "Kabupaten/kota": ["Paser", "Penajam Paser Utara", "Samarinda"],
        "Kode BPS": ["6401", "6409", "6472"],
        "Nilai": [1.5, 2.5, 3.5],
    }
)
NAMES = dict(zip(FRAME["Kode BPS"], FRAME["Kabupaten/kota"], strict=True))
META = ExportMeta("Uji", notes=("Tahun: 2024",))


def test_scoped_to_the_chosen_regions_says_so_in_the_file_and_its_name() -> None:
    chosen = chosen_regions(["6409"], "Kode BPS", NAMES)
    frame, meta, stem = scoped(FRAME, META, "serambi-x-2024", chosen, SCOPE_CHOSEN, "id")
    assert frame["Kode BPS"].tolist() == ["6409"]
    assert stem == "serambi-x-2024-wilayah-6409"
    assert meta.notes[0] == "Tahun: 2024"
    assert meta.notes[1].startswith(
        "Hanya wilayah terpilih di filter: Penajam Paser Utara (1 dari 3"
    )


def test_scoped_to_all_regions_marks_the_chosen_ones() -> None:
    chosen = chosen_regions(["6472", "6401"], "Kode BPS", NAMES)
    frame, meta, stem = scoped(FRAME, META, "serambi-x-2024", chosen, SCOPE_ALL, "en")
    assert len(frame) == 3 and stem == "serambi-x-2024"
    assert frame["Chosen"].tolist() == ["yes", "", "yes"]
    assert "Samarinda, Paser" in meta.notes[-1]


@pytest.mark.parametrize("codes", [[], ["6401", "6409", "6472"], ["9999"]])
def test_nothing_or_everything_chosen_leaves_the_file_as_it_is(codes: list[str]) -> None:
    chosen = chosen_regions(codes, "Kode BPS", NAMES)
    for scope in (SCOPE_CHOSEN, SCOPE_ALL):
        frame, meta, stem = scoped(FRAME, META, "s", chosen, scope, "id")
        assert frame.equals(FRAME) and meta == META and stem == "s"


@pytest.mark.parametrize(
    ("lang", "value", "rate", "denominator"),
    [
        ("id", "Nilai (jiwa)", "Nilai dipetakan (per 1.000 penduduk)", "Penyebut"),
        ("en", "Value (people)", "Mapped value (per 1,000 population)", "Denominator"),
    ],
)
def test_the_map_table_file_keeps_the_pages_digits_per_column(
    lang: str, value: str, rate: str, denominator: str
) -> None:
    columns = ["Kode BPS", value, rate, "Peringkat", denominator, "Tahun penyebut"]
    digits = table_exports.map_table_decimals(columns, raw_decimals=0, decimals=2, lang=lang)
    # The value and mapped value as the map view writes them; the population count whole;
    # codes, ranks and years are no measured numbers and get no digits.
    assert digits == {value: 0, rate: 2, denominator: table_exports.DENOMINATOR_DECIMALS}
    assert table_exports.DENOMINATOR_DECIMALS == 0
    without = table_exports.map_table_decimals(columns[:4], raw_decimals=1, decimals=1, lang=lang)
    assert without == {value: 1, rate: 1}  # no denominator column, no digits for it
    written = format_number(1234.5678, digits[rate], lang)
    assert written == ("1.234,57" if lang == "id" else "1,234.57")
