"""One sign convention for the distance to a target, in the numbers and in every caption.

The 2025 review found the column showing target − value (PPU −2,28 "kritis") under a rule text
that said value − target: a Kepala Dinas read −2,28 as good news.
"""

from __future__ import annotations

import re

import pytest

from views.i18n import STRINGS, t
from views.target_status import distance_cell, rule_text
from welfare.targets import StatusThresholds, distance_to_target, target_status

THRESHOLDS = StatusThresholds(0.0, 1.0)


def test_positive_distance_means_not_reached_in_both_directions() -> None:
    # Poverty (lower is better): PPU 6,68 % against 4,40 % is 2,28 points still to go.
    assert distance_to_target(6.68, 4.40) == pytest.approx(2.28)
    assert distance_to_target(3.9, 4.40) == pytest.approx(-0.5)
    # Coverage (higher is better): 84 % against 90 % is 6 points still to go.
    assert distance_to_target(84, 90, higher_is_worse=False) == pytest.approx(6)
    assert distance_to_target(None, 4.4) is None and distance_to_target(5.0, None) is None


@pytest.mark.parametrize(
    ("value", "status"), [(4.4, "tercapai"), (5.4, "perlu_perhatian"), (6.68, "kritis")]
)
def test_status_is_read_off_the_same_distance(value: float, status: str) -> None:
    assert target_status(value, 4.4, THRESHOLDS) == status
    shown = distance_to_target(value, 4.4)
    assert (shown <= 0) == (status == "tercapai")


def test_cells_carry_the_sign_and_the_unit() -> None:
    assert distance_cell(2.28, "id") == "+2,28 poin"
    assert distance_cell(-0.5, "id") == "-0,50 poin"
    assert distance_cell(0.0, "id") == "0,00 poin"
    assert distance_cell(2.28, "en") == "+2.28 points"
    assert distance_cell(None, "id") == ""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_caption_defines_the_distance_the_same_way(lang: str) -> None:
    definition = t("target.distance.definition", lang)
    assert definition in rule_text(THRESHOLDS, lang)
    formula = "nilai − target" if lang == "id" else "value − target"
    assert formula in definition
    for key in ("target.col.distance", "target.distance.title", "target.measure.distance"):
        assert formula in t(key, lang), key
    # No text anywhere still speaks of target minus value.
    reversed_forms = re.compile(r"target\s*[−-]\s*(nilai|latest|value)", re.IGNORECASE)
    offenders = [k for k, v in STRINGS.items() if reversed_forms.search(v.get(lang, ""))]
    assert offenders == []
    note = t("target.distance.note", lang)
    assert note.startswith("Positif" if lang == "id" else "Positive")
