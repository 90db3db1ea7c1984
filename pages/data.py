"""Kelola data (staff only): upload PMKS/programme tables, check, import, roll back."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

import streamlit as st

from components import data_access, data_admin
from components.auth import require_login

engine = data_access.admin_engine()

st.title("Kelola data")
st.caption(
    "Untuk petugas Dinas Sosial: unggah rekap PMKS dan program bantuan per kabupaten/kota. "
    "Pengunjung dasbor tidak perlu masuk."
)

user = require_login(engine)
if user is None:
    st.stop()

data_admin.templates_section(engine)
data_admin.upload_section(engine, user)
data_admin.datasets_section(engine)
