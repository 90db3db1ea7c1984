"""Build ``data/seed/programmes.csv`` (the programme register's published rows) from the shared
table ``programmes.csv``: who does what where, by level of government, one row per claim.

Usage (from the repository root)::

    python tools/build_programme_seed.py            # reads ../shared/data/welfare/programmes.csv
    python tools/build_programme_seed.py --check    # exit 1 if the committed seed is stale

What the tool decides, each rule written here and in ``data/seed/README.md``:

1. Region: '64.03' (BPS numbering, with a dot) -> '6403', checked against the name in
   ``kode_wilayah.csv``; '64' stays the province (an activity given for the whole province is
   never split over regencies).
2. Programme: :func:`welfare.register.catalogue.infer_programme` of the programme's name (the
   same rule an import uses for a name that is not a catalogue entry: housing by who
   implements it, ``rumah_apbn``, ``rumah_provinsi`` ...; otherwise ``lainnya``); the name is
   kept as written.
3. Target group: the first pattern of :data:`GROUP_RULES` on the target text (``sasaran``),
   housing programmes go to ``rtlh``; the text as written is kept beside the id.
4. Kecamatan: a kecamatan of the row's regency named in the programme, target or note
   ("Kec. Samboja", "Sepaku"), when exactly one is named.
5. Quantity: the first of the words in :data:`REALISED_WORDS` / :data:`PLANNED_WORDS` in the
   note decides whether ``jumlah`` is the realised or the planned quantity ("realisasi",
   "tersalur" ... / "rencana", "target", "alokasi" ...). KUMULATIF rows keep their first year
   in ``year_from`` (never summed into one year).
6. Status: ``rencana`` for a planned quantity, ``berjalan`` where the note says the work is
   under way ("berjalan", "progres") or the year is the current one, else ``selesai``.
7. One activity per key (region, kecamatan, year, programme name, level, funding, target
   group): a planned row and a realised row of the same key become one activity with both
   quantities. Two rows of the same key and kind that disagree are resolved like the official
   figures (``tools/build_official_seed.py``): source tier (BPS, other ``*.go.id``, media),
   then the newer release date, then the more precise number, then the first row; the other
   number and its source are kept in the note ("Sumber lain menyebut ...").

The standard library, the official seed tool's source rules and the register's catalogue.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reference_rows import TIER_RANK, bps_code, release_date, source_tier  # noqa: E402

from welfare.register.catalogue import infer_programme  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared" / "data" / "welfare"
DEFAULT_PROGRAMMES = SHARED / "programmes.csv"
DEFAULT_KODE_WILAYAH = SHARED / "kode_wilayah.csv"
KECAMATAN_TABLE = REPO_ROOT / "data" / "kecamatan.csv"
OUT = REPO_ROOT / "data" / "seed" / "programmes.csv"
CURRENT_YEAR = 2026

COLUMNS = [
    "uid",
    "programme",
    "programme_name",
    "level",
    "funding",
    "agency",
    "target_group",
    "target_group_text",
    "region_kode_bps",
    "kecamatan_kode",
    "year",
    "year_from",
    "planned",
    "planned_unit",
    "realised",
    "realised_unit",
    "budget_rp",
    "status",
    "source",
    "note",
]
KEY = (
    "region_kode_bps",
    "kecamatan_kode",
    "year",
    "programme_name",
    "level",
    "funding",
    "target_group",
)

GROUP_RULES: tuple[tuple[str, str], ...] = (
    (r"korban bencana", "pmks_korban_bencana_alam"),
    (r"disabilitas", "pmks_penyandang_disabilitas"),
    (r"stunting", "keluarga_risiko_stunting"),
    (r"\bIKN\b|Sepaku", "warga_sekitar_ikn"),
    (r"tidak layak huni|RTLH|rumah rusak|rawan bencana", "rtlh"),
    (r"mahasiswa|siswa", "pelajar_mahasiswa"),
    (r"mustahik|UMKM", "usaha_mikro"),
    (r"JKN|\bPBI\b|jaminan kesehatan|BPJS|Penerima Upah", "penduduk_tanpa_jkn"),
    (r"^desa$", "desa"),
    (
        r"KPM|miskin|kurang mampu|tidak mampu|pra-sejahtera|desil|rentan|terdampak",
        "keluarga_miskin_rentan",
    ),
)
REALISED_WORDS = (
    "realisasi",
    "tersalur",
    "terdaftar",
    "penyaluran",
    "posisi",
    "penerima",
    "tuntas",
    "penyerahan",
)
PLANNED_WORDS = (
    "rencana",
    "target",
    "alokasi",
    "sasaran",
    "anggaran",
    "pagu",
    "rancangan",
    "kesepakatan",
    "apbd",
)
UNITS = {
    "unit": "unit rumah",
    "kpm": "KK",
    "keluarga": "KK",
    "orang": "jiwa",
    "jiwa": "jiwa",
    "anak": "jiwa",
    "mahasiswa": "jiwa",
    "siswa": "jiwa",
    "penerima": "jiwa",
    "paket": "paket",
    "kg": "kg",
    "desa": "desa",
    "perusahaan": "lembaga",
}
RE_KUMULATIF = re.compile(r"KUMULATIF.*?(?:(\d{4})\s*s\.d\.|sejak\s+(\d{4}))", re.I | re.S)


@dataclass
class Claim:
    order: int
    row: dict[str, str]
    values: dict[str, object]
    kind: str  # "planned" | "realised" | "budget"

    @property
    def tier(self) -> str:
        return source_tier(self.row["sumber"])


def group_of(sasaran: str, programme: str) -> str:
    for pattern, gid in GROUP_RULES:
        if re.search(pattern, sasaran, re.I):
            if gid == "keluarga_miskin_rentan" and programme.startswith("rumah_"):
                return "rtlh"
            return gid
    if programme.startswith("rumah_"):
        return "rtlh"
    return "masyarakat_umum"


def quantity_kind(note: str) -> str:
    """'realised' or 'planned': the first of the listed words in the note decides."""
    text = note.lower()
    hits = [(text.find(w), "realised") for w in REALISED_WORDS if w in text]
    hits += [(text.find(w), "planned") for w in PLANNED_WORDS if w in text]
    return min(hits)[1] if hits else "realised"


def status_of(kind: str, note: str, year: int) -> str:
    if kind == "planned":
        return "rencana"
    if re.search(r"berjalan|progres", note, re.I) or year >= CURRENT_YEAR:
        return "berjalan"
    return "selesai"


def agency_of(name: str, level: str, region: str) -> str:
    inside = re.findall(r"\(([^()]*)\)", name)
    for text in reversed(inside):
        for part in reversed(text.split(",")):
            if re.search(r"Dinas|Dis|Kemen|Pem|Otorita|DKP|Perkim|Dinsos|BAZNAS", part):
                return part.strip()
    if re.search(r"Kemensos", name):
        return "Kementerian Sosial"
    ministry = re.search(r"Kementerian [A-Z]{2,5}\b", name)
    if ministry:
        return ministry.group(0)
    if level == "kabupaten_kota" and region == "Kalimantan Timur":
        return "Pemerintah kabupaten/kota (gabungan)"
    if name.upper().startswith("BAZNAS"):
        return name.split(" - ")[0]
    if level == "lainnya" and " - " in name:
        parts = name.split(" - ")
        return next((p for p in parts if re.search(r"CSR|TJSL|perusahaan", p)), parts[0])
    defaults = {
        "pusat": "Pemerintah pusat (kementerian tidak disebut)",
        "provinsi": "Pemerintah Provinsi Kalimantan Timur",
        "kabupaten_kota": f"Pemerintah {'Kota' if region.startswith('Kota') else 'Kabupaten'} "
        f"{region.removeprefix('Kota ')}",
        "desa": "Pemerintah desa",
        "lainnya": "Non-pemerintah (tidak disebut)",
    }
    return defaults[level]


def _plain(name: str) -> str:
    return re.sub(r"^(kota|kabupaten|kab\.)\s+", "", name.strip().lower())


def read_kecamatan(path: Path = KECAMATAN_TABLE) -> dict[str, list[tuple[str, str]]]:
    """BPS regency code -> [(kecamatan name, Kemendagri code)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["kode_bps_kab"], []).append((row["nama"], row["kode_kemendagri"]))
    return out


def kecamatan_of(row: dict[str, str], kode: str, table: dict[str, list[tuple[str, str]]]) -> str:
    # A place named in a conflict remark belongs to the other source's claim, not this row.
    text = " ".join((row["program"], row["sasaran"], row["catatan"].split("KONFLIK")[0]))
    named = {
        code
        for name, code in table.get(kode, [])
        if re.search(rf"(?:Kec\.|Kecamatan)\s+{re.escape(name)}\b", text, re.I)
        or (name == "Sepaku" and re.search(r"\bSepaku\b", text))
    }
    return named.pop() if len(named) == 1 else ""


def read_rows(path: Path, kode_wilayah: Path) -> list[Claim]:
    with kode_wilayah.open(encoding="utf-8", newline="") as f:
        names = {row["kode_bps"]: row["nama"] for row in csv.DictReader(f)}
    kecamatan = read_kecamatan()
    claims: list[Claim] = []
    with path.open(encoding="utf-8", newline="") as f:
        for order, row in enumerate(csv.DictReader(f)):
            row = {k: (v or "").strip() for k, v in row.items()}
            kode = bps_code(row["kode"])
            if kode != "64":
                expected = names.get(kode)
                if expected is None or _plain(expected) != _plain(row["wilayah"]):
                    raise ValueError(f"baris {order + 2}: {row['kode']} bukan {row['wilayah']!r}")
            level = row["tingkat"]
            year = int(row["tahun"])
            programme = infer_programme(row["program"], level)
            note = row["catatan"]
            kind = quantity_kind(note)
            cumulative = RE_KUMULATIF.search(note)
            unit = UNITS.get(row["satuan"].lower(), row["satuan"]) if row["satuan"] else ""
            values: dict[str, object] = {
                "programme": programme,
                "programme_name": row["program"],
                "level": level,
                "funding": row["sumber_dana"],
                "agency": agency_of(row["program"], level, row["wilayah"]),
                "target_group": group_of(row["sasaran"], programme),
                "target_group_text": row["sasaran"],
                "region_kode_bps": kode,
                "kecamatan_kode": kecamatan_of(row, kode, kecamatan),
                "year": year,
                "year_from": next(g for g in cumulative.groups() if g) if cumulative else "",
                "budget_rp": row["anggaran_rp"],
                "source": row["sumber"],
                "note": note,
                "status": status_of(kind, note, year),
            }
            if row["jumlah"]:
                values[kind] = row["jumlah"]
                values[f"{kind}_unit"] = unit
            claims.append(Claim(order, row, values, kind if row["jumlah"] else "budget"))
    return claims


def _rank(claim: Claim) -> tuple:
    released = release_date(claim.row["sumber"])
    return (
        TIER_RANK[claim.tier],
        0 if released else 1,
        -(released.toordinal() if released else 0),
        claim.order,
    )


def merge(claims: list[Claim]) -> list[dict[str, object]]:
    """One activity per key (rule 7 of the module docstring)."""
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(tuple(str(claim.values.get(k, "")) for k in KEY), []).append(claim)
    out = []
    for group in groups.values():
        group.sort(key=lambda c: c.order)
        record = {c: "" for c in COLUMNS}
        record.update(group[0].values)
        notes: list[str] = []
        sources: list[str] = []
        for kind in ("planned", "realised"):
            rows = sorted((c for c in group if c.kind == kind), key=_rank)
            if not rows:
                record[kind] = record[f"{kind}_unit"] = ""
                continue
            winner = rows[0]
            record[kind] = winner.values[kind]
            record[f"{kind}_unit"] = winner.values[f"{kind}_unit"]
            for other in rows[1:]:
                if other.values[kind] != winner.values[kind]:
                    notes.append(
                        f"Sumber lain menyebut {other.values[kind]} {other.row['satuan']} "
                        f"({other.row['sumber']}); tidak dipakai: {_why(winner, other)}"
                    )
        if any(c.kind == "realised" for c in group) and any(c.kind == "planned" for c in group):
            record["status"] = status_of(
                "realised", " ".join(c.row["catatan"] for c in group), int(record["year"])
            )
        budgets = [c for c in sorted(group, key=_rank) if c.row["anggaran_rp"]]
        record["budget_rp"] = budgets[0].row["anggaran_rp"] if budgets else ""
        for claim in group:
            if claim.row["sumber"] not in sources:
                sources.append(claim.row["sumber"])
        record["source"] = " | ".join(sources)
        record["note"] = " | ".join([c.row["catatan"] for c in group if c.row["catatan"]] + notes)
        record["uid"] = identity(record)
        out.append(record)
    return sorted(
        out,
        key=lambda r: (
            r["region_kode_bps"],
            int(r["year"]),
            r["level"],
            r["programme_name"],
            r["uid"],
        ),
    )


def _why(winner: Claim, loser: Claim) -> str:
    w, lo = _rank(winner), _rank(loser)
    if w[0] != lo[0]:
        return f"sumber {winner.tier} didahulukan atas {loser.tier}"
    if w[1] != lo[1]:
        return "tanggal rilis sumber terpilih diketahui, sumber ini tidak"
    if w[2] != lo[2]:
        return "rilis lebih baru dipakai"
    return "baris pertama di programmes.csv dipakai"


def identity(values: dict[str, object]) -> str:
    """The same uid as :func:`welfare.register.store.identity` (a test keeps them equal)."""
    key = "|".join(str(values.get(k) or "").strip().lower() for k in KEY)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def to_csv(rows: list[dict[str, object]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def build(path: Path = DEFAULT_PROGRAMMES, kode_wilayah: Path = DEFAULT_KODE_WILAYAH) -> str:
    return to_csv(merge(read_rows(path, kode_wilayah)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=Path, default=DEFAULT_PROGRAMMES)
    parser.add_argument("--kode-wilayah", type=Path, default=DEFAULT_KODE_WILAYAH)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = build(args.programmes, args.kode_wilayah)
    if args.check:
        stale = not OUT.exists() or OUT.read_text("utf-8") != text
        print("data/seed/programmes.csv " + ("perlu dibangun ulang" if stale else "mutakhir"))
        return 1 if stale else 0
    OUT.write_text(text, "utf-8")
    print(f"{OUT.relative_to(REPO_ROOT)}: {text.count(chr(10)) - 1} kegiatan")
    return 0


if __name__ == "__main__":
    sys.exit(main())
