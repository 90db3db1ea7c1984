"""Kecamatan in the store: the regency map keeps its ten rows, kecamatan get their own table."""

from __future__ import annotations

from sqlalchemy import Engine

from welfare import observations, read_models
from welfare.importing.names import RegionResolver
from welfare.importing.reference import load_reference
from welfare.seed import RegionDef


def test_regency_tables_still_have_ten_rows_with_kecamatan_data(ready_engine: Engine) -> None:
    assert len(observations.kecamatan_regions(ready_engine)) == 105
    assert len(observations.regions(ready_engine)) == 10
    rt = read_models.rate_table(ready_engine, "pmks_total", 2024)
    assert len(rt.data) == 10 and rt.n_regions == 10
    assert not rt.data["kode_bps"].str.contains(".", regex=False).any()
    years = observations.available_years(ready_engine, "pmks_total")
    assert years == observations.years_by_indicator(ready_engine)["pmks_total"] and 2024 in years


def test_kecamatan_rate_table_of_one_regency(ready_engine: Engine) -> None:
    kec = observations.kecamatan_regions(ready_engine, "6409")
    assert kec["nama"].tolist() == ["Penajam", "Waru", "Babulu", "Sepaku"]
    rt = read_models.rate_table(ready_engine, "pmks_total", 2024, kode_bps=kec["kode_bps"].tolist())
    assert len(rt.data) == 4 and rt.data["rate"].notna().all() and rt.has_example
    # The kecamatan example adds up to the regency value.
    regency = read_models.rate_table(ready_engine, "pmks_total", 2024).data.set_index("kode_bps")
    assert rt.data["value"].sum() == regency.loc["6409", "value"]


def test_resolver_reads_kecamatan_codes_and_names(ready_engine: Engine) -> None:
    with ready_engine.connect() as conn:
        _, resolver = load_reference(conn)
    assert resolver.resolve("64.09.04").kode_bps == "64.09.04"
    assert resolver.resolve("Sepaku").kode_bps == "64.09.04"
    assert resolver.resolve("Kota Bangun").kode_bps == "64.02.08"
    # "Penajam" is the usual short name of the regency; as a kecamatan it needs a hint.
    assert resolver.resolve("Penajam").kode_bps == "6409"
    assert resolver.resolve("Kec. Penajam").kode_bps == "64.09.01"
    assert resolver.resolve("Penajam", within="6409", kecamatan=True).kode_bps == "64.09.01"
    assert resolver.parent("64.02.13") == "6403"  # Kemendagri 64.02 = BPS 6403
    assert resolver.resolve("64.99.01").kind == "error"


def test_a_kecamatan_name_in_two_regencies_needs_its_regency() -> None:
    resolver = RegionResolver(
        [
            RegionDef("6401", "64.01", "Paser", "kabupaten"),
            RegionDef("6403", "64.02", "Kutai Kartanegara", "kabupaten"),
            RegionDef("64.01.09", "64.01.09", "Muara Samu", "kecamatan"),
            RegionDef("64.02.99", "64.02.99", "Muara Samu", "kecamatan"),
        ]
    )
    ambiguous = resolver.resolve("Muara Samu")
    assert ambiguous.kind == "error" and "lebih dari satu" in (ambiguous.reason or "")
    assert resolver.resolve("Muara Samu", within="6403", kecamatan=True).kode_bps == "64.02.99"
