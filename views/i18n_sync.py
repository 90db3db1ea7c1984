"""UI strings of the Sinkronisasi page (the programme register beside the need), merged into
views.i18n. Keys are prefixed ``sync.``."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.sinkronisasi": {"id": "Sinkronisasi program", "en": "Programme alignment"},
    "sync.title": {
        "id": "Sinkronisasi program per tingkat — {year}",
        "en": "Programmes by level of government — {year}",
    },
    "sync.subtitle": {
        "id": "Siapa berbuat apa di mana: pusat, provinsi, kabupaten/kota, desa dan "
        "non-pemerintah, di samping kebutuhan yang terhitung.",
        "en": "Who does what where: central, provincial, regency, village and non-government, "
        "beside the counted need.",
    },
    "sync.groups": {"id": "Kelompok sasaran", "en": "Target groups"},
    "sync.groups.help": {
        "id": "Kosong = semua kelompok yang punya kegiatan atau kebutuhan terhitung.",
        "en": "Empty = every group with an activity or a counted need.",
    },
    "sync.more_groups": {
        "id": "… dan {n} kelompok sasaran lain ({gaps} sel celah); semuanya di halaman tanpa "
        "mode presentasi.",
        "en": "… and {n} more target groups ({gaps} gap cells); all of them on the page outside "
        "presenter mode.",
    },
    "sync.groups.all": {"id": "Semua kelompok", "en": "All groups"},
    "sync.matrix": {"id": "Matriks tingkat × kelompok sasaran", "en": "Levels × target groups"},
    "sync.matrix.caption": {
        "id": "Setiap sel menyebut tingkat yang berkegiatan pada {year}. Merah = celah "
        "(kebutuhan terhitung, tidak ada kegiatan tingkat mana pun); kuning muda = satu tingkat; "
        "hijau = beberapa tingkat; abu-abu bergaris = hanya kegiatan tingkat provinsi tanpa "
        "rincian kabupaten/kota; ⚠ = periksa tumpang tindih.",
        "en": "Each cell names the levels active in {year}. Red = gap (counted need, no "
        "activity at any level); light yellow = one level; green = several levels; striped "
        "grey = only province-wide activities without a regency split; ⚠ = check for overlap.",
    },
    "sync.badge.star": {
        "id": "* = kegiatan untuk seluruh provinsi, tanpa rincian kabupaten/kota",
        "en": "* = province-wide activity without a regency split",
    },
    "sync.badge.example": {
        "id": "† = tingkat ini hanya tercatat dari DATA CONTOH",
        "en": "† = this level is recorded only in EXAMPLE DATA",
    },
    "sync.cell.example": {
        "id": "DATA CONTOH untuk {levels}",
        "en": "EXAMPLE DATA for {levels}",
    },
    "sync.state.gap": {"id": "celah", "en": "gap"},
    "sync.state.province": {"id": "hanya tingkat provinsi", "en": "province-wide only"},
    "sync.state.one": {"id": "satu tingkat", "en": "one level"},
    "sync.state.several": {"id": "beberapa tingkat", "en": "several levels"},
    "sync.state.none": {"id": "–", "en": "–"},
    "sync.group": {"id": "Kelompok sasaran", "en": "Target group"},
    "sync.province_wide": {"id": "Seluruh Kaltim", "en": "All of Kaltim"},
    "sync.cell.need": {"id": "kebutuhan {need} ({year})", "en": "need {need} ({year})"},
    "sync.cell.realised": {"id": "realisasi {value}", "en": "reached {value}"},
    "sync.counts": {
        "id": "{gaps} celah, {several} sel dengan beberapa tingkat, {overlaps} perlu diperiksa "
        "tumpang tindih.",
        "en": "{gaps} gaps, {several} cells with several levels, {overlaps} to check for overlap.",
    },
    "sync.overlap.title": {"id": "Periksa tumpang tindih", "en": "Check for overlap"},
    "sync.overlap.caption": {
        "id": "Aturan: pada kabupaten/kota, kelompok dan tahun yang sama, dua tingkat atau lebih "
        "mencatat realisasi satu tahun dalam satuan kebutuhan, dan jumlahnya melebihi "
        "kebutuhan yang terhitung. Angka kumulatif beberapa tahun dan satuan lain tidak "
        "dijumlahkan.",
        "en": "Rule: in one regency, group and year, two or more levels recorded a one-year "
        "realised quantity in the need's unit, and together they exceed the counted need. "
        "Multi-year totals and other units are not added.",
    },
    "sync.overlap.none": {
        "id": "Tidak ada yang perlu diperiksa tumpang tindih pada {year}.",
        "en": "Nothing to check for overlap in {year}.",
    },
    "sync.overlap.flag": {"id": "periksa tumpang tindih", "en": "check for overlap"},
    "sync.col.region": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "sync.col.group": {"id": "Kelompok sasaran", "en": "Target group"},
    "sync.col.levels": {"id": "Tingkat", "en": "Levels"},
    "sync.col.realised": {"id": "Realisasi", "en": "Reached"},
    "sync.col.planned": {"id": "Rencana", "en": "Planned"},
    "sync.col.need": {"id": "Kebutuhan", "en": "Need"},
    "sync.col.need_year": {"id": "Tahun kebutuhan", "en": "Need year"},
    "sync.col.unit": {"id": "Satuan", "en": "Unit"},
    "sync.col.sources": {"id": "Sumber", "en": "Sources"},
    "sync.col.flag": {"id": "Catatan", "en": "Remark"},
    "sync.col.programme": {"id": "Program", "en": "Programme"},
    "sync.col.level": {"id": "Tingkat", "en": "Level"},
    "sync.col.funding": {"id": "Sumber dana", "en": "Funding"},
    "sync.col.agency": {"id": "Pelaksana", "en": "Agency"},
    "sync.col.budget": {"id": "Anggaran (Rp)", "en": "Budget (Rp)"},
    "sync.col.status": {"id": "Status", "en": "Status"},
    "sync.col.n": {"id": "Kegiatan", "en": "Activities"},
    "sync.col.kind": {"id": "Jenis data", "en": "Data kind"},
    "sync.who.title": {"id": "Siapa berbuat apa — {region}", "en": "Who does what — {region}"},
    "sync.who.region": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "sync.who.empty": {
        "id": "Belum ada kegiatan tercatat untuk {region} pada {year}.",
        "en": "No activity recorded for {region} in {year}.",
    },
    "sync.who.by_level": {"id": "Menurut tingkat", "en": "By level"},
    "sync.who.by_funding": {"id": "Menurut sumber dana", "en": "By funding source"},
    "sync.who.province_note": {
        "id": "Baris bertanda * adalah kegiatan tingkat provinsi tanpa rincian kabupaten/kota.",
        "en": "Rows marked * are province-wide activities without a regency split.",
    },
    "sync.map.group": {"id": "Kelompok untuk peta", "en": "Group on the map"},
    "sync.map.title": {
        "id": "Realisasi terhadap kebutuhan: {group}",
        "en": "Reached against need: {group}",
    },
    "sync.map.unit": {"id": "% dari kebutuhan", "en": "% of need"},
    "sync.map.no_need": {
        "id": "Kelompok ini tidak punya indikator kebutuhan terhitung; petanya tidak dapat dibuat.",
        "en": "This group has no counted-need indicator; no map can be drawn.",
    },
    "sync.map.note": {
        "id": "Realisasi satu tahun {year} (semua tingkat, satuan {unit}) ÷ kebutuhan terhitung",
        "en": "One-year reached {year} (all levels, unit {unit}) ÷ counted need",
    },
    "sync.sources": {
        "id": "Kegiatan: {activities}. Kebutuhan: {needs}.",
        "en": "Activities: {activities}. Need: {needs}.",
    },
    "sync.sources.register": {
        "id": "register program Serambi ({official} kegiatan terbitan, {imported} kegiatan "
        "impor/formulir) dan {reach} angka penerima PKH/BPNT per kabupaten/kota per tahun "
        "dari data indikator (halaman Cakupan program)",
        "en": "Serambi's programme register ({official} published, {imported} imported/entered "
        "activities) and {reach} PKH/BPNT recipient counts per regency and year from the "
        "indicator data (Programme coverage page)",
    },
    "sync.no_activity_year": {
        "id": "Belum ada kegiatan tercatat pada {year}. Tahun dengan kegiatan: {years}.",
        "en": "No activity recorded in {year}. Years with activities: {years}.",
    },
    "sync.download": {"id": "Unduh matriks dan kegiatan", "en": "Download matrix and activities"},
    "brief.sync.acting": {"id": "Kab/kota berkegiatan", "en": "Regencies with activity"},
    "brief.sync.gaps": {"id": "Kab/kota celah", "en": "Regencies with a gap"},
    "brief.sync.overlap": {
        "id": "Periksa tumpang tindih: {region}, {group}: realisasi {realised} > kebutuhan "
        "{need} {unit} ({year}).",
        "en": "Check for overlap: {region}, {group}: reached {realised} > need {need} {unit} "
        "({year}).",
    },
    "profile.activities": {
        "id": "Kegiatan program per tingkat ({year})",
        "en": "Programme activities by level ({year})",
    },
}
