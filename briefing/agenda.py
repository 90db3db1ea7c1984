"""The meeting agenda (``data/presentasi.toml``) read and checked once, for everyone.

The Bahan rapat page, ``python -m welfare brief`` and (later) presenter mode read the same
file; one pure parser means they agree on what a step is. Unlike presenter mode, which must
not stop a running meeting and skips what it cannot show, the brief is built beforehand, so
every problem is reported, with the step number and the field, in the reader's language.

File format::

    [rapat]                      # optional: defaults for the cover
    judul = "Rapat koordinasi ..."
    tanggal = 2026-03-10         # TOML date or "YYYY-MM-DD"
    tempat = "Samarinda"

    [[langkah]]
    halaman = "peta"             # beranda, peta, tren, cakupan, profil, tentang
    indikator = "pmks_total"     # data/indicators.csv id
    tahun = 2024                 # optional: latest year with data when missing
    wilayah = "6409,6471"        # BPS codes, or "penyangga"
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from components.i18n import t

REPO_ROOT = Path(__file__).resolve().parent.parent
AGENDA_PATH = REPO_ROOT / "data" / "presentasi.toml"

PAGES = ("beranda", "peta", "tren", "cakupan", "profil", "tentang")
BUFFER = "penyangga"
STEP_KEYS = ("halaman", "indikator", "tahun", "wilayah")
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


def _known_regions() -> tuple[str, ...]:
    from welfare.seed import regency_codes

    return regency_codes()


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
    regions: tuple[str, ...],
    problems: list[AgendaProblem],
) -> AgendaStep | None:
    if not isinstance(raw, dict):
        problems.append(_problem("step_not_table", i))
        return None
    before = len(problems)
    for key in raw:
        if key not in STEP_KEYS:
            problems.append(_problem("unknown_key", i, field=key, allowed=", ".join(STEP_KEYS)))
    page = raw.get("halaman")
    if not isinstance(page, str) or not page.strip():
        problems.append(_problem("page_missing", i, pages=", ".join(PAGES)))
        page = None
    elif page.strip() not in PAGES:
        problems.append(_problem("page_unknown", i, page=page, pages=", ".join(PAGES)))
    page = page.strip() if isinstance(page, str) else None

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
            parts = [p.strip() for p in text.split(",") if p.strip()]
            unknown = [p for p in parts if p not in regions]
            if unknown:
                problems.append(
                    _problem(
                        "regions_unknown", i, codes=", ".join(unknown), allowed=", ".join(regions)
                    )
                )
            codes = tuple(dict.fromkeys(p for p in parts if p in regions))
    if page == "profil" and len(codes) != 1:
        problems.append(_problem("profile_one_region", i))
    if len(problems) > before or page is None:
        return None
    return AgendaStep(
        page=page,
        indicator=indicator,
        year=year,
        regions=text.strip() if isinstance(text, str) else None,
        region_codes=codes,
        buffer=buffer,
    )


def parse_agenda(text: str, *, name: str = "agenda") -> Agenda:
    """Read an agenda from TOML text.

    Raises
    ------
    AgendaError
        With every problem found (not just the first), so the file is fixed in one go.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AgendaError([_problem("not_toml", name=name, error=exc)]) from exc
    problems: list[AgendaProblem] = []
    for key in data:
        if key not in ("langkah", "rapat"):
            problems.append(_problem("file_unknown_key", field=key))
    meeting = _parse_meeting(data.get("rapat"), problems)
    raw_steps = data.get("langkah")
    if not isinstance(raw_steps, list) or not raw_steps:
        problems.append(_problem("no_steps", name=name))
        raw_steps = []
    indicators = _known_indicators()
    regions = _known_regions()
    steps = [
        _parse_step(i, raw, indicators, regions, problems)
        for i, raw in enumerate(raw_steps, start=1)
    ]
    if problems:
        raise AgendaError(problems)
    return Agenda(steps=tuple(s for s in steps if s is not None), meeting=meeting)


def load_agenda(path: Path | str | None = None) -> Agenda:
    """Read and check the agenda file (default: :func:`default_agenda_path`)."""
    p = Path(path) if path is not None else default_agenda_path()
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise AgendaError([_problem("unreadable", name=str(p), error=exc.strerror or exc)]) from exc
    except UnicodeDecodeError as exc:
        raise AgendaError([_problem("not_utf8", name=str(p))]) from exc
    return parse_agenda(text, name=p.name)


__all__ = [
    "AGENDA_PATH",
    "PAGES",
    "Agenda",
    "AgendaError",
    "AgendaProblem",
    "AgendaStep",
    "Meeting",
    "default_agenda_path",
    "load_agenda",
    "parse_agenda",
]
