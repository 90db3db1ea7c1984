"""The rakor's rules of the register (welfare.register.sync), worked through with numbers."""

from __future__ import annotations

import pandas as pd
import pytest

from welfare.register import sync

CODES = ["6401", "6409", "6472"]


def activity(**values: object) -> dict[str, object]:
    base = {
        "id": 0,
        "uid": "u",
        "region_kode_bps": "6409",
        "kecamatan_kode": None,
        "year": 2024,
        "year_from": None,
        "programme": "rumah_kabkota",
        "programme_name": "Perbaikan RTLH",
        "level": "kabupaten_kota",
        "funding": "APBD kabupaten/kota",
        "agency": "Disperkimtan PPU",
        "target_group": "rtlh",
        "planned": None,
        "planned_unit": None,
        "realised": None,
        "realised_unit": None,
        "budget_rp": None,
        "status": "selesai",
        "source": "laporan",
        "dataset_kind": "official",
    }
    return {**base, **values}


def frame(*rows: dict[str, object]) -> pd.DataFrame:
    out = pd.DataFrame([{**r, "id": i + 1, "uid": f"u{i}"} for i, r in enumerate(rows)])
    out["year_from"] = out["year_from"].astype("float")
    return out


def obs(*rows: tuple[str, str, int, float, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "kode_bps": k,
                "indicator_id": i,
                "year": y,
                "value": v,
                "is_example": kind == "example",
                "dataset_kind": kind,
                "source": f"sumber {k} {y}",
            }
            for k, i, y, v, kind in rows
        ]
    )


def cell(cells: list[sync.Cell], kode: str, group: str) -> sync.Cell:
    return next(c for c in cells if c.kode_bps == kode and c.target_group == group)


def test_overlap_needs_two_levels_and_a_realised_total_above_the_counted_need():
    # PPU 2024: RTLH backlog 300 houses. Regency 120 + province 150 = 270 <= 300: no overlap.
    need = sync.needs(obs(("6409", "rtlh_backlog_dtks", 2024, 300.0, "official")), 2024, CODES)
    acts = frame(
        activity(realised=120.0, realised_unit="unit rumah"),
        activity(
            level="provinsi", funding="APBD provinsi", realised=150.0, realised_unit="unit rumah"
        ),
    )
    ppu = cell(sync.cells(acts, need, 2024, CODES), "6409", "rtlh")
    assert (ppu.state, ppu.levels, ppu.realised, ppu.need) == (
        sync.STATE_SEVERAL,
        ("provinsi", "kabupaten_kota"),
        270.0,
        300.0,
    )
    assert not ppu.overlap
    # The centre adds 40 houses: 310 > 300 -> "periksa tumpang tindih".
    more = pd.concat(
        [
            acts,
            frame(
                activity(level="pusat", funding="APBN", realised=40.0, realised_unit="unit rumah")
            ),
        ],
        ignore_index=True,
    )
    ppu = cell(sync.cells(more, need, 2024, CODES), "6409", "rtlh")
    assert ppu.realised == 310.0 and ppu.overlap


def test_one_level_above_need_is_not_an_overlap_and_other_units_are_not_added():
    need = sync.needs(obs(("6409", "rtlh_backlog_dtks", 2024, 100.0, "official")), 2024, CODES)
    acts = frame(
        activity(realised=150.0, realised_unit="unit rumah"),
        # a budget in another unit and a multi-year total never enter the one-year sum
        activity(level="lainnya", funding="lainnya", realised=900.0, realised_unit="paket"),
        activity(level="provinsi", year_from=2022, realised=500.0, realised_unit="unit rumah"),
    )
    ppu = cell(sync.cells(acts, need, 2024, CODES), "6409", "rtlh")
    assert ppu.realised == 150.0
    assert ppu.levels == ("provinsi", "kabupaten_kota", "lainnya")
    assert not ppu.overlap  # 150 > 100 but the other levels added nothing in the need's unit
    assert sync.is_overlap(("provinsi", "kabupaten_kota"), 101.0, 100.0)
    assert not sync.is_overlap(("kabupaten_kota",), 1000.0, 100.0)
    assert not sync.is_overlap(("pusat", "provinsi"), 1000.0, None)


def test_gap_is_counted_need_without_any_activity_and_province_wide_is_not_a_gap():
    need = sync.needs(
        obs(
            ("6401", "pmks_penyandang_disabilitas", 2024, 800.0, "example"),
            ("6409", "pmks_penyandang_disabilitas", 2024, 500.0, "example"),
            ("6472", "pmks_penyandang_disabilitas", 2024, 0.0, "example"),
        ),
        2024,
        CODES,
    )
    group = "pmks_penyandang_disabilitas"
    nothing = sync.cells(frame(activity(target_group="rtlh")), need, 2024, CODES)
    assert cell(nothing, "6401", group).state == sync.STATE_GAP
    assert cell(nothing, "6401", group).need_is_example
    assert cell(nothing, "6472", group).state == sync.STATE_NONE  # need 0 is not a gap
    province = frame(activity(region_kode_bps="64", level="provinsi", target_group=group))
    cells = sync.cells(province, need, 2024, CODES)
    assert cell(cells, "6401", group).state == sync.STATE_PROVINCE
    assert cell(cells, "6401", group).province_levels == ("provinsi",)
    own = frame(activity(region_kode_bps="6409", target_group=group))
    assert cell(sync.cells(own, need, 2024, CODES), "6401", group).state == sync.STATE_GAP
    assert cell(sync.cells(own, need, 2024, CODES), "6409", group).state == sync.STATE_ONE


def test_need_takes_the_nearest_earlier_year_with_every_part():
    # DTSEN deciles 1-4 are summed, and only a year that has all four counts.
    parts = [f"dtsen_desil{d}_kk" for d in (1, 2, 3, 4)]
    rows = [("6409", p, 2023, 100.0 * (i + 1), "official") for i, p in enumerate(parts)]
    rows += [("6409", parts[0], 2024, 999.0, "official")]  # 2024 is incomplete
    need = sync.needs(obs(*rows), 2024, CODES)
    ppu = need[(need["kode_bps"] == "6409") & (need["target_group"] == "keluarga_miskin_rentan")]
    assert ppu.iloc[0]["need"] == pytest.approx(1000.0)
    assert ppu.iloc[0]["need_year"] == 2023 and ppu.iloc[0]["need_unit"] == "KK"


def test_a_multi_year_total_acts_in_every_year_of_its_period():
    acts = frame(activity(year=2024, year_from=2022, realised=30.0, realised_unit="unit rumah"))
    assert len(sync.active_in(acts, 2022)) == len(sync.active_in(acts, 2024)) == 1
    assert sync.active_in(acts, 2021).empty and sync.active_in(acts, 2025).empty


def test_totals_by_level_leave_province_wide_quantities_out():
    acts = frame(
        activity(realised=49.0, realised_unit="unit rumah", budget_rp=2_375_000_000.0),
        activity(region_kode_bps="64", level="lainnya", realised=321.0, realised_unit="unit rumah"),
    )
    mine = sync.who_does_what(acts, "6409", 2024)
    assert list(mine["province_wide"]) == [False, True]
    totals = sync.totals_by(mine, "level")
    assert list(totals["level"]) == ["kabupaten_kota"]
    assert totals.iloc[0]["realised"] == 49.0 and totals.iloc[0]["budget_rp"] == 2_375_000_000.0
