"""The meeting agenda (``data/presentasi.toml``) read and checked once, for everyone.

The Bahan rapat page, ``python manage.py brief`` and presenter mode read the same file; one
pure parser means they agree on what a step is. The brief is built beforehand, so
:func:`parse_agenda` / :func:`load_agenda` report every problem, with the step number and the
field, in the reader's language, and refuse the file. Presenter mode must not stop a running
meeting: :func:`read_agenda` never raises, skips only the steps it cannot show (no page, an
unknown page) and keeps each step's view as written (:attr:`AgendaStep.params`), which presenter
mode checks like a shared link when the step is reached (``components.state.view_state``): a bad
indicator, year or region code gets the same notice as in a URL. Region codes are checked by
:mod:`welfare.region_codes`, the same check as for a URL, so both accept a regency's BPS
(6403) or Kemendagri (64.02) code and refuse the same codes.

File format::

    [rapat]                      # optional: defaults for the cover
    judul = "Rapat koordinasi ..."
    tanggal = 2026-03-10         # TOML date or "YYYY-MM-DD"
    tempat = "Samarinda"

    [[langkah]]
    halaman = "peta"             # beranda, peta, tren, cakupan, sinkronisasi, antisipasi,
                                 # sinyal, rumusan, profil, tentang
    indikator = "pmks_total"     # data/indicators.csv id
    tahun = 2024                 # optional: latest year with data when missing (rumusan: the
                                 # rakor whose resolutions are followed up; the latest)
    wilayah = "6409,6471"        # BPS (or Kemendagri, 64.02) codes, or "penyangga"
    banding = 2019               # optional, peta only: the map of change from 2019 to tahun
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from views.i18n import t
from welfare.region_codes import RegionCodes, kaltim

REPO_ROOT = Path(__file__).resolve().parent.parent
AGENDA_PATH = REPO_ROOT / "data" / "presentasi.toml"

PAGES = (
    "beranda",
    "peta",
    "tren",
    "cakupan",
    "sinkronisasi",
    "antisipasi",
    "sinyal",
    "rumusan",
    "profil",
    "tentang",
)
BUFFER = "penyangga"
STEP_KEYS = ("halaman", "indikator", "tahun", "wilayah", "banding")
VIEW_KEYS = ("indikator", "tahun", "wilayah", "banding")  # a step's view, in the URL's words
MEETING_KEYS = ("judul", "tanggal", "tempat")
YEAR_RANGE = (2000, 2100)
# Pages that show one indicator: without one there is nothing to draw.
NEEDS_INDICATOR = ("peta", "tren", "cakupan")


@dataclass(frozen=True)
class AgendaStep:
    """One view of the agenda. ``regions`` is what the file says (for presenter mode)."""

    page: str
    indicator: str | None = None
    year: int | None = None
    regions: str | None = None
    region_codes: tuple[str, ...] = ()  # parsed BPS codes ('' when buffer or all)
    buffer: bool = False  # wilayah = "penyangga"
    # The step's view as written (URL names and text: ("tahun", "2024")), unchecked, for
    # presenter mode, which checks it like a shared link (components.state.view_state).
    params: tuple[tuple[str, str], ...] = ()
    compare_year: int | None = None  # banding = 2019: the change from that year (peta only)


@dataclass(frozen=True)
class Meeting:
    title: str | None = None
    date: dt.date | None = None
    place: str | None = None


@dataclass(frozen=True)
class Agenda:
    steps: tuple[AgendaStep, ...]
    meeting: Meeting = field(default_factory=Meeting)


@dataclass(frozen=True)
class AgendaProblem:
    """One thing wrong in the file; ``step`` is 1-based (None: the file or [rapat])."""

    key: str
    step: int | None = None
    params: tuple[tuple[str, str], ...] = ()

    def message(self, lang: str = "id") -> str:
        text = t(f"brief.agenda.{self.key}", lang, **dict(self.params))
        if self.step is None:
            return text
        return t("brief.agenda.at_step", lang, step=self.step, message=text)


@dataclass(frozen=True)
class AgendaReading:
    """What presenter mode can show of an agenda file (:func:`read_agenda`)."""

    steps: tuple[AgendaStep, ...]
    skipped: tuple[AgendaProblem, ...] = ()  # why a step, or the whole file, was left out


class AgendaError(ValueError):
    """The agenda cannot be used; :attr:`problems` lists every reason."""

    def __init__(self, problems: list[AgendaProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.message("id") for p in self.problems))

    def messages(self, lang: str = "id") -> list[str]:
        return [p.message(lang) for p in self.problems]


def default_agenda_path() -> Path:
    """``$SERAMBI_AGENDA``, else ``data/presentasi.toml`` (as presenter mode)."""
    env = os.environ.get("SERAMBI_AGENDA", "").strip()
    return Path(env).expanduser() if env else AGENDA_PATH


def _problem(problem: str, step: int | None = None, **params: object) -> AgendaProblem:
    return AgendaProblem(problem, step, tuple((k, str(v)) for k, v in params.items()))


def _known_indicators() -> set[str]:
    from welfare.catalogue import load_catalogue

    return {i.id for i in load_catalogue()}


def _known_regions() -> RegionCodes:
    return kaltim()


def _parse_meeting(raw: object, problems: list[AgendaProblem]) -> Meeting:
    if raw is None:
        return Meeting()
    if not isinstance(raw, dict):
        problems.append(_problem("meeting_not_table"))
        return Meeting()
    for key in raw:
        if key not in MEETING_KEYS:
            problems.append(
                _problem("meeting_unknown_key", field=key, allowed=", ".join(MEETING_KEYS))
            )
    title = raw.get("judul")
    place = raw.get("tempat")
    for key, value in (("judul", title), ("tempat", place)):
        if value is not None and not isinstance(value, str):
            problems.append(_problem("meeting_not_text", field=key))
    date = raw.get("tanggal")
    parsed: dt.date | None = None
    if isinstance(date, dt.datetime):
        parsed = date.date()
    elif isinstance(date, dt.date):
        parsed = date
    elif isinstance(date, str):
        try:
            parsed = dt.date.fromisoformat(date.strip())
        except ValueError:
            problems.append(_problem("meeting_bad_date", value=date))
    elif date is not None:
        problems.append(_problem("meeting_bad_date", value=date))
    return Meeting(
        title=title.strip() or None if isinstance(title, str) else None,
        date=parsed,
        place=place.strip() or None if isinstance(place, str) else None,
    )


def _parse_step(
    i: int,
    raw: object,
    indicators: set[str],
    regions: RegionCodes,
    pages: tuple[str, ...],
    problems: list[AgendaProblem],
) -> AgendaStep | None:
    """One step, its problems added to ``problems``; ``None`` when it has no page in
    ``pages``. A step with other problems is returned with the bad values left out (and
    :attr:`AgendaStep.params` as written): :func:`parse_agenda` refuses the file anyway."""
    if not isinstance(raw, dict):
        problems.append(_problem("step_not_table", i))
        return None
    for key in raw:
        if key not in STEP_KEYS:
            problems.append(_problem("unknown_key", i, field=key, allowed=", ".join(STEP_KEYS)))
    page = raw.get("halaman")
    if not isinstance(page, str) or not page.strip():
        problems.append(_problem("page_missing", i, pages=", ".join(pages)))
        page = None
    elif page.strip() not in pages:
        problems.append(_problem("page_unknown", i, page=page, pages=", ".join(pages)))
        page = None
    else:
        page = page.strip()

    indicator = raw.get("indikator")
    if indicator is not None:
        if not isinstance(indicator, str) or indicator.strip() not in indicators:
            problems.append(_problem("indicator_unknown", i, indicator=indicator))
            indicator = None
        else:
            indicator = indicator.strip()
    if page in NEEDS_INDICATOR and indicator is None and "indikator" not in raw:
        problems.append(_problem("indicator_missing", i, page=page))
    if page == "cakupan" and indicator is not None:
        from welfare.catalogue import programme_for

        if programme_for(indicator) is None:
            problems.append(_problem("indicator_not_programme", i, indicator=indicator))

    year = raw.get("tahun")
    if year is not None:
        if isinstance(year, bool) or not isinstance(year, int):
            problems.append(_problem("year_not_int", i, value=year))
            year = None
        elif not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            problems.append(
                _problem("year_range", i, value=year, lo=YEAR_RANGE[0], hi=YEAR_RANGE[1])
            )
            year = None

    text = raw.get("wilayah")
    codes: tuple[str, ...] = ()
    buffer = False
    if text is not None:
        if not isinstance(text, str) or not text.strip():
            problems.append(_problem("regions_not_text", i))
            text = None
        elif text.strip().lower() == BUFFER:
            buffer = True
        else:
            codes, unknown = regions.regencies(text)
            if unknown:
                problems.append(
                    _problem(
                        "regions_unknown",
                        i,
                        codes=", ".join(unknown),
                        allowed=", ".join(regions.regency_bps),
                    )
                )
    if page == "profil" and len(codes) != 1:
        problems.append(_problem("profile_one_region", i))
    compare = raw.get("banding")
    if compare is not None:
        if (
            isinstance(compare, bool)
            or not isinstance(compare, int)
            or not YEAR_RANGE[0] <= compare <= YEAR_RANGE[1]
        ):
            problems.append(
                _problem("banding_bad", i, value=compare, lo=YEAR_RANGE[0], hi=YEAR_RANGE[1])
            )
            compare = None
        elif page != "peta":
            problems.append(_problem("banding_not_map", i, page=page))
        elif compare == year:
            problems.append(_problem("banding_same_year", i, year=compare))
    if page is None:
        return None
    return AgendaStep(
        page=page,
        indicator=indicator,
        year=year,
        regions=text.strip() if isinstance(text, str) else None,
        region_codes=codes,
        buffer=buffer,
        params=tuple((k, str(raw[k]).strip()) for k in VIEW_KEYS if raw.get(k) is not None),
        compare_year=compare,
    )


def _toml(text: str, name: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AgendaError([_problem("not_toml", name=name, error=exc)]) from exc


def _raw_steps(data: dict, name: str, problems: list[AgendaProblem]) -> list:
    raw_steps = data.get("langkah")
    if not isinstance(raw_steps, list) or not raw_steps:
        problems.append(_problem("no_steps", name=name))
        return []
    return raw_steps


def parse_agenda(text: str, *, name: str = "agenda") -> Agenda:
    """Read an agenda from TOML text.

    Raises
    ------
    AgendaError
        With every problem found (not just the first), so the file is fixed in one go.
    """
    data = _toml(text, name)
    problems: list[AgendaProblem] = []
    for key in data:
        if key not in ("langkah", "rapat"):
            problems.append(_problem("file_unknown_key", field=key))
    meeting = _parse_meeting(data.get("rapat"), problems)
    raw_steps = _raw_steps(data, name, problems)
    indicators = _known_indicators()
    regions = _known_regions()
    steps = [
        _parse_step(i, raw, indicators, regions, PAGES, problems)
        for i, raw in enumerate(raw_steps, start=1)
    ]
    if problems:
        raise AgendaError(problems)
    return Agenda(steps=tuple(s for s in steps if s is not None), meeting=meeting)


def _read_text(path: Path | str | None) -> tuple[str, str]:
    p = Path(path) if path is not None else default_agenda_path()
    try:
        return p.read_text(encoding="utf-8"), p.name
    except OSError as exc:
        raise AgendaError([_problem("unreadable", name=str(p), error=exc.strerror or exc)]) from exc
    except UnicodeDecodeError as exc:
        raise AgendaError([_problem("not_utf8", name=str(p))]) from exc


def load_agenda(path: Path | str | None = None) -> Agenda:
    """Read and check the agenda file (default: :func:`default_agenda_path`)."""
    text, name = _read_text(path)
    return parse_agenda(text, name=name)


def read_agenda(
    path: Path | str | None = None, *, pages: tuple[str, ...] = PAGES, home: str = "beranda"
) -> AgendaReading:
    """Presenter mode's reading of the agenda file; never raises.

    Keeps every step whose page is in ``pages`` (the pages the app can switch to), with its
    view as written in :attr:`AgendaStep.params`; a step without such a page is skipped and
    its problems are in :attr:`AgendaReading.skipped`. The meeting goes on: a file that cannot
    be read leaves one step, the ``home`` page.
    """
    try:
        text, name = _read_text(path)
        data = _toml(text, name)
    except AgendaError as exc:
        return AgendaReading((AgendaStep(home),), exc.problems)
    skipped: list[AgendaProblem] = []
    raw_steps = _raw_steps(data, name, skipped)
    indicators = _known_indicators()
    regions = _known_regions()
    steps: list[AgendaStep] = []
    for i, raw in enumerate(raw_steps, start=1):
        problems: list[AgendaProblem] = []
        step = _parse_step(i, raw, indicators, regions, pages, problems)
        if step is None:
            skipped += problems
        else:
            steps.append(step)
    return AgendaReading(tuple(steps) or (AgendaStep(home),), tuple(skipped))


__all__ = [
    "AGENDA_PATH",
    "PAGES",
    "Agenda",
    "AgendaError",
    "AgendaProblem",
    "AgendaReading",
    "AgendaStep",
    "Meeting",
    "default_agenda_path",
    "load_agenda",
    "parse_agenda",
    "read_agenda",
]
