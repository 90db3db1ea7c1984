"""Blank import templates (long format), generated from the catalogue at run time."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from welfare.catalogue import IndicatorDef
from welfare.seed import RegionDef

TEMPLATE_COLUMNS = ("kode_wilayah", "nama_wilayah", "tahun", "indikator", "nilai", "sumber")
# The template lists these indicators for every regency; staff add or delete rows freely.
DEFAULT_TEMPLATE_INDICATORS = (
    "pmks_gelandangan",
    "pmks_pengemis",
    "pmks_anak_jalanan",
    "pmks_lanjut_usia_terlantar",
    "pmks_fakir_miskin",
    "kpm_pkh",
    "kpm_bpnt",
    "pbi_jk_jiwa",
)
INSTRUCTIONS = (
    "Isi satu baris per wilayah, tahun dan indikator.",
    "kode_wilayah: kode BPS 4 angka (mis. 6403) atau kode Kemendagri dengan titik (mis. 64.02); "
    "boleh kosong bila nama_wilayah diisi.",
    "tahun: empat angka, mis. 2024.",
    "indikator: id dari daftar di bawah (mis. pmks_gelandangan) atau labelnya.",
    "nilai: angka format Indonesia (1.234 atau 12,5); '-' berarti nihil (0); kosong, '...' "
    "(tidak tersedia) atau 'x' (dirahasiakan) berarti tidak ada data.",
    "sumber: asal angka (mis. 'Dinsos Kab. Paser, SIKS-NG Des 2024').",
    "Jangan memasukkan data pribadi (NIK, nama orang, alamat): berkas akan ditolak "
    "(UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).",
    "Jangan memakai rumus; tempel sebagai nilai.",
)


def _rows(
    regions: Sequence[RegionDef], indicators: Sequence[IndicatorDef], year: int
) -> list[list[object]]:
    known = {i.id for i in indicators}
    chosen = [i for i in DEFAULT_TEMPLATE_INDICATORS if i in known]
    regencies = [r for r in regions if r.jenis in ("kabupaten", "kota")]
    return [
        [r.kode_bps, r.nama, year, ind, None, None]
        for ind in chosen
        for r in sorted(regencies, key=lambda r: r.kode_bps)
    ]


def template_csv(
    regions: Sequence[RegionDef], indicators: Sequence[IndicatorDef], year: int
) -> bytes:
    """Semicolon-separated with a UTF-8 BOM, as Excel in Indonesia opens it correctly."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(TEMPLATE_COLUMNS)
    for row in _rows(regions, indicators, year):
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode("utf-8-sig")


def template_xlsx(
    regions: Sequence[RegionDef], indicators: Sequence[IndicatorDef], year: int
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(list(TEMPLATE_COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in _rows(regions, indicators, year):
        ws.append(row)
    for col, width in zip("ABCDEF", (14, 24, 8, 40, 12, 40), strict=True):
        ws.column_dimensions[col].width = width
        # Text format keeps "64.02" and "6403" exactly as typed.
    for cell in ws["A"]:
        cell.number_format = "@"
    info = wb.create_sheet("Petunjuk")
    for line in INSTRUCTIONS:
        info.append([line])
    info.append([])
    info.append(["id indikator", "label", "satuan", "jenis"])
    for ind in indicators:
        info.append([ind.id, ind.label_id, ind.unit, ind.kind])
    info.column_dimensions["A"].width = 42
    info.column_dimensions["B"].width = 60
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# -- DTSEN aggregate export (SIKS-NG) ---------------------------------------------------------
# Aggregates only: families and persons per decile and recipients per decile for each
# kabupaten/kota, never a list of households (the personal-data guard refuses those).
DTSEN_TITLE = "REKAP DTSEN PER DESIL, AGREGAT PER KABUPATEN/KOTA (ekspor SIKS-NG)"
DTSEN_SNAPSHOT_CELL = "Posisi data"
DTSEN_PROGRAMMES = (
    ("PKH", "kpm_pkh_desil", "KPM"),
    ("BPNT", "kpm_bpnt_desil", "KPM"),
    ("PBI-JK", "pbi_jk_desil", "Jiwa"),
)
DTSEN_INSTRUCTIONS = (
    "Isi satu baris per kabupaten/kota dengan angka AGREGAT dari SIKS-NG (jumlah keluarga dan "
    "jiwa per desil, jumlah penerima per desil). Jangan menempel daftar nama rumah tangga.",
    "Posisi data: WAJIB. Tulis tanggal posisi DTSEN di sel samping 'Posisi data' (mis. "
    "23/01/2026 atau 23 Januari 2026). Berkas DTSEN tanpa tanggal posisi ditolak.",
    "Lembar 'DTSEN': keluarga (KK) dan penduduk (Jiwa) pada desil 1-10.",
    "Lembar 'Penerima per desil': penerima PKH, BPNT/Sembako (KPM) dan PBI-JK (jiwa) menurut "
    "desil DTSEN (tabulasi silang SIKS-NG); penerima di luar desil sasaran tetap diisi "
    "(untuk menghitung inclusion error).",
    "Angka format Indonesia (1.234); '-' berarti nihil (0), kosong berarti tidak ada data. "
    "Jangan memakai rumus; tempel sebagai nilai.",
    "Jangan memasukkan data pribadi (NIK, nama, alamat): berkas akan ditolak "
    "(UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).",
)


def _dtsen_headers() -> tuple[list[str], list[str]]:
    deciles = [f"Desil {n} (KK)" for n in range(1, 11)] + [
        f"Desil {n} (Jiwa)" for n in range(1, 11)
    ]
    recipients = [
        f"{label} Desil {n} ({unit})" for label, _, unit in DTSEN_PROGRAMMES for n in range(1, 11)
    ]
    return deciles, recipients


def dtsen_template_xlsx(regions: Sequence[RegionDef]) -> bytes:
    """Wide template of the SIKS-NG aggregate export: one sheet of deciles, one cross-tab."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    regencies = sorted(
        (r for r in regions if r.jenis in ("kabupaten", "kota")), key=lambda r: r.kode_bps
    )
    wb = Workbook()
    sheets = (("DTSEN", _dtsen_headers()[0]), ("Penerima per desil", _dtsen_headers()[1]))
    for i, (title, headers) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet(title)
        ws.title = title
        ws.append([DTSEN_TITLE])
        ws["A1"].font = Font(bold=True)
        ws.append([DTSEN_SNAPSHOT_CELL, None])
        ws["A2"].font = Font(bold=True)
        ws.append([])
        ws.append(["Kode", "Kabupaten/Kota", *headers])
        for cell in ws[4]:
            cell.font = Font(bold=True)
        for r in regencies:
            ws.append([r.kode_bps, r.nama])
        ws.column_dimensions["B"].width = 24
        for cell in ws["A"]:
            cell.number_format = "@"
    info = wb.create_sheet("Petunjuk")
    for line in DTSEN_INSTRUCTIONS:
        info.append([line])
    info.column_dimensions["A"].width = 120
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
