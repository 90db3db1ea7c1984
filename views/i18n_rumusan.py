"""UI strings of the Rumusan page, its slide and PDF, the presenter's quick form and the
profile's list (the rakor's resolutions), merged into views.i18n. Keys are prefixed
``rumusan.`` (``profile.rumusan``, ``brief.rumusan`` and the page's name besides)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "rumusan.source.register": {
        "id": "register rumusan rakor Serambi (dicatat petugas Dinas Sosial)",
        "en": "Serambi's register of meeting resolutions (recorded by Dinas Sosial staff)",
    },
    "nav.rumusan": {"id": "Rumusan rakor", "en": "Meeting resolutions"},
    "brief.page.rumusan": {"id": "Tindak lanjut rumusan", "en": "Follow-up of resolutions"},
    "brief.rumusan.none": {
        "id": "Belum ada rumusan rakor yang tercatat di Serambi; rumusan dicatat staf di halaman "
        "Rumusan rakor (tidak ada rumusan yang dikarang).",
        "en": "No meeting resolution has been recorded in Serambi yet; staff record them on the "
        "Meeting resolutions page (none is ever made up).",
    },
    "rumusan.title": {
        "id": "Rumusan rakor dan tindak lanjutnya",
        "en": "Meeting resolutions and their follow-up",
    },
    "rumusan.subtitle": {
        "id": "Rumusan rapat koordinasi: siapa menindaklanjuti apa, di wilayah mana, sampai kapan, "
        'dan angka terkini indikator yang ditargetkan. "Terlambat" dihitung otomatis: batas '
        "waktu sudah lewat dan rumusan belum selesai (per {day}, WITA).",
        "en": "Resolutions of the coordination meetings: who follows up what, where, by when, and "
        'the current value of the indicators they target. "Overdue" is derived: the deadline '
        "has passed and the resolution is still open (as of {day}, WITA).",
    },
    "rumusan.follow_title": {
        "id": "Tindak lanjut rumusan rakor {year}",
        "en": "Follow-up of the {year} meeting's resolutions",
    },
    "rumusan.empty": {
        "id": "Belum ada rumusan yang tercatat. Serambi tidak mengarang rumusan: yang tampil di "
        "sini hanya rumusan yang diputuskan rapat dan dicatat staf Dinas Sosial.",
        "en": "No resolution has been recorded yet. Serambi makes none up: only resolutions a "
        "meeting decided and Dinas Sosial staff recorded appear here.",
    },
    "rumusan.empty.with_meeting": {
        "id": "Rapat sudah tercatat, tetapi belum ada rumusannya. Serambi tidak mengarang "
        "rumusan: tambahkan rumusan yang diputuskan rapat itu.",
        "en": "A meeting is recorded but has no resolution yet. Serambi makes none up: add the "
        "resolutions that meeting decided.",
    },
    "rumusan.empty.how": {
        "id": "**Cara mencatat rumusan**\n\n"
        "1. Staf masuk (bagian *Untuk staf* di bawah; akun yang sama dengan Kelola data).\n"
        "2. *Catat rapat*: nama, tanggal, tempat dan tuan rumah rapat.\n"
        "3. *Tambah rumusan* satu per satu: teks, jenis, penanggung jawab, wilayah, batas waktu "
        "dan, bila ada, indikator dengan targetnya (misalnya cakupan PKH PPU ≥ 90 % pada 2026); "
        "atau *Impor daftar* dengan templat (satu baris per rumusan).\n"
        "4. Selama rapat, dalam mode presentasi, tombol *Catat rumusan* di bilah agenda mencatat "
        "rumusan tanpa meninggalkan layar.\n"
        "5. Sesudah rapat: perbarui status dan catat tindak lanjutnya (tanggal, penulis, isi, "
        "bukti). Rakor berikutnya melihatnya di sini, di profil wilayah dan di Bahan rapat.",
        "en": "**How to record resolutions**\n\n"
        "1. Staff log in (the *For staff* section below; the same account as Manage data).\n"
        "2. *Record a meeting*: its name, date, place and host.\n"
        "3. *Add a resolution* one at a time: text, kind, parties responsible, regions, deadline "
        "and, if any, indicators with their targets (e.g. PKH coverage in PPU ≥ 90 % by 2026); "
        "or *Import a list* with the template (one row per resolution).\n"
        "4. During the meeting, in presenter mode, the *Record a resolution* button on the "
        "agenda bar records one without leaving the screen.\n"
        "5. After the meeting: update the status and add follow-up notes (date, author, text, "
        "evidence). The next meeting sees them here, on the regency profile and in the "
        "meeting brief.",
    },
    "rumusan.examples.show": {
        "id": "Tampilkan rapat contoh (DATA CONTOH)",
        "en": "Show the example meeting (EXAMPLE DATA)",
    },
    "rumusan.examples.help": {
        "id": "Rapat contoh hanya untuk peragaan; rumusannya bukan keputusan rapat mana pun dan "
        "tidak pernah bercampur dengan rapat sungguhan.",
        "en": "The example meeting is for demonstration only; its resolutions are no meeting's "
        "decisions and never mix with real meetings.",
    },
    "rumusan.examples.load": {
        "id": "Muat rapat contoh (DATA CONTOH)",
        "en": "Load the example meeting (EXAMPLE DATA)",
    },
    "rumusan.examples.load_help": {
        "id": "Untuk peragaan: satu rapat contoh dengan tiga rumusan contoh, ditandai DATA "
        "CONTOH di mana pun tampil.",
        "en": "For demonstrations: one example meeting with three example resolutions, marked "
        "EXAMPLE DATA wherever they appear.",
    },
    "rumusan.examples.loaded": {
        "id": "Rapat contoh dimuat (DATA CONTOH).",
        "en": "The example meeting was loaded (EXAMPLE DATA).",
    },
    "rumusan.example_note": {
        "id": "Sebagian rumusan atau angka di sini adalah DATA CONTOH.",
        "en": "Some resolutions or figures here are EXAMPLE DATA.",
    },
    "rumusan.total": {"id": "{n} rumusan", "en": "{n} resolutions"},
    "rumusan.total_on": {"id": "{n} rumusan, per {day}", "en": "{n} resolutions, as of {day}"},
    "rumusan.on_day": {"id": "per {day}", "en": "as of {day}"},
    "rumusan.counts": {"id": "{total} rumusan: {parts}", "en": "{total} resolutions: {parts}"},
    "rumusan.view": {"id": "Tampilkan", "en": "Show"},
    "rumusan.view.meeting": {"id": "Per rapat", "en": "By meeting"},
    "rumusan.view.regency": {"id": "Per kabupaten/kota", "en": "By regency/city"},
    "rumusan.view.status": {"id": "Per status", "en": "By status"},
    "rumusan.pick.meeting": {"id": "Rapat", "en": "Meeting"},
    "rumusan.pick.regency": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "rumusan.pick.status": {"id": "Status", "en": "Status"},
    "rumusan.no_meeting": {
        "id": "Belum ada rapat dengan rumusan.",
        "en": "No meeting with resolutions yet.",
    },
    "rumusan.host.province": {
        "id": "Provinsi Kalimantan Timur",
        "en": "Kalimantan Timur province",
    },
    "rumusan.host": {"id": "tuan rumah {host}", "en": "hosted by {host}"},
    "rumusan.regency.note": {
        "id": "Rumusan yang menyangkut {name}: wilayahnya menyebut {name}, salah satu "
        "kecamatannya, atau seluruh Kalimantan Timur.",
        "en": "Resolutions that concern {name}: their regions name {name}, one of its "
        "subdistricts, or all of Kalimantan Timur.",
    },
    "rumusan.summary.meeting": {"id": "Ringkasan per rapat", "en": "Summary by meeting"},
    "rumusan.summary.regency": {
        "id": "Ringkasan per kabupaten/kota (semua status)",
        "en": "Summary by regency/city (every status)",
    },
    "rumusan.status.summary": {
        "id": "Jumlah rumusan per status",
        "en": "Resolutions by status",
    },
    "rumusan.status.none": {
        "id": "Tidak ada rumusan berstatus {status}.",
        "en": "No resolution is {status}.",
    },
    "rumusan.year_fallback": {
        "id": "Tidak ada rakor tercatat pada {wanted}; ditampilkan rakor {year}.",
        "en": "No meeting recorded in {wanted}; showing the {year} meeting.",
    },
    "rumusan.present.none": {
        "id": "Rapat ini belum memiliki rumusan tercatat.",
        "en": "This meeting has no recorded resolution yet.",
    },
    "rumusan.more": {
        "id": "… dan {n} rumusan lainnya di halaman Rumusan rakor.",
        "en": "… and {n} more resolutions on the Meeting resolutions page.",
    },
    "rumusan.late_rule": {
        "id": "Terlambat = batas waktu sudah lewat dan status masih belum dimulai atau berjalan; "
        "dihitung pada hari bahan ini dibuat (WITA).",
        "en": "Overdue = the deadline has passed and the status is still not started or ongoing; "
        "judged on the day this brief was made (WITA).",
    },
    # statuses and deadlines
    "rumusan.no_deadline": {"id": "tanpa batas waktu", "en": "no deadline"},
    "rumusan.late_days": {"id": "lewat {days} hari", "en": "{days} days overdue"},
    "rumusan.due_in": {"id": "{days} hari lagi", "en": "due in {days} days"},
    "rumusan.due_today": {"id": "batas waktu hari ini", "en": "due today"},
    "rumusan.changed": {
        "id": "versi {version} · terakhir diubah oleh {user}, {when}",
        "en": "version {version} · last changed by {user}, {when}",
    },
    "rumusan.region.all": {"id": "seluruh Kalimantan Timur", "en": "all of Kalimantan Timur"},
    "rumusan.region.all_short": {"id": "Kaltim", "en": "Kaltim"},
    "rumusan.region.kecamatan": {"id": "Kec. {name}", "en": "{name} subdistrict"},
    # a linked indicator
    "rumusan.link.coverage": {"id": "cakupan {programme}", "en": "{programme} coverage"},
    "rumusan.link.target": {
        "id": "target {what} {region} {sign} {target} pada {year}",
        "en": "target {what} {region} {sign} {target} by {year}",
    },
    "rumusan.link.now": {
        "id": "{target}, sekarang {value} ({year}, sumber {source})",
        "en": "{target}, now {value} ({year}, source {source})",
    },
    "rumusan.link.none": {
        "id": "{target}; belum ada angkanya di Serambi",
        "en": "{target}; no figure in Serambi yet",
    },
    "rumusan.link.no_source": {"id": "tidak disebut", "en": "not stated"},
    "rumusan.link.reached": {
        "id": "tercapai (selisih {distance})",
        "en": "reached (distance {distance})",
    },
    "rumusan.link.not_reached": {
        "id": "belum tercapai, selisih {distance}",
        "en": "not reached yet, distance {distance}",
    },
    "rumusan.link.stale": {
        "id": "data lama: angka dari sebelum rapat {year}",
        "en": "old data: a figure from before the {year} meeting",
    },
    "rumusan.link.newer": {
        "id": "angka {year} sudah ada ({value}, belum tampil di peta) — {verdict}",
        "en": "a {year} figure exists ({value}, not on the map yet) — {verdict}",
    },
    "rumusan.link.short": {
        "id": "{what} {region} {value} ({year}) · target {sign} {target} ({target_year})",
        "en": "{what} {region} {value} ({year}) · target {sign} {target} ({target_year})",
    },
    "rumusan.stale_short": {"id": "data lama", "en": "old data"},
    # the card
    "rumusan.card.number": {"id": "No. {n}", "en": "No. {n}"},
    "rumusan.card.parties": {"id": "Penanggung jawab", "en": "Responsible"},
    "rumusan.card.regions": {"id": "Wilayah", "en": "Regions"},
    "rumusan.card.deadline": {"id": "Batas waktu", "en": "Deadline"},
    "rumusan.card.meeting": {"id": "Rapat", "en": "Meeting"},
    "rumusan.card.indicators": {"id": "Indikator terkait", "en": "Linked indicators"},
    "rumusan.card.timeline": {"id": "Tindak lanjut ({n})", "en": "Follow-up ({n})"},
    "rumusan.card.no_notes": {
        "id": "Belum ada catatan tindak lanjut.",
        "en": "No follow-up note yet.",
    },
    "rumusan.card.evidence": {"id": "Bukti", "en": "Evidence"},
    # tables
    "rumusan.col.number": {"id": "No.", "en": "No."},
    "rumusan.col.meeting": {"id": "Rapat", "en": "Meeting"},
    "rumusan.col.date": {"id": "Tanggal rapat", "en": "Meeting date"},
    "rumusan.col.place": {"id": "Tempat", "en": "Place"},
    "rumusan.col.text": {"id": "Rumusan", "en": "Resolution"},
    "rumusan.col.kind": {"id": "Jenis", "en": "Kind"},
    "rumusan.col.parties": {"id": "Penanggung jawab", "en": "Responsible"},
    "rumusan.col.regions": {"id": "Wilayah", "en": "Regions"},
    "rumusan.col.deadline": {"id": "Batas waktu", "en": "Deadline"},
    "rumusan.col.status": {"id": "Status", "en": "Status"},
    "rumusan.col.late_days": {"id": "Terlambat (hari)", "en": "Days overdue"},
    "rumusan.col.indicators": {"id": "Indikator terkait", "en": "Linked indicators"},
    "rumusan.col.last_note": {"id": "Tindak lanjut terakhir", "en": "Latest follow-up"},
    "rumusan.col.last_note_date": {
        "id": "Tanggal tindak lanjut terakhir",
        "en": "Date of the latest follow-up",
    },
    "rumusan.col.evidence": {"id": "Bukti", "en": "Evidence"},
    "rumusan.col.n_notes": {"id": "Jumlah catatan", "en": "Notes"},
    "rumusan.col.version": {"id": "Versi", "en": "Version"},
    "rumusan.col.example": {"id": "Data contoh", "en": "Example data"},
    "rumusan.col.regency": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "rumusan.col.open": {"id": "Terbuka", "en": "Open"},
    "rumusan.col.total": {"id": "Jumlah", "en": "Total"},
    "rumusan.col.count": {"id": "Jumlah rumusan", "en": "Resolutions"},
    "rumusan.col.numbers": {"id": "Nomor (tahun rapat)", "en": "Numbers (meeting year)"},
    "rumusan.col.when": {"id": "Waktu", "en": "Time"},
    "rumusan.col.by": {"id": "Oleh", "en": "By"},
    "rumusan.col.change": {"id": "Perubahan", "en": "Change"},
    "rumusan.col.fields": {"id": "Isian yang berubah", "en": "Fields changed"},
    "rumusan.action.rumusan.insert": {"id": "dicatat", "en": "recorded"},
    "rumusan.action.rumusan.update": {"id": "diubah", "en": "edited"},
    "rumusan.action.rumusan.status": {"id": "status diubah", "en": "status changed"},
    "rumusan.action.rumusan.delete": {"id": "dihapus dari daftar", "en": "removed from the list"},
    "rumusan.action.rumusan.restore": {"id": "dipulihkan", "en": "restored"},
    "rumusan.action.note.insert": {"id": "catatan ditambahkan", "en": "note added"},
    "rumusan.action.note.delete": {"id": "catatan dihapus", "en": "note removed"},
    "rumusan.action.meeting.insert": {"id": "rapat dicatat", "en": "meeting recorded"},
    "rumusan.action.meeting.update": {"id": "rapat diubah", "en": "meeting edited"},
    "rumusan.action.meeting.delete": {"id": "rapat dihapus", "en": "meeting removed"},
    # the map
    "rumusan.map.title": {
        "id": "Rumusan terbuka dan terlambat per kabupaten/kota",
        "en": "Open and overdue resolutions by regency/city",
    },
    "rumusan.map.unit": {"id": "rumusan terbuka", "en": "open resolutions"},
    "rumusan.map.detail_word": {"id": "Rincian", "en": "Details"},
    "rumusan.map.detail": {
        "id": "{late} terlambat, {not_started} belum dimulai, {ongoing} berjalan, {done} selesai",
        "en": "{late} overdue, {not_started} not started, {ongoing} ongoing, {done} completed",
    },
    "rumusan.map.note": {
        "id": "Jumlah rumusan terbuka (terlambat, belum dimulai, berjalan) per {day}; rumusan "
        "untuk seluruh Kalimantan Timur dihitung di setiap kabupaten/kota",
        "en": "Open resolutions (overdue, not started, ongoing) as of {day}; a resolution for "
        "all of Kalimantan Timur counts in every regency/city",
    },
    "rumusan.map.caption": {
        "id": "Jumlah rumusan, bukan angka per penduduk: satu rumusan bisa menyangkut banyak "
        "wilayah, dan rumusan untuk seluruh Kalimantan Timur dihitung di setiap kabupaten/kota.",
        "en": "A count of resolutions, not a rate: one resolution may concern many regions, and "
        "one for all of Kalimantan Timur counts in every regency/city.",
    },
    "rumusan.map.none": {
        "id": "Belum ada rumusan yang menyangkut kabupaten/kota.",
        "en": "No resolution concerns a regency/city yet.",
    },
    # downloads
    "rumusan.download.pdf": {"id": "Rumusan rapat (PDF)", "en": "Resolutions (PDF)"},
    "rumusan.download.xlsx": {
        "id": "Matriks tindak lanjut (XLSX)",
        "en": "Follow-up matrix (XLSX)",
    },
    "rumusan.export.title": {
        "id": "Matriks tindak lanjut rumusan — {scope}",
        "en": "Follow-up matrix of resolutions — {scope}",
    },
    "rumusan.export.note": {
        "id": "Status per {day} (WITA); terlambat = batas waktu lewat dan belum selesai. Teks "
        "rumusan dan catatan seperti diketik staf.",
        "en": "Status as of {day} (WITA); overdue = past the deadline and still open. Resolution "
        "and note texts as typed by staff.",
    },
    # the PDF
    "rumusan.pdf.title": {"id": "RUMUSAN RAPAT", "en": "RESOLUTIONS OF THE MEETING"},
    "rumusan.pdf.meeting": {
        "id": "Tanggal: {date} · Tempat: {place} · Tuan rumah: {host}",
        "en": "Date: {date} · Place: {place} · Host: {host}",
    },
    "rumusan.pdf.example": {
        "id": "DATA CONTOH: rapat dan rumusan ini buatan untuk peragaan, bukan keputusan rapat.",
        "en": "EXAMPLE DATA: this meeting and its resolutions are made up for demonstration, not "
        "a meeting's decisions.",
    },
    "rumusan.pdf.kind": {"id": "Jenis: {kind}", "en": "Kind: {kind}"},
    "rumusan.pdf.parties": {"id": "Penanggung jawab: {parties}", "en": "Responsible: {parties}"},
    "rumusan.pdf.regions": {"id": "Wilayah: {regions}", "en": "Regions: {regions}"},
    "rumusan.pdf.deadline": {"id": "Batas waktu: {deadline}", "en": "Deadline: {deadline}"},
    "rumusan.pdf.target": {"id": "Indikator: {target}", "en": "Indicator: {target}"},
    "rumusan.pdf.none": {
        "id": "Rapat ini belum memiliki rumusan tercatat.",
        "en": "This meeting has no recorded resolution yet.",
    },
    "rumusan.pdf.decided": {
        "id": "Ditetapkan di {place}, {date}",
        "en": "Decided at {place}, {date}",
    },
    "rumusan.pdf.chair": {"id": "Pimpinan rapat", "en": "Chair of the meeting"},
    "rumusan.pdf.secretary": {"id": "Sekretaris rapat", "en": "Secretary of the meeting"},
    "rumusan.pdf.name_line": {
        "id": "(................................)",
        "en": "(................................)",
    },
    "rumusan.pdf.nip_line": {
        "id": "NIP. ..........................",
        "en": "Staff no. .....................",
    },
    "rumusan.pdf.footer": {
        "id": "Serambi · Rumusan rapat: {name} · halaman {i} dari {n}",
        "en": "Serambi · Resolutions: {name} · page {i} of {n}",
    },
    # staff
    "rumusan.staff.login": {
        "id": "Untuk staf: masuk untuk mencatat dan memperbarui rumusan",
        "en": "For staff: log in to record and update resolutions",
    },
    "rumusan.staff.title": {
        "id": "Untuk staf: catat dan perbarui rumusan",
        "en": "For staff: record and update resolutions",
    },
    "rumusan.staff.mode": {"id": "Pekerjaan", "en": "Task"},
    "rumusan.mode.meeting": {"id": "Catat rapat", "en": "Record a meeting"},
    "rumusan.mode.add": {"id": "Tambah rumusan", "en": "Add a resolution"},
    "rumusan.mode.edit": {"id": "Ubah rumusan", "en": "Edit a resolution"},
    "rumusan.mode.follow": {"id": "Status & tindak lanjut", "en": "Status & follow-up"},
    "rumusan.mode.remove": {"id": "Hapus / pulihkan", "en": "Remove / restore"},
    "rumusan.mode.import": {"id": "Impor daftar", "en": "Import a list"},
    "rumusan.staff.meeting_help": {
        "id": "Satu rapat koordinasi: rumusannya dicatat di bawah rapat ini.",
        "en": "One coordination meeting: its resolutions are recorded under it.",
    },
    "rumusan.staff.first_meeting": {
        "id": "Catat rapatnya dulu (pilihan Catat rapat).",
        "en": "Record the meeting first (Record a meeting).",
    },
    "rumusan.staff.none": {
        "id": "Belum ada rumusan untuk diubah.",
        "en": "No resolution to change yet.",
    },
    "rumusan.staff.pick": {"id": "Rumusan", "en": "Resolution"},
    "rumusan.staff.editing": {
        "id": "Anda mengubah versi {version}. Bila orang lain menyimpan lebih dahulu, tidak ada "
        "yang ditimpa: kedua versi ditampilkan berdampingan.",
        "en": "You are editing version {version}. If someone else saves first, nothing is "
        "overwritten: both versions are shown side by side.",
    },
    "rumusan.staff.status": {"id": "Status sekarang: {status}", "en": "Status now: {status}"},
    "rumusan.staff.note": {"id": "Catatan tindak lanjut", "en": "Follow-up note"},
    "rumusan.staff.remove_help": {
        "id": "Menghapus hanya mengeluarkan rumusan dari daftar (misalnya tercatat dua kali): "
        "siapa, kapan dan alasannya disimpan, dan rumusan dapat dipulihkan.",
        "en": "Removing only takes the resolution off the lists (e.g. recorded twice): who, when "
        "and why are kept, and it can be restored.",
    },
    "rumusan.staff.removed": {"id": "Rumusan yang dihapus", "en": "Removed resolutions"},
    "rumusan.staff.removed_none": {"id": "Tidak ada.", "en": "None."},
    "rumusan.staff.removed_by": {"id": "dihapus oleh {user}", "en": "removed by {user}"},
    "rumusan.history.title": {"id": "Riwayat perubahan", "en": "Change history"},
    "rumusan.conflict.title": {
        "id": "Dua versi rumusan yang sama",
        "en": "Two versions of the same resolution",
    },
    "rumusan.conflict.field": {"id": "Isian", "en": "Field"},
    "rumusan.conflict.theirs": {"id": "Versi tersimpan (terbaru)", "en": "Saved version (newest)"},
    "rumusan.conflict.ours": {
        "id": "Versi Anda (belum disimpan)",
        "en": "Your version (not saved)",
    },
    "rumusan.conflict.dismiss": {"id": "Tutup perbandingan", "en": "Close the comparison"},
    # form fields (template column names)
    "rumusan.field.meeting": {"id": "Rapat", "en": "Meeting"},
    "rumusan.field.nomor": {"id": "Nomor", "en": "Number"},
    "rumusan.field.rumusan": {"id": "Teks rumusan", "en": "Resolution text"},
    "rumusan.field.jenis": {"id": "Jenis", "en": "Kind"},
    "rumusan.field.penanggung_jawab": {"id": "Penanggung jawab", "en": "Responsible"},
    "rumusan.field.wilayah": {"id": "Wilayah", "en": "Regions"},
    "rumusan.field.batas_waktu": {"id": "Batas waktu", "en": "Deadline"},
    "rumusan.field.status": {"id": "Status", "en": "Status"},
    "rumusan.field.indikator": {"id": "Indikator", "en": "Indicator"},
    "rumusan.field.wilayah_indikator": {"id": "Wilayah indikator", "en": "Indicator region"},
    "rumusan.field.arah": {"id": "Arah", "en": "Direction"},
    "rumusan.field.target": {"id": "Target", "en": "Target"},
    "rumusan.field.tahun_target": {"id": "Tahun target", "en": "Target year"},
    "rumusan.field.indikator_terkait": {"id": "Indikator terkait", "en": "Linked indicators"},
    "rumusan.field.link_n": {"id": "{field} terkait {n}", "en": "Linked {field} {n}"},
    "rumusan.field.nama": {"id": "Nama rapat", "en": "Meeting name"},
    "rumusan.field.tanggal": {"id": "Tanggal", "en": "Date"},
    "rumusan.field.tempat": {"id": "Tempat", "en": "Place"},
    "rumusan.field.tuan_rumah": {"id": "Tuan rumah", "en": "Host"},
    "rumusan.field.penulis": {"id": "Penulis", "en": "Author"},
    "rumusan.field.catatan": {"id": "Catatan tindak lanjut", "en": "Follow-up note"},
    "rumusan.field.bukti": {
        "id": "Bukti (tautan atau nama dokumen)",
        "en": "Evidence (link or document name)",
    },
    "rumusan.field.alasan": {"id": "Alasan", "en": "Reason"},
    "rumusan.form.links": {
        "id": "Indikator terkait (boleh kosong): target yang ditetapkan rapat; Serambi menampilkan "
        "angka terkininya.",
        "en": "Linked indicators (optional): the target the meeting set; Serambi shows the "
        "current figure.",
    },
    "rumusan.form.no_link": {"id": "(tanpa indikator)", "en": "(no indicator)"},
    "rumusan.form.same_region": {"id": "(wilayah rumusan)", "en": "(the resolution's region)"},
    "rumusan.form.auto": {"id": "otomatis", "en": "automatic"},
    "rumusan.form.save": {"id": "Simpan rumusan", "en": "Save the resolution"},
    "rumusan.form.save_meeting": {"id": "Simpan rapat", "en": "Save the meeting"},
    "rumusan.form.update_meeting": {
        "id": "Simpan perubahan rapat",
        "en": "Save the meeting's changes",
    },
    "rumusan.form.remove_meeting": {"id": "Hapus rapat", "en": "Remove the meeting"},
    "rumusan.form.meeting_remove_sure": {
        "id": "Ya, rapat ini tercatat karena salah (riwayatnya tetap disimpan)",
        "en": "Yes, this meeting was recorded by mistake (its history is kept)",
    },
    "rumusan.form.meeting_remove_unsure": {
        "id": "Centang dulu bahwa rapat ini memang tercatat karena salah; tidak ada yang dihapus.",
        "en": "First tick that this meeting was indeed recorded by mistake; nothing was removed.",
    },
    "rumusan.staff.meeting_fix": {
        "id": "Ubah atau hapus rapat yang sudah tercatat",
        "en": "Correct or remove a recorded meeting",
    },
    "rumusan.staff.meeting_remove_help": {
        "id": "Hapus hanya rapat yang tercatat karena salah. Rapat yang masih punya rumusan "
        "tidak bisa dihapus: hapus rumusannya lebih dahulu, masing-masing dengan alasannya.",
        "en": "Remove only a meeting recorded by mistake. A meeting that still has resolutions "
        "cannot be removed: remove those first, each with its reason.",
    },
    "rumusan.form.save_status": {"id": "Simpan status", "en": "Save the status"},
    "rumusan.form.save_note": {"id": "Simpan catatan", "en": "Save the note"},
    "rumusan.form.remove": {"id": "Hapus dari daftar", "en": "Remove from the list"},
    "rumusan.form.restore": {"id": "Pulihkan", "en": "Restore"},
    "rumusan.form.errors": {
        "id": "Tidak ada yang disimpan: perbaiki isian berikut.",
        "en": "Nothing was saved: fix the following fields.",
    },
    "rumusan.form.warnings": {"id": "Perhatikan:", "en": "Please note:"},
    "rumusan.help.number": {
        "id": "Kosongkan untuk nomor berikutnya rapat ini.",
        "en": "Leave empty for the meeting's next number.",
    },
    "rumusan.help.parties": {
        "id": "Dinsos provinsi, Dinsos <kabupaten/kota> (mis. Dinsos PPU), Dinsos kab/kota, atau "
        "instansi lain; beberapa dipisah titik koma.",
        "en": "Dinsos provinsi, Dinsos <regency> (e.g. Dinsos PPU), Dinsos kab/kota, or another "
        "agency; several separated by semicolons.",
    },
    "rumusan.help.deadline": {
        "id": "Tanggal (31/12/2026, 31 Desember 2026) atau bulan (Desember 2026 = akhir bulan); "
        "boleh kosong.",
        "en": "A date (31/12/2026, 31 Desember 2026) or a month (Desember 2026 = its last day); "
        "may stay empty.",
    },
    "rumusan.help.date": {
        "id": "Misalnya 12 Mei 2026, 12/05/2026 atau 2026-05-12.",
        "en": "E.g. 12 Mei 2026, 12/05/2026 or 2026-05-12.",
    },
    "rumusan.help.status": {
        "id": '"Terlambat" tidak dipilih: Serambi menentukannya dari batas waktu.',
        "en": '"Overdue" is not chosen: Serambi derives it from the deadline.',
    },
    "rumusan.placeholder.meeting": {
        "id": "Rakor PMKS Kalimantan Timur 2026",
        "en": "Rakor PMKS Kalimantan Timur 2026",
    },
    "rumusan.placeholder.parties": {
        "id": "Dinsos provinsi; Dinsos PPU",
        "en": "Dinsos provinsi; Dinsos PPU",
    },
    "rumusan.placeholder.regions": {"id": "Pilih wilayah", "en": "Choose regions"},
    "rumusan.placeholder.deadline": {"id": "31/12/2026", "en": "31/12/2026"},
    "rumusan.placeholder.evidence": {
        "id": "https://… atau Notula rapat 12 Juni 2026",
        "en": "https://… or the minutes of 12 June 2026",
    },
    # the quick form (presenter mode)
    "rumusan.quick.open": {"id": "Catat rumusan", "en": "Record a resolution"},
    "rumusan.quick.title": {
        "id": "Catat rumusan yang baru diputuskan",
        "en": "Record a resolution just decided",
    },
    "rumusan.quick.no_meeting": {
        "id": "Belum ada rapat tercatat: catat rapat hari ini dulu.",
        "en": "No meeting recorded yet: record today's meeting first.",
    },
    "rumusan.quick.save": {"id": "Catat", "en": "Record"},
    # the import
    "rumusan.import.intro": {
        "id": "Daftar rumusan satu rapat, satu baris per rumusan, dengan templat ini (tanpa baris "
        "contoh). Berkas diperiksa dulu; impor berlaku seluruhnya atau tidak sama sekali.",
        "en": "One meeting's list of resolutions, one row each, in this template (no example "
        "row). The file is checked first; the import is all or nothing.",
    },
    "rumusan.import.template_xlsx": {"id": "Templat (XLSX)", "en": "Template (XLSX)"},
    "rumusan.import.template_csv": {"id": "Templat (CSV)", "en": "Template (CSV)"},
    "rumusan.import.file": {
        "id": "Berkas daftar rumusan (.xlsx, .xls, .ods, .csv)",
        "en": "File with the list (.xlsx, .xls, .ods, .csv)",
    },
    "rumusan.import.blocked": {
        "id": "Belum dapat diimpor: {n} masalah perlu diperbaiki di berkas (tidak ada yang "
        "disimpan).",
        "en": "Cannot be imported yet: {n} problems to fix in the file (nothing was saved).",
    },
    "rumusan.import.ready": {
        "id": "Pemeriksaan lolos: {n} rumusan siap diimpor ke rapat '{meeting}' (belum disimpan).",
        "en": "Check passed: {n} resolutions ready to import into '{meeting}' (not saved yet).",
    },
    "rumusan.import.button": {"id": "Impor {n} rumusan", "en": "Import {n} resolutions"},
    "rumusan.import.col.level": {"id": "Tingkat", "en": "Level"},
    "rumusan.import.col.where": {"id": "Letak", "en": "Where"},
    "rumusan.import.col.reason": {"id": "Masalah", "en": "Problem"},
    "rumusan.import.error": {"id": "galat", "en": "error"},
    "rumusan.import.warning": {"id": "peringatan", "en": "warning"},
    "rumusan.import.info": {"id": "catatan", "en": "note"},
    # the regency profile
    "profile.rumusan": {
        "id": "Rumusan rakor yang menyangkut wilayah ini",
        "en": "Meeting resolutions concerning this regency",
    },
    "profile.rumusan.none": {
        "id": "Belum ada rumusan rakor yang menyangkut {name}.",
        "en": "No meeting resolution concerns {name} yet.",
    },
    "profile.rumusan.caption": {
        "id": "Rumusan yang wilayahnya menyebut {name}, salah satu kecamatannya, atau seluruh "
        "Kalimantan Timur; terlambat lebih dahulu. Rinciannya di halaman Rumusan rakor.",
        "en": "Resolutions whose regions name {name}, one of its subdistricts, or all of "
        "Kalimantan Timur; overdue first. Details on the Meeting resolutions page.",
    },
}
