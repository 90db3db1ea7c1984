"""The indicator catalogue (``data/indicators.csv``) as plain dataclasses.

The CSV is the single source of truth for what an indicator means, its unit, how it is mapped
(its denominator) and which direction is "worse". :mod:`welfare.store` copies it into the
``indicator`` table; pages read it from here without touching the database.

How an indicator becomes a mapped number (its *rate*):

- ``denominator == 'penduduk_jiwa'``: value / population x 1.000 ("per 1.000 penduduk");
- any other denominator (a programme's need, e.g. ``kpm_pkh_sasaran``): value / need x 100
  ("% cakupan");
- no denominator (percent, index, currency, or counts of institutions): the value itself.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_PATH = REPO_ROOT / "data" / "indicators.csv"

POPULATION_ID = "penduduk_jiwa"
PMKS_TOTAL_ID = "pmks_total"

GROUPS = ("kependudukan", "kemiskinan", "pmks", "program", "psks", "lainnya")
KINDS = ("count", "percent", "index", "currency", "area")

GROUP_LABELS: dict[str, dict[str, str]] = {
    "kependudukan": {"id": "Kependudukan", "en": "Population"},
    "kemiskinan": {"id": "Kemiskinan", "en": "Poverty"},
    "pmks": {"id": "PMKS / PPKS", "en": "PMKS / PPKS"},
    "program": {"id": "Program perlindungan sosial", "en": "Social protection programmes"},
    "psks": {"id": "PSKS (potensi & sumber)", "en": "PSKS (welfare resources)"},
    "lainnya": {"id": "Lainnya", "en": "Other"},
}

# The 26 PMKS categories of Permensos 8/2012, in the regulation's order. The ids that already
# existed in the published figures keep their spelling ("terlantar").
PMKS_CATEGORIES: tuple[str, ...] = (
    "pmks_anak_balita_terlantar",
    "pmks_anak_terlantar",
    "pmks_anak_berhadapan_hukum",
    "pmks_anak_jalanan",
    "pmks_anak_dengan_kedisabilitasan",
    "pmks_anak_korban_tindak_kekerasan",
    "pmks_anak_memerlukan_perlindungan_khusus",
    "pmks_lanjut_usia_terlantar",
    "pmks_penyandang_disabilitas",
    "pmks_tuna_susila",
    "pmks_gelandangan",
    "pmks_pengemis",
    "pmks_pemulung",
    "pmks_kelompok_minoritas",
    "pmks_bekas_warga_binaan_lapas",
    "pmks_odha",
    "pmks_korban_napza",
    "pmks_korban_trafficking",
    "pmks_korban_tindak_kekerasan",
    "pmks_pekerja_migran_bermasalah_sosial",
    "pmks_korban_bencana_alam",
    "pmks_korban_bencana_sosial",
    "pmks_perempuan_rawan_sosial_ekonomi",
    "pmks_fakir_miskin",
    "pmks_keluarga_bermasalah_sosial_psikologis",
    "pmks_komunitas_adat_terpencil",
)


@dataclass(frozen=True)
class Programme:
    """A social protection programme mapped as coverage = recipients / need."""

    key: str
    label_id: str
    label_en: str
    recipients_id: str
    need_id: str

    def label(self, lang: str = "id") -> str:
        """Label in Indonesian (``'id'``, default) or English (``'en'``)."""
        return self.label_en if lang == "en" else self.label_id


PROGRAMMES: tuple[Programme, ...] = (
    Programme("pkh", "PKH", "PKH", "kpm_pkh", "kpm_pkh_sasaran"),
    Programme("bpnt", "BPNT/Sembako", "BPNT/Sembako", "kpm_bpnt", "kpm_bpnt_sasaran"),
    Programme("pbi_jk", "PBI-JK", "PBI-JK", "pbi_jk_jiwa", "pbi_jk_sasaran_jiwa"),
)

# Display forms of the catalogue's units (the CSV keeps the Indonesian unit as the source wrote
# it). Anything not listed is shown as it is in both languages. English spells the acronyms
# out (KPM = Keluarga Penerima Manfaat, beneficiary families; KK = Kartu Keluarga, families;
# RTM = Rumah Tangga Miskin, poor households): a unit stands after a number ("70,703
# beneficiary families") and in brackets ("Need (beneficiary families)"), never "KPM families".
UNIT_LABELS: dict[str, dict[str, str]] = {
    "persen": {"id": "%", "en": "%"},
    "persen per tahun": {"id": "% per tahun", "en": "% per year"},
    "jiwa": {"id": "jiwa", "en": "people"},
    "orang": {"id": "orang", "en": "people"},
    "kk": {"id": "KK", "en": "families"},
    "keluarga": {"id": "keluarga", "en": "families"},
    "kpm": {"id": "KPM", "en": "beneficiary families"},
    "rtm": {"id": "RTM", "en": "poor households"},
    "rumah tangga": {"id": "rumah tangga", "en": "households"},
    "lembaga": {"id": "lembaga", "en": "institutions"},
    "unit": {"id": "unit", "en": "units"},
    "indeks": {"id": "indeks", "en": "index"},
    "km2": {"id": "km²", "en": "km²"},
    "rupiah/kapita/bulan": {"id": "rupiah/kapita/bulan", "en": "rupiah/capita/month"},
    "rupiah/rumah tangga/bulan": {
        "id": "rupiah/rumah tangga/bulan",
        "en": "rupiah/household/month",
    },
    "tidak disebut": {"id": "satuan tidak disebut", "en": "unit not stated"},
    # Units of the outlook's census and projection figures (welfare/outlook).
    "desa/kelurahan": {"id": "desa/kelurahan", "en": "villages"},
    "kecamatan": {"id": "kecamatan", "en": "subdistricts"},
    "laki-laki per 100 perempuan": {
        "id": "laki-laki per 100 perempuan",
        "en": "males per 100 females",
    },
    "per 100 penduduk usia 15-64": {
        "id": "per 100 penduduk usia 15-64",
        "en": "per 100 people aged 15-64",
    },
}


def unit_label(unit: str, lang: str = "id") -> str:
    """'jiwa' -> 'jiwa' / 'people'; 'persen' -> '%'. Unknown units are returned unchanged."""
    labels = UNIT_LABELS.get(unit.strip().lower())
    return labels.get(lang, labels["id"]) if labels else unit


RATE_PER_1000 = "per_1000"
RATE_COVERAGE = "coverage"
RATE_VALUE = "value"


@dataclass(frozen=True)
class IndicatorDef:
    """One catalogue entry (a row of ``data/indicators.csv``)."""

    id: str
    label_id: str
    label_en: str
    unit: str
    group: str
    kind: str
    denominator: str | None
    higher_is_worse: bool
    description_id: str
    sort_order: int

    def label(self, lang: str = "id") -> str:
        """Label in Indonesian (``'id'``, default) or English (``'en'``)."""
        return self.label_en if lang == "en" else self.label_id

    def unit_label(self, lang: str = "id") -> str:
        """The unit for display in the language (see :func:`unit_label`)."""
        return unit_label(self.unit, lang)

    @property
    def rate_kind(self) -> str:
        """``'per_1000'``, ``'coverage'`` or ``'value'`` (see module docstring)."""
        if not self.denominator:
            return RATE_VALUE
        if self.denominator == POPULATION_ID:
            return RATE_PER_1000
        return RATE_COVERAGE

    @property
    def rate_scale(self) -> float:
        """Multiplier applied to value / denominator."""
        return {RATE_PER_1000: 1000.0, RATE_COVERAGE: 100.0}.get(self.rate_kind, 1.0)

    def rate_unit(self, lang: str = "id") -> str:
        """Unit of the mapped number, e.g. 'per 1.000 penduduk' or '% cakupan'."""
        if self.rate_kind == RATE_PER_1000:
            return "per 1,000 population" if lang == "en" else "per 1.000 penduduk"
        if self.rate_kind == RATE_COVERAGE:
            return "% coverage" if lang == "en" else "% cakupan"
        return self.unit_label(lang)

    def rate_label(self, lang: str = "id") -> str:
        """Label of the mapped number, e.g. 'Penerima PKH (KPM): % cakupan'."""
        if self.rate_kind == RATE_VALUE:
            return self.label(lang)
        return f"{self.label(lang)} ({self.rate_unit(lang)})"


def _parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in {"true", "1", "ya", "yes"}:
        return True
    if value in {"false", "0", "tidak", "no", ""}:
        return False
    raise ValueError(f"Nilai benar/salah tidak dikenal: {text!r}")


def read_catalogue(path: Path | str = CATALOGUE_PATH) -> tuple[IndicatorDef, ...]:
    """Read and validate a catalogue CSV (no caching; see :func:`load_catalogue`)."""
    with Path(path).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    indicators = tuple(
        IndicatorDef(
            id=row["id"].strip(),
            label_id=row["label_id"].strip(),
            label_en=row["label_en"].strip(),
            unit=row["unit"].strip(),
            group=row["group"].strip(),
            kind=row["kind"].strip(),
            denominator=(row["denominator"] or "").strip() or None,
            higher_is_worse=_parse_bool(row["higher_is_worse"]),
            description_id=(row["description_id"] or "").strip(),
            sort_order=int(row["sort_order"]),
        )
        for row in rows
    )
    problems = validate(indicators)
    if problems:
        raise ValueError("Katalog indikator tidak valid:\n- " + "\n- ".join(problems))
    return indicators


def validate(indicators: Iterable[IndicatorDef]) -> list[str]:
    """Return the problems of a catalogue (empty list when it is consistent)."""
    indicators = list(indicators)
    ids = [i.id for i in indicators]
    known = set(ids)
    problems = [f"id ganda: {i}" for i in sorted(known) if ids.count(i) > 1]
    for ind in indicators:
        if ind.group not in GROUPS:
            problems.append(f"{ind.id}: kelompok tidak dikenal {ind.group!r}")
        if ind.kind not in KINDS:
            problems.append(f"{ind.id}: jenis tidak dikenal {ind.kind!r}")
        if ind.denominator and ind.denominator not in known:
            problems.append(f"{ind.id}: penyebut {ind.denominator!r} tidak ada di katalog")
        if ind.denominator and ind.kind != "count":
            problems.append(f"{ind.id}: hanya indikator jumlah (count) yang punya penyebut")
        if ind.denominator == ind.id:
            problems.append(f"{ind.id}: penyebut tidak boleh dirinya sendiri")
    for cat in (*PMKS_CATEGORIES, PMKS_TOTAL_ID, POPULATION_ID):
        if cat not in known:
            problems.append(f"indikator wajib tidak ada: {cat}")
    for prog in PROGRAMMES:
        if prog.recipients_id in known and prog.need_id in known:
            rec = next(i for i in indicators if i.id == prog.recipients_id)
            if rec.denominator != prog.need_id:
                problems.append(f"{rec.id}: penyebut harus {prog.need_id}")
        else:
            problems.append(f"program {prog.key}: indikator penerima/kebutuhan tidak ada")
    return problems


@lru_cache(maxsize=4)
def load_catalogue(path: str | None = None) -> tuple[IndicatorDef, ...]:
    """The catalogue, read once per process, sorted by group then ``sort_order``."""
    indicators = read_catalogue(path or CATALOGUE_PATH)
    return tuple(sorted(indicators, key=lambda i: (GROUPS.index(i.group), i.sort_order, i.id)))


def get_indicator(indicator_id: str) -> IndicatorDef:
    """Catalogue entry for an id; ``KeyError`` (message in Indonesian) if unknown."""
    for ind in load_catalogue():
        if ind.id == indicator_id:
            return ind
    raise KeyError(f"Indikator tidak dikenal: {indicator_id}")


def indicators_by_group() -> dict[str, list[IndicatorDef]]:
    """Indicators per group, groups in :data:`GROUPS` order, each list by ``sort_order``."""
    out: dict[str, list[IndicatorDef]] = {g: [] for g in GROUPS}
    for ind in load_catalogue():
        out[ind.group].append(ind)
    return {g: items for g, items in out.items() if items}


def group_label(group: str, lang: str = "id") -> str:
    """Display label of a group in Indonesian or English."""
    labels = GROUP_LABELS.get(group)
    if labels is None:
        return group
    return labels.get(lang, labels["id"])


def programme_for(indicator_id: str) -> Programme | None:
    """The programme whose recipients or need indicator this is, if any."""
    for prog in PROGRAMMES:
        if indicator_id in (prog.recipients_id, prog.need_id):
            return prog
    return None


def display_unit(ind: IndicatorDef, lang: str = "id") -> str:
    """The unit of an indicator's plotted (mapped) number, in ``lang``: the one place that
    decides it for charts, maps, tables and slides ('persen' reads '%', 'jiwa' 'people')."""
    unit = ind.rate_unit(lang)
    return unit_label(unit, lang) if ind.rate_kind == RATE_VALUE else unit
