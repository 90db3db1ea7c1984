"""UI strings of the Antisipasi page (population outlook, projected need) and the Sinyal page
(what worsened since the last rakor), merged into views.i18n. Keys are prefixed ``outlook.``
and ``signal.``."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.antisipasi": {"id": "Antisipasi", "en": "Outlook"},
    "nav.sinyal": {"id": "Sinyal sejak rakor", "en": "Signals since the meeting"},
    # ---------------------------------------------------------------- the page
    "outlook.title": {
        "id": "Antisipasi: penduduk IKN dan kebutuhan yang dibawanya",
        "en": "Outlook: IKN's population pull and the need it brings",
    },
    "outlook.subtitle": {
        "id": "Berapa kebutuhan tambahan yang perlu disiapkan bila laju hari ini bertahan, dan "
        "dari mana angka penduduknya: BPS, Dukcapil, rencana IKN dan pendataan IKN adalah "
        "empat konsep, digambar sebagai garis terpisah.",
        "en": "How much more need to prepare for if today's rates hold, and where the population "
        "figures come from: BPS, Dukcapil, the IKN plan and the IKN census are four concepts, "
        "drawn as separate lines.",
    },
    "outlook.regions": {"id": "Kabupaten/kota", "en": "Regencies/cities"},
    "outlook.regions.help": {
        "id": "Kosong = Penajam Paser Utara dan Kutai Kartanegara (wilayah IKN melintasi "
        "keduanya).",
        "en": "Empty = Penajam Paser Utara and Kutai Kartanegara (the IKN area cuts across both).",
    },
    "outlook.measure": {"id": "Kebutuhan yang diproyeksikan", "en": "Need projected"},
    "outlook.year": {"id": "Tahun sasaran", "en": "Target year"},
    "outlook.method.title": {"id": "Cara menghitung", "en": "Method"},
    "outlook.growth.section": {
        "id": "Di mana kebutuhan tumbuh paling cepat",
        "en": "Where need grows fastest",
    },
    "outlook.growth.caption": {
        "id": "Peta: tambahan kebutuhan hingga {year} dalam % nilai hari ini. Batang: 2030 dan "
        "2035 berdampingan, urut dari pertumbuhan {year} tercepat.",
        "en": "Map: the increase in need to {year} in % of today's value. Bars: 2030 and 2035 "
        "side by side, fastest {year} growth first.",
    },
    "outlook.bar.title": {
        "id": "Tambahan kebutuhan: {measure}",
        "en": "Increase in need: {measure}",
    },
    "outlook.bar.axis": {"id": "% tambahan dari nilai hari ini", "en": "% increase over today"},
    "outlook.bar.alt": {
        "id": "Tambahan kebutuhan {measure} per kabupaten/kota hingga 2030 dan 2035: {values}",
        "en": "Increase in need for {measure} per regency to 2030 and 2035: {values}",
    },
    "outlook.table.title": {
        "id": "Semua kabupaten/kota: kebutuhan 2030 dan 2035",
        "en": "Every regency: need in 2030 and 2035",
    },
    "outlook.pop.section": {
        "id": "Penduduk: dari mana angkanya",
        "en": "Population: where the figures come from",
    },
    "outlook.pop.region": {"id": "Wilayah grafik", "en": "Region of the chart"},
    "outlook.pop.zone_option": {
        "id": "Zona IKN & penyangga dibanding sisa provinsi",
        "en": "IKN area & buffer zone against the rest",
    },
    "outlook.pop.province_option": {
        "id": "Kalimantan Timur (provinsi)",
        "en": "Kalimantan Timur (province)",
    },
    "outlook.pop.alt": {
        "id": "{title}. Garis: {lines}",
        "en": "{title}. Lines: {lines}",
    },
    "outlook.pop.growth": {
        "id": "Laju pertumbuhan (dua tahun dari garis yang sama)",
        "en": "Growth rates (two years of the same line)",
    },
    "outlook.pop.rule": {
        "id": "Laju per tahun = (akhir ÷ awal)^(1 ÷ jumlah tahun) − 1, selalu di antara dua "
        "angka dari garis yang sama; tidak pernah dari BPS ke Dukcapil atau ke rencana IKN.",
        "en": "Growth per year = (end ÷ start)^(1 ÷ years) − 1, always between two figures of "
        "the same line; never from BPS to Dukcapil or to the IKN plan.",
    },
    "outlook.kec.section": {"id": "Kecamatan sekitar IKN", "en": "Kecamatan around IKN"},
    "outlook.kec.caption": {
        "id": "Kecamatan di wilayah IKN dan zona penyangganya, hanya angka terbit (DATA CONTOH "
        "kecamatan ada di Peta). * = dibulatkan di sumber.",
        "en": "Kecamatan in the IKN area and its buffer zone, published figures only (example "
        "kecamatan figures are on the Map). * = rounded at the source.",
    },
    "outlook.kec.none": {
        "id": "Belum ada angka penduduk kecamatan sekitar IKN selain data contoh.",
        "en": "No population figure for the kecamatan around IKN yet besides example data.",
    },
    "outlook.signals.link": {"id": "{card}: lihat daftarnya", "en": "{card}: see the list"},
    # ---------------------------------------------------------------- measures
    "outlook.measure.dtsen_kk": {
        "id": "Keluarga desil {deciles} DTSEN (sasaran {programme})",
        "en": "Families in DTSEN deciles {deciles} ({programme} eligibility)",
    },
    "outlook.measure.dtsen_jiwa": {
        "id": "Penduduk desil {deciles} DTSEN (sasaran {programme})",
        "en": "People in DTSEN deciles {deciles} ({programme} eligibility)",
    },
    # ---------------------------------------------------------------- a region's card
    "outlook.need.title": {"id": "Antisipasi {year}: {measure}", "en": "Outlook {year}: {measure}"},
    "outlook.card.lead": {
        "id": "lebih banyak pada {year} dibanding {base}, bila laju {base} bertahan",
        "en": "more in {year} than in {base}, if the {base} rate holds",
    },
    "outlook.card.today": {
        "id": "Hari ini: {value} {unit} ({when})",
        "en": "Today: {value} {unit} ({when})",
    },
    "outlook.card.projected": {
        "id": "Kebutuhan {year}: {value} {unit}",
        "en": "Need {year}: {value} {unit}",
    },
    "outlook.card.population": {
        "id": "Penduduk {year}: {value} jiwa ({how})",
        "en": "Population {year}: {value} people ({how})",
    },
    "outlook.card.no_rate": {
        "id": "Belum ada data {measure} untuk {region}.",
        "en": "No {measure} data for {region} yet.",
    },
    "outlook.card.no_projection": {
        "id": "Tidak ada proyeksi BPS untuk {region}: kebutuhan {year} tidak dihitung.",
        "en": "No BPS projection for {region}: the {year} need is not computed.",
    },
    "outlook.pop.projection": {"id": "proyeksi BPS", "en": "BPS projection"},
    "outlook.pop.estimate": {"id": "angka BPS tahun itu", "en": "BPS figure of that year"},
    "outlook.pop.interpolated": {
        "id": "pertumbuhan tetap BPS {start} → proyeksi BPS {end}",
        "en": "constant growth, BPS {start} → BPS projection {end}",
    },
    "outlook.pop.rounded": {"id": ", angka BPS dibulatkan", "en": ", BPS figure rounded"},
    "outlook.band": {
        "id": "Rentang: {low}–{high} {unit} (laju {years})",
        "en": "Band: {low}–{high} {unit} (rates {years})",
    },
    "outlook.band.none": {
        "id": "Tanpa rentang: baru {n} tahun data sejenis (perlu {min})",
        "en": "No band: {n} year(s) of the same kind of data ({min} needed)",
    },
    "outlook.places": {
        "id": "Tempat {programme} agar cakupan tetap {percent} % ({year}): {places} ({more})",
        "en": "{programme} places to keep the {year} coverage of {percent} %: {places} ({more})",
    },
    "outlook.band.short_none": {
        "id": "tanpa rentang: {n} tahun data (perlu {min})",
        "en": "no band: {n} year(s) of data ({min} needed)",
    },
    "outlook.places.short": {
        "id": "{places} ({more}); cakupan {percent} %",
        "en": "{places} ({more}); coverage {percent} %",
    },
    "outlook.places.none": {
        "id": "Cakupan {programme} hari ini tidak diketahui: tempat tidak dihitung",
        "en": "Today's {programme} coverage is unknown: no places computed",
    },
    "outlook.base_year": {
        "id": "Tahun dasar (laju hari ini): {years}, tahun terbaru dengan data.",
        "en": "Base year (today's rate): {years}, the latest year with data.",
    },
    "outlook.base_year.none": {
        "id": "Belum ada tahun dasar: tidak ada data untuk ukuran ini.",
        "en": "No base year: no data for this measure.",
    },
    "outlook.no_projection": {
        "id": "Tanpa proyeksi BPS (kebutuhan tidak dihitung): {regions}.",
        "en": "No BPS projection (need not computed): {regions}.",
    },
    "outlook.status.tanpa_proyeksi": {"id": "tanpa proyeksi BPS", "en": "no BPS projection"},
    "outlook.status.tanpa_laju": {"id": "belum ada data", "en": "no data yet"},
    # ---------------------------------------------------------------- the method
    "outlook.method": {
        "id": "Laju hari ini = nilai tahun terbaru ÷ penduduk BPS tahun itu (atau tahun terdekat "
        "sebelumnya) × 1.000. Penduduk {year} = proyeksi BPS tahun itu; bila BPS hanya "
        "menerbitkan proyeksi yang lebih jauh (2035), pertumbuhan tetap per tahun antara angka "
        "BPS terakhir dan proyeksi itu, tidak pernah dari Dukcapil, rencana IKN atau pendataan "
        "IKN, dan tidak melewati proyeksi BPS terakhir. Kebutuhan {year} = laju hari ini × "
        "penduduk {year} ÷ 1.000: laju dianggap tetap, tanpa model lain. Rentang = hitungan "
        "yang sama dengan laju terendah dan tertinggi 3–5 tahun terakhir dari data sejenis; "
        "kurang dari {min} tahun, tanpa rentang.",
        "en": "Today's rate = the latest value ÷ the BPS population of that year (or the nearest "
        "earlier year) × 1,000. Population {year} = the BPS projection for that year; where BPS "
        "publishes only a later projection (2035), constant yearly growth between the last BPS "
        "figure and that projection, never from Dukcapil counts, the IKN plan or the IKN "
        "census, and never beyond the last BPS projection. Need {year} = today's rate × "
        "population {year} ÷ 1,000: the rate is held constant, no other model. Band = the same "
        "calculation with the lowest and the highest rate of the last 3–5 years of the same "
        "kind of data; with fewer than {min} years, no band.",
    },
    "outlook.method.places": {
        "id": " Tempat {programme} = cakupan hari ini (penerima ÷ kebutuhan) × kebutuhan {year}: "
        "yang perlu disediakan agar cakupan tidak turun.",
        "en": " {programme} places = today's coverage (recipients ÷ need) × need {year}: what "
        "must be provided for coverage not to fall.",
    },
    "outlook.method.short": {
        "id": "Kebutuhan {year} = laju per 1.000 penduduk hari ini × penduduk {year} menurut BPS "
        "÷ 1.000; rentang dari laju 3–5 tahun terakhir.",
        "en": "Need {year} = today's rate per 1,000 population × the BPS population of {year} "
        "÷ 1,000; band from the rates of the last 3–5 years.",
    },
    "outlook.anchor.bps": {"id": "BPS {year}", "en": "BPS {year}"},
    "outlook.anchor.projection": {"id": "proyeksi BPS {year}", "en": "BPS projection {year}"},
    "outlook.example.rate": {
        "id": "Contoh, {region}: laju {base} = {value} {unit} ÷ {pop} penduduk (BPS {pop_year}) "
        "× 1.000 = {rate} per 1.000 penduduk.",
        "en": "Worked example, {region}: rate {base} = {value} {unit} ÷ {pop} people (BPS "
        "{pop_year}) × 1,000 = {rate} per 1,000 population.",
    },
    "outlook.example.interpolated": {
        "id": "Penduduk {year} = {p0} ({a0}) × ({p1} ({a1}) ÷ {p0}) pangkat {power} (= ({span}) ÷ "
        "({whole})) = {population} jiwa.",
        "en": "Population {year} = {p0} ({a0}) × ({p1} ({a1}) ÷ {p0}) to the power {power} (= "
        "({span}) ÷ ({whole})) = {population} people.",
    },
    "outlook.example.population": {
        "id": "Penduduk {year} = {source}: {population} jiwa.",
        "en": "Population {year} = {source}: {population} people.",
    },
    "outlook.example.need": {
        "id": "Kebutuhan {year} = {value} × {population} ÷ {pop} = {need} {unit}, {increase} "
        "dibanding {base}.",
        "en": "Need {year} = {value} × {population} ÷ {pop} = {need} {unit}, {increase} against "
        "{base}.",
    },
    "outlook.example.band": {
        "id": "Rentang (laju {years}): {low}–{high} {unit}.",
        "en": "Band (rates {years}): {low}–{high} {unit}.",
    },
    "outlook.example.places": {
        "id": "Tempat {programme}: cakupan {base} {percent} % × {need} = {places}.",
        "en": "{programme} places: {base} coverage {percent} % × {need} = {places}.",
    },
    "outlook.example.example_data": {
        "id": "Angka ini DATA CONTOH, bukan data resmi.",
        "en": "These numbers are EXAMPLE DATA, not official figures.",
    },
    # ---------------------------------------------------------------- tables
    "outlook.col.region": {"id": "Wilayah", "en": "Region"},
    "outlook.col.today": {"id": "Hari ini", "en": "Today"},
    "outlook.col.need": {"id": "Kebutuhan {year}", "en": "Need {year}"},
    "outlook.col.increase": {"id": "Tambahan", "en": "Increase"},
    "outlook.col.band": {"id": "Rentang", "en": "Band"},
    "outlook.col.places": {"id": "Tempat program", "en": "Programme places"},
    "outlook.col.base": {"id": "Hari ini (tahun)", "en": "Today (year)"},
    "outlook.col.growth": {"id": "Tambahan hingga {year}", "en": "Increase to {year}"},
    "outlook.col.kind": {"id": "Jenis data", "en": "Data kind"},
    "outlook.col.line": {"id": "Garis", "en": "Line"},
    "outlook.col.period": {"id": "Periode", "en": "Period"},
    "outlook.col.values": {"id": "Nilai", "en": "Values"},
    "outlook.col.per_year": {"id": "Laju per tahun", "en": "Growth per year"},
    "outlook.col.flags": {"id": "Keterangan", "en": "Remarks"},
    "outlook.col.kecamatan": {"id": "Kecamatan", "en": "Kecamatan (district)"},
    "outlook.col.sources": {"id": "Sumber", "en": "Sources"},
    "outlook.export.rate": {"id": "Laju per 1.000 penduduk", "en": "Rate per 1,000 population"},
    "outlook.export.population": {"id": "Penduduk tahun sasaran", "en": "Population, target year"},
    "outlook.export.need": {"id": "Kebutuhan tahun sasaran", "en": "Need, target year"},
    "outlook.export.increase_percent": {"id": "Tambahan (%)", "en": "Increase (%)"},
    "outlook.export.band_low": {"id": "Rentang bawah", "en": "Band, low"},
    "outlook.export.band_high": {"id": "Rentang atas", "en": "Band, high"},
    # ---------------------------------------------------------------- the map
    "outlook.map.title": {
        "id": "Tumbuh tercepat hingga {year}: {measure}",
        "en": "Fastest growth to {year}: {measure}",
    },
    "outlook.map.unit": {"id": "% tambahan kebutuhan hingga {year}", "en": "% more need by {year}"},
    "outlook.map.raw": {"id": "Tambahan", "en": "Increase"},
    "outlook.map.today": {"id": "Hari ini", "en": "Today"},
    "outlook.map.note": {
        "id": "Kebutuhan {year} bila laju {base} bertahan, dalam % nilai {base}; tambahan dalam "
        "{unit}.",
        "en": "Need in {year} if the {base} rate holds, in % of the {base} value; increase in "
        "{unit}.",
    },
    # ---------------------------------------------------------------- population lines
    "outlook.concept.bps_estimate": {"id": "BPS: sensus/estimasi", "en": "BPS census/estimate"},
    "outlook.concept.bps_projection": {
        "id": "BPS: proyeksi (SP2020)",
        "en": "BPS projection (SP2020)",
    },
    "outlook.concept.dukcapil": {
        "id": "Dukcapil: penduduk terdaftar",
        "en": "Dukcapil: registered residents",
    },
    "outlook.concept.ikn_plan": {
        "id": "Rencana IKN per tahap (wilayah IKN)",
        "en": "IKN plan by stage (IKN area)",
    },
    "outlook.concept.ikn_census": {
        "id": "Pendataan Penduduk IKN (BPS)",
        "en": "IKN population count (BPS)",
    },
    "outlook.concept.other": {"id": "Angka lain", "en": "Other figures"},
    "outlook.people": {"id": "jiwa", "en": "people"},
    "outlook.people.axis": {"id": "Penduduk (jiwa)", "en": "Population (people)"},
    "outlook.flag.secondary": {"id": "sumber sekunder", "en": "secondary source"},
    "outlook.flag.rounded": {"id": "dibulatkan", "en": "rounded"},
    "outlook.per_year": {"id": "{rate} % per tahun", "en": "{rate} % per year"},
    "outlook.pop.title": {
        "id": "Penduduk {region}: tiap konsep garisnya sendiri",
        "en": "Population of {region}: each concept its own line",
    },
    "outlook.pop.zone_title": {
        "id": "Zona IKN & penyangga dan sisa provinsi: tiap konsep garisnya sendiri",
        "en": "IKN area & buffer zone and the rest: each concept its own line",
    },
    "outlook.note.secondary": {
        "id": "{line}: angka {years} dari sumber sekunder ({sources}).",
        "en": "{line}: the {years} figures come from a secondary source ({sources}).",
    },
    "outlook.note.rounded": {
        "id": "{line}: angka {years} dibulatkan di sumbernya.",
        "en": "{line}: the {years} figures are rounded at their source.",
    },
    "outlook.note.partial": {
        "id": "{line}: angka {years} hanya sebagian tahun, tidak digambar.",
        "en": "{line}: the {years} figures cover part of a year and are not drawn.",
    },
    "outlook.note.no_projection": {
        "id": "Tidak ada proyeksi BPS untuk {region} di sumber yang terbaca: tidak ada garis "
        "proyeksi.",
        "en": "No BPS projection for {region} in the sources read: no projection line.",
    },
    "outlook.note.ikn_area": {
        "id": "Rencana dan pendataan IKN adalah angka wilayah IKN (melintasi Penajam Paser Utara "
        "dan Kutai Kartanegara): digambar terpisah, tidak dijumlahkan ke kabupaten mana pun.",
        "en": "The IKN plan and census count the IKN area (across Penajam Paser Utara and Kutai "
        "Kartanegara): drawn apart, never added to any regency.",
    },
    "outlook.note.incomplete": {
        "id": "{line}: tahun {years} tidak digambar, karena tidak semua kabupaten/kota "
        "kelompok ini punya angka.",
        "en": "{line}: {years} not drawn, as not every regency of the group has a figure.",
    },
    "brief.outlook.measure_fallback": {
        "id": "Indikator {indicator} tidak dapat diproyeksikan; ditampilkan {measure}.",
        "en": "Indicator {indicator} cannot be projected; showing {measure}.",
    },
    # ---------------------------------------------------------------- signals
    "signal.title": {
        "id": "Sinyal sejak rakor {date}",
        "en": "Signals since the meeting of {date}",
    },
    "signal.title.no_rakor": {
        "id": "Sinyal: belum ada tanggal rakor",
        "en": "Signals: no meeting date yet",
    },
    "signal.card": {
        "id": "{n} sinyal sejak rakor {date}",
        "en": "{n} signals since the meeting of {date}",
    },
    "signal.card.no_rakor": {
        "id": "{n} sinyal dibanding tahun sebelumnya",
        "en": "{n} signals against the previous year",
    },
    "signal.card.example": {"id": "({n} {badge})", "en": "({n} {badge})"},
    "signal.from.none": {
        "id": "Belum ada rakor di daftar rapat dan tidak ada `[sinyal] last_rakor` di pengaturan: "
        "tiap nilai dibanding tahun sebelumnya.",
        "en": "No meeting in the register and no `[sinyal] last_rakor` in the settings: each "
        "value is compared with its previous year.",
    },
    "signal.from.register": {
        "id": "Rakor terakhir menurut daftar rapat: {name}, {place}.",
        "en": "Last meeting in the register: {name}, {place}.",
    },
    "signal.from.settings": {
        "id": "Tanggal rakor terakhir dari pengaturan (`data/settings.toml`, `[sinyal] "
        "last_rakor`): belum ada rakor nyata di daftar rapat.",
        "en": "Date of the last meeting from the settings (`data/settings.toml`, `[sinyal] "
        "last_rakor`): no real meeting in the register yet.",
    },
    "signal.rule": {
        "id": "Sinyal = nilai terbaru lebih buruk dari nilai saat rakor terakhir (atau, bila "
        "belum ada saat itu, dari tahun sebelumnya) lebih dari {relative} % dan lebih dari ambang "
        "mutlak ({per_1000} per 1.000 penduduk; {points} poin persen; {index} untuk indeks; "
        "{count} untuk jumlah), dari data sejenis dengan penyebut dan definisi yang sama, dan "
        "belum pernah ditampilkan untuk dua angka yang sama. Perubahan yang tidak sebanding "
        "adalah catatan, bukan sinyal.",
        "en": "A signal = the latest value is worse than the value at the last meeting (or, "
        "where there was none then, the previous year) by more than {relative} % and by more "
        "than a floor ({per_1000} per 1,000 population; {points} percentage points; {index} for "
        "indices; {count} for counts), both from the same kind of data with the same "
        "denominator and definition, and not shown before for the same two numbers. A change "
        "that is not comparable is a note, not a signal.",
    },
    "signal.counts": {
        "id": "{n} sinyal: {real} dari data terbit atau impor, {example} {badge} · {notes} "
        "catatan (tidak sebanding) · {shown} sudah ditampilkan",
        "en": "{n} signals: {real} from published or imported data, {example} {badge} · {notes} "
        "notes (not comparable) · {shown} already shown",
    },
    "signal.skipped": {
        "id": "Tidak dibandingkan: {single} pasangan dengan satu tahun saja, {missing} dengan "
        "tahun sebelumnya hilang.",
        "en": "Not compared: {single} pairs with a single year, {missing} with the previous "
        "year missing.",
    },
    "signal.real": {"id": "Dari data terbit atau impor", "en": "From published or imported data"},
    "signal.real.none": {
        "id": "Tidak ada sinyal dari data terbit atau impor.",
        "en": "No signal from published or imported data.",
    },
    "signal.example": {
        "id": "Dari DATA CONTOH (hanya dibanding DATA CONTOH; bukan data resmi)",
        "en": "From EXAMPLE DATA (only compared with example data; not official figures)",
    },
    "signal.notes": {
        "id": "Catatan: memburuk, tetapi tidak sebanding",
        "en": "Notes: worse, but not comparable",
    },
    "signal.notes.caption": {
        "id": "Bukan sinyal: kedua angka berbeda sumber, penyebut, satuan atau periode.",
        "en": "Not signals: the two numbers differ in source, denominator, unit or period.",
    },
    "signal.shown": {"id": "Sudah ditampilkan sebelumnya ({n})", "en": "Shown before ({n})"},
    "signal.more": {
        "id": "+{n} lainnya di halaman Sinyal (tanpa mode presentasi)",
        "en": "+{n} more on the Signals page (outside presenter mode)",
    },
    "signal.worse_from_zero": {"id": "memburuk dari 0", "en": "worse, from 0"},
    "signal.worse_by": {"id": "memburuk {percent} %", "en": "worse by {percent} %"},
    "signal.basis.rakor": {
        "id": "dibanding nilai saat rakor",
        "en": "against the value at the meeting",
    },
    "signal.basis.previous": {
        "id": "dibanding tahun sebelumnya (belum ada saat rakor)",
        "en": "against the previous year (not there at the meeting)",
    },
    "signal.reason.contoh_dan_nyata": {
        "id": "satu DATA CONTOH, satu data nyata",
        "en": "one is EXAMPLE DATA, the other real",
    },
    "signal.reason.jenis_sumber_berbeda": {
        "id": "jenis sumber berbeda (terbit vs impor)",
        "en": "different kinds of source (published vs imported)",
    },
    "signal.reason.penyebut_berbeda": {
        "id": "penyebut berbeda jenis",
        "en": "denominators of different kinds",
    },
    "signal.reason.satuan_sumber_berbeda": {
        "id": "satuan di sumber berbeda",
        "en": "the sources wrote different units",
    },
    "signal.reason.periode_berbeda": {
        "id": "periode survei berbeda",
        "en": "different survey rounds",
    },
    "signal.reason.revisi_tahun_sama": {
        "id": "revisi angka tahun yang sama",
        "en": "a revision of the same year",
    },
    "signal.shown_on": {"id": "ditampilkan {date}", "en": "shown on {date}"},
    "signal.staff.login": {
        "id": "Petugas: tandai sinyal yang sudah dibahas di rakor (perlu masuk)",
        "en": "Staff: mark the signals discussed at the meeting (login needed)",
    },
    "signal.staff.title": {
        "id": "Tandai sinyal yang sudah dibahas",
        "en": "Mark the signals that were discussed",
    },
    "signal.staff.caption": {
        "id": 'Sinyal yang ditandai pindah ke "Sudah ditampilkan" dan tidak muncul lagi selama '
        "kedua angkanya sama; bila angka terbaru berubah lagi, ia menjadi sinyal baru. Nama "
        "Anda dan waktunya dicatat.",
        "en": 'Marked signals move to "Shown before" and do not come back while both numbers '
        "stay the same; when the latest value changes again, it is a new signal. Your name "
        "and the time are recorded.",
    },
    "signal.staff.choose": {"id": "Sinyal yang dibahas", "en": "Signals discussed"},
    "signal.staff.context": {"id": "Dibahas di", "en": "Discussed at"},
    "signal.staff.context.default": {"id": "Rakor {date}", "en": "Meeting of {date}"},
    "signal.staff.mark": {"id": "Tandai sudah dibahas", "en": "Mark as discussed"},
    "signal.staff.none": {
        "id": "Belum ada sinyal baru untuk ditandai.",
        "en": "No new signal to mark.",
    },
    "signal.staff.nothing_chosen": {
        "id": "Pilih minimal satu sinyal yang sudah dibahas.",
        "en": "Choose at least one signal that was discussed.",
    },
    "signal.staff.context_missing": {
        "id": 'Isi "Dibahas di" (misalnya nama dan tanggal rakor).',
        "en": 'Fill in "Discussed at" (e.g. the meeting\'s name and date).',
    },
    "signal.staff.context_long": {
        "id": '"Dibahas di" terlalu panjang: {n} karakter, paling banyak {max}.',
        "en": '"Discussed at" is too long: {n} characters, at most {max}.',
    },
    "signal.staff.marked": {
        "id": "{n} sinyal ditandai sudah dibahas ({context}, oleh {user}).",
        "en": "{n} signals marked as discussed ({context}, by {user}).",
    },
    "signal.staff.undo_title": {
        "id": "Batalkan tanda (salah tandai)",
        "en": "Undo a mark (marked by mistake)",
    },
    "signal.staff.undo_choose": {
        "id": "Sinyal yang dikembalikan menjadi sinyal baru",
        "en": "Signals to turn into new signals again",
    },
    "signal.staff.undo_nothing": {
        "id": "Pilih minimal satu sinyal yang dikembalikan.",
        "en": "Choose at least one signal to make new again.",
    },
    "signal.staff.undo": {"id": "Kembalikan sebagai sinyal baru", "en": "Make new signals again"},
    "signal.staff.undone": {
        "id": "{n} sinyal dikembalikan menjadi sinyal baru.",
        "en": "{n} signals are new signals again.",
    },
    "signal.col.where": {"id": "Wilayah · indikator", "en": "Region · indicator"},
    "signal.col.before": {"id": "Sebelum", "en": "Before"},
    "signal.col.after": {"id": "Terbaru", "en": "Latest"},
    "signal.col.change": {"id": "Perubahan", "en": "Change"},
    "signal.col.reason": {"id": "Mengapa catatan", "en": "Why a note"},
    "signal.col.sources": {"id": "Sumber (sebelum → terbaru)", "en": "Sources (before → latest)"},
    "signal.col.region": {"id": "Wilayah", "en": "Region"},
    "signal.col.indicator": {"id": "Indikator", "en": "Indicator"},
    "signal.col.kind": {"id": "Jenis data", "en": "Data kind"},
    "signal.to_map": {"id": "Lihat di peta", "en": "Show on the map"},
    "signal.col.map": {"id": "Peta", "en": "Map"},
    "signal.col.span": {"id": "Sebelum → terbaru", "en": "Before → latest"},
    "signal.both": {"id": "keduanya: {source}", "en": "both: {source}"},
    "signal.col.outcome": {"id": "Hasil", "en": "Outcome"},
    "signal.kind.signal": {"id": "sinyal", "en": "signal"},
    "signal.kind.note": {"id": "catatan (tidak sebanding)", "en": "note (not comparable)"},
    "signal.rule.title": {"id": "Aturan", "en": "Rule"},
}
