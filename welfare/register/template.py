"""The "Program per tingkat" import template: one row per activity, the columns of
:data:`welfare.register.records.FIELDS` in their order.

The CSV is the header row only (``;``-separated, UTF-8 with BOM, as Excel in Indonesia opens
it). The XLSX has three sheets: "Program" (the header, a note on each column title, drop-down
lists for the closed columns), "Katalog" (programmes, target groups, levels, funding sources,
units, statuses, regions and kecamatan with their labels) and "Petunjuk" (how to fill it in);
:mod:`welfare.importing.template_workbook` writes it from :data:`LAYOUT`, as it writes the
rumusan template. Neither file holds an example row: an example left in a returned sheet
would be imported as a real activity. The importer (:mod:`welfare.importing.register_file`)
skips "Katalog" and "Petunjuk" by their names.
"""

from __future__ import annotations

from collections.abc import Sequence

from welfare.importing.template_workbook import (
    CatalogueBlock,
    DropDown,
    TemplateLayout,
    header_csv,
    template_workbook,
)
from welfare.register import catalogue, vocab
from welfare.register.records import FIELDS, MAX_TEXT, REQUIRED
from welfare.seed import RegionDef

SHEET = "Program"

INSTRUCTIONS = (
    "Templat Program per tingkat: satu baris per kegiatan (program, tingkat pemerintahan, "
    "sumber dana, instansi, kelompok sasaran, wilayah, tahun, jumlah rencana dan realisasi).",
    "Kolom wajib: " + ", ".join(REQUIRED) + ". Isi juga paling sedikit satu dari "
    "jumlah_rencana, jumlah_realisasi atau anggaran_rp.",
    "program dan sasaran: pakai nama dari lembar 'Katalog'; program di luar katalog boleh "
    "ditulis bebas (dicatat sebagai 'Program lain').",
    "tingkat, sumber_dana, status dan satuan: pilih dari daftar (lembar 'Katalog').",
    "kode_wilayah: kode BPS (6401) atau Kemendagri (64.01) kabupaten/kota; 64 untuk kegiatan "
    "seluruh provinsi. kecamatan: nama atau kode Kemendagri (boleh kosong).",
    "Angka format Indonesia (1.234 atau 12,5). anggaran_rp dalam rupiah: 1.200.000.000 atau "
    "'Rp 1,2 M' (M = miliar, jt = juta, T = triliun).",
    "tahun_mulai hanya untuk angka kumulatif beberapa tahun (tahun = tahun terakhirnya).",
    "Batas teks: " + ", ".join(f"{k} {v} karakter" for k, v in MAX_TEXT.items()) + ".",
    "Baris yang sama (wilayah, kecamatan, tahun, program, tingkat, sumber dana, sasaran) "
    "mengganti versi sebelumnya saat diimpor lagi; versi lama tetap tersimpan dan dapat "
    "dipulihkan dengan membatalkan impor.",
    "Jangan memasukkan data pribadi (NIK, nama orang, alamat): berkas akan ditolak "
    "(UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi). Jangan memakai rumus.",
)


def template_csv() -> bytes:
    """The header row, ``;``-separated, UTF-8 with BOM."""
    return header_csv(FIELDS)


def catalogue_blocks(regions: Sequence[RegionDef], lang: str = "id") -> list[CatalogueBlock]:
    """The "Katalog" sheet as blocks (title, column titles, rows), side by side in the XLSX."""
    regencies = sorted(
        (r for r in regions if r.jenis in ("kabupaten", "kota", "provinsi")),
        key=lambda r: (r.jenis != "provinsi", r.kode_bps),
    )
    names = {r.kode_bps: r.nama for r in regions}
    kecamatan = sorted((r for r in regions if r.jenis == "kecamatan"), key=lambda r: r.kode_bps)

    def parent(kec: RegionDef) -> str:
        prefix = kec.kode_kemendagri.rsplit(".", 1)[0]
        return next((r.nama for r in regencies if r.kode_kemendagri == prefix), "")

    return [
        (
            "Program",
            ["id", "label", "tingkat biasa", "sumber dana biasa"],
            [
                [p.id, p.label(lang), p.usual_level or "", p.usual_funding or ""]
                for p in catalogue.programmes()
            ],
        ),
        (
            "Kelompok sasaran",
            ["id", "label", "kebutuhan dihitung dari"],
            [[g.id, g.label(lang), " + ".join(g.need)] for g in catalogue.target_groups()],
        ),
        (
            "Tingkat",
            ["nilai", "label"],
            [[v, vocab.label(vocab.LEVEL_LABELS, v, lang)] for v in vocab.LEVELS],
        ),
        (
            "Sumber dana",
            ["nilai", "label"],
            [[v, vocab.label(vocab.FUNDING_LABELS, v, lang)] for v in vocab.FUNDING],
        ),
        (
            "Satuan",
            ["satuan", "juga ditulis"],
            [
                [u, ", ".join(w for w in words if w != u.lower())]
                for u, words in vocab.UNITS.items()
            ],
        ),
        (
            "Status",
            ["nilai", "label"],
            [[v, vocab.label(vocab.STATUS_LABELS, v, lang)] for v in vocab.STATUSES],
        ),
        (
            "Wilayah",
            ["kode BPS", "kode Kemendagri", "nama wilayah"],
            [[r.kode_bps, r.kode_kemendagri, names[r.kode_bps]] for r in regencies],
        ),
        (
            "Kecamatan",
            ["kode Kemendagri", "nama kecamatan", "kabupaten/kota"],
            [[k.kode_kemendagri, k.nama, parent(k)] for k in kecamatan],
        ),
    ]


# Excel warns when a closed column gets a value off its list; the program column takes any
# name (recorded as "Program lain"), so it does not.
LAYOUT = TemplateLayout(
    sheet=SHEET,
    columns=FIELDS,
    required=REQUIRED,
    instructions=INSTRUCTIONS,
    drop_downs={
        "program": DropDown("Program", 1, strict=False),
        "sasaran": DropDown("Kelompok sasaran", 1),
        "tingkat": DropDown("Tingkat"),
        "sumber_dana": DropDown("Sumber dana"),
        "satuan_rencana": DropDown("Satuan"),
        "satuan_realisasi": DropDown("Satuan"),
        "status": DropDown("Status"),
    },
    text_columns=("kode_wilayah", "kecamatan"),
    widths={"program": 36, "instansi": 30, "sasaran": 32, "sumber": 40, "catatan": 30},
    formatted_rows=500,
    guide_width=90,
    required_in_notes=False,  # required columns are named in "Petunjuk"
)


def template_xlsx(regions: Sequence[RegionDef]) -> bytes:
    """The workbook: "Program" (header only), "Katalog" and "Petunjuk"."""
    return template_workbook(LAYOUT, catalogue_blocks(regions))
