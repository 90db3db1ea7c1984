"""What the Rumusan page, the regency profile and the Bahan rapat slide say about the rakor's
resolutions: status words (with the derived "terlambat"), a linked indicator's live value
against the target the meeting set, the status counts, and the tables by meeting, regency and
status. The rules are :mod:`welfare.rumusan` (:mod:`~welfare.rumusan.rules` for the deadline,
:mod:`~welfare.rumusan.progress` for the value); this module gives them words, digits
(:mod:`welfare.formatting`) and sources in one language.

Texts typed by people (the rumusan, parties, notes) are returned as typed: whoever draws
them escapes them (:func:`welfare.rumusan.texts.as_html` / ``as_markdown``; the XLSX is
neutralised by :mod:`welfare.exporting`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

import pandas as pd

from geo.thematic import ThematicLayer, build_layer
from views.i18n import t
from views.map_words import map_words
from views.programme_sync import SHORT_NAMES
from welfare import formatting
from welfare.catalogue import get_indicator, programme_for
from welfare.citations import Citation, cite
from welfare.rumusan import rules, vocab
from welfare.rumusan.drafts import IndicatorLink, RumusanDraft
from welfare.rumusan.edits import WITA
from welfare.rumusan.links import MEASURE_COVERAGE
from welfare.rumusan.problems import FieldProblem
from welfare.rumusan.progress import IndicatorProgress
from welfare.rumusan.rules import StatusCounts
from welfare.rumusan.stored import AuditEntry, StoredMeeting, StoredRumusan
from welfare.seed import read_kecamatan, read_regions

# The order statuses are shown in (late first), and the CSS class of each status's badge.
SHOWN_ORDER = rules.SHOWN_ORDER
OPEN = (vocab.LATE, *vocab.OPEN_STATUSES)


def today() -> date:
    """The day in Kalimantan Timur (WITA): "terlambat" is judged on the office's calendar."""
    return datetime.now(WITA).date()


def status_label(status: str, lang: str) -> str:
    return vocab.label(vocab.STATUS_LABELS, status, lang)


def kind_label(kind: str, lang: str) -> str:
    return vocab.label(vocab.KIND_LABELS, kind, lang)


def day_label(day: date | None, lang: str) -> str:
    return formatting.format_date(day, lang) if day else t("rumusan.no_deadline", lang)


def when_label(moment: datetime, lang: str) -> str:
    """'12 Mei 2026 10.05 WITA'."""
    local = moment.astimezone(WITA)
    return f"{formatting.format_date(local.date(), lang)} {local:%H.%M} WITA"


# -- regions ----------------------------------------------------------------------------------
@cache
def _names() -> dict[str, str]:
    regencies = {r.kode_bps: r.nama for r in read_regions() if r.jenis in ("kabupaten", "kota")}
    kecamatan = {k.kode: k.nama for k in read_kecamatan()}
    return regencies | {f"kec:{k}": n for k, n in kecamatan.items()}


def region_name(code: str, lang: str, *, short: bool = False) -> str:
    """'Penajam Paser Utara' (short: 'PPU'), 'Kec. Sepaku', 'seluruh Kalimantan Timur'."""
    if code == vocab.ALL_REGIONS:
        return t("rumusan.region.all_short" if short else "rumusan.region.all", lang)
    names = _names()
    if code in names:
        return SHORT_NAMES.get(code, names[code]) if short else names[code]
    kecamatan = names.get(f"kec:{code}")
    if kecamatan:
        return t("rumusan.region.kecamatan", lang, name=kecamatan)
    return code


def host_name(code: str, lang: str) -> str:
    """The host of a meeting: a regency's name, or the province ('64')."""
    if code == vocab.ALL_REGIONS:
        return t("rumusan.host.province", lang)
    return region_name(code, lang)


def _in_sentence(label: str) -> str:
    """'Persentase penduduk miskin' -> 'persentase penduduk miskin'; 'PBI-JK' stays."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def regency_names() -> dict[str, str]:
    """BPS code -> name of the ten kabupaten/kota, in code order."""
    return {k: v for k, v in sorted(_names().items()) if not k.startswith("kec:")}


def regions_text(item: StoredRumusan, lang: str) -> str:
    return ", ".join(region_name(ref.code, lang) for ref in item.regions)


def parties_text(item: StoredRumusan | RumusanDraft) -> str:
    """The parties as recorded (names, "; "), in the words of whoever typed them."""
    return "; ".join(p.name for p in item.parties)


def meeting_line(meeting: StoredMeeting, lang: str) -> str:
    """'Rakor PMKS 2026 · 12 Mei 2026 · Samarinda'."""
    return " · ".join((meeting.name, formatting.format_date(meeting.held_on, lang), meeting.place))


def meeting_option(meeting: StoredMeeting, lang: str) -> str:
    """A meeting as a picker lists it (DATA CONTOH said in the label)."""
    label = meeting_line(meeting, lang)
    return f"{label} · {t('badge.example', lang)}" if meeting.is_example else label


# -- a linked indicator's progress -------------------------------------------------------------
def _plain_number(value: float, lang: str) -> str:
    """A target as typed: 90, 6,5, 12,25 (no trailing zeros)."""
    for digits in (0, 1, 2):
        if round(value, digits) == round(value, 4):
            return formatting.format_number(value, digits, lang)
    return formatting.format_number(value, 2, lang)


@dataclass(frozen=True)
class _Measure:
    what: str  # 'cakupan PKH', 'Persentase penduduk miskin'
    unit: str  # '%', 'jiwa'
    digits: int
    points: bool  # a distance in percentage points


def _measure(p: IndicatorProgress, lang: str) -> _Measure:
    ind = get_indicator(p.link.indicator_id)
    if p.measure == MEASURE_COVERAGE:
        programme = programme_for(ind.id)
        name = programme.label(lang) if programme else ind.label(lang)
        what = t("rumusan.link.coverage", lang, programme=name)
        return _Measure(what, "%", formatting.fixed_decimals("coverage"), True)
    values = [v for v in (p.value, p.newer.value if p.newer else None) if v is not None]
    label = _in_sentence(ind.label(lang))
    if ind.kind == "percent":
        return _Measure(label, "%", formatting.value_decimals(values, "percent"), True)
    digits = formatting.value_decimals(values or [p.link.target], ind.kind)
    return _Measure(label, ind.unit_label(lang), digits, False)


def _amount(value: float, m: _Measure, lang: str) -> str:
    return f"{formatting.format_number(value, m.digits, lang)} {m.unit}".strip()


def _distance(distance: float, m: _Measure, lang: str) -> str:
    """'+1,6 poin' / '−0,83 poin' / '+120 jiwa' (positive: not reached yet)."""
    sign = "+" if distance > 0 else ""
    number = formatting.format_number(distance, m.digits, lang)
    unit = t("target.points", lang) if m.points else m.unit
    return f"{sign}{number} {unit}".strip()


def _verdict(reached: bool | None, distance: float | None, m: _Measure, lang: str) -> str:
    if reached is None or distance is None:
        return ""
    key = "rumusan.link.reached" if reached else "rumusan.link.not_reached"
    return t(key, lang, distance=_distance(distance, m, lang))


def _source_label(text: str | None, kinds: Sequence[str], lang: str) -> str:
    cited = citations_of([text], kinds)
    if not cited:
        return t("rumusan.link.no_source", lang)
    first = cited[0].label(lang)
    return first if len(cited) == 1 else f"{first} +{len(cited) - 1}"


def citations_of(texts: Iterable[str | None], kinds: Sequence[str] = ()) -> list[Citation]:
    """The citations of source texts (an aggregate's sources are joined by '; ')."""
    kind = kinds[0] if kinds else None
    out: dict[str, Citation] = {}
    for text in texts:
        for part in (text or "").split("; "):
            found = cite(part, kind) if part.strip() else None
            if found is not None:
                out.setdefault(found.label(), found)
    return list(out.values())


def target_text(link: IndicatorLink, lang: str) -> str:
    """'cakupan PKH PPU ≥ 90 % pada 2026': the target as the meeting set it."""
    ind = get_indicator(link.indicator_id)
    coverage = ind.rate_kind == "coverage"
    if coverage:
        programme = programme_for(ind.id)
        what = t(
            "rumusan.link.coverage", lang, programme=programme.label(lang) if programme else ind.id
        )
        unit = "%"
    else:
        what = _in_sentence(ind.label(lang))
        unit = "%" if ind.kind == "percent" else ind.unit_label(lang)
    sign = vocab.DIRECTION_LABELS[link.direction]["sign"]
    return t(
        "rumusan.link.target",
        lang,
        what=what,
        region=region_name(link.region_code, lang, short=True),
        sign=sign,
        target=f"{_plain_number(link.target, lang)} {unit}".strip(),
        year=link.target_year,
    )


@dataclass(frozen=True)
class LinkLine:
    """One linked indicator in words: the full sentence and a short form for slides."""

    text: str  # target, current value (year, source), verdict, stale, newer, DATA CONTOH
    short: str  # 'Cakupan PKH PPU 88,4 % (2024) · target ≥ 90 % (2026)'
    reached: bool | None
    stale: bool
    is_example: bool
    citations: tuple[Citation, ...] = ()


def link_line(p: IndicatorProgress, lang: str) -> LinkLine:
    """ "target cakupan PKH PPU ≥ 90 % pada 2026, sekarang 88,4 % (2024, sumber …) — belum
    tercapai, selisih +1,6 poin; data lama …; angka 2025 …"."""
    target = target_text(p.link, lang)
    if p.current is None or p.value is None:
        text = t("rumusan.link.none", lang, target=target)
        return LinkLine(text, text, None, False, False)
    m = _measure(p, lang)
    current = p.current
    source = _source_label(current.source, current.dataset_kinds, lang)
    parts = [
        t(
            "rumusan.link.now",
            lang,
            target=target,
            value=_amount(p.value, m, lang),
            year=current.year,
            source=source,
        )
    ]
    verdict = _verdict(p.reached, p.distance, m, lang)
    if verdict:
        parts[0] += f" — {verdict}"
    if p.stale:
        parts.append(t("rumusan.link.stale", lang, year=p.meeting_year))
    newer = p.newer
    if newer is not None and newer.value is not None:
        worse_up = p.link.direction == vocab.AT_MOST
        gap = newer.value - p.link.target if worse_up else p.link.target - newer.value
        parts.append(
            t(
                "rumusan.link.newer",
                lang,
                year=newer.year,
                value=_amount(newer.value, m, lang),
                verdict=_verdict(gap <= 0, gap, m, lang),
            )
        )
    example = p.is_example or bool(newer and newer.is_example)
    if example:
        parts.append(t("badge.example", lang))
    short = t(
        "rumusan.link.short",
        lang,
        what=m.what[:1].upper() + m.what[1:],
        region=region_name(p.link.region_code, lang, short=True),
        value=_amount(p.value, m, lang),
        year=current.year,
        sign=vocab.DIRECTION_LABELS[p.link.direction]["sign"],
        target=f"{_plain_number(p.link.target, lang)} {m.unit}".strip(),
        target_year=p.link.target_year,
    )
    if p.stale:
        short += f" · {t('rumusan.stale_short', lang)}"
    if example:
        short += f" · {t('badge.example', lang)}"
    cited = citations_of([current.source], current.dataset_kinds)
    if newer is not None:
        cited += [c for c in citations_of([newer.source], newer.dataset_kinds) if c not in cited]
    return LinkLine("; ".join(parts), short, p.reached, p.stale, example, tuple(cited))


# -- one rumusan ------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoteLine:
    day: str
    author: str
    text: str  # as typed
    evidence: str | None  # as typed
    link: str | None  # the evidence as a URL to link (http/https only), else None


@dataclass(frozen=True)
class Item:
    """One rumusan as the page, the profile and the slide show it (typed text unescaped)."""

    id: int
    meeting_id: int
    number: int
    text: str
    kind: str
    meeting: str  # the meeting line
    year: int  # the meeting's year
    parties: str
    regions: str
    deadline: str
    status: str  # the shown status id ('terlambat' when late)
    status_label: str
    status_note: str  # 'terlambat 45 hari' / '12 hari lagi' / ''
    links: tuple[LinkLine, ...]
    notes: tuple[NoteLine, ...]
    is_example: bool
    version: int
    changed: str  # 'versi 3 · diubah oleh sari, 12 Mei 2026 10.05 WITA'

    @property
    def has_example(self) -> bool:
        return self.is_example or any(link.is_example for link in self.links)


def _status_note(item: StoredRumusan, day: date, lang: str) -> str:
    late = rules.days_late(item.deadline, item.status, day)
    if late:
        return t("rumusan.late_days", lang, days=late)
    if item.deadline is not None and item.status in vocab.OPEN_STATUSES:
        left = (item.deadline - day).days
        return t("rumusan.due_today", lang) if left == 0 else t("rumusan.due_in", lang, days=left)
    return ""


def build_item(
    item: StoredRumusan, progress: Sequence[IndicatorProgress], day: date, lang: str
) -> Item:
    shown = rules.shown_status(item, day)
    return Item(
        id=item.id,
        meeting_id=item.meeting.id,
        number=item.number,
        text=item.text,
        kind=kind_label(item.kind, lang),
        meeting=meeting_line(item.meeting, lang),
        year=item.meeting.year,
        parties=parties_text(item),
        regions=regions_text(item, lang),
        deadline=day_label(item.deadline, lang),
        status=shown,
        status_label=status_label(shown, lang),
        status_note=_status_note(item, day, lang),
        links=tuple(link_line(p, lang) for p in progress),
        notes=tuple(
            NoteLine(
                formatting.format_date(n.noted_on, lang),
                n.author,
                n.text,
                n.evidence,
                n.evidence_link,
            )
            for n in item.notes
        ),
        is_example=item.is_example,
        version=item.version,
        changed=t(
            "rumusan.changed",
            lang,
            version=item.version,
            user=item.updated_by,
            when=when_label(item.updated_at, lang),
        ),
    )


def build_items(
    items: Iterable[StoredRumusan],
    progress: Mapping[int, Sequence[IndicatorProgress]],
    day: date,
    lang: str,
) -> list[Item]:
    """The rumusan in words, late first (:func:`welfare.rumusan.rules.order_late_first`)."""
    ordered = rules.order_late_first(list(items), day)
    return [build_item(r, progress.get(r.id, ()), day, lang) for r in ordered]


# -- counts -----------------------------------------------------------------------------------
def counts_text(counts: StatusCounts, lang: str) -> str:
    """'7 rumusan: 2 terlambat, 1 belum dimulai, 3 berjalan, 1 selesai, 0 tidak dilanjutkan'."""
    parts = [f"{counts.counts[s]} {status_label(s, lang).lower()}" for s in SHOWN_ORDER]
    return t("rumusan.counts", lang, total=counts.total, parts=", ".join(parts))


def status_chips(counts: StatusCounts, lang: str) -> list[tuple[str, str, int]]:
    """(status id, label, count) in the shown order, zeros included."""
    return [(s, status_label(s, lang), counts.counts[s]) for s in SHOWN_ORDER]


# -- tables -----------------------------------------------------------------------------------
def _col(key: str, lang: str) -> str:
    return t(f"rumusan.col.{key}", lang)


def list_table(
    items: Sequence[Item], lang: str, *, with_meeting: bool = False, short: int | None = None
) -> pd.DataFrame:
    """One row per rumusan (display strings); ``short`` cuts the text to that many
    characters (a slide)."""

    def cut(text: str) -> str:
        flat = " ".join(text.split())
        if short is None or len(flat) <= short:
            return flat
        return flat[: short - 1].rstrip() + "…"

    rows = []
    for item in items:
        row = {_col("number", lang): str(item.number)}
        if with_meeting:
            row[_col("meeting", lang)] = item.meeting
        status = item.status_label + (f" ({item.status_note})" if item.status_note else "")
        row |= {
            _col("text", lang): cut(item.text),
            _col("parties", lang): item.parties,
            _col("deadline", lang): item.deadline,
            _col("status", lang): status,
            _col("indicators", lang): "\n".join(
                (link.short if short else link.text) for link in item.links
            )
            or "–",
        }
        if not short:
            row[_col("regions", lang)] = item.regions
        rows.append(row)
    return pd.DataFrame(rows)


def regency_counts(items: Iterable[StoredRumusan], day: date) -> pd.DataFrame:
    """kode_bps, and per shown status the rumusan concerning each regency (a rumusan for all
    of Kalimantan Timur counts in each of the ten); ``open`` = late + belum dimulai +
    berjalan; ``is_example``: an example rumusan is among them."""
    codes = list(regency_names())
    rows = {c: dict.fromkeys(SHOWN_ORDER, 0) | {"is_example": False} for c in codes}
    for item in items:
        shown = rules.shown_status(item, day)
        for code in item.regencies:
            if code in rows:
                rows[code][shown] += 1
                rows[code]["is_example"] |= item.is_example
    frame = pd.DataFrame([{"kode_bps": c, **rows[c]} for c in codes])
    frame["open"] = frame[list(OPEN)].sum(axis=1)
    frame["total"] = frame[list(SHOWN_ORDER)].sum(axis=1)
    return frame


def regency_table(counts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The regency counts for reading (name, open, late, each status, total)."""
    names = regency_names()
    out = pd.DataFrame({_col("regency", lang): [names[c] for c in counts["kode_bps"]]})
    out[_col("open", lang)] = counts["open"].astype(int).astype(str).to_numpy()
    for s in SHOWN_ORDER:
        out[status_label(s, lang)] = counts[s].astype(int).astype(str).to_numpy()
    out[_col("total", lang)] = counts["total"].astype(int).astype(str).to_numpy()
    return out


def status_table(items: Sequence[Item], lang: str) -> pd.DataFrame:
    """Per shown status: how many rumusan and their numbers with the meeting's year."""
    rows = []
    for status in SHOWN_ORDER:
        mine = [i for i in items if i.status == status]
        rows.append(
            {
                _col("status", lang): status_label(status, lang),
                _col("count", lang): str(len(mine)),
                _col("numbers", lang): ", ".join(f"{i.number} ({i.year})" for i in mine) or "–",
            }
        )
    return pd.DataFrame(rows)


def meeting_table(
    meetings: Sequence[StoredMeeting], items: Sequence[Item], lang: str
) -> pd.DataFrame:
    """Per meeting: date, place, how many rumusan, how many open and late (display)."""
    rows = []
    for m in meetings:
        mine = [i for i in items if i.meeting_id == m.id]
        rows.append(
            {
                _col("meeting", lang): m.name
                + (f" ({t('badge.example', lang)})" if m.is_example else ""),
                _col("date", lang): formatting.format_date(m.held_on, lang),
                _col("place", lang): m.place,
                _col("count", lang): str(len(mine)),
                _col("open", lang): str(sum(i.status in OPEN for i in mine)),
                status_label(vocab.LATE, lang): str(sum(i.status == vocab.LATE for i in mine)),
                status_label(vocab.DONE, lang): str(sum(i.status == vocab.DONE for i in mine)),
            }
        )
    return pd.DataFrame(rows)


def follow_up_matrix(
    items: Sequence[Item], records: Mapping[int, StoredRumusan], day: date, lang: str
) -> pd.DataFrame:
    """The "matriks tindak lanjut": one row per rumusan with every field, its indicators'
    progress and its latest follow-up note; days late counted on ``day`` (display text and
    whole numbers; the XLSX neutralises the text)."""
    rows = []
    for item in items:
        record = records[item.id]
        last = item.notes[-1] if item.notes else None
        rows.append(
            {
                _col("meeting", lang): record.meeting.name,
                _col("date", lang): formatting.format_date(record.meeting.held_on, lang),
                _col("place", lang): record.meeting.place,
                _col("number", lang): item.number,
                _col("text", lang): item.text,
                _col("kind", lang): item.kind,
                _col("parties", lang): item.parties,
                _col("regions", lang): item.regions,
                _col("deadline", lang): item.deadline,
                _col("status", lang): item.status_label,
                _col("late_days", lang): rules.days_late(record.deadline, record.status, day),
                _col("indicators", lang): "\n".join(link.text for link in item.links),
                _col("last_note", lang): last.text if last else "",
                _col("last_note_date", lang): last.day if last else "",
                _col("evidence", lang): (last.evidence or "") if last else "",
                _col("n_notes", lang): len(item.notes),
                _col("version", lang): item.version,
                _col("example", lang): t("badge.example", lang) if item.has_example else "",
            }
        )
    return pd.DataFrame(rows)


# -- the map ----------------------------------------------------------------------------------
def _count_labels(layer: ThematicLayer, lang: str) -> ThematicLayer:
    """Legend rows of whole counts: '0', '1', '2–3', '4–6' (a class holds the whole numbers
    above the previous bound up to its own)."""
    from dataclasses import replace

    c = layer.classification
    rows = []
    for i, (colour, _) in enumerate(layer.legend.rows):
        hi = int(c.upper_bounds[i])
        lo = int(c.minimum) if i == 0 else int(c.upper_bounds[i - 1]) + 1
        label = formatting.format_int(lo, lang)
        if hi != lo:
            label += f" – {formatting.format_int(hi, lang)}"
        rows.append((colour, label))
    return replace(layer, legend=replace(layer.legend, rows=rows))


def open_layer(
    counts: pd.DataFrame,
    shapes: pd.DataFrame,
    day: date,
    lang: str,
    *,
    font_px: int = 13,
) -> ThematicLayer | None:
    """The map of open rumusan per regency (late ones said in each tooltip); None when no
    rumusan concerns any regency."""
    if counts.empty or int(counts["total"].sum()) == 0:
        return None
    details = [
        t(
            "rumusan.map.detail",
            lang,
            late=int(r[vocab.LATE]),
            not_started=int(r[vocab.NOT_STARTED]),
            ongoing=int(r[vocab.ONGOING]),
            done=int(r[vocab.DONE]),
        )
        for _, r in counts.iterrows()
    ]
    table = pd.DataFrame(
        {
            "kode_bps": counts["kode_bps"],
            "value": [None] * len(counts),
            "rate": counts["open"].astype(float),
            "rank": [None] * len(counts),
            "is_example": counts["is_example"],
            "source": details,
        }
    )
    words = map_words(lang, source_key="rumusan.map.detail_word")
    layer = build_layer(
        shapes,
        table,
        title=t("rumusan.map.title", lang),
        mapped_unit=t("rumusan.map.unit", lang),
        higher_is_worse=True,
        words=words,
        fmt_mapped=lambda v: formatting.format_int(v, lang),
        fmt_raw=lambda v: formatting.format_int(v, lang),
        raw_unit="",
        legend_notes=(t("rumusan.map.note", lang, day=formatting.format_date(day, lang)),),
        font_px=font_px,
    )
    return _count_labels(layer, lang)


# -- forms ------------------------------------------------------------------------------------
FIELD_KEYS = (
    "nomor",
    "rumusan",
    "jenis",
    "penanggung_jawab",
    "wilayah",
    "batas_waktu",
    "status",
    "indikator",
    "wilayah_indikator",
    "arah",
    "target",
    "tahun_target",
    "indikator_terkait",
    "nama",
    "tanggal",
    "tempat",
    "tuan_rumah",
    "penulis",
    "catatan",
    "bukti",
    "alasan",
)


def field_label(name: str, lang: str) -> str:
    """The form's label of a field (a template column name)."""
    return t(f"rumusan.field.{name}", lang) if name in FIELD_KEYS else name


def problem_text(problem: FieldProblem, lang: str) -> str:
    """'Batas waktu: tanggal '31/02/2026' tidak ada di kalender.': the field named by the
    form's label, the reason without the template's "Kolom 'batas_waktu'" (the importer's
    wording)."""
    reason = problem.reason
    for prefix in (f"Kolom '{problem.field}': ", f"Kolom '{problem.field}' "):
        if reason.startswith(prefix):
            reason = reason[len(prefix) :]
            break
    label = field_label(problem.field, lang)
    if problem.item is not None:
        label = t("rumusan.field.link_n", lang, n=problem.item, field=label)
    return f"{label}: {reason}"


# -- two versions side by side ---------------------------------------------------------------
@dataclass(frozen=True)
class CompareRow:
    label: str
    theirs: str
    ours: str

    @property
    def differs(self) -> bool:
        return self.theirs != self.ours


def _draft_words(draft: RumusanDraft, lang: str) -> dict[str, str]:
    return {
        "nomor": str(draft.number or "–"),
        "rumusan": draft.text,
        "jenis": kind_label(draft.kind, lang),
        "penanggung_jawab": parties_text(draft),
        "wilayah": ", ".join(region_name(r.code, lang) for r in draft.regions),
        "batas_waktu": day_label(draft.deadline, lang),
        "status": status_label(draft.status, lang),
        "indikator_terkait": "\n".join(target_text(link, lang) for link in draft.indicators) or "–",
    }


def compare_rows(theirs: StoredRumusan, ours: RumusanDraft, lang: str) -> list[CompareRow]:
    """The saved (newest) version and the edit that was not saved, field by field."""
    a, b = _draft_words(theirs.draft(), lang), _draft_words(ours, lang)
    if ours.number is None:
        b["nomor"] = a["nomor"]
    return [CompareRow(field_label(k, lang), a[k], b[k]) for k in a]


def region_options() -> list[str]:
    """Every region a rumusan may name: '64' (all), the ten regencies, the 105 kecamatan."""
    return [vocab.ALL_REGIONS, *regency_names(), *(k.kode for k in read_kecamatan())]


@cache
def _kecamatan_regency() -> dict[str, str]:
    return {k.kode: k.kode_bps_kab for k in read_kecamatan()}


def region_option(code: str, lang: str) -> str:
    """A region as a picker lists it: 'Kec. Sepaku (PPU)' names the kecamatan's regency."""
    parent = _kecamatan_regency().get(code)
    name = region_name(code, lang)
    return f"{name} ({region_name(parent, lang, short=True)})" if parent else name


def number_text(value: float | None) -> str:
    """A stored target as a form shows it: '90', '6,5' (the Indonesian form it is read in)."""
    return "" if value is None else _plain_number(float(value), "id").replace(".", "")


# -- the change history -----------------------------------------------------------------------
_AUDIT_FIELDS = {
    "number": "nomor",
    "text": "rumusan",
    "kind": "jenis",
    "parties": "penanggung_jawab",
    "regions": "wilayah",
    "indicators": "indikator_terkait",
    "deadline": "batas_waktu",
    "status": "status",
    "deleted_reason": "alasan",
    "noted_on": "tanggal",
    "author": "penulis",
    "evidence": "bukti",
}


def trail_table(entries: Sequence[AuditEntry], lang: str) -> pd.DataFrame:
    """Every change of a rumusan and its notes, oldest first: when (WITA), who, what, the
    version after it and the fields it changed (display strings)."""
    rows = []
    for e in entries:
        fields = [
            field_label(_AUDIT_FIELDS[f], lang) for f in e.changed_fields if f in _AUDIT_FIELDS
        ]
        if e.entity == "note" and e.action == "insert":
            fields = [field_label("catatan", lang)]
        rows.append(
            {
                _col("when", lang): when_label(e.changed_at, lang),
                _col("by", lang): e.changed_by,
                _col("change", lang): t(f"rumusan.action.{e.entity}.{e.action}", lang),
                _col("version", lang): "" if e.version is None else str(e.version),
                _col("fields", lang): ", ".join(fields),
            }
        )
    return pd.DataFrame(rows)
