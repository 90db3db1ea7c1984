"""A meeting, a rumusan or a follow-up note as typed (a form or a template row), checked field
by field.

Each ``check_*`` turns typed values (keys: the template's column names, :data:`MEETING_FIELDS`,
:data:`RUMUSAN_FIELDS` with :data:`welfare.rumusan.links.LINK_FIELDS`, :data:`NOTE_FIELDS`;
missing keys are empty) into a draft (:mod:`welfare.rumusan.drafts`), or names each field that
is wrong with a reason in Bahasa Indonesia: the form shows it under the field, the importer
adds sheet, row and column. Same shape as the programme register's checks
(:mod:`welfare.register.records`).

Text is cleaned and limited (:mod:`welfare.rumusan.texts`); closed lists accept their written
forms (:mod:`welfare.rumusan.vocab`); regions, parties and linked indicators are read by
:mod:`~welfare.rumusan.regions`, :mod:`~welfare.rumusan.parties` and
:mod:`~welfare.rumusan.links`. A draft built by hand is held to the same rules by
:func:`welfare.rumusan.draft_checks.draft_problems`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from welfare.closed_lists import fold
from welfare.rumusan import dates, texts, vocab
from welfare.rumusan.drafts import MeetingDraft, NoteDraft, RumusanDraft
from welfare.rumusan.links import LINK_FIELDS, read_links
from welfare.rumusan.parties import read_parties
from welfare.rumusan.problems import Checked, FieldProblem, Problems
from welfare.rumusan.regions import read_region, read_region_list

__all__ = ["Checked", "FieldProblem", "check_meeting", "check_note", "check_rumusan", "check_user"]

MEETING_FIELDS: dict[str, str] = {
    "nama": "nama rapat",
    "tanggal": "tanggal rapat (31 Desember 2026, 31/12/2026 atau 2026-12-31)",
    "tempat": "tempat rapat",
    "tuan_rumah": "kode BPS (6409) atau Kemendagri (64.09) kabupaten/kota tuan rumah; "
    "64 = provinsi",
}
RUMUSAN_FIELDS: dict[str, str] = {
    "nomor": "nomor urut rumusan (1, 2, 3 ...)",
    "rumusan": "teks rumusan",
    "jenis": "kebijakan, program, data, anggaran atau kelembagaan",
    "penanggung_jawab": "Dinsos provinsi, Dinsos <kabupaten/kota> atau instansi lain; "
    "beberapa dipisah titik koma",
    "wilayah": "semua, atau kode/nama kabupaten/kota atau kecamatan; beberapa dipisah koma",
    "batas_waktu": "tanggal (31/12/2026) atau bulan (Desember 2026); boleh kosong",
    "status": "belum dimulai, berjalan, selesai atau tidak dilanjutkan (kosong: belum dimulai)",
}
NOTE_FIELDS: dict[str, str] = {
    "tanggal": "tanggal tindak lanjut",
    "penulis": "nama penulis catatan",
    "catatan": "isi catatan tindak lanjut",
    "bukti": "tautan (https://...) atau nama dokumen bukti; boleh kosong",
}
MAX_NUMBER = 999
_NUMBER = re.compile(r"^\(?(?P<n>\d{1,3})[.)]?$")


def _text(raw: Mapping[str, object], name: str, problems: Problems, *, required: bool) -> str:
    value = texts.clean(raw.get(name), multiline=name in texts.MULTILINE)
    if required and not value:
        fields = MEETING_FIELDS | RUMUSAN_FIELDS | LINK_FIELDS | NOTE_FIELDS
        problems.add(name, "required", f"Kolom '{name}' wajib diisi ({fields.get(name, name)}).")
    reason = texts.too_long(name, value)
    if reason:
        problems.add(name, "too_long", f"Kolom '{name}': {reason}")
    return value


def read_number(raw: object) -> int | None:
    """'3', '3.', '(3)', 3.0 -> 3; None when empty; ValueError (Indonesian) otherwise."""
    if raw is None or isinstance(raw, bool):
        if raw is None:
            return None
        raise ValueError("nomor harus angka bulat 1 sampai 999.")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = texts.clean(raw)
    if not text:
        return None
    m = _NUMBER.match(text)
    if m is None or not 1 <= int(m["n"]) <= MAX_NUMBER:
        raise ValueError(f"nomor '{text}' tidak valid; tulis angka bulat 1 sampai {MAX_NUMBER}.")
    return int(m["n"])


def check_meeting(raw: Mapping[str, object], *, is_example: bool = False) -> Checked[MeetingDraft]:
    """A meeting: ``nama``, ``tanggal``, ``tempat``, ``tuan_rumah``."""
    problems = Problems()
    name = _text(raw, "nama", problems, required=True)
    place = _text(raw, "tempat", problems, required=True)
    held_on = None
    try:
        parsed = dates.parse_day(raw.get("tanggal"))
    except dates.DateFormatError as exc:
        problems.add("tanggal", "bad_date", f"Kolom 'tanggal': {exc.reason}")
    else:
        if parsed is None:
            problems.add(
                "tanggal", "required", f"Kolom 'tanggal' wajib diisi ({MEETING_FIELDS['tanggal']})."
            )
        else:
            held_on = parsed.day
    host = None
    host_text = texts.clean(raw.get("tuan_rumah"))
    if not host_text:
        problems.add(
            "tuan_rumah",
            "required",
            f"Kolom 'tuan_rumah' wajib diisi ({MEETING_FIELDS['tuan_rumah']}).",
        )
    else:
        ref, reason = read_region(host_text)
        if ref is None:
            problems.add("tuan_rumah", "unknown_region", f"Kolom 'tuan_rumah': {reason}")
        elif ref.code != ref.regency:
            problems.add(
                "tuan_rumah",
                "kecamatan_as_host",
                f"Kolom 'tuan_rumah': '{host_text}' adalah kecamatan; tulis kabupaten/kotanya "
                "(atau 64 bila provinsi tuan rumahnya).",
            )
        else:
            host = ref.code
    if problems.failed:
        return Checked(None, list(problems))
    assert held_on is not None and host is not None
    return Checked(MeetingDraft(name, held_on, place, host, is_example), list(problems))


def check_rumusan(
    raw: Mapping[str, object], *, meeting_date: date | None = None
) -> Checked[RumusanDraft]:
    """A rumusan (keys of :data:`RUMUSAN_FIELDS`, one linked indicator in the keys of
    :data:`LINK_FIELDS` and/or several under :data:`LINKS_KEY`). ``meeting_date`` checks the
    deadline and the target years against the meeting."""
    problems = Problems()
    number = None
    try:
        number = read_number(raw.get("nomor"))
    except ValueError as exc:
        problems.add("nomor", "bad_number", f"Kolom 'nomor': {exc}")
    text = _text(raw, "rumusan", problems, required=True)

    kind = None
    kind_text = texts.clean(raw.get("jenis"))
    if not kind_text:
        problems.add("jenis", "required", f"Kolom 'jenis' wajib diisi ({RUMUSAN_FIELDS['jenis']}).")
    else:
        kind = vocab.kind_of(kind_text)
        if kind is None:
            problems.add(
                "jenis",
                "unknown_kind",
                f"Kolom 'jenis': '{kind_text}' tidak dikenal; pilih salah satu: "
                f"{', '.join(vocab.KINDS)}.",
            )

    status = vocab.NOT_STARTED
    status_text = texts.clean(raw.get("status"))
    if status_text:
        found = vocab.status_of(status_text)
        if found is None:
            late = fold(status_text) == vocab.LATE
            problems.add(
                "status",
                "late_is_derived" if late else "unknown_status",
                "Kolom 'status': 'terlambat' ditentukan otomatis dari batas waktu; pilih belum "
                "dimulai atau berjalan."
                if late
                else f"Kolom 'status': '{status_text}' tidak dikenal; pilih salah satu: "
                + ", ".join(vocab.label(vocab.STATUS_LABELS, s).lower() for s in vocab.STATUSES)
                + ".",
            )
        else:
            status = found

    deadline = None
    try:
        parsed = dates.parse_day(raw.get("batas_waktu"), month_only=True)
    except dates.DateFormatError as exc:
        problems.add("batas_waktu", "bad_date", f"Kolom 'batas_waktu': {exc.reason}")
    else:
        if parsed is not None:
            deadline = parsed.day
            if not parsed.has_day:
                problems.add(
                    "batas_waktu",
                    "month_read_as_last_day",
                    f"Kolom 'batas_waktu': dibaca sebagai {dates.label(deadline)} (akhir bulan).",
                    level="info",
                )
            if meeting_date is not None and deadline < meeting_date:
                problems.add(
                    "batas_waktu",
                    "deadline_before_meeting",
                    f"Kolom 'batas_waktu': {dates.label(deadline)} sebelum tanggal rapat "
                    f"({dates.label(meeting_date)}).",
                )

    parties = read_parties(raw.get("penanggung_jawab"), problems)
    regions = read_region_list(raw.get("wilayah"), problems)
    links, link_problems = read_links(raw, regions, meeting_date)
    problems.extend(link_problems)
    if problems.failed:
        return Checked(None, list(problems))
    assert kind is not None
    draft = RumusanDraft(text, kind, parties, regions, links, deadline, status, number)
    return Checked(draft, list(problems))


def check_note(raw: Mapping[str, object], *, today: date | None = None) -> Checked[NoteDraft]:
    """A follow-up note: ``tanggal``, ``penulis``, ``catatan``, ``bukti``. With ``today``, a
    date after it is refused (a note records what happened)."""
    problems = Problems()
    author = _text(raw, "penulis", problems, required=True)
    text = _text(raw, "catatan", problems, required=True)
    evidence = _text(raw, "bukti", problems, required=False)
    if evidence:
        reason = texts.evidence_problem(evidence)
        if reason:
            problems.add("bukti", "unsafe_link", f"Kolom 'bukti': {reason}")
    noted_on = None
    try:
        parsed = dates.parse_day(raw.get("tanggal"))
    except dates.DateFormatError as exc:
        problems.add("tanggal", "bad_date", f"Kolom 'tanggal': {exc.reason}")
    else:
        if parsed is None:
            problems.add(
                "tanggal", "required", f"Kolom 'tanggal' wajib diisi ({NOTE_FIELDS['tanggal']})."
            )
        elif today is not None and parsed.day > today:
            problems.add(
                "tanggal",
                "future_date",
                f"Kolom 'tanggal': {dates.label(parsed.day)} belum terjadi (hari ini "
                f"{dates.label(today)}).",
            )
        else:
            noted_on = parsed.day
    if problems.failed:
        return Checked(None, list(problems))
    assert noted_on is not None
    return Checked(NoteDraft(noted_on, author, text, evidence or None), list(problems))


def check_user(raw: object) -> tuple[str | None, str | None]:
    """(the user name to record, None) or (None, why not): cleaned, required, limited."""
    user = texts.clean(raw)
    if not user:
        return None, "Nama pengguna wajib ada untuk setiap perubahan."
    reason = texts.too_long("pengguna", user)
    return (None, f"Nama pengguna: {reason}") if reason else (user, None)
