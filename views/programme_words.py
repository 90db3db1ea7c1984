"""The words the Sinkronisasi views share: counts and units in a language, the level badges
with their legend, and the regencies' short names for the matrix's column heads. Used by the
matrix (:mod:`views.programme_sync`), one regency's activities (:mod:`views.programme_who`)
and the map of reached against need (:mod:`views.programme_map`).
"""

from __future__ import annotations

from collections.abc import Sequence

from views.i18n import t
from welfare import formatting
from welfare.register import vocab

PERCENT_DECIMALS = 1
COUNT_DECIMALS = 0


def fmt_count(value: float | None, lang: str) -> str:
    return formatting.format_number(value, COUNT_DECIMALS, lang)


def unit_word(unit: str | None, lang: str) -> str:
    """A register unit in ``lang`` ('unit rumah' / 'houses', 'KK' / 'families')."""
    words = {
        "jiwa": ("jiwa", "people"),
        "KK": ("KK", "families"),
        "unit rumah": ("unit rumah", "houses"),
        "paket": ("paket", "parcels"),
        "desa": ("desa", "villages"),
        "kg": ("kg", "kg"),
        "lembaga": ("lembaga", "institutions"),
    }
    pair = words.get(unit or "")
    return (pair[1] if lang == "en" else pair[0]) if pair else (unit or "")


def badges(levels: Sequence[str], lang: str, example: Sequence[str] = ()) -> str:
    """'Pst Prov Kab'; a level in ``example`` (recorded only in example data) gets a dagger."""
    return " ".join(
        vocab.label(vocab.LEVEL_BADGES, lv, lang) + (EXAMPLE_MARK if lv in example else "")
        for lv in levels
    )


def badge_legend(lang: str) -> str:
    """'Pst = Pusat · Prov = Provinsi · ... · * = seluruh provinsi, tanpa rincian'."""
    pairs = [
        f"{vocab.label(vocab.LEVEL_BADGES, lv, lang)} = {vocab.label(vocab.LEVEL_LABELS, lv, lang)}"
        for lv in vocab.LEVELS
    ]
    return " · ".join([*pairs, t("sync.badge.star", lang), t("sync.badge.example", lang)])


EXAMPLE_MARK = "†"  # after a level badge that rests on example data only (legend: badge_legend)


# Column heads of the matrix: ten regencies side by side fit 1366 px only in their short forms
# (the ones Dinsos tables use); the full name is in each cell's tooltip and the tables.
SHORT_NAMES = {
    "6401": "Paser",
    "6402": "Kubar",
    "6403": "Kukar",
    "6404": "Kutim",
    "6405": "Berau",
    "6409": "PPU",
    "6411": "Mahulu",
    "6471": "Balikpapan",
    "6472": "Samarinda",
    "6474": "Bontang",
}
