"""What the Antisipasi page can project: the measure keys it offers (DTSEN families in a
programme's deciles, a programme's need, PMKS), the measure behind a key or an agenda step's
indicator, the measure's name and unit in words, and the page's defaults.

Separate because the page's controls, the agenda's steps and the slide choose a measure
without building any card, ranking or map.
"""

from __future__ import annotations

from views.i18n import t
from welfare.catalogue import PMKS_CATEGORIES, PMKS_TOTAL_ID, PROGRAMMES, get_indicator, unit_label
from welfare.outlook.projection import (
    MEASURE_DTSEN,
    MEASURE_PMKS,
    Measure,
    dtsen_measure,
    pmks_measure,
    programme_measure,
)
from welfare.targeting import rule_for

# Penajam Paser Utara and Kutai Kartanegara: the IKN area cuts across both (issue: "how many
# more families in desil 1-4 PPU and Kukar should expect by 2030").
DEFAULT_REGIONS = ("6409", "6403")
TARGET_YEARS = (2030, 2035)
DEFAULT_YEAR = 2030
DEFAULT_MEASURE = "dtsen:pkh"


def measure_keys() -> list[str]:
    """Every measure the page offers: DTSEN families of each programme's deciles, each
    programme's need, then PMKS (total first)."""
    dtsen = [f"dtsen:{p.key}" for p in PROGRAMMES]
    programmes = [f"program:{p.key}" for p in PROGRAMMES]
    return [*dtsen, *programmes, PMKS_TOTAL_ID, *PMKS_CATEGORIES]


def measure_of(key: str) -> Measure:
    """The measure of a key of :func:`measure_keys`; ``KeyError`` for an unknown one."""
    kind, _, rest = key.partition(":")
    if kind == "dtsen" and rest:
        return dtsen_measure(rest)
    if kind == "program" and rest:
        return programme_measure(rest)
    return pmks_measure(key)


def measure_for_indicator(indicator_id: str | None) -> str | None:
    """The measure a page's or agenda step's indicator stands for: a PMKS category, a
    programme's need or recipients, DTSEN families in a decile; ``None`` for anything else."""
    if not indicator_id:
        return None
    if indicator_id in (PMKS_TOTAL_ID, *PMKS_CATEGORIES):
        return indicator_id
    for prog in PROGRAMMES:
        if indicator_id in (prog.need_id, prog.recipients_id):
            return f"program:{prog.key}"
    for prog in PROGRAMMES:
        rule = rule_for(prog.key)
        if indicator_id in {rule.decile_id(n) for n in rule.deciles}:
            return f"dtsen:{prog.key}"
    return None


def measure_label(measure: Measure, lang: str) -> str:
    """'Keluarga desil 1–4 DTSEN (sasaran PKH)', 'Keluarga sasaran PKH', 'Anak telantar'."""
    if measure.kind == MEASURE_DTSEN:
        rule = rule_for(str(measure.programme))
        key = "outlook.measure.dtsen_kk" if rule.unit == "KK" else "outlook.measure.dtsen_jiwa"
        return t(key, lang, deciles=rule.range_text, programme=rule.label(lang))
    return get_indicator(measure.indicator_ids[0]).label(lang)


def unit_of(measure: Measure, lang: str) -> str:
    """The unit of the measure's counts in ``lang`` ('KK' / 'families')."""
    return unit_label(measure.unit, lang)


def programme_name(measure: Measure, lang: str) -> str | None:
    """The programme whose places keep today's coverage ('PKH'); ``None`` for PMKS."""
    if measure.kind == MEASURE_PMKS or measure.programme is None:
        return None
    if measure.kind == MEASURE_DTSEN:
        return rule_for(str(measure.programme)).label(lang)
    return next(p.label(lang) for p in PROGRAMMES if p.key == measure.programme)
