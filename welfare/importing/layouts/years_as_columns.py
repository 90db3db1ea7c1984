"""BPS table downloads: one indicator, one row per region, one column per year.

BPS puts the indicator and its unit in the title row ("Persentase Penduduk Miskin (P0) Menurut
Kabupaten/Kota (Persen)"), or in a merged header over the year columns, and heads the columns
with the years only ("2020 | 2021 | 2024"). A merged parent header is read with the column
(:meth:`.headers.HeaderFinder.classify`); here the year columns without any indicator of their
own take the one the title rows name, else the sheet name. The province row that ends a BPS
table is handled like every total row (see :mod:`welfare.importing.totals`).
"""

from __future__ import annotations

from collections.abc import Callable

from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.layouts.model import YEARS, Column
from welfare.importing.layouts.title_hints import TitleHints, TitleMatch
from welfare.importing.numbers import NumberFormatError, read_statistic
from welfare.importing.reader import Sheet
from welfare.importing.report import format_number

Report = Callable[..., None]


def year_columns(columns: list[Column]) -> list[Column]:
    """Columns headed by a year and nothing else."""
    return [c for c in columns if c.role == "blank" and c.year is not None]


def settle(
    columns: list[Column],
    top: int,
    hints: TitleHints,
    sheet: Sheet,
    matcher: IndicatorMatcher,
    report: Report,
) -> str | None:
    """YEARS when a region column sits beside year columns; the indicator from the title.

    None when the columns are not that layout. When no title names an indicator for sure,
    the year columns are left unread and one error says why, with the nearest indicators.
    """
    years = year_columns(columns)
    if not years or not any(c.role == "region" for c in columns):
        return None
    # BPS writes large counts "(Ribu Jiwa)": read as the catalogue's unit, times the factor.
    match, where = hints.indicator(matcher, scaled_ok=True)
    span = _span(years)
    if match.indicator:
        ind = matcher.get(match.indicator)
        unit = hints.unit()
        for col in years:
            col.role, col.indicator, col.from_title = "indicator", ind.id, True
            col.unit = unit or ind.unit
            col.unit_mismatch = bool(unit) and _family_differs(unit, ind.unit)
            col.unit_from = where
            col.scale = match.factor
        if match.scale is not None:
            report(
                "info",
                "scaled_from_title",
                f"angka kolom tahun {span} tertulis dalam {match.scale} {ind.unit} ({where}): "
                f"disimpan dalam {ind.unit}, dikali {format_number(match.factor)}.",
                top + 1,
                None,
            )
        report(
            "info",
            "indicator_from_title",
            f"kolom tahun {span} dibaca sebagai {matcher.describe(ind.id)}, menurut {where}.",
            top + 1,
            None,
        )
        return YEARS
    if not _holds_numbers(sheet, years, top):
        return None
    for col in years:
        col.role = "skipped"
    report("error", _code(match), _reason(match, where, span, matcher), top + 1, None)
    return YEARS


def _family_differs(unit: str, catalogue_unit: str) -> bool:
    from welfare.importing.indicators import unit_family

    a, b = unit_family(unit), unit_family(catalogue_unit)
    return a is not None and b is not None and a != b and {a, b} != {"kpm", "keluarga"}


def _holds_numbers(sheet: Sheet, years: list[Column], top: int) -> bool:
    for r in range(top + 1, min(sheet.n_rows, top + 200)):
        for col in years:
            try:
                if read_statistic(sheet.value(r, col.index)).number is not None:
                    return True
            except NumberFormatError:
                continue
    return False


def _span(years: list[Column]) -> str:
    cells = ", ".join(f"{c.letter} ({c.year})" for c in years[:6])
    return cells + (f" dan {len(years) - 6} kolom lain" if len(years) > 6 else "")


def _code(match: TitleMatch) -> str:
    return "ambiguous_indicator" if match.candidates else "indicator_missing"


def _reason(match: TitleMatch, where: str | None, span: str, matcher: IndicatorMatcher) -> str:
    head = f"kolom tahun {span} tidak menyebut indikatornya"
    if match.candidates:
        named = " dan ".join(matcher.describe(i) for i in match.candidates)
        return (
            f"{head}, dan {where} cocok dengan lebih dari satu indikator: {named}. Tulis "
            "satuannya di judul (mis. '(KK)' atau '(jiwa)') atau nama indikator lengkap."
        )
    nearest = matcher.closest(match.text) if match.text else []
    if match.scale is not None and nearest:
        ind = matcher.get(nearest[0])
        return (
            f"{head}: {where} menyebut satuan '{match.scale}', sedangkan katalog menyimpan "
            f"{matcher.describe(ind.id)} dalam {ind.unit}. Ubah angkanya ke {ind.unit} dan "
            f"hapus '{match.scale}' dari judul."
        )
    reason = head
    reason += (
        f": {where} tidak dikenali sebagai indikator"
        if where
        else (", dan tidak ada judul tabel atau nama lembar yang menyebutnya")
    )
    if nearest:
        named = ", ".join(matcher.describe(i) for i in nearest)
        reason += f". Indikator terdekat: {named}"
    return reason + (
        ". Tulis nama indikator dari katalog di judul tabel (baris di atas judul kolom) atau "
        "di atas kolom tahun."
    )


__all__ = ["settle", "year_columns"]
