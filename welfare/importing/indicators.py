"""Match column headers and "indikator" cells to catalogue indicator ids.

Keys come from the catalogue itself (id, Indonesian and English label, an abbreviation in
parentheses) plus the synonyms Dinsos tables actually use. A key that would point to two
indicators is dropped: an ambiguous header is reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from welfare.importing.names import normalise

# Header wording seen in Dinsos PMKS/programme tables -> catalogue id. Ids missing from the
# catalogue are ignored, so this list may run ahead of the catalogue.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "pmks_total": ("jumlah pmks", "total pmks", "pmks", "jumlah pmks 26 jenis"),
    "ppks_total": ("jumlah ppks", "total ppks", "ppks"),
    "pmks_anak_balita_terlantar": ("abt", "anak balita telantar", "balita telantar"),
    "pmks_anak_terlantar": ("anak telantar",),
    "pmks_anak_berhadapan_hukum": (
        "abh", "anak berhadapan dengan hukum", "anak berhadapan hukum", "anak nakal",
    ),
    "pmks_anak_jalanan": ("anjal", "anak jalanan"),
    "pmks_anak_dengan_kedisabilitasan": (
        "adk", "anak dengan disabilitas", "anak penyandang disabilitas", "anak cacat",
        "anak dengan kecacatan",
    ),
    "pmks_anak_korban_tindak_kekerasan": (
        "aktk", "anak korban tindak kekerasan", "anak korban kekerasan",
        "anak menjadi korban tindak kekerasan atau diperlakukan salah",
        "anak korban tindak kekerasan diperlakukan salah",
    ),
    "pmks_anak_memerlukan_perlindungan_khusus": (
        "ampk", "anak memerlukan perlindungan khusus",
    ),
    "pmks_lanjut_usia_terlantar": ("lansia telantar", "lanjut usia telantar", "lut"),
    "pmks_penyandang_disabilitas": ("penyandang cacat", "disabilitas", "penca"),
    "pmks_tuna_susila": ("wts", "wanita tuna susila", "psk", "pekerja seks komersial"),
    "pmks_gelandangan": ("gelandangan",),
    "pmks_pengemis": ("pengemis",),
    "pmks_pemulung": ("pemulung",),
    "pmks_kelompok_minoritas": ("kelompok minoritas", "minoritas"),
    "pmks_bekas_warga_binaan_lapas": (
        "bwblp", "bwbl", "bekas warga binaan lembaga pemasyarakatan", "bekas narapidana",
        "mantan narapidana", "eks narapidana", "eks napi",
    ),
    "pmks_odha": ("odha", "orang dengan hiv aids", "penderita hiv aids"),
    "pmks_korban_napza": (
        "korban napza", "korban penyalahgunaan napza", "korban penyalahgunaan narkoba",
    ),
    "pmks_korban_trafficking": (
        "korban trafficking", "korban perdagangan orang", "korban perdagangan manusia",
    ),
    "pmks_korban_tindak_kekerasan": ("ktk", "korban tindak kekerasan", "korban kekerasan"),
    "pmks_pekerja_migran_bermasalah_sosial": (
        "pmbs", "pekerja migran bermasalah sosial", "pekerja migran bermasalah",
        "tki bermasalah sosial", "pekerja migran",
    ),
    "pmks_korban_bencana_alam": ("korban bencana alam", "kba"),
    "pmks_korban_bencana_sosial": ("korban bencana sosial", "kbs"),
    "pmks_perempuan_rawan_sosial_ekonomi": (
        "prse", "wrse", "wanita rawan sosial ekonomi", "perempuan rawan sosial ekonomi",
    ),
    "pmks_fakir_miskin": ("fakir miskin", "fm"),
    "pmks_keluarga_bermasalah_sosial_psikologis": (
        "kbsp", "keluarga bermasalah sosial psikologis",
    ),
    "pmks_komunitas_adat_terpencil": ("kat", "komunitas adat terpencil"),
    "kpm_pkh": (
        "kpm pkh", "pkh", "pkh kpm", "penerima pkh", "jumlah kpm pkh", "keluarga penerima pkh",
        "program keluarga harapan", "kpm program keluarga harapan",
    ),
    "kpm_pkh_sasaran": ("sasaran pkh", "keluarga sasaran pkh", "pkh sasaran"),
    "kpm_bpnt": (
        "kpm bpnt", "bpnt", "bpnt kpm", "kpm sembako", "program sembako", "sembako",
        "bpnt sembako", "kpm bpnt sembako", "kpm program sembako", "penerima bpnt",
        "penerima sembako", "bantuan pangan non tunai", "bpnt program sembako",
    ),
    "kpm_bpnt_sasaran": ("sasaran bpnt", "sasaran sembako", "keluarga sasaran bpnt"),
    "pbi_jk_jiwa": (
        "pbi jk", "peserta pbi jk", "pbi jkn", "peserta pbi jkn", "pbi jk apbn", "pbi apbn",
        "penerima pbi jk", "pbi jk jiwa",
    ),
    "pbi_jk_sasaran_jiwa": ("sasaran pbi jk", "sasaran pbi"),
    "pbi_apbd_jiwa": ("pbi apbd", "peserta pbi apbd"),
    "penduduk_jiwa": ("jumlah penduduk", "penduduk"),
    "dtks_kk": ("dtks kk", "kk dtks", "keluarga dtks"),
    "dtks_jiwa": ("dtks jiwa", "jiwa dtks"),
}

_STOPWORDS = frozenset({"yang"})
# Words around a label that do not change what is counted.
_LEADING = ("jumlah ", "jml ", "total ", "data ")
_UNITS = frozenset({
    "jiwa", "orang", "kpm", "kk", "keluarga", "rtm", "persen", "unit", "lembaga", "org",
})
_PAREN = re.compile(r"\(([^)]*)\)")
# Parenthesised words in labels that are units or sources, not names of the indicator.
_NOT_ABBREVIATIONS = frozenset({"KPM", "KK", "BPS", "APBD", "APBN"})
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9/-]{1,9}$")


def key(text: str) -> str:
    """Comparison key: normalised, old spelling 'terlantar' -> 'telantar', no filler words."""
    words = normalise(text).replace("terlantar", "telantar").split()
    return " ".join(w for w in words if w not in _STOPWORDS)


@dataclass(frozen=True)
class IndicatorRef:
    id: str
    label_id: str
    label_en: str
    unit: str
    kind: str  # count | percent | index | currency | area
    group: str


class IndicatorMatcher:
    def __init__(self, indicators: Iterable[IndicatorRef]) -> None:
        self.indicators = {i.id: i for i in indicators}
        keys: dict[str, set[str]] = {}

        def add(text: str, ind_id: str) -> None:
            k = key(text)
            if k:
                keys.setdefault(k, set()).add(ind_id)

        for ind in self.indicators.values():
            add(ind.id, ind.id)
            add(ind.label_id, ind.id)
            add(ind.label_en, ind.id)
            add(_PAREN.sub(" ", ind.label_id), ind.id)
            for inner in _PAREN.findall(ind.label_id):
                inner = inner.strip()
                if (_ABBREVIATION.match(inner) and inner.lower() != ind.unit.lower()
                        and inner not in _NOT_ABBREVIATIONS):
                    add(inner, ind.id)
        self._ids_by_key = keys
        self._exact = {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}
        self._ambiguous = {k for k, v in keys.items() if len(v) > 1}
        for ind_id, words in SYNONYMS.items():
            if ind_id not in self.indicators:
                continue
            for text in words:
                k = key(text)
                if k in self._exact and self._exact[k] != ind_id:
                    continue  # the catalogue's own label wins over a synonym
                if k not in self._ambiguous:
                    self._exact[k] = ind_id

    def get(self, ind_id: str) -> IndicatorRef:
        return self.indicators[ind_id]

    def match(self, text: str) -> str | None:
        """The indicator id a header or cell names, or None."""
        if not text or not text.strip():
            return None
        raw = text.strip()
        if raw in self.indicators:
            return raw
        for candidate in self._candidates(raw):
            found = self._exact.get(candidate)
            if found:
                return found
        return None

    def _candidates(self, text: str) -> list[str]:
        out: list[str] = []
        bases = [text, _PAREN.sub(" ", text)]
        for base in bases:
            k = key(base)
            out.append(k)
            words = k.split()
            while words and words[-1] in _UNITS and len(words) > 1:
                words = words[:-1]
                out.append(" ".join(words))
            trimmed = " ".join(words)
            for lead in _LEADING:
                if trimmed.startswith(lead):
                    out.append(trimmed[len(lead):])
        return [c for c in out if c]

    def suggest(self, text: str) -> str | None:
        """A close catalogue label for an unknown header, for the error message."""
        import difflib

        k = key(text)
        labels = {key(i.label_id): i.label_id for i in self.indicators.values()}
        close = difflib.get_close_matches(k, list(labels), n=1, cutoff=0.75)
        return labels[close[0]] if close else None
