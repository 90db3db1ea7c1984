"""Accounts for the "Kelola data" page (viewers of the dashboard need no login).

Users live in a TOML file that is never committed (``config/users.toml``, or the path in
``SERAMBI_USERS_FILE``)::

    [users.dinsos_admin]
    password_hash = "$argon2id$v=19$m=65536,t=3,p=4$..."
    created_at = "2025-01-31T08:00:00+00:00"

    [oidc]                       # only used when Streamlit OIDC login is configured
    allowed_emails = ["operator@dinsos.kaltimprov.go.id"]
    allowed_domains = ["dinsos.kaltimprov.go.id"]

Passwords are stored only as argon2id hashes (argon2-cffi); verification is constant-time.
Five failed logins lock an account for 15 minutes. The lock state is kept in the store (table
``login_attempt``) rather than in a file next to the users file: every Streamlit worker and
every replica shares it, updates are transactional, and the app needs no write access to the
config directory. Unknown user names are counted the same way, so a lockout message does not
reveal which accounts exist.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import DateTime, Engine, Integer, String
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from welfare.models import Base, utcnow

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_USERS_FILE = REPO_ROOT / "config" / "users.toml"
USERS_FILE_ENV = "SERAMBI_USERS_FILE"

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 10
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified against when the user is unknown, so both paths take the same time.
_DUMMY_HASH = _hasher.hash("serambi-dummy-password")

MSG_WRONG = "Nama pengguna atau kata sandi salah."


class LoginAttempt(Base):
    """Failed-login counter and lock per user name (also for unknown names)."""

    __tablename__ = "login_attempt"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_failure_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )


def ensure_auth_schema(engine: Engine) -> None:
    LoginAttempt.__table__.create(engine, checkfirst=True)


# -- users file ------------------------------------------------------------------------------
def users_file() -> Path:
    return Path(os.environ.get(USERS_FILE_ENV) or DEFAULT_USERS_FILE)


def _load(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_users(path: Path | None = None) -> dict[str, str]:
    """username -> argon2 hash."""
    data = _load(path or users_file())
    users = data.get("users", {})
    return {
        name: entry["password_hash"]
        for name, entry in users.items()
        if isinstance(entry, dict) and isinstance(entry.get("password_hash"), str)
    }


def oidc_allowlist(path: Path | None = None) -> tuple[set[str], set[str]]:
    oidc = _load(path or users_file()).get("oidc", {})
    emails = {str(e).strip().lower() for e in oidc.get("allowed_emails", [])}
    domains = {str(d).strip().lower().lstrip("@") for d in oidc.get("allowed_domains", [])}
    return emails, domains


def oidc_email_allowed(email: str | None, path: Path | None = None) -> bool:
    if not email or "@" not in email:
        return False
    emails, domains = oidc_allowlist(path)
    email = email.strip().lower()
    return email in emails or email.rsplit("@", 1)[1] in domains


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _dump(data: dict) -> str:
    lines = ["# Serambi: akun halaman 'Kelola data'. Berisi hash kata sandi; jangan di-commit.", ""]
    for name, entry in sorted(data.get("users", {}).items()):
        lines.append(f"[users.{_toml_str(name)}]")
        for key, value in entry.items():
            lines.append(f"{key} = {_toml_str(str(value))}")
        lines.append("")
    oidc = data.get("oidc")
    if oidc:
        lines.append("[oidc]")
        for key, values in oidc.items():
            items = ", ".join(_toml_str(str(v)) for v in values)
            lines.append(f"{key} = [{items}]")
        lines.append("")
    return "\n".join(lines)


def validate_username(username: str) -> str | None:
    if not USERNAME_RE.match(username):
        return ("Nama pengguna harus 2-64 karakter: huruf kecil, angka, titik, garis bawah atau "
                "tanda minus, diawali huruf/angka.")
    return None


def validate_password(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter."
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_user(username: str, password: str, path: Path | None = None) -> bool:
    """Create or update a user; returns True if the user is new. Raises ValueError if invalid."""
    problem = validate_username(username) or validate_password(password)
    if problem:
        raise ValueError(problem)
    path = path or users_file()
    data = _load(path)
    users = data.setdefault("users", {})
    is_new = username not in users
    users[username] = {
        "password_hash": hash_password(password),
        "created_at": users.get(username, {}).get("created_at") or utcnow().isoformat(),
        "updated_at": utcnow().isoformat(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write-then-rename: a crash never leaves a half-written users file.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".users-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(_dump(data))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return is_new


# -- login -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class AuthResult:
    ok: bool
    username: str | None
    message: str  # Bahasa Indonesia
    locked_until: datetime | None = None


def _aware(dt: datetime | None) -> datetime | None:
    if dt is not None and dt.tzinfo is None:  # SQLite returns naive datetimes
        return dt.replace(tzinfo=UTC)
    return dt


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(engine: Engine, username: str, password: str, *,
                 users_path: Path | None = None, now: datetime | None = None) -> AuthResult:
    now = now or utcnow()
    username = (username or "").strip().lower()
    if not USERNAME_RE.match(username) or not password:
        _verify(_DUMMY_HASH, password or "x")  # same cost as a real check
        return AuthResult(False, None, MSG_WRONG)
    with Session(engine) as session, session.begin():
        attempt = session.get(LoginAttempt, username, with_for_update=True)
        locked_until = _aware(attempt.locked_until) if attempt else None
        if locked_until and locked_until > now:
            minutes = max(1, int((locked_until - now).total_seconds() // 60) + 1)
            return AuthResult(
                False, None,
                f"Akun dikunci sementara setelah {MAX_FAILURES} kali gagal masuk. Coba lagi "
                f"dalam {minutes} menit.",
                locked_until,
            )
    stored = load_users(users_path).get(username)
    ok = _verify(stored if stored else _DUMMY_HASH, password) and stored is not None
    if ok:
        with Session(engine) as session, session.begin():
            attempt = session.get(LoginAttempt, username)
            if attempt is not None:
                session.delete(attempt)
        return AuthResult(True, username, f"Masuk sebagai {username}.")
    return _record_failure(engine, username, now)


def _record_failure(engine: Engine, username: str, now: datetime) -> AuthResult:
    for _ in range(2):  # a concurrent first failure may insert the row under us: retry once
        try:
            with Session(engine) as session, session.begin():
                attempt = session.get(LoginAttempt, username, with_for_update=True)
                if attempt is None:
                    attempt = LoginAttempt(username=username, failures=0)
                    session.add(attempt)
                locked = _aware(attempt.locked_until)
                if locked and locked <= now:
                    attempt.failures = 0  # an expired lock starts a fresh count
                attempt.failures = (attempt.failures or 0) + 1
                attempt.last_failure_at = now
                attempt.locked_until = None
                if attempt.failures >= MAX_FAILURES:
                    attempt.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    attempt.failures = 0
                    return AuthResult(
                        False, None,
                        f"Akun dikunci sementara setelah {MAX_FAILURES} kali gagal masuk. Coba "
                        f"lagi dalam {LOCK_MINUTES} menit.",
                        attempt.locked_until,
                    )
                left = MAX_FAILURES - attempt.failures
                return AuthResult(False, None, f"{MSG_WRONG} Sisa percobaan: {left}.")
        except IntegrityError:
            continue
    return AuthResult(False, None, MSG_WRONG)


def unlock(engine: Engine, username: str) -> None:
    with Session(engine) as session, session.begin():
        attempt = session.get(LoginAttempt, username.strip().lower())
        if attempt is not None:
            session.delete(attempt)

