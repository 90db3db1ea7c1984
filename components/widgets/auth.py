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

import re
from datetime import UTC, datetime

import streamlit as st
from sqlalchemy import Engine

from ground.markup import escape_markdown
from views.i18n import t
from welfare import auth

SESSION_KEY = "serambi_user"


def oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets.toml at all: Streamlit raises instead of returning False
        return False


def current_user() -> str | None:
    """The logged-in staff member, or None; draws nothing (for staff-only details on pages
    every visitor sees, :func:`components.widgets.admin_section.admin_section`)."""
    if oidc_configured():
        if not st.user.get("is_logged_in", False):
            return None
        email = st.user.get("email")
        allowed = auth.oidc_email_allowed(email if isinstance(email, str) else None)
        return str(email) if allowed else None
    user = st.session_state.get(SESSION_KEY)
    return str(user) if user else None


def require_login(engine: Engine, lang: str = "id") -> str | None:
    """The logged-in user name, or None after rendering the login UI (in ``lang``)."""
    if oidc_configured():
        return _oidc_login(lang)
    return _local_login(engine, lang)


def staff_section(engine: Engine, lang: str, *, login_label: str, title: str) -> str | None:
    """The head of a staff-only section on a page every visitor sees: for a visitor the login
    folded under ``login_label``; for staff the section's ``title`` and the "logged in as · log
    out" bar. Returns the staff member's name, or None (nothing more to draw)."""
    if current_user() is None:
        with st.expander(login_label, icon=":material/lock:"):
            require_login(engine, lang)
        return None
    st.markdown(f"### {escape_markdown(title)}")
    return require_login(engine, lang)


def _oidc_login(lang: str) -> str | None:
    # Same as st.user.is_logged_in, but without an AttributeError where the runtime has not
    # filled in user info (e.g. AppTest, or secrets read after start-up).
    if not st.user.get("is_logged_in", False):
        st.info(t("auth.oidc.info", lang))
        st.button(t("auth.login", lang), on_click=st.login, type="primary")
        return None
    email = st.user.get("email")
    if not auth.oidc_email_allowed(email if isinstance(email, str) else None):
        st.error(t("auth.oidc.not_allowed", lang))
        st.button(t("auth.logout", lang), on_click=st.logout)
        return None
    _logout_bar(str(email), st.logout, lang)
    return str(email)


def _local_logout() -> None:
    st.session_state.pop(SESSION_KEY, None)


def _local_login(engine: Engine, lang: str) -> str | None:
    user = st.session_state.get(SESSION_KEY)
    if user:
        _logout_bar(user, _local_logout, lang)
        return str(user)
    if not auth.load_users():
        st.warning(t("auth.no_users", lang))
    st.info(t("auth.info", lang))
    with st.form("serambi_login", clear_on_submit=True):
        username = st.text_input(t("auth.username", lang), autocomplete="username")
        password = st.text_input(
            t("auth.password", lang), type="password", autocomplete="current-password"
        )
        submitted = st.form_submit_button(t("auth.login", lang), type="primary")
    if submitted:
        result = auth.authenticate(  # per client too: its IP (X-Real-IP of the local nginx)
            engine,
            username,
            password,
            client=st.context.ip_address
            or st.context.headers.get("X-Real-IP")
            or st.runtime.scriptrunner.get_script_run_ctx().session_id,
        )
        if result.ok:
            st.session_state[SESSION_KEY] = result.username
            st.rerun()
        st.error(_failure_text(result, lang))
    return None


_ATTEMPTS_LEFT = re.compile(r"Sisa percobaan: (\d+)")


def _failure_text(result: auth.AuthResult, lang: str) -> str:
    """The login failure in ``lang``: welfare.auth words it in Bahasa Indonesia."""
    if lang == "id":
        return result.message
    if result.locked_until is not None:
        until = result.locked_until
        if until.tzinfo is None:  # SQLite returns naive UTC datetimes
            until = until.replace(tzinfo=UTC)
        left = until - datetime.now(UTC)
        minutes = max(1, int(left.total_seconds() // 60) + 1)
        return t("auth.locked", lang, minutes=minutes)
    attempts = _ATTEMPTS_LEFT.search(result.message)
    if attempts:
        return t("auth.wrong_left", lang, left=attempts.group(1))
    return t("auth.wrong", lang)


def _logout_bar(user: str, on_logout, lang: str) -> None:  # noqa: ANN001 - a callback
    left, right = st.columns([4, 1])
    left.caption(t("auth.logged_in_as", lang, user=escape_markdown(user)))
    right.button(t("auth.logout", lang), on_click=on_logout, key="serambi_logout")
