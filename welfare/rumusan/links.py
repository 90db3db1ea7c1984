"""Indicators a rumusan targets: "cakupan PKH di PPU >= 90 % pada 2026".

One link per template row (keys of :data:`LINK_FIELDS`); the form may send several under
:data:`LINKS_KEY`. The indicator is joined on the catalogue's id (or its exact Indonesian
label); the region as in :mod:`welfare.rumusan.regions` (when the rumusan names one region
only, an empty indicator region is that one); the target in Indonesian notation ("6,0",
"90 %", "≥ 90"); the direction ">=" / "<=" or its words, else the catalogue's ("lower is
better" -> "<=", said as an info line).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from datetime import date

from welfare.catalogue import RATE_COVERAGE, get_indicator, load_catalogue
from welfare.importing.names import normalise
from welfare.importing.numbers import NumberFormatError, parse_number
from welfare.rumusan import texts, vocab
from welfare.rumusan.drafts import IndicatorLink, RegionRef
from welfare.rumusan.problems import Checked, Problems
from welfare.rumusan.regions import read_region

LINK_FIELDS: dict[str, str] = {
    "indikator": "id indikator dari katalog (misalnya kpm_pkh); boleh kosong",
    "wilayah_indikator": "kode wilayah indikator (6409, 64.09, 64 atau 64.09.04)",
    "arah": ">= (paling sedikit) atau <= (paling banyak)",
    "target": "nilai target (90 atau 6,0); cakupan program dalam %",
    "tahun_target": "tahun target (2026)",
}
MEASURE_COVERAGE = "coverage"  # % cakupan: recipients / need x 100
MEASURE_VALUE = "value"  # the indicator's own value and unit
LINKS_KEY = "indikator_terkait"  # a list of mappings with LINK_FIELDS keys (the form)
MAX_LINKS = 10
TARGET_YEARS = (2000, 2100)
_SIGN = re.compile(r"^\s*(?P<sign>>=|=>|<=|=<|≥|≤|>|<)\s*")


def measure_of(indicator_id: str) -> str:
    """The number a target of this indicator is written in: the coverage in % for a coverage
    indicator (a programme's recipients over its need, e.g. ``kpm_pkh``), else the indicator's
    own value and unit (see :mod:`welfare.rumusan.progress`)."""
    rate_kind = get_indicator(indicator_id).rate_kind
    return MEASURE_COVERAGE if rate_kind == RATE_COVERAGE else MEASURE_VALUE


def _indicator_id(text: str) -> tuple[str | None, str | None]:
    ids = {ind.id: ind for ind in load_catalogue()}
    if text in ids:
        return text, None
    lowered = text.strip().lower()
    if lowered in ids:
        return lowered, None
    by_label = {normalise(ind.label_id): ind.id for ind in ids.values()}
    if normalise(text) in by_label:
        return by_label[normalise(text)], None
    close = difflib.get_close_matches(lowered, list(ids), n=1, cutoff=0.8)
    hint = f"; mungkin maksudnya {close[0]}?" if close else " (misalnya kpm_pkh)."
    return None, f"indikator '{text}' tidak ada di katalog indikator{hint}"


def _target(raw: object) -> tuple[float | None, str | None, str | None]:
    """(value, direction written before it, problem)."""
    sign = None
    if isinstance(raw, str):
        m = _SIGN.match(raw)
        if m:
            sign = vocab.direction_of(m["sign"])
            raw = raw[m.end() :]
    try:
        parsed = parse_number(raw.strip() if isinstance(raw, str) else raw)
    except NumberFormatError as exc:
        return None, sign, exc.reason
    if parsed is None:
        return None, sign, None
    return float(parsed.value), sign, None


def _year(raw: object) -> int | None:
    text = texts.clean(raw)
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text) or not TARGET_YEARS[0] <= int(text) <= TARGET_YEARS[1]:
        raise ValueError(f"tahun '{text}' tidak valid; tulis empat angka, misalnya 2026.")
    return int(text)


def check_link(
    raw: Mapping[str, object],
    *,
    regions: Sequence[RegionRef] = (),
    meeting_date: date | None = None,
    item: int = 1,
) -> Checked[IndicatorLink]:
    """One linked indicator (keys of :data:`LINK_FIELDS`); an empty ``indicator`` with the
    other cells empty too is "no link" (``value`` None, no problem)."""
    problems = Problems()

    def add(name: str, code: str, reason: str, level: str = "error") -> None:
        problems.add(name, code, reason, level=level, item=item)

    cells = {name: raw.get(name) for name in LINK_FIELDS}
    if all(texts.clean(v) == "" for v in cells.values()):
        return Checked(None, [])
    indicator_text = texts.clean(cells["indikator"])
    indicator_id = None
    if not indicator_text:
        add(
            "indikator",
            "required",
            "Kolom 'indikator' kosong padahal target diisi; tulis id "
            "indikatornya dari katalog (misalnya kpm_pkh) atau kosongkan kolom target.",
        )
    else:
        indicator_id, reason = _indicator_id(indicator_text)
        if reason:
            add("indikator", "unknown_indicator", f"Kolom 'indikator': {reason}")

    region = None
    region_text = texts.clean(cells["wilayah_indikator"])
    if region_text:
        region, reason = read_region(region_text)
        if region is None:
            add("wilayah_indikator", "unknown_region", f"Kolom 'wilayah_indikator': {reason}")
    elif len(regions) == 1:
        region = regions[0]
    else:
        add(
            "wilayah_indikator",
            "required",
            "Kolom 'wilayah_indikator' wajib diisi (kode 6409, 64.09, 64 atau 64.09.04) bila "
            "kolom wilayah tidak berisi tepat satu wilayah.",
        )

    target, sign, reason = _target(cells["target"])
    if reason:
        add("target", "bad_target", f"Kolom 'target': {reason}")
    elif target is None:
        add(
            "target",
            "required",
            "Kolom 'target' wajib diisi untuk indikator terkait (90 atau 6,0).",
        )
    elif target < 0:
        add("target", "bad_target", "Kolom 'target' tidak boleh negatif.")

    direction = None
    direction_text = texts.clean(cells["arah"])
    if direction_text:
        direction = vocab.direction_of(direction_text)
        if direction is None:
            add(
                "arah",
                "unknown_direction",
                f"Kolom 'arah': '{direction_text}' tidak dikenal; tulis >= (paling sedikit) "
                "atau <= (paling banyak).",
            )
        elif sign is not None and sign != direction:
            add(
                "arah",
                "direction_conflict",
                "Kolom 'arah' bertentangan dengan tanda di kolom "
                "'target'; tulis arahnya satu kali saja.",
            )
    elif sign is not None:
        direction = sign
    elif indicator_id is not None:
        worse_up = get_indicator(indicator_id).higher_is_worse
        direction = vocab.AT_MOST if worse_up else vocab.AT_LEAST
        add(
            "arah",
            "direction_from_catalogue",
            f"Kolom 'arah' kosong: dibaca {direction} karena untuk indikator ini angka yang "
            f"lebih {'rendah' if worse_up else 'tinggi'} lebih baik.",
            level="info",
        )

    if indicator_id is not None and target is not None:
        ind = get_indicator(indicator_id)
        in_percent = ind.kind == "percent" or measure_of(indicator_id) == MEASURE_COVERAGE
        if in_percent and target > 100:
            add("target", "bad_target", f"Kolom 'target': {target:g} lebih dari 100 %.")

    year = None
    try:
        year = _year(cells["tahun_target"])
    except ValueError as exc:
        add("tahun_target", "bad_year", f"Kolom 'tahun_target': {exc}")
    else:
        if year is None:
            add("tahun_target", "required", "Kolom 'tahun_target' wajib diisi (misalnya 2026).")
        elif meeting_date is not None and year < meeting_date.year:
            add(
                "tahun_target",
                "target_before_meeting",
                f"Kolom 'tahun_target': {year} sebelum tahun rapat ({meeting_date.year}); "
                "periksa kembali.",
                level="warning",
            )
    if problems.failed:
        return Checked(None, list(problems))
    assert indicator_id and region and target is not None and direction and year
    link = IndicatorLink(indicator_id, region.code, target, direction, year)
    return Checked(link, list(problems))


def read_links(
    raw: Mapping[str, object], regions: Sequence[RegionRef], meeting_date: date | None
) -> tuple[tuple[IndicatorLink, ...], Problems]:
    problems = Problems()
    typed: list[Mapping[str, object]] = []
    if any(texts.clean(raw.get(name)) for name in LINK_FIELDS):
        typed.append(raw)
    extra = raw.get(LINKS_KEY) or ()
    if not isinstance(extra, (list, tuple)):
        problems.add(LINKS_KEY, "bad_links", "Indikator terkait harus berupa daftar.")
        return (), problems
    typed.extend(extra)
    if len(typed) > MAX_LINKS:
        problems.add(LINKS_KEY, "too_many", f"Paling banyak {MAX_LINKS} indikator terkait.")
        return (), problems
    links: list[IndicatorLink] = []
    for i, cells in enumerate(typed, start=1):
        checked = check_link(cells, regions=regions, meeting_date=meeting_date, item=i)
        problems.extend(checked.problems)
        if checked.value is not None and checked.value not in links:
            links.append(checked.value)
    return tuple(links), problems
