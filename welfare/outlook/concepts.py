"""The population concepts of the outlook, and which indicator belongs to which.

Five ways of counting people are published around IKN, and they never make one line:

- ``bps_estimate``: BPS census or mid-year estimate (``penduduk_jiwa``), the denominator of
  every rate per 1.000 penduduk;
- ``bps_projection``: BPS projections (SP2020 based, ``penduduk_proyeksi_bps`` and the
  projected shares and growth rates);
- ``dukcapil``: administrative counts of the civil registry (``penduduk_jiwa_dukcapil``,
  arrivals and departures ...): who is registered, not who lives there;
- ``ikn_plan``: IKN's planned population per stage (``penduduk_ikn_rencana``, region
  :data:`IKN_AREA_CODE`, the stage in ``catatan``);
- ``ikn_census``: BPS's count of the IKN area (Pendataan Penduduk IKN 2025) and its shares;
  the IKN area cuts across Penajam Paser Utara and Kutai Kartanegara, so it is no regency.

Figures that are none of these (an OIKN guess of the IKN population, a kecamatan office's
count of newcomers) are ``other``. Each indicator id is one series; a concept only groups
series, so a chart can colour by concept without ever joining two ids into one line.

Standard library only: ``tools/build_outlook_seed.py`` imports this module.
"""

from __future__ import annotations

BPS_ESTIMATE = "bps_estimate"
BPS_PROJECTION = "bps_projection"
DUKCAPIL = "dukcapil"
IKN_PLAN = "ikn_plan"
IKN_CENSUS = "ikn_census"
OTHER = "other"
CONCEPTS = (BPS_ESTIMATE, BPS_PROJECTION, DUKCAPIL, IKN_PLAN, IKN_CENSUS, OTHER)

# The IKN area (wilayah delineasi) as the outlook files write it. Not a region of the store
# (see welfare.outlook.seed): it never appears among the ten kabupaten/kota.
IKN_AREA_CODE = "64.IKN"

# The one population line of each concept (the other ids of a concept are their own series:
# arrivals, shares, the plan's range ...).
POPULATION_LINES: dict[str, str] = {
    BPS_ESTIMATE: "penduduk_jiwa",
    BPS_PROJECTION: "penduduk_proyeksi_bps",
    DUKCAPIL: "penduduk_jiwa_dukcapil",
    IKN_PLAN: "penduduk_ikn_rencana",
    IKN_CENSUS: "penduduk_ikn_sensus",
}

_BY_ID: dict[str, str] = {
    "penduduk_jiwa": BPS_ESTIMATE,
    "penduduk_proyeksi_bps": BPS_PROJECTION,
    "laju_pertumbuhan_penduduk_proyeksi_persen": BPS_PROJECTION,
    "persen_penduduk_65plus_proyeksi_bps": BPS_PROJECTION,
    "rasio_ketergantungan_proyeksi_bps": BPS_PROJECTION,
    "penduduk_jiwa_dukcapil": DUKCAPIL,
    "penduduk_datang_dukcapil": DUKCAPIL,
    "penduduk_pindah_dukcapil": DUKCAPIL,
    "penduduk_datang_dukcapil_semester": DUKCAPIL,
    "penduduk_datang_dukcapil_triwulan1": DUKCAPIL,
    "penduduk_datang_menetap_dukcapil": DUKCAPIL,
    "pertambahan_penduduk_dukcapil_semester": DUKCAPIL,
    "pertambahan_penduduk_dukcapil_semester1": DUKCAPIL,
    "penduduk_wajib_ktp_dukcapil": DUKCAPIL,
    "penduduk_kukar_dalam_delineasi_ikn_dukcapil": DUKCAPIL,
    "penduduk_ikn_rencana": IKN_PLAN,
    "penduduk_ikn_rencana_bawah": IKN_PLAN,
    "penduduk_ikn_rencana_atas": IKN_PLAN,
    "penduduk_ikn_rencana_pemindahan_tahap1": IKN_PLAN,
    "asn_tni_polri_pindah_ikn_rencana": IKN_PLAN,
    "penduduk_ikn_sensus": IKN_CENSUS,
    "penduduk_ikn_sementara_agustus": IKN_CENSUS,
    "rumah_tangga_ikn_sensus": IKN_CENSUS,
    "desa_cakupan_ikn_sensus": IKN_CENSUS,
    "kecamatan_cakupan_ikn_sensus": IKN_CENSUS,
    "petugas_pendataan_ikn": IKN_CENSUS,
    "persen_lahir_di_luar_ikn_sensus": IKN_CENSUS,
    "persen_pindah_5_tahun_terakhir_ikn_sensus": IKN_CENSUS,
    "persen_migran_asal_kaltim_ikn_sensus": IKN_CENSUS,
    "persen_migran_asal_sulsel_ikn_sensus": IKN_CENSUS,
    "persen_migran_asal_jatim_ikn_sensus": IKN_CENSUS,
    "persen_pre_boomer_ikn_sensus": IKN_CENSUS,
    "persen_baby_boomer_ikn_sensus": IKN_CENSUS,
    "persen_gen_x_ikn_sensus": IKN_CENSUS,
    "persen_milenial_ikn_sensus": IKN_CENSUS,
    "persen_gen_z_ikn_sensus": IKN_CENSUS,
    "persen_post_gen_z_ikn_sensus": IKN_CENSUS,
    "rasio_jenis_kelamin_ikn_sensus": IKN_CENSUS,
    "rasio_ketergantungan_ikn_sensus": IKN_CENSUS,
    "penduduk_ikn_perkiraan_oikn": OTHER,
    "pendatang_menetap_sejak_2020": OTHER,
}

# Indicators whose figures live only in the outlook table (never observations of a regency):
# every id above except the two that the store's observations also hold.
OUTLOOK_ONLY_IDS: frozenset[str] = frozenset(_BY_ID) - {"penduduk_jiwa", "penduduk_jiwa_dukcapil"}


def concept_of(indicator_id: str) -> str:
    """The concept of an outlook indicator; ``KeyError`` (in Indonesian) for an unknown id, so a
    new indicator in the outlook files must be placed in a concept before it can be loaded."""
    try:
        return _BY_ID[indicator_id]
    except KeyError:
        raise KeyError(
            f"Indikator {indicator_id!r} belum punya konsep (welfare/outlook/concepts.py)"
        ) from None


def ids_of(concept: str) -> tuple[str, ...]:
    """Every indicator id of one concept, sorted."""
    return tuple(sorted(i for i, c in _BY_ID.items() if c == concept))


# Columns of the committed outlook seed files (data/seed/population_outlook.csv and
# kecamatan_outlook.csv), written by tools/build_outlook_seed.py.
SEED_COLUMNS = (
    "kode",
    "tahun",
    "indikator",
    "nilai",
    "satuan",
    "konsep",
    "tahap",
    "sekunder",
    "parsial",
    "dibulatkan",
    "sumber",
    "tingkat_sumber",
    "tanggal_rilis",
    "catatan",
)
EXCLUDED_COLUMNS = ("berkas", "kode", "tahun", "indikator", "nilai", "satuan", "sumber", "alasan")
YES = "ya"
