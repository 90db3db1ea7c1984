"""Build the outlook seed (``data/seed/population_outlook.csv``, ``kecamatan_outlook.csv``) from
the shared reference tables ``population_outlook.csv`` and ``kecamatan_outlook.csv``.

Usage (from the repository root)::

    python tools/build_outlook_seed.py            # reads ../shared/data/welfare/*_outlook.csv
    python tools/build_outlook_seed.py --check    # exit 1 if the committed files are stale

What it does, in order (``data/seed/README.md`` explains the result):

1. Region codes. ``population_outlook.csv`` writes the **BPS code with a dot** ('64.09' =
   Penajam Paser Utara): the dot is removed ('6409') and the code and name are checked against
   ``kode_wilayah.csv`` by the reader ``tools/build_official_seed.py`` uses too
   (``tools/reference_rows.py``, which also reads the citations). The IKN area keeps its
   code ``64.IKN`` (the row's name must be "Ibu Kota Nusantara ..."): it is no regency.
   ``kecamatan_outlook.csv`` writes the **Kemendagri** kecamatan code ('64.09.04' = Sepaku),
   checked against ``data/kecamatan.csv``.
2. Concepts. Every indicator gets its concept from ``welfare/outlook/concepts.py`` (BPS
   estimate, BPS projection, Dukcapil, IKN plan, IKN census, other); an indicator without one
   stops the tool. A kecamatan ``penduduk_jiwa`` whose *citation* names Dukcapil or DKB (the
   office that gave the number) becomes ``penduduk_jiwa_dukcapil``. Only the citation counts:
   the notes of the BPS rows mention Dukcapil to warn against mixing the two.
3. Flags, read from the row itself: ``sekunder`` when the citation says "sekunder" or the note's
   last clause is "sekunder"; ``parsial`` when the note says the figure covers part of the
   year ("PARSIAL"); ``dibulatkan`` when the note says the figure is rounded or it is a count
   of 1.000 or more with at most three significant digits ("4,04 juta", "29 ribu");
   ``tahap`` (IKN plan rows) the stage as the note writes it ("Tahap 2 (2025-2029)").
4. One row per (kode, indikator, tahun), by the official seed's conflict rule with one step in
   front of it:
   A. a key that the official seed already holds (``data/seed/official_figures.csv`` or
      ``kecamatan_figures.csv``, built from the audited ``figures.csv``) stays with the official
      seed: those numbers are loaded and shown already, and a second file must not change one
      silently. The outlook's rows of that key go to ``data/seed/outlook_excluded.csv`` with
      the official value and source in ``alasan``;
   0-4. the remaining rows of one key are resolved by ``build_official_seed.resolve`` (the
      audit's word, source tier, newer release, more precise number, first row); every other
      citation is kept in ``catatan`` of the chosen row.

Only the standard library is used (and the helper modules named above).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_official_seed as official  # noqa: E402
import reference_rows  # noqa: E402

from welfare.outlook.concepts import (  # noqa: E402
    EXCLUDED_COLUMNS,
    IKN_AREA_CODE,
    IKN_PLAN,
    SEED_COLUMNS,
    YES,
    concept_of,
)

SHARED = reference_rows.SHARED
DEFAULT_OUTLOOK = SHARED / "population_outlook.csv"
DEFAULT_KECAMATAN_OUTLOOK = SHARED / "kecamatan_outlook.csv"
DEFAULT_KODE_WILAYAH = SHARED / "kode_wilayah.csv"
OUT_DIR = REPO_ROOT / "data" / "seed"
OUT_REGIONS = OUT_DIR / "population_outlook.csv"
OUT_KECAMATAN = OUT_DIR / "kecamatan_outlook.csv"
OUT_EXCLUDED = OUT_DIR / "outlook_excluded.csv"
OFFICIAL_SEEDS = (OUT_DIR / "official_figures.csv", OUT_DIR / "kecamatan_figures.csv")

RE_SECONDARY = re.compile(r"sekunder", re.I)
RE_PARTIAL = re.compile(r"\bparsial\b", re.I)
RE_ROUNDED = re.compile(r"dibulatkan|\(bulat\)|angka bulat", re.I)
# A clause that reports what another source wrote ("X menulis ...", "Y menyebut ...").
RE_OTHER_SOURCE = re.compile(r"\bmenulis\b|\bmenyebut\b", re.I)
RE_STAGE = re.compile(r"\btahap\s*(\d)(\s*\(\d{4}-\d{4}\))?", re.I)


def read_outlook(path: Path, kode_wilayah: Path) -> list[reference_rows.Figure]:
    """Rows of ``population_outlook.csv``: BPS codes without the dot, or ``64.IKN``."""
    regency = reference_rows.regency_code(kode_wilayah)

    def code_of(line: int, row: dict[str, str]) -> str:
        if row["kode"].strip() != IKN_AREA_CODE:
            return regency(line, row)
        if not row["wilayah"].strip().lower().startswith("ibu kota nusantara"):
            raise ValueError(f"baris {line}: kode {IKN_AREA_CODE} harus bernama Ibu Kota Nusantara")
        return IKN_AREA_CODE  # the IKN area is no regency: not in kode_wilayah.csv

    return reference_rows.read_rows(path, code_of)


def read_kecamatan_outlook(path: Path) -> list[reference_rows.Figure]:
    """Rows of ``kecamatan_outlook.csv`` (Kemendagri codes); Dukcapil counts renamed."""
    figures = reference_rows.read_kecamatan_figures(path)
    for fig in figures:
        if fig.indikator == "penduduk_jiwa" and reference_rows.RE_CIVIL_REGISTRY.search(fig.sumber):
            reference_rows.as_civil_registry(fig)
    return figures


def is_secondary(fig: reference_rows.Figure) -> bool:
    """The row says its source is secondary: in the citation, or as the note's last clause."""
    last_clause = fig.catatan.rsplit(";", 1)[-1].strip().lower()
    return bool(RE_SECONDARY.search(fig.sumber)) or last_clause == "sekunder"


def is_rounded(fig: reference_rows.Figure) -> bool:
    """The note says the figure is rounded, or it is a count of 1.000 or more written with at
    most three significant digits (4,04 juta; 29 ribu). A clause of the note about what another
    source wrote ("Longtime.id menyebut 'berkisar 38.000 jiwa' (dibulatkan)") does not count."""
    clauses = re.split(r"[.;]\s", fig.catatan)
    if any(RE_ROUNDED.search(c) and not RE_OTHER_SOURCE.search(c) for c in clauses):
        return True
    try:
        value = float(fig.nilai)
    except ValueError:
        return False
    return value >= 1000 and official.significant_digits(fig.nilai) <= 3


def stage(fig: reference_rows.Figure) -> str:
    """'Tahap 2 (2025-2029)' as the note of an IKN plan row writes it; '' without one."""
    match = RE_STAGE.search(fig.catatan)
    if not match:
        return ""
    return f"Tahap {match.group(1)}{match.group(2) or ''}".replace("  ", " ")


def _row(fig: reference_rows.Figure, catatan: str) -> dict[str, str]:
    concept = concept_of(fig.indikator)
    released = fig.released
    return {
        "kode": fig.kode_bps,
        "tahun": fig.tahun,
        "indikator": fig.indikator,
        "nilai": fig.nilai,
        "satuan": fig.satuan,
        "konsep": concept,
        "tahap": stage(fig) if concept == IKN_PLAN else "",
        "sekunder": YES if is_secondary(fig) else "",
        "parsial": YES if RE_PARTIAL.search(fig.catatan) else "",
        "dibulatkan": YES if is_rounded(fig) else "",
        "sumber": fig.sumber,
        "tingkat_sumber": fig.tier,
        "tanggal_rilis": released.isoformat() if released else "",
        "catatan": catatan,
    }


def _excluded(berkas: str, fig: reference_rows.Figure, alasan: str) -> dict[str, str]:
    return {
        "berkas": berkas,
        "kode": fig.kode_bps,
        "tahun": fig.tahun,
        "indikator": fig.indikator,
        "nilai": fig.nilai,
        "satuan": fig.satuan,
        "sumber": fig.sumber,
        "alasan": alasan,
    }


def official_keys(paths: tuple[Path, ...] = OFFICIAL_SEEDS) -> dict[tuple[str, str, str], dict]:
    """(kode, indikator, tahun) -> row of the committed official seeds (step A)."""
    keys: dict[tuple[str, str, str], dict] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                keys[(row["kode_bps"], row["indikator"], row["tahun"])] = row
    return keys


def build(
    figures: list[reference_rows.Figure], berkas: str, held: dict[tuple[str, str, str], dict]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(kept, excluded) rows of one outlook file; see the module docstring."""
    groups: dict[tuple[str, str, str], list[reference_rows.Figure]] = {}
    excluded: list[dict[str, str]] = []
    for fig in figures:
        concept_of(fig.indikator)  # an indicator without a concept stops the tool
        if not fig.tahun:
            excluded.append(_excluded(berkas, fig, "Tidak dimuat: tanpa tahun."))
            continue
        key = (fig.kode_bps, fig.indikator, fig.tahun)
        if key in held:
            row = held[key]
            same = official._same_value(row["nilai"], fig.nilai)
            excluded.append(
                _excluded(
                    berkas,
                    fig,
                    "Tidak dimuat: kunci ini sudah ada di seed resmi (figures.csv yang diaudit), "
                    f"yang menyebut {row['nilai']} {row['satuan']} ({row['sumber']})"
                    + ("; angka sama." if same else "; angka seed resmi yang dipakai."),
                )
            )
            continue
        groups.setdefault(key, []).append(fig)
    kept = [_row(*official.resolve(group)) for group in groups.values()]

    def key(r: dict[str, str]) -> tuple:
        return (r["kode"], r["indikator"], r["tahun"])

    return sorted(kept, key=key), sorted(excluded, key=key)


def to_csv(rows: list[dict[str, str]], columns: tuple[str, ...] = SEED_COLUMNS) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlook", type=Path, default=DEFAULT_OUTLOOK)
    parser.add_argument("--kecamatan-outlook", type=Path, default=DEFAULT_KECAMATAN_OUTLOOK)
    parser.add_argument("--kode-wilayah", type=Path, default=DEFAULT_KODE_WILAYAH)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if the files are stale"
    )
    args = parser.parse_args(argv)

    held = official_keys()
    regions, excluded = build(
        read_outlook(args.outlook, args.kode_wilayah), args.outlook.name, held
    )
    kecamatan, kec_excluded = build(
        read_kecamatan_outlook(args.kecamatan_outlook), args.kecamatan_outlook.name, held
    )
    unknown = official.check_catalogue(
        [{"indikator": r["indikator"]} for r in regions + kecamatan], official.DEFAULT_INDICATORS
    )
    if unknown:
        print(f"Indikator belum ada di data/indicators.csv: {', '.join(unknown)}", file=sys.stderr)
        return 1
    outputs = {
        args.out_dir / OUT_REGIONS.name: to_csv(regions),
        args.out_dir / OUT_KECAMATAN.name: to_csv(kecamatan),
        args.out_dir / OUT_EXCLUDED.name: to_csv(excluded + kec_excluded, EXCLUDED_COLUMNS),
    }
    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
        for p in stale:
            print(f"Usang: {p}", file=sys.stderr)
        return 1 if stale else 0
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for p, text in outputs.items():
        p.write_text(text, encoding="utf-8")
    print(
        f"{len(regions)} baris -> {OUT_REGIONS.name}; {len(kecamatan)} baris -> "
        f"{OUT_KECAMATAN.name}; {len(excluded) + len(kec_excluded)} tidak dimuat -> "
        f"{OUT_EXCLUDED.name}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
