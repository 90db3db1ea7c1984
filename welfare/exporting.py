"""Table exports (CSV, XLSX) that are safe to open in Excel and honest about example data.

* Text cells that start with ``= + - @`` (or a tab / carriage return) are prefixed with an
  apostrophe, so a spreadsheet never evaluates them as formulas (CSV/formula injection);
  formatted numbers such as "-3,4" are left as they are. The same applies to the tables shown
  with ``st.dataframe`` (:func:`neutralise_frame`), whose toolbar can download them as CSV.
* A file with example data says so: a note row above the CSV header, a red title row and a
  "Keterangan" sheet in the XLSX, and the caller adds "DATA-CONTOH" to the file name.
* One number of decimals per numeric column (:func:`column_decimals`): the digits the page
  shows where the caller names them (``ExportMeta.decimals``), else
  :func:`welfare.formatting.decimals_for` of the column (0 for whole numbers such as years
  and ranks), so a CSV column never mixes "4,3" and "4,30". The XLSX holds the same rounded
  numbers as numeric cells, with a number format of those digits.
* :func:`select_regions`: the rows of the regions chosen in the filter, or all rows with the
  chosen ones marked (the downloads follow the view).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from numbers import Real

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from welfare.formatting import decimals_for

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"^[+-]\d[\d.,]*(?: ?%)?$")
EXAMPLE_NOTE = {
    "id": "DATA CONTOH: sebagian atau semua angka dalam berkas ini adalah data buatan untuk "
    "peragaan, bukan data resmi. Jangan dikutip.",
    "en": "EXAMPLE DATA: some or all numbers in this file are generated for demonstration, "
    "not official figures. Do not quote them.",
}


Decimals = Mapping[str, int | Sequence[int | None]]


@dataclass(frozen=True)
class ExportMeta:
    """What a file says besides its table.

    ``decimals``: column name -> the digits the page shows for it (one number for the column,
    or one per row where each row is another indicator, as in a profile); numeric columns
    left out get :func:`column_decimals`' rule.
    """

    title: str
    lang: str = "id"
    has_example: bool = False
    sources: Sequence[str] = field(default_factory=tuple)
    notes: Sequence[str] = field(default_factory=tuple)
    decimals: Decimals = field(default_factory=dict)


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


def _is_number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and not pd.isna(value)


def _numbers(series: pd.Series) -> list[float] | None:
    """The numbers of a column (``None`` for a column without any: text, dates, flags)."""
    if pd.api.types.is_bool_dtype(series):
        return None
    if pd.api.types.is_numeric_dtype(series):
        return [float(v) for v in series if not pd.isna(v)]
    if series.dtype == object:  # numbers among missing values or words ("tidak ada data")
        numbers = [float(v) for v in series if _is_number(v)]
        return numbers or None
    return None


def column_decimals(df: pd.DataFrame, decimals: Decimals | None = None) -> list[list[int] | None]:
    """Digits of every cell, column by column (``None``: a text column, written as it is).

    A column named in ``decimals`` takes those digits (one for the column or one per row);
    another numeric column takes 0 when it holds whole numbers only (years, ranks, counts),
    else :func:`welfare.formatting.decimals_for` of its values: one rule for every file, and
    one number of digits per column.
    """
    decimals = decimals or {}
    out: list[list[int] | None] = []
    for pos, name in enumerate(df.columns):
        series = df.iloc[:, pos]
        numbers = _numbers(series)
        if numbers is None:
            out.append(None)
            continue
        given = decimals.get(str(name))
        if given is None:
            whole = all(float(v).is_integer() for v in numbers)
            digits = 0 if whole else decimals_for(numbers, "")
            out.append([digits] * len(df))
        elif isinstance(given, int):
            out.append([given] * len(df))
        else:
            rows = list(given)
            if len(rows) != len(df):
                raise ValueError(f"decimals for {name!r}: {len(rows)} values, {len(df)} rows")
            out.append([0 if d is None else int(d) for d in rows])
    return out


def _rounded(value: float, digits: int) -> float | int:
    number = round(float(value), digits)
    return int(number) if digits == 0 else number


def _csv_number(value: object, digits: int, lang: str) -> str:
    """A number with exactly ``digits`` decimals, no grouping; decimal comma in Indonesian."""
    text = f"{float(value):.{digits}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]  # no "-0,0"
    return text.replace(".", ",") if lang == "id" else text


def _csv_cell(value: object, digits: int | None, lang: str) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    if digits is not None and _is_number(value):
        return _csv_number(value, digits, lang)
    return value


def _xlsx_format(digits: int, grouped: bool) -> str:
    base = "#,##0" if grouped else "0"
    return base + ("." + "0" * digits if digits > 0 else "")


def to_csv_bytes(df: pd.DataFrame, meta: ExportMeta) -> bytes:
    """UTF-8 CSV with BOM. Indonesian: ``;`` separator and decimal comma (as Excel-ID expects)."""
    clean = neutralise_frame(df)
    sep = ";" if meta.lang == "id" else ","
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    if meta.has_example:
        writer.writerow([EXAMPLE_NOTE.get(meta.lang, EXAMPLE_NOTE["id"])])
    writer.writerow(list(clean.columns))
    digits = column_decimals(df, meta.decimals)
    for i, row in enumerate(clean.itertuples(index=False)):
        writer.writerow(
            [
                _csv_cell(v, None if d is None else d[i], meta.lang)
                for v, d in zip(row, digits, strict=True)
            ]
        )
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
    digits = column_decimals(df, meta.decimals)
    given = {str(c) for c in meta.decimals}
    for i, row in enumerate(clean.itertuples(index=False), start=1):
        cells = []
        for v, d in zip(row, digits, strict=True):
            if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)):
                cells.append(None)
            elif d is not None and _is_number(v):
                cells.append(_rounded(float(v), d[i - 1]))
            else:
                cells.append(v)
        ws.append(cells)
        for col, d in enumerate(digits, start=1):
            if d is not None:
                grouped = str(df.columns[col - 1]) in given
                ws.cell(row=start + i, column=col).number_format = _xlsx_format(d[i - 1], grouped)
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


def select_regions(
    df: pd.DataFrame,
    code_column: str,
    chosen: Collection[str],
    *,
    keep_all: bool = False,
    mark_column: str = "",
    mark: str = "",
) -> pd.DataFrame:
    """The rows a download holds when regions are chosen in the filter.

    Only the rows whose ``code_column`` is in ``chosen`` (in the table's order), or with
    ``keep_all`` every row and a ``mark_column`` that says ``mark`` on the chosen ones (after
    ``code_column``). With nothing chosen, or every row chosen, the table as it is.
    """
    codes = df[code_column].astype(str)
    wanted = codes.isin({str(c) for c in chosen})
    if not wanted.any() or wanted.all():
        return df
    if not keep_all:
        return df[wanted.to_numpy()].reset_index(drop=True)
    out = df.copy()
    marks = wanted.map({True: mark, False: ""})
    out.insert(int(out.columns.get_loc(code_column)) + 1, mark_column, marks)
    return out


def export_filename(stem: str, ext: str, has_example: bool) -> str:
    """A safe file name; example data is visible in the name itself."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem).strip("-")
    return f"{safe}{'-DATA-CONTOH' if has_example else ''}.{ext}"
