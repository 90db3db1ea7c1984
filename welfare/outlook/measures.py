"""What a projection of need projects (:mod:`welfare.outlook.projection`): a PMKS category,
DTSEN families in a programme's deciles, or a programme's need with its recipients.
"""

from __future__ import annotations

from dataclasses import dataclass

from welfare.catalogue import PMKS_CATEGORIES, PMKS_TOTAL_ID, PROGRAMMES, get_indicator
from welfare.targeting import EligibilityRule, rule_for

MEASURE_PMKS = "pmks"
MEASURE_DTSEN = "dtsen"
MEASURE_PROGRAMME = "program"


@dataclass(frozen=True)
class Measure:
    """What is projected: the sum of ``indicator_ids`` in one year (all must be present).

    ``recipients_total`` (and for DTSEN the programme's cross-tab by decile) gives today's
    coverage for the places; ``None`` for PMKS categories.
    """

    key: str  # 'pmks_anak_terlantar' | 'dtsen:pkh' | 'program:pkh'
    kind: str  # MEASURE_PMKS | MEASURE_DTSEN | MEASURE_PROGRAMME
    indicator_ids: tuple[str, ...]
    unit: str  # jiwa | KK | KPM ... (catalogue unit of the need)
    recipients_total: str | None = None
    programme: str | None = None  # eligibility rule key or catalogue programme key
    deciles: tuple[int, ...] = ()


def pmks_measure(category: str) -> Measure:
    """One PMKS category (Permensos 8/2012) or ``pmks_total``, in people."""
    if category not in (*PMKS_CATEGORIES, PMKS_TOTAL_ID):
        raise KeyError(f"Bukan kategori PMKS: {category}")
    return Measure(category, MEASURE_PMKS, (category,), "jiwa")


def dtsen_measure(programme: str = "pkh", rule: EligibilityRule | None = None) -> Measure:
    """DTSEN families (or people) in the deciles of a programme's eligibility rule
    (``data/eligibility.toml``): ``pkh`` = deciles 1-4, KK."""
    rule = rule or rule_for(programme)
    return Measure(
        key=f"dtsen:{rule.key}",
        kind=MEASURE_DTSEN,
        indicator_ids=tuple(rule.decile_id(n) for n in rule.deciles),
        unit=rule.unit,
        recipients_total=rule.recipients,
        programme=rule.key,
        deciles=rule.deciles,
    )


def programme_measure(key: str) -> Measure:
    """A programme's need (``kpm_pkh_sasaran`` ...) with its recipients for the places."""
    for prog in PROGRAMMES:
        if prog.key == key:
            unit = get_indicator(prog.need_id).unit
            return Measure(
                f"program:{key}",
                MEASURE_PROGRAMME,
                (prog.need_id,),
                unit,
                recipients_total=prog.recipients_id,
                programme=key,
            )
    raise KeyError(f"Program tidak dikenal: {key}")
