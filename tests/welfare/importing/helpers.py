"""Build real CSV, XLSX, XLS and ODS files in memory for the import tests, import them, and
read back what is current in the store."""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl
import pytest
import xlwt
from sqlalchemy import Engine, select

from welfare.catalogue import load_catalogue
from welfare.importing import ImportOptions, import_bytes, reader
from welfare.importing.file_checks import check_file
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver, load_regions_csv
from welfare.importing.report import ImportReport
from welfare.models import Dataset, Observation

REPO = Path(__file__).resolve().parents[3]

REGENCIES = [
    ("6401", "Paser"),
    ("6402", "Kutai Barat"),
    ("6403", "Kutai Kartanegara"),
    ("6404", "Kutai Timur"),
    ("6405", "Berau"),
    ("6409", "Penajam Paser Utara"),
    ("6411", "Mahakam Ulu"),
    ("6471", "Balikpapan"),
    ("6472", "Samarinda"),
    ("6474", "Bontang"),
]
# How Dinsos tables write the same ten names.
MESSY_NAMES = [
    "Kab. Paser",
    "Kubar",
    "KUKAR",
    "Kutim",
    "Kabupaten Berau",
    "PPU",
    "Mahulu",
    "Kota Balikpapan",
    "SAMARINDA",
    "Bontang",
]


@lru_cache(maxsize=1)
def reference() -> tuple[IndicatorMatcher, RegionResolver]:
    indicators = list(load_catalogue())
    regions = load_regions_csv(str(REPO / "data" / "regions.csv"))
    return IndicatorMatcher(indicators), RegionResolver(regions)


def check(data: bytes, name: str = "berkas.xlsx", year: int | None = None) -> ImportReport:
    """File-only checks (no store): what the dry run reports before looking at stored data."""
    matcher, resolver = reference()
    return check_file(data, name, matcher, resolver, year=year).report


def count_file_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count every parse of an uploaded file: the real reader, wrapped wherever it is bound.

    Returns the list the wrapper appends each file's size to; the real reader still runs.
    """
    original = reader.read_file
    calls: list[int] = []

    def counting(data: bytes) -> reader.Workbook:
        calls.append(len(data))
        return original(data)

    for name, module in list(sys.modules.items()):
        ours = name.startswith(("welfare.", "components."))
        if ours and vars(module).get("read_file") is original:
            monkeypatch.setattr(module, "read_file", counting)
    assert check_file.__globals__["read_file"] is counting  # the check's own binding, too
    return calls


def xlsx(
    sheets: dict[str, Sequence[Sequence[object]]], merges: dict[str, Sequence[str]] | None = None
) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
        for rng in (merges or {}).get(title, ()):
            ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_bytes(rows: Sequence[Sequence[object]], delimiter: str = ";", bom: bool = True) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode("utf-8-sig" if bom else "utf-8")


def wide_rows(
    values: dict[str, Sequence[object]],
    names: Sequence[str] = MESSY_NAMES,
    total: bool = True,
    title: str | None = "DATA PMKS TAHUN 2023",
) -> list[list[object]]:
    """Title, blank line, header, ten regency rows and a "Jumlah" row."""
    headers = list(values)
    rows: list[list[object]] = []
    if title:
        rows += [[title], []]
    rows.append(["No", "Kabupaten/Kota", *headers])
    for i, name in enumerate(names):
        rows.append([i + 1, name, *(values[h][i] for h in headers)])
    if total:
        sums = [sum(v for v in values[h] if isinstance(v, int)) for h in headers]
        rows.append([None, "Jumlah", *sums])
    return rows


def long_rows(
    records: Sequence[tuple[object, int, str, object]],
    header: Sequence[str] = ("kode_wilayah", "tahun", "indikator", "nilai", "sumber"),
) -> list[list[object]]:
    return [list(header), *[[r, y, i, v, "uji"] for r, y, i, v in records]]


def messages(report: ImportReport, level: str = "error") -> list[str]:
    issues = report.errors if level == "error" else report.warnings
    return [i.message for i in issues]


def csv_text_bytes(rows: Sequence[Sequence[object]], encoding: str, delimiter: str = ";") -> bytes:
    """A CSV in any encoding, e.g. "cp1252" as Excel saves it on Indonesian Windows."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode(encoding)


def xlsx_with_saved_values(
    sheets: dict[str, Sequence[Sequence[object]]],
    saved: dict[str, dict[str, object]],
    merges: dict[str, Sequence[str]] | None = None,
) -> bytes:
    """An xlsx whose formula cells carry the result a spreadsheet program saved with them.

    openpyxl writes formulas as ``<c r="C14"><f>SUM(C4:C13)</f><v /></c>`` (no result);
    this puts ``saved[sheet][cell]`` into ``<v>``, as Excel does when it saves. A string
    result gets ``t="str"``, an error result (e.g. "#DIV/0!") ``t="e"``.
    """
    data = xlsx(sheets, merges)
    out = io.BytesIO()
    titles = list(sheets)
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            raw = src.read(info.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m and titles[int(m.group(1)) - 1] in saved:
                xml = raw.decode()
                for ref, value in saved[titles[int(m.group(1)) - 1]].items():
                    kind = ""
                    if isinstance(value, str):
                        kind = ' t="e"' if value.startswith("#") else ' t="str"'
                    # openpyxl writes "<v/>", or "<v></v>" when lxml is installed
                    pattern = rf'<c r="{ref}"([^>]*)><f>(.*?)</f>(?:<v ?/>|<v></v>)'
                    xml, n = re.subn(
                        pattern,
                        lambda mm, k=kind, v=value, ref=ref: (
                            f'<c r="{ref}"{mm.group(1)}{k}><f>{mm.group(2)}</f>'
                            f"<v>{escape(str(v))}</v>"
                        ),
                        xml,
                    )
                    assert n == 1, f"no formula cell {ref} to give a saved value"
                raw = xml.encode()
            dst.writestr(info, raw)
    return out.getvalue()


def xls(
    sheets: dict[str, Sequence[Sequence[object]]],
    merges: dict[str, Sequence[tuple[int, int, int, int]]] | None = None,
) -> bytes:
    """An Excel 97-2003 workbook; merges are (first_row, last_row, first_col, last_col)."""
    wb = xlwt.Workbook()
    for title, rows in sheets.items():
        ws = wb.add_sheet(title)
        spans = {(r0, c0): (r1, c1) for r0, r1, c0, c1 in (merges or {}).get(title, ())}
        covered = {
            (r, c)
            for (r0, c0), (r1, c1) in spans.items()
            for r in range(r0, r1 + 1)
            for c in range(c0, c1 + 1)
        }
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (r, c) in spans:
                    ws.write_merge(r, spans[(r, c)][0], c, spans[(r, c)][1], value)
                elif value is not None and (r, c) not in covered:
                    ws.write(r, c, value)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)


class OdsCell:
    """A cell for :func:`ods` beyond a plain value: a formula, a saved result, an error."""

    def __init__(
        self,
        formula: str | None = None,
        saved: object = None,
        error: str | None = None,
        raw_attrs: str = "",
    ) -> None:
        self.formula, self.saved, self.error, self.raw_attrs = formula, saved, error, raw_attrs


def _ods_cell(value: object, span: tuple[int, int] | None) -> str:
    attrs = ""
    if span:
        attrs += f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
    if isinstance(value, OdsCell):
        attrs += value.raw_attrs
        if value.formula:
            attrs += f" table:formula={quoteattr('of:' + value.formula)}"
        if value.error:  # as LibreOffice saves an error result
            return (
                f'<table:table-cell{attrs} office:value-type="float" office:value="0" '
                f'calcext:value-type="error"><text:p>{value.error}</text:p>'
                "</table:table-cell>"
            )
        value = value.saved
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (
            f'<table:table-cell{attrs} office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell{attrs} office:value-type="string">'
        f"<text:p>{escape(str(value))}</text:p></table:table-cell>"
    )


def ods(
    sheets: dict[str, Sequence[Sequence[object]]],
    merges: dict[str, Sequence[tuple[int, int, int, int]]] | None = None,
    tail: str = "",
) -> bytes:
    """A LibreOffice Calc workbook written as LibreOffice does (zip of OpenDocument XML).

    Merges are (first_row, last_row, first_col, last_col); covered cells are written as
    ``table:covered-table-cell``. ``tail`` is raw XML appended to the last sheet (e.g. the
    repeated empty rows LibreOffice writes).
    """
    tables = []
    for title, rows in sheets.items():
        spans = {
            (r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, r1, c0, c1 in (merges or {}).get(title, ())
        }
        covered = {
            (r, c)
            for (r0, c0), (h, w) in spans.items()
            for r in range(r0, r0 + h)
            for c in range(c0, c0 + w)
        } - set(spans)
        xml_rows = []
        for r, row in enumerate(rows):
            cells = [
                "<table:covered-table-cell/>"
                if (r, c) in covered
                else _ods_cell(v, spans.get((r, c)))
                for c, v in enumerate(row)
            ]
            xml_rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tables.append(
            f"<table:table table:name={quoteattr(title)}>"
            + "".join(xml_rows)
            + (tail if title == list(sheets)[-1] else "")
            + "</table:table>"
        )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {ODS_NS} office:version="1.3"><office:body>'
        f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        # The mimetype comes first and uncompressed, as the OpenDocument spec requires.
        zf.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


# -- importing and reading back (tests of apply and versions) ---------------------------------

CODES = [code for code, _ in REGENCIES]


def current(
    engine: Engine, indicator: str, year: int, *, province: bool = False
) -> dict[str, tuple[float, int]]:
    """The current view (active datasets, not superseded): region -> (value, dataset id).

    The province row ('64', derived from complete files) only with ``province=True``.
    """
    with engine.connect() as conn:
        rows = conn.execute(
            select(Observation.region_kode_bps, Observation.value, Observation.dataset_id)
            .join(Dataset, Dataset.id == Observation.dataset_id)
            .where(
                Dataset.status == "active",
                Observation.superseded_by.is_(None),
                Observation.indicator_id == indicator,
                Observation.year == year,
            )
        ).all()
    out: dict[str, tuple[float, int]] = {}
    for region, value, ds in rows:
        assert region not in out, "two current values for one region/indicator/year"
        if "." in region:  # a kecamatan ('64.09.04'): see n_kecamatan
            continue
        if region != "64" or province:
            out[region] = (value, ds)
    return out


def n_kecamatan(engine: Engine, indicator: str, year: int) -> int:
    """Current kecamatan values of a pair (the kecamatan example, replaced with the pair)."""
    with engine.connect() as conn:
        return len(
            conn.execute(
                select(Observation.id)
                .join(Dataset, Dataset.id == Observation.dataset_id)
                .where(
                    Dataset.status == "active",
                    Observation.superseded_by.is_(None),
                    Observation.indicator_id == indicator,
                    Observation.year == year,
                    Observation.region_kode_bps.like("%.%"),
                )
            ).all()
        )


def gelandangan(values: list[int], year: int = 2023) -> bytes:
    return xlsx({str(year): wide_rows({"Gelandangan": values}, title=None)})


def run(engine: Engine, data: bytes, name: str = "pmks.xlsx", **kw: object):  # noqa: ANN201
    opts = ImportOptions(imported_by="uji", confirm_warnings=True)
    for key, value in kw.items():
        setattr(opts, key, value)
    return import_bytes(engine, data, name, opts)
