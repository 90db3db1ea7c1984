"""The parties responsible for a rumusan: Dinsos provinsi, a regency's Dinsos, another agency.

Written as staff write them, several separated by ";" or new lines: "Dinsos provinsi",
"Dinas Sosial Kaltim", "Dinsos kab/kota", "Dinsos PPU", "Dinas Sosial 6409", "Dinas Sosial P3A
Kabupaten Mahakam Ulu" (a merged agency keeps its name, the regency is read from its end),
"Disdukcapil Kaltim" (another agency, as written). A "Dinsos ..." whose region is not read is
kept as another agency with a warning, never matched to a guess.
"""

from __future__ import annotations

import re

from welfare.importing.names import normalise
from welfare.region_codes import kaltim
from welfare.rumusan import texts, vocab
from welfare.rumusan.drafts import Party
from welfare.rumusan.problems import FieldProblem, Problems, split_items
from welfare.rumusan.regions import region_label, resolver

MAX_PARTIES = 20
_PROVINCE_WORDS = frozenset({"provinsi", "prov", "kaltim", "kalimantan timur"}) | {
    "provinsi kaltim",
    "provinsi kalimantan timur",
    "prov kaltim",
    "prov kalimantan timur",
}
_REGENCIES_WORDS = frozenset(
    {
        "kabupaten kota",
        "kab kota",
        "kabupaten kota se kaltim",
        "kab kota se kaltim",
        "kabupaten kota se kalimantan timur",
        "kab kota se kalimantan timur",
        "se kaltim",
    }
)
_DINSOS = re.compile(r"^(?:dinsos|dinas sosial)\b\s*(?P<rest>.*)$")


def read_party(text: str) -> tuple[Party, FieldProblem | None]:
    """The party ``text`` names and, when it is not recognised as a Dinsos, a warning that it
    is recorded as another agency (as written); a bare "Dinsos" is the province's, said as an
    info line."""
    written = texts.clean(text)
    words = normalise(written)
    m = _DINSOS.match(words)
    if m is not None:
        rest = m["rest"].strip()
        if not rest:  # this dashboard is the provincial Dinsos's: say how it was read
            return Party(vocab.PARTY_PROVINCE, vocab.PROVINCE_DINSOS), FieldProblem(
                "info",
                "party_read_as_province",
                "penanggung_jawab",
                f"Kolom 'penanggung_jawab': '{written}' dibaca sebagai {vocab.PROVINCE_DINSOS}; "
                "tulis 'Dinsos <kabupaten/kota>' bila yang dimaksud Dinas Sosial kabupaten/kota.",
            )
        if rest in _PROVINCE_WORDS:
            return Party(vocab.PARTY_PROVINCE, vocab.PROVINCE_DINSOS), None
        if rest in _REGENCIES_WORDS:
            return Party(vocab.PARTY_REGENCY, vocab.ALL_REGENCY_DINSOS), None
        regency = _regency_in(rest, whole=True)
        if regency is not None:
            return Party(
                vocab.PARTY_REGENCY, f"Dinas Sosial {region_label(regency)}", regency
            ), None
        regency = _regency_in(rest, whole=False)
        if regency is not None:  # "Dinsos P3A Kabupaten Mahakam Ulu": a merged agency
            return Party(vocab.PARTY_REGENCY, written, regency), None
        return Party(vocab.PARTY_OTHER, written), FieldProblem(
            "warning",
            "party_not_recognised",
            "penanggung_jawab",
            f"Kolom 'penanggung_jawab': '{written}' tidak dikenali sebagai Dinas Sosial provinsi "
            "atau kabupaten/kota; dicatat sebagai instansi lain seperti ditulis.",
        )
    return Party(vocab.PARTY_OTHER, written), None


def _regency_in(words: str, *, whole: bool) -> str | None:
    """A regency named by ``words`` (whole) or by their last words (a merged agency's name)."""
    parts = words.split()
    starts = [0] if whole else range(1, len(parts))
    for start in starts:
        tail = " ".join(parts[start:])
        if not tail:
            continue
        bps = kaltim().regency(tail.replace(" ", "."))  # "64 09" was "64.09"
        if bps is not None:
            return bps
        found = resolver().resolve(tail)
        if found.kind == "region" and found.kode_bps and not kaltim().is_kecamatan(found.kode_bps):
            return found.kode_bps
    return None


def read_parties(raw: object, problems: Problems) -> tuple[Party, ...]:
    items = split_items(raw, r"[;\n]")
    if not items:
        problems.add(
            "penanggung_jawab",
            "required",
            "Kolom 'penanggung_jawab' wajib diisi (Dinsos provinsi, Dinsos <kabupaten/kota> atau "
            "instansi lain; beberapa dipisah titik koma).",
        )
        return ()
    if len(items) > MAX_PARTIES:
        problems.add(
            "penanggung_jawab",
            "too_many",
            f"Kolom 'penanggung_jawab': paling banyak {MAX_PARTIES} pihak.",
        )
        return ()
    out: dict[tuple[str, str | None, str], Party] = {}
    for item in items:
        reason = texts.too_long("penanggung_jawab", item)
        if reason:
            problems.add("penanggung_jawab", "too_long", f"Kolom 'penanggung_jawab': {reason}")
            continue
        party, warning = read_party(item)
        if warning is not None:
            problems.append(warning)
        out.setdefault((party.kind, party.regency_kode, party.name.lower()), party)
    return tuple(out.values())
