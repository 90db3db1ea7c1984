"""A linked indicator in words: the target the meeting set, the live value with its year and
source, the verdict (reached or the distance left), stale and newer figures, DATA CONTOH. The
rule is :mod:`welfare.rumusan.progress`; the units, decimals and citations it needs are their
own concern, apart from the rumusan's other fields (:mod:`views.rumusan_items`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from views.i18n import t
from views.rumusan_words import plain_number, region_name
from welfare import formatting
from welfare.catalogue import get_indicator, programme_for
from welfare.citations import Citation, cite
from welfare.rumusan import vocab
from welfare.rumusan.drafts import IndicatorLink
from welfare.rumusan.links import MEASURE_COVERAGE
from welfare.rumusan.progress import IndicatorProgress


def _in_sentence(label: str) -> str:
    """'Persentase penduduk miskin' -> 'persentase penduduk miskin'; 'PBI-JK' stays."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


@dataclass(frozen=True)
class _Measure:
    what: str  # 'cakupan PKH', 'Persentase penduduk miskin'
    unit: str  # '%', 'jiwa'
    digits: int
    points: bool  # a distance in percentage points


def _measure(p: IndicatorProgress, lang: str) -> _Measure:
    ind = get_indicator(p.link.indicator_id)
    if p.measure == MEASURE_COVERAGE:
        programme = programme_for(ind.id)
        name = programme.label(lang) if programme else ind.label(lang)
        what = t("rumusan.link.coverage", lang, programme=name)
        return _Measure(what, "%", formatting.fixed_decimals("coverage"), True)
    values = [v for v in (p.value, p.newer.value if p.newer else None) if v is not None]
    label = _in_sentence(ind.label(lang))
    if ind.kind == "percent":
        return _Measure(label, "%", formatting.value_decimals(values, "percent"), True)
    digits = formatting.value_decimals(values or [p.link.target], ind.kind)
    return _Measure(label, ind.unit_label(lang), digits, False)


def _amount(value: float, m: _Measure, lang: str) -> str:
    return f"{formatting.format_number(value, m.digits, lang)} {m.unit}".strip()


def _distance(distance: float, m: _Measure, lang: str) -> str:
    """'+1,6 poin' / '−0,83 poin' / '+120 jiwa' (positive: not reached yet)."""
    sign = "+" if distance > 0 else ""
    number = formatting.format_number(distance, m.digits, lang)
    unit = t("target.points", lang) if m.points else m.unit
    return f"{sign}{number} {unit}".strip()


def _verdict(reached: bool | None, distance: float | None, m: _Measure, lang: str) -> str:
    if reached is None or distance is None:
        return ""
    key = "rumusan.link.reached" if reached else "rumusan.link.not_reached"
    return t(key, lang, distance=_distance(distance, m, lang))


def _source_label(text: str | None, kinds: Sequence[str], lang: str) -> str:
    cited = citations_of([text], kinds)
    if not cited:
        return t("rumusan.link.no_source", lang)
    first = cited[0].label(lang)
    return first if len(cited) == 1 else f"{first} +{len(cited) - 1}"


def citations_of(texts: Iterable[str | None], kinds: Sequence[str] = ()) -> list[Citation]:
    """The citations of source texts (an aggregate's sources are joined by '; ')."""
    kind = kinds[0] if kinds else None
    out: dict[str, Citation] = {}
    for text in texts:
        for part in (text or "").split("; "):
            found = cite(part, kind) if part.strip() else None
            if found is not None:
                out.setdefault(found.label(), found)
    return list(out.values())


def target_text(link: IndicatorLink, lang: str) -> str:
    """'cakupan PKH PPU ≥ 90 % pada 2026': the target as the meeting set it."""
    ind = get_indicator(link.indicator_id)
    coverage = ind.rate_kind == "coverage"
    if coverage:
        programme = programme_for(ind.id)
        what = t(
            "rumusan.link.coverage", lang, programme=programme.label(lang) if programme else ind.id
        )
        unit = "%"
    else:
        what = _in_sentence(ind.label(lang))
        unit = "%" if ind.kind == "percent" else ind.unit_label(lang)
    sign = vocab.DIRECTION_LABELS[link.direction]["sign"]
    return t(
        "rumusan.link.target",
        lang,
        what=what,
        region=region_name(link.region_code, lang, short=True),
        sign=sign,
        target=f"{plain_number(link.target, lang)} {unit}".strip(),
        year=link.target_year,
    )


@dataclass(frozen=True)
class LinkLine:
    """One linked indicator in words: the full sentence and a short form for slides."""

    text: str  # target, current value (year, source), verdict, stale, newer, DATA CONTOH
    short: str  # 'Cakupan PKH PPU 88,4 % (2024) · target ≥ 90 % (2026)'
    reached: bool | None
    stale: bool
    is_example: bool
    citations: tuple[Citation, ...] = ()


def link_line(p: IndicatorProgress, lang: str) -> LinkLine:
    """ "target cakupan PKH PPU ≥ 90 % pada 2026, sekarang 88,4 % (2024, sumber …) — belum
    tercapai, selisih +1,6 poin; data lama …; angka 2025 …"."""
    target = target_text(p.link, lang)
    if p.current is None or p.value is None:
        text = t("rumusan.link.none", lang, target=target)
        return LinkLine(text, text, None, False, False)
    m = _measure(p, lang)
    current = p.current
    source = _source_label(current.source, current.dataset_kinds, lang)
    parts = [
        t(
            "rumusan.link.now",
            lang,
            target=target,
            value=_amount(p.value, m, lang),
            year=current.year,
            source=source,
        )
    ]
    verdict = _verdict(p.reached, p.distance, m, lang)
    if verdict:
        parts[0] += f" — {verdict}"
    if p.stale:
        parts.append(t("rumusan.link.stale", lang, year=p.meeting_year))
    newer = p.newer
    if newer is not None and newer.value is not None:
        worse_up = p.link.direction == vocab.AT_MOST
        gap = newer.value - p.link.target if worse_up else p.link.target - newer.value
        parts.append(
            t(
                "rumusan.link.newer",
                lang,
                year=newer.year,
                value=_amount(newer.value, m, lang),
                verdict=_verdict(gap <= 0, gap, m, lang),
            )
        )
    example = p.is_example or bool(newer and newer.is_example)
    if example:
        parts.append(t("badge.example", lang))
    short = t(
        "rumusan.link.short",
        lang,
        what=m.what[:1].upper() + m.what[1:],
        region=region_name(p.link.region_code, lang, short=True),
        value=_amount(p.value, m, lang),
        year=current.year,
        sign=vocab.DIRECTION_LABELS[p.link.direction]["sign"],
        target=f"{plain_number(p.link.target, lang)} {m.unit}".strip(),
        target_year=p.link.target_year,
    )
    if p.stale:
        short += f" · {t('rumusan.stale_short', lang)}"
    if example:
        short += f" · {t('badge.example', lang)}"
    cited = citations_of([current.source], current.dataset_kinds)
    if newer is not None:
        cited += [c for c in citations_of([newer.source], newer.dataset_kinds) if c not in cited]
    return LinkLine("; ".join(parts), short, p.reached, p.stale, example, tuple(cited))
