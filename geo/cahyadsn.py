"""Parser for the cahyadsn ``wilayah_boundaries`` SQL dumps.

The files (github.com/cahyadsn/wilayah_boundaries) are MySQL scripts::

    /* licence comment */
    DELETE FROM wilayah_boundaries WHERE ...;
    INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
        ('64.01','Kabupaten Paser',-1.73,116.09,'[[[[-2.205,116.549],...]]]'),
        (...);

``kode`` is the Kemendagri code ('64.02' = Kutai Kartanegara), ``lat``/``lng`` a label point
and ``path`` a JSON array with GeoJSON nesting (depth 3 = Polygon rings, depth 4 =
MultiPolygon) but with **[lat, lng]** positions, which are swapped here to [lng, lat].
The SQL is tokenised (not split on commas or quotes) so quotes inside names, MySQL backslash
escapes and several VALUES tuples per statement are handled.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

__all__ = ["CahyadsnFormatError", "parse_cahyadsn", "parse_cahyadsn_text"]

TABLE = "wilayah_boundaries"
COLUMNS = ("kode", "nama", "lat", "lng", "path")
# Statements a MySQL dump may carry around the data; they carry no rows.
_IGNORED_KEYWORDS = frozenset(
    {
        "DELETE", "SET", "LOCK", "UNLOCK", "START", "BEGIN", "COMMIT", "CREATE", "DROP",
        "ALTER", "USE", "TRUNCATE",
    }
)  # fmt: skip
_EXPECTED_STATEMENT = "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES (...)"
_KODE_RE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>/\*.*?\*/|(?:--(?=\s|$)|\#)[^\n]*)
  | (?P<string>'(?:[^'\\]|\\.|'')*')
  | (?P<qstring>"(?:[^"\\]|\\.|"")*")
  | (?P<semi>;)
  | (?P<number>[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)
  | (?P<word>`[^`]*`|[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<punct>[(),])
  | (?P<other>.)
    """,
    re.DOTALL | re.VERBOSE,
)
_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}
_ESCAPE_RE = re.compile(r"\\(.)|''", re.DOTALL)


class CahyadsnFormatError(ValueError):
    """Malformed cahyadsn SQL; the message (Bahasa Indonesia) names statement and line."""

    def __init__(self, message: str, statement: int | None = None, line: int | None = None) -> None:
        where = []
        if statement is not None:
            where.append(f"pernyataan SQL ke-{statement}")
        if line is not None:
            where.append(f"baris {line}")
        location = f" ({', '.join(where)})" if where else ""
        super().__init__(f"Format SQL cahyadsn tidak valid{location}: {message}")
        self.statement = statement
        self.line = line


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class _Row:
    kode: str
    nama: str
    lat: float
    lng: float
    geometry: shapely.Geometry


def _unescape(body: str) -> str:
    """Decode a MySQL single-quoted string body (backslash escapes and doubled quotes)."""

    def repl(m: re.Match[str]) -> str:
        if m.group(0) == "''":
            return "'"
        ch = m.group(1)
        return _ESCAPES.get(ch, ch)  # \' \" \\ \% \_ and unknown escapes -> the character

    return _ESCAPE_RE.sub(repl, body)


def _statements(text: str) -> list[list[_Token]]:
    """Tokenise SQL text into statements (comments and whitespace dropped)."""
    statements: list[list[_Token]] = []
    current: list[_Token] = []
    line = 1
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "other"
        tok = m.group(0)
        if kind == "other":
            if tok == "'":
                raise CahyadsnFormatError(
                    "string tidak ditutup (tanda kutip ' tanpa pasangan).",
                    len(statements) + 1,
                    line,
                )
            if text.startswith("/*", m.start()):
                raise CahyadsnFormatError("komentar /* tidak ditutup.", len(statements) + 1, line)
        if kind not in {"ws", "comment"}:
            if kind == "semi":
                if current:
                    statements.append(current)
                current = []
            else:
                current.append(_Token(kind, tok, line))
        line += tok.count("\n")
    if current:
        statements.append(current)
    return statements


def _value(tok: _Token, number: int) -> Any:
    if tok.kind == "string":
        return _unescape(tok.text[1:-1])
    if tok.kind == "qstring":
        return _unescape(tok.text[1:-1].replace('""', '"'))
    if tok.kind == "number":
        return float(tok.text)
    if tok.kind == "word" and tok.text.upper() == "NULL":
        return None
    raise CahyadsnFormatError(
        f"nilai tidak dikenal {tok.text!r} di dalam VALUES.", number, tok.line
    )


def _parse_insert(tokens: list[_Token], number: int) -> list[tuple[dict[str, Any], int]]:
    """Parse ``INSERT INTO wilayah_boundaries(cols) VALUES (...),(...)`` into row dicts."""
    pos = 0

    def expect(kind: str, text: str | None = None) -> _Token:
        nonlocal pos
        if pos >= len(tokens):
            last = tokens[-1].line
            want = text or kind
            raise CahyadsnFormatError(f"pernyataan terpotong, diharapkan {want!r}.", number, last)
        tok = tokens[pos]
        if tok.kind != kind or (text is not None and tok.text.upper() != text.upper()):
            want = text or kind
            raise CahyadsnFormatError(
                f"diharapkan {want!r}, ditemukan {tok.text[:40]!r}.", number, tok.line
            )
        pos += 1
        return tok

    expect("word", "INSERT")
    if pos < len(tokens) and tokens[pos].text.upper() == "IGNORE":
        pos += 1
    expect("word", "INTO")
    table = expect("word").text.strip("`")
    if table.lower() != TABLE:
        raise CahyadsnFormatError(
            f"INSERT ke tabel '{table}', padahal yang diharapkan '{TABLE}'.",
            number,
            tokens[pos - 1].line,
        )
    expect("punct", "(")
    columns: list[str] = []
    while True:
        columns.append(expect("word").text.strip("`").lower())
        if expect("punct").text == ")":
            break
    missing = [c for c in COLUMNS if c not in columns]
    if missing:
        raise CahyadsnFormatError(
            f"kolom {missing} tidak ada dalam daftar kolom {columns}.", number, tokens[0].line
        )
    expect("word", "VALUES")

    rows: list[tuple[dict[str, Any], int]] = []
    while True:
        open_tok = expect("punct", "(")
        values: list[Any] = []
        while True:
            if pos >= len(tokens):
                raise CahyadsnFormatError("tuple VALUES tidak ditutup.", number, open_tok.line)
            values.append(_value(tokens[pos], number))
            pos += 1
            sep = expect("punct")
            if sep.text == ")":
                break
            if sep.text != ",":
                raise CahyadsnFormatError(
                    f"diharapkan ',' atau ')', ditemukan {sep.text!r}.", number, sep.line
                )
        if len(values) != len(columns):
            raise CahyadsnFormatError(
                f"tuple ke-{len(rows) + 1} berisi {len(values)} nilai, padahal ada "
                f"{len(columns)} kolom.",
                number,
                open_tok.line,
            )
        rows.append((dict(zip(columns, values, strict=True)), open_tok.line))
        if pos == len(tokens):
            return rows
        expect("punct", ",")


def _depth(obj: Any) -> int:
    depth = 0
    while isinstance(obj, list) and obj:
        obj = obj[0]
        depth += 1
    return depth


def _ring(points: Any, where: str) -> np.ndarray:
    try:
        arr = np.asarray(points, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{where}: koordinat bukan pasangan angka [lat, lng]") from exc
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(f"{where}: koordinat harus berupa pasangan [lat, lng]")
    if len(arr) < 3:
        raise ValueError(f"{where}: cincin poligon hanya {len(arr)} titik")
    if not np.isfinite(arr).all():
        raise ValueError(f"{where}: koordinat tidak hingga/NaN")
    lat, lng = arr[:, 0], arr[:, 1]
    if (np.abs(lat) > 90).any() or (np.abs(lng) > 180).any():
        raise ValueError(f"{where}: koordinat di luar rentang lintang/bujur")
    return arr[:, ::-1]  # [lat, lng] -> [lng, lat]


def _polygon(rings: Any, where: str) -> shapely.Polygon:
    coords = [_ring(r, f"{where}, cincin {i + 1}") for i, r in enumerate(rings)]
    return shapely.Polygon(coords[0], coords[1:])


def _geometry(path: Any) -> shapely.Geometry:
    """Build a (Multi)Polygon from a decoded cahyadsn ``path`` array."""
    if not isinstance(path, list) or not path:
        raise ValueError("path kosong atau bukan array JSON")
    depth = _depth(path)
    if depth == 3:
        return _polygon(path, "poligon 1")
    if depth == 4:
        return shapely.MultiPolygon([_polygon(p, f"poligon {i + 1}") for i, p in enumerate(path)])
    raise ValueError(f"kedalaman array path {depth} tidak dikenal (harus 3 atau 4)")


def _row(values: dict[str, Any], number: int, line: int) -> _Row:
    kode = values["kode"]
    if not isinstance(kode, str) or not _KODE_RE.match(kode.strip()):
        raise CahyadsnFormatError(f"kode {kode!r} bukan kode wilayah Kemendagri.", number, line)
    kode = kode.strip()
    nama = values["nama"]
    if not isinstance(nama, str) or not nama.strip():
        raise CahyadsnFormatError(f"nama kosong untuk kode {kode}.", number, line)
    lat, lng = values["lat"], values["lng"]
    if not isinstance(lat, float) or not isinstance(lng, float):
        raise CahyadsnFormatError(f"lat/lng untuk kode {kode} harus angka.", number, line)
    if not (math.isfinite(lat) and math.isfinite(lng) and abs(lat) <= 90 and abs(lng) <= 180):
        raise CahyadsnFormatError(f"lat/lng untuk kode {kode} di luar rentang.", number, line)
    raw_path = values["path"]
    if not isinstance(raw_path, str):
        raise CahyadsnFormatError(f"path untuk kode {kode} harus string JSON.", number, line)
    try:
        geometry = _geometry(json.loads(raw_path))
    except json.JSONDecodeError as exc:
        raise CahyadsnFormatError(
            f"path untuk kode {kode} bukan JSON yang sah ({exc.msg}, kolom {exc.pos}).",
            number,
            line,
        ) from exc
    except ValueError as exc:
        raise CahyadsnFormatError(f"path untuk kode {kode}: {exc}.", number, line) from exc
    return _Row(kode, nama.strip(), lat, lng, geometry)


def parse_cahyadsn_text(text: str) -> gpd.GeoDataFrame:
    """Parse the text of a cahyadsn ``wilayah_boundaries`` SQL file.

    Parameters
    ----------
    text : str
        Full SQL text.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``kode`` (Kemendagri code), ``nama``, ``lat``, ``lng`` (label point from the
        file) and ``geometry`` ((Multi)Polygon in [lng, lat] order, not repaired), EPSG:4326,
        in file order.

    Raises
    ------
    CahyadsnFormatError
        Malformed SQL or path; the message names the statement number and line.
    """
    rows: list[_Row] = []
    seen: dict[str, int] = {}
    for number, tokens in enumerate(_statements(text), start=1):
        keyword = tokens[0].text.upper() if tokens[0].kind == "word" else tokens[0].text
        if keyword in _IGNORED_KEYWORDS:
            continue
        if keyword != "INSERT":
            raise CahyadsnFormatError(
                f"pernyataan tidak dikenal yang diawali {tokens[0].text[:40]!r}; yang diharapkan "
                + _EXPECTED_STATEMENT
                + ".",
                number,
                tokens[0].line,
            )
        for values, line in _parse_insert(tokens, number):
            row = _row(values, number, line)
            if row.kode in seen:
                raise CahyadsnFormatError(
                    f"kode {row.kode} ganda (sudah ada di pernyataan ke-{seen[row.kode]}).",
                    number,
                    line,
                )
            seen[row.kode] = number
            rows.append(row)
    if not rows:
        raise CahyadsnFormatError(f"tidak ada data {_EXPECTED_STATEMENT} di dalam berkas.")
    return gpd.GeoDataFrame(
        {
            "kode": [r.kode for r in rows],
            "nama": [r.nama for r in rows],
            "lat": np.array([r.lat for r in rows], dtype=float),
            "lng": np.array([r.lng for r in rows], dtype=float),
        },
        geometry=[r.geometry for r in rows],
        crs="EPSG:4326",
    )


def parse_cahyadsn(path: Path | str) -> gpd.GeoDataFrame:
    """Parse a cahyadsn ``wilayah_boundaries`` SQL file; see :func:`parse_cahyadsn_text`."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return parse_cahyadsn_text(text)
