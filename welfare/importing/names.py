"""Resolve what a spreadsheet writes in its region column to a BPS region code.

Accepted: the official names with or without "Kab."/"Kabupaten"/"Kota", common short forms
(Kukar, Kubar, Kutim, PPU, Mahulu), BPS codes ("6403") and Kemendagri codes ("64.02"). The two
code systems differ for Kutai Barat, Kutai Kartanegara, Kutai Timur and Berau, so the format
decides: with a dot it is Kemendagri, four digits without a dot it is BPS. A bare two-digit
code that means different regencies in the two systems is rejected, never guessed.

Kecamatan (the store's regions with ``jenis = 'kecamatan'``) are accepted by their Kemendagri
code ('64.09.04') or by name. A name is first read as a kabupaten/kota, then as a kecamatan;
``kecamatan=True`` (a column headed "Kecamatan", or "Kec. Penajam") reads it as a kecamatan
first, because "Penajam" is both a kecamatan and the usual short name of Penajam Paser Utara.
``within`` (the regency named in the same row) picks among kecamatan of that regency. A
kecamatan name that several regencies share needs that regency; it is never guessed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from welfare.seed import RegionDef, read_regions

PROVINCE_BPS = "64"

# Name -> canonical region name (normalised); short forms used in Dinsos tables.
ALIASES: dict[str, str] = {
    "pasir": "paser",
    "kubar": "kutai barat",
    "kukar": "kutai kartanegara",
    "kutai kertanegara": "kutai kartanegara",
    "kutai kartanagara": "kutai kartanegara",
    "kutim": "kutai timur",
    "ppu": "penajam paser utara",
    "penajam pasir utara": "penajam paser utara",
    "penajam": "penajam paser utara",
    "mahulu": "mahakam ulu",
    "balik papan": "balikpapan",
}

# Regencies that left the province for Kalimantan Utara (UU 20/2012).
KALTARA_NAMES = {
    "bulungan": "Kabupaten Bulungan",
    "malinau": "Kabupaten Malinau",
    "nunukan": "Kabupaten Nunukan",
    "tana tidung": "Kabupaten Tana Tidung",
    "tarakan": "Kota Tarakan",
    "kalimantan utara": "Provinsi Kalimantan Utara",
    "kaltara": "Provinsi Kalimantan Utara",
}
# Their former Kalimantan Timur codes (before 2012).
KALTARA_OLD_BPS = {
    "6406": "malinau",
    "6407": "bulungan",
    "6408": "nunukan",
    "6410": "tana tidung",
    "6473": "tarakan",
}
KALTARA_OLD_KEMENDAGRI = {
    "64.04": "bulungan",
    "64.05": "malinau",
    "64.06": "nunukan",
    "64.10": "tana tidung",
    "64.73": "tarakan",
}

# Labels of a province total row.
TOTAL_NAMES = frozenset(
    {
        "jumlah",
        "total",
        "jumlah total",
        "total jumlah",
        "grand total",
        "jml",
        "kalimantan timur",
        "kaltim",
        "jumlah kalimantan timur",
        "total kalimantan timur",
        "jumlah kaltim",
        "total kaltim",
        "jumlah provinsi",
        "total provinsi",
    }
)

# Leading words that only say what kind of region follows.
_PREFIXES = {
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "pemkab": "kabupaten",
    "kota": "kota",
    "kotamadya": "kota",
    "kodya": "kota",
    "pemkot": "kota",
    "provinsi": "provinsi",
    "prov": "provinsi",
    "propinsi": "provinsi",
    "kecamatan": "kecamatan",
    "kec": "kecamatan",
}
KECAMATAN_KIND = "kecamatan"
_KECAMATAN_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}$", re.ASCII)

_BPS_CODE = re.compile(r"^\d{4}$", re.ASCII)
_KEMENDAGRI_CODE = re.compile(r"^\d{2}\.\d{2}$", re.ASCII)
_BARE_CODE = re.compile(r"^\d{1,2}$", re.ASCII)
_SUB_REGION_CODE = re.compile(r"^\d{2}\.\d{2}\.\d+(\.\d+)?$|^\d{6,10}$", re.ASCII)


def normalise(text: str) -> str:
    """Lower case, ASCII letters and digits separated by single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return text.strip()


@dataclass(frozen=True)
class Resolution:
    kind: Literal["region", "total", "empty", "error"]
    kode_bps: str | None = None
    reason: str | None = None  # Bahasa Indonesia, for kind == "error"


class RegionResolver:
    """Maps names and codes of the ten kabupaten/kota (and the province total) and of the
    kecamatan."""

    def __init__(self, regions: Iterable[RegionDef]) -> None:
        self.regions = {r.kode_bps: r for r in regions}
        self._by_kemendagri = {r.kode_kemendagri: r for r in self.regions.values()}
        self._by_name: dict[str, RegionDef] = {}
        # Kecamatan name -> every kecamatan of that name (a name may repeat across regencies).
        self._kec_by_name: dict[str, list[RegionDef]] = {}
        for region in self.regions.values():
            if region.jenis in ("kabupaten", "kota"):
                self._by_name[normalise(region.nama)] = region
            elif region.jenis == KECAMATAN_KIND:
                self._kec_by_name.setdefault(normalise(region.nama), []).append(region)

    def parent(self, kode: str) -> str | None:
        """BPS code of a kecamatan's regency, from the code ('64.02.13' -> '64.02' -> '6403')."""
        region = self.regions.get(kode)
        if region is None or region.jenis != KECAMATAN_KIND:
            return None
        parent = self._by_kemendagri.get(region.kode_kemendagri.rsplit(".", 1)[0])
        return parent.kode_bps if parent else None

    def is_kecamatan(self, kode: str | None) -> bool:
        region = self.regions.get(kode or "")
        return region is not None and region.jenis == KECAMATAN_KIND

    def kecamatan_of(self, kode_bps: str) -> list[str]:
        """Keys of the kecamatan of one regency, in code order."""
        return sorted(k for k in self.regions if self.parent(k) == kode_bps)

    def resolve(
        self, raw: object, *, within: str | None = None, kecamatan: bool = False
    ) -> Resolution:
        """Resolve a cell; ``within`` = the row's regency (BPS code), ``kecamatan`` = the
        column holds kecamatan (see the module docstring)."""
        if isinstance(raw, str) and (within or kecamatan):
            text = raw.strip()
            if text and not re.fullmatch(r"[\d.\s]+", text, re.ASCII):
                found = self._resolve_kecamatan_name(text, within)
                if found is not None:
                    return found
        if raw is None:
            return Resolution("empty")
        if isinstance(raw, bool):
            return self._error(f"'{raw}' bukan nama atau kode wilayah.")
        if isinstance(raw, int):
            return self._resolve_code(str(raw))
        if isinstance(raw, float):
            # Excel turns a typed 64.02 into a number; 4 digits is a BPS code written as 6403.0
            text = str(int(raw)) if raw.is_integer() else f"{raw:.2f}"
            return self._resolve_code(text)
        if not isinstance(raw, str):
            return self._error("isi sel bukan nama atau kode wilayah.")
        text = raw.strip()
        if not text:
            return Resolution("empty")
        if re.fullmatch(r"[\d.\s]+", text, re.ASCII):
            return self._resolve_code(text.replace(" ", ""))
        return self._resolve_name(text)

    @staticmethod
    def names_province(raw: object) -> bool:
        """Whether a total row's cell names the province itself ("Kalimantan Timur", "Prov.
        Kaltim", code 64), as the last row of a BPS table does, rather than "Jumlah"."""
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return float(raw) in (64.0, 6400.0)
        if not isinstance(raw, str):
            return False
        words = normalise(raw).split()
        while words and _PREFIXES.get(words[0]) == "provinsi":
            words.pop(0)
        return " ".join(words) in ("kalimantan timur", "kaltim", "64", "6400")

    def label(self, kode_bps: str) -> str:
        region = self.regions.get(kode_bps)
        return region.display if region else kode_bps

    # -- codes ---------------------------------------------------------------------------------
    def _resolve_code(self, code: str) -> Resolution:
        if code in (PROVINCE_BPS, PROVINCE_BPS + "00"):
            return Resolution("total")
        if _KECAMATAN_CODE.match(code) and self.is_kecamatan(code):
            return Resolution("region", code)
        if _KEMENDAGRI_CODE.match(code):
            if code in self._by_kemendagri:
                region = self._by_kemendagri[code]
                return Resolution(
                    "total" if region.jenis == "provinsi" else "region", region.kode_bps
                )
            if code in KALTARA_OLD_KEMENDAGRI:
                return self._kaltara(KALTARA_OLD_KEMENDAGRI[code], f"kode Kemendagri lama {code}")
            if code.startswith("65."):
                return self._kaltara("kalimantan utara", f"kode {code}")
            return self._error(
                f"kode Kemendagri '{code}' bukan kabupaten/kota di Kalimantan Timur."
            )
        if _BPS_CODE.match(code):
            if code in self.regions:
                return Resolution("region", code)
            if code in KALTARA_OLD_BPS:
                return self._kaltara(KALTARA_OLD_BPS[code], f"kode BPS lama {code}")
            if code.startswith("65"):
                return self._kaltara("kalimantan utara", f"kode {code}")
            return self._error(f"kode BPS '{code}' bukan kabupaten/kota di Kalimantan Timur.")
        if _BARE_CODE.match(code):
            bare = code.zfill(2)
            bps = self.regions.get("64" + bare)
            kemendagri = self._by_kemendagri.get("64." + bare)
            if bps is not None and bps is kemendagri:
                return Resolution("region", bps.kode_bps)
            return self._error(
                f"kode '{code}' tidak lengkap dan ambigu: kode BPS dan Kemendagri berbeda untuk "
                "Kutai Barat, Kutai Kartanegara, Kutai Timur dan Berau. Tulis kode lengkap, "
                "misalnya 6403 (BPS) atau 64.02 (Kemendagri)."
            )
        if _KECAMATAN_CODE.match(code) and code.startswith("64."):
            return self._error(f"kode kecamatan '{code}' tidak ada di Kalimantan Timur.")
        if _SUB_REGION_CODE.match(code):
            return self._error(
                f"kode '{code}' adalah kode desa/kelurahan; yang diterima hanya data per "
                "kabupaten/kota atau per kecamatan (mis. 64.09.04)."
            )
        return self._error(f"'{code}' bukan kode wilayah yang dikenal (contoh: 6403 atau 64.02).")

    # -- names ---------------------------------------------------------------------------------
    def _resolve_name(self, text: str) -> Resolution:
        norm = normalise(text)
        if not norm:
            return self._error(f"'{text}' bukan nama wilayah.")
        if norm in TOTAL_NAMES:
            return Resolution("total")
        words = norm.split()
        declared: str | None = None
        while words and words[0] in _PREFIXES:
            declared = _PREFIXES[words.pop(0)]
        name = " ".join(words)
        if declared == KECAMATAN_KIND:
            found = self._resolve_kecamatan_name(name, None)
            return found or self._error(f"kecamatan '{text}' tidak dikenal di Kalimantan Timur.")
        if declared == "provinsi" and name in TOTAL_NAMES:
            return Resolution("total")
        if name in KALTARA_NAMES:
            return self._kaltara(name, f"'{text}'")
        name = ALIASES.get(name, name)
        region = self._by_name.get(name)
        if region is None:  # the full text, so "Kota Bangun" stays a kecamatan name
            found = self._resolve_kecamatan_name(text, None)
            if found is not None:
                return found
        if region is None:
            if name == "kutai":
                return self._error(
                    "nama 'Kutai' ambigu: tulis Kutai Barat, Kutai Kartanegara atau Kutai Timur."
                )
            return self._error(self._unknown_reason(text, name))
        if declared in ("kabupaten", "kota") and declared != region.jenis:
            return self._error(
                f"'{text}' tidak sesuai: {region.nama} adalah {region.jenis}, bukan {declared}."
            )
        return Resolution("region", region.kode_bps)

    def _resolve_kecamatan_name(self, text: str, within: str | None) -> Resolution | None:
        """A kecamatan by name (optionally within one regency); None when no kecamatan fits."""
        words = normalise(text).split()
        while words and _PREFIXES.get(words[0]) == KECAMATAN_KIND:
            words.pop(0)
        matches = self._kec_by_name.get(" ".join(words), [])
        if within is not None:
            inside = [m for m in matches if self.parent(m.kode_bps) == within]
            if inside:
                matches = inside
            elif matches:
                where = ", ".join(self.label(self.parent(m.kode_bps) or "") for m in matches)
                return self._error(
                    f"kecamatan '{text}' tidak ada di {self.label(within)} (ada di {where})."
                )
        if len(matches) == 1:
            return Resolution("region", matches[0].kode_bps)
        if len(matches) > 1:
            where = ", ".join(self.label(self.parent(m.kode_bps) or "") for m in matches)
            return self._error(
                f"nama kecamatan '{text}' ada di lebih dari satu kabupaten/kota ({where}): "
                "tambahkan kolom kabupaten/kota atau tulis kode kecamatan (mis. 64.02.13)."
            )
        return None

    def _unknown_reason(self, text: str, name: str) -> str:
        reason = f"wilayah '{text}' tidak dikenal sebagai kabupaten/kota di Kalimantan Timur."
        candidates = list(self._by_name) + list(ALIASES)
        close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.8)
        if close:
            guess = self._by_name[ALIASES.get(close[0], close[0])]
            reason = reason[:-1] + f"; mungkin maksudnya {guess.display}?"
        return reason

    @staticmethod
    def _kaltara(key: str, what: str) -> Resolution:
        name = KALTARA_NAMES[key]
        return Resolution(
            "error",
            reason=(
                f"{what} menunjuk {name}, yang sejak 2012 masuk Provinsi Kalimantan Utara "
                "(UU No. 20 Tahun 2012), bukan lagi Kalimantan Timur; hapus baris ini."
            ),
        )

    @staticmethod
    def _error(reason: str) -> Resolution:
        return Resolution("error", reason=reason)


def load_regions_csv(path: str) -> list[RegionDef]:
    """Regions of a regions.csv (the store's copy is what imports use; see load_reference)."""
    return list(read_regions(path))
