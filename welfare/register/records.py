"""One activity as entered (a template row or the Kelola data form), checked field by field.

:func:`check_activity` turns the typed cells into the values the store keeps, or names each
field that is wrong with a reason in Bahasa Indonesia (the importer adds the sheet, row and
column; the form shows it under the field). Nothing is guessed: an unknown level, funding
source, unit, status or target group is refused with the allowed values; a budget is read in
Indonesian notation, also as officials write it ("Rp 1,2 M", "Rp250 jt"), and the reading is
reported back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from welfare.formatting import format_int
from welfare.importing.names import RegionResolver
from welfare.importing.numbers import NumberFormatError, parse_number
from welfare.importing.report import format_number as _number  # 1.234 and 12,5
from welfare.register import catalogue, vocab

# Template column -> what it holds. The order is the template's.
FIELDS: dict[str, str] = {
    "program": "nama program (dari katalog, atau tulis bebas)",
    "tingkat": "pusat, provinsi, kabupaten_kota, desa atau lainnya (non-pemerintah)",
    "sumber_dana": "APBN, APBD provinsi, APBD kabupaten/kota, Dana Desa atau lainnya",
    "instansi": "instansi pelaksana",
    "sasaran": "kelompok sasaran (dari katalog)",
    "kode_wilayah": "kode BPS (6401) atau Kemendagri (64.01) kabupaten/kota; 64 = provinsi",
    "kecamatan": "nama atau kode Kemendagri kecamatan (boleh kosong)",
    "tahun": "tahun kegiatan",
    "tahun_mulai": "tahun awal bila angka kumulatif beberapa tahun (boleh kosong)",
    "jumlah_rencana": "jumlah yang direncanakan",
    "satuan_rencana": "jiwa, KK, unit rumah, paket ...",
    "jumlah_realisasi": "jumlah yang terealisasi",
    "satuan_realisasi": "jiwa, KK, unit rumah, paket ...",
    "anggaran_rp": "anggaran dalam rupiah (1.200.000.000 atau 'Rp 1,2 M')",
    "status": "rencana, berjalan atau selesai",
    "sumber": "sumber data (dokumen, SK, laporan, tautan)",
    "catatan": "catatan (boleh kosong)",
}
REQUIRED = (
    "program",
    "tingkat",
    "instansi",
    "sasaran",
    "kode_wilayah",
    "tahun",
    "status",
    "sumber",
)
MAX_TEXT = {"program": 200, "instansi": 200, "sasaran": 200, "sumber": 1000, "catatan": 2000}
PROVINCE = "64"
YEARS = (2000, 2100)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RUPIAH = re.compile(
    r"^(?:rp\.?\s*)?(?P<num>[\d.,\s]+?)\s*(?P<scale>triliun|t|miliar|milyar|m|juta|jt|ribu|rb)?\.?$"
)
_SCALES = {
    "triliun": 10**12,
    "t": 10**12,
    "miliar": 10**9,
    "milyar": 10**9,
    "m": 10**9,
    "juta": 10**6,
    "jt": 10**6,
    "ribu": 10**3,
    "rb": 10**3,
}


@dataclass(frozen=True)
class FieldProblem:
    level: str  # "error" | "warning" | "info"
    code: str
    field: str
    reason: str  # Bahasa Indonesia, ends with a full stop


@dataclass
class Checked:
    """The store's values of one activity (``values``), or the problems that stop it."""

    values: dict[str, object] | None
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[FieldProblem]:
        return [p for p in self.problems if p.level == "error"]


def clean_text(raw: object) -> str:
    """A typed text without control characters and with single spaces (Markdown and HTML
    escaping happen where it is shown)."""
    if raw is None:
        return ""
    text = raw if isinstance(raw, str) else str(raw)
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    return " ".join(_CONTROL.sub(" ", text).split())


def parse_rupiah(raw: object) -> float | None:
    """'Rp 1,2 M' -> 1.2e9, 'Rp250 jt' -> 2.5e8, '1.500.000' -> 1.5e6; None when empty.

    Raises NumberFormatError (Bahasa Indonesia) for anything else, also a negative budget.
    """
    if raw is None or (isinstance(raw, str) and clean_text(raw) in ("", "-")):
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        parsed = parse_number(raw)
        value = parsed.value if parsed else None
    else:
        text = clean_text(raw).lower()
        match = _RUPIAH.match(text)
        if match is None:
            raise NumberFormatError(
                f"anggaran '{clean_text(raw)}' tidak terbaca; tulis dalam rupiah, misalnya "
                "1.200.000.000 atau 'Rp 1,2 M' (M = miliar, jt = juta, T = triliun)."
            )
        parsed = parse_number(match["num"].strip())
        if parsed is None:
            return None
        value = parsed.value * Decimal(_SCALES.get(match["scale"] or "", 1))
    if value is not None and value < 0:
        raise NumberFormatError("anggaran tidak boleh negatif.")
    return None if value is None else float(value)


def _year(raw: object) -> int | None:
    text = clean_text(raw)
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text) or not YEARS[0] <= int(text) <= YEARS[1]:
        raise NumberFormatError(f"tahun '{text}' tidak valid; tulis empat angka, misalnya 2025.")
    return int(text)


def _quantity(raw: object) -> float | None:
    parsed = parse_number(raw if not isinstance(raw, str) else raw.strip())
    if parsed is None:
        return None
    if parsed.value < 0:
        raise NumberFormatError(f"jumlah tidak boleh negatif ({clean_text(raw)}).")
    return float(parsed.value)


# A column of a closed list -> how its cell is read, the problem's code, the column as the
# message names it, and the allowed values the message lists.
_UNIT = (vocab.unit_of, "unknown_unit", "satuan", ", ".join(vocab.UNITS))
_CLOSED = {
    "tingkat": (vocab.level_of, "unknown_level", "tingkat", ", ".join(vocab.LEVELS)),
    "sumber_dana": (
        vocab.funding_of,
        "unknown_funding",
        "sumber dana",
        ", ".join(vocab.FUNDING) + " (atau kosongkan bila tidak disebut)",
    ),
    "status": (vocab.status_of, "unknown_status", "status", ", ".join(vocab.STATUSES)),
    "satuan_rencana": _UNIT,
    "satuan_realisasi": _UNIT,
}


def check_activity(raw: Mapping[str, object], regions: RegionResolver) -> Checked:
    """Check one activity's typed cells (keys of :data:`FIELDS`; missing keys are empty)."""
    problems: list[FieldProblem] = []
    text = {name: clean_text(raw.get(name)) for name in FIELDS}

    def error(name: str, code: str, reason: str) -> None:
        problems.append(FieldProblem("error", code, name, reason))

    def closed_value(name: str) -> str | None:
        """A closed list's value for the typed cell; None, refused with the allowed values,
        when the cell is none of its written forms."""
        read, code, what, allowed = _CLOSED[name]
        value = read(text[name])
        if value is None:
            error(name, code, f"{what} '{text[name]}' tidak dikenal; pilih salah satu: {allowed}.")
        return value

    for name in REQUIRED:
        if not text[name]:
            error(name, "required", f"kolom {name} wajib diisi ({FIELDS[name]}).")
    for name, limit in MAX_TEXT.items():
        if len(text[name]) > limit:
            error(
                name,
                "too_long",
                f"teks terlalu panjang ({len(text[name])} karakter, paling banyak {limit}).",
            )

    values: dict[str, object] = {
        "programme_name": text["program"],
        "agency": text["instansi"],
        "source": text["sumber"],
        "note": text["catatan"] or None,
        "target_group_text": text["sasaran"] or None,
    }
    # The name stays as written (it is the activity's identity, like the published seed's);
    # a bare catalogue id ("pkh") is written out as its label.
    listed = catalogue.programme_id_of(text["program"])
    if listed is not None and text["program"].lower() == listed:
        values["programme_name"] = catalogue.programme(listed).label_id

    if text["tingkat"]:
        values["level"] = closed_value("tingkat")
    values["programme"] = listed or catalogue.infer_programme(text["program"], values.get("level"))
    values["funding"] = None
    if text["sumber_dana"]:
        values["funding"] = closed_value("sumber_dana")
    if text["sasaran"]:
        values["target_group"] = catalogue.target_group_id_of(text["sasaran"])
        if values["target_group"] is None:
            error(
                "sasaran",
                "unknown_group",
                f"kelompok sasaran '{text['sasaran']}' tidak ada di katalog; pakai salah satu "
                "dari lembar 'Katalog' templat (misalnya 'Rumah tidak layak huni' atau "
                "'Penyandang disabilitas').",
            )
    if text["status"]:
        values["status"] = closed_value("status")

    regency = None
    if text["kode_wilayah"]:
        regency = _region(text["kode_wilayah"], regions, error)
        values["region_kode_bps"] = regency
    values["kecamatan_kode"] = None
    if text["kecamatan"] and regency:
        values["kecamatan_kode"] = _kecamatan(text["kecamatan"], regency, regions, error)

    for name in ("tahun", "tahun_mulai"):
        try:
            values["year" if name == "tahun" else "year_from"] = _year(raw.get(name))
        except NumberFormatError as exc:
            error(name, "bad_year", exc.reason)
    if values.get("year_from") and values.get("year") and values["year_from"] > values["year"]:
        error("tahun_mulai", "bad_year", "tahun mulai tidak boleh sesudah tahun kegiatan.")
    if values.get("year_from") == values.get("year"):
        values["year_from"] = None

    for qty, unit, key in (
        ("jumlah_rencana", "satuan_rencana", "planned"),
        ("jumlah_realisasi", "satuan_realisasi", "realised"),
    ):
        try:
            values[key] = _quantity(raw.get(qty))
        except NumberFormatError as exc:
            error(qty, "bad_quantity", exc.reason)
            values[key] = None
        values[f"{key}_unit"] = None
        if text[unit]:
            values[f"{key}_unit"] = closed_value(unit)
        elif values[key] is not None:
            error(unit, "unit_missing", f"jumlah {_number(values[key])} tanpa satuan; isi {unit}.")
    try:
        values["budget_rp"] = parse_rupiah(raw.get("anggaran_rp"))
    except NumberFormatError as exc:
        error("anggaran_rp", "bad_budget", exc.reason)
        values["budget_rp"] = None
    if (
        isinstance(raw.get("anggaran_rp"), str)
        and values["budget_rp"] is not None
        and re.search(r"[a-zA-Z]", raw["anggaran_rp"])
    ):
        problems.append(
            FieldProblem(
                "info",
                "budget_read",
                "anggaran_rp",
                f"'{clean_text(raw['anggaran_rp'])}' dibaca sebagai "
                f"Rp{format_int(values['budget_rp'])}.",
            )
        )
    if not problems and all(values.get(k) is None for k in ("planned", "realised", "budget_rp")):
        error(
            "jumlah_rencana",
            "no_quantity",
            "isi paling sedikit satu dari jumlah rencana, jumlah realisasi atau anggaran.",
        )

    if (
        values.get("planned") is not None
        and values.get("realised") is not None
        and values.get("planned_unit") == values.get("realised_unit")
        and values["realised"] > values["planned"]
    ):
        problems.append(
            FieldProblem(
                "warning",
                "realised_above_plan",
                "jumlah_realisasi",
                f"realisasi ({_number(values['realised'])}) melebihi rencana "
                f"({_number(values['planned'])}); "
                "periksa kembali angkanya.",
            )
        )
    if any(p.level == "error" for p in problems):
        return Checked(None, problems)
    return Checked(values, problems)


def _region(text: str, regions: RegionResolver, error) -> str | None:  # noqa: ANN001
    if text in (PROVINCE, "64.00", "6400"):
        return PROVINCE
    found = regions.resolve(text)
    if found.kind == "total":
        return PROVINCE
    if found.kind == "region" and not regions.is_kecamatan(found.kode_bps):
        return found.kode_bps
    if found.kind == "region":
        error(
            "kode_wilayah",
            "kecamatan_as_region",
            f"'{text}' adalah kecamatan; tulis kode kabupaten/kotanya di kode_wilayah dan "
            "kecamatannya di kolom kecamatan.",
        )
        return None
    error(
        "kode_wilayah",
        "unknown_region",
        f"wilayah '{text}' tidak dikenal: "
        + (found.reason or "tulis kode BPS (6401) atau Kemendagri (64.01)."),
    )
    return None


def _kecamatan(text: str, regency: str, regions: RegionResolver, error) -> str | None:  # noqa: ANN001
    if regency == PROVINCE:
        error(
            "kecamatan",
            "kecamatan_without_regency",
            "kecamatan diisi tetapi wilayahnya provinsi; isi kode kabupaten/kota tempat "
            "kecamatan itu.",
        )
        return None
    found = regions.resolve(text, within=regency, kecamatan=True)
    if found.kind == "region" and regions.is_kecamatan(found.kode_bps):
        parent = regions.parent(found.kode_bps)
        if parent == regency:
            return found.kode_bps
        error(
            "kecamatan",
            "kecamatan_outside_regency",
            f"kecamatan '{text}' berada di {regions.label(parent or '')}, "
            f"bukan di {regions.label(regency)}.",
        )
        return None
    error(
        "kecamatan",
        "unknown_kecamatan",
        f"kecamatan '{text}' tidak ditemukan di {regions.label(regency)}.",
    )
    return None
