"""The view a page shows, and the one place where every candidate view is checked.

A view is indicator, year, regions, level (regencies or kecamatan), language and presenter
mode (:class:`ViewState`). Every source of a view speaks the URL's words and goes through
the checks below:

- the URL a session starts from: :func:`parse_query`;
- a sidebar widget, the map's level control and breadcrumb, an agenda step in presenter mode
  (``components.widgets.presenter``, the agenda read by ``views.agenda``) and a click on the map:
  :func:`resolve`, a change to the current view, checked as if it had come in a URL.

``components.state.filters.apply`` is the one function that writes the checked view to the session
(and from there to the widgets and, once per run, to the URL).

URL form and what is checked (a bad value falls back with a short notice, in the view's
language; nothing from the URL is ever unpickled or evaluated, values are cut to 200
characters, and notices are escaped where they are shown):

``indikator=<id>``
    an indicator of the catalogue with data (:attr:`ViewRules.indicators`), else the default.
``tahun=<yyyy>``
    a year with data for that indicator, else the indicator's default year: the latest year
    with data for at least 8 of 10 regencies (:mod:`welfare.availability`). A candidate that
    names an indicator without a year opens on that default year.
``wilayah=semua | penyangga | pilih | <codes>``
    all ten, the IKN area and buffer zone, "choose in the sidebar", or comma-separated regency
    codes, BPS (6403) or Kemendagri (64.02), checked against the regions table in both code
    systems by :mod:`welfare.region_codes` (unknown codes are dropped).
``tingkat=kecamatan`` and ``kec=<64.09.04>``
    the map's drill-down: with one regency its kecamatan, with ``penyangga`` the kecamatan
    around IKN, else all 105; ``kec`` (read at kecamatan level only) is a kecamatan's
    Kemendagri code from the regions table (the chosen one, its profile on /profil).
``lang=id | en`` and ``mode=presentasi``.
``banding=<yyyy>``
    the map page shows the change from that year to ``tahun``: a year with data for the
    indicator other than ``tahun``, else the one-year map with a notice. A change of indicator
    (or of the year to the comparison year) without its own ``banding`` drops it.

Why not Streamlit's widget URL binding (``bind="query-params"``, new in Streamlit 1.67; checked
against the installed 1.67.0): it does not keep the behaviour the links promise.

1. A bound selectbox puts its *label* in the URL, not the option: ``?indikator=Jumlah PMKS
   (26 jenis)``, in the UI language, where the published links say ``indikator=pmks_total``
   and ``tahun=2024`` (the year menu's label is "2024 · 10 dari 10 wilayah"). The id itself is
   refused.
2. Invalid values are dropped silently (the parameter disappears from the URL): there is no
   place to tell an official "Kode wilayah tidak dikenal diabaikan: 6501".
3. One widget binds one parameter named by its key. ``wilayah`` is a radio plus a multiselect;
   ``tingkat`` is drawn on the map page only and ``kec`` has no widget at all, and a bound
   parameter is removed from the URL on a run that does not draw its widget (the kecamatan
   profile is on /profil, presenter mode switches pages).
4. A bound parameter cannot be set through ``st.query_params`` (``from_dict`` raises), so the
   agenda and map clicks would have to write widget keys, which Streamlit forbids once the
   widget is drawn in that run (a map click arrives after the sidebar is drawn).

So the URL stays hand-written: parsed here, written from the checked view by
``components.state.filters``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from views.i18n import DEFAULT_LANG, LANGS, t
from welfare.region_codes import RegionCodes

MODE_ALL = "semua"
MODE_BUFFER = "penyangga"
MODE_CHOSEN = "pilih"
REGION_MODES = (MODE_ALL, MODE_BUFFER, MODE_CHOSEN)
PRESENTER = "presentasi"
LEVEL_REGENCY = "kabupaten"
LEVEL_KECAMATAN = "kecamatan"
LEVELS = (LEVEL_REGENCY, LEVEL_KECAMATAN)

_YEAR_RE = re.compile(r"^\d{4}$")
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
    compare_year: int | None = None  # banding: the map shows the change from this year

    def with_(self, **changes: object) -> ViewState:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ViewRules:
    """What a candidate is checked against: the data in the store and the regions table."""

    indicators: Sequence[str]  # ids with data, in catalogue order
    default_indicator: str
    years_for: Callable[[str], Sequence[int]]
    regions: RegionCodes
    default_year_for: Callable[[str], int | None] | None = None

    def fallback_indicator(self) -> str:
        """The default indicator, or the first with data when the default has none."""
        if self.default_indicator in self.indicators or not self.indicators:
            return self.default_indicator
        return self.indicators[0]


Change = Mapping[str, str | None]


def _first(params: Mapping[str, object], key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    if value is None:
        return None
    text = str(value).strip()
    return text[:_MAX_PARAM_LEN]


def _notice(key: str, lang: str, **kw: object) -> str:
    return t(f"view.notice.{key}", lang if lang in LANGS else DEFAULT_LANG, **kw)


# One small check per URL parameter; each returns the value and appends its notices.


def _check_lang(raw: str | None, notices: list[str]) -> str:
    if not raw:
        return DEFAULT_LANG
    if raw.lower() in LANGS:
        return raw.lower()
    notices.append(_notice("lang", DEFAULT_LANG, v=raw))
    return DEFAULT_LANG


def _check_indicator(raw: str | None, rules: ViewRules, lang: str, notices: list[str]) -> str:
    fallback = rules.fallback_indicator()
    if not raw:
        return fallback
    if raw in rules.indicators:
        return raw
    notices.append(_notice("indikator", lang, v=raw, d=fallback))
    return fallback


def _check_year(
    raw: str | None, indicator: str, rules: ViewRules, lang: str, notices: list[str]
) -> int | None:
    years = sorted(rules.years_for(indicator))
    fallback = rules.default_year_for(indicator) if rules.default_year_for else None
    if fallback not in years:
        fallback = years[-1] if years else None
    if not raw:
        return fallback
    if _YEAR_RE.match(raw) and int(raw) in years:
        return int(raw)
    notices.append(_notice("tahun", lang, v=raw, d=fallback if fallback else "-"))
    return fallback


def _check_regions(
    raw: str | None, rules: ViewRules, lang: str, notices: list[str]
) -> tuple[str, tuple[str, ...]]:
    if not raw:
        return MODE_ALL, ()
    token = raw.lower()
    if token in REGION_MODES:
        return token, ()
    good, bad = rules.regions.regencies(raw)
    if bad:
        notices.append(_notice("wilayah", lang, v=", ".join(bad[:5])))
    return (MODE_CHOSEN, good) if good else (MODE_ALL, ())


def _check_mode(raw: str | None, lang: str, notices: list[str]) -> bool:
    if not raw:
        return False
    if raw.lower() == PRESENTER:
        return True
    notices.append(_notice("mode", lang, v=raw))
    return False


def _check_level(raw: str | None, lang: str, notices: list[str]) -> str:
    if not raw:
        return LEVEL_REGENCY
    if raw.lower() in LEVELS:
        return raw.lower()
    notices.append(_notice("tingkat", lang, v=raw))
    return LEVEL_REGENCY


def _check_kecamatan(
    raw: str | None, level: str, rules: ViewRules, lang: str, notices: list[str]
) -> str | None:
    if not raw or level != LEVEL_KECAMATAN:
        return None
    if rules.regions.is_kecamatan(raw):
        return raw
    notices.append(_notice("kec", lang, v=raw))
    return None


def _check_compare(
    raw: str | None,
    indicator: str,
    year: int | None,
    rules: ViewRules,
    lang: str,
    notices: list[str],
) -> int | None:
    if not raw:
        return None
    if _YEAR_RE.match(raw) and int(raw) in rules.years_for(indicator) and int(raw) != year:
        return int(raw)
    notices.append(_notice("banding", lang, v=raw))
    return None


def parse_query(params: Mapping[str, object], rules: ViewRules) -> ViewState:
    """The view that URL query parameters ask for, checked against ``rules``; never raises.

    A parameter that is missing takes its default; a bad one falls back to the default and
    adds a notice (see the module docstring for each parameter).
    """
    notices: list[str] = []
    lang = _check_lang(_first(params, "lang"), notices)
    indicator = _check_indicator(_first(params, "indikator"), rules, lang, notices)
    year = _check_year(_first(params, "tahun"), indicator, rules, lang, notices)
    mode, regions = _check_regions(_first(params, "wilayah"), rules, lang, notices)
    presenter = _check_mode(_first(params, "mode"), lang, notices)
    level = _check_level(_first(params, "tingkat"), lang, notices)
    kecamatan = _check_kecamatan(_first(params, "kec"), level, rules, lang, notices)
    compare = _check_compare(_first(params, "banding"), indicator, year, rules, lang, notices)
    return ViewState(
        indicator, year, mode, regions, lang, presenter, tuple(notices), level, kecamatan
    ).with_(compare_year=compare)


def resolve(current: ViewState | None, change: Change, rules: ViewRules) -> ViewState:
    """The view that ``change`` makes of ``current``, checked exactly like a URL.

    ``change`` uses the URL's parameter names and text values (``{"tahun": "2021"}``,
    ``{"wilayah": "6409"}``, ``{"kec": "64.09.04"}``); ``None`` removes a parameter (back to its
    default: ``{"tingkat": None}`` is the regency level). A change that names an indicator but
    no year opens that indicator's default year. ``current=None`` checks ``change`` as a whole
    URL. Notices are about the candidate's bad values only, as the current view is valid.
    """
    query: dict[str, str] = {} if current is None else to_query(current)
    for key, value in change.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = str(value)
    if "indikator" in change and "tahun" not in change:
        query.pop("tahun", None)
    if "banding" not in change and (
        "indikator" in change or query.get("banding") == query.get("tahun")
    ):
        query.pop("banding", None)  # a comparison belongs to its indicator and another year
    return parse_query(query, rules)


def to_query(state: ViewState) -> dict[str, str]:
    """The URL query parameters that reproduce ``state`` (defaults left out)."""
    query: dict[str, str] = {"indikator": state.indicator}
    if state.year is not None:
        query["tahun"] = str(state.year)
    if state.regions_mode == MODE_BUFFER:
        query["wilayah"] = MODE_BUFFER
    elif state.regions_mode == MODE_CHOSEN:
        # Chosen in the sidebar but none picked yet: still "choose", not all ten.
        query["wilayah"] = ",".join(state.regions) if state.regions else MODE_CHOSEN
    if state.lang != DEFAULT_LANG:
        query["lang"] = state.lang
    if state.presenter:
        query["mode"] = PRESENTER
    if state.level == LEVEL_KECAMATAN:
        query["tingkat"] = LEVEL_KECAMATAN
        if state.kecamatan:
            query["kec"] = state.kecamatan
    if state.compare_year is not None:
        query["banding"] = str(state.compare_year)
    return query
