"""UI strings of the exploration pages (tren, cakupan, profil), merged into views.i18n.

Same shape as ``views.i18n.STRINGS``: key -> {"id": ..., "en": ...}. Keys are prefixed
(``trend.``, ``cov.``, ``prof.``, ``xcol.``) so they never collide with the main catalogue.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # ---- Tren -------------------------------------------------------------------------------
    "trend.title": {"id": "Tren: {indicator}", "en": "Trends: {indicator}"},
    "trend.intro": {
        "id": "Nilai yang digambar: {unit}. Wilayah: {regions}. Indikator, tahun dan wilayah "
        "diatur di filter samping.",
        "en": "Plotted value: {unit}. Regions: {regions}. Indicator, year and regions are set "
        "in the side filter.",
    },
    "trend.tab.compare": {"id": "Perbandingan", "en": "Comparison"},
    "trend.tab.facets": {"id": "Per kabupaten/kota", "en": "Per regency"},
    "trend.tab.zone": {"id": "Penyangga IKN vs lainnya", "en": "IKN buffer zone vs rest"},
    "trend.tab.mix": {"id": "Komposisi PMKS", "en": "PMKS mix"},
    "trend.no_data": {
        "id": "Belum ada data untuk indikator ini di wilayah yang dipilih.",
        "en": "No data for this indicator in the selected regions yet.",
    },
    "trend.compare.title": {
        "id": "{indicator}, {start}–{end}",
        "en": "{indicator}, {start}–{end}",
    },
    "trend.facets.title": {
        "id": "{indicator} per kabupaten/kota (sumbu sama; garis abu-abu = wilayah lain)",
        "en": "{indicator} per regency (shared axes; grey lines = other regions)",
    },
    "trend.present.alt": {
        "id": "Grafik garis {indicator} ({unit}) per kabupaten/kota. Nilai terakhir: {values}.",
        "en": "Line chart of {indicator} ({unit}) by regency. Latest values: {values}.",
    },
    "trend.gaps_note": {
        "id": "Tahun tanpa data dibiarkan kosong (garis terputus), tidak diisi nol.",
        "en": "Years without data are left empty (the line breaks); they are never set to zero.",
    },
    "trend.open_marker_note": {
        "id": "Titik berongga = DATA CONTOH (angka buatan untuk peragaan).",
        "en": "Open markers = EXAMPLE DATA (generated numbers for demonstration).",
    },
    "trend.sources": {"id": "Sumber ({n})", "en": "Sources ({n})"},
    "trend.zone.title": {
        "id": "{indicator}: wilayah IKN & penyangga vs kabupaten/kota lainnya",
        "en": "{indicator}: IKN area & buffer zone vs the other regencies",
    },
    "trend.zone.buffer": {"id": "Wilayah IKN & penyangga", "en": "IKN area & buffer zone"},
    "trend.zone.rest": {"id": "Kabupaten/kota lainnya", "en": "Other regencies"},
    "trend.zone.with_data": {
        "id": "{n} dari {m} kab/kota berdata",
        "en": "{n} of {m} regencies with data",
    },
    "trend.zone.missing": {"id": "Tanpa data: {names}", "en": "No data: {names}"},
    "trend.zone.members": {
        "id": "Wilayah IKN & penyangga: {buffer}. Lainnya: {rest}.",
        "en": "IKN area & buffer zone: {buffer}. Others: {rest}.",
    },
    "trend.zone.counts_note": {
        "id": "Angka kecil di titik = jumlah kab/kota yang berdata tahun itu. Garis hanya "
        "menghubungkan tahun dengan data lengkap; belah ketupat = tidak semua kab/kota "
        "kelompok itu berdata (tidak sebanding dengan tahun lain).",
        "en": "Small numbers at the points = regencies with data that year. The line joins "
        "only complete years; diamonds = not every regency of the group has data (not "
        "comparable with other years).",
    },
    "trend.zone.table": {"id": "Tabel agregat per tahun", "en": "Aggregate table per year"},
    "trend.method.ratio": {
        "id": "Agregat = jumlah pembilang ÷ jumlah penyebut kab/kota yang berdata (bukan "
        "rata-rata angka kab/kota).",
        "en": "Aggregate = sum of numerators ÷ sum of denominators of the regencies with data "
        "(not an average of the regencies' rates).",
    },
    "trend.method.weighted": {
        "id": "Agregat = rata-rata tertimbang jumlah penduduk kab/kota yang berdata (bukan "
        "rata-rata sederhana angka kab/kota).",
        "en": "Aggregate = population-weighted mean of the regencies with data (not a simple "
        "average of the regencies' values).",
    },
    "trend.method.sum": {
        "id": "Agregat = jumlah nilai kab/kota yang berdata.",
        "en": "Aggregate = sum over the regencies with data.",
    },
    "trend.mix.title": {
        "id": "Komposisi PMKS per kabupaten/kota, {year}",
        "en": "PMKS categories per regency, {year}",
    },
    "trend.mix.measure": {"id": "Ukuran", "en": "Measure"},
    "trend.mix.measure.per_1000": {"id": "per 1.000 penduduk", "en": "per 1,000 population"},
    "trend.mix.measure.share": {"id": "% dari total PMKS", "en": "% of total PMKS"},
    "trend.mix.share_unit": {"id": "% dari total PMKS wilayah", "en": "% of the region's PMKS"},
    "trend.mix.other": {"id": "Lainnya ({n} jenis)", "en": "Other ({n} categories)"},
    "trend.mix.people": {"id": "jiwa", "en": "people"},
    "trend.mix.note.per_1000": {
        "id": "Panjang batang = jumlah PMKS per 1.000 penduduk; {top} jenis terbesar diberi "
        "warna, sisanya digabung sebagai 'Lainnya'. Tabel lengkap 26 jenis di bawah.",
        "en": "Bar length = PMKS per 1,000 population; the {top} largest categories are "
        "coloured, the rest grouped as 'Other'. Full table of all 26 categories below.",
    },
    "trend.mix.note.share": {
        "id": "Setiap batang = 100 % PMKS yang dilaporkan wilayah itu; {top} jenis terbesar "
        "diberi warna. Jenis yang tidak dilaporkan tidak dihitung sebagai nol.",
        "en": "Each bar = 100 % of the PMKS reported by that region; the {top} largest "
        "categories are coloured. Categories not reported are not counted as zero.",
    },
    "trend.mix.no_data": {
        "id": "Belum ada data jenis PMKS untuk wilayah yang dipilih.",
        "en": "No PMKS category data for the selected regions yet.",
    },
    "trend.mix.year_fallback": {
        "id": "Tidak ada data jenis PMKS untuk tahun {wanted}; ditampilkan tahun {year}.",
        "en": "No PMKS category data for {wanted}; showing {year}.",
    },
    "trend.mix.table": {
        "id": "Tabel 26 jenis PMKS {year} (jiwa)",
        "en": "Table of the 26 PMKS categories {year} (people)",
    },
    "trend.mix.table_note": {
        "id": "Sel kosong = tidak dilaporkan (bukan nol).",
        "en": "Empty cell = not reported (not zero).",
    },
    "xcol.group": {"id": "Kelompok", "en": "Group"},
    "xcol.with_data": {"id": "Kab/kota berdata", "en": "Regencies with data"},
    "xcol.missing": {"id": "Tanpa data", "en": "No data"},
    # ---- Cakupan program ----------------------------------------------------------------------
    "cov.title": {
        "id": "Cakupan program perlindungan sosial",
        "en": "Social protection programme coverage",
    },
    "cov.intro": {
        "id": "Cakupan = penerima ÷ sasaran (yang membutuhkan) × 100. Kesenjangan = sasaran "
        "dikurangi penerima; bila penerima melebihi sasaran, kesenjangan 0 dan kelebihannya "
        "ditampilkan terpisah.",
        "en": "Coverage = recipients ÷ those in need × 100. Gap = need minus recipients; where "
        "recipients exceed the need the gap is 0 and the over-coverage is shown separately.",
    },
    "cov.programme": {"id": "Program", "en": "Programme"},
    "coverage.two_measures": {
        "id": "Dua ukuran cakupan, dua pertanyaan. Halaman **Cakupan program** membagi penerima "
        "dengan **sasaran program** (keluarga/jiwa sasaran dari data program, tahun "
        "programnya). Halaman **Sasaran & target** membagi dengan **keluarga/jiwa desil "
        "DTSEN yang layak** (per tanggal posisi DTSEN), dan penerimanya dari tabulasi silang "
        "per desil bila ada. Penyebut, sumber dan tahunnya berbeda, jadi angkanya berbeda; "
        "keduanya benar untuk pertanyaannya masing-masing.",
        "en": "Two coverage measures, two questions. **Programme coverage** divides recipients "
        "by the **programme's need** (eligible families/persons from programme data, in the "
        "programme's year). **Targets** divides by the **eligible DTSEN decile "
        "families/persons** (as of the DTSEN snapshot), with recipients from the by-decile "
        "cross-tab where there is one. Denominators, sources and years differ, so the figures "
        "differ; each is right for its own question.",
    },
    "cov.card.label": {
        "id": "Cakupan {programme} thd. sasaran program (provinsi)",
        "en": "{programme} coverage of programme need (province)",
    },
    "cov.card.footnote": {
        "id": "Belum terlayani: {gap} {unit} · {n}/{m} kab/kota",
        "en": "Not yet served: {gap} {unit} · {n}/{m} regencies",
    },
    "cov.card.over": {"id": "Lebih sasaran: {over} {unit}", "en": "Over need: {over} {unit}"},
    "cov.no_data": {
        "id": "Belum ada data penerima {programme}.",
        "en": "No {programme} recipient data yet.",
    },
    "cov.no_pairs": {
        "id": "Tahun {year} tidak ada kabupaten/kota dengan data penerima dan sasaran "
        "{programme} sekaligus.",
        "en": "In {year} no regency has both {programme} recipients and need.",
    },
    "cov.year_fallback": {
        "id": "Data {programme} untuk tahun {wanted} belum ada; ditampilkan tahun terakhir "
        "yang tersedia ({year}).",
        "en": "No {programme} data for {wanted}; showing the latest available year ({year}).",
    },
    "cov.section": {
        "id": "{programme}: kesenjangan per kabupaten/kota, {year}",
        "en": "{programme}: gap per regency, {year}",
    },
    "cov.denominator": {
        "id": "**Penyebut cakupan (sasaran):** {need} ({unit}), tahun {years}. Sumber: {source}",
        "en": "**Coverage denominator (need):** {need} ({unit}), year {years}. Source: {source}",
    },
    "cov.over_warning": {
        "id": "Penerima melebihi sasaran (cakupan > 100 %) di: {regions}. Periksa data "
        "sasaran atau penerima; kelebihan tidak dikurangkan dari kesenjangan wilayah lain.",
        "en": "Recipients exceed the need (coverage > 100 %) in: {regions}. Check the need or "
        "recipient figures; over-coverage is not netted against other regions' gaps.",
    },
    "cov.map.title": {"id": "Kesenjangan {programme}", "en": "{programme} gap"},
    "cov.map.unit": {
        "id": "{unit} belum terlayani per 1.000 penduduk",
        "en": "{unit} not yet served per 1,000 population",
    },
    "cov.map.raw": {"id": "Belum terlayani", "en": "Not yet served"},
    "cov.map.population": {"id": "Penduduk", "en": "Population"},
    "cov.legend.gap": {
        "id": "Kesenjangan = sasaran − penerima ({unit}), 0 bila penerima ≥ sasaran",
        "en": "Gap = need − recipients ({unit}), 0 where recipients ≥ need",
    },
    "cov.legend.population": {
        "id": "Dibagi: {label} {years}",
        "en": "Divided by: {label} {years}",
    },
    "cov.bar.title": {"id": "Peringkat kesenjangan {programme}", "en": "{programme} gap ranking"},
    "cov.bar.subtitle": {
        "id": "per 1.000 penduduk (dalam kurung: {unit} belum terlayani)",
        "en": "per 1,000 population (in brackets: {unit} not yet served)",
    },
    "cov.scatter.title": {
        "id": "{programme} {year}: kebutuhan vs cakupan",
        "en": "{programme} {year}: need vs coverage",
    },
    "cov.scatter.x": {
        "id": "Sasaran ({unit}) per 1.000 penduduk",
        "en": "Need ({unit}) per 1,000 population",
    },
    "cov.scatter.y": {"id": "Cakupan (% dari sasaran)", "en": "Coverage (% of need)"},
    "cov.scatter.province": {
        "id": "Provinsi: {v} (jumlah penerima ÷ jumlah sasaran, {n} kab/kota)",
        "en": "Province: {v} (sum of recipients ÷ sum of need, {n} regencies)",
    },
    "cov.scatter.full": {
        "id": "100 % = seluruh sasaran terlayani",
        "en": "100 % = all in need served",
    },
    "cov.scatter.note": {
        "id": "Besar lingkaran sebanding dengan jumlah sasaran. Wilayah di kanan bawah: "
        "kebutuhan tinggi, cakupan rendah.",
        "en": "Circle size follows the number in need. Bottom right: high need, low coverage.",
    },
    "cov.hover.coverage": {"id": "Cakupan: {v}", "en": "Coverage: {v}"},
    "cov.hover.need": {
        "id": "Sasaran: {v} {unit} ({rate} per 1.000 penduduk)",
        "en": "Need: {v} {unit} ({rate} per 1,000 population)",
    },
    "cov.hover.recipients": {"id": "Penerima: {v} {unit}", "en": "Recipients: {v} {unit}"},
    "cov.hover.gap": {"id": "Belum terlayani: {v} {unit}", "en": "Not yet served: {v} {unit}"},
    "cov.hover.over": {"id": "Lebih sasaran: {v} {unit}", "en": "Over need: {v} {unit}"},
    "cov.col.recipients": {"id": "Penerima ({unit})", "en": "Recipients ({unit})"},
    "cov.col.need": {"id": "Sasaran ({unit})", "en": "Need ({unit})"},
    "cov.col.need_year": {"id": "Tahun sasaran", "en": "Need year"},
    "cov.col.coverage": {
        "id": "Cakupan thd. sasaran program (%)",
        "en": "Coverage of programme need (%)",
    },
    "cov.col.gap": {"id": "Belum terlayani ({unit})", "en": "Not yet served ({unit})"},
    "cov.col.over": {"id": "Lebih sasaran ({unit})", "en": "Over need ({unit})"},
    "cov.col.gap_per_1000": {
        "id": "Kesenjangan per 1.000 penduduk",
        "en": "Gap per 1,000 population",
    },
    "cov.col.population": {"id": "Penduduk", "en": "Population"},
    "cov.col.population_year": {"id": "Tahun penduduk", "en": "Population year"},
    "cov.table_note": {
        "id": "Peringkat 1 = kesenjangan per 1.000 penduduk terbesar. Sel kosong = tidak ada "
        "data (bukan nol).",
        "en": "Rank 1 = largest gap per 1,000 population. Empty cell = no data (not zero).",
    },
    # ---- Profil wilayah -----------------------------------------------------------------------
    "prof.title": {"id": "Profil {type} {name}", "en": "Profile: {name} {type}"},
    "prof.type.kabupaten": {"id": "Kabupaten", "en": "Regency"},
    "prof.type.kota": {"id": "Kota", "en": "City"},
    "prof.picker": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "prof.picker.help": {
        "id": "Pilihan ini juga menjadi filter wilayah di halaman lain.",
        "en": "This choice also becomes the region filter on the other pages.",
    },
    "prof.picker.first_of": {
        "id": "Filter memilih beberapa wilayah; profil menampilkan yang pertama ({name}).",
        "en": "The filter selects several regions; the profile shows the first ({name}).",
    },
    "prof.intro": {
        "id": "Setiap indikator dengan data untuk wilayah ini, pada tahun yang sama dengan "
        "petanya: tahun filter untuk indikator filter, selain itu tahun terbaru dengan data "
        "untuk sedikitnya 8 dari 10 kabupaten/kota (tahunnya tertulis di setiap kartu). "
        "Peringkat di antara kabupaten/kota pada tahun yang sama. Garis kecil = tren "
        "(celah = tahun tanpa data).",
        "en": "Every indicator with data for this region, in the same year as its map: the "
        "filter's year for the filter's indicator, otherwise the latest year with data for at "
        "least 8 of the 10 regencies (each card names its year). Rank among the regencies in "
        "the same year. Small line = trend (gap = year without data).",
    },
    "prof.fact.type": {"id": "Jenis", "en": "Type"},
    "prof.fact.capital": {"id": "Ibu kota", "en": "Seat"},
    "prof.fact.distance": {"id": "Jarak ke Titik Nol IKN", "en": "Distance to IKN Zero Point"},
    "prof.fact.distance_inside": {
        "id": "0 km (Titik Nol di wilayah ini)",
        "en": "0 km (Zero Point lies here)",
    },
    "prof.fact.area": {"id": "Luas", "en": "Area"},
    "prof.fact.zone_note": {
        "id": "Jarak = dari Titik Nol ke batas terdekat wilayah ini. Zona dihitung dari batas "
        "wilayah IKN: beririsan = Wilayah IKN, batas terdekat ≤ {km} km dari wilayah IKN = "
        "penyangga (batas tidak resmi, UU 3/2022).",
        "en": "Distance = from the Zero Point to this region's nearest border. The zone comes "
        "from the IKN area boundary: overlapping = IKN area, nearest border ≤ {km} km from "
        "the IKN area = buffer zone (unofficial boundary, Law 3/2022).",
    },
    "prof.fact.population": {"id": "Penduduk ({year})", "en": "Population ({year})"},
    "prof.card.count": {"id": "Jumlah: {v} {unit}", "en": "Count: {v} {unit}"},
    "prof.card.den_year": {"id": "penduduk {year}", "en": "population {year}"},
    "prof.card.rank": {
        "id": "Peringkat {rank} dari {n} ({direction})",
        "en": "Rank {rank} of {n} ({direction})",
    },
    "prof.rank.high": {"id": "1 = tertinggi/terburuk", "en": "1 = highest/worst"},
    "prof.rank.low": {"id": "1 = terendah", "en": "1 = lowest"},
    "prof.card.only": {
        "id": "Hanya wilayah ini yang berdata",
        "en": "Only this region has data",
    },
    "prof.card.province": {
        "id": "Agregat {n} kab/kota: {v}",
        "en": "Aggregate of {n} regencies: {v}",
    },
    "prof.card.province_sum": {
        "id": "Total {n} kab/kota: {v}",
        "en": "Total of {n} regencies: {v}",
    },
    "prof.selected.title": {
        "id": "{indicator}: {name} dan agregat kabupaten/kota",
        "en": "{indicator}: {name} and the regency aggregate",
    },
    "prof.selected.province": {"id": "Agregat 10 kab/kota", "en": "Aggregate of 10 regencies"},
    "prof.selected.none": {
        "id": "Indikator pada filter ({indicator}) belum punya data untuk {name}.",
        "en": "The filter's indicator ({indicator}) has no data for {name} yet.",
    },
    "prof.selected.note": {
        "id": "Indikator dari filter samping. Agregat = jumlah pembilang ÷ jumlah penyebut "
        "(atau rata-rata tertimbang penduduk untuk persentase) dari kab/kota yang berdata. "
        "Garis agregat hanya menghubungkan tahun dengan data lengkap {n} kab/kota; belah "
        "ketupat 'n/{n}' = hanya n kab/kota berdata (tidak sebanding). Titik berongga = DATA "
        "CONTOH.",
        "en": "Indicator from the side filter. Aggregate = sum of numerators ÷ sum of "
        "denominators (population-weighted for percentages) of the regencies with data. The "
        "aggregate line joins only years with all {n} regencies; diamonds 'n/{n}' = only "
        "n regencies had data (not comparable). Open markers = EXAMPLE DATA.",
    },
    "prof.missing": {
        "id": "Indikator tanpa data untuk wilayah ini ({n})",
        "en": "Indicators without data for this region ({n})",
    },
    "prof.footer": {
        "id": "Cetak halaman ini (Ctrl+P) untuk lembar A4: panel samping dan tombol tidak "
        "ikut tercetak.",
        "en": "Print this page (Ctrl+P) for an A4 sheet: the side panel and buttons are left out.",
    },
    "prof.print_footer": {
        "id": "Serambi · Dinas Sosial Provinsi Kalimantan Timur · Profil {name} ({kode})",
        "en": "Serambi · Dinas Sosial, East Kalimantan · Profile of {name} ({kode})",
    },
    # Profile downloads: the A4 sheet and the table of indicators (views/profile_export.py)
    "prof.export.pdf": {"id": "Unduh profil (PDF A4)", "en": "Download profile (A4 PDF)"},
    "prof.export.xlsx": {
        "id": "Unduh tabel indikator (Excel)",
        "en": "Download indicator table (Excel)",
    },
    "prof.export.table_title": {"id": "{title}: tabel indikator", "en": "{title}: indicators"},
    "prof.export.key": {"id": "Indikator utama", "en": "Headline indicators"},
    "prof.export.all": {"id": "Semua indikator ({n})", "en": "All indicators ({n})"},
    "prof.export.year_rule": {
        "id": "Tahun setiap indikator = tahun yang ditampilkan peta indikator itu: tahun filter "
        "untuk indikator filter, selain itu tahun terakhir dengan data untuk minimal 8 dari 10 "
        "kabupaten/kota; bila wilayah ini tidak punya angka pada tahun itu, tahun terdekat "
        "sebelumnya. Angka sama dengan kartu di halaman Profil wilayah.",
        "en": "Each indicator's year = the year its map shows: the filter's year for the "
        "filter's indicator, else the latest year with data for at least 8 of the 10 "
        "regencies; where this region has no figure that year, the nearest earlier one. The "
        "numbers are those of the cards on the Regency profile page.",
    },
    "prof.export.legend": {
        "id": "Peringkat r/n: r dari n kabupaten/kota dengan data pada tahun yang sama (arah "
        "peringkat di tabel Excel). Agregat = {n} kab/kota. * dan merah = DATA CONTOH. "
        "[k] = sumber k di bawah.",
        "en": "Rank r/n: r of n regencies with data in the same year (rank direction in the "
        "Excel table). Aggregate = {n} regencies. * and red = EXAMPLE DATA. [k] = source k "
        "below.",
    },
    "prof.export.example": {
        "id": "DATA CONTOH: angka bertanda * (merah) adalah data buatan untuk peragaan, bukan "
        "data resmi. Jangan dikutip.",
        "en": "EXAMPLE DATA: figures marked * (red) are generated for demonstration, not "
        "official figures. Do not quote them.",
    },
    "prof.export.rank": {"id": "peringkat {rank}/{n}", "en": "rank {rank}/{n}"},
    "prof.export.aggregate": {"id": "agregat {v}", "en": "aggregate {v}"},
    "prof.export.footer": {
        "id": "Serambi · dibuat {date} · Tabel lengkap (agregat, arah peringkat, tautan "
        "sumber): unduhan Excel halaman Profil wilayah.",
        "en": "Serambi · made {date} · Full table (aggregate, rank direction, source links): "
        "the Excel download of the Regency profile page.",
    },
    "prof.xcol.indicator": {"id": "Indikator", "en": "Indicator"},
    "prof.xcol.id": {"id": "Kode indikator", "en": "Indicator id"},
    "prof.xcol.group": {"id": "Kelompok", "en": "Group"},
    "prof.xcol.unit": {"id": "Satuan", "en": "Unit"},
    "prof.xcol.count": {"id": "Jumlah (di balik rasio)", "en": "Count (behind the rate)"},
    "prof.xcol.count_unit": {"id": "Satuan jumlah", "en": "Count unit"},
    "prof.xcol.ranked": {"id": "Dari (wilayah dengan data)", "en": "Of (regions with data)"},
    "prof.xcol.direction": {"id": "Arah peringkat", "en": "Rank direction"},
    "prof.xcol.aggregate": {"id": "Agregat kab/kota", "en": "Aggregate of regencies"},
    "prof.xcol.aggregate_n": {"id": "Kab/kota dalam agregat", "en": "Regencies in aggregate"},
    # ---- DTSEN, eligibility and targets (welfare/targeting.py, welfare/targets.py) ---------
    "dtsen.template.intro": {
        "id": "Templat ekspor agregat DTSEN dari SIKS-NG: keluarga dan jiwa per desil, dan "
        "penerima per desil. Wajib diisi tanggal posisi data (sel 'Posisi data'); hanya "
        "angka agregat, tanpa data pribadi.",
        "en": "Template for the DTSEN aggregate export from SIKS-NG: families and persons per "
        "decile, and recipients per decile. The snapshot date ('Posisi data' cell) is "
        "required; aggregates only, no personal data.",
    },
    "dtsen.template.xlsx": {
        "id": "Unduh templat DTSEN per desil (Excel)",
        "en": "Download DTSEN decile template (Excel)",
    },
    "target.nav": {
        "id": "Sasaran & target",
        "en": "Targeting & targets",
    },
    "target.title": {
        "id": "Sasaran program dan target kemiskinan",
        "en": "Programme targeting and poverty targets",
    },
    "target.intro": {
        "id": "Keluarga per desil DTSEN (Inpres 4/2025), kelayakan program menurut desil, "
        "penerima di dalam dan di luar desil sasaran, serta indikator kemiskinan BPS "
        "terhadap targetnya. Setiap angka DTSEN disertai tanggal posisinya.",
        "en": "Families per DTSEN decile (Inpres 4/2025), programme eligibility by decile, "
        "recipients inside and outside the eligible deciles, and BPS poverty indicators "
        "against their targets. Every DTSEN figure carries its snapshot date.",
    },
    "target.no_dtsen": {
        "id": "Belum ada data desil DTSEN. Impor ekspor agregat SIKS-NG (templat di halaman "
        "Kelola data).",
        "en": "No DTSEN decile data yet. Import the SIKS-NG aggregate export (template on the "
        "Manage data page).",
    },
    "target.dtsen.title": {
        "id": "Keluarga desil 1–5 DTSEN per kabupaten/kota",
        "en": "Families in DTSEN deciles 1–5 per regency",
    },
    "target.dtsen.intro": {
        "id": "Posisi data terakhir pada atau sebelum tahun yang dilihat; DTSEN adalah data "
        "administrasi (bukan survei kemiskinan BPS).",
        "en": "Latest snapshot on or before the year shown; DTSEN is an administrative register"
        " (not the BPS poverty survey).",
    },
    "target.col.snapshot": {
        "id": "Posisi data DTSEN",
        "en": "DTSEN snapshot",
    },
    "target.col.desil_1_5": {
        "id": "Keluarga desil 1–5 (KK)",
        "en": "Families, deciles 1–5 (KK)",
    },
    "target.col.total": {
        "id": "Keluarga desil 1–10 (KK)",
        "en": "Families, deciles 1–10 (KK)",
    },
    "target.col.share_1_5": {
        "id": "Porsi desil 1–5 (%)",
        "en": "Share in deciles 1–5 (%)",
    },
    "target.elig.title": {
        "id": "{programme}: sasaran menurut desil dan yang terjangkau",
        "en": "{programme}: eligible by decile and reached",
    },
    "target.elig.rule": {
        "id": "Aturan kelayakan {programme}: **desil {range}**, dihitung dalam {unit}. {legal}",
        "en": "{programme} eligibility rule: **deciles {range}**, counted in {unit}. {legal}",
    },
    "target.elig.citation": {
        "id": "Dasar: {citation}.",
        "en": "Basis: {citation}.",
    },
    "target.elig.denominator": {
        "id": "Penyebut cakupan = keluarga/jiwa sasaran pada desil tersebut, **DTSEN per "
        "{snapshots}** (posisi terakhir pada atau sebelum {year}); bukan kebutuhan "
        "(sasaran lama) halaman Cakupan program.",
        "en": "Coverage denominator = eligible families/persons in those deciles, **DTSEN as of"
        " {snapshots}** (latest snapshot on or before {year}); not the older need figure "
        "of the Programme coverage page.",
    },
    "target.elig.no_data": {
        "id": "Belum ada data desil DTSEN untuk {programme} sampai {year}.",
        "en": "No DTSEN decile data for {programme} up to {year}.",
    },
    "target.elig.no_crosstab": {
        "id": "Belum ada tabulasi silang penerima per desil: inclusion dan exclusion belum "
        "dapat dihitung; kesenjangan = sasaran − seluruh penerima.",
        "en": "No recipients-by-decile cross-tab yet: inclusion and exclusion cannot be "
        "computed; gap = eligible − all recipients.",
    },
    "target.card.eligible": {
        "id": "Sasaran desil {range}",
        "en": "Eligible, deciles {range}",
    },
    "target.card.recipients": {
        "id": "Penerima",
        "en": "Recipients",
    },
    "target.card.coverage": {
        "id": "Cakupan {programme} thd. {unit} desil {range} DTSEN",
        "en": "{programme} coverage of DTSEN decile {range} {unit}",
    },
    "target.card.exclusion": {
        "id": "Exclusion: sasaran belum menerima",
        "en": "Exclusion: eligible not receiving",
    },
    "target.card.inclusion": {
        "id": "Inclusion: penerima di luar desil sasaran",
        "en": "Inclusion: recipients outside eligible deciles",
    },
    "target.dtsen_year": {
        "id": "DTSEN belum ada untuk tahun filter {wanted}; bagian DTSEN memakai {year}.",
        "en": "No DTSEN data for the filter year {wanted}; the DTSEN sections use {year}.",
    },
    "target.card.snapshot": {
        "id": "DTSEN per {snapshots}",
        "en": "DTSEN as of {snapshots}",
    },
    "target.measure": {
        "id": "Tampilkan",
        "en": "Show",
    },
    "target.measure.exclusion": {
        "id": "Exclusion (% sasaran belum menerima)",
        "en": "Exclusion (% of eligible not receiving)",
    },
    "target.measure.inclusion": {
        "id": "Inclusion (% penerima di luar desil sasaran)",
        "en": "Inclusion (% of recipients outside eligible deciles)",
    },
    "target.measure.exclusion.note": {
        "id": "Exclusion = sasaran (desil sasaran) − penerima di desil sasaran; persen dari "
        "sasaran.",
        "en": "Exclusion = eligible (eligible deciles) − recipients in those deciles; percent "
        "of eligible.",
    },
    "target.measure.inclusion.note": {
        "id": "Inclusion = penerima di desil di luar aturan; persen dari seluruh penerima.",
        "en": "Inclusion = recipients in deciles outside the rule; percent of all recipients.",
    },
    "target.map.exclusion": {
        "id": "{programme}: exclusion (sasaran belum menerima)",
        "en": "{programme}: exclusion (eligible not receiving)",
    },
    "target.map.inclusion": {
        "id": "{programme}: inclusion (penerima di luar desil sasaran)",
        "en": "{programme}: inclusion (recipients outside eligible deciles)",
    },
    "target.map.count": {
        "id": "Jumlah",
        "en": "Count",
    },
    "target.map.snapshot": {
        "id": "Posisi data",
        "en": "Snapshot",
    },
    "target.map.den_eligible": {
        "id": "Sasaran",
        "en": "Eligible",
    },
    "target.map.den_recipients": {
        "id": "Penerima",
        "en": "Recipients",
    },
    "target.map.rule": {
        "id": "{programme}: desil {range}",
        "en": "{programme}: deciles {range}",
    },
    "target.map.snapshots": {
        "id": "DTSEN per {snapshots}",
        "en": "DTSEN as of {snapshots}",
    },
    "target.bar.subtitle": {
        "id": "% · DTSEN per {snapshots}",
        "en": "% · DTSEN as of {snapshots}",
    },
    "target.col.eligible": {
        "id": "Sasaran ({unit})",
        "en": "Eligible ({unit})",
    },
    "target.col.recipients": {
        "id": "Penerima ({unit})",
        "en": "Recipients ({unit})",
    },
    "target.col.coverage": {
        "id": "Cakupan (%)",
        "en": "Coverage (%)",
    },
    "target.col.gap": {
        "id": "Kesenjangan (sasaran − terjangkau)",
        "en": "Gap (eligible − reached)",
    },
    "target.col.exclusion": {
        "id": "Exclusion",
        "en": "Exclusion",
    },
    "target.col.exclusion_rate": {
        "id": "Exclusion (% sasaran)",
        "en": "Exclusion (% of eligible)",
    },
    "target.col.inclusion": {
        "id": "Inclusion",
        "en": "Inclusion",
    },
    "target.col.inclusion_rate": {
        "id": "Inclusion (% penerima)",
        "en": "Inclusion (% of recipients)",
    },
    "target.table.note": {
        "id": "Cakupan = penerima / sasaran × 100; kesenjangan = sasaran − penerima di desil "
        "sasaran (tanpa tabulasi silang: sasaran − seluruh penerima, tidak pernah "
        "negatif).",
        "en": "Coverage = recipients / eligible × 100; gap = eligible − recipients in eligible "
        "deciles (without a cross-tab: eligible − all recipients, never negative).",
    },
    "target.poverty.title": {
        "id": "Kemiskinan BPS terhadap target",
        "en": "BPS poverty against targets",
    },
    "target.poverty.intro": {
        "id": "Angka BPS (Maret; September hanya provinsi). Baris Kalimantan Timur adalah angka"
        " provinsi resmi (kode 64), bukan jumlah kabupaten/kota. Target dari dokumen yang"
        " berbeda-beda: dokumen setiap target disebut.",
        "en": "BPS figures (March; September for the province only). The Kalimantan Timur row "
        "is the official provincial figure (code 64), not a sum of regencies. Targets "
        "come from different documents: each names its document.",
    },
    "target.province": {
        "id": "Kalimantan Timur (provinsi)",
        "en": "Kalimantan Timur (province)",
    },
    "target.col.latest": {
        "id": "Nilai (tahun)",
        "en": "Value (year)",
    },
    "target.col.target": {
        "id": "Target",
        "en": "Target",
    },
    "target.col.distance": {
        "id": "Jarak ke target (nilai − target)",
        "en": "Distance to target (value − target)",
    },
    "target.distance.definition": {
        "id": "Jarak ke target = nilai − target (rentang: batas atasnya), dalam poin persen; "
        "positif = belum tercapai, ≤ 0 = tercapai.",
        "en": "Distance to target = value − target (range: its upper end), in percentage "
        "points; positive = not yet reached, ≤ 0 = reached.",
    },
    "target.rule": {
        "id": "{definition} Status: ≤ {a}: tercapai; > {a} s.d. ≤ {b}: perlu perhatian; "
        "> {b}: kritis. Target yang dipakai: milik wilayah itu, bila tidak ada milik "
        "provinsi, lalu nasional; tahun yang sama, bila tidak ada tahun target terdekat "
        "sesudahnya (dokumennya disebut).",
        "en": "{definition} Status: ≤ {a}: achieved; > {a} to ≤ {b}: needs attention; "
        "> {b}: critical. Target used: the region's own, else the province's, else the "
        "national one; that year's, else the nearest later year's (document named).",
    },
    "target.col.status": {
        "id": "Status",
        "en": "Status",
    },
    "target.col.indicator": {
        "id": "Indikator",
        "en": "Indicator",
    },
    "target.col.region_code": {
        "id": "Kode wilayah (00 = nasional)",
        "en": "Region code (00 = national)",
    },
    "target.col.document": {
        "id": "Dokumen",
        "en": "Document",
    },
    "target.col.usable": {
        "id": "Dipakai untuk status",
        "en": "Used for status",
    },
    "target.usable.yes": {
        "id": "ya",
        "en": "yes",
    },
    "target.usable.no": {
        "id": "tidak (diragukan/bukan resmi)",
        "en": "no (doubtful/not official)",
    },
    "target.none": {
        "id": "tidak ada target",
        "en": "no target",
    },
    "target.points": {
        "id": "poin",
        "en": "points",
    },
    "target.level.wilayah": {
        "id": "target wilayah",
        "en": "own target",
    },
    "target.level.provinsi": {
        "id": "target provinsi",
        "en": "province target",
    },
    "target.level.nasional": {
        "id": "target nasional",
        "en": "national target",
    },
    "target.status.tercapai": {
        "id": "tercapai",
        "en": "achieved",
    },
    "target.status.perlu_perhatian": {
        "id": "perlu perhatian",
        "en": "needs attention",
    },
    "target.status.kritis": {
        "id": "kritis",
        "en": "critical",
    },
    "target.status.none": {
        "id": "–",
        "en": "–",
    },
    "target.distance.title": {
        "id": "Jarak ke target kemiskinan (nilai − target, poin)",
        "en": "Distance to the poverty target (value − target, points)",
    },
    "target.distance.note": {
        "id": "Positif = belum tercapai (makin merah makin jauh); ≤ 0 = tercapai. Target "
        "dan dokumennya di tabel di atas.",
        "en": "Positive = not yet reached (redder is further); ≤ 0 = reached. Targets and "
        "their documents are in the table above.",
    },
    "target.all.title": {
        "id": "Semua target tersimpan ({n}), dengan dokumen dan sumbernya",
        "en": "All stored targets ({n}), with document and source",
    },
    "target.home.title": {
        "id": "Kemiskinan terhadap target",
        "en": "Poverty against target",
    },
    "target.trend.target": {
        "id": "Target ({document})",
        "en": "Target ({document})",
    },
    # A target's document is stored as its source named it, with remarks in Indonesian; shown
    # in English, each remark below ("id" as stored) is replaced (views.source_links).
    "target.doc.unknown": {
        "id": "dokumen tidak disebut sumber",
        "en": "document not named by the source",
    },
    "target.doc.unnamed": {"id": "dokumen tidak disebut", "en": "document not named"},
    "target.doc.presumed": {
        "id": "diduga; artikel tidak menyebut dokumen",
        "en": "presumed; the article does not name the document",
    },
    "target.doc.comparison": {
        "id": "bukan target (angka pembanding)",
        "en": "not a target (comparison figure)",
    },
    "target.doc.not_rpjmd": {"id": "bukan dokumen RPJMD", "en": "not an RPJMD document"},
    "target.doc.not_rpjmn": {"id": "bukan RPJMN final", "en": "not the final RPJMN"},
    "target.doc.statement": {"id": "Pernyataan ", "en": "Statement by "},
    "target.doc.draft": {"id": "Rancangan ", "en": "Draft "},
    "target.doc.amended": {"id": "(perubahan)", "en": "(amended)"},
    "target.doc.and": {"id": " dan ", "en": " and "},
    # DTSEN snapshot labels are stored in Indonesian ("23 Januari 2026 (DATA CONTOH)"); their
    # dates follow the language (welfare.formatting) and these remarks are replaced.
    "target.snapshot.example": {"id": "(DATA CONTOH)", "en": "(EXAMPLE DATA)"},
    "target.snapshot.per_source": {"id": "(menurut sumber)", "en": "(as the source says)"},
    "target.snapshot.none": {
        "id": "tanggal posisi tidak disebut sumber",
        "en": "snapshot date not stated by the source",
    },
    "target.trend.province": {
        "id": "Kalimantan Timur (angka provinsi BPS)",
        "en": "Kalimantan Timur (BPS provincial figure)",
    },
    "target.trend.note": {
        "id": "Garis putus hitam = angka provinsi resmi (kode 64); tanda × = target (rentang: "
        "garis vertikal), dengan dokumennya.",
        "en": "Black dashed line = official provincial figure (code 64); × = target (range: "
        "vertical bar), with its document.",
    },
    "target.measure.distance": {
        "id": "Jarak ke target kemiskinan (nilai − target, poin)",
        "en": "Distance to poverty target (value − target, points)",
    },
}
