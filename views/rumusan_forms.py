"""What the rumusan forms say: field labels, an import or edit problem in the form's words, the
saved version beside an unsaved edit, the region pickers and a target as a form shows it. Only
the staff's editing and import screens use these, so they are apart from the read views.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from views.i18n import t
from views.rumusan_progress import target_text
from views.rumusan_words import (
    day_label,
    kind_label,
    parties_text,
    plain_number,
    regency_names,
    region_name,
    status_label,
)
from welfare.rumusan import vocab
from welfare.rumusan.drafts import RumusanDraft
from welfare.rumusan.problems import FieldProblem
from welfare.rumusan.stored import StoredRumusan
from welfare.seed import read_kecamatan

# -- fields -----------------------------------------------------------------------------------
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


# -- pickers ----------------------------------------------------------------------------------
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
    return "" if value is None else plain_number(float(value), "id").replace(".", "")
