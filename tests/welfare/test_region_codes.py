"""Region codes in both systems, checked against the committed regions table."""

from __future__ import annotations

import pytest

from welfare.region_codes import kaltim
from welfare.seed import read_kecamatan, read_regions


def test_a_regency_by_its_bps_or_kemendagri_code():
    codes = kaltim()
    assert codes.regency("6403") == "6403"
    assert codes.regency("64.02") == "6403"  # Kutai Kartanegara in both systems
    assert codes.regency("6402") == "6402"  # BPS 6402 is Kutai Barat ...
    assert codes.regency("64.07") == "6402"  # ... whose Kemendagri code is 64.07
    assert codes.regency(" 6409 ") == "6409"


@pytest.mark.parametrize(
    "code", ["02", "6400", "64", "64.00", "6501", "65.01", "64.09.04", "640.2", "", "<b>"]
)
def test_codes_that_name_no_regency(code):
    assert kaltim().regency(code) is None


def test_every_row_of_the_regions_table_is_known_in_both_systems():
    codes = kaltim()
    regencies = [r for r in read_regions() if r.jenis in ("kabupaten", "kota")]
    assert len(regencies) == 10 and codes.regency_bps == tuple(
        sorted(r.kode_bps for r in regencies)
    )
    for r in regencies:
        assert codes.regency(r.kode_bps) == r.kode_bps
        assert codes.regency(r.kode_kemendagri) == r.kode_bps
    assert codes.regency("64") is None  # the province is not a regency


def test_split_keeps_order_drops_repeats_and_reports_unknown_codes_as_written():
    known, unknown = kaltim().regencies("6409, 64.02,6403,, 6501 ,02,6409")
    assert known == ("6409", "6403")
    assert unknown == ("6501", "02")
    assert kaltim().regencies("") == ((), ())


def test_kecamatan_by_their_kemendagri_code():
    codes = kaltim()
    table = read_kecamatan()
    assert len(codes.kecamatan_codes) == len(table) == 105
    assert codes.is_kecamatan("64.09.04")  # Sepaku
    assert codes.kecamatan_parent["64.09.04"] == "6409"
    assert codes.kecamatan_parent["64.02.13"] == "6403"  # Samboja: 64.02 is BPS 6403
    for code in ("64.09.99", "6409", "64.09", "6409004"):
        assert not codes.is_kecamatan(code), code
