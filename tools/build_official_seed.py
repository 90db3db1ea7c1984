"""Build ``data/seed/official_figures.csv`` from the shared reference table ``figures.csv``.

Usage (from the repository root)::

    python tools/build_official_seed.py                # reads ../shared/data/welfare/figures.csv
    python tools/build_official_seed.py --figures PATH --check   # fail if the seed is stale

What it does, in order:

1. Converts the region code. ``figures.csv`` uses the **BPS code with a dot** ('64.02' = Kutai
   Barat); the seed uses ``kode_bps`` without the dot ('6402'). The code is checked against
   ``kode_wilayah.csv`` (BPS column) and the row's region name must match that code's name: a
   safety net against the Kemendagri numbering, never a join on names. Rows and citations are
   read by ``tools/reference_rows.py``, the same reader as the outlook seed's.
2. Drops ``luas_km2``: the dashboard has exactly one area series, BIG (Dec 2024) in
   ``data/regions.csv``; the area rows of ``figures.csv`` contradict each other.
3. Rows without a year cannot be placed on a yearly map: they go to
   ``data/seed/official_figures_undated.csv`` (kept for reference, not loaded). Rows whose
   ``catatan`` says they are not comparable with the rest of their series ("tidak sebanding",
   e.g. Kutai Barat 2010 still including Mahakam Ulu) go to
   ``data/seed/official_figures_excluded.csv`` (kept for reference, not loaded).
4. Resolves duplicates so there is one row per (kode_bps, indikator, tahun). Rule, in order:
   0. the audit's own word: where ``catatan`` names the row to use ("pakai baris ini" on that
      row, or "pakai 191.811" on another row of the same key), that row wins;
   a. source tier: BPS publication (``*.bps.go.id`` or a BPS ``BRS`` release document) over
      another government site (``*.go.id``) over news media and anything else;
   b. the newer release (date read from the citation: ``d/m/yyyy``, ``d Bulan yyyy``,
      ``Bulan yyyy`` or a date in the URL); a known date beats an unknown one;
   c. the more precise number (a rounded figure such as "60,86 ribu" is derived from the exact
      one);
   d. the first row in ``figures.csv``.
   Every other citation for the same key is kept in ``catatan`` of the winning row, with its
   value when it differs.

The same run builds the sibling seed ``data/seed/kecamatan_figures.csv`` from the shared
``kecamatan_figures.csv`` (district figures around IKN), same columns and conflict rule:

- ``kode_bps`` holds the kecamatan's **Kemendagri** code ('64.02.13' = Samboja), which is the
  kecamatan's region key in the store. The code must be in ``data/kecamatan.csv`` and the row's
  name must match that code's name (a safety net, never a join on names).
- ``penduduk_jiwa`` rows whose citation or note says Dukcapil / DKB (civil-registry counts) are
  stored as ``penduduk_jiwa_dukcapil``: a different concept from the BPS population, never a
  denominator. The rest (BPS census or estimate, as the note says) stay ``penduduk_jiwa``.
- Rows for a kecamatan before a split ("SEBELUM ... dipisah") and indicators not in the catalogue go
  to ``data/seed/kecamatan_figures_excluded.csv`` with the reason in ``catatan``.

Only the standard library is used so the tool runs anywhere.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reference_rows import (  # noqa: E402
    RE_CIVIL_REGISTRY,
    SHARED,
    TIER_RANK,
    Figure,
    as_civil_registry,
    read_kecamatan_figures,
    read_regency_figures,
)

from welfare.seed import SEED_COLUMNS  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FIGURES = SHARED / "figures.csv"
DEFAULT_KODE_WILAYAH = SHARED / "kode_wilayah.csv"
DEFAULT_INDICATORS = REPO_ROOT / "data" / "indicators.csv"
DEFAULT_KECAMATAN_FIGURES = SHARED / "kecamatan_figures.csv"
OUT_DIR = REPO_ROOT / "data" / "seed"
OUT_DATED = OUT_DIR / "official_figures.csv"
OUT_UNDATED = OUT_DIR / "official_figures_undated.csv"
OUT_EXCLUDED = OUT_DIR / "official_figures_excluded.csv"
OUT_KECAMATAN = OUT_DIR / "kecamatan_figures.csv"
OUT_KECAMATAN_EXCLUDED = OUT_DIR / "kecamatan_figures_excluded.csv"

COLUMNS = list(SEED_COLUMNS)  # one definition, shared with the reader

# Indicators that are not loaded as observations at all (see module docstring, step 2).
EXCLUDED_INDICATORS = {"luas_km2"}

# Survey round of the BPS poverty series (the plain ids are the March round).
MARCH_SERIES = {
    "penduduk_miskin_persen",
    "penduduk_miskin_jiwa",
    "penduduk_miskin_persen_kota",
    "penduduk_miskin_persen_desa",
    "garis_kemiskinan",
    "indeks_kedalaman_p1",
    "indeks_keparahan_p2",
}

# The audit's notes: "pakai baris ini" (use this row) or "-> pakai 191.811" (use the row with
# that value). The look-behind keeps "dipakai" ("used by") from matching.
RE_USE_THIS_ROW = re.compile(r"(?<!\w)pakai baris ini", re.I)
RE_USE_VALUE = re.compile(r"(?<!\w)pakai\s+(\d[\d.,]*\d|\d)", re.I)
RE_NOT_COMPARABLE = re.compile(r"tidak sebanding", re.I)


def significant_digits(nilai: str) -> int:
    """Precision of a published number: 60857 -> 5, 60860 -> 4, 6.68 -> 3."""
    try:
        dec = Decimal(nilai.strip())
    except InvalidOperation:
        return 0
    digits = dec.normalize().as_tuple().digits
    return len(digits)


def indonesian_number(text: str) -> Decimal | None:
    """'191.811' -> 191811, '6,68' -> 6.68 (the way the audit writes numbers in notes)."""
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def designated_by_notes(group: list[Figure]) -> Figure | None:
    """The row the audit's ``catatan`` says to use, when the notes point at exactly one."""
    chosen: set[int] = set()
    for fig in group:
        if RE_USE_THIS_ROW.search(fig.catatan):
            chosen.add(fig.order)
        for text in RE_USE_VALUE.findall(fig.catatan):
            wanted = indonesian_number(text)
            chosen.update(
                other.order
                for other in group
                if other is not fig and wanted is not None and _same_value(other.nilai, str(wanted))
            )
    picked = [fig for fig in group if fig.order in chosen]
    return picked[0] if len(picked) == 1 else None


def not_comparable(fig: Figure) -> bool:
    """The audit marked the row as not comparable with the rest of its series."""
    return bool(RE_NOT_COMPARABLE.search(fig.catatan))


def _sort_key(fig: Figure) -> tuple:
    released = fig.released
    return (
        TIER_RANK[fig.tier],
        0 if released else 1,
        -(released.toordinal() if released else 0),
        -significant_digits(fig.nilai),
        fig.order,
    )


def _same_value(a: str, b: str) -> bool:
    try:
        return Decimal(a) == Decimal(b)
    except InvalidOperation:
        return a.strip() == b.strip()


def resolve(group: list[Figure]) -> tuple[Figure, str]:
    """Pick the winning row of one key and build its ``catatan``."""
    ranked = sorted(group, key=_sort_key)
    designated = designated_by_notes(group) if len(group) > 1 else None
    if designated is not None:
        ranked.remove(designated)
        ranked.insert(0, designated)
    winner, losers = ranked[0], ranked[1:]
    notes = [winner.catatan] if winner.catatan else []
    for other in losers:
        if _same_value(other.nilai, winner.nilai):
            notes.append(f"Angka sama juga di: {other.sumber}")
        else:
            notes.append(
                f"Sumber lain menyebut {other.nilai} {other.satuan} ({other.sumber}); "
                f"tidak dipakai: {_reason(winner, other, designated is winner)}"
            )
    return winner, " | ".join(notes)


def _reason(winner: Figure, loser: Figure, by_notes: bool = False) -> str:
    """Which step of the conflict rule decided between two rows (in Indonesian)."""
    if by_notes:
        return "catatan audit figures.csv menunjuk baris terpilih"
    w, lo = _sort_key(winner), _sort_key(loser)
    if w[0] != lo[0]:
        return f"sumber {winner.tier} didahulukan atas {loser.tier}"
    if w[1] != lo[1]:
        return "tanggal rilis sumber terpilih diketahui, sumber ini tidak"
    if w[2] != lo[2]:
        return f"rilis lebih baru dipakai ({winner.released} > {loser.released})"
    if w[3] != lo[3]:
        return "angka terpilih lebih rinci (yang lain tampak dibulatkan)"
    return "urutan pertama di figures.csv dipakai"


def periode(indikator: str) -> str:
    if indikator.endswith("_sep"):
        return "September"
    if indikator in MARCH_SERIES:
        return "Maret"
    return ""


def _row(winner: Figure, catatan: str) -> dict[str, str]:
    released = winner.released
    return {
        "kode_bps": winner.kode_bps,
        "tahun": winner.tahun,
        "indikator": winner.indikator,
        "nilai": winner.nilai,
        "satuan": winner.satuan,
        "periode": periode(winner.indikator),
        "sumber": winner.sumber,
        "tingkat_sumber": winner.tier,
        "tanggal_rilis": released.isoformat() if released else "",
        "catatan": catatan,
    }


def build(
    figures: list[Figure],
) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, str]]]:
    """Return (dated, undated, excluded) rows, each sorted and one row per key."""
    groups: dict[tuple[str, str, str], list[Figure]] = {}
    excluded: list[dict[str, str]] = []
    for fig in figures:
        if fig.indikator in EXCLUDED_INDICATORS:
            continue
        if not_comparable(fig):
            excluded.append(_row(fig, fig.catatan))
            continue
        groups.setdefault((fig.kode_bps, fig.indikator, fig.tahun), []).append(fig)
    dated: list[dict[str, str]] = []
    undated: list[dict[str, str]] = []
    for (_kode, _indikator, tahun), group in groups.items():
        winner, catatan = resolve(group)
        (dated if tahun else undated).append(_row(winner, catatan))

    def key(r: dict[str, str]) -> tuple:
        return (len(r["kode_bps"]), r["kode_bps"], r["indikator"], r["tahun"])

    return sorted(dated, key=key), sorted(undated, key=key), sorted(excluded, key=key)


RE_BEFORE_SPLIT = re.compile(r"\bsebelum\b.*\bdipisah", re.I)


def build_kecamatan(
    figures: list[Figure], indicators: Path = DEFAULT_INDICATORS
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Return (kept, excluded) kecamatan rows; see the module docstring."""
    with indicators.open(encoding="utf-8", newline="") as f:
        known = {row["id"] for row in csv.DictReader(f)}
    groups: dict[tuple[str, str, str], list[Figure]] = {}
    excluded: list[dict[str, str]] = []
    for fig in figures:
        text = f"{fig.sumber} {fig.catatan}"
        if fig.indikator == "penduduk_jiwa" and RE_CIVIL_REGISTRY.search(text):
            as_civil_registry(fig)
        if RE_BEFORE_SPLIT.search(fig.catatan):
            excluded.append(_row(fig, f"Tidak dimuat: wilayah sebelum pemekaran. {fig.catatan}"))
            continue
        if fig.indikator not in known or not fig.tahun:
            why = "indikator tidak ada di katalog" if fig.indikator not in known else "tanpa tahun"
            excluded.append(_row(fig, f"Tidak dimuat: {why}. {fig.catatan}"))
            continue
        groups.setdefault((fig.kode_bps, fig.indikator, fig.tahun), []).append(fig)
    kept = [_row(*resolve(group)) for group in groups.values()]

    def key(r: dict[str, str]) -> tuple:
        return (r["kode_bps"], r["indikator"], r["tahun"])

    return sorted(kept, key=key), sorted(excluded, key=key)


def to_csv(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def check_catalogue(rows: list[dict[str, str]], indicators: Path) -> list[str]:
    with indicators.open(encoding="utf-8", newline="") as f:
        known = {row["id"] for row in csv.DictReader(f)}
    return sorted({r["indikator"] for r in rows} - known)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=Path, default=DEFAULT_FIGURES)
    parser.add_argument("--kode-wilayah", type=Path, default=DEFAULT_KODE_WILAYAH)
    parser.add_argument("--kecamatan-figures", type=Path, default=DEFAULT_KECAMATAN_FIGURES)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if the files are stale"
    )
    args = parser.parse_args(argv)

    dated, undated, excluded = build(read_regency_figures(args.figures, args.kode_wilayah))
    unknown = check_catalogue(dated + undated, DEFAULT_INDICATORS)
    if unknown:
        print(f"Indikator belum ada di data/indicators.csv: {', '.join(unknown)}", file=sys.stderr)
        return 1
    outputs = {
        args.out_dir / OUT_DATED.name: to_csv(dated),
        args.out_dir / OUT_UNDATED.name: to_csv(undated),
        args.out_dir / OUT_EXCLUDED.name: to_csv(excluded),
    }
    if args.kecamatan_figures.exists():
        kec_kept, kec_excluded = build_kecamatan(read_kecamatan_figures(args.kecamatan_figures))
        outputs[args.out_dir / OUT_KECAMATAN.name] = to_csv(kec_kept)
        outputs[args.out_dir / OUT_KECAMATAN_EXCLUDED.name] = to_csv(kec_excluded)
    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
        for p in stale:
            print(f"Usang: {p}", file=sys.stderr)
        return 1 if stale else 0
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for p, text in outputs.items():
        p.write_text(text, encoding="utf-8")
    print(
        f"{len(dated)} baris bertahun -> {OUT_DATED.name}; {len(undated)} tanpa tahun -> "
        f"{OUT_UNDATED.name}; {len(excluded)} tidak sebanding -> {OUT_EXCLUDED.name}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
