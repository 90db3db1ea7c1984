"""The "Kelola data" page body: templates, upload with a dry-run report, import, rollback.

All checks and writes happen in :mod:`welfare.importing` (the same engine as the command line
``python -m welfare``). Staff-facing, in Bahasa Indonesia.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from components import data_access
from welfare.formatting import format_int
from welfare.importing import ImportOptions, import_bytes, list_datasets, rollback_dataset
from welfare.importing.apply import load_reference
from welfare.importing.reader import MAX_FILE_BYTES, MAX_ROWS
from welfare.importing.templates import template_csv, template_xlsx


def _md(text: str) -> str:
    """Escape Markdown: dataset and file names come from users."""
    return re.sub(r"([\\`*_\[\]()<>#!|{}~])", r"\\\1", text)


KIND_LABELS = {"official": "Resmi", "imported": "Impor", "example": "DATA CONTOH"}
STATUS_LABELS = {"active": "Aktif", "rolled_back": "Dibatalkan"}


@st.cache_data(show_spinner=False, hash_funcs={Engine: lambda e: str(e.url)})
def _templates(engine: Engine, year: int) -> tuple[bytes, bytes]:
    with engine.connect() as conn:
        matcher, resolver = load_reference(conn)
    regions = list(resolver.regions.values())
    indicators = list(matcher.indicators.values())
    return template_csv(regions, indicators, year), template_xlsx(regions, indicators, year)


def templates_section(engine: Engine) -> None:
    st.subheader("1. Templat")
    st.write(
        "Gunakan templat (satu baris per wilayah, tahun dan indikator) atau tabel rekap biasa: "
        "satu baris per kabupaten/kota dan satu kolom per jenis PMKS atau program (mis. "
        "'Gelandangan', 'Lanjut Usia Terlantar', 'KPM PKH'), dengan tahun di judul, nama lembar "
        "atau kolom Tahun."
    )
    csv_bytes, xlsx_bytes = _templates(engine, date.today().year - 1)
    c1, c2 = st.columns(2)
    c1.download_button("Unduh templat CSV", csv_bytes, "templat_serambi.csv", "text/csv")
    c2.download_button(
        "Unduh templat XLSX",
        xlsx_bytes,
        "templat_serambi.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def upload_section(engine: Engine, user: str) -> None:
    st.subheader("2. Unggah dan periksa")
    st.write(
        f"Maksimal {MAX_FILE_BYTES // 1024 // 1024} MB dan {format_int(MAX_ROWS)} baris. "
        "Hanya data agregat per kabupaten/kota: berkas berisi data pribadi (NIK, nama, alamat) "
        "ditolak sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi."
    )
    uploaded = st.file_uploader(
        "Berkas CSV atau XLSX",
        type=["csv", "xlsx"],
        max_upload_size=MAX_FILE_BYTES // 1024 // 1024,
        key="serambi_upload",
    )
    with st.expander("Keterangan dataset (opsional)"):
        ds_name = st.text_input("Nama dataset", placeholder="mis. PMKS 2024 Dinsos Kaltim")
        ds_source = st.text_input(
            "Sumber", placeholder="mis. Rekap PMKS Dinsos Prov. Kaltim, Des 2024"
        )
        ds_year = st.number_input(
            "Tahun data (bila berkas tidak menyebutnya)",
            min_value=2000,
            max_value=date.today().year,
            value=None,
            step=1,
        )

    if "serambi_flash" in st.session_state:
        kind, text = st.session_state.pop("serambi_flash")
        (st.success if kind == "ok" else st.error)(_md(text))

    if uploaded is not None:
        data = uploaded.getvalue()  # read from memory; the name is only displayed
        options = ImportOptions(
            name=ds_name or None,
            source=ds_source or None,
            imported_by=user,
            year=int(ds_year) if ds_year else None,
        )
        check_key = (uploaded.file_id, options.year)
        cached = st.session_state.get("serambi_check")
        if cached is None or cached[0] != check_key:
            with st.spinner("Memeriksa berkas…"):
                report = import_bytes(engine, data, uploaded.name, replace(options, dry_run=True))
            st.session_state["serambi_check"] = (check_key, report)
        report = st.session_state["serambi_check"][1]

        m1, m2, m3, m4 = st.columns(4)
        m1.metric("Baris dibaca", report.rows_read)
        m2.metric("Baris diterima", report.rows_accepted)
        m3.metric("Nilai", report.values)
        m4.metric("Kesalahan / peringatan", f"{report.errors_total} / {report.warnings_total}")
        if report.errors_total:
            st.error(report.summary)
        elif report.warnings_total:
            st.warning(report.summary)
        else:
            st.success(report.summary)
        rows = report.issue_rows()
        if rows:
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
            if report.errors_total + report.warnings_total > len(rows):
                st.caption("Hanya sebagian pesan ditampilkan; perbaiki yang ini lalu unggah ulang.")

        confirmed = False
        if not report.errors_total and report.warnings_total:
            confirmed = st.checkbox(
                "Saya sudah memeriksa peringatan di atas dan angkanya memang benar.",
                key="serambi_confirm",
            )
        can_import = not report.errors_total and (not report.warnings_total or confirmed)
        if st.button("Impor ke dasbor", type="primary", disabled=not can_import):
            with st.spinner("Mengimpor…"):
                options.confirm_warnings = confirmed
                result = import_bytes(engine, data, uploaded.name, options)
            data_access.invalidate()
            st.session_state.pop("serambi_check", None)
            if result.status == "applied":
                st.session_state["serambi_flash"] = ("ok", result.summary)
            else:
                st.session_state["serambi_flash"] = (
                    "err",
                    result.summary + " " + " ".join(i.message for i in result.errors[:3]),
                )
            st.rerun()


def datasets_section(engine: Engine) -> None:
    st.subheader("3. Dataset")
    infos = list_datasets(engine)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "ID": i.id,
                    "Jenis": KIND_LABELS.get(i.kind, i.kind),
                    "Status": STATUS_LABELS.get(i.status, i.status),
                    "Nama": i.name,
                    "Sumber": i.source,
                    "Diimpor oleh": i.imported_by,
                    "Waktu (UTC)": i.imported_at.strftime("%Y-%m-%d %H:%M")
                    if i.imported_at
                    else "",
                    "Nilai": i.values,
                    "Masih berlaku": i.current_values,
                }
                for i in reversed(infos)
            ]
        ),
        hide_index=True,
        width="stretch",
    )

    pending = st.session_state.get("serambi_rollback")
    for info in reversed(infos):
        if info.kind != "imported" or info.status != "active":
            continue
        left, right = st.columns([5, 1])
        left.text(f"#{info.id} · {info.name} · {info.values} nilai · oleh {info.imported_by}")
        if not info.can_rollback:
            left.caption(info.rollback_blocker or "")
        if right.button("Batalkan", key=f"rollback_{info.id}", disabled=not info.can_rollback):
            st.session_state["serambi_rollback"] = info.id
            st.rerun()
        if pending == info.id:
            st.warning(
                f"Batalkan dataset #{info.id}? Nilainya tidak lagi ditampilkan dan data yang "
                "digantikannya berlaku kembali."
            )
            yes, no = st.columns(2)
            if yes.button("Ya, batalkan", key=f"rollback_yes_{info.id}", type="primary"):
                res = rollback_dataset(engine, info.id)
                data_access.invalidate()
                st.session_state.pop("serambi_rollback", None)
                st.session_state["serambi_flash"] = ("ok" if res.ok else "err", res.message)
                st.rerun()
            if no.button("Tidak", key=f"rollback_no_{info.id}"):
                st.session_state.pop("serambi_rollback", None)
                st.rerun()
