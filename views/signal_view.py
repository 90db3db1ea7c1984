"""What the Sinyal page, the home card and the signals slide say: each indicator-region pair that
worsened since the last rakor with both numbers, both years, both sources and a link to the map
view; the changes that are not comparable (notes, never signals) apart; example data labelled
and listed apart from real data.

The rules are :mod:`welfare.outlook.signals` (a baseline, a severity floor, a comparability
guard, a cooldown); this module words a :class:`~welfare.outlook.signals.SignalReport` in one
language. The date of the last rakor is the latest real meeting of the register that was held
by today (:func:`last_meeting`), else ``[sinyal] last_rakor`` of the settings.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

import pandas as pd

from views.i18n import t
from welfare import formatting
from welfare.catalogue import RATE_COVERAGE, RATE_PER_1000, RATE_VALUE, display_unit, get_indicator
from welfare.citations import Citation, distinct
from welfare.observations import PROVINCE_CODE
from welfare.outlook.signal_rules import BASIS_RAKOR, OUTCOME_MISSING_YEAR, Reading
from welfare.outlook.signals import Signal, SignalReport
from welfare.rumusan.stored import StoredMeeting

MAP_PAGE = "peta"
SCREEN_ROWS = 5  # presenter mode and the slide: rows that fit at projector sizes


def last_meeting(meetings: Sequence[StoredMeeting], today: date) -> StoredMeeting | None:
    """The last rakor of the register: the latest meeting held on or before ``today`` that is
    neither example data nor removed (a planned meeting has not happened yet)."""
    held = [m for m in meetings if not m.is_example and not m.removed and m.held_on <= today]
    return max(held, key=lambda m: (m.held_on, m.id), default=None)


def day(value: date, lang: str) -> str:
    return formatting.format_date(value, lang)


def region_name(kode: str, names: Mapping[str, str]) -> str:
    return "Kalimantan Timur" if kode == PROVINCE_CODE else names.get(kode, kode)


def map_link(signal: Signal) -> str:
    """The map view of a signal, relative to the app's pages: ``peta?indikator=..&tahun=..``
    (with ``wilayah`` for a regency; the province is the map itself)."""
    query = signal.map_query()
    if signal.kode_bps == PROVINCE_CODE:
        query.pop("wilayah", None)
    return f"{MAP_PAGE}?{urlencode(query)}"


@dataclass(frozen=True)
class SignalRow:
    """One compared pair in words."""

    kode: str
    indicator_id: str
    region: str
    indicator: str
    before: str  # "0,78 per 1.000 penduduk (149 jiwa) · 2023"
    after: str
    change: str  # "+1,30 (memburuk 166 %)"
    span: str  # both numbers and both years in one line: "0,78 → 2,09 per 1.000 (2023 → 2024)"
    how: str  # "memburuk 166 %"
    basis: str  # against the rakor's value or the previous year
    before_source: str
    after_source: str
    link: str
    is_example: bool
    kind: str  # the latest value's dataset kind (official | imported | example)
    reasons: str = ""  # why a note is not a signal
    shown: str = ""  # when an already shown signal was shown
    key: str = ""  # the cooldown's key (welfare.outlook.signals.record_shown)


def _digits(ind, values: Sequence[float]) -> int:  # noqa: ANN001 - IndicatorDef
    if ind.rate_kind == RATE_COVERAGE:
        return formatting.fixed_decimals("coverage")
    if ind.rate_kind == RATE_PER_1000:
        return formatting.decimals_for(values, "value")
    return formatting.value_decimals(values, ind.kind)


def _reading(r: Reading, ind, digits: int, lang: str) -> str:  # noqa: ANN001
    text = f"{formatting.format_number(r.value, digits, lang)} {display_unit(ind, lang)}"
    if ind.rate_kind != RATE_VALUE:
        raw = formatting.format_number(r.raw_value, 0, lang)
        text += f" ({raw} {ind.unit_label(lang)})"
    return f"{text} · {r.year}"


def _source(r: Reading, lang: str) -> str:
    cited = distinct([r.source], [r.dataset_kind])
    return cited[0].label(lang) if cited else "–"


def row(s: Signal, names: Mapping[str, str], lang: str) -> SignalRow:
    ind = get_indicator(s.indicator_id)
    digits = _digits(ind, [s.baseline.value, s.latest.value])
    change = formatting.format_number(abs(s.change), digits, lang)
    sign = "+" if s.change > 0 else "−" if s.change < 0 else ""
    if s.relative is None:
        how = t("signal.worse_from_zero", lang)
    else:
        how = t(
            "signal.worse_by", lang, percent=formatting.format_number(s.relative * 100, 0, lang)
        )
    basis = (
        t("signal.basis.rakor", lang)
        if s.basis == BASIS_RAKOR
        else t("signal.basis.previous", lang)
    )
    reasons = "; ".join(t(f"signal.reason.{r}", lang) for r in s.reasons)
    shown = t("signal.shown_on", lang, date=day(s.shown_at.date(), lang)) if s.shown_at else ""
    b, a = (formatting.format_number(r.value, digits, lang) for r in (s.baseline, s.latest))
    return SignalRow(
        kode=s.kode_bps,
        indicator_id=s.indicator_id,
        region=region_name(s.kode_bps, names),
        indicator=ind.label(lang),
        before=_reading(s.baseline, ind, digits, lang),
        after=_reading(s.latest, ind, digits, lang),
        change=f"{sign}{change} ({how})",
        span=f"{b} → {a} {display_unit(ind, lang)} ({s.baseline.year} → {s.latest.year})",
        how=how,
        basis=basis,
        before_source=_source(s.baseline, lang),
        after_source=_source(s.latest, lang),
        link=map_link(s),
        is_example=s.is_example,
        kind="example" if s.is_example else s.latest.dataset_kind,
        reasons=reasons,
        shown=shown,
        key=s.key,
    )


@dataclass(frozen=True)
class SignalsView:
    lang: str
    title: str
    card: str  # the home card: "8 sinyal sejak rakor 16 Mei 2024"
    rakor_from: str  # where the rakor's date comes from
    rule: str  # the rule in one paragraph, with the settings' thresholds
    counts: str
    real: tuple[SignalRow, ...]  # signals from published or imported data
    example: tuple[SignalRow, ...]  # signals of example data (only ever compared with example)
    notes: tuple[SignalRow, ...]  # worse, but not comparable
    shown: tuple[SignalRow, ...]  # already shown for the same two values
    skipped: str  # pairs that could not be compared
    count: int
    has_example: bool
    sources: tuple[Citation, ...]

    @property
    def signals(self) -> tuple[SignalRow, ...]:
        """Every signal: real data first, then example data."""
        return (*self.real, *self.example)


def _num(value: float, lang: str) -> str:
    return formatting.format_number(value, 2, lang).rstrip("0").rstrip(",.") or "0"


def rule_text(report: SignalReport, lang: str) -> str:
    s = report.settings
    return t(
        "signal.rule",
        lang,
        relative=formatting.format_number(s.relative_min * 100, 0, lang),
        per_1000=_num(s.floor_per_1000, lang),
        points=_num(s.floor_points, lang),
        index=_num(s.floor_index, lang),
        count=_num(s.floor_count, lang),
    )


def card_parts(report: SignalReport, lang: str) -> tuple[str, str]:
    """('8 sinyal sejak rakor 16 Mei 2024', '(5 DATA CONTOH)' or '')."""
    n_example = sum(s.is_example for s in report.signals)
    if report.rakor_date is None:
        text = t("signal.card.no_rakor", lang, n=report.count)
    else:
        text = t("signal.card", lang, n=report.count, date=day(report.rakor_date, lang))
    example = (
        t("signal.card.example", lang, n=n_example, badge=t("badge.example", lang))
        if n_example
        else ""
    )
    return text, example


def card_text(report: SignalReport, lang: str) -> str:
    """'8 sinyal sejak rakor 16 Mei 2024 (5 DATA CONTOH)' (the home page's card)."""
    return " ".join(x for x in card_parts(report, lang) if x)


def build(
    report: SignalReport,
    names: Mapping[str, str],
    lang: str,
    meeting: StoredMeeting | None = None,
) -> SignalsView:
    """The signals of ``report`` in words; ``meeting``: the register's last rakor, when its
    date is the report's."""
    signals = [row(s, names, lang) for s in report.signals]
    real = tuple(r for r in signals if not r.is_example)
    example = tuple(r for r in signals if r.is_example)
    notes = tuple(row(s, names, lang) for s in report.notes)
    shown = tuple(row(s, names, lang) for s in report.already_shown)
    if report.rakor_date is None:
        title = t("signal.title.no_rakor", lang)
        rakor_from = t("signal.from.none", lang)
    else:
        title = t("signal.title", lang, date=day(report.rakor_date, lang))
        if meeting is not None and meeting.held_on == report.rakor_date:
            rakor_from = t("signal.from.register", lang, name=meeting.name, place=meeting.place)
        else:
            rakor_from = t("signal.from.settings", lang)
    single = sum(1 for s in report.skipped if s.outcome != OUTCOME_MISSING_YEAR)
    missing = sum(1 for s in report.skipped if s.outcome == OUTCOME_MISSING_YEAR)
    readings = [r for s in (*report.signals, *report.notes) for r in (s.baseline, s.latest)]
    texts = [r.source for r in readings] + [r.denominator_source for r in readings]
    kinds = [r.dataset_kind for r in readings] + [r.denominator_kind for r in readings]
    return SignalsView(
        lang=lang,
        title=title,
        card=card_text(report, lang),
        rakor_from=rakor_from,
        rule=rule_text(report, lang),
        counts=t(
            "signal.counts",
            lang,
            n=len(signals),
            real=len(real),
            example=len(example),
            badge=t("badge.example", lang),
            notes=len(notes),
            shown=len(shown),
        ),
        real=real,
        example=example,
        notes=notes,
        shown=shown,
        skipped=t("signal.skipped", lang, single=single, missing=missing),
        count=len(signals),
        has_example=bool(example) or any(r.is_example for r in notes),
        sources=distinct(texts, kinds),
    )


def choice_label(r: SignalRow, lang: str) -> str:
    """One signal as a choice in the staff's "discussed" list: region, indicator, both numbers
    and both years, and the example badge where it applies."""
    label = f"{r.region} · {r.indicator}: {r.span}"
    return f"{label} · {t('badge.example', lang)}" if r.is_example else label


def sources_text(r: SignalRow, lang: str) -> str:
    """'A → B', or 'keduanya: A' when both numbers come from the same source."""
    if r.before_source == r.after_source:
        return t("signal.both", lang, source=r.after_source)
    return f"{r.before_source} → {r.after_source}"


def rows_html(
    rows: Sequence[SignalRow], lang: str, *, notes: bool = False, compact: bool = False
) -> str:
    """Signals (or notes) as an escaped table: region and indicator, both numbers with their
    years, the change, both sources, and the link to the map view. ``compact`` (presenter
    mode): the region and indicator are the link, the basis is left to the page."""
    esc = html.escape
    heads = [
        t("signal.col.where", lang),
        t("signal.col.before", lang),
        t("signal.col.after", lang),
        t("signal.col.reason" if notes else "signal.col.change", lang),
        t("signal.col.sources", lang),
    ]
    if not compact:
        heads.append(t("signal.col.map", lang))
    example = esc(t("badge.example", lang))
    body = []
    for r in rows:
        badge = f' <span class="serambi-badge-example">{example}</span>' if r.is_example else ""
        link = f'href="{esc(r.link, quote=True)}" target="_self"'
        where = f"<b>{esc(r.region)}</b>{badge}<div>{esc(r.indicator)}</div>"
        if compact:
            where = f"<a {link}><b>{esc(r.region)}</b></a>{badge}<div>{esc(r.indicator)}</div>"
        if notes:
            fourth = esc(r.reasons)
        elif compact:
            fourth = esc(r.change)
        else:
            fourth = f'{esc(r.change)}<div class="basis">{esc(r.basis)}</div>'
        cells = (
            f'<th scope="row">{where}</th>'
            f'<td class="num">{esc(r.before)}</td><td class="num">{esc(r.after)}</td>'
            f'<td>{fourth}</td><td class="src">{esc(sources_text(r, lang))}</td>'
        )
        if not compact:
            cells += f"<td><a {link}>{esc(t('signal.to_map', lang))}</a></td>"
        body.append(
            f'<tr data-kode="{esc(r.kode)}" data-indikator="{esc(r.indicator_id)}">{cells}</tr>'
        )
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in heads)
    cls = "signal-table notes" if notes else "signal-table"
    return (
        f'<div class="serambi-table-wrap" tabindex="0"><table class="{cls}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def table(view: SignalsView) -> pd.DataFrame:
    """Signals and notes as a plain table (the slide's notes, the download)."""
    lang = view.lang
    rows = [*view.signals, *view.notes]
    outcome = [t("signal.kind.signal", lang)] * len(view.signals)
    outcome += [t("signal.kind.note", lang)] * len(view.notes)
    return pd.DataFrame(
        {
            t("signal.col.outcome", lang): outcome,
            t("signal.col.region", lang): [r.region for r in rows],
            t("signal.col.indicator", lang): [r.indicator for r in rows],
            t("signal.col.before", lang): [r.before for r in rows],
            t("signal.col.after", lang): [r.after for r in rows],
            t("signal.col.change", lang): [r.change for r in rows],
            t("signal.col.reason", lang): [r.reasons or "–" for r in rows],
            t("signal.col.kind", lang): [t(f"kind.{r.kind}", lang) for r in rows],
            t("signal.col.sources", lang): [sources_text(r, lang) for r in rows],
        }
    )


def slide_rows(rows: Sequence[SignalRow], lang: str) -> pd.DataFrame:
    """A few signals large on a slide: where, both numbers and years in one cell, how much
    worse, the kind of data (both sources are in the footer and the notes)."""
    return pd.DataFrame(
        {
            t("signal.col.where", lang): [f"{r.region}: {r.indicator}" for r in rows],
            t("signal.col.span", lang): [r.span for r in rows],
            t("signal.col.change", lang): [r.how for r in rows],
            t("signal.col.kind", lang): [t(f"kind.{r.kind}", lang) for r in rows],
        }
    )
