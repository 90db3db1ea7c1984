"""The headline indicators of a regency: the cards of its profile on a projector.

In presenter mode a profile shows one screen of cards, not the 50+ of the full page: the
agenda step's indicator first (when the regency has data for it), then poverty, extreme
poverty, PMKS and the three programmes, with fallbacks so a regency that lacks some of them
still fills the grid.
"""

from __future__ import annotations

from collections.abc import Sequence

KEY_INDICATORS = (
    "penduduk_miskin_persen",
    "penduduk_miskin_jiwa",
    "kemiskinan_ekstrem_persen",
    "pmks_total",
    "kpm_pkh",
    "kpm_bpnt",
    "pbi_jk_jiwa",
    "dtks_kk",
    # Fallbacks, so a regency without some of the above still fills the grid.
    "kemiskinan_ekstrem_jiwa",
    "pmks_lanjut_usia_terlantar",
    "pmks_penyandang_disabilitas",
)
N_PRESENTER_CARDS = 8  # a 4 x 2 grid fits 1366x768 and 1920x1080


def key_indicator_ids(available: Sequence[str], first: str | None) -> list[str]:
    """The indicators on the presenter slide: ``first`` (if it has data), then the key ones."""
    have = set(available)
    wanted = [first, *KEY_INDICATORS] if first else list(KEY_INDICATORS)
    out = [i for i in dict.fromkeys(wanted) if i in have]
    return out[:N_PRESENTER_CARDS]
