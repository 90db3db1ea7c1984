"""UI strings of the programme register on "Kelola data" (its template, its import preview and
the add/correct/close form), merged into views.i18n. Keys are prefixed ``prog.``."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # ---- template (components/bodies/data_admin.py templates_section) ----------------------
    "prog.template.intro": {
        "id": "Program per tingkat (siapa berbuat apa di mana): satu baris per kegiatan, dengan "
        "tingkat pemerintahan, sumber dana, instansi, kelompok sasaran, wilayah, tahun, jumlah "
        "rencana dan realisasi. Lembar 'Katalog' berisi daftar nilai yang diterima. Unggah di "
        "bagian 2 seperti berkas lain.",
        "en": "Programmes by level (who does what where): one row per activity, with the level "
        "of government, funding source, agency, target group, region, year, planned and realised "
        "quantity. The 'Katalog' sheet lists the accepted values. Upload it in section 2 like "
        "any other file.",
    },
    "prog.template.csv": {
        "id": "Unduh templat Program per tingkat (CSV)",
        "en": "Download the programme template (CSV)",
    },
    "prog.template.xlsx": {
        "id": "Unduh templat Program per tingkat (XLSX)",
        "en": "Download the programme template (XLSX)",
    },
    # ---- import report and preview (data_admin.py, import_preview.py) ---------------------
    "prog.metric.activities": {"id": "Kegiatan", "en": "Activities"},
    "prog.status.valid": {
        "id": "Pemeriksaan lolos: {values} kegiatan dari {rows} baris siap diimpor (belum "
        "disimpan).",
        "en": "Check passed: {values} activities from {rows} rows ready to import (not saved yet).",
    },
    "prog.status.needs_confirmation": {
        "id": "Berkas valid, tetapi ada {warnings} peringatan yang perlu dikonfirmasi sebelum "
        "diimpor.",
        "en": "The file is valid, but {warnings} warnings need confirming before the import.",
    },
    "prog.status.invalid": {
        "id": "Berkas ditolak: {errors} kesalahan. Tidak ada data yang disimpan; perbaiki "
        "berkas lalu unggah ulang.",
        "en": "File refused: {errors} errors. Nothing was saved; fix the file and upload it again.",
    },
    "prog.status.failed": {
        "id": "Impor gagal disimpan; data sebelumnya tidak berubah.",
        "en": "The import could not be saved; the previous data is unchanged.",
    },
    "prog.status.applied": {
        "id": "Impor berhasil: dataset #{id} berisi {values} kegiatan dari {rows} baris; "
        "{superseded} kegiatan lama digantikan.",
        "en": "Import succeeded: dataset #{id} holds {values} activities from {rows} rows; "
        "{superseded} earlier activities replaced.",
    },
    "prog.preview.caption": {
        "id": "Baris berkas Program per tingkat seperti akan tercatat. Sel merah: kesalahan "
        "(baris tidak diimpor, isi berkas ditampilkan); sel kuning: peringatan. Nomor pada sel "
        "menunjuk pesan di bawah tabel.",
        "en": "The rows of the programme file as they will be recorded. Red cell: error (the "
        "row is not imported; the file's content is shown); yellow cell: warning. The number "
        "in a cell points to its message below the table.",
    },
    "prog.preview.row": {"id": "Baris", "en": "Row"},
    "prog.preview.sheet": {"id": "Lembar '{sheet}'", "en": "Sheet '{sheet}'"},
    "prog.preview.hidden": {
        "id": "{n} baris lain tanpa catatan tidak ditampilkan.",
        "en": "{n} more rows without remarks are not shown.",
    },
    # ---- the section and its form (components/bodies/programme_form.py) -------------------
    "prog.title": {"id": "5. Program per tingkat", "en": "5. Programmes by level"},
    "prog.intro": {
        "id": "Tambah, koreksi atau tutup satu kegiatan. Setiap simpanan menjadi versi baru "
        "(siapa dan kapan tercatat); versi lama tetap ada dan dapat dipulihkan dengan "
        "membatalkan datasetnya di bagian 3.",
        "en": "Add, correct or close one activity. Every save becomes a new version (who and "
        "when are recorded); older versions stay and can be restored by rolling back their "
        "dataset in section 3.",
    },
    "prog.region": {"id": "Wilayah", "en": "Region"},
    "prog.year": {"id": "Tahun", "en": "Year"},
    "prog.list.title": {
        "id": "Kegiatan tercatat: {region}, {year}",
        "en": "Recorded activities: {region}, {year}",
    },
    "prog.list.empty": {
        "id": "Belum ada kegiatan tercatat untuk wilayah dan tahun ini.",
        "en": "No activities recorded for this region and year yet.",
    },
    "prog.mode": {"id": "Yang ingin dilakukan", "en": "What to do"},
    "prog.mode.add": {"id": "Tambah kegiatan", "en": "Add an activity"},
    "prog.mode.correct": {"id": "Koreksi kegiatan", "en": "Correct an activity"},
    "prog.mode.close": {"id": "Tutup kegiatan (selesai)", "en": "Close an activity (completed)"},
    "prog.pick": {"id": "Kegiatan", "en": "Activity"},
    "prog.form.region_fixed": {
        "id": "Wilayah: {region} (ganti di atas). Kecamatan boleh kosong.",
        "en": "Region: {region} (change it above). The kecamatan may stay empty.",
    },
    "prog.form.programme_help": {
        "id": "Pilih dari katalog; untuk program lain pilih 'Program lain' dan tulis namanya.",
        "en": "Pick from the catalogue; for another programme pick 'Program lain' and type its "
        "name.",
    },
    "prog.form.confirm": {
        "id": "Saya sudah memeriksa peringatan; simpan apa adanya.",
        "en": "I have checked the warnings; save as it is.",
    },
    "prog.form.save": {"id": "Simpan", "en": "Save"},
    "prog.form.none": {"id": "(kosong)", "en": "(empty)"},
    "prog.form.errors": {
        "id": "Tidak ada yang disimpan: perbaiki isian berikut.",
        "en": "Nothing was saved: fix the following fields.",
    },
    "prog.form.warnings": {
        "id": "Belum disimpan: periksa peringatan berikut, lalu centang konfirmasi dan simpan "
        "lagi.",
        "en": "Not saved yet: check the following warnings, then tick the confirmation and save "
        "again.",
    },
    "prog.form.problem": {"id": "{field}: {reason}", "en": "{field}: {reason}"},
    "prog.close.realised": {
        "id": "Jumlah realisasi akhir (boleh kosong)",
        "en": "Final realised quantity (may stay empty)",
    },
    "prog.close.button": {"id": "Tutup kegiatan", "en": "Close the activity"},
    "prog.close.already": {
        "id": "Kegiatan ini sudah berstatus selesai; menutup lagi hanya memperbarui realisasi.",
        "en": "This activity is already completed; closing it again only updates the realised "
        "quantity.",
    },
    "prog.conflict.title": {
        "id": "Dua versi kegiatan yang sama",
        "en": "Two versions of the same activity",
    },
    "prog.conflict.field": {"id": "Isian", "en": "Field"},
    "prog.conflict.theirs": {"id": "Versi tersimpan (terbaru)", "en": "Saved version (newest)"},
    "prog.conflict.ours": {"id": "Versi Anda (belum disimpan)", "en": "Your version (not saved)"},
    "prog.conflict.dismiss": {"id": "Tutup perbandingan", "en": "Close the comparison"},
    "prog.history.title": {"id": "Riwayat versi", "en": "Version history"},
    "prog.col.version": {"id": "Versi", "en": "Version"},
    "prog.col.change": {"id": "Perubahan", "en": "Change"},
    "prog.col.by": {"id": "Oleh", "en": "By"},
    "prog.col.at": {"id": "Waktu (UTC)", "en": "Time (UTC)"},
    "prog.col.current": {"id": "Berlaku", "en": "Current"},
    "prog.col.kind": {"id": "Jenis data", "en": "Kind of data"},
    "prog.change.impor": {"id": "impor", "en": "import"},
    "prog.change.tambah": {"id": "tambah", "en": "added"},
    "prog.change.koreksi": {"id": "koreksi", "en": "corrected"},
    "prog.change.tutup": {"id": "tutup", "en": "closed"},
    "prog.yes": {"id": "ya", "en": "yes"},
    "prog.no": {"id": "tidak", "en": "no"},
    # Field labels (the form, the comparison, the register table).
    "prog.field.program": {"id": "Program", "en": "Programme"},
    "prog.field.program_name": {
        "id": "Nama program (bila 'Program lain')",
        "en": "Programme name (for 'Program lain')",
    },
    "prog.field.tingkat": {"id": "Tingkat pemerintahan", "en": "Level of government"},
    "prog.field.sumber_dana": {"id": "Sumber dana", "en": "Funding source"},
    "prog.field.instansi": {"id": "Instansi pelaksana", "en": "Implementing agency"},
    "prog.field.sasaran": {"id": "Kelompok sasaran", "en": "Target group"},
    "prog.field.kode_wilayah": {"id": "Wilayah", "en": "Region"},
    "prog.field.kecamatan": {"id": "Kecamatan", "en": "Kecamatan (district)"},
    "prog.field.tahun": {"id": "Tahun kegiatan", "en": "Activity year"},
    "prog.field.tahun_mulai": {
        "id": "Tahun mulai (bila angka kumulatif)",
        "en": "First year (for a multi-year total)",
    },
    "prog.field.jumlah_rencana": {"id": "Jumlah rencana", "en": "Planned quantity"},
    "prog.field.satuan_rencana": {"id": "Satuan rencana", "en": "Planned unit"},
    "prog.field.jumlah_realisasi": {"id": "Jumlah realisasi", "en": "Realised quantity"},
    "prog.field.satuan_realisasi": {"id": "Satuan realisasi", "en": "Realised unit"},
    "prog.field.anggaran_rp": {"id": "Anggaran (Rp)", "en": "Budget (Rp)"},
    "prog.field.status": {"id": "Status", "en": "Status"},
    "prog.field.sumber": {"id": "Sumber data", "en": "Source"},
    "prog.field.catatan": {"id": "Catatan", "en": "Note"},
}
