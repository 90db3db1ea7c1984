"""Every UI string, in Bahasa Indonesia (default) and English. Pure Python.

Use :func:`t` with a key; missing English falls back to Indonesian so the app never shows a
bare key to an official. Number formatting lives in :mod:`welfare.formatting`.
"""

from __future__ import annotations

LANGS = ("id", "en")
DEFAULT_LANG = "id"

STRINGS: dict[str, dict[str, str]] = {
    "app.title": {"id": "Serambi", "en": "Serambi"},
    "app.subtitle": {
        "id": "Peta kesejahteraan sosial Kalimantan Timur di sekitar IKN",
        "en": "Social welfare map of East Kalimantan around IKN",
    },
    # First start of a fresh install (components/state/first_start.py)
    "startup.seeding": {
        "id": "Menyiapkan data untuk pertama kali: angka resmi, data contoh dan target dimuat "
        "ke basis data. Ini hanya sekali dan biasanya selesai dalam beberapa detik …",
        "en": "Preparing the data for the first time: official figures, example data and "
        "targets are loaded into the database. This happens once and usually takes a few "
        "seconds …",
    },
    "startup.seeded": {
        "id": "Data siap (disiapkan dalam {seconds} detik, hanya sekali).",
        "en": "Data ready (prepared in {seconds} s, only once).",
    },
    "nav.beranda": {"id": "Beranda", "en": "Home"},
    "nav.peta": {"id": "Peta", "en": "Map"},
    "nav.tren": {"id": "Tren", "en": "Trends"},
    "nav.cakupan": {"id": "Cakupan program", "en": "Programme coverage"},
    "nav.profil": {"id": "Profil wilayah", "en": "Regency profile"},
    "nav.data": {"id": "Kelola data", "en": "Manage data"},
    "nav.tentang": {"id": "Tentang & sumber", "en": "About & sources"},
    # Bahan rapat (briefing/, pages/bahan.py)
    "nav.bahan": {"id": "Bahan rapat", "en": "Meeting brief"},
    "brief.agenda.at_step": {"id": "Langkah {step}: {message}", "en": "Step {step}: {message}"},
    "brief.agenda.not_toml": {
        "id": "Berkas agenda {name} bukan TOML yang sah: {error}",
        "en": "The agenda file {name} is not valid TOML: {error}",
    },
    "brief.agenda.unreadable": {
        "id": "Berkas agenda {name} tidak dapat dibaca: {error}",
        "en": "The agenda file {name} cannot be read: {error}",
    },
    "brief.agenda.not_utf8": {
        "id": "Berkas agenda {name} bukan teks UTF-8.",
        "en": "The agenda file {name} is not UTF-8 text.",
    },
    "brief.agenda.no_steps": {
        "id": "Berkas agenda {name} tidak memiliki satu pun [[langkah]].",
        "en": "The agenda file {name} has no [[langkah]] steps.",
    },
    "brief.agenda.file_unknown_key": {
        "id": "bagian '{field}' tidak dikenal (yang dikenal: [rapat], [[langkah]]).",
        "en": "unknown section '{field}' (known: [rapat], [[langkah]]).",
    },
    "brief.agenda.meeting_not_table": {
        "id": "[rapat] harus berupa tabel (judul, tanggal, tempat).",
        "en": "[rapat] must be a table (judul, tanggal, tempat).",
    },
    "brief.agenda.meeting_unknown_key": {
        "id": "[rapat]: kunci '{field}' tidak dikenal (yang dikenal: {allowed}).",
        "en": "[rapat]: unknown key '{field}' (known: {allowed}).",
    },
    "brief.agenda.meeting_not_text": {
        "id": "[rapat]: '{field}' harus berupa teks.",
        "en": "[rapat]: '{field}' must be text.",
    },
    "brief.agenda.meeting_bad_date": {
        "id": "[rapat]: tanggal '{value}' tidak sah (tulis seperti 2026-03-10).",
        "en": "[rapat]: date '{value}' is not valid (write it like 2026-03-10).",
    },
    "brief.agenda.step_not_table": {
        "id": "harus berupa tabel [[langkah]].",
        "en": "must be a [[langkah]] table.",
    },
    "brief.agenda.unknown_key": {
        "id": "kunci '{field}' tidak dikenal (yang dikenal: {allowed}).",
        "en": "unknown key '{field}' (known: {allowed}).",
    },
    "brief.agenda.page_missing": {
        "id": "'halaman' wajib diisi (pilihan: {pages}).",
        "en": "'halaman' is required (choices: {pages}).",
    },
    "brief.agenda.page_unknown": {
        "id": "halaman '{page}' tidak dikenal (pilihan: {pages}).",
        "en": "unknown page '{page}' (choices: {pages}).",
    },
    "brief.agenda.indicator_unknown": {
        "id": "indikator '{indicator}' tidak ada di katalog (data/indicators.csv).",
        "en": "indicator '{indicator}' is not in the catalogue (data/indicators.csv).",
    },
    "brief.agenda.indicator_missing": {
        "id": "halaman {page} perlu 'indikator'.",
        "en": "page {page} needs an 'indikator'.",
    },
    "brief.agenda.indicator_not_programme": {
        "id": "indikator '{indicator}' bukan indikator program (PKH, BPNT/Sembako, PBI-JK).",
        "en": "indicator '{indicator}' is not a programme indicator (PKH, BPNT/Sembako, PBI-JK).",
    },
    "brief.agenda.year_not_int": {
        "id": "tahun '{value}' harus bilangan bulat, misalnya 2024.",
        "en": "year '{value}' must be a whole number, e.g. 2024.",
    },
    "brief.agenda.year_range": {
        "id": "tahun {value} di luar rentang {lo}–{hi}.",
        "en": "year {value} is outside {lo}–{hi}.",
    },
    "brief.agenda.regions_not_text": {
        "id": "'wilayah' harus berupa teks: kode BPS dipisah koma, atau \"penyangga\".",
        "en": "'wilayah' must be text: comma-separated BPS codes, or \"penyangga\".",
    },
    "brief.agenda.regions_unknown": {
        "id": "kode wilayah {codes} tidak dikenal (kode BPS yang sah: {allowed}, atau kode "
        'Kemendagri seperti 64.02; atau "penyangga").',
        "en": "unknown region codes {codes} (valid BPS codes: {allowed}, or Kemendagri codes "
        'such as 64.02; or "penyangga").',
    },
    "brief.agenda.profile_one_region": {
        "id": "halaman profil perlu tepat satu kode BPS di 'wilayah'.",
        "en": "the profile page needs exactly one BPS code in 'wilayah'.",
    },
    "brief.title": {"id": "Bahan rapat", "en": "Meeting brief"},
    "brief.intro": {
        "id": "Agenda presentasi menjadi salindia PowerPoint dan handout PDF (A4), tanpa "
        "internet. Setiap angka disertai sumber dan tahunnya; data contoh ditandai DATA "
        "CONTOH di setiap salindia dan halaman.",
        "en": "The presentation agenda as PowerPoint slides and a PDF handout (A4), offline. "
        "Every number carries its source and year; example data says EXAMPLE DATA on every "
        "slide and page.",
    },
    "brief.cover": {"id": "Sampul", "en": "Cover"},
    "brief.meeting_title": {"id": "Judul rapat", "en": "Meeting title"},
    "brief.meeting_date": {"id": "Tanggal", "en": "Date"},
    "brief.meeting_place": {"id": "Tempat", "en": "Place"},
    "brief.default_title": {
        "id": "Rapat Koordinasi Kesejahteraan Sosial Kalimantan Timur",
        "en": "Social Welfare Coordination Meeting, East Kalimantan",
    },
    "brief.default_place": {"id": "Samarinda", "en": "Samarinda"},
    "brief.agenda_file": {"id": "Agenda: {path}", "en": "Agenda: {path}"},
    "brief.agenda_steps": {
        "id": "{n} tampilan akan menjadi salindia:",
        "en": "{n} views become slides:",
    },
    "brief.agenda_invalid": {
        "id": "Agenda belum dapat dipakai. Perbaiki berkas agenda:",
        "en": "The agenda cannot be used yet. Fix the agenda file:",
    },
    "brief.build": {"id": "Buat bahan rapat", "en": "Build the meeting brief"},
    "brief.building": {"id": "Menyusun bahan rapat…", "en": "Building the meeting brief…"},
    "brief.stage.data": {"id": "Membaca data: {title}", "en": "Reading data: {title}"},
    "brief.stage.picture": {"id": "Menggambar: {title}", "en": "Drawing: {title}"},
    "brief.stage.pptx": {"id": "Menulis PowerPoint", "en": "Writing PowerPoint"},
    "brief.stage.pdf": {"id": "Menulis PDF", "en": "Writing PDF"},
    "brief.stage.done": {"id": "Selesai", "en": "Done"},
    "brief.done": {
        "id": "Bahan rapat siap: {n} tampilan, {seconds} detik.",
        "en": "Meeting brief ready: {n} views, {seconds} s.",
    },
    "brief.download_pptx": {"id": "Unduh PowerPoint (.pptx)", "en": "Download PowerPoint (.pptx)"},
    "brief.download_pdf": {"id": "Unduh handout PDF (A4)", "en": "Download PDF handout (A4)"},
    "brief.failed": {
        "id": "Bahan rapat gagal disusun: {error}",
        "en": "The meeting brief could not be built: {error}",
    },
    "brief.example_warning": {
        "id": "Sebagian tampilan memakai DATA CONTOH; salindia dan halaman itu ditandai, dan "
        'nama berkas memuat "DATA-CONTOH".',
        "en": "Some views use EXAMPLE DATA; those slides and pages are marked and the file "
        'names say "DATA-CONTOH".',
    },
    "brief.page.beranda": {"id": "Angka utama", "en": "Key figures"},
    "brief.page.peta": {"id": "Peta", "en": "Map"},
    "brief.page.tren": {"id": "Tren", "en": "Trend"},
    "brief.page.cakupan": {"id": "Cakupan program", "en": "Programme coverage"},
    "brief.page.profil": {"id": "Profil wilayah", "en": "Regency profile"},
    "brief.page.sinkronisasi": {"id": "Sinkronisasi program", "en": "Programme alignment"},
    "brief.page.antisipasi": {"id": "Antisipasi", "en": "Outlook"},
    "brief.page.sinyal": {"id": "Sinyal sejak rakor", "en": "Signals since the meeting"},
    "brief.page.tentang": {"id": "Tentang data", "en": "About the data"},
    "brief.cover.subtitle": {
        "id": "Bahan rapat · Dinas Sosial Provinsi Kalimantan Timur",
        "en": "Meeting brief · Social Affairs Office, East Kalimantan Province",
    },
    "brief.cover.agenda": {"id": "Agenda", "en": "Agenda"},
    "brief.cover.made": {
        "id": "Disusun dengan Serambi, {date}",
        "en": "Made with Serambi, {date}",
    },
    "brief.cover.example": {
        "id": "Bahan ini memuat DATA CONTOH (angka buatan, bukan data resmi) pada salindia yang "
        "ditandai.",
        "en": "This brief contains EXAMPLE DATA (generated numbers, not official) on the "
        "marked slides.",
    },
    "brief.sources.title": {"id": "Sumber data", "en": "Data sources"},
    "brief.sources.geodata": {
        "id": "Batas wilayah: cahyadsn/wilayah_boundaries (MIT), turunan RBI BIG. Wilayah IKN "
        "dan KIPP: digitasi tidak resmi.",
        "en": "Boundaries: cahyadsn/wilayah_boundaries (MIT), derived from BIG RBI. IKN and KIPP "
        "areas: unofficial digitisations.",
    },
    "brief.footer.source": {"id": "Sumber: {sources}", "en": "Source: {sources}"},
    "brief.footer.page": {"id": "{i}/{n}", "en": "{i}/{n}"},
    "brief.key.province": {
        "id": "Kalimantan Timur: {value} {unit} ({year})",
        "en": "East Kalimantan: {value} {unit} ({year})",
    },
    "brief.key.province_from_regencies": {
        "id": "Kalimantan Timur (gabungan {n} kab/kota): {value} {unit} ({year})",
        "en": "East Kalimantan ({n} regencies combined): {value} {unit} ({year})",
    },
    "brief.key.highest": {
        "id": "Tertinggi: {name}, {value} {unit}",
        "en": "Highest: {name}, {value} {unit}",
    },
    "brief.key.lowest": {
        "id": "Terendah: {name}, {value} {unit}",
        "en": "Lowest: {name}, {value} {unit}",
    },
    "brief.key.with_data": {
        "id": "Data tersedia untuk {n} dari {m} kabupaten/kota.",
        "en": "Data for {n} of {m} regencies/cities.",
    },
    "brief.key.trend": {
        "id": "{group}: {start} ({y0}) → {end} ({y1}) {unit}",
        "en": "{group}: {start} ({y0}) → {end} ({y1}) {unit}",
    },
    "brief.key.coverage": {
        "id": "Cakupan {programme} Kaltim: {value} % dari sasaran ({year})",
        "en": "{programme} coverage, East Kalimantan: {value} % of those in need ({year})",
    },
    "brief.key.gap": {
        "id": "Kesenjangan: {gap} {unit} belum terjangkau",
        "en": "Gap: {gap} {unit} not yet reached",
    },
    "brief.key.largest_gap": {
        "id": "Kesenjangan terbesar per 1.000 penduduk: {names}",
        "en": "Largest gap per 1,000 population: {names}",
    },
    "brief.key.year_fallback": {
        "id": "Tahun {wanted} belum ada datanya; ditampilkan {year}.",
        "en": "No data for {wanted} yet; showing {year}.",
    },
    "brief.key.no_data": {
        "id": "Belum ada data untuk tampilan ini.",
        "en": "No data for this view yet.",
    },
    "brief.key.profile_rank": {
        "id": "{label}: {value} {unit} ({year}), peringkat {rank} dari {n}",
        "en": "{label}: {value} {unit} ({year}), rank {rank} of {n}",
    },
    "brief.trend.title": {
        "id": "{indicator}, {start}–{end}",
        "en": "{indicator}, {start}–{end}",
    },
    "brief.trend.regions": {"id": "Wilayah: {regions}", "en": "Regions: {regions}"},
    "brief.trend.open_marker": {
        "id": "Lingkaran terbuka = DATA CONTOH.",
        "en": "Open circles = EXAMPLE DATA.",
    },
    "brief.col.indicator": {"id": "Indikator", "en": "Indicator"},
    "brief.col.scope": {"id": "Cakupan wilayah", "en": "Area"},
    "brief.col.province": {"id": "Kaltim", "en": "East Kalimantan"},
    "brief.scope.provinsi": {"id": "Kalimantan Timur", "en": "East Kalimantan"},
    "brief.scope.zona": {"id": "Wilayah IKN & penyangga", "en": "IKN & buffer zone"},
    "brief.notes.table": {"id": "Tabel", "en": "Table"},
    "brief.about.kinds": {
        "id": "Jenis angka: resmi/terbit (dengan sumber), impor Dinas Sosial, dan DATA CONTOH "
        "(angka buatan untuk peragaan, bukan data resmi).",
        "en": "Kinds of numbers: published (with source), imported by Dinas Sosial, and EXAMPLE "
        "DATA (generated for demonstration, not official).",
    },
    "brief.map.north": {"id": "U", "en": "N"},
    "brief.map.made": {
        "id": "Serambi · dibuat {date} · {geodata}",
        "en": "Serambi · made {date} · {geodata}",
    },
    "brief.map.png_screen": {
        "id": "Peta PNG (layar 1920×1080)",
        "en": "Map PNG (screen 1920×1080)",
    },
    "brief.map.png_a4": {"id": "Peta PNG (A4, 300 dpi)", "en": "Map PNG (A4, 300 dpi)"},
    "brief.map.pdf_a4": {"id": "Peta PDF (A4)", "en": "Map PDF (A4)"},
    "brief.map.svg": {"id": "Peta SVG", "en": "Map SVG"},
    # Said at the top of a change map slide: the hatched regions are counted, not only drawn.
    "brief.change.missing": {
        "id": "{n} dari {m} kabupaten/kota tanpa data {years} (diarsir)",
        "en": "{n} of {m} regencies/cities without data for {years} (hatched)",
    },
    "brief.change.years_or": {"id": "{a} atau {b}", "en": "{a} or {b}"},
    "brief.sources.title_part": {"id": "Sumber data ({i}/{n})", "en": "Data sources ({i}/{n})"},
    "brief.slide.more_in_notes": {
        "id": "… dan {n} baris lagi di catatan pembicara.",
        "en": "… and {n} more rows in the speaker notes.",
    },
    "nav.ketersediaan": {"id": "Ketersediaan data", "en": "Data availability"},
    "avail.title": {"id": "Ketersediaan data", "en": "Data availability"},
    "avail.intro": {
        "id": "Setiap sel: berapa dari 10 kabupaten/kota yang punya angka untuk indikator dan "
        "tahun itu, dan jenis datanya. Petugas melihat apa yang perlu diimpor berikutnya; "
        "pimpinan melihat angka mana yang resmi.",
        "en": "Each cell: how many of the 10 regencies have a figure for that indicator and "
        "year, and what kind of data it is. Staff see what to import next; officials see "
        "which figures are official.",
    },
    "avail.indicator": {"id": "Indikator", "en": "Indicator"},
    "avail.group": {"id": "Kelompok", "en": "Group"},
    "avail.group.all": {"id": "Semua", "en": "All"},
    "avail.cell": {
        "id": "{year}: {n} dari {m} kabupaten/kota ({kinds})",
        "en": "{year}: {n} of {m} regencies ({kinds})",
    },
    "avail.province": {"id": "ada angka provinsi", "en": "province figure available"},
    "avail.legend.official": {"id": "R = resmi/terbit", "en": "R = published"},
    "avail.legend.imported": {"id": "I = impor Dinsos", "en": "I = imported by Dinsos"},
    "avail.legend.example": {"id": "C = DATA CONTOH", "en": "C = EXAMPLE DATA"},
    "avail.legend.shade": {
        "id": "angka = kabupaten/kota dengan data (dari {m}); makin gelap makin lengkap",
        "en": "number = regencies with data (of {m}); darker = more complete",
    },
    "avail.legend.province": {"id": "* = ada angka provinsi", "en": "* = province figure"},
    "avail.legend.newest_first": {"id": "tahun terbaru di kiri", "en": "newest year on the left"},
    "avail.legend.province_only": {
        "id": "P = hanya angka provinsi",
        "en": "P = province figure only",
    },
    "avail.missing": {
        "id": "Indikator tanpa data sama sekali ({n})",
        "en": "Indicators without any data ({n})",
    },
    "filter.header": {"id": "Filter", "en": "Filters"},
    "filter.indicator": {"id": "Indikator", "en": "Indicator"},
    "filter.year": {"id": "Tahun", "en": "Year"},
    "filter.year.option": {
        "id": "{year} · {n} dari {m} wilayah",
        "en": "{year} · {n} of {m} regions",
    },
    "filter.year.option.kecamatan": {
        "id": "{year} · {n} dari {m} kecamatan",
        "en": "{year} · {n} of {m} kecamatan",
    },
    "filter.year.thinner": {
        "id": "Tahun {year} baru berisi data {n} dari {m} kabupaten/kota; peta dibuka pada "
        "{default}, tahun terakhir dengan data yang cukup lengkap. Pilih {year} di atas bila "
        "perlu.",
        "en": "{year} has data for only {n} of {m} regencies so far; the map opens on "
        "{default}, the latest fairly complete year. Pick {year} above if needed.",
    },
    "filter.regions": {"id": "Wilayah", "en": "Regions"},
    "filter.regions.all": {"id": "Semua (10)", "en": "All (10)"},
    "filter.regions.buffer": {"id": "Wilayah IKN & penyangga", "en": "IKN & buffer zone"},
    "filter.regions.chosen": {"id": "Pilih sendiri", "en": "Choose"},
    "filter.regions.pick": {"id": "Kabupaten/kota", "en": "Regencies/cities"},
    "filter.language": {"id": "Bahasa", "en": "Language"},
    "filter.presenter": {"id": "Mode presentasi", "en": "Presenter mode"},
    "filter.no_years": {
        "id": "Belum ada data untuk indikator ini.",
        "en": "No data for this indicator yet.",
    },
    # A value of a view (URL, agenda step, map click) that components/state/view_state.py refused.
    "view.notice.indikator": {
        "id": "Indikator '{v}' tidak dikenal; memakai '{d}'.",
        "en": "Unknown indicator '{v}'; using '{d}'.",
    },
    "view.notice.tahun": {
        "id": "Tahun '{v}' tidak tersedia untuk indikator ini; memakai {d}.",
        "en": "Year '{v}' is not available for this indicator; using {d}.",
    },
    "view.notice.wilayah": {
        "id": "Kode wilayah tidak dikenal diabaikan: {v}. Tulis kode BPS (mis. 6403) atau "
        "kode Kemendagri (mis. 64.02) kabupaten/kota di Kalimantan Timur.",
        "en": "Unknown region codes ignored: {v}. Use the BPS code (e.g. 6403) or the "
        "Kemendagri code (e.g. 64.02) of a regency of East Kalimantan.",
    },
    "view.notice.lang": {
        "id": "Bahasa '{v}' tidak dikenal; memakai Indonesia.",
        "en": "Unknown language '{v}'.",
    },
    "view.notice.mode": {
        "id": "Mode '{v}' tidak dikenal; diabaikan.",
        "en": "Unknown mode '{v}'; ignored.",
    },
    "view.notice.tingkat": {
        "id": "Tingkat '{v}' tidak dikenal; memakai kabupaten/kota.",
        "en": "Unknown level '{v}'; using regencies.",
    },
    "view.notice.kec": {
        "id": "Kode kecamatan '{v}' tidak dikenal; diabaikan.",
        "en": "Unknown kecamatan code '{v}'; ignored.",
    },
    "badge.example": {"id": "DATA CONTOH", "en": "EXAMPLE DATA"},
    "badge.example_long": {
        "id": "DATA CONTOH: angka buatan untuk peragaan, bukan data resmi. "
        "Impor data Dinas Sosial di halaman Kelola data.",
        "en": "EXAMPLE DATA: generated numbers for demonstration, not official figures. "
        "Import Dinas Sosial data on the Manage data page.",
    },
    "badge.official": {"id": "Data terbit (bersumber)", "en": "Published data (sourced)"},
    "badge.imported": {"id": "Data impor Dinas Sosial", "en": "Imported Dinas Sosial data"},
    "zone.wilayah_ikn": {"id": "Wilayah IKN", "en": "IKN area"},
    "zone.penyangga": {"id": "Penyangga IKN", "en": "IKN buffer zone"},
    "zone.luar": {"id": "Luar penyangga", "en": "Outside buffer zone"},
    "map.layer.ikn": {
        "id": "Wilayah IKN (tidak resmi, UU 3/2022)",
        "en": "IKN area (unofficial, Law 3/2022)",
    },
    "map.layer.kipp": {
        "id": "KIPP konsep 2019/2020 (tidak resmi)",
        "en": "KIPP 2019/2020 concept (unofficial)",
    },
    "map.layer.rings": {"id": "Cincin jarak 25/50/100 km", "en": "Distance rings 25/50/100 km"},
    "map.layer.titik_nol": {"id": "Titik Nol Nusantara", "en": "Nusantara Zero Point"},
    "map.no_data": {"id": "tidak ada data", "en": "no data"},
    # A chart's data as a table for screen readers (components/widgets/plot.py)
    "chart.data.caption": {"id": "Data grafik: {title}", "en": "Chart data: {title}"},
    "chart.data.category": {"id": "Kategori", "en": "Category"},
    "chart.data.series": {"id": "Seri", "en": "Series"},
    "map.rank": {"id": "Peringkat {rank} dari {n}", "en": "Rank {rank} of {n}"},
    "map.raw": {"id": "Jumlah", "en": "Count"},
    "map.denominator": {"id": "Penyebut", "en": "Denominator"},
    "map.source": {"id": "Sumber", "en": "Source"},
    "map.year": {"id": "Tahun", "en": "Year"},
    "map.view": {"id": "Fokus peta", "en": "Map focus"},
    "map.view.kaltim": {"id": "Seluruh Kaltim", "en": "All of East Kalimantan"},
    "map.view.ikn": {"id": "Sekitar IKN", "en": "Around IKN"},
    "map.view.kota": {"id": "Balikpapan–Samarinda", "en": "Balikpapan–Samarinda"},
    "map.legend.denominator": {
        "id": "Penyebut: {label} {years}",
        "en": "Denominator: {label} {years}",
    },
    "map.legend.source": {"id": "Sumber: {source}", "en": "Source: {source}"},
    "map.legend.classes": {
        "id": "Kelas: Fisher-Jenks, {k} kelas",
        "en": "Classes: Fisher-Jenks, {k} classes",
    },
    "map.ranking": {"id": "Peringkat", "en": "Ranking"},
    "map.table": {"id": "Tabel", "en": "Table"},
    "map.open_profile": {"id": "Buka profil {name}", "en": "Open profile of {name}"},
    "map.missing_regions": {
        "id": "Tidak ada data untuk: {names}.",
        "en": "No data for: {names}.",
    },
    "col.region": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "col.kode_bps": {"id": "Kode BPS", "en": "BPS code"},
    "col.kode_kemendagri": {"id": "Kode Kemendagri", "en": "Kemendagri code"},
    "col.value": {"id": "Nilai", "en": "Value"},
    "col.rate": {"id": "Nilai dipetakan", "en": "Mapped value"},
    "col.rank": {"id": "Peringkat", "en": "Rank"},
    "col.zone": {"id": "Zona", "en": "Zone"},
    "col.distance": {"id": "Jarak ke Titik Nol (km)", "en": "Distance to Zero Point (km)"},
    "col.source": {"id": "Sumber", "en": "Source"},
    "col.source_link": {"id": "Tautan sumber", "en": "Source link"},
    "col.source_link.open": {"id": "buka", "en": "open"},
    "col.kind": {"id": "Jenis data", "en": "Data kind"},
    "col.year": {"id": "Tahun", "en": "Year"},
    "col.denominator": {"id": "Penyebut", "en": "Denominator"},
    "col.denominator_year": {"id": "Tahun penyebut", "en": "Denominator year"},
    "kind.official": {"id": "resmi/terbit", "en": "published"},
    "kind.imported": {"id": "impor Dinsos", "en": "imported"},
    "kind.example": {"id": "DATA CONTOH", "en": "EXAMPLE DATA"},
    "export.csv": {"id": "Unduh tabel (CSV)", "en": "Download table (CSV)"},
    "export.xlsx": {"id": "Unduh tabel (Excel)", "en": "Download table (Excel)"},
    "export.html": {"id": "Unduh peta (HTML luring)", "en": "Download map (offline HTML)"},
    # Downloads follow the view (components/widgets/exports.py, views/table_exports.py)
    "export.scope": {"id": "Isi tabel unduhan", "en": "Rows in the downloaded table"},
    "export.scope.terpilih": {
        "id": "Hanya wilayah terpilih ({n})",
        "en": "Only the chosen regions ({n})",
    },
    "export.scope.semua": {
        "id": "Semua wilayah ({n}), yang terpilih ditandai",
        "en": "All regions ({n}), chosen ones marked",
    },
    "export.col.chosen": {"id": "Terpilih", "en": "Chosen"},
    "export.chosen.yes": {"id": "ya", "en": "yes"},
    "export.note.chosen": {
        "id": "Hanya wilayah terpilih di filter: {names} ({n} dari {m} wilayah). Peringkat "
        "(bila ada) tetap peringkat di antara semua {m} wilayah.",
        "en": "Only the regions chosen in the filter: {names} ({n} of {m} regions). Ranks "
        "(where given) remain ranks among all {m} regions.",
    },
    "export.note.marked": {
        "id": "Kolom 'Terpilih' menandai wilayah pilihan filter: {names}.",
        "en": "The 'Chosen' column marks the regions chosen in the filter: {names}.",
    },
    "table.chosen_note": {
        "id": "Baris yang disorot: wilayah terpilih di filter ({names}).",
        "en": "Highlighted rows: the regions chosen in the filter ({names}).",
    },
    "presenter.next": {"id": "Tampilan berikutnya", "en": "Next view"},
    "presenter.prev": {"id": "Sebelumnya", "en": "Previous"},
    "presenter.exit": {"id": "Keluar mode presentasi", "en": "Leave presenter mode"},
    "presenter.step_of": {"id": "{i} dari {n}", "en": "{i} of {n}"},
    "presenter.off_agenda": {
        "id": "Di luar agenda ({n} tampilan)",
        "en": "Not on the agenda ({n} views)",
    },
    "presenter.keys": {
        "id": "PageDown/→/spasi: berikutnya · PageUp/←: sebelumnya · B: layar hitam · Esc: keluar",
        "en": "PageDown/→/space: next · PageUp/←: previous · B: black screen · Esc: leave",
    },
    "presenter.agenda": {"id": "Agenda", "en": "Agenda"},
    "home.province": {"id": "Provinsi Kalimantan Timur", "en": "East Kalimantan province"},
    "home.buffer": {"id": "Wilayah IKN & penyangga", "en": "IKN area & buffer zone"},
    "home.no_value": {"id": "belum ada angka", "en": "no figure yet"},
    "home.col.indicator": {"id": "Indikator", "en": "Indicator"},
    "home.col.year": {"id": "Tahun", "en": "Year"},
    "home.same_year_note": {
        "id": "Provinsi dan wilayah IKN & penyangga dibandingkan pada tahun yang sama: tahun "
        "terbaru yang dimiliki keduanya. Jumlah ditulis sebagai jumlah, angka rasionya di "
        "sampingnya.",
        "en": "The province and the IKN area & buffer zone are compared in the same year: the "
        "latest year both have. Counts are shown as counts, with their rate beside them.",
    },
    "home.no_shared_year": {
        "id": "tidak ada tahun yang sama dengan provinsi",
        "en": "no year in common with the province",
    },
    "home.buffer_members_short": {
        "id": "Wilayah IKN & penyangga: {names}.",
        "en": "IKN area & buffer zone: {names}.",
    },
    "home.map_alt": {
        "id": "Peta {title} {year} per kabupaten/kota: tertinggi {top} ({top_value}), terendah "
        "{low} ({low_value}). Semua nilai ada di peta dan tabel halaman Peta.",
        "en": "Map of {title} {year} by regency: highest {top} ({top_value}), lowest {low} "
        "({low_value}). All values are on the Map page's map and table.",
    },
    "home.map_alt_empty": {
        "id": "Peta {title} {year}: belum ada angka.",
        "en": "Map of {title} {year}: no figures yet.",
    },
    "home.trend_alt": {
        "id": "Grafik tren {indicator}: wilayah IKN & penyangga dibanding wilayah lain. "
        "Terakhir: {values}.",
        "en": "Trend chart of {indicator}: IKN area & buffer zone against the rest. Latest: "
        "{values}.",
    },
    "home.to_map": {"id": "Buka peta", "en": "Open the map"},
    "home.trend.title": {"id": "Tren {indicator}", "en": "{indicator}: trend"},
    "home.trend.marks": {
        "id": "Angka di titik (mis. 4/4) = kab/kota kelompok itu yang punya data tahun itu, "
        "dari seluruh anggotanya. Garis hanya menyambung tahun lengkap; ◆ = belum lengkap.",
        "en": "Numbers at the points (e.g. 4/4) = regencies of the group with data that year, "
        "out of all its members. The line joins complete years only; ◆ = incomplete.",
    },
    "about.title": {"id": "Tentang Serambi & sumber data", "en": "About Serambi & data sources"},
    "about.boundaries": {"id": "Batas wilayah & IKN", "en": "Boundaries & IKN"},
    "about.boundaries.text": {
        "id": "Batas kabupaten/kota, kecamatan dan provinsi: **cahyadsn/wilayah_boundaries**, "
        "MIT License, (c) 2024 Cahya DSN; geometri adalah subset titik batas RBI BIG. "
        "Poligon IKN dan KIPP: digitasi **tidak resmi** (najmakhonsa/ikn-vegetation-analysis). "
        "Luas resmi wilayah: BIG, Desember 2024 (cahyadsn/wilayah, MIT). Kode dan nama "
        "kecamatan: **cahyadsn/wilayah**, MIT License, (c) 2017-2025 Cahya DSN, sesuai "
        "Kepmendagri No. 300.2.2-2138 Tahun 2025.",
        "en": "Regency, district and province boundaries: **cahyadsn/wilayah_boundaries**, MIT "
        "License, (c) 2024 Cahya DSN; geometry is a vertex subset of BIG's RBI boundaries. "
        "IKN and KIPP polygons: **unofficial** digitisation "
        "(najmakhonsa/ikn-vegetation-analysis). Official areas: BIG, December 2024 "
        "(cahyadsn/wilayah, MIT). District codes and names: **cahyadsn/wilayah**, MIT "
        "License, (c) 2017-2025 Cahya DSN, per Kepmendagri No. 300.2.2-2138 of 2025.",
    },
    "about.ikn_facts": {
        "id": "- Titik Nol Nusantara: {lat}° LS, {lon}° BT (Direktur Sistem Referensi "
        "Geospasial BIG, dikutip hariankaltim.id, 3 Mei 2025).\n"
        "- Luas IKN: 256.142 ha (UU 3/2022); 252.660 ha (UU 21/2023). KIPP: 6.671 ha "
        "(diumumkan Februari 2022); poligon KIPP di peta adalah konsep awal 2019/2020 "
        "(5.644 ha).",
        "en": "- Nusantara Zero Point: {lat}° S, {lon}° E (BIG's Director of Geospatial "
        "Reference Systems, quoted by hariankaltim.id, 3 May 2025).\n"
        "- IKN area: 256,142 ha (Law 3/2022); 252,660 ha (Law 21/2023). KIPP: 6,671 ha "
        "(announced February 2022); the KIPP polygon on the map is the early 2019/2020 "
        "concept (5,644 ha).",
    },
    "about.codes": {"id": "Kode wilayah & zona", "en": "Region codes & zones"},
    "about.col.area": {"id": "Luas (km²)", "en": "Area (km²)"},
    "about.col.file": {"id": "Berkas", "en": "File"},
    "about.col.licence": {"id": "Lisensi", "en": "Licence"},
    "about.col.description": {"id": "Keterangan", "en": "Description"},
    "about.col.url": {"id": "URL (commit terkunci)", "en": "URL (pinned commit)"},
    "about.admin.codes": {
        "id": "Daftar kecamatan: data/kecamatan.csv, dari cahyadsn/wilayah db/wilayah.sql pada "
        "commit b7ad440. Registri berkas: data/sources.csv (URL, sha256, lisensi).",
        "en": "District list: data/kecamatan.csv, from cahyadsn/wilayah db/wilayah.sql at "
        "commit b7ad440. File registry: data/sources.csv (URL, sha256, licence).",
    },
    "about.licence": {
        "id": "Teks lisensi wilayah_boundaries (MIT)",
        "en": "wilayah_boundaries licence text (MIT)",
    },
    # -- "Kelola data" (pages/data.py, components/bodies/data_admin.py, components/widgets/auth.py)
    "data.caption": {
        "id": "Untuk petugas Dinas Sosial: unggah rekap PMKS dan program bantuan per "
        "kabupaten/kota. Pengunjung dasbor tidak perlu masuk.",
        "en": "For Dinas Sosial staff: upload PMKS and assistance programme tables per "
        "regency/city. Dashboard visitors do not need to log in.",
    },
    "data.templates.title": {"id": "1. Templat", "en": "1. Templates"},
    "data.targets.title": {"id": "4. Target pembangunan", "en": "4. Development targets"},
    "data.targets.intro": {
        "id": "Target dari dokumen (RPJMD kabupaten/kota, Renstra ...) diimpor sebagai CSV dengan "
        "kolom seperti contoh di bawah: kode_bps, tahun, indikator, nilai atau "
        "batas_bawah/batas_atas, dokumen, sumber. Setiap target wajib menyebut dokumennya; "
        "target dokumen lain tetap disimpan.",
        "en": "Targets from documents (regency RPJMD, Renstra ...) are imported as a CSV with the "
        "columns of the example below: kode_bps, tahun, indikator, nilai or "
        "batas_bawah/batas_atas, dokumen, sumber. Every target must name its document; targets "
        "of other documents are kept.",
    },
    "data.targets.example": {
        "id": "Unduh contoh (target yang sudah ada, CSV)",
        "en": "Download an example (the current targets, CSV)",
    },
    "data.targets.label": {"id": "Berkas target (CSV)", "en": "Target file (CSV)"},
    "data.targets.button": {"id": "Impor target", "en": "Import targets"},
    "data.targets.too_large": {
        "id": "Berkas target lebih dari {mb} MB; sebuah tabel target biasanya hanya beberapa KB.",
        "en": "The target file is larger than {mb} MB; a target table is usually a few KB.",
    },
    "data.templates.intro": {
        "id": "Gunakan templat (satu baris per wilayah, tahun dan indikator) atau tabel rekap "
        "biasa: satu baris per kabupaten/kota dan satu kolom per jenis PMKS atau program (mis. "
        "'Gelandangan', 'Lanjut Usia Terlantar', 'KPM PKH'), dengan tahun di judul, nama "
        "lembar atau kolom Tahun.",
        "en": "Use the template (one row per region, year and indicator) or an ordinary summary "
        "table: one row per regency/city and one column per PMKS type or programme (e.g. "
        "'Gelandangan', 'Lanjut Usia Terlantar', 'KPM PKH'), with the year in the title, the "
        "sheet name or a Tahun column.",
    },
    "data.templates.csv": {"id": "Unduh templat CSV", "en": "Download CSV template"},
    "data.templates.xlsx": {"id": "Unduh templat XLSX", "en": "Download XLSX template"},
    "data.upload.title": {"id": "2. Unggah dan periksa", "en": "2. Upload and check"},
    "data.upload.intro": {
        "id": "Maksimal {mb} MB dan {rows} baris. Hanya data agregat per kabupaten/kota: "
        "berkas berisi data pribadi (NIK, nama, alamat) ditolak sesuai UU No. 27 Tahun 2022 "
        "tentang Pelindungan Data Pribadi.",
        "en": "At most {mb} MB and {rows} rows. Aggregates per regency/city only: files with "
        "personal data (NIK, names, addresses) are refused under Law No. 27 of 2022 on "
        "Personal Data Protection (UU PDP).",
    },
    "data.upload.label": {
        "id": "Berkas .xlsx, .xls, .ods atau .csv",
        "en": ".xlsx, .xls, .ods or .csv file",
    },
    "data.upload.limit": {
        "id": "Batas ukuran berkas {mb} MB. Berkas yang lebih besar ditolak langsung oleh "
        'kotak unggah (pesannya berbahasa Inggris: "File must be {mb}.0MB or smaller"); '
        "pecah berkas per tahun atau per lembar.",
        "en": "File size limit {mb} MB. Larger files are refused by the upload box itself "
        '("File must be {mb}.0MB or smaller"); split the file by year or by sheet.',
    },
    "data.upload.too_large": {
        "id": "Berkas terlalu besar ({size} MB). Batas ukuran berkas {mb} MB; pecah berkas "
        "per tahun atau per lembar lalu unggah ulang.",
        "en": "File too large ({size} MB). The file size limit is {mb} MB; split the file by "
        "year or by sheet and upload again.",
    },
    "data.meta.title": {
        "id": "Keterangan dataset (opsional)",
        "en": "Dataset details (optional)",
    },
    "data.meta.name": {"id": "Nama dataset", "en": "Dataset name"},
    "data.meta.name_ph": {
        "id": "mis. PMKS 2024 Dinsos Kaltim",
        "en": "e.g. PMKS 2024 Dinsos Kaltim",
    },
    "data.meta.source": {"id": "Sumber", "en": "Source"},
    "data.meta.source_ph": {
        "id": "mis. Rekap PMKS Dinsos Prov. Kaltim, Des 2024",
        "en": "e.g. Rekap PMKS Dinsos Prov. Kaltim, Dec 2024",
    },
    "data.meta.year": {
        "id": "Tahun data (bila berkas tidak menyebutnya)",
        "en": "Data year (if the file does not state it)",
    },
    "data.progress.reading": {
        "id": "Membaca dan memeriksa berkas…",
        "en": "Reading and checking the file…",
    },
    "data.progress.store": {
        "id": "Membandingkan dengan data tersimpan…",
        "en": "Comparing with the stored data…",
    },
    "data.progress.writing": {
        "id": "Memeriksa ulang dan menyimpan ke basis data…",
        "en": "Re-checking and writing to the database…",
    },
    "data.progress.done": {"id": "Selesai.", "en": "Done."},
    "data.report.for": {
        "id": "Hasil pemeriksaan berkas **{file}**",
        "en": "Check of the file **{file}**",
    },
    "data.metric.rows_read": {"id": "Baris dibaca", "en": "Rows read"},
    "data.metric.rows_accepted": {"id": "Baris diterima", "en": "Rows accepted"},
    "data.metric.values": {"id": "Nilai", "en": "Values"},
    "data.metric.issues": {"id": "Kesalahan / peringatan", "en": "Errors / warnings"},
    "data.status.valid": {
        "id": "Pemeriksaan lolos: {values} nilai dari {rows} baris siap diimpor (belum disimpan).",
        "en": "Check passed: {values} values from {rows} rows ready to import (not saved yet).",
    },
    "data.status.needs_confirmation": {
        "id": "Berkas valid, tetapi ada {warnings} peringatan yang perlu dikonfirmasi sebelum "
        "diimpor.",
        "en": "The file is valid, but {warnings} warnings need confirming before the import.",
    },
    "data.status.invalid": {
        "id": "Berkas ditolak: {errors} kesalahan. Tidak ada data yang disimpan; perbaiki "
        "berkas lalu unggah ulang.",
        "en": "File refused: {errors} errors. Nothing was saved; fix the file and upload it again.",
    },
    "data.status.failed": {
        "id": "Impor gagal disimpan; data sebelumnya tidak berubah.",
        "en": "The import could not be saved; the previous data is unchanged.",
    },
    "data.status.applied": {
        "id": "Impor berhasil: dataset #{id} berisi {values} nilai dari {rows} baris; "
        "{superseded} nilai lama digantikan.",
        "en": "Import succeeded: dataset #{id} holds {values} values from {rows} rows; "
        "{superseded} older values replaced.",
    },
    "data.messages_in_indonesian": {
        "id": "Pesan pemeriksaan berbahasa Indonesia.",
        "en": "Validation messages are in Indonesian.",
    },
    "data.level.error": {"id": "Kesalahan", "en": "Error"},
    "data.level.warning": {"id": "Peringatan", "en": "Warning"},
    "data.level.info": {"id": "Catatan", "en": "Note"},
    "data.general.title": {
        "id": "Pesan untuk berkas, lembar, kolom atau baris",
        "en": "Messages about the file, a sheet, a column or a row",
    },
    "data.notes.title": {
        "id": "Catatan (dilewati atau diturunkan dengan sengaja; tidak menghalangi impor)",
        "en": "Notes (skipped or derived on purpose; they do not block the import)",
    },
    "data.preview.title": {"id": "Pratinjau isi berkas", "en": "Preview of the file"},
    "data.preview.caption": {
        "id": "Angka seperti akan tampil di dasbor. Sel merah: kesalahan (tidak diimpor); "
        "sel kuning: peringatan; nomor di sel merujuk ke pesan di bawah tabel; – tidak ada "
        "angka.",
        "en": "Numbers as the dashboard will show them. Red cell: error (not imported); "
        "amber cell: warning; the number in a cell refers to the message below the table; – "
        "no figure.",
    },
    "data.preview.year": {"id": "Tahun", "en": "Year"},
    "data.preview.year_marked": {
        "id": "{year} ({n} sel ditandai)",
        "en": "{year} ({n} cells marked)",
    },
    "data.preview.region": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "data.preview.cell_messages": {
        "id": "Pesan per sel",
        "en": "Messages per cell",
    },
    "data.preview.other_cells": {
        "id": "Pesan untuk sel di luar tabel (baris atau kolom jumlah)",
        "en": "Messages for cells outside the table (total row or column)",
    },
    "data.preview.empty": {
        "id": "Tidak ada angka yang dapat ditampilkan dari berkas ini.",
        "en": "No figures from this file can be shown.",
    },
    "data.preview.truncated": {
        "id": "Hanya {shown} dari {total} pesan ditampilkan; perbaiki yang ini lalu unggah ulang.",
        "en": "Only {shown} of {total} messages are shown; fix these and upload again.",
    },
    "data.confirm": {
        "id": "Saya sudah memeriksa peringatan di atas dan angkanya memang benar.",
        "en": "I have checked the warnings above and the figures are correct.",
    },
    "data.import.button": {"id": "Impor ke dasbor", "en": "Import to the dashboard"},
    "data.import.blocked": {
        "id": "Impor belum dapat dilakukan: perbaiki kesalahan di berkas lalu unggah ulang.",
        "en": "The import is not possible yet: fix the errors in the file and upload it again.",
    },
    "data.import.next": {
        "id": "Kotak unggah dikosongkan; unggah berkas berikutnya bila ada.",
        "en": "The upload box has been cleared; upload the next file if there is one.",
    },
    "data.datasets.title": {"id": "3. Dataset", "en": "3. Datasets"},
    "data.col.id": {"id": "ID", "en": "ID"},
    "data.col.kind": {"id": "Jenis", "en": "Kind"},
    "data.col.status": {"id": "Status", "en": "Status"},
    "data.col.name": {"id": "Nama", "en": "Name"},
    "data.col.source": {"id": "Sumber", "en": "Source"},
    "data.col.imported_by": {"id": "Diimpor oleh", "en": "Imported by"},
    "data.col.imported_at": {"id": "Waktu (UTC)", "en": "Time (UTC)"},
    "data.col.values": {"id": "Nilai", "en": "Values"},
    "data.col.current_values": {"id": "Masih berlaku", "en": "Still current"},
    "data.kind.official": {"id": "Resmi", "en": "Official"},
    "data.kind.imported": {"id": "Impor", "en": "Imported"},
    "data.kind.example": {"id": "DATA CONTOH", "en": "EXAMPLE DATA"},
    "data.status_label.active": {"id": "Aktif", "en": "Active"},
    "data.status_label.rolled_back": {"id": "Dibatalkan", "en": "Rolled back"},
    "data.dataset.line": {
        "id": "#{id} · {name} · {values} nilai · oleh {by}",
        "en": "#{id} · {name} · {values} values · by {by}",
    },
    "data.rollback.button": {"id": "Batalkan", "en": "Roll back"},
    "data.rollback.ask": {
        "id": "Batalkan dataset #{id}? Nilainya tidak lagi ditampilkan dan data yang "
        "digantikannya berlaku kembali.",
        "en": "Roll back dataset #{id}? Its values are no longer shown and the data it "
        "replaced becomes current again.",
    },
    "data.rollback.yes": {"id": "Ya, batalkan", "en": "Yes, roll back"},
    "data.rollback.no": {"id": "Tidak", "en": "No"},
    "auth.oidc.info": {
        "id": "Halaman ini khusus petugas. Masuk dengan akun organisasi Anda.",
        "en": "This page is for staff only. Log in with your organisation account.",
    },
    "auth.login": {"id": "Masuk", "en": "Log in"},
    "auth.logout": {"id": "Keluar", "en": "Log out"},
    "auth.oidc.not_allowed": {
        "id": "Akun ini belum diberi izin mengelola data. Minta admin menambahkan alamat "
        "e-mail Anda ke daftar izin (bagian [oidc] di berkas pengguna).",
        "en": "This account may not manage data yet. Ask the admin to add your e-mail address "
        "to the allow list (the [oidc] section of the users file).",
    },
    "auth.no_users": {
        "id": "Belum ada akun pengelola. Minta admin server membuat akun petugas (panduannya "
        "di README, bagian Accounts).",
        "en": "There are no staff accounts yet. Ask the server admin to create a staff account "
        "(see the Accounts section of the README).",
    },
    "admin.title": {"id": "Untuk admin", "en": "For admins"},
    "admin.hint": {
        "id": "Rincian teknis (berkas, konfigurasi, perintah) tampil untuk petugas yang sudah "
        "masuk di halaman Kelola data.",
        "en": "Technical details (files, configuration, commands) are shown to staff logged "
        "in on the Manage data page.",
    },
    "auth.info": {
        "id": "Halaman ini khusus petugas Dinas Sosial. Silakan masuk.",
        "en": "This page is for Dinas Sosial staff only. Please log in.",
    },
    "auth.username": {"id": "Nama pengguna", "en": "User name"},
    "auth.password": {"id": "Kata sandi", "en": "Password"},
    "auth.wrong": {
        "id": "Nama pengguna atau kata sandi salah.",
        "en": "Wrong user name or password.",
    },
    "auth.wrong_left": {
        "id": "Nama pengguna atau kata sandi salah. Sisa percobaan: {left}.",
        "en": "Wrong user name or password. Attempts left: {left}.",
    },
    "auth.locked": {
        "id": "Akun dikunci sementara setelah beberapa kali gagal masuk. Coba lagi dalam "
        "{minutes} menit.",
        "en": "The account is locked for a while after repeated failed logins. Try again in "
        "{minutes} minutes.",
    },
    "auth.logged_in_as": {"id": "Masuk sebagai **{user}**", "en": "Logged in as **{user}**"},
    # Kecamatan drill-down (map) and kecamatan profile
    "kec.level": {"id": "Tingkat wilayah", "en": "Region level"},
    "kec.level.regency": {"id": "Kabupaten/kota", "en": "Regencies/cities"},
    "kec.level.of": {"id": "Kecamatan di {name}", "en": "Kecamatan (districts) of {name}"},
    "kec.level.around": {"id": "Sekitar IKN (kecamatan)", "en": "Around IKN (kecamatan)"},
    "kec.level.chosen": {
        "id": "Kecamatan di wilayah terpilih",
        "en": "Kecamatan of the chosen regions",
    },
    "kec.level.all": {"id": "Semua kecamatan", "en": "All kecamatan"},
    "kec.level.hint": {
        "id": "Klik satu kabupaten/kota di peta untuk melihat kecamatannya.",
        "en": "Click a regency on the map to see its kecamatan (districts).",
    },
    "kec.crumb.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
    "kec.no_data": {
        "id": "Belum ada data kecamatan untuk indikator ini (tahun {year}). Pilih indikator "
        "lain (misalnya PMKS atau cakupan program) atau kembali ke peta kabupaten/kota.",
        "en": "No kecamatan data for this indicator yet (year {year}). Choose another "
        "indicator (e.g. PMKS or programme coverage) or go back to the regency map.",
    },
    "kec.no_data.back": {
        "id": "Kembali ke peta kabupaten/kota",
        "en": "Back to the regency map",
    },
    "kec.col.kecamatan": {"id": "Kecamatan", "en": "Kecamatan (district)"},
    "kec.col.parent": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "kec.table.note": {
        "id": "Kecamatan dikenali dengan kode Kemendagri; penyebut angka per 1.000 adalah "
        "penduduk kecamatan itu sendiri.",
        "en": "Kecamatan are identified by their Kemendagri code; the denominator of rates per "
        "1,000 is the kecamatan's own population.",
    },
    "kec.col.parent_bps": {"id": "Kode BPS kab/kota", "en": "Regency BPS code"},
    "kec.prof.title": {"id": "Kecamatan {name}", "en": "Kecamatan {name}"},
    "kec.prof.col.indicator": {"id": "Indikator", "en": "Indicator"},
    "kec.prof.col.value": {"id": "Nilai kecamatan", "en": "Kecamatan value"},
    "kec.prof.col.share": {"id": "Porsi dari kab/kota", "en": "Share of regency"},
    "kec.prof.note": {
        "id": "Tahun terbaru tiap indikator; di sampingnya nilai {regency} pada tahun yang sama.",
        "en": "Latest year of each indicator; beside it the value of {regency} in the same year.",
    },
    "kec.prof.empty": {
        "id": "Belum ada data kecamatan untuk kecamatan ini.",
        "en": "No kecamatan data for this kecamatan yet.",
    },
    "kec.prof.unknown": {
        "id": "Kecamatan tidak dikenal.",
        "en": "Unknown kecamatan.",
    },
    "kec.prof.to_map": {"id": "Kembali ke peta kecamatan", "en": "Back to the kecamatan map"},
}


def register(catalogue: dict[str, dict[str, str]], source: str) -> None:
    """Add a page catalogue to :data:`STRINGS`; a key that exists already is an error.

    (Repeated keys inside one dict literal are caught by ruff's F601 in the test command.)
    """
    clashes = sorted(set(catalogue) & set(STRINGS))
    if clashes:
        raise ValueError(f"i18n: {source} repeats keys of the main catalogue: {clashes}")
    STRINGS.update(catalogue)


def _register_page_catalogues() -> None:
    from views import (
        i18n_explore,
        i18n_outlook,
        i18n_playback,
        i18n_programmes,
        i18n_rumusan,
        i18n_sync,
    )

    register(i18n_explore.STRINGS, "views/i18n_explore.py")
    register(i18n_playback.STRINGS, "views/i18n_playback.py")
    register(i18n_sync.STRINGS, "views/i18n_sync.py")
    register(i18n_programmes.STRINGS, "views/i18n_programmes.py")
    register(i18n_outlook.STRINGS, "views/i18n_outlook.py")
    register(i18n_rumusan.STRINGS, "views/i18n_rumusan.py")


_register_page_catalogues()


def t(key: str, lang: str = DEFAULT_LANG, **kwargs: object) -> str:
    """The UI string ``key`` in ``lang``, formatted with ``kwargs``."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**kwargs) if kwargs else text
