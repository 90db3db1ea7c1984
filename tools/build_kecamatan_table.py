"""Build ``data/kecamatan.csv`` (the 105 kecamatan of Kalimantan Timur) from a code list.

Usage (from the repository root)::

    git -C /path/to/wilayah.git show b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7:db/wilayah.sql \\
        > /tmp/wilayah.sql
    python tools/build_kecamatan_table.py /tmp/wilayah.sql            # rewrite the table
    python tools/build_kecamatan_table.py /tmp/wilayah.sql --check    # exit 1 if stale

Source and licence
------------------
``db/wilayah.sql`` of github.com/cahyadsn/wilayah, pinned at commit
b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7
(https://github.com/cahyadsn/wilayah/blob/b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7/db/wilayah.sql),
MIT License, (c) 2017-2025 Cahya DSN. The code list follows Kepmendagri No. 300.2.2-2138
Tahun 2025 (as the file's header says). Only its ``('64.xx.yy','Nama')`` rows are read.

The table is deliberately NOT derived from the boundary files (cahyadsn/wilayah_boundaries):
those are third-party geometry that the repository never commits, nor anything made from them.
The boundary layer is joined to this table on the Kemendagri code in ``geo.regions``.

Columns: ``kode_kemendagri`` ('64.02.13'), ``nama`` ('Samboja'), ``kode_kemendagri_kab``
('64.02') and ``kode_bps_kab`` ('6403'). The parent's BPS code comes from the crosswalk
``data/regions.csv`` (Kemendagri -> BPS), never from names: the two code systems differ for
Kutai Barat, Kutai Kartanegara, Kutai Timur and Berau.

Only the standard library is used and no network is needed.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
REGIONS = REPO_ROOT / "data" / "regions.csv"
OUT = REPO_ROOT / "data" / "kecamatan.csv"
PROVINCE = "64"
COLUMNS = ("kode_kemendagri", "nama", "kode_kemendagri_kab", "kode_bps_kab")
EXPECTED_COUNT = 105

# ('64.01.01','Batu Sopang'): a kecamatan row (three code parts), MySQL single-quoted name.
_ROW = re.compile(r"\(\s*'(64\.\d{2}\.\d{2})'\s*,\s*'((?:[^'\\]|\\.|'')*)'\s*\)")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)|''", lambda m: "'" if m.group(0) == "''" else m.group(1), text)


def read_regency_crosswalk(path: Path = REGIONS) -> dict[str, str]:
    """Kemendagri regency code -> BPS code, from ``data/regions.csv`` (province left out)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {
            r["kode_kemendagri"].strip(): r["kode_bps"].strip()
            for r in csv.DictReader(fh)
            if r["jenis"].strip() in ("kabupaten", "kota")
        }


def build_rows(sql_text: str, crosswalk: dict[str, str]) -> list[dict[str, str]]:
    """The kecamatan rows of province 64, sorted by code; raises ValueError on surprises."""
    rows: dict[str, dict[str, str]] = {}
    for m in _ROW.finditer(sql_text):
        kode, nama = m.group(1), " ".join(_unescape(m.group(2)).split())
        parent = kode.rsplit(".", 1)[0]
        if parent not in crosswalk:
            raise ValueError(f"{kode} {nama}: induk {parent} tidak ada di data/regions.csv")
        if kode in rows:
            raise ValueError(f"kode {kode} ganda di daftar kode wilayah")
        rows[kode] = {
            "kode_kemendagri": kode,
            "nama": nama,
            "kode_kemendagri_kab": parent,
            "kode_bps_kab": crosswalk[parent],
        }
    if len(rows) != EXPECTED_COUNT:
        raise ValueError(f"{len(rows)} kecamatan ditemukan, padahal diharapkan {EXPECTED_COUNT}")
    missing = set(crosswalk) - {r["kode_kemendagri_kab"] for r in rows.values()}
    if missing:
        raise ValueError(f"kabupaten/kota tanpa kecamatan: {sorted(missing)}")
    return [rows[k] for k in sorted(rows)]


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wilayah_sql", type=Path, help="db/wilayah.sql of cahyadsn/wilayah")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --out is stale")
    args = parser.parse_args(argv)
    text = render(
        build_rows(args.wilayah_sql.read_text(encoding="utf-8"), read_regency_crosswalk())
    )
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run tools/build_kecamatan_table.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} kecamatan)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
