"""Rows of "Program per tingkat" files for the register tests, and what the store holds."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
from sqlalchemy import Engine, func, select

from welfare.importing import ImportOptions, import_bytes
from welfare.importing.reference import stored_reference
from welfare.models import Dataset
from welfare.register import store as register_store
from welfare.register.records import FIELDS
from welfare.register.template import template_xlsx

HEADER = list(FIELDS)
FIRST: dict[str, object] = {
    "program": "PKH",
    "tingkat": "pusat",
    "sumber_dana": "APBN",
    "instansi": "Kementerian Sosial",
    "sasaran": "Keluarga miskin dan rentan (DTSEN desil 1-4)",
    "kode_wilayah": "6409",
    "kecamatan": "Sepaku",
    "tahun": 2025,
    "jumlah_rencana": 1234,
    "satuan_rencana": "KK",
    "jumlah_realisasi": 1200,
    "satuan_realisasi": "KPM",
    "anggaran_rp": "Rp 1,2 M",
    "status": "berjalan",
    "sumber": "SK Dinsos PPU 2025",
    "catatan": "é – dicek",
}
SECOND: dict[str, object] = {
    "program": "Bedah rumah swadaya",
    "tingkat": "Kab/Kota",
    "sumber_dana": "APBD kab",
    "instansi": "Disperkim Paser",
    "sasaran": "rtlh",
    "kode_wilayah": "Kab. Paser",
    "tahun": 2025,
    "jumlah_rencana": 50,
    "satuan_rencana": "unit",
    "anggaran_rp": 2_500_000_000,
    "status": "rencana",
    "sumber": "APBD Paser 2025",
}


def row(base: dict[str, object] = FIRST, **changes: object) -> list[object]:
    values = {**base, **changes}
    return [values.get(name) for name in FIELDS]


def rows(*extra: list[object]) -> list[list[object]]:
    """Header, the two activities, then ``extra`` rows."""
    return [HEADER, row(), row(SECOND), *extra]


def filled_template(engine: Engine, body: list[list[object]]) -> bytes:
    """The XLSX template as Kelola data offers it, with ``body`` typed under its header."""
    book = openpyxl.load_workbook(io.BytesIO(template_xlsx(stored_reference(engine).regions)))
    sheet = book["Program"]
    for r, values in enumerate(body, start=2):  # under the header, as staff type it
        for c, value in enumerate(values, start=1):
            sheet.cell(r, c, value)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def run(engine: Engine, data: bytes, name: str = "program.xlsx", **options: object):  # noqa: ANN201
    opts = ImportOptions(imported_by="uji", confirm_warnings=True)
    for key, value in options.items():
        setattr(opts, key, value)
    return import_bytes(engine, data, name, opts)


def imported(engine: Engine) -> pd.DataFrame:
    """The current activities that came from imports or the form (the seed left out)."""
    frame = register_store.current(engine)
    return frame[frame["dataset_kind"] == "imported"].reset_index(drop=True)


def register_state(engine: Engine) -> tuple[int, list[tuple[str, int]]]:
    """Number of datasets and every current (uid, version id): unchanged means nothing written."""
    with engine.connect() as conn:
        datasets = conn.execute(select(func.count(Dataset.id))).scalar_one()
    frame = register_store.current(engine)
    return datasets, sorted(zip(frame["uid"], (int(i) for i in frame["id"]), strict=True))
