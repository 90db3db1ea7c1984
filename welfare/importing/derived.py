"""Values an import computes rather than reads: the province total of a complete file.

A count for the whole province is the sum of its ten kabupaten/kota, so a file that gives a
count indicator for all ten yields the province value as well, stored with
:data:`DERIVED_NOTE` so it is never presented as a published figure.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.report import INFO, Issue, format_number
from welfare.importing.validate import Validated
from welfare.seed import PROVINCE_CODE, regency_codes

DERIVED_NOTE = "Angka turunan: jumlah 10 kabupaten/kota dalam berkas yang sama."


@dataclass(frozen=True)
class DerivedValue:
    """A value the import computes rather than reads (the province sum of a complete file)."""

    region: str
    indicator: str
    year: int
    value: float
    source: str | None
    n_regions: int


def province_totals(validated: Validated, matcher: IndicatorMatcher) -> list[DerivedValue]:
    """Province values of count indicators that the file gives for all ten regencies.

    A count for the whole province is the sum of its ten kabupaten/kota, so a complete file
    yields it (stored with :data:`DERIVED_NOTE`, never presented as a published figure).
    Percentages, indices and money are not sums and get nothing. A province value in the file
    itself (a "Jumlah" row, checked against the sum and then dropped) needs nothing either.
    """
    regencies = set(regency_codes())
    by_pair: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    sources: dict[tuple[str, int], set[str | None]] = defaultdict(set)
    for v in validated.values:
        by_pair[(v.indicator, v.year)][v.region] = v.value
        sources[(v.indicator, v.year)].add(v.source)
    out: list[DerivedValue] = []
    for (ind, year), values in sorted(by_pair.items()):
        complete = set(values) == regencies
        if matcher.get(ind).kind != "count" or not complete or PROVINCE_CODE in values:
            continue
        only_source = next(iter(sources[(ind, year)])) if len(sources[(ind, year)]) == 1 else None
        out.append(
            DerivedValue(
                PROVINCE_CODE, ind, year, float(sum(values.values())), only_source, len(values)
            )
        )
    return out


def derived_notes(derived: list[DerivedValue], matcher: IndicatorMatcher) -> list[Issue]:
    """One INFO note per derived value, so the report says what the import adds by itself."""
    return [
        Issue(
            INFO,
            "province_derived",
            f"{matcher.get(d.indicator).label_id} tahun {d.year} untuk Kalimantan Timur: "
            f"{format_number(d.value)}, dijumlahkan dari {d.n_regions} kabupaten/kota dalam "
            "berkas ini (angka turunan, ditandai demikian).",
        )
        for d in derived
    ]
