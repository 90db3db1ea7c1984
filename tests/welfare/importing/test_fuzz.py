"""Property-based fuzzing: parsers never crash and never accept garbage."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.welfare.importing.helpers import reference
from welfare.importing.names import ALIASES, KALTARA_NAMES, TOTAL_NAMES, normalise
from welfare.importing.numbers import NumberFormatError, parse_number
from welfare.importing.reader import Sheet
from welfare.importing.sheet_table import read_sheet

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _indonesian(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@FAST
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_indonesian_numbers_round_trip(whole: int, cents: int) -> None:
    assert parse_number(_indonesian(whole)).value == whole
    text = f"{_indonesian(whole)},{cents:02d}"
    assert parse_number(text).value == Decimal(whole) + Decimal(cents) / 100
    assert parse_number("-" + _indonesian(whole)).value == -whole


@FAST
@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none()))
def test_number_parser_never_crashes(raw: object) -> None:
    try:
        result = parse_number(raw)
    except NumberFormatError as exc:
        assert exc.reason
        return
    if result is not None and isinstance(raw, str):
        # Anything accepted from text consists only of digits, separators, sign and percent.
        assert set(raw.strip()) <= set("0123456789.,+-−% \u00a0\u202f\u2009")


@FAST
@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=20))
def test_text_with_letters_is_never_a_number(word: str) -> None:
    for raw in (word, f"12{word}", f"{word}12", f"1.2{word}"):
        try:
            result = parse_number(raw)
        except NumberFormatError:
            continue
        assert result is None and raw.strip() in {"", "-"}


KNOWN = {
    normalise(n)
    for n in (
        "Paser",
        "Kutai Barat",
        "Kutai Kartanegara",
        "Kutai Timur",
        "Berau",
        "Penajam Paser Utara",
        "Mahakam Ulu",
        "Balikpapan",
        "Samarinda",
        "Bontang",
        "Kutai",
    )
}
KNOWN |= set(ALIASES) | set(KALTARA_NAMES) | set(TOTAL_NAMES)
PREFIXES = (
    "kabupaten",
    "kab",
    "kota",
    "kotamadya",
    "kodya",
    "pemkab",
    "pemkot",
    "provinsi",
    "prov",
    "propinsi",
)


def _strip_prefixes(text: str) -> str:
    words = normalise(text).split()
    while words and words[0] in PREFIXES:
        words.pop(0)
    return " ".join(words)


@FAST
@given(
    st.one_of(
        st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none()
    )
)
def test_region_resolver_never_crashes(raw: object) -> None:
    _, resolver = reference()
    res = resolver.resolve(raw)
    assert res.kind in {"region", "total", "empty", "error"}
    if res.kind == "error":
        assert res.reason
    if res.kind == "region":
        assert res.kode_bps in resolver.regions


@FAST
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz .-", min_size=1, max_size=25))
def test_region_resolver_never_accepts_garbage_names(raw: str) -> None:
    _, resolver = reference()
    res = resolver.resolve(raw)
    if res.kind in {"region", "total"}:
        assert _strip_prefixes(raw) in KNOWN or normalise(raw) in KNOWN


cells = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "Kabupaten/Kota",
            "Gelandangan",
            "Jumlah",
            "Tahun",
            "Samarinda",
            "KUKAR",
            "2023",
            "-",
            "1.234",
            "indikator",
            "nilai",
            "kode_wilayah",
            "64.02",
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(cells, min_size=1, max_size=6), min_size=0, max_size=12),
    st.sampled_from([None, "2023", "Data"]),
)
def test_header_detection_never_crashes(grid: list[list[object]], name: str | None) -> None:
    width = max((len(r) for r in grid), default=0)
    sheet = Sheet(name, [r + [None] * (width - len(r)) for r in grid])
    matcher, resolver = reference()
    result = read_sheet(sheet, matcher, resolver)
    for entry in result.entries:
        assert entry.indicator in matcher.indicators
        assert entry.region is None or entry.region in resolver.regions


@FAST
@given(
    st.lists(
        st.lists(st.text(alphabet="qwxzjv ", max_size=8), min_size=1, max_size=5),
        min_size=1,
        max_size=10,
    )
)
def test_header_detection_finds_no_table_in_garbage(grid: list[list[str]]) -> None:
    width = max(len(r) for r in grid)
    sheet = Sheet("x", [[v or None for v in r] + [None] * (width - len(r)) for r in grid])
    matcher, resolver = reference()
    result = read_sheet(sheet, matcher, resolver)
    assert result.layout is None and not result.entries


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(alphabet='Kabupaten/Kota;,\t"\n 0123456789.-Gelandangan', max_size=300).map(
            lambda t: t.encode("utf-8")
        ),
    )
)
def test_whole_file_check_never_crashes(data: bytes) -> None:
    from tests.welfare.importing.helpers import check

    report = check(data, "acak.csv")
    assert report.status in {"invalid", "needs_confirmation", "valid"}
    for issue in report.errors + report.warnings:
        assert issue.message
