"""The map of open rumusan per regency: a thematic layer over the counts of
:func:`views.rumusan_tables.regency_counts`, with whole-number legend classes. Apart because it
is the only rumusan view that builds geometry (:mod:`geo.thematic`).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from geo.thematic import ThematicLayer, build_layer
from views.i18n import t
from views.map_words import map_words
from welfare import formatting
from welfare.rumusan import vocab


def _count_labels(layer: ThematicLayer, lang: str) -> ThematicLayer:
    """Legend rows of whole counts: '0', '1', '2–3', '4–6' (a class holds the whole numbers
    above the previous bound up to its own)."""
    from dataclasses import replace

    c = layer.classification
    rows = []
    for i, (colour, _) in enumerate(layer.legend.rows):
        hi = int(c.upper_bounds[i])
        lo = int(c.minimum) if i == 0 else int(c.upper_bounds[i - 1]) + 1
        label = formatting.format_int(lo, lang)
        if hi != lo:
            label += f" – {formatting.format_int(hi, lang)}"
        rows.append((colour, label))
    return replace(layer, legend=replace(layer.legend, rows=rows))


def open_layer(
    counts: pd.DataFrame,
    shapes: pd.DataFrame,
    day: date,
    lang: str,
    *,
    font_px: int = 13,
) -> ThematicLayer | None:
    """The map of open rumusan per regency (late ones said in each tooltip); None when no
    rumusan concerns any regency."""
    if counts.empty or int(counts["total"].sum()) == 0:
        return None
    details = [
        t(
            "rumusan.map.detail",
            lang,
            late=int(r[vocab.LATE]),
            not_started=int(r[vocab.NOT_STARTED]),
            ongoing=int(r[vocab.ONGOING]),
            done=int(r[vocab.DONE]),
        )
        for _, r in counts.iterrows()
    ]
    table = pd.DataFrame(
        {
            "kode_bps": counts["kode_bps"],
            "value": [None] * len(counts),
            "rate": counts["open"].astype(float),
            "rank": [None] * len(counts),
            "is_example": counts["is_example"],
            "source": details,
        }
    )
    words = map_words(lang, source_key="rumusan.map.detail_word")
    layer = build_layer(
        shapes,
        table,
        title=t("rumusan.map.title", lang),
        mapped_unit=t("rumusan.map.unit", lang),
        higher_is_worse=True,
        words=words,
        fmt_mapped=lambda v: formatting.format_int(v, lang),
        fmt_raw=lambda v: formatting.format_int(v, lang),
        raw_unit="",
        legend_notes=(t("rumusan.map.note", lang, day=formatting.format_date(day, lang)),),
        font_px=font_px,
    )
    return _count_labels(layer, lang)
