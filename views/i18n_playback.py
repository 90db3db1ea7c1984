"""UI strings of the map's time playback and two-year comparison, merged into views.i18n.

Same shape as ``views.i18n.STRINGS``: key -> {"id": ..., "en": ...}. Keys are prefixed
``play.`` (playback) and ``chg.`` (change between two years) so they never collide.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # ---- time playback (components/state/playback.py) -------------------------------------
    "play.play": {"id": "Putar tahun", "en": "Play years"},
    "play.pause": {"id": "Jeda", "en": "Pause"},
    "play.stop": {"id": "Selesai", "en": "Done"},
    "play.stop.help": {
        "id": "Kembali ke peta biasa (kelas menurut tahun yang tampil)",
        "en": "Back to the normal map (classes of the year on screen)",
    },
    "play.help": {
        "id": "Memutar semua tahun indikator ini, sekitar satu tahun per detik; kelas legenda "
        "tetap sama untuk semua tahun.",
        "en": "Plays every year of this indicator, about one year a second; the legend's "
        "classes stay the same for all years.",
    },
    "play.loop": {"id": "Ulangi", "en": "Loop"},
    "play.step": {"id": "{i} dari {n}", "en": "{i} of {n}"},
    "play.no_data": {"id": "tidak ada data {year}", "en": "no data {year}"},
    "play.legend.fixed": {
        "id": "Kelas tetap untuk {first}–{last}",
        "en": "Classes fixed for {first}–{last}",
    },
    "play.single_year": {
        "id": "Indikator ini hanya punya satu tahun data.",
        "en": "This indicator has one year of data only.",
    },
    # ---- change between two years (views/change_map.py, components/bodies/change_map.py, brief)
    "chg.compare": {"id": "Bandingkan dengan tahun", "en": "Compare with year"},
    "chg.none": {"id": "— peta satu tahun —", "en": "— one-year map —"},
    "chg.title": {"id": "perubahan {a} → {b}", "en": "change {a} → {b}"},
    "chg.change": {"id": "Perubahan", "en": "Change"},
    "chg.no_change": {"id": "tidak berubah", "en": "no change"},
    "chg.no_data": {
        "id": "tidak ada data salah satu tahun",
        "en": "no data in one of the years",
    },
    "chg.unit.points": {"id": "poin", "en": "percentage points"},
    "chg.unit.points_per_1000": {
        "id": "poin per 1.000 penduduk",
        "en": "points per 1,000 population",
    },
    "chg.legend.rule": {
        "id": "Perubahan = nilai {b} dikurangi nilai {a}",
        "en": "Change = value {b} minus value {a}",
    },
    "chg.legend.worse": {
        "id": "Merah: memburuk · biru: membaik",
        "en": "Red: worse · blue: better",
    },
    "chg.ranking": {"id": "Perubahan {a} → {b}", "en": "Change {a} → {b}"},
    "chg.col.value": {"id": "Nilai {year} ({unit})", "en": "Value {year} ({unit})"},
    "chg.col.change": {"id": "Perubahan ({unit})", "en": "Change ({unit})"},
    "chg.col.rank": {"id": "Peringkat (terburuk = 1)", "en": "Rank (worst = 1)"},
    "chg.col.kind": {"id": "Jenis data {year}", "en": "Data kind {year}"},
    "chg.col.source": {"id": "Sumber {year}", "en": "Source {year}"},
    "chg.table": {"id": "Tabel perubahan", "en": "Change table"},
    "chg.kecamatan": {
        "id": "Perbandingan dua tahun tersedia pada peta kabupaten/kota.",
        "en": "The two-year comparison is available on the regency map.",
    },
    "brief.agenda.banding_bad": {
        "id": "'banding' harus berupa tahun ({lo}–{hi}), bukan '{value}'.",
        "en": "'banding' must be a year ({lo}–{hi}), not '{value}'.",
    },
    "brief.agenda.banding_not_map": {
        "id": "'banding' hanya untuk halaman peta, bukan '{page}'.",
        "en": "'banding' is for the map page only, not '{page}'.",
    },
    "brief.agenda.banding_same_year": {
        "id": "'banding' ({year}) sama dengan 'tahun': pilih tahun lain untuk dibandingkan.",
        "en": "'banding' ({year}) is the same as 'tahun': choose another year to compare.",
    },
    "view.notice.banding": {
        "id": "Tahun pembanding '{v}' tidak tersedia untuk indikator ini; peta satu tahun.",
        "en": "Comparison year '{v}' is not available for this indicator; one-year map.",
    },
    "brief.key.largest_rise": {
        "id": "Naik terbesar {a} → {b}: {name}, {value} {unit}",
        "en": "Largest rise {a} → {b}: {name}, {value} {unit}",
    },
    "brief.key.largest_fall": {
        "id": "Turun terbesar {a} → {b}: {name}, {value} {unit}",
        "en": "Largest fall {a} → {b}: {name}, {value} {unit}",
    },
    "brief.key.banding_no_data": {
        "id": "Tahun pembanding {a} belum ada datanya; di sini peta {b} saja, bukan perubahan.",
        "en": "No data for the comparison year {a}; here the {b} map only, not the change.",
    },
    "brief.key.banding_same": {
        "id": "Tahun pembanding {a} sama dengan tahun peta; di sini peta {b} saja, bukan "
        "perubahan.",
        "en": "The comparison year {a} is the map's year; here the {b} map only, not the change.",
    },
    "brief.key.banding_empty": {
        "id": "Tidak ada wilayah dengan data pada kedua tahun {a} dan {b}; di sini peta {b} saja.",
        "en": "No region has data in both {a} and {b}; here the {b} map only.",
    },
    "chg.empty": {
        "id": "Tidak ada wilayah dengan data pada kedua tahun {a} dan {b}.",
        "en": "No region has data in both {a} and {b}.",
    },
}
