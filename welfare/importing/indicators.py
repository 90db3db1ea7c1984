"""Match column headers and "indikator" cells to catalogue indicator ids.

Keys come from the catalogue itself (id, Indonesian and English label, an abbreviation in
parentheses) plus the synonyms Dinsos tables actually use. A key that would point to two
indicators is dropped: an ambiguous header is reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from welfare.catalogue import IndicatorDef
from welfare.importing.names import normalise

# Header wording seen in Dinsos PMKS/programme tables -> catalogue id. Ids missing from the
# catalogue are ignored, so this list may run ahead of the catalogue.
# fmt: off
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
    # BPS names the poverty rate P0 (P1 and P2 are in their labels already).
    "penduduk_miskin_persen": ("p0", "persentase penduduk miskin p0", "headcount index"),
    "penduduk_miskin_persen_sep": ("p0 september", "persentase penduduk miskin p0 september"),
    "dtks_kk": ("dtks kk", "kk dtks", "keluarga dtks"),
    "dtks_jiwa": ("dtks jiwa", "jiwa dtks"),
}
# fmt: on
# DTSEN deciles and recipients by decile, as the SIKS-NG aggregate export heads them ("Desil 3
# (KK)", "PKH Desil 3"). "Desil 3" fits families and persons: the unit in the header (or its
# merged parent header) chooses, otherwise the header is reported as ambiguous.
for _n in range(1, 11):
    SYNONYMS[f"dtsen_desil{_n}_kk"] = (
        f"desil {_n}",
        f"dtsen desil {_n}",
        f"keluarga desil {_n}",
        f"kk desil {_n}",
    )
    SYNONYMS[f"dtsen_desil{_n}_jiwa"] = (
        f"desil {_n}",
        f"dtsen desil {_n}",
        f"jiwa desil {_n}",
        f"penduduk desil {_n}",
    )
    SYNONYMS[f"kpm_pkh_desil{_n}"] = (f"pkh desil {_n}", f"kpm pkh desil {_n}")
    SYNONYMS[f"kpm_bpnt_desil{_n}"] = (
        f"bpnt desil {_n}",
        f"sembako desil {_n}",
        f"kpm bpnt desil {_n}",
    )
    SYNONYMS[f"pbi_jk_desil{_n}"] = (f"pbi jk desil {_n}", f"pbi desil {_n}")
SYNONYMS["dtsen_desil1_5_kk"] = ("desil 1 5", "desil 1 sd 5", "keluarga desil 1 5")

_STOPWORDS = frozenset({"yang"})
# Words around a label that do not change what is counted.
_LEADING = ("jumlah ", "jml ", "total ", "data ", "banyaknya ")
# Spelled-out terms -> the abbreviation the rest of the keys use ("Keluarga Penerima Manfaat
# BPNT" is "KPM BPNT").
_PHRASES = (
    ("keluarga penerima manfaat", "kpm"),
    ("penerima bantuan iuran", "pbi"),
    ("jaminan kesehatan nasional", "jkn"),
    ("jaminan kesehatan", "jk"),
)
# Unit words as headers write them -> unit family. jiwa and orang count people, KK and
# keluarga count families; a KPM is a family too (see _COMPATIBLE) but the catalogue keeps
# KPM and KK apart (kpm_pkh vs kpm_pkh_kuota), so it is a family of its own.
# fmt: off
UNIT_FAMILIES: dict[str, str] = {
    "jiwa": "orang", "orang": "orang", "org": "orang", "individu": "orang",
    "kk": "keluarga", "keluarga": "keluarga",
    "kpm": "kpm",
    "rtm": "rumah tangga", "rumah tangga": "rumah tangga", "ruta": "rumah tangga",
    "persen": "persen", "%": "persen",
    "unit": "unit", "lembaga": "lembaga",
    "rupiah": "rupiah", "rp": "rupiah",
    "indeks": "indeks", "km2": "km2",
}
# fmt: on
# Families that may stand for each other without a warning.
_COMPATIBLE = frozenset({("kpm", "keluarga"), ("keluarga", "kpm")})
_UNITS = frozenset(UNIT_FAMILIES) - {"%"}
_PAREN = re.compile(r"\(([^)]*)\)")
# Parenthesised words in labels that are units or sources, not names of the indicator.
_NOT_ABBREVIATIONS = frozenset({"KPM", "KK", "BPS", "APBD", "APBN"})
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9/-]{1,9}$")
# How a title names the regions it is broken down by; "kota" there is not "perkotaan".
_PLACE_WORDS = re.compile(r"\b(?:kabupaten|kab) kota\b|\bkota kabupaten\b|\bdesa kelurahan\b")


def key(text: str) -> str:
    """Comparison key: normalised, old spelling 'terlantar' -> 'telantar', no filler words."""
    text = normalise(text).replace("terlantar", "telantar")
    for phrase, short in _PHRASES:
        text = re.sub(rf"\b{phrase}\b", short, text)
    return " ".join(w for w in text.split() if w not in _STOPWORDS)


def unit_family(unit: str | None) -> str | None:
    """The family of a unit as the catalogue or a header writes it ("KK" -> "keluarga")."""
    if not unit:
        return None
    if "%" in unit:
        return "persen"
    k = normalise(unit)
    if k in UNIT_FAMILIES:
        return UNIT_FAMILIES[k]
    first = k.split()[0] if k else ""
    return UNIT_FAMILIES.get(first)  # "persen per tahun" -> persen


def written_unit(text: str) -> str | None:
    """The unit a header states: "(KK)", "(%)", or a last word such as "PBI-JK Jiwa"."""
    if not text:
        return None
    for inner in reversed(_PAREN.findall(text)):
        if "%" in inner:
            return "%"
        if normalise(inner) in _UNITS:
            return inner.strip()
    words = normalise(_PAREN.sub(" ", text)).split()
    if len(words) > 1 and words[-1] in _UNITS:
        return words[-1]
    return None


def _fits(unit_a: str | None, unit_b: str | None, loose: bool) -> bool:
    a, b = unit_family(unit_a), unit_family(unit_b)
    if a is None or b is None:
        return False
    return a == b or (loose and (a, b) in _COMPATIBLE)


@dataclass(frozen=True)
class ConceptHit:
    """An indicator whose label or synonym a longer text names (all of its words)."""

    indicator: str
    words: int  # the number of words of its longest phrase found in the text
    tier: int  # 0 full label, 1 synonym, 2 loose (label without parentheses ...)
    covered: frozenset[str]  # the text's words its phrases account for


@dataclass(frozen=True)
class HeaderMatch:
    """What a header names: one indicator, several that still fit, or nothing."""

    indicator: str | None = None
    candidates: tuple[str, ...] = ()  # ids that still fit when the header is ambiguous
    unit: str | None = None  # the unit the header (or its parent) states, as written
    unit_mismatch: bool = False  # that unit differs from the chosen indicator's unit

    @property
    def ambiguous(self) -> bool:
        return self.indicator is None and len(self.candidates) > 1


class IndicatorMatcher:
    """Header text -> catalogue id, in three tiers tried per key, most specific first.

    * exact: an id or a full label (Indonesian or English) names one indicator;
    * synonyms: the wording in :data:`SYNONYMS`, shared with the indicator's unit variants
      ("KAT" fits both the jiwa and the KK indicator);
    * loose: labels without their parentheses or leading "Jumlah", abbreviations in labels.

    Where a tier leaves several indicators, the unit written in the header (or its parent
    header) picks one; otherwise the header is ambiguous and reported, never guessed.
    """

    def __init__(self, indicators: Iterable[IndicatorDef]) -> None:
        self.indicators = {i.id: i for i in indicators}
        self._order = {ind_id: n for n, ind_id in enumerate(self.indicators)}
        exact: dict[str, set[str]] = {}
        loose: dict[str, set[str]] = {}

        def add(table: dict[str, set[str]], text: str, ind_id: str) -> None:
            k = key(text)
            if not k:
                return
            table.setdefault(k, set()).add(ind_id)
            for lead in _LEADING:
                if k.startswith(lead) and len(k) > len(lead):
                    table.setdefault(k[len(lead) :], set()).add(ind_id)

        concept: dict[str, set[str]] = {}  # label without parentheses -> its unit variants
        for ind in self.indicators.values():
            for text in (ind.id, ind.label_id, ind.label_en):
                k = key(text)
                if k:
                    exact.setdefault(k, set()).add(ind.id)
            for label in (ind.label_id, ind.label_en):
                add(loose, _PAREN.sub(" ", label), ind.id)
            concept.setdefault(key(_PAREN.sub(" ", ind.label_id)), set()).add(ind.id)
            for inner in _PAREN.findall(ind.label_id):
                inner = inner.strip()
                if (
                    _ABBREVIATION.match(inner)
                    and inner.lower() != ind.unit.lower()
                    and inner not in _NOT_ABBREVIATIONS
                ):
                    add(loose, inner, ind.id)
        # A full label that two indicators share is no longer exact.
        self._exact = {k: next(iter(v)) for k, v in exact.items() if len(v) == 1}
        for k, v in exact.items():
            if len(v) > 1:
                loose.setdefault(k, set()).update(v)

        synonyms: dict[str, set[str]] = {}
        for ind_id, words in SYNONYMS.items():
            if ind_id not in self.indicators:
                continue
            # Variants of the same concept in another unit share the synonym; the unit in the
            # header then chooses between them.
            label_key = key(_PAREN.sub(" ", self.indicators[ind_id].label_id))
            unit = self.indicators[ind_id].unit
            variants = {ind_id} | {
                other
                for other in concept.get(label_key, ())
                if unit_family(self.indicators[other].unit) != unit_family(unit)
            }
            for text in words:
                for v in variants:
                    add(synonyms, text, v)
        self._synonyms = synonyms
        self._loose = loose
        self._phrases: dict[str, list[tuple[frozenset[str], int, tuple[str, ...]]]] | None = None

    def get(self, ind_id: str) -> IndicatorDef:
        return self.indicators[ind_id]

    def match(self, text: str) -> str | None:
        """The indicator id a header or cell names, or None (also when ambiguous)."""
        return self.resolve(text).indicator

    def resolve(self, text: str, unit: str | None = None) -> HeaderMatch:
        """Match ``text``; ``unit`` is a unit stated elsewhere, e.g. in a merged parent header.

        A unit in ``text`` itself wins over ``unit``.
        """
        if not text or not text.strip():
            return HeaderMatch()
        raw = text.strip()
        if raw in self.indicators:
            return HeaderMatch(raw)
        stated = written_unit(raw) or unit
        hits: list[set[str]] = []
        for candidate in self._candidates(raw):
            for found in (
                {self._exact[candidate]} if candidate in self._exact else set(),
                self._synonyms.get(candidate, set()),
                self._loose.get(candidate, set()),
            ):
                if found and (not hits or hits[-1] != found):
                    hits.append(found)
        if not hits:
            return HeaderMatch(unit=stated)
        if stated is not None and unit_family(stated) is not None:
            for loose in (False, True):
                for found in hits:
                    fit = self._sorted(i for i in found if _fits(stated, self.get(i).unit, loose))
                    if len(fit) == 1:
                        return HeaderMatch(fit[0], unit=stated)
                    if fit:
                        return HeaderMatch(candidates=tuple(fit), unit=stated)
            first = hits[0]
            if len(first) == 1:
                (only,) = first
                return HeaderMatch(
                    only, unit=stated, unit_mismatch=unit_family(self.get(only).unit) is not None
                )
            return HeaderMatch(candidates=tuple(self._sorted(first)), unit=stated)
        first = hits[0]
        if len(first) == 1:
            return HeaderMatch(next(iter(first)), unit=stated)
        return HeaderMatch(candidates=tuple(self._sorted(first)), unit=stated)

    def _sorted(self, ids: Iterable[str]) -> list[str]:
        return sorted(ids, key=lambda i: self._order.get(i, len(self._order)))

    def _candidates(self, text: str) -> list[str]:
        """Keys to look up, most specific first."""
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
                    out.append(trimmed[len(lead) :])
        # "Anak Jalanan (Anjal)": the abbreviation alone.
        out += [key(inner) for inner in _PAREN.findall(text) if normalise(inner) not in _UNITS]
        seen: set[str] = set()
        return [c for c in out if c and not (c in seen or seen.add(c))]

    def _phrase_index(self) -> dict[str, list[tuple[frozenset[str], int, tuple[str, ...]]]]:
        """word -> the phrases (their words, tier, ids) that contain it; built once."""
        if self._phrases is None:
            index: dict[str, list[tuple[frozenset[str], int, tuple[str, ...]]]] = {}
            # Full labels, not ids: an id ("penduduk_miskin_persen_kota") is made of words a
            # title uses for other things ("persen", "Kabupaten/Kota").
            labels = {
                k: {v}
                for k, v in self._exact.items()
                if k != key(v) or k in (key(self.get(v).label_id), key(self.get(v).label_en))
            }
            tiers = (labels, self._synonyms, self._loose)
            for tier, table in enumerate(tiers):
                for k, ids in table.items():
                    words = frozenset(k.split())
                    phrase = (words, tier, tuple(self._sorted(ids)))
                    for word in words:
                        index.setdefault(word, []).append(phrase)
            self._phrases = index
        return self._phrases

    def concepts_in(self, text: str) -> list[ConceptHit]:
        """Indicators a longer text (a table title, a parent header) names, best first.

        A phrase (label or synonym) is found when all its words are among the text's words,
        in any order: "Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)" holds
        "persentase penduduk miskin" and "p0" (penduduk_miskin_persen, three words) but not
        "persentase penduduk miskin perkotaan". Best = the longest phrase, then the tier.
        """
        words: set[str] = set()
        for form in (text, _PAREN.sub(" ", text)):
            words.update(_PLACE_WORDS.sub(" ", key(form)).split())
        best: dict[str, tuple[int, int]] = {}
        covered: dict[str, set[str]] = {}
        index = self._phrase_index()
        seen: set[int] = set()
        for word in words:
            for phrase in index.get(word, ()):
                if id(phrase) in seen:
                    continue
                seen.add(id(phrase))
                p_words, tier, ids = phrase
                if not p_words <= words:
                    continue
                for ind_id in ids:
                    score = (len(p_words), -tier)
                    if ind_id not in best or score > best[ind_id]:
                        best[ind_id] = score
                    covered.setdefault(ind_id, set()).update(p_words)
        hits = [
            ConceptHit(ind_id, n, -neg_tier, frozenset(covered[ind_id]))
            for ind_id, (n, neg_tier) in best.items()
        ]
        return sorted(hits, key=lambda h: (-h.words, h.tier, self._order.get(h.indicator, 0)))

    def closest(self, text: str, n: int = 3) -> list[str]:
        """Up to ``n`` ids closest to an unknown header: first the indicators it names with all
        the words of a label or synonym (longest first, so "Persentase Penduduk Miskin (P0) ..."
        puts the poverty rate before the urban rate), then the nearest spellings."""
        import difflib

        keys: dict[str, set[str]] = {}
        for table in (self._synonyms, self._loose):
            for k, ids in table.items():
                keys.setdefault(k, set()).update(ids)
        for k, ind_id in self._exact.items():
            keys.setdefault(k, set()).add(ind_id)
        out: list[str] = [h.indicator for h in self.concepts_in(text) if h.words > 1]
        for candidate in self._candidates(text)[:4]:
            for k in difflib.get_close_matches(candidate, list(keys), n=12, cutoff=0.7):
                for ind_id in self._sorted(keys[k]):
                    if ind_id not in out:
                        out.append(ind_id)
        return out[:n]

    def describe(self, ind_id: str) -> str:
        """ "'Gelandangan' (pmks_gelandangan)" for messages."""
        return f"'{self.get(ind_id).label_id}' ({ind_id})"

    def suggest(self, text: str) -> str | None:
        """A close catalogue label for an unknown header, for the error message."""
        import difflib

        k = key(text)
        labels = {key(i.label_id): i.label_id for i in self.indicators.values()}
        close = difflib.get_close_matches(k, list(labels), n=1, cutoff=0.75)
        return labels[close[0]] if close else None
