"""The shared, shareable view state: indicator, year, regions, language, presenter mode.

Pure Python (no streamlit) so it can be tested directly. The URL form is
``?indikator=<id>&tahun=<yyyy>&wilayah=<BPS codes, comma separated | penyangga>&lang=<id|en>
&mode=presentasi&tingkat=kecamatan``. ``tingkat=kecamatan`` drills down: with one regency
(``wilayah=6409``) its kecamatan, with ``wilayah=penyangga`` the kecamatan around IKN
("Sekitar IKN"), without ``wilayah`` all 105; ``kec=64.09.04`` then names the chosen kecamatan
(its profile). Query values are plain strings: nothing from
the URL is ever unpickled or evaluated. Unknown or malformed values fall back to defaults with
a short notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from components.i18n import DEFAULT_LANG, LANGS

MODE_ALL = "semua"
MODE_BUFFER = "penyangga"
MODE_CHOSEN = "pilih"
REGION_MODES = (MODE_ALL, MODE_BUFFER, MODE_CHOSEN)
PRESENTER = "presentasi"
LEVEL_REGENCY = "kabupaten"
LEVEL_KECAMATAN = "kecamatan"
LEVELS = (LEVEL_REGENCY, LEVEL_KECAMATAN)

_YEAR_RE = re.compile(r"^\d{4}$")
_KECAMATAN_RE = re.compile(r"^\d{2}\.\d{2}\.\d{2}$")
_MAX_PARAM_LEN = 200


@dataclass(frozen=True)
class ViewState:
    indicator: str
    year: int | None
    regions_mode: str = MODE_ALL
    regions: tuple[str, ...] = ()
    lang: str = DEFAULT_LANG
    presenter: bool = False
    notices: tuple[str, ...] = field(default=(), compare=False)
    level: str = LEVEL_REGENCY
    kecamatan: str | None = None  # Kemendagri code of the chosen kecamatan (kecamatan level)

    def with_(self, **changes: object) -> ViewState:
        return replace(self, **changes)  # type: ignore[arg-type]


def _first(params: Mapping[str, object], key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    if value is None:
        return None
    text = str(value).strip()
    return text[:_MAX_PARAM_LEN]


_NOTICES = {
    "indikator": {
        "id": "Indikator '{v}' tidak dikenal; memakai '{d}'.",
        "en": "Unknown indicator '{v}'; using '{d}'.",
    },
    "tahun": {
        "id": "Tahun '{v}' tidak tersedia untuk indikator ini; memakai {d}.",
        "en": "Year '{v}' is not available for this indicator; using {d}.",
    },
    "wilayah": {
        "id": "Kode wilayah tidak dikenal diabaikan: {v}.",
        "en": "Unknown region codes ignored: {v}.",
    },
    "lang": {
        "id": "Bahasa '{v}' tidak dikenal; memakai Indonesia.",
        "en": "Unknown language '{v}'.",
    },
    "mode": {"id": "Mode '{v}' tidak dikenal; diabaikan.", "en": "Unknown mode '{v}'; ignored."},
    "tingkat": {
        "id": "Tingkat '{v}' tidak dikenal; memakai kabupaten/kota.",
        "en": "Unknown level '{v}'; using regencies.",
    },
    "kec": {
        "id": "Kode kecamatan '{v}' tidak dikenal; diabaikan.",
        "en": "Unknown kecamatan code '{v}'; ignored.",
    },
}


def _notice(key: str, lang: str, **kw: object) -> str:
    return _NOTICES[key][lang if lang in LANGS else DEFAULT_LANG].format(**kw)


def parse_query(
    params: Mapping[str, object],
    *,
    indicators: Iterable[str],
    default_indicator: str,
    years_for: Callable[[str], list[int]],
    region_codes: Iterable[str],
    default_year_for: Callable[[str], int | None] | None = None,
    kecamatan_codes: Iterable[str] | None = None,
) -> ViewState:
    """Build a :class:`ViewState` from URL query parameters, never raising.

    Without a ``tahun`` the year is ``default_year_for(indicator)`` (the year that shows data
    for most regencies, see :mod:`welfare.availability`), else the latest year. ``kec`` is
    read at kecamatan level only, and must be one of ``kecamatan_codes`` when they are given.
    """
    known_indicators = set(indicators)
    known_regions = set(region_codes)
    notices: list[str] = []

    raw_lang = _first(params, "lang")
    lang = DEFAULT_LANG
    if raw_lang:
        if raw_lang.lower() in LANGS:
            lang = raw_lang.lower()
        else:
            notices.append(_notice("lang", DEFAULT_LANG, v=raw_lang))

    raw_ind = _first(params, "indikator")
    indicator = default_indicator
    if raw_ind:
        if raw_ind in known_indicators:
            indicator = raw_ind
        else:
            notices.append(_notice("indikator", lang, v=raw_ind, d=default_indicator))

    years = sorted(years_for(indicator))
    fallback = default_year_for(indicator) if default_year_for else None
    if fallback not in years:
        fallback = years[-1] if years else None
    year = fallback
    raw_year = _first(params, "tahun")
    if raw_year:
        if _YEAR_RE.match(raw_year) and int(raw_year) in years:
            year = int(raw_year)
        else:
            notices.append(_notice("tahun", lang, v=raw_year, d=fallback if fallback else "-"))

    mode, regions = MODE_ALL, ()
    raw_regions = _first(params, "wilayah")
    if raw_regions:
        token = raw_regions.lower()
        if token in (MODE_ALL, MODE_BUFFER):
            mode = token
        else:
            codes = [c.strip() for c in raw_regions.split(",") if c.strip()]
            good = tuple(dict.fromkeys(c for c in codes if c in known_regions))
            bad = [c for c in codes if c not in known_regions]
            if bad:
                notices.append(_notice("wilayah", lang, v=", ".join(bad[:5])))
            if good:
                mode, regions = MODE_CHOSEN, good

    presenter = False
    raw_mode = _first(params, "mode")
    if raw_mode:
        if raw_mode.lower() == PRESENTER:
            presenter = True
        else:
            notices.append(_notice("mode", lang, v=raw_mode))

    level = LEVEL_REGENCY
    raw_level = _first(params, "tingkat")
    if raw_level:
        if raw_level.lower() in LEVELS:
            level = raw_level.lower()
        else:
            notices.append(_notice("tingkat", lang, v=raw_level))

    kecamatan = None
    raw_kec = _first(params, "kec")
    if raw_kec and level == LEVEL_KECAMATAN:
        known = set(kecamatan_codes) if kecamatan_codes is not None else None
        if _KECAMATAN_RE.match(raw_kec) and (known is None or raw_kec in known):
            kecamatan = raw_kec
        else:
            notices.append(_notice("kec", lang, v=raw_kec))

    return ViewState(
        indicator, year, mode, regions, lang, presenter, tuple(notices), level, kecamatan
    )


def to_query(state: ViewState, *, default_indicator: str | None = None) -> dict[str, str]:
    """The URL query parameters that reproduce ``state`` (defaults left out)."""
    query: dict[str, str] = {"indikator": state.indicator}
    if state.year is not None:
        query["tahun"] = str(state.year)
    if state.regions_mode == MODE_BUFFER:
        query["wilayah"] = MODE_BUFFER
    elif state.regions_mode == MODE_CHOSEN and state.regions:
        query["wilayah"] = ",".join(state.regions)
    if state.lang != DEFAULT_LANG:
        query["lang"] = state.lang
    if state.presenter:
        query["mode"] = PRESENTER
    if state.level == LEVEL_KECAMATAN:
        query["tingkat"] = LEVEL_KECAMATAN
        if state.kecamatan:
            query["kec"] = state.kecamatan
    return query
