"""Read a workbook's values with python-calamine (.xlsx, .ods and .xls) under the sheet and
row limits, one sheet at a time.

A formula cell is read by the value the spreadsheet program saved with it and is never
evaluated. For .xlsx and .ods the pre-scan (:mod:`.xlsx_scan`, :mod:`.ods_scan`) has bounded
every sheet before calamine may allocate it; a sheet the scan did not see is refused. For .xls
there is no scan of the binary BIFF records: calamine's own extent is checked before its grid
is copied into Python (a crafted .xls can still make it allocate up to 65,536 x 256 cells,
about 1 GB, for a moment); error cells and formulas without a saved result read as empty cells,
i.e. "no figure", never as a number. Excel always saves a result with each formula in an .xls,
so the latter only affects files written by other tools.

Separate from the scans (which read XML) and from :mod:`.sheet_grid` (which shapes one sheet):
this is the only module that talks to calamine's workbook API.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from welfare.importing.sheet_grid import build_sheet, check_extent
from welfare.importing.workbook import (
    FORMAT_LABELS,
    MAX_RAW_ROWS,
    MAX_ROWS,
    MAX_SHEETS,
    FileRefused,
    Workbook,
)

if TYPE_CHECKING:
    from welfare.importing.zip_workbook import Scan


def read_with_calamine(data: bytes, kind: str, scans: dict[str, Scan] | None) -> Workbook:
    """The workbook's values; ``scans`` per sheet name for zip workbooks, None for .xls."""
    import python_calamine as calamine

    label = FORMAT_LABELS[kind]
    try:
        wb = calamine.load_workbook(io.BytesIO(data))
    except calamine.PasswordError as exc:
        raise FileRefused(
            "berkas dilindungi kata sandi; buka berkas, hapus kata sandinya, simpan ulang, lalu "
            "unggah lagi.",
            "password_protected",
        ) from exc
    except Exception as exc:  # calamine raises several kinds on corrupt input
        hint = " (berkas Office lain atau berkas XLSX terenkripsi)" if kind == "xls" else ""
        raise FileRefused(
            f"berkas {label} rusak atau bukan buku kerja{hint}; tidak dapat dibaca.", "unreadable"
        ) from exc
    with wb:
        names = [m.name for m in wb.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
        if len(names) > MAX_SHEETS:
            raise FileRefused(
                f"buku kerja berisi {len(names)} lembar; batasnya {MAX_SHEETS}.",
                "too_many_sheets",
            )
        sheets = []
        total_rows = 0
        for name in names:
            scan = scans.get(name) if scans is not None else None
            if scans is not None:
                if scan is None:  # never hand calamine a sheet the scan has not bounded
                    raise FileRefused(
                        f"lembar '{name}' rusak dan tidak dapat dibaca.", "unreadable"
                    )
                check_extent(name, scan.rows, scan.cols)  # before calamine allocates
            try:
                cs = wb.get_sheet_by_name(name)
            except Exception as exc:
                raise FileRefused(
                    f"lembar '{name}' rusak dan tidak dapat dibaca.", "unreadable"
                ) from exc
            sheet = build_sheet(name, cs, scan)
            total_rows += sum(1 for row in sheet.cells if any(v is not None for v in row))
            if total_rows > MAX_RAW_ROWS:
                raise FileRefused(
                    f"buku kerja berisi lebih dari {MAX_RAW_ROWS:,} baris terisi; batasnya "
                    f"{MAX_ROWS:,} baris data.".replace(",", "."),
                    "too_many_rows",
                )
            sheets.append(sheet)
    return Workbook(kind, sheets)
