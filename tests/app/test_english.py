"""English mode says everything in English (``?lang=en``).

Every page is rendered with AppTest in English and all the words it shows are collected: text,
HTML (without tags, styles and scripts, but with the ``aria-label`` and ``alt`` a screen reader
reads), widget labels, options and help, expander and tab labels, table headers and the texts
of every Plotly chart. None may hold an Indonesian word from :data:`INDONESIAN` once proper
names and data labels are taken out: region and district names, citations (publisher and
outlet, as :mod:`welfare.citations` reads the seed's sources), document names and a few names
that stay Indonesian in English text too (:data:`PROPER_NAMES`). Quoted literals (`code`) are
what a user types in a file, so they are skipped as well.
"""

from __future__ import annotations

import csv
import html
import json
import re
from functools import cache

import pytest
from streamlit.testing.v1.element_tree import Block

from tests.app.conftest import REPO_ROOT, run_app
from views.pages import PAGE_SPECS

pytestmark = pytest.mark.usefixtures("app_env")

# Indonesian words that are not English words (nor parts of names kept below).
INDONESIAN = (
    "dan", "atau", "sebagaimana", "diberitakan", "tahun", "sumber", "belum", "dengan", "untuk",
    "tidak", "wilayah", "data contoh", "yang", "dari", "pada", "oleh", "adalah", "akan", "bagi",
    "dalam", "sudah", "telah", "tentang", "terhadap", "tanpa", "hanya", "juga", "harus",
    "menurut", "sebagai", "berdasarkan", "jiwa", "keluarga", "penduduk", "jumlah", "penerima",
    "bantuan", "diduga", "artikel", "dokumen", "menyebut", "disebut", "naskah", "keputusan",
    "dibaca", "luas", "diumumkan", "dikutip", "poligon", "tanggal", "posisi", "pilih",
    "tampilkan", "unduh", "semua", "halaman", "nilai", "persen", "rumah tangga", "kabupaten",
    "provinsi", "desil", "contoh", "resmi", "catatan", "sasaran", "cakupan", "indikator",
    "peta", "berkas", "lihat", "terbaru", "bukan", "ini", "itu", "ke", "di", "ada",
    "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember",
)  # fmt: skip
_WORD = re.compile(r"(?<![\w/.-])(" + "|".join(INDONESIAN) + r")(?![\w/-])", re.IGNORECASE)

# Names that stay Indonesian in an English text (offices, places, programme terms glossed in
# English beside them, the agenda file's own keys) and are not in a data file read below.
PROPER_NAMES = (
    "Bahasa Indonesia",
    "Dinas Sosial",
    "Kalimantan Timur",
    "fakir miskin",
    "cahyadsn/wilayah_boundaries",
    "cahyadsn/wilayah",
    "[[langkah]]",
    "[rapat]",
)

_SEED_SOURCES = (
    "official_figures.csv",
    "official_figures_undated.csv",
    "kecamatan_figures.csv",
    "targets.csv",
)
# A target's document keeps its name ("RPJMD Kaltim 2025-2029"); its Indonesian remarks in
# brackets are translated, so only the part before them is a name.
_DOC_NAME = re.compile(r"^([^()]+?)\s*(?:\(|$)")


def _csv(name: str) -> list[dict[str, str]]:
    with (REPO_ROOT / "data" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def allowed_phrases() -> tuple[str, ...]:
    """Proper names and data labels, longest first (so a longer name goes before its part)."""
    from welfare.citations import cite

    names = set(PROPER_NAMES)
    for row in _csv("regions.csv"):
        names.update((row["nama"], row["ibukota"]))
    names.update(row["nama"] for row in _csv("kecamatan.csv"))
    names.update(row["name"] for row in _csv("source_outlets.csv"))
    for file in _SEED_SOURCES:
        for row in _csv(f"seed/{file}"):
            c = cite(row.get("sumber"))
            if c is not None:
                names.add(" ".join(c.text.split()))  # a citation as stored (with its quote)
                names.update(x for x in (c.label("en"), c.publisher, c.outlet) if x)
            if file == "targets.csv":
                doc = _DOC_NAME.match(row["dokumen"])
                if doc and not _WORD.search(doc.group(1)):
                    names.add(doc.group(1))
    # The programme register's published activities: names and agencies as the sources wrote
    # them (data, like region names), and their citations.
    for row in _csv("seed/programmes.csv"):
        names.update((row["programme_name"], row["agency"]))
        for text in row["source"].split(" | "):
            c = cite(text)
            if c is not None:
                names.add(" ".join(c.text.split()))
                names.update(x for x in (c.label("en"), c.publisher, c.outlet) if x)
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


# --------------------------------------------------------------------------------------------
# what a page shows

_TEXT_FIELDS = {"label", "help", "placeholder", "options", "body", "alt", "caption"}
_PLOTLY_TEXT = {"text", "name", "hovertemplate", "texttemplate", "ticktext", "title"}
_URL = re.compile(r"https?://[^\s\"'<>]+")
_PLOTLY_DATA = {"x", "y", "z", "customdata", "ids", "locations", "geojson", "template", "meta"}


def _proto_strings(msg, out: list[str], depth: int = 0) -> None:  # noqa: ANN001
    for fd, val in msg.ListFields():
        if fd.type == fd.TYPE_MESSAGE:
            if depth < 3:
                for v in [val] if hasattr(val, "ListFields") else list(val):
                    if hasattr(v, "ListFields"):
                        _proto_strings(v, out, depth + 1)
        elif fd.type == fd.TYPE_STRING and fd.name in _TEXT_FIELDS:
            out.extend([val] if isinstance(val, str) else list(val))


def _plotly_strings(obj: object, out: list[str], key: str | None = None) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k not in _PLOTLY_DATA:
                _plotly_strings(v, out, k)
    elif isinstance(obj, list):
        for v in obj:
            _plotly_strings(v, out, key)
    elif isinstance(obj, str) and key in _PLOTLY_TEXT:
        out.append(obj)


def shown_texts(node, out: list[str] | None = None) -> list[str]:  # noqa: ANN001
    """Every text of an AppTest tree a reader sees or a screen reader reads (the map's
    tooltips too: they are in the script of its custom component)."""
    out = [] if out is None else out
    if isinstance(node, Block) or not hasattr(node, "type"):
        if getattr(node, "proto", None) is not None:
            _proto_strings(node.proto, out)
        for child in node.children.values():
            shown_texts(child, out)
        return out
    if node.type == "plotly_chart":
        out.append(node.proto.alt)
        _plotly_strings(json.loads(node.proto.spec), out)
    elif node.type == "component_instance":  # the map: its legend and tooltips
        args = json.loads(node.proto.json_args)
        for name in ("script", "header", "html", "feature_group"):
            text = args.get(name)
            if isinstance(text, str):
                out.append(_URL.sub(" ", text).replace('","', '"\n"'))
    elif node.type in ("arrow_data_frame", "dataframe", "table"):
        out.extend(str(c) for c in node.value.columns)  # the values are data
    else:
        _proto_strings(node.proto, out)
    return out


_HIDDEN = re.compile(r"(?is)<(style|script)\b.*?</\1>")
_READ_ATTR = re.compile(r"""(?i)\s(?:aria-label|alt)\s*=\s*(["'])(.*?)\1""")
_TAG = re.compile(r"(?s)<[^>]+>")
_CODE = re.compile(r"`[^`]*`")


def plain(text: str) -> str:
    """HTML and Markdown as words: no tags, styles or code; attributes read aloud kept."""
    text = _HIDDEN.sub(" ", text)
    spoken = " ".join(m.group(2) for m in _READ_ATTR.finditer(text))
    text = html.unescape(_TAG.sub(" ", text) + "\n" + spoken)
    return re.sub(r"[ \t\xa0]+", " ", _CODE.sub(" ", text.replace("\\", "")))


def indonesian_words(texts: list[str]) -> list[str]:
    """'word | the line it is in' for every Indonesian word outside names and data labels."""
    found = []
    allowed = allowed_phrases()
    for line in plain("\n".join(texts)).splitlines():
        rest = line
        for name in allowed:
            if name in rest:
                rest = rest.replace(name, " ")
        for m in _WORD.finditer(rest):
            found.append(f"{m.group(1)!r} | {line.strip()[:240]}")
    return list(dict.fromkeys(found))


# Labels composed of two parts that say the same thing twice ("Poverty rate (Poverty)"), and
# an acronym with its own translation after it ("KPM families").
_DOUBLED = re.compile(r"\b([^\W\d_]{4,})\b(?:(?!  )[^()\n]){0,40}\((\1)\)", re.IGNORECASE)
_ACRONYM_UNIT = re.compile(r"\b(?:KPM|KK|RTM) (?:families|households)\b")


def awkward_labels(texts: list[str]) -> list[str]:
    lines = plain("\n".join(texts)).splitlines()
    found = {
        m.group(0) for rx in (_DOUBLED, _ACRONYM_UNIT) for ln in lines for m in rx.finditer(ln)
    }
    return sorted(found)


def test_the_check_finds_indonesian_and_spares_names():
    texts = [
        '<style>.a{color:red}</style><p aria-label="Peta wilayah">Map</p>',
        "Target 2029 (RPJMD Kaltim 2025-2029 (diduga; artikel tidak menyebut dokumen))",
        "Penajam Paser Utara · Source: BPS Kaltim (JPNN Kaltim) · `tanggal_data`",
    ]
    words = {w.split(" | ")[0].strip("'") for w in indonesian_words(texts)}
    assert words == {"Peta", "wilayah", "diduga", "artikel", "tidak", "menyebut", "dokumen"}
    assert awkward_labels(["Poverty rate (Poverty)", "70,703 KPM families", "PKH (KPM)"]) == [
        "70,703 KPM families"[7:],
        "Poverty rate (Poverty)",
    ]


def test_stored_indonesian_labels_are_shown_in_english():
    from datetime import date

    from views.source_links import document_label, snapshot_label
    from welfare.formatting import format_date, localise_dates

    assert format_date(date(2026, 1, 23), "en") == "23 January 2026"
    assert format_date(date(2025, 8, 1), "id", with_day=False) == "Agustus 2025"
    assert (
        localise_dates("DTSEN 23 Januari 2026; Mei 2025", "en") == "DTSEN 23 January 2026; May 2025"
    )
    assert snapshot_label("23 Januari 2026 (DATA CONTOH)", "en") == "23 January 2026 (EXAMPLE DATA)"
    assert snapshot_label("23 Januari 2026 (DATA CONTOH)", "id") == "23 Januari 2026 (DATA CONTOH)"
    doc = "RPJMD Kaltim 2025-2029 (diduga; artikel tidak menyebut dokumen)"
    assert document_label(doc, "id") == doc
    assert document_label(doc, "en") == (
        "RPJMD Kaltim 2025-2029 (presumed; the article does not name the document)"
    )
    assert document_label("dokumen tidak disebut sumber", "en") == (
        "document not named by the source"
    )


# --------------------------------------------------------------------------------------------
# every page

VIEWS = [(spec.script, {}, {}) for spec in PAGE_SPECS] + [
    ("pages/peta.py", {"indikator": "kpm_pkh"}, {}),  # a count of families: the unit's words
    ("pages/peta.py", {"mode": "presentasi"}, {}),
    ("pages/tren.py", {"indikator": "kemiskinan_ekstrem_persen"}, {}),  # national targets
    ("pages/sasaran.py", {}, {"sasaran_measure": "distance"}),  # targets' documents on the map
    ("pages/sasaran.py", {"mode": "presentasi"}, {}),
]


@pytest.mark.parametrize(
    ("page", "query", "session"),
    VIEWS,
    ids=[f"{p.split('/')[-1][:-3]}-{'-'.join([*q.values(), *s.values()])}" for p, q, s in VIEWS],
)
def test_page_speaks_english(page, query, session):
    at = run_app(page, query={"lang": "en", **query}, session=session)
    assert not at.exception, at.exception
    texts = shown_texts(at._tree)
    words = indonesian_words(texts)
    assert not words, "Indonesian in English mode:\n" + "\n".join(words)
    assert not awkward_labels(texts)
