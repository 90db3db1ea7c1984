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
    "app.page_title": {
        "id": "Serambi: peta kesejahteraan sosial Kaltim",
        "en": "Serambi: East Kalimantan welfare map",
    },
    "nav.beranda": {"id": "Beranda", "en": "Home"},
    "nav.peta": {"id": "Peta", "en": "Map"},
    "nav.tren": {"id": "Tren", "en": "Trends"},
    "nav.cakupan": {"id": "Cakupan program", "en": "Programme coverage"},
    "nav.profil": {"id": "Profil wilayah", "en": "Regency profile"},
    "nav.data": {"id": "Kelola data", "en": "Manage data"},
    "nav.tentang": {"id": "Tentang & sumber", "en": "About & sources"},
    "filter.header": {"id": "Filter", "en": "Filters"},
    "filter.indicator": {"id": "Indikator", "en": "Indicator"},
    "filter.year": {"id": "Tahun", "en": "Year"},
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
    "group.kependudukan": {"id": "Kependudukan", "en": "Population"},
    "group.kemiskinan": {"id": "Kemiskinan", "en": "Poverty"},
    "group.pmks": {"id": "PMKS / PPKS", "en": "PMKS / PPKS"},
    "group.program": {"id": "Program perlindungan sosial", "en": "Social protection programmes"},
    "group.psks": {"id": "PSKS (potensi & sumber)", "en": "PSKS (welfare resources)"},
    "group.lainnya": {"id": "Lainnya", "en": "Other"},
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
    "map.ring_label": {"id": "{km} km", "en": "{km} km"},
    "map.no_data": {"id": "tidak ada data", "en": "no data"},
    "map.rank": {"id": "Peringkat {rank} dari {n}", "en": "Rank {rank} of {n}"},
    "map.rank_note_worse": {"id": "(1 = paling tinggi)", "en": "(1 = highest)"},
    "map.raw": {"id": "Jumlah", "en": "Count"},
    "map.denominator": {"id": "Penyebut", "en": "Denominator"},
    "map.source": {"id": "Sumber", "en": "Source"},
    "map.year": {"id": "Tahun", "en": "Year"},
    "map.view": {"id": "Fokus peta", "en": "Map focus"},
    "map.view.kaltim": {"id": "Seluruh Kaltim", "en": "All of East Kalimantan"},
    "map.view.ikn": {"id": "Sekitar IKN", "en": "Around IKN"},
    "map.view.kota": {"id": "Balikpapan–Samarinda", "en": "Balikpapan–Samarinda"},
    "map.tiles": {
        "id": "Peta dasar daring (perlu internet)",
        "en": "Online base map (needs internet)",
    },
    "map.rate_per_1000": {"id": "per 1.000 penduduk", "en": "per 1,000 population"},
    "map.coverage_pct": {"id": "% dari sasaran", "en": "% of those in need"},
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
    "map.clicked": {"id": "Dipilih di peta: {name}", "en": "Selected on the map: {name}"},
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
    "presenter.next": {"id": "Tampilan berikutnya", "en": "Next view"},
    "presenter.prev": {"id": "Sebelumnya", "en": "Previous"},
    "presenter.step": {"id": "Agenda {i} dari {n}", "en": "Agenda {i} of {n}"},
    "presenter.exit": {"id": "Keluar mode presentasi", "en": "Leave presenter mode"},
    "home.title": {"id": "Ringkasan", "en": "Overview"},
    "home.intro": {
        "id": "Angka utama terbaru untuk Provinsi Kalimantan Timur dan untuk wilayah IKN & "
        "penyangganya. Setiap angka menyebut tahun dan sumbernya.",
        "en": "Latest headline figures for East Kalimantan and for the IKN area and its buffer "
        "zone. Every number states its year and source.",
    },
    "home.province": {"id": "Provinsi Kalimantan Timur", "en": "East Kalimantan province"},
    "home.buffer": {"id": "Wilayah IKN & penyangga", "en": "IKN area & buffer zone"},
    "home.buffer_members": {"id": "Terdiri dari: {names}", "en": "Consists of: {names}"},
    "home.regions_with_data": {
        "id": "{n} dari {m} wilayah berdata",
        "en": "{n} of {m} regions with data",
    },
    "home.no_value": {"id": "belum ada angka", "en": "no figure yet"},
    "home.to_map": {"id": "Buka peta", "en": "Open the map"},
    "about.title": {"id": "Tentang Serambi & sumber data", "en": "About Serambi & data sources"},
    "error.data_unavailable": {
        "id": "Data peta belum tersedia: {reason}",
        "en": "Map data unavailable: {reason}",
    },
}


def _merge_page_catalogues() -> None:
    from components import i18n_explore

    for key, entry in i18n_explore.STRINGS.items():
        STRINGS.setdefault(key, entry)


_merge_page_catalogues()


def t(key: str, lang: str = DEFAULT_LANG, **kwargs: object) -> str:
    """The UI string ``key`` in ``lang``, formatted with ``kwargs``."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**kwargs) if kwargs else text
