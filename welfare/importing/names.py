"""Resolve what a spreadsheet writes in its region column to a BPS region code.

Accepted: the official names with or without "Kab."/"Kabupaten"/"Kota", common short forms
(Kukar, Kubar, Kutim, PPU, Mahulu), BPS codes ("6403") and Kemendagri codes ("64.02"). The two
code systems differ for Kutai Barat, Kutai Kartanegara, Kutai Timur and Berau, so the format
decides: with a dot it is Kemendagri, four digits without a dot it is BPS. A bare two-digit
code that means different regencies in the two systems is rejected, never guessed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

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
KALTARA_OLD_BPS = {"6406": "malinau", "6407": "bulungan", "6408": "nunukan",
                   "6410": "tana tidung", "6473": "tarakan"}
KALTARA_OLD_KEMENDAGRI = {"64.04": "bulungan", "64.05": "malinau", "64.06": "nunukan",
                          "64.10": "tana tidung", "64.73": "tarakan"}

# Labels of a province total row.
TOTAL_NAMES = frozenset({
    "jumlah", "total", "jumlah total", "total jumlah", "grand total", "jml",
    "kalimantan timur", "kaltim", "jumlah kalimantan timur", "total kalimantan timur",
    "jumlah kaltim", "total kaltim", "jumlah provinsi", "total provinsi",
})

# Leading words that only say what kind of region follows.
_PREFIXES = {
    "kabupaten": "kabupaten", "kab": "kabupaten", "pemkab": "kabupaten",
    "kota": "kota", "kotamadya": "kota", "kodya": "kota", "pemkot": "kota",
    "provinsi": "provinsi", "prov": "provinsi", "propinsi": "provinsi",
}

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
class RegionRef:
    kode_bps: str
    kode_kemendagri: str
    nama: str
    jenis: str  # kabupaten | kota | provinsi

    @property
    def display(self) -> str:
        if self.jenis == "kabupaten":
            return f"Kabupaten {self.nama}"
        if self.jenis == "kota":
            return f"Kota {self.nama}"
        return self.nama


@dataclass(frozen=True)
class Resolution:
    kind: Literal["region", "total", "empty", "error"]
    kode_bps: str | None = None
    reason: str | None = None  # Bahasa Indonesia, for kind == "error"


class RegionResolver:
    """Maps names and codes of the ten kabupaten/kota (and the province total)."""

    def __init__(self, regions: Iterable[RegionRef]) -> None:
        self.regions = {r.kode_bps: r for r in regions}
        self._by_kemendagri = {r.kode_kemendagri: r for r in self.regions.values()}
        self._by_name: dict[str, RegionRef] = {}
        for region in self.regions.values():
            if region.jenis != "provinsi":
                self._by_name[normalise(region.nama)] = region

    def resolve(self, raw: object) -> Resolution:
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

    def label(self, kode_bps: str) -> str:
        region = self.regions.get(kode_bps)
        return region.display if region else kode_bps

    # -- codes ---------------------------------------------------------------------------------
    def _resolve_code(self, code: str) -> Resolution:
        if code == PROVINCE_BPS:
            return Resolution("total")
        if _KEMENDAGRI_CODE.match(code):
            if code in self._by_kemendagri:
                region = self._by_kemendagri[code]
                return Resolution("total" if region.jenis == "provinsi" else "region",
                                  region.kode_bps)
            if code in KALTARA_OLD_KEMENDAGRI:
                return self._kaltara(KALTARA_OLD_KEMENDAGRI[code], f"kode Kemendagri lama {code}")
            if code.startswith("65."):
                return self._kaltara("kalimantan utara", f"kode {code}")
            return self._error(f"kode Kemendagri '{code}' bukan kabupaten/kota di Kalimantan "
                               "Timur.")
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
        if _SUB_REGION_CODE.match(code):
            return self._error(
                f"kode '{code}' adalah kode kecamatan/desa; halaman ini hanya menerima data "
                "per kabupaten/kota."
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
        if declared == "provinsi" and name in TOTAL_NAMES:
            return Resolution("total")
        if name in KALTARA_NAMES:
            return self._kaltara(name, f"'{text}'")
        name = ALIASES.get(name, name)
        region = self._by_name.get(name)
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


def load_regions_csv(path: str) -> list[RegionRef]:
    import csv

    with open(path, encoding="utf-8", newline="") as fh:
        return [
            RegionRef(r["kode_bps"], r["kode_kemendagri"], r["nama"], r["jenis"])
            for r in csv.DictReader(fh)
        ]
