"""Login UI for the pages that change data ("Kelola data"). Viewing the dashboard needs none.

Two modes:

* Streamlit OIDC, when ``.streamlit/secrets.toml`` has an ``[auth]`` section: ``st.login()``
  / ``st.user.is_logged_in`` / ``st.logout()``. Only e-mail addresses allowed in the users file
  (``[oidc] allowed_emails`` / ``allowed_domains``) may manage data: a Google account alone
  is not enough.
* Otherwise a local form checked against the argon2 hashes in the users file
  (:mod:`welfare.auth`), with lockout after repeated failures.
"""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from welfare import auth

SESSION_KEY = "serambi_user"


def oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets.toml at all: Streamlit raises instead of returning False
        return False


def require_login(engine: Engine) -> str | None:
    """The logged-in user name, or None after rendering the login UI."""
    if oidc_configured():
        return _oidc_login()
    return _local_login(engine)


def _oidc_login() -> str | None:
    # Same as st.user.is_logged_in, but without an AttributeError where the runtime has not
    # filled in user info (e.g. AppTest, or secrets read after start-up).
    if not st.user.get("is_logged_in", False):
        st.info("Halaman ini khusus petugas. Masuk dengan akun organisasi Anda.")
        st.button("Masuk", on_click=st.login, type="primary")
        return None
    email = st.user.get("email")
    if not auth.oidc_email_allowed(email if isinstance(email, str) else None):
        st.error(
            "Akun ini belum diberi izin mengelola data. Minta admin menambahkan alamat e-mail "
            "Anda ke daftar izin (bagian [oidc] di berkas pengguna)."
        )
        st.button("Keluar", on_click=st.logout)
        return None
    _logout_bar(str(email), st.logout)
    return str(email)


def _local_logout() -> None:
    st.session_state.pop(SESSION_KEY, None)


def _local_login(engine: Engine) -> str | None:
    user = st.session_state.get(SESSION_KEY)
    if user:
        _logout_bar(user, _local_logout)
        return str(user)
    if not auth.load_users():
        st.warning(
            "Belum ada akun pengelola. Admin server membuatnya dengan perintah "
            "`python -m welfare add-user NAMA_PENGGUNA`."
        )
    st.info("Halaman ini khusus petugas Dinas Sosial. Silakan masuk.")
    with st.form("serambi_login", clear_on_submit=True):
        username = st.text_input("Nama pengguna", autocomplete="username")
        password = st.text_input("Kata sandi", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Masuk", type="primary")
    if submitted:
        result = auth.authenticate(engine, username, password)
        if result.ok:
            st.session_state[SESSION_KEY] = result.username
            st.rerun()
        st.error(result.message)
    return None


def _logout_bar(user: str, on_logout) -> None:  # noqa: ANN001 - a Streamlit callback
    left, right = st.columns([4, 1])
    left.caption(f"Masuk sebagai **{user}**")
    right.button("Keluar", on_click=on_logout, key="serambi_logout")
