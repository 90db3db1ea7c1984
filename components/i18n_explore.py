"""UI strings of the exploration pages (tren, cakupan, profil), merged into components.i18n.

Same shape as ``components.i18n.STRINGS``: key -> {"id": ..., "en": ...}.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {}
