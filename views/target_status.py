"""What a target status says: the distance's one definition and the status rule, in words.

The numbers are :func:`welfare.targets.distance_to_target` (value − target when lower is
better; positive: not reached yet) and :func:`welfare.targets.target_status` on it. Every
caption, column, chart title and slide that shows a distance or a status takes its words from
here and from the ``target.*`` keys of :mod:`views.i18n_explore`, so the sign and its caption
cannot disagree (``tests/views/test_target_status.py``).
"""

from __future__ import annotations

from views.i18n import t
from welfare import formatting
from welfare.targets import StatusThresholds


def rule_text(thresholds: StatusThresholds, lang: str) -> str:
    """The distance's definition and the status thresholds, one paragraph."""

    def pts(v: float) -> str:  # as few decimals as the setting has: 0, 0,5, 1
        text = f"{v:g}"
        return text if lang == "en" else text.replace(".", ",")

    return t(
        "target.rule",
        lang,
        definition=t("target.distance.definition", lang),
        a=pts(thresholds.achieved_max_points),
        b=pts(thresholds.attention_max_points),
    )


def distance_cell(distance: float | None, lang: str) -> str:
    """A distance as a table or slide shows it: signed, two decimals, in points ('+2,28 poin')."""
    if distance is None:
        return ""
    sign = "+" if distance > 0 else ""
    return f"{sign}{formatting.format_number(distance, 2, lang)} {t('target.points', lang)}"
