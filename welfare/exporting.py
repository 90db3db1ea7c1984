"""Table exports (CSV, XLSX) that are safe to open in Excel and honest about example data.

* Text cells that start with ``= + - @`` (or a tab / carriage return) are prefixed with an
  apostrophe, so a spreadsheet never evaluates them as formulas (CSV/formula injection);
  formatted numbers such as "-3,4" are left as they are. The same applies to the tables shown
  with ``st.dataframe`` (:func:`neutralise_frame`), whose toolbar can download them as CSV.
* A file with example data says so: a note row above the CSV header, a red title row and a
  "Keterangan" sheet in the XLSX, and the caller adds "DATA-CONTOH" to the file name.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from numbers import Real

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"^[+-]\d[\d.,]*(?: ?%)?$")
EXAMPLE_NOTE = {
    "id": "DATA CONTOH: sebagian atau semua angka dalam berkas ini adalah data buatan untuk "
    "peragaan, bukan data resmi. Jangan dikutip.",
    "en": "EXAMPLE DATA: some or all numbers in this file are generated for demonstration, "
    "not official figures. Do not quote them.",
}


@dataclass(frozen=True)
class ExportMeta:
    title: str
    lang: str = "id"
    has_example: bool = False
    sources: Sequence[str] = field(default_factory=tuple)
    notes: Sequence[str] = field(default_factory=tuple)


def neutralise(value: object) -> object:
    """Make a text cell inert in a spreadsheet; numbers and missing values pass through."""
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_PREFIXES)
        and value not in ("-", "+")  # a lone "-" (Indonesian tables' "none") is not a formula
        and not _SIGNED_NUMBER.match(value)  # nor is a formatted number such as "-3,4 %"
    ):
        return "'" + value
    return value


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells, column names and index labels are inert in a spreadsheet.

    Also for tables shown with ``st.dataframe``: its toolbar's "Download as CSV" writes the
    cells as they are, so what the table holds must already be safe to open in Excel.
    """
    out = df.copy()
    out.columns = [str(neutralise(str(c))) for c in out.columns]
    if out.index.dtype == object or pd.api.types.is_string_dtype(out.index):
        out.index = out.index.map(neutralise)
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise)
    return out


def _csv_number(value: object, lang: str) -> object:
    if isinstance(value, bool) or not isinstance(value, Real) or pd.isna(value):
        return "" if value is None or (isinstance(value, float) and pd.isna(value)) else value
    text = repr(float(value)) if not float(value).is_integer() else str(int(value))
    return text.replace(".", ",") if lang == "id" else text


def to_csv_bytes(df: pd.DataFrame, meta: ExportMeta) -> bytes:
    """UTF-8 CSV with BOM. Indonesian: ``;`` separator and decimal comma (as Excel-ID expects)."""
    clean = neutralise_frame(df)
    sep = ";" if meta.lang == "id" else ","
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    if meta.has_example:
        writer.writerow([EXAMPLE_NOTE.get(meta.lang, EXAMPLE_NOTE["id"])])
    writer.writerow(list(clean.columns))
    for row in clean.itertuples(index=False):
        writer.writerow([_csv_number(v, meta.lang) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx_bytes(df: pd.DataFrame, meta: ExportMeta) -> bytes:
    """XLSX with a title row, the table, and a 'Keterangan' sheet (sources, example note)."""
    clean = neutralise_frame(df)
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append([str(neutralise(meta.title))])
    ws["A1"].font = Font(bold=True, size=13)
    start = 2
    if meta.has_example:
        ws.append([EXAMPLE_NOTE.get(meta.lang, EXAMPLE_NOTE["id"])])
        ws["A2"].font = Font(bold=True, color="FFFFFF")
        ws["A2"].fill = PatternFill("solid", fgColor="B71C1C")
        start = 3
    ws.append(list(clean.columns))
    for cell in ws[start]:
        cell.font = Font(bold=True)
    for row in clean.itertuples(index=False):
        ws.append([None if (isinstance(v, float) and pd.isna(v)) or v is pd.NA else v for v in row])
    for idx, col in enumerate(clean.columns, start=1):
        width = max([len(str(col))] + [len(str(v)) for v in clean[col].head(50)])
        ws.column_dimensions[get_column_letter(idx)].width = min(max(10, width + 2), 60)
    ws.freeze_panes = ws.cell(row=start + 1, column=1)

    info = wb.create_sheet("Keterangan")
    info.append(["Judul" if meta.lang == "id" else "Title", str(neutralise(meta.title))])
    if meta.has_example:
        info.append(["PERHATIAN", EXAMPLE_NOTE.get(meta.lang, EXAMPLE_NOTE["id"])])
    for note in meta.notes:
        info.append(["Catatan" if meta.lang == "id" else "Note", str(neutralise(note))])
    for src in meta.sources:
        info.append(["Sumber" if meta.lang == "id" else "Source", str(neutralise(src))])
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 120
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export_filename(stem: str, ext: str, has_example: bool) -> str:
    """A safe file name; example data is visible in the name itself."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem).strip("-")
    return f"{safe}{'-DATA-CONTOH' if has_example else ''}.{ext}"
