"""What a table says around its column names: the title rows, the sheet name, a column title.

BPS downloads put the indicator and its unit in the title ("Persentase Penduduk Miskin (P0)
Menurut Kabupaten/Kota (Persen), 2020-2024") and the years in the columns; Dinas Sosial
tables put the year in the title ("DATA PMKS TAHUN 2023") or after a column name ("Penerima
PKH (KPM) – 2023"), and the unit in the title ("JUMLAH KELUARGA (KK) MENURUT DESIL DTSEN").
This module reads those hints; :mod:`.headers` and :mod:`.years_as_columns` decide with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from welfare.importing.indicators import (
    UNIT_FAMILIES,
    IndicatorMatcher,
    key,
    unit_family,
    written_unit,
)
from welfare.importing.names import normalise
from welfare.importing.reader import Sheet

_YEAR = r"(?:19|20)[0-9]{2}"
_YEAR_TEXT = re.compile(rf"^(?:tahun\s*|thn\.?\s*)?({_YEAR})$", re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(rf"(?<![0-9])({_YEAR})(?![0-9])")
_YEAR_AFTER_TAHUN = re.compile(rf"tahun\s*({_YEAR})(?![0-9])", re.IGNORECASE)
# A year closing a column title: "Penerima PKH (KPM) – 2023", "KPM PKH (2023)", "PKH Thn 2023",
# "PBI-JK Tahun 2024", "Gelandangan, 2023".
_COLUMN_YEAR = re.compile(
    rf"^(?P<rest>.*?\S)\s*(?:[-–—,/:]\s*|\(\s*)?(?:tahun|thn\.?|th\.)?\s*"
    rf"(?<![A-Za-z0-9])(?P<year>{_YEAR})\s*\)?$",
    re.IGNORECASE,
)
# Words of a title that name neither the indicator nor anything it must be told apart by:
# the breakdown ("Menurut Kabupaten/Kota"), the place, the year, the BPS round (March is the
# default round; September is a word of the September indicators), the kind of table.
# fmt: off
TITLE_FILLERS = frozenset({
    "menurut", "kabupaten", "kota", "kab", "kabkota", "di", "dan", "provinsi", "prov",
    "propinsi", "kalimantan", "timur", "kaltim", "tahun", "thn", "th", "se", "seluruh",
    "wilayah", "daerah", "data", "jumlah", "jml", "total", "banyaknya", "tabel", "table",
    "rekap", "rekapitulasi", "maret", "semester", "keadaan", "kondisi", "posisi", "per",
    "hasil", "berdasarkan", "dirinci", "sementara", "sangat", "kapita", "bulan", "angka",
    "by", "regency", "city", "in", "of", "province", "east", "the", "and", "year", "percent",
})
# fmt: on
_UNIT_WORDS = frozenset(UNIT_FAMILIES) | {"persen", "rupiah", "rp"}
# "(Ribu Jiwa)": the numbers are in thousands of the unit. A table in the years-as-columns
# layout is read scaled (years_as_columns.py); elsewhere such a title is refused.
SCALE_FACTORS = {"ribu": 1e3, "ribuan": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9}
SCALE_WORDS = frozenset(SCALE_FACTORS)
SCALED_KINDS = frozenset({"count", "currency"})  # a percent or an index is never in thousands


def header_year(text: str) -> int | None:
    """A header cell that is only a year: "2023", "Tahun 2023", "Thn. 2023"."""
    m = _YEAR_TEXT.match(text.strip())
    return int(m.group(1)) if m else None


def split_column_year(text: str) -> tuple[str, int | None]:
    """ "Penerima PKH (KPM) – 2023" -> ("Penerima PKH (KPM)", 2023); no year: (text, None).

    A range ("2020-2023") is not a column's year and stays as written.
    """
    m = _COLUMN_YEAR.match(text.strip())
    if m is None:
        return text, None
    rest = m.group("rest").rstrip(" -–—,/:(")
    if not rest or _YEAR_IN_TEXT.search(rest[-5:]) or not re.search(r"[A-Za-z]", rest):
        return text, None
    return rest, int(m.group("year"))


@dataclass(frozen=True)
class TitleMatch:
    """What a title names: one indicator, several unit variants, or nothing it is sure of."""

    indicator: str | None = None
    candidates: tuple[str, ...] = ()  # unit variants that still fit (ambiguous)
    text: str = ""  # the title read (its nearest indicators go in an error message)
    scale: str | None = None  # "ribu" in "(Ribu Jiwa)": the numbers are not in the unit
    # With scaled_ok: the factor to the catalogue's unit (1000 for "ribu"); 1 when none.
    factor: float = 1.0
    named: bool = False  # some indicator's words are in it, though not all its words fit


def indicator_in_title(
    text: str, matcher: IndicatorMatcher, unit: str | None, *, scaled_ok: bool = False
) -> TitleMatch:
    """The indicator a title or parent header names, with every other word accounted for.

    A word that is neither the indicator's, a filler (:data:`TITLE_FILLERS`), a unit nor a
    year leaves the title unsure: "Jumlah Penduduk Usia Kerja" is not "Jumlah Penduduk".
    ``unit`` (the title's own or one stated elsewhere) chooses between unit variants.
    A scale word ("Ribu Jiwa") leaves it unsure too, unless ``scaled_ok`` (the caller scales
    the numbers by :attr:`TitleMatch.factor`) and the indicator is a count or an amount.
    """
    hits = matcher.concepts_in(text)
    if not hits:
        return TitleMatch(text=text)
    top = [h for h in hits if (h.words, h.tier) == (hits[0].words, hits[0].tier)]
    stated = written_unit(text) or unit
    if len(top) > 1 and unit_family(stated) is not None:
        fit = [h for h in top if unit_family(matcher.get(h.indicator).unit) == unit_family(stated)]
        top = fit or top
    words = {w for w in key(text).split() if not re.fullmatch(r"[0-9]+", w)}
    scale = next((w for w in words if w in SCALE_WORDS), None)
    leftover = {
        w
        for w in words
        if w not in TITLE_FILLERS
        and w not in _UNIT_WORDS
        and w != scale
        and not any(w in h.covered for h in top)
    }
    if leftover or (scale is not None and not scaled_ok):
        return TitleMatch(text=text, scale=scale, named=True)
    if len(top) == 1:
        if scale is None:
            return TitleMatch(top[0].indicator, text=text)
        if matcher.get(top[0].indicator).kind not in SCALED_KINDS:
            return TitleMatch(text=text, scale=scale, named=True)
        return TitleMatch(top[0].indicator, text=text, scale=scale, factor=SCALE_FACTORS[scale])
    concepts = {_concept(matcher, h.indicator) for h in top}
    if len(concepts) == 1:  # the same concept in several units: the unit must choose
        return TitleMatch(candidates=tuple(h.indicator for h in top), text=text)
    return TitleMatch(text=text, named=True)


def _concept(matcher: IndicatorMatcher, ind_id: str) -> str:
    return key(re.sub(r"\([^)]*\)", " ", matcher.get(ind_id).label_id))


def _units(text: str) -> dict[str, str]:
    """Unit family -> the unit as a title writes it: "(KK)", "(Persen)", "... dan Jiwa"."""
    found: dict[str, str] = {}
    for inner in re.findall(r"\(([^)]*)\)", text):
        unit = written_unit(f"({inner})")
        if unit and (family := unit_family(unit)):
            found.setdefault(family, unit)
    words = key(re.sub(r"\([^)]*\)", " ", text)).split()
    for i, word in enumerate(words):
        if word == "keluarga" and words[i + 1 : i + 2] == ["harapan"]:
            continue  # Program Keluarga Harapan names a programme, not a unit
        if word in ("jiwa", "orang", "kk", "kpm", "keluarga", "persen"):
            fam = unit_family(word)
            if fam is not None:
                found.setdefault(fam, word.upper() if word in ("kk", "kpm") else word)
    return found


@dataclass
class TitleHints:
    """The title rows above a table's header, and the sheet name."""

    sheet: Sheet
    top: int  # the header's first row (0-based): the rows above it are the title
    titles: list[tuple[int, str]] = field(default_factory=list)  # (0-based row, text)

    def __post_init__(self) -> None:
        for r in range(min(self.top, self.sheet.n_rows)):
            for v in self.sheet.cells[r]:
                if isinstance(v, str) and v.strip():
                    self.titles.append((r, v.strip()))

    # -- unit ----------------------------------------------------------------------------------
    def units(self) -> dict[str, str]:
        """Unit families the title rows state (family -> as written)."""
        found: dict[str, str] = {}
        for _, title in self.titles:
            for family, unit in _units(title).items():
                found.setdefault(family, unit)
        return found

    def unit(self) -> str | None:
        """The one unit the title states; None when it states none or several."""
        units = self.units()
        return next(iter(units.values())) if len(units) == 1 else None

    # -- indicator -----------------------------------------------------------------------------
    def indicator(
        self, matcher: IndicatorMatcher, *, scaled_ok: bool = False
    ) -> tuple[TitleMatch, str | None]:
        """(what the title rows, else the sheet name, name; where it was found).
        ``scaled_ok``: see :func:`indicator_in_title`."""
        unit = self.unit()
        found: dict[str, tuple[TitleMatch, str]] = {}
        unsure: tuple[TitleMatch, str] | None = None
        for r, title in self.titles:
            match = indicator_in_title(title, matcher, unit, scaled_ok=scaled_ok)
            where = f"judul tabel baris {r + 1} ('{_short(title)}')"
            if match.indicator or match.candidates:
                found.setdefault(match.indicator or match.candidates[0], (match, where))
            elif unsure is None and match.named and not _only_fillers(title):
                unsure = (match, where)
        if len(found) == 1:
            return next(iter(found.values()))
        if len(found) > 1:
            return TitleMatch(candidates=tuple(found)), "judul tabel"
        if self.sheet.name and not _only_fillers(self.sheet.name):
            match = indicator_in_title(self.sheet.name, matcher, unit, scaled_ok=scaled_ok)
            where = f"nama lembar '{self.sheet.name}'"
            if match.indicator or match.candidates:
                return match, where
            unsure = unsure or (match, where)
        if unsure is not None:
            return unsure
        return TitleMatch(), None

    # -- year ----------------------------------------------------------------------------------
    def file_year(self, default_year: int | None) -> tuple[int | None, str | None]:
        """(year, None) or (None, reason) from sheet name, title rows and the default."""
        found: dict[int, str] = {}
        name = self.sheet.name
        if name:
            years = _YEAR_IN_TEXT.findall(name)
            if len(set(years)) == 1:
                found.setdefault(int(years[0]), f"nama lembar '{name}'")
        title_years: set[int] = set()
        for _, v in self.titles:
            after = _YEAR_AFTER_TAHUN.findall(v)
            title_years.update(int(y) for y in (after or _YEAR_IN_TEXT.findall(v)))
        for y in title_years:
            found.setdefault(y, "judul tabel")
        if len(found) > 1:
            listed = ", ".join(f"{y} ({where})" for y, where in sorted(found.items()))
            return None, (
                f"tahun data tidak jelas: berkas menyebut beberapa tahun ({listed}). Tambahkan "
                "kolom 'Tahun' atau perbaiki judul/nama lembar."
            )
        if found:
            ((year, where),) = found.items()
            if default_year is not None and default_year != year:
                return None, (
                    f"tahun pada {where} ({year}) berbeda dengan tahun yang dipilih "
                    f"({default_year}); samakan salah satunya."
                )
            return year, None
        if default_year is not None:
            return default_year, None
        return None, (
            "tahun data tidak ditemukan: tambahkan kolom 'Tahun', tulis tahun di judul (mis. "
            "'DATA PMKS TAHUN 2023') atau sebagai nama lembar, atau pilih tahunnya saat impor."
        )


def _only_fillers(text: str) -> bool:
    """ "Sheet1", "Tabel 3.2", "2023": no word that could name an indicator."""
    words = [w for w in normalise(text).split() if not re.fullmatch(r"[0-9]+", w)]
    return all(w in TITLE_FILLERS or w in ("sheet", "lembar", "sheet1") for w in words)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "SCALE_WORDS",
    "TitleHints",
    "TitleMatch",
    "header_year",
    "indicator_in_title",
    "split_column_year",
]
