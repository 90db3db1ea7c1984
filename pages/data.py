"""Kelola data (staff only): upload PMKS/programme tables, check, import, roll back; targets;
add, correct or close one activity of the programme register."""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

import streamlit as st

from components.bodies import data_admin, programme_section, target_upload
from components.state import data_access
from components.state.filters import lang as current_lang
from components.widgets.auth import require_login
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
programme_section.programme_section(engine, user, lang)
