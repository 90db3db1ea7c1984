"""The "Program per tingkat" import template: one row per activity, the columns of
:data:`welfare.register.records.FIELDS` in their order.

The CSV is the header row only (``;``-separated, UTF-8 with BOM, as Excel in Indonesia opens
it). The XLSX has three sheets: "Program" (the header, a note on each column title, drop-down
lists for the closed columns), "Katalog" (programmes, target groups, levels, funding sources,
units, statuses, regions and kecamatan with their labels) and "Petunjuk" (how to fill it in).
Neither file holds an example row: an example left in a returned sheet would be imported as
a real activity. The importer (:mod:`welfare.importing.register_file`) skips "Katalog" and
"Petunjuk" by their names.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from welfare.register import catalogue, vocab
from welfare.register.records import FIELDS, MAX_TEXT, REQUIRED
from welfare.seed import RegionDef

SHEET = "Program"
CATALOGUE_SHEET = "Katalog"
INSTRUCTIONS_SHEET = "Petunjuk"
# Codes stay text in Excel: "64.02" must not become the number 64.2.
TEXT_COLUMNS = ("kode_wilayah", "kecamatan")
FORMATTED_ROWS = 500  # rows below the header that get the text format and the drop-downs
WIDTHS = {"program": 36, "instansi": 30, "sasaran": 32, "sumber": 40, "catatan": 30}

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
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerow(list(FIELDS))
    return buf.getvalue().encode("utf-8-sig")


def catalogue_blocks(
    regions: Sequence[RegionDef], lang: str = "id"
) -> list[tuple[str, list[str], list[list[object]]]]:
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


# Template column -> the Katalog block whose first (value) or second (label) column lists
# what the column accepts, for the drop-down; and whether other text may be typed.
_LISTS = {
    "program": ("Program", 1, True),
    "sasaran": ("Kelompok sasaran", 1, False),
    "tingkat": ("Tingkat", 0, False),
    "sumber_dana": ("Sumber dana", 0, False),
    "satuan_rencana": ("Satuan", 0, False),
    "satuan_realisasi": ("Satuan", 0, False),
    "status": ("Status", 0, False),
}


def template_xlsx(regions: Sequence[RegionDef]) -> bytes:
    """The workbook: "Program" (header only), "Katalog" and "Petunjuk"."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(list(FIELDS))
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    letters = {name: get_column_letter(i + 1) for i, name in enumerate(FIELDS)}
    for name, cell in zip(FIELDS, ws[1], strict=True):
        cell.font = bold
        cell.comment = Comment(FIELDS[name], "Serambi")
        ws.column_dimensions[letters[name]].width = WIDTHS.get(name, max(14, len(name) + 2))
    for name in TEXT_COLUMNS:
        for row in range(2, FORMATTED_ROWS + 2):
            ws[f"{letters[name]}{row}"].number_format = "@"

    cat = wb.create_sheet(CATALOGUE_SHEET)
    where: dict[str, tuple[int, int]] = {}  # block title -> (first column, number of rows)
    col = 1
    for title, headers, rows in catalogue_blocks(regions):
        cat.cell(1, col, title).font = bold
        for i, header in enumerate(headers):
            cat.cell(2, col + i, header).font = bold
            cat.column_dimensions[get_column_letter(col + i)].width = 16 if i == 0 else 34
        for r, row in enumerate(rows, start=3):
            for i, value in enumerate(row):
                cat.cell(r, col + i, value)
        where[title] = (col, len(rows))
        col += len(headers) + 1

    for name, (block, offset, free) in _LISTS.items():
        first, n = where[block]
        source = get_column_letter(first + offset)
        rule = DataValidation(
            type="list",
            formula1=f"{CATALOGUE_SHEET}!${source}$3:${source}${n + 2}",
            allow_blank=True,
            showErrorMessage=not free,
            errorStyle="warning",
            error=f"Nilai tidak ada di lembar '{CATALOGUE_SHEET}'.",
        )
        rule.add(f"{letters[name]}2:{letters[name]}{FORMATTED_ROWS + 1}")
        ws.add_data_validation(rule)

    info = wb.create_sheet(INSTRUCTIONS_SHEET)
    for line in INSTRUCTIONS:
        info.append([line])
    info.append([])
    info.append(["kolom", "isi"])
    for cell in info[info.max_row]:
        cell.font = bold
    for name, meaning in FIELDS.items():
        info.append([name, meaning + (" (wajib)" if name in REQUIRED else "")])
    info.column_dimensions["A"].width = 24
    info.column_dimensions["B"].width = 90
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
