"""Readable sources: a citation string becomes "BPS Kaltim (Radar Paser, 30/9/2024)" + its link.

Every stored number keeps the citation it was read from (``observation.source``): a URL with a
note such as "(Radar Paser, mengutip Kepala BPS Kab. Paser ..., 30/9/2024)". Shown raw it is a
URL cut mid-word. This module reads such a citation into a :class:`Citation`: who published the
figure (*publisher*: BPS Kaltim, Dinsos Berau, Kemendagri ...), where it was read (*outlet*: the
news site or the publisher's own site, from ``data/source_outlets.csv``), when (*released*),
the link, and a *kind* a reader can weigh:

===============  ==========================================================================
``bps``          a BPS release on a BPS site or a BPS Berita Resmi Statistik document
``bps_media``    a BPS figure as reported by news media ("mengutip Kepala BPS ...")
``dinsos``       Dinas Sosial figures (their registers and verification lists)
``administratif`` administrative registers: Dukcapil/Kemendagri, BPJS, DTKS/DTSEN counts
``pemerintah``   other government statements and sites
``media``        news media without a named statistical source
``imported``     a table loaded by Dinas Sosial staff (the source they typed)
``example``      Serambi's example numbers: "angka contoh buatan Serambi, bukan data resmi"
===============  ==========================================================================

Pure and deterministic (no streamlit); :func:`registry` lists every citation of the official
seed for the About page; :func:`view_citations` the sources of one map (its values, then their
denominators), the same for the map page and the meeting brief.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTLETS_PATH = REPO_ROOT / "data" / "source_outlets.csv"

KINDS = (
    "bps",
    "bps_media",
    "dinsos",
    "administratif",
    "pemerintah",
    "media",
    "imported",
    "example",
)
KIND_LABELS: dict[str, dict[str, str]] = {
    "bps": {"id": "Rilis BPS", "en": "BPS release"},
    "bps_media": {"id": "Angka BPS lewat berita", "en": "BPS figure via news"},
    "dinsos": {"id": "Dinas Sosial", "en": "Social affairs office"},
    "administratif": {"id": "Data administrasi", "en": "Administrative data"},
    "pemerintah": {"id": "Pemerintah", "en": "Government"},
    "media": {"id": "Berita", "en": "News"},
    "imported": {"id": "Impor petugas Dinsos", "en": "Imported by Dinsos staff"},
    "example": {"id": "Data contoh", "en": "Example data"},
}
EXAMPLE_LABEL = {
    "id": "angka contoh buatan Serambi, bukan data resmi",
    "en": "example numbers made by Serambi, not official data",
}
# Markers of example data in stored sources (also the wording of older stores).
_EXAMPLE_MARKERS = ("DATA CONTOH", "angka contoh buatan Serambi")

_URL = re.compile(r"https?://[^\s;,)]+")
_DMY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")
_URL_YMD = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_PLACE = (
    r"(?:Kab\.\s*|Kabupaten\s+|Kota\s+|Provinsi\s+)?"
    r"(Kaltim|Kalimantan Timur|Penajam Paser Utara|PPU|Paser|Kutai Timur|Kutim|Kutai Kartanegara"
    r"|Kukar|Kutai Barat|Kubar|Berau|Mahakam Ulu|Mahulu|Balikpapan|Samarinda|Bontang)"
)
_SHORT_PLACE = {
    "Kalimantan Timur": "Kaltim",
    "Penajam Paser Utara": "PPU",
    "Kutai Timur": "Kutim",
    "Kutai Kartanegara": "Kukar",
    "Kutai Barat": "Kubar",
    "Mahakam Ulu": "Mahulu",
}
_CITIES = {"Balikpapan", "Samarinda", "Bontang"}
# (pattern, publisher template); the first that matches names the publisher. {p} = place.
_PUBLISHERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"BRS BPS\s+" + _PLACE), "BPS {p}"),
    (re.compile(r"BPS\s+" + _PLACE), "BPS {p}"),
    (
        re.compile(r"(?:Kadinsos|Dinsos|Dinas Sosial|Diskessos|Dissos-PM|Kadissos-PM)\s+" + _PLACE),
        "Dinsos {p}",
    ),
    (re.compile(r"(?:Kadisdukcapil|Disdukcapil|Dukcapil)\s+" + _PLACE), "Disdukcapil {p}"),
    (re.compile(r"Kepmendagri|Kemendagri"), "Kemendagri"),
    (re.compile(r"Kemenko PMK"), "Kemenko PMK"),
    (re.compile(r"Kemensos"), "Kemensos"),
    (re.compile(r"BPJS Kes"), "BPJS Kesehatan"),
    (re.compile(r"Bulog"), "Bulog"),
    (re.compile(r"Gubernur Kaltim|Pemprov Kaltim|Sekda(?:prov)? Kaltim"), "Pemprov Kaltim"),
    (
        re.compile(r"(?:Bupati|Pemkab|Wabup|Sekda|Bapelitbang|Bappedalitbang)\s+" + _PLACE),
        "Pemkab {p}",
    ),
    (re.compile(r"(?:Wali Kota|Walikota|Pemkot)\s+" + _PLACE), "Pemkot {p}"),
    (re.compile(r"DPRD\s+" + _PLACE), "DPRD {p}"),
    (re.compile(r"\bBPS\b"), "BPS"),
)
_ADMIN_PUBLISHERS = ("Disdukcapil", "Kemendagri", "BPJS")
_GOV_PUBLISHERS = ("Pemprov", "Pemkab", "Pemkot", "Kemenko", "Kemensos", "DPRD", "Bulog")


@dataclass(frozen=True)
class Citation:
    """One source as a reader sees it; build it with :func:`cite`."""

    text: str  # the stored citation, unchanged
    kind: str  # one of KINDS
    publisher: str | None
    outlet: str | None
    released: date | None
    url: str | None
    title: str | None

    def label(self, lang: str = "id") -> str:
        """'BPS Kaltim (Radar Paser, 30/9/2024)'; example data is described in words."""
        if self.kind == "example":
            return EXAMPLE_LABEL.get(lang, EXAMPLE_LABEL["id"])
        when = (
            f"{self.released.day}/{self.released.month}/{self.released.year}"
            if (self.released)
            else None
        )
        if self.url is None:
            return _clip(self.text, 80)
        who = self.publisher or self.outlet or _host(self.url)
        extra = [p for p in (self.outlet, when) if p and p != who]
        return f"{who} ({', '.join(extra)})" if extra else who

    def kind_label(self, lang: str = "id") -> str:
        return KIND_LABELS[self.kind].get(lang, KIND_LABELS[self.kind]["id"])


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _host(url: str) -> str:
    host = (urlparse(url).hostname or "").lower()
    for prefix in ("www.", "amp.", "m."):
        host = host.removeprefix(prefix)
    return host


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    with OUTLETS_PATH.open(encoding="utf-8", newline="") as f:
        return {row["host"].strip().lower(): row["name"].strip() for row in csv.DictReader(f)}


def outlet_name(url: str) -> str:
    """Display name of the site a URL is on ('Radar Paser'); the bare host when unknown."""
    host = _host(url)
    outlets = _outlets()
    if host in outlets:
        return outlets[host]
    if host.endswith(".bps.go.id"):
        return "BPS"
    return host


def _publisher(text: str, url: str | None) -> str | None:
    host = _host(url) if url else ""
    if host.endswith("bps.go.id") and host in _outlets():
        return _outlets()[host]
    for pattern, template in _PUBLISHERS:
        match = pattern.search(text)
        if not match:
            continue
        if "{p}" not in template:
            return template
        place = _SHORT_PLACE.get(match.group(1), match.group(1))
        if template.startswith("BPS") and place in _CITIES:
            place = f"Kota {place}"
        return template.format(p=place)
    return None


def _released(text: str) -> date | None:
    """The latest d/m/yyyy in the note, else a /yyyy/mm/dd/ date in the first URL."""
    found = []
    triples = [(d, m, y) for d, m, y in _DMY.findall(_URL.sub(" ", text))]
    if not triples:
        first = _URL.search(text)
        triples = [(d, m, y) for y, m, d in _URL_YMD.findall(first.group(0) if first else "")]
    for d, m, y in triples:
        try:
            found.append(date(int(y), int(m), int(d)))
        except ValueError:
            continue
    return max(found) if found else None


def _title(url: str) -> str | None:
    path = unquote(urlparse(url).path).rstrip("/")
    slug = path.rsplit("/", 1)[-1]
    slug = re.sub(r"\.(html?|php)$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w and not (w.isdigit() and len(w) > 4)]
    if len(words) < 3:
        return None
    title = " ".join(words)
    return _clip(title[:1].upper() + title[1:], 90)


def _kind(text: str, url: str | None, publisher: str | None, dataset_kind: str | None) -> str:
    if dataset_kind == "example" or any(m in text for m in _EXAMPLE_MARKERS):
        return "example"
    if dataset_kind == "imported" or url is None:
        return "imported"
    host = _host(url)
    if host.endswith("bps.go.id") or "BRS BPS" in text:
        return "bps"
    if publisher and publisher.startswith("BPS"):
        return "bps_media"
    if publisher and publisher.startswith("Dinsos"):
        return "dinsos"
    if publisher and publisher.startswith(_ADMIN_PUBLISHERS):
        return "administratif"
    if host.endswith(".go.id") or (publisher and publisher.startswith(_GOV_PUBLISHERS)):
        return "pemerintah"
    return "media"


@lru_cache(maxsize=4096)
def cite(text: str | None, dataset_kind: str | None = None) -> Citation | None:
    """Read a stored citation; ``None`` for an empty one.

    ``dataset_kind`` ('official', 'imported', 'example') is the kind of the dataset the number
    belongs to: imported and example data are labelled by it whatever their text says.
    """
    if not isinstance(text, str) or not text.strip():
        return None  # None, NaN from a DataFrame, or blank
    text = text.strip()
    match = _URL.search(text)
    url = match.group(0).rstrip(".") if match else None
    publisher = _publisher(text, url) if url else None
    kind = _kind(text, url, publisher, dataset_kind)
    return Citation(
        text=text,
        kind=kind,
        publisher=publisher,
        outlet=outlet_name(url) if url else None,
        released=_released(text),
        url=url,
        title=_title(url) if url else None,
    )


def labels(sources: Iterable[str | None], lang: str = "id", limit: int = 3) -> str:
    """'BPS Kaltim (Antara Kaltim); Dinsos Berau (+2)': distinct readable labels, joined."""
    seen: list[str] = []
    for text in sources:
        citation = cite(text)
        if citation is None:
            continue
        label = citation.label(lang)
        if label not in seen:
            seen.append(label)
    more = f" (+{len(seen) - limit})" if len(seen) > limit else ""
    return "; ".join(seen[:limit]) + more


def registry(texts: Iterable[str]) -> list[Citation]:
    """Distinct citations, most recent first (undated last), for a table of sources."""
    out: dict[str, Citation] = {}
    for text in texts:
        citation = cite(text)
        if citation is not None:
            out.setdefault(citation.text, citation)
    return sorted(
        out.values(),
        key=lambda c: (
            c.released is None,
            -(c.released.toordinal() if c.released else 0),
            c.label(),
        ),
    )


def distinct(
    sources: Iterable[str | None], kinds: Iterable[str | None] | None = None
) -> tuple[Citation, ...]:
    """Distinct citations (by label) of the given sources, in their order.

    ``kinds`` are the dataset kinds of the same rows (see :func:`cite`); missing ones count as
    unknown.
    """
    kinds_list = list(kinds) if kinds is not None else None
    out: dict[str, Citation] = {}
    for i, text in enumerate(sources):
        kind = kinds_list[i] if kinds_list is not None and i < len(kinds_list) else None
        c = cite(text, kind if isinstance(kind, str) else None)
        if c is not None:
            out.setdefault(c.label(), c)
    return tuple(out.values())


def row_citations(table: pd.DataFrame) -> list[Citation | None]:
    """The citation of each row of a map table (its ``source`` and ``dataset_kind``)."""
    kinds = table["dataset_kind"] if "dataset_kind" in table else [None] * len(table)
    return [
        cite(src if isinstance(src, str) else None, kind if isinstance(kind, str) else None)
        for src, kind in zip(table.get("source", [None] * len(table)), kinds, strict=True)
    ]


def view_citations(table: pd.DataFrame) -> tuple[Citation, ...]:
    """Citations of a map table's values, then of their denominators, each label once."""
    kinds = list(table["dataset_kind"]) if "dataset_kind" in table else None
    values = distinct(list(table.get("source", [])), kinds)
    dens = distinct(list(table.get("denominator_source", [])))
    merged = {c.label(): c for c in (*values, *dens)}
    return tuple(merged.values())
