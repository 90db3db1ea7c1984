"""The data kind of one table row in words: example data first, then the dataset's kind.

Every table of a map view (page, export, slide) has a "Jenis data" column; a row of example
data always says so, whatever else its dataset is.
"""

from __future__ import annotations

from views.i18n import t


def kind_label(is_example: object, kind: object, lang: str) -> str:
    """'Data contoh', 'Resmi', 'Impor' of a table row, or 'tidak ada data' without a kind."""
    if bool(is_example):
        return t("kind.example", lang)
    return t(f"kind.{kind}", lang) if isinstance(kind, str) else t("map.no_data", lang)
