"""The 'Tentang & sumber' page body: what the app shows and where each part comes from."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.state import data_access
from components.widgets.admin_section import admin_section
from geo.sources import SourceError, fetch, load_registry
from ground.markup import escape_markdown
from views import about_view
from views.i18n import t
from welfare.exporting import neutralise_frame

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

    st.subheader(t("about.boundaries", lang))
    st.markdown(t("about.boundaries.text", lang))
    st.markdown(about_view.ikn_facts(lang))
    _zones_table(lang)

    with admin_section(lang) as staff:
        if staff:
            _admin_details(lang)


def _zones_table(lang: str) -> None:
    """Codes, name, official area, zone and distance, written by :mod:`views.about_view`."""
    bundle = data_access.geo_bundle()
    zones = about_view.zones_table(bundle.regencies, bundle.zones, bundle.distance_km, lang)
    st.subheader(t("about.codes", lang))
    st.dataframe(neutralise_frame(zones), hide_index=True)


def _admin_details(lang: str) -> None:
    """The pinned files behind the map: file names, URLs at their commit, checksums, licence."""
    registry = load_registry()
    st.dataframe(
        neutralise_frame(
            pd.DataFrame(
                [
                    {
                        t("about.col.file", lang): s.file,
                        t("about.col.licence", lang): s.licence,
                        t("about.col.description", lang): s.description,
                        t("about.col.url", lang): s.url,
                        "sha256": s.sha256[:16] + "…",
                    }
                    for s in registry.values()
                ]
            )
        ),
        hide_index=True,
    )
    st.caption(t("about.admin.codes", lang))
    with st.expander(t("about.licence", lang)):
        try:
            st.code(fetch("lisensi_wilayah_boundaries").read_text(encoding="utf-8"), language=None)
        except SourceError as exc:
            st.warning(escape_markdown(exc))  # names a path or URL
