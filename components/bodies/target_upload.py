"""Kelola data, section 4: staff import development targets from a document (CSV).

Targets come from documents (RPJMD of a regency, a Renstra ...) that the seed does not hold
yet. The file has the columns of ``data/seed/targets.csv`` (the committed seed is offered as
the example to edit); :func:`welfare.targets.import_targets` checks it and writes one target
set, or nothing. The same import runs on the command line: ``python manage.py import-targets``.
"""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from components.state import data_access
from ground.markup import escape_markdown
from views.i18n import t
from welfare.targets import TARGET_SEED_PATH, import_targets

K_RESULT = "target_upload_result"
MAX_BYTES = 2 * 1024 * 1024  # a target table is a few hundred rows; anything larger is a mistake


def targets_section(engine: Engine, user: str, lang: str) -> None:
    st.subheader(t("data.targets.title", lang))
    st.write(t("data.targets.intro", lang))
    st.download_button(
        t("data.targets.example", lang),
        TARGET_SEED_PATH.read_bytes(),
        "target_serambi.csv",
        "text/csv",
    )
    uploaded = st.file_uploader(
        t("data.targets.label", lang), type=["csv"], key="target_upload_file"
    )
    result = st.session_state.pop(K_RESULT, None)
    if result is not None:
        ok, message = result
        (st.success if ok else st.error)(escape_markdown(message))
    if uploaded is None:
        return
    data = uploaded.getvalue()
    if len(data) > MAX_BYTES:
        st.error(t("data.targets.too_large", lang, mb=MAX_BYTES // (1024 * 1024)))
        return
    if st.button(t("data.targets.button", lang), type="primary", key="target_upload_go"):
        res = import_targets(engine, data, uploaded.name, imported_by=user)
        data_access.invalidate()
        st.session_state[K_RESULT] = (res.ok, res.message)
        st.rerun()
