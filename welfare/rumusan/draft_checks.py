"""A draft the UI built itself is held to the same rules as typed input.

The store calls :func:`cleaned` and :func:`draft_problems` before every write: text cleaned and
within its limit, values in the closed lists, region and indicator codes known. Typed input
passes by construction (:mod:`welfare.rumusan.records` made it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TypeVar

from welfare.catalogue import get_indicator
from welfare.region_codes import kaltim
from welfare.rumusan import texts, vocab
from welfare.rumusan.drafts import IndicatorLink, MeetingDraft, NoteDraft, RumusanDraft
from welfare.rumusan.links import LINKS_KEY, MAX_LINKS, TARGET_YEARS
from welfare.rumusan.parties import MAX_PARTIES
from welfare.rumusan.problems import FieldProblem, Problems
from welfare.rumusan.records import MAX_NUMBER
from welfare.rumusan.regions import MAX_REGIONS, known_codes

D = TypeVar("D")


def cleaned(draft: D) -> D:
    """The draft with every text cleaned as typed input is (:func:`welfare.rumusan.texts.clean`):
    control characters, bidi overrides and zero-width characters removed."""
    if isinstance(draft, MeetingDraft):
        return replace(draft, name=texts.clean(draft.name), place=texts.clean(draft.place))
    if isinstance(draft, RumusanDraft):
        parties = tuple(replace(p, name=texts.clean(p.name)) for p in draft.parties)
        text = texts.clean(draft.text, multiline=True)
        return replace(draft, text=text, parties=parties)
    if isinstance(draft, NoteDraft):
        evidence = texts.clean(draft.evidence) or None
        return replace(
            draft,
            author=texts.clean(draft.author),
            text=texts.clean(draft.text, multiline=True),
            evidence=evidence,
        )
    return draft


def draft_problems(draft: object) -> list[FieldProblem]:
    """What a (cleaned) draft breaks: a draft the UI built itself gets the same limits as typed
    input: required text, lengths, values outside the closed lists, unknown codes."""
    problems = Problems()

    def text(name: str, value: str | None, *, required: bool = True) -> None:
        if value is None or value == "":
            if required:
                problems.add(name, "required", f"Kolom '{name}' wajib diisi.")
            return
        reason = texts.too_long(name, value)
        if reason:
            problems.add(name, "too_long", f"Kolom '{name}': {reason}")

    known = known_codes()
    if isinstance(draft, MeetingDraft):
        text("nama", draft.name)
        text("tempat", draft.place)
        if draft.host_kode not in known or draft.host_kode != known[draft.host_kode]:
            problems.add("tuan_rumah", "unknown_region", "Kolom 'tuan_rumah': kode tidak dikenal.")
    elif isinstance(draft, RumusanDraft):
        text("rumusan", draft.text)
        _check_closed(problems, "jenis", draft.kind, vocab.KINDS)
        _check_closed(problems, "status", draft.status, vocab.STATUSES)
        if draft.number is not None and not 1 <= draft.number <= MAX_NUMBER:
            problems.add("nomor", "bad_number", f"Kolom 'nomor': 1 sampai {MAX_NUMBER}.")
        if not draft.parties or not draft.regions:
            problems.add(
                "wilayah" if draft.parties else "penanggung_jawab",
                "required",
                "Penanggung jawab dan wilayah wajib diisi.",
            )
        if len(draft.parties) > MAX_PARTIES or len(draft.regions) > MAX_REGIONS:
            problems.add("wilayah", "too_many", "Terlalu banyak penanggung jawab atau wilayah.")
        for party in draft.parties:
            text("penanggung_jawab", party.name)
            _check_closed(problems, "penanggung_jawab", party.kind, vocab.PARTY_KINDS)
            if party.regency_kode is not None and party.regency_kode not in kaltim().regency_bps:
                problems.add(
                    "penanggung_jawab", "unknown_region", "Kode kabupaten/kota tidak dikenal."
                )
        for ref in draft.regions:
            if known.get(ref.code) != ref.regency:
                problems.add(
                    "wilayah",
                    "unknown_region",
                    f"Kolom 'wilayah': kode '{ref.code}' tidak dikenal.",
                )
        if len(draft.indicators) > MAX_LINKS:
            problems.add(LINKS_KEY, "too_many", f"Paling banyak {MAX_LINKS} indikator terkait.")
        for i, link in enumerate(draft.indicators, start=1):
            _check_link_draft(problems, link, known, i)
    elif isinstance(draft, NoteDraft):
        text("penulis", draft.author)
        text("catatan", draft.text)
        text("bukti", draft.evidence, required=False)
        if draft.evidence and texts.evidence_problem(draft.evidence):
            problems.add(
                "bukti", "unsafe_link", f"Kolom 'bukti': {texts.evidence_problem(draft.evidence)}"
            )
    else:  # pragma: no cover - programming error
        raise TypeError(f"bukan draf rumusan: {type(draft)!r}")
    return list(problems)


def _check_closed(problems: Problems, name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        problems.add(
            name, "unknown_value", f"Kolom '{name}': pilih salah satu: {', '.join(allowed)}."
        )


def _check_link_draft(
    problems: Problems, link: IndicatorLink, known: Mapping[str, str], item: int
) -> None:
    def add(name: str, reason: str) -> None:
        problems.add(name, "bad_link", reason, item=item)

    try:
        get_indicator(link.indicator_id)
    except KeyError:
        add("indikator", f"Kolom 'indikator': '{link.indicator_id}' tidak ada di katalog.")
    if link.region_code not in known:
        add(
            "wilayah_indikator",
            f"Kolom 'wilayah_indikator': kode '{link.region_code}' tidak dikenal.",
        )
    if link.direction not in vocab.DIRECTIONS:
        add("arah", "Kolom 'arah': tulis >= atau <=.")
    if not TARGET_YEARS[0] <= link.target_year <= TARGET_YEARS[1]:
        add("tahun_target", "Kolom 'tahun_target' tidak valid.")
    if link.target != link.target or link.target < 0:  # NaN or negative
        add("target", "Kolom 'target' tidak valid.")
