"""The words of a thematic map (rank, raw number, denominator, source, no data, DATA CONTOH),
built once for the indicator, coverage-gap and targeting maps, so their tooltips and legends
speak alike."""

from __future__ import annotations

from geo.thematic import MapWords
from views.i18n import t


def map_words(
    lang: str,
    *,
    raw_key: str = "map.raw",
    denominator: str | None = None,
    source_key: str = "map.source",
) -> MapWords:
    """The words every thematic map uses (one constructor for the indicator, coverage-gap
    and targeting maps); a map names what its raw number, denominator and source are."""
    return MapWords(
        rank=t("map.rank", lang),
        raw=t(raw_key, lang),
        denominator=t("map.denominator", lang) if denominator is None else denominator,
        source=t(source_key, lang),
        no_data=t("map.no_data", lang),
        example_badge=t("badge.example", lang),
        example_kind=t("kind.example", lang),
    )
