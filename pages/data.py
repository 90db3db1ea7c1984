"""Kelola data (staff only): upload PMKS/programme tables, check, import, roll back; targets."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

import streamlit as st

from components import data_access, data_admin, target_upload
from components.auth import require_login
from components.filters import lang as current_lang
from views.i18n import t

engine = data_access.admin_engine()
lang = current_lang()

st.title(t("nav.data", lang))
st.caption(t("data.caption", lang))

user = require_login(engine, lang)
if user is None:
    st.stop()

data_admin.templates_section(engine, lang)
data_admin.upload_section(engine, user, lang)
data_admin.datasets_section(engine, lang)
target_upload.targets_section(engine, user, lang)
