"""The 'Tentang & sumber' page body: what the app shows and where each part comes from."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import data_access
from components.markup import escape_markdown
from geo import ikn
from geo.sources import SourceError, fetch, load_registry
from views.i18n import t
from welfare.exporting import neutralise_frame
from welfare.formatting import format_number

_TEXT = {
    "id": """
**Serambi** memetakan masalah kesejahteraan sosial (PMKS/PPKS, Permensos 8/2012) dan cakupan
program perlindungan sosial di 10 kabupaten/kota Kalimantan Timur, dengan sorotan pada wilayah
IKN Nusantara dan penyangganya. Aplikasi bekerja penuh tanpa internet.

**Jenis data**
- *Data terbit (bersumber)*: angka yang sudah dipublikasikan (BPS, rilis pemerintah daerah,
  media yang mengutip sumber resmi). Setiap angka menyimpan sumbernya.
- *Data impor Dinas Sosial*: tabel yang dimuat petugas di halaman **Kelola data**.
- *DATA CONTOH*: angka PMKS dan program per kabupaten/kota belum terbit secara terbuka.
  Sampai data Dinas Sosial diimpor, Serambi menampilkan angka buatan yang dapat diulang,
  **selalu** diberi label DATA CONTOH. Jangan dikutip sebagai data resmi.

**Kode wilayah.** Serambi menyimpan kode BPS (6401..6474) dan kode Kemendagri (64.01..64.74);
keduanya berbeda untuk Kutai Barat, Kutai Kartanegara, Kutai Timur dan Berau. Data selalu
digabung lewat kode, tidak pernah lewat nama.

**Peta.** Angka jumlah dipetakan sebagai rasio per 1.000 penduduk (penyebut dan tahunnya
disebut di legenda), cakupan program sebagai persen dari sasaran. Kelas: Fisher-Jenks, paling
banyak 5 kelas; warna ColorBrewer yang aman untuk buta warna.
""",
    "en": """
**Serambi** maps social-welfare problems (PMKS/PPKS, Permensos 8/2012) and social-protection
programme coverage across the 10 regencies/cities of East Kalimantan, highlighting the
Nusantara capital (IKN) area and its buffer zone. The app works fully offline.

**Data kinds**
- *Published data*: figures already published (BPS, local government releases, media quoting
  official sources). Every number keeps its source.
- *Imported Dinas Sosial data*: tables loaded by staff on the **Manage data** page.
- *EXAMPLE DATA*: PMKS and programme figures per regency are not openly published. Until
  Dinas Sosial data is imported, Serambi shows reproducible generated numbers, **always**
  labelled EXAMPLE DATA. Never quote them as official.

**Region codes.** Serambi keeps both the BPS codes (6401..6474) and the Kemendagri codes
(64.01..64.74); they differ for Kutai Barat, Kutai Kartanegara, Kutai Timur and Berau. Data is
always joined on codes, never on names.

**Map.** Counts are mapped as rates per 1,000 population (the denominator and its year are in
the legend), programme coverage as a percentage of those in need. Classes: Fisher-Jenks, at
most 5; colour-blind-safe ColorBrewer palettes.
""",
}


def render(lang: str) -> None:
    st.title(t("about.title", lang))
    st.markdown(_TEXT.get(lang, _TEXT["id"]))

    st.subheader("Batas wilayah & IKN" if lang == "id" else "Boundaries & IKN")
    registry = load_registry()
    st.dataframe(
        neutralise_frame(
            pd.DataFrame(
                [
                    {
                        "berkas": s.file,
                        "lisensi": s.licence,
                        "keterangan": s.description,
                        "URL (commit terkunci)": s.url,
                        "sha256": s.sha256[:16] + "…",
                    }
                    for s in registry.values()
                ]
            )
        ),
        hide_index=True,
    )
    st.markdown(
        "Batas kabupaten/kota, kecamatan dan provinsi: **cahyadsn/wilayah_boundaries**, "
        "MIT License, (c) 2024 Cahya DSN; geometri adalah subset titik batas RBI BIG. "
        "Poligon IKN dan KIPP: digitasi **tidak resmi** (najmakhonsa/ikn-vegetation-analysis). "
        "Luas resmi wilayah: BIG, Desember 2024 (cahyadsn/wilayah, MIT). "
        "Kode dan nama kecamatan (`data/kecamatan.csv`): **cahyadsn/wilayah** `db/wilayah.sql` "
        "pada commit b7ad440, MIT License, (c) 2017-2025 Cahya DSN, sesuai Kepmendagri "
        "No. 300.2.2-2138 Tahun 2025."
        if lang == "id"
        else "Regency, district and province boundaries: **cahyadsn/wilayah_boundaries**, MIT "
        "License, (c) 2024 Cahya DSN; geometry is a vertex subset of BIG's RBI boundaries. "
        "IKN and KIPP polygons: **unofficial** digitisation (najmakhonsa/ikn-vegetation-analysis)."
        " Official areas: BIG, December 2024 (cahyadsn/wilayah, MIT). District codes and names"
        " (`data/kecamatan.csv`): **cahyadsn/wilayah** `db/wilayah.sql` at commit b7ad440, MIT"
        " License, (c) 2017-2025 Cahya DSN, per Kepmendagri No. 300.2.2-2138 of 2025."
    )
    lat = format_number(abs(ikn.TITIK_NOL[0]), decimals=8, lang=lang)
    lon = format_number(ikn.TITIK_NOL[1], decimals=8, lang=lang)
    with st.expander(
        "Teks lisensi wilayah_boundaries (MIT)"
        if lang == "id"
        else "wilayah_boundaries licence text (MIT)"
    ):
        try:
            st.code(fetch("lisensi_wilayah_boundaries").read_text(encoding="utf-8"), language=None)
        except SourceError as exc:
            st.warning(escape_markdown(exc))  # names a path or URL
    st.markdown(
        f"- Titik Nol Nusantara: {lat}° LS, {lon}° BT "
        "(Direktur Sistem Referensi Geospasial BIG, dikutip hariankaltim.id, 3 Mei 2025).\n"
        "- Luas IKN: 256.142 ha (UU 3/2022); 252.660 ha (UU 21/2023). "
        "KIPP: 6.671 ha (diumumkan Februari 2022); poligon KIPP di peta adalah konsep awal "
        "2019/2020 (5.644 ha)."
    )
    bundle = data_access.geo_bundle()
    zones = bundle.regencies[["kode_bps", "kode_kemendagri", "nama", "luas_km2"]].copy()
    zones["zona"] = zones["kode_bps"].map(bundle.zones).map(lambda z: t(f"zone.{z}", lang))
    zones["jarak_km"] = zones["kode_bps"].map(bundle.distance_km).round(1)
    st.subheader("Kode wilayah & zona" if lang == "id" else "Region codes & zones")
    st.dataframe(
        neutralise_frame(
            zones.rename(
                columns={
                    "kode_bps": t("col.kode_bps", lang),
                    "kode_kemendagri": t("col.kode_kemendagri", lang),
                    "nama": t("col.region", lang),
                    "luas_km2": "Luas (km²)",
                    "zona": t("col.zone", lang),
                    "jarak_km": t("col.distance", lang),
                }
            )
        ),
        hide_index=True,
    )
