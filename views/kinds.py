"""The data kind of one table row in words: example data first, then the dataset's kind.

Every table of a map view (page, export, slide) has a "Jenis data" column; a row of example
data always says so, whatever else its dataset is.
"""

from __future__ import annotations

import html

from views.i18n import t


def kind_label(is_example: object, kind: object, lang: str) -> str:
    """'Data contoh', 'Resmi', 'Impor' of a table row, or 'tidak ada data' without a kind."""
    if bool(is_example):
        return t("kind.example", lang)
    return t(f"kind.{kind}", lang) if isinstance(kind, str) else t("map.no_data", lang)


def data_badge(kind: str, lang: str) -> str:
    """HTML badge for a dataset kind; example data always says so loudly."""
    if kind == "example":
        return (
            f'<span class="serambi-badge-example" data-serambi-badge="page">'
            f"{html.escape(t('badge.example', lang))}</span>"
        )
    if kind == "imported":
        return (
            f'<span class="serambi-badge-imported">{html.escape(t("badge.imported", lang))}</span>'
        )
    return f'<span class="serambi-badge-official">{html.escape(t("badge.official", lang))}</span>'
