"""The "Rumusan rapat" import template: one meeting's rumusan typed as a list, one row each.

Columns (:data:`COLUMNS`, in this order): the rumusan's fields
(:data:`welfare.rumusan.records.RUMUSAN_FIELDS`) and one linked indicator
(:data:`welfare.rumusan.links.LINK_FIELDS`). A rumusan with more linked indicators takes one
more row per indicator: the same ``nomor``, the ``rumusan`` cell empty, only the indicator
columns filled. The meeting is chosen where the file is imported, not in the file.

The CSV is the header row only (``;``-separated, UTF-8 with BOM, as Excel in Indonesia opens
it). The XLSX has three sheets: "Rumusan" (the header, a note on each column title, drop-down
lists for jenis, status and arah, code columns formatted as text), "Katalog" (kinds,
statuses, directions, regions, kecamatan, indicators with their units) and "Petunjuk" (how
to fill it in); :mod:`welfare.importing.template_workbook` writes it from :data:`LAYOUT`, as
it writes the programme register's template. Neither holds an example row: an example left
in a returned sheet would be imported as a real resolution. The importer
(:mod:`welfare.rumusan.importing`) skips "Katalog" and "Petunjuk" by their names.
"""

from __future__ import annotations

from welfare.catalogue import IndicatorDef, load_catalogue
from welfare.importing.template_workbook import (
    CatalogueBlock,
    DropDown,
    TemplateLayout,
    header_csv,
    template_workbook,
)
from welfare.rumusan import texts, vocab
from welfare.rumusan.links import LINK_FIELDS, MEASURE_COVERAGE, measure_of
from welfare.rumusan.records import RUMUSAN_FIELDS
from welfare.seed import read_kecamatan, read_regions

COLUMNS: dict[str, str] = RUMUSAN_FIELDS | LINK_FIELDS
REQUIRED = ("nomor", "rumusan", "jenis", "penanggung_jawab", "wilayah")
SHEET = "Rumusan"

INSTRUCTIONS = (
    "Templat Rumusan rapat: satu baris per rumusan dari SATU rapat; rapatnya dipilih saat "
    "berkas diimpor di Serambi.",
    "Kolom wajib: " + ", ".join(REQUIRED) + ". Nomor urut 1, 2, 3 ... tidak boleh sama dengan "
    "rumusan lain rapat itu.",
    "jenis: kebijakan, program, data, anggaran atau kelembagaan. status: belum dimulai, "
    "berjalan, selesai atau tidak dilanjutkan (kosong = belum dimulai). 'Terlambat' tidak "
    "diisi: Serambi menentukannya dari batas waktu.",
    "penanggung_jawab: 'Dinsos provinsi', 'Dinsos kab/kota', 'Dinsos PPU', 'Dinas Sosial "
    "6409' atau nama instansi lain; beberapa pihak dipisah titik koma (;).",
    "wilayah: 'semua' (seluruh Kalimantan Timur), atau kode BPS (6409) / Kemendagri (64.09) "
    "kabupaten/kota atau kode kecamatan (64.09.04); beberapa dipisah koma.",
    "batas_waktu: tanggal (31/12/2026, 31 Desember 2026) atau bulan (Desember 2026 = akhir "
    "bulan); boleh kosong.",
    "Indikator terkait (boleh kosong): indikator = id dari lembar 'Katalog' (mis. kpm_pkh), "
    "wilayah_indikator = satu kode wilayah, arah = >= atau <=, target dalam format Indonesia "
    "(90 atau 6,0; cakupan program dalam %), tahun_target = 2026. Indikator kedua dan "
    "seterusnya: baris baru dengan nomor yang sama, kolom rumusan dikosongkan.",
    "Batas teks: rumusan "
    f"{texts.MAX_TEXT['rumusan']} karakter, tiap penanggung jawab "
    f"{texts.MAX_TEXT['penanggung_jawab']} karakter. Jangan memakai rumus.",
    "Impor berlaku seluruhnya atau tidak sama sekali: bila satu baris salah, tidak ada yang "
    "disimpan dan setiap masalah disebut lembar, baris dan kolomnya.",
)


def template_csv() -> bytes:
    """The header row, ``;``-separated, UTF-8 with BOM."""
    return header_csv(COLUMNS)


def catalogue_blocks() -> list[CatalogueBlock]:
    """The "Katalog" sheet as blocks (title, column titles, rows), side by side in the XLSX."""
    regions = sorted(
        (r for r in read_regions() if r.jenis in ("kabupaten", "kota", "provinsi")),
        key=lambda r: (r.jenis != "provinsi", r.kode_bps),
    )
    names = {r.kode_kemendagri: r.nama for r in regions}
    return [
        (
            "Jenis",
            ["nilai", "label"],
            [[k, vocab.label(vocab.KIND_LABELS, k)] for k in vocab.KINDS],
        ),
        (
            "Status",
            ["nilai", "label"],
            [[vocab.label(vocab.STATUS_LABELS, s).lower(), s] for s in vocab.STATUSES],
        ),
        (
            "Arah",
            ["nilai", "arti"],
            [[d, vocab.label(vocab.DIRECTION_LABELS, d)] for d in vocab.DIRECTIONS],
        ),
        (
            "Wilayah",
            ["kode BPS", "kode Kemendagri", "nama wilayah"],
            [[r.kode_bps, r.kode_kemendagri, r.nama] for r in regions],
        ),
        (
            "Kecamatan",
            ["kode", "nama kecamatan", "kabupaten/kota"],
            [[k.kode, k.nama, names.get(k.kode_kemendagri_kab, "")] for k in read_kecamatan()],
        ),
        (
            "Indikator",
            ["id", "label", "target dalam"],
            [[i.id, i.label_id, _target_unit(i)] for i in load_catalogue()],
        ),
    ]


def _target_unit(ind: IndicatorDef) -> str:
    return "% cakupan" if measure_of(ind.id) == MEASURE_COVERAGE else ind.unit_label()


LAYOUT = TemplateLayout(
    sheet=SHEET,
    columns=COLUMNS,
    required=REQUIRED,
    instructions=INSTRUCTIONS,
    drop_downs={"jenis": DropDown("Jenis"), "status": DropDown("Status"), "arah": DropDown("Arah")},
    text_columns=("wilayah", "wilayah_indikator", "batas_waktu"),
    wrapped_columns=("rumusan",),
    widths={"rumusan": 60, "penanggung_jawab": 36, "wilayah": 24, "indikator": 26},
    formatted_rows=300,
    guide_width=100,
)


def template_xlsx() -> bytes:
    """The workbook: "Rumusan" (header only), "Katalog" and "Petunjuk"."""
    return template_workbook(LAYOUT, catalogue_blocks())
