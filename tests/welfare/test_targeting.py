"""DTSEN deciles, eligibility by decile, inclusion/exclusion, targets and their status."""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, select

from views.target_status import rule_text
from welfare import targeting, targets
from welfare.db import transaction
from welfare.importing import ImportOptions, import_bytes
from welfare.importing.names import load_regions_csv
from welfare.importing.templates import dtsen_template_xlsx
from welfare.models import DatasetSnapshot
from welfare.store import ensure_ready
from welfare.targets import StatusThresholds, target_status

REPO = Path(__file__).resolve().parents[2]
SHARED_TARGETS = REPO.parent / "shared" / "data" / "welfare" / "targets.csv"
PKH = targeting.rule_for("pkh")


def _tool():
    spec = importlib.util.spec_from_file_location(
        "build_target_seed", REPO / "tools" / "build_target_seed.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# -- eligibility arithmetic ----------------------------------------------------------------
def test_rules_come_from_configuration() -> None:
    rules = {r.key: r for r in targeting.load_rules()}
    assert (rules["pkh"].desil_min, rules["pkh"].desil_max, rules["pkh"].unit) == (1, 4, "KK")
    assert rules["bpnt"].deciles == (1, 2, 3, 4, 5)
    assert rules["pbi_jk"].unit == "jiwa" and rules["pbi_jk"].decile_id(3) == "dtsen_desil3_jiwa"
    assert all("79/HUK/2025" in r.legal_source for r in rules.values())


def test_eligibility_of_a_regency_with_known_numbers() -> None:
    deciles = {n: 1000.0 * (11 - n) for n in targeting.DECILES}  # 10.000, 9.000, ... 1.000
    by_decile = {1: 8000, 2: 6000, 3: 5000, 4: 3000, 5: 400, 6: 100, 7: 0, 8: 0, 9: 0, 10: 0}
    r = targeting.compute(PKH, deciles, by_decile)
    assert r.eligible == 10000 + 9000 + 8000 + 7000  # deciles 1-4
    assert r.reached == 22000 and r.inclusion == 500 and r.recipients == 22500
    assert r.exclusion == 34000 - 22000 and r.gap == 12000
    assert r.coverage == pytest.approx(22500 / 34000 * 100)
    assert r.exclusion_rate == pytest.approx(12000 / 34000 * 100)
    assert r.inclusion_rate == pytest.approx(500 / 22500 * 100)
    assert r.has_crosstab


def test_without_cross_tab_inclusion_is_unknown_and_gap_uses_all_recipients() -> None:
    deciles = {n: 100.0 for n in targeting.DECILES}
    r = targeting.compute(PKH, deciles, None, recipients_total=450)
    assert r.eligible == 400 and r.recipients == 450 and r.coverage == pytest.approx(112.5)
    assert r.reached is None and r.inclusion is None and r.exclusion is None
    assert r.gap == 0  # never negative
    partial = targeting.compute(PKH, deciles, {1: 50, 2: 50}, recipients_total=300)
    assert not partial.has_crosstab and partial.gap == 100
    # a missing eligible decile makes eligibility unknown, never zero
    missing = targeting.compute(PKH, {1: 10.0, 2: 10.0, 3: 10.0}, None, 5)
    assert missing.eligible is None and missing.coverage is None


# -- target status -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (4.0, "tercapai"),
        (4.3, "tercapai"),  # exactly at the target: achieved
        (4.31, "perlu_perhatian"),
        (5.3, "perlu_perhatian"),  # exactly 1 point above: still attention
        (5.31, "kritis"),
    ],
)
def test_status_at_each_threshold_edge(value: float, expected: str) -> None:
    assert target_status(value, 4.3, StatusThresholds(0.0, 1.0)) == expected


def test_status_thresholds_come_from_settings(tmp_path: Path) -> None:
    assert targets.load_status_thresholds() == StatusThresholds(0.0, 1.0)
    path = tmp_path / "s.toml"
    path.write_text("[target_status]\nachieved_max_points = 0.5\nattention_max_points = 2\n")
    th = targets.load_status_thresholds(path)
    assert target_status(4.8, 4.3, th) == "tercapai"
    assert target_status(6.3, 4.3, th) == "perlu_perhatian"
    assert target_status(None, 4.3, th) is None and target_status(5, None, th) is None
    text = rule_text(th, "id")
    assert "0,5" in text and "2" in text and "kritis" in text


def test_range_targets_count_from_the_end_to_reach() -> None:
    row = {"value": None, "lower": 2.3, "upper": 3.3}
    assert targets.bound(row, higher_is_worse=True) == 3.3
    assert targets.bound(row, higher_is_worse=False) == 2.3
    assert targets.target_text(row, lambda v: f"{v:g}") == "2.3–3.3"


# -- the target seed -----------------------------------------------------------------------
@pytest.mark.skipif(not SHARED_TARGETS.exists(), reason="targets.csv tidak tersedia")
def test_target_seed_is_what_the_tool_builds_and_keeps_every_target(tmp_path: Path) -> None:
    tool = _tool()
    assert tool.main(["--check"]) == 0
    with SHARED_TARGETS.open(encoding="utf-8") as f:
        shared = list(csv.DictReader(f))
    with (REPO / "data" / "seed" / "targets.csv").open(encoding="utf-8") as f:
        seed = list(csv.DictReader(f))
    # every source row is in the seed (range ends merged into one row), with its source
    originals = [i for r in seed for i in r["indikator_sumber"].split(";")]
    assert sorted(originals) == sorted(r["indikator"] for r in shared)
    assert all(r["sumber"] and r["dokumen"] for r in seed)
    assert {r["kode_bps"] for r in seed} <= {"00", "64", "6403", "6404", "6405", "6411"}
    by_key = {(r["kode_bps"], r["tahun"], r["indikator"], r["dokumen"]): r for r in seed}
    prov = by_key[
        (
            "64",
            "2029",
            "penduduk_miskin_persen",
            "RPJMD Kaltim 2025-2029 (diduga; artikel tidak menyebut dokumen)",
        )
    ]
    assert (prov["batas_bawah"], prov["batas_atas"], prov["nilai"]) == ("2.3", "3.3", "")
    # the conflict is kept: RPJMN 4,5 % and the Sekda's 6 % (flagged, not used)
    assert by_key[("00", "2029", "penduduk_miskin_persen", "RPJMN 2025-2029")]["nilai"] == "4.5"
    sekda = by_key[
        ("00", "2029", "penduduk_miskin_persen", "Pernyataan Sekda Kaltim (bukan RPJMN final)")
    ]
    assert sekda["dipakai"] == "tidak"
    kutim = [r for r in seed if r["kode_bps"] == "6404"]
    assert [r["dipakai"] for r in kutim] == ["tidak"]  # "SANGAT MERAGUKAN"
    # the RKP 2026 extreme-poverty range takes its lower end from the source's own note
    rkp = by_key[("00", "2026", "kemiskinan_ekstrem_persen", "RKP/APBN 2026")]
    assert (rkp["batas_bawah"], rkp["batas_atas"]) == ("0", "0.5")
    out = tmp_path / "t.csv"
    assert tool.main(["--out", str(out)]) == 0
    assert out.read_text("utf-8") == (REPO / "data" / "seed" / "targets.csv").read_text("utf-8")


def test_applicable_target_prefers_own_then_province_then_national(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    df = targets.current_targets(engine)
    own, level = targets.applicable_target(df, "penduduk_miskin_persen", "6411", 2024)
    assert level == "wilayah" and own["value"] == 9.83 and "Mahakam Ulu" in own["document"]
    prov, level = targets.applicable_target(df, "penduduk_miskin_persen", "6401", 2024)
    assert level == "provinsi" and prov["year"] == 2029 and prov["upper"] == 3.3
    # Kutai Timur's doubtful 0 % is kept but never used
    kutim, level = targets.applicable_target(df, "penduduk_miskin_persen", "6404", 2024)
    assert level == "provinsi"
    nat, level = targets.applicable_target(df, "penduduk_miskin_persen", "00", 2027)
    assert level == "wilayah" and nat["value"] == 4.5 and nat["document"] == "RPJMN 2025-2029"
    rows = {
        r.kode_bps: r
        for r in targets.status_table(engine, "penduduk_miskin_persen", ["6411", "64"])
    }
    mahulu = rows["6411"]
    # one sign convention: value - target for poverty, positive = not reached yet
    assert mahulu.status in targets.STATUSES and mahulu.distance == pytest.approx(
        mahulu.value - mahulu.target_bound
    )


def test_targets_import_replaces_the_same_document_only(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    text = (
        "kode_bps,tahun,indikator,nilai,batas_bawah,batas_atas,dokumen,sumber\n"
        "6403,2030,penduduk_miskin_persen,4.5,,,Rancangan RPJMD Kutai Kartanegara 2025-2029,"
        "Bappeda Kukar 2026\n"
        "6472,2029,penduduk_miskin_persen,,3,4,RPJMD Samarinda 2025-2029,Bappeda Samarinda\n"
    )
    result = targets.import_targets(engine, text.encode(), "t.csv", imported_by="uji")
    assert result.ok and result.rows == 2 and result.superseded == 1, result.message
    df = targets.current_targets(engine)
    kukar = df[
        (df.region_kode == "6403")
        & (df.year == 2030)
        & (df.indicator_id == "penduduk_miskin_persen")
    ]
    assert kukar["value"].tolist() == [4.5]
    bad = targets.import_targets(
        engine, b"kode_bps,tahun,indikator,nilai,dokumen,sumber\n6472,2029,x,1,,\n", "b.csv"
    )
    assert not bad.ok and "dokumen" in bad.message


def test_targets_of_unknown_indicators_or_regions_are_refused_whole(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    before = targets.current_targets(engine)
    text = (
        "kode_bps,tahun,indikator,nilai,dokumen,sumber\n"
        "6403,2029,penduduk_miskin_persen,4.5,RPJMD Kukar,Bappeda Kukar\n"  # fine on its own
        "6403,2029,kemiskinan_persen,4.5,RPJMD Kukar,Bappeda Kukar\n"  # not a catalogue id
        "6499,2029,penduduk_miskin_persen,4.5,RPJMD X,Bappeda X\n"  # not a Kaltim region
        "00,2029,penduduk_miskin_persen,7,RPJMN 2025-2029,Bappenas\n"  # national: allowed
    )
    result = targets.import_targets(engine, text.encode(), "t.csv", imported_by="uji")
    assert not result.ok
    assert result.message == (
        "Berkas target ditolak: indikator tidak dikenal 'kemiskinan_persen' (baris 3); "
        "kode wilayah tidak dikenal '6499' (baris 4)."
    )
    after = targets.current_targets(engine)
    assert len(after) == len(before)  # nothing written, not even the good rows


# -- DTSEN import ----------------------------------------------------------------------------
def _filled_template(snapshot: object | None) -> bytes:
    regions = load_regions_csv(str(REPO / "data" / "regions.csv"))
    wb = openpyxl.load_workbook(io.BytesIO(dtsen_template_xlsx(regions)))
    for ws in wb.worksheets[:2]:
        ws["B2"] = snapshot
        for r in range(5, 15):
            for c in range(3, ws.max_column + 1):
                ws.cell(r, c, 1000 + 10 * (c - 3))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_template_import_stores_the_snapshot_date(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    report = import_bytes(
        engine, _filled_template("23/01/2026"), "dtsen.xlsx", ImportOptions(confirm_warnings=True)
    )
    assert report.ok, report.to_json()
    assert report.snapshot_date == "2026-01-23" and report.snapshot_label == "23 Januari 2026"
    assert report.years == [2026] and report.values == 500
    with transaction(engine) as s:
        snap = s.scalars(select(DatasetSnapshot)).one()
        assert snap.dataset_id == report.dataset_id and snap.label == "23 Januari 2026"
    # Paser: decile n (KK) = 1000 + 10 (n - 1); recipients PKH decile n = 1000 + 10 (n - 1)
    tb = targeting.eligibility_table(engine, PKH, 2026)
    paser = tb.data.set_index("kode_bps").loc["6401"]
    assert paser["eligible"] == 1000 + 1010 + 1020 + 1030
    assert paser["reached"] == 4060 and paser["inclusion"] == sum(
        1000 + 10 * k for k in range(4, 10)
    )
    assert paser["snapshot"] == "23 Januari 2026" and not paser["is_example"]
    # a later year uses the latest snapshot on or before it; an earlier year has none
    assert targeting.eligibility_table(engine, PKH, 2027).data["eligible"].notna().all()
    assert targeting.eligibility_table(engine, PKH, 2025).n_with_data == 0


def test_an_older_snapshot_after_a_newer_one_needs_confirmation(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    newer = import_bytes(
        engine, _filled_template("30/04/2026"), "dtsen.xlsx", ImportOptions(confirm_warnings=True)
    )
    assert newer.ok, newer.to_json()
    older = _filled_template("23/01/2026")  # last quarter's export, sent again
    report = import_bytes(engine, older, "dtsen_lama.xlsx")
    assert not report.ok and report.status == "needs_confirmation"
    warned = [w for w in report.warnings if w.code == "older_snapshot"]
    assert len(warned) == 1
    assert warned[0].reason.startswith(
        "berkas ini berposisi 23 Januari 2026, lebih lama dari data DTSEN tahun 2026 yang "
        "tersimpan (posisi 30 April 2026)"
    )
    with transaction(engine) as s:  # nothing written
        assert s.scalars(select(DatasetSnapshot)).one().dataset_id == newer.dataset_id
    # a newer snapshot after that is not warned about
    newest = import_bytes(engine, _filled_template("31/07/2026"), "dtsen_baru.xlsx")
    assert not [w for w in newest.warnings if w.code == "older_snapshot"]


def test_a_dtsen_file_without_snapshot_date_is_refused(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    report = import_bytes(
        engine,
        _filled_template(None),
        "dtsen.xlsx",
        ImportOptions(confirm_warnings=True, year=2026),
    )
    assert not report.ok
    (issue,) = [i for i in report.errors if i.code == "snapshot_missing"]
    assert "tanggal posisi" in issue.reason and "DTSEN per 23 Januari 2026" in issue.reason
    # the same file with the date given at import time is accepted
    ok = import_bytes(
        engine,
        _filled_template(None),
        "dtsen.xlsx",
        ImportOptions(confirm_warnings=True, snapshot_date="2026-04-30"),
    )
    assert ok.ok and ok.snapshot_label == "30 April 2026" and ok.years == [2026]


def test_wide_layout_with_the_snapshot_in_the_title(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    rows = [
        "DTSEN per 23 Januari 2026 - jumlah keluarga per desil;;;",
        ";;;",
        "Kabupaten/Kota;Desil 1 (KK);Desil 2 (KK);Desil 3 (KK)",
        "Kab. Paser;1.234;2.000;3.000",
        "KUKAR;4.000;5.000;6.000",
    ]
    data = ("\r\n".join(rows) + "\r\n").encode("cp1252")
    report = import_bytes(engine, data, "dtsen.csv", ImportOptions(confirm_warnings=True))
    assert report.ok, report.to_json()
    assert report.snapshot_label == "23 Januari 2026" and report.years == [2026]
    assert report.indicators == ["dtsen_desil1_kk", "dtsen_desil2_kk", "dtsen_desil3_kk"]
    # two dates in one file are refused
    two = data.replace(b";;;\r\nKab", b"Posisi data: 30/04/2026;;;\r\nKab")
    refused = import_bytes(engine, two, "dtsen2.csv", ImportOptions(confirm_warnings=True))
    assert [i.code for i in refused.errors] == ["snapshot_unclear"]
    # headers without a unit take it from the table's title ("jumlah keluarga")...
    plain = data.replace(b" (KK)", b"")
    titled = import_bytes(engine, plain, "dtsen3.csv", ImportOptions(confirm_warnings=True))
    assert titled.ok and titled.indicators == report.indicators, titled.to_json()
    # ...and with no unit anywhere they are ambiguous between families and persons
    bare = plain.replace(b" - jumlah keluarga per desil", b"")
    amb = import_bytes(engine, bare, "dtsen4.csv", ImportOptions(confirm_warnings=True))
    assert not amb.ok and "ambiguous_indicator" in {i.code for i in amb.errors}
    assert "(KK)" in amb.errors[0].reason and "(jiwa)" in amb.errors[0].reason


def test_personal_data_guard_still_refuses_household_lists(engine: Engine) -> None:
    ensure_ready(engine, seed_example=False)
    data = (
        b"DTSEN per 23 Januari 2026\nNIK;Nama;Kabupaten/Kota;Desil\n"
        b"6472010101010001;Siti;Samarinda;1\n"
    )
    report = import_bytes(engine, data, "rumah_tangga.csv", ImportOptions())
    assert not report.ok and any("27" in i.reason for i in report.errors)


# -- example data ------------------------------------------------------------------------------
def test_example_deciles_sum_to_the_register_and_are_labelled(ready_engine: Engine) -> None:
    from welfare.example_data import PERSONS_PER_FAMILY, generate_targeting_example
    from welfare.seed import read_official_seed

    df = generate_targeting_example()
    assert df.equals(generate_targeting_example())  # reproducible
    kk = df[df.indicator_id.str.fullmatch(r"dtsen_desil\d+_kk")]
    totals = kk.groupby("kode_bps")["value"].sum()
    seed = read_official_seed()
    pop = (
        seed[(seed.indikator == "penduduk_jiwa") & (seed.kode_bps == "6472") & (seed.tahun >= 2015)]
        .sort_values("tahun")["nilai"]
        .iloc[-1]
    )
    assert totals["6472"] == round(pop / PERSONS_PER_FAMILY)
    # Mahakam Ulu (poorest) has a heavier lower half than Balikpapan (richest)
    shares = kk.assign(n=kk.indicator_id.str.extract(r"(\d+)")[0].astype(int))
    low = shares[shares.n <= 5].groupby("kode_bps")["value"].sum() / totals
    assert low["6411"] > 0.6 > 0.45 > low["6471"]
    tb = targeting.eligibility_table(ready_engine, PKH, 2026)
    assert tb.has_example and tb.snapshots == ["23 Januari 2026 (DATA CONTOH)"]
    assert (tb.data["inclusion_rate"] < 20).all() and (tb.data["coverage"] < 100).all()
