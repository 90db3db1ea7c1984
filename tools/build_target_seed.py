"""Build ``data/seed/targets.csv`` from the shared table of published targets ``targets.csv``.

Usage (from the repository root)::

    python tools/build_target_seed.py            # reads ../shared/data/welfare/targets.csv
    python tools/build_target_seed.py --check    # exit 1 if the committed seed is stale

Targets come from documents that disagree (RPJMN 2025-2029 against the annual RKP/APBN, the
province's RPJMD against what an official said), so the seed keeps EVERY row with its source
and names the document it comes from; nothing is averaged or dropped. What the tool does:

1. Region code: '64.03' (BPS numbering, with a dot) -> '6403'; '64' stays; '00' = national.
   The name must match ``kode_wilayah.csv`` for the BPS code (a guard against Kemendagri
   numbering, never a join on names).
2. Indicator: ``target_<indicator>`` names the measured indicator (``target_penduduk_miskin_
   persen`` -> ``penduduk_miskin_persen``); ``_bawah`` / ``_atas`` are the lower and upper
   end of a range. Both ends from the same article (same URL, region, year, indicator) become
   one row with ``batas_bawah`` and ``batas_atas``; a single end keeps the other empty, except
   where the source's own note states it ("batas bawah 0%").
3. Document: read from the audit's ``catatan`` with the explicit rules in
   :data:`DOCUMENT_RULES` (first match wins); otherwise "dokumen tidak disebut sumber".
4. ``dipakai``: ``tidak`` where the note itself says not to use the claim ("Jangan dipakai",
   "SANGAT MERAGUKAN"); such rows are kept and shown but never decide a status.
5. Rows that are not targets (``kode 00`` reference facts such as the national extreme
   poverty of 2024 or the DTSEN register size) are kept with ``jenis = referensi``.

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared" / "data" / "welfare"
DEFAULT_TARGETS = SHARED / "targets.csv"
DEFAULT_KODE_WILAYAH = SHARED / "kode_wilayah.csv"
OUT = REPO_ROOT / "data" / "seed" / "targets.csv"

NATIONAL = "00"
COLUMNS = [
    "kode_bps",
    "wilayah",
    "tahun",
    "indikator",
    "jenis",
    "nilai",
    "batas_bawah",
    "batas_atas",
    "satuan",
    "dokumen",
    "dipakai",
    "sumber",
    "catatan",
    "indikator_sumber",
]
KIND_TARGET, KIND_REFERENCE = "target", "referensi"
UNKNOWN_DOCUMENT = "dokumen tidak disebut sumber"
REFERENCE_DOCUMENT = "bukan target (angka pembanding)"

# (pattern in catatan, document). Ordered: the first match names the document.
DOCUMENT_RULES: tuple[tuple[str, str], ...] = (
    (r"Klaim Sekda Kaltim", "Pernyataan Sekda Kaltim (bukan RPJMN final)"),
    (r"Target RPJMN 2025-2029|^RPJMN 2025-2029", "RPJMN 2025-2029"),
    (r"RKP/RAPBN 2026|RKP/APBN 2026", "RKP/APBN 2026"),
    (r"RKP/APBN 2025|Target APBN 2025", "RKP/APBN 2025"),
    (r"Inpres 4/2022 & RPJMN 2020-2024", "RPJMN 2020-2024 dan Inpres 4/2022"),
    (r"RPJMD Kaltim 2025-2029", "RPJMD Kaltim 2025-2029 (diduga; artikel tidak menyebut dokumen)"),
    (r"Target Pemprov \(Pj Gubernur\)", "Target Pemprov Kaltim (Pj Gubernur)"),
    (r"Target RPJMD 2019-2023", "RPJMD Kaltim 2019-2023 (perubahan) / RKPD 2022"),
    (r"RPJMD Mahulu 2021-2026", "RPJMD Mahakam Ulu 2021-2026"),
    (
        r"Rancangan RPJMD Kukar 2025-2029|RPJMD yang sama \(rancangan\)",
        "Rancangan RPJMD Kutai Kartanegara 2025-2029",
    ),
    (r"Bukan dokumen RPJMD", "Pernyataan Bupati Kutai Kartanegara (bukan dokumen RPJMD)"),
    (r"LP2KD 2021-2024", "LP2KD Berau 2021-2024"),
    (r"Target Pemkab 2025", "Target Pemkab Berau 2025 (dokumen tidak disebut)"),
)
DO_NOT_USE = re.compile(r"Jangan dipakai|SANGAT MERAGUKAN", re.I)
RE_URL = re.compile(r"https?://\S+")
RE_LOWER_IN_NOTE = re.compile(r"batas bawah\s+(\d+(?:[.,]\d+)?)\s*%", re.I)
RE_UPPER_IN_NOTE = re.compile(r"batas atas\s+(\d+(?:[.,]\d+)?)\s*%", re.I)


@dataclass
class Row:
    """One output row (a target, a range, or a reference fact)."""

    kode: str
    wilayah: str
    tahun: str
    indikator: str
    jenis: str
    satuan: str
    sumber: list[str] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)
    originals: list[str] = field(default_factory=list)
    nilai: str = ""
    bawah: str = ""
    atas: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.catatan)


def bps_code(kode: str) -> str:
    """'64.03' -> '6403'; '64' and '00' unchanged."""
    kode = kode.strip()
    if not re.fullmatch(r"\d{2}(\.\d{2})?", kode):
        raise ValueError(f"kode tidak dikenal: {kode!r}")
    return kode.replace(".", "")


def split_indicator(raw: str) -> tuple[str, str, str]:
    """'target_penduduk_miskin_persen_atas' -> ('penduduk_miskin_persen', 'target', 'atas')."""
    if not raw.startswith("target_"):
        return raw, KIND_REFERENCE, ""
    base = raw[len("target_") :]
    for end in ("bawah", "atas"):
        if base.endswith("_" + end):
            return base[: -len(end) - 1], KIND_TARGET, end
    return base, KIND_TARGET, ""


def document_for(catatan: str) -> str:
    for pattern, document in DOCUMENT_RULES:
        if re.search(pattern, catatan):
            return document
    return UNKNOWN_DOCUMENT


def _number(text: str) -> str:
    """Canonical decimal text: '7.0' -> '7', '5.80' -> '5.8', '0,5' -> '0.5'."""
    value = float(text.replace(",", "."))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _url(sumber: str) -> str:
    found = RE_URL.findall(sumber)
    return found[0] if found else sumber


def read_rows(path: Path, kode_wilayah: Path) -> list[dict[str, str]]:
    with kode_wilayah.open(encoding="utf-8", newline="") as f:
        names = {r["kode_bps"].strip(): r["nama"].strip() for r in csv.DictReader(f)}
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        kode = bps_code(row["kode"])
        row["kode_bps"] = kode
        if kode != NATIONAL and kode in names and names[kode].lower() != row["wilayah"].lower():
            raise ValueError(f"kode {row['kode']} adalah {names[kode]}, bukan {row['wilayah']}")
        if kode != NATIONAL and kode not in names:
            raise ValueError(f"kode {row['kode']} tidak ada di kode_wilayah.csv")
    return rows


def build(rows: list[dict[str, str]]) -> list[Row]:
    """Group range ends, name documents; one output row per target claim."""
    out: dict[tuple[str, ...], Row] = {}
    for raw in rows:
        base, jenis, end = split_indicator(raw["indikator"].strip())
        key = (raw["kode_bps"], raw["tahun"].strip(), base, jenis, _url(raw["sumber"]))
        if not end:
            key = (*key, raw["nilai"], str(len(out)))  # a point target is its own claim
        row = out.get(key)
        if row is None:
            row = out[key] = Row(
                raw["kode_bps"],
                raw["wilayah"].strip(),
                raw["tahun"].strip(),
                base,
                jenis,
                raw["satuan"].strip(),
            )
        value = _number(raw["nilai"])
        if end == "bawah":
            row.bawah = value
        elif end == "atas":
            row.atas = value
        else:
            row.nilai = value
        if raw["sumber"].strip() not in row.sumber:
            row.sumber.append(raw["sumber"].strip())
        if raw["catatan"].strip():
            row.catatan.append(raw["catatan"].strip())
        row.originals.append(raw["indikator"].strip())
    for row in out.values():
        # A range end the note states ("Batas atas 7,5%") fills the missing end.
        if row.jenis == KIND_TARGET and (row.bawah or row.atas) and not row.nilai:
            if not row.bawah and (m := RE_LOWER_IN_NOTE.search(row.text)):
                row.bawah = _number(m.group(1))
            if not row.atas and (m := RE_UPPER_IN_NOTE.search(row.text)):
                row.atas = _number(m.group(1))
    return sorted(
        out.values(),
        key=lambda r: (r.jenis != KIND_TARGET, r.kode, r.indikator, int(r.tahun), r.text),
    )


def to_csv(rows: list[Row]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        if r.jenis == KIND_TARGET:
            document = document_for(r.text)
            usable = "tidak" if DO_NOT_USE.search(r.text) else "ya"
        else:
            document, usable = REFERENCE_DOCUMENT, "tidak"
        writer.writerow(
            [
                r.kode,
                r.wilayah,
                r.tahun,
                r.indikator,
                r.jenis,
                r.nilai,
                r.bawah,
                r.atas,
                r.satuan,
                document,
                usable,
                " | ".join(r.sumber),
                " | ".join(r.catatan),
                ";".join(r.originals),
            ]
        )
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=Path, default=DEFAULT_TARGETS)
    parser.add_argument("--kode-wilayah", type=Path, default=DEFAULT_KODE_WILAYAH)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if the file is stale"
    )
    args = parser.parse_args(argv)
    rows = build(read_rows(args.targets, args.kode_wilayah))
    text = to_csv(rows)
    if args.check:
        if not args.out.exists() or args.out.read_text("utf-8") != text:
            print(f"Usang: {args.out}", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    n_targets = sum(r.jenis == KIND_TARGET for r in rows)
    print(f"{n_targets} target dan {len(rows) - n_targets} angka pembanding -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
