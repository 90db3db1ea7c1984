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
After five failed logins the next attempt waits 1, 2, 4, 8, then at most 15 minutes, per
account and per client (IP address), right password or not: a wait rather than a long lock, so
a stranger's guesses cost a staff member a minute. Each attempt is counted atomically *before*
its password is checked, so no amount of concurrency gets more than five checks past the
counter. The counters live in the store (table ``login_attempt``, one row per user name and
one per ``client:<ip>``) rather than in a file next to the users file: every Streamlit worker
and every replica shares them, and the app needs no write access to the config directory.
Unknown user names are counted the same way, so a message never reveals which accounts exist;
rows are deleted an hour after their last failure and wait.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import (
    Connection,
    DateTime,
    Engine,
    Integer,
    String,
    case,
    delete,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from welfare.models import Base, utcnow

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_USERS_FILE = REPO_ROOT / "config" / "users.toml"
USERS_FILE_ENV = "SERAMBI_USERS_FILE"

MAX_FAILURES = 5  # free attempts; from the fifth failure on, each one starts a wait
MAX_DELAY_MINUTES = 15
MAX_DELAY_STEPS = 5  # 1, 2, 4, 8, then capped at 15 minutes
FORGET_AFTER = timedelta(hours=1)  # quiet time after which a row is deleted
CLIENT_PREFIX = "client:"
MIN_PASSWORD_LENGTH = 10
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified against when the user is unknown, so both paths take the same time.
_DUMMY_HASH = _hasher.hash("serambi-dummy-password")

MSG_WRONG = "Nama pengguna atau kata sandi salah."


class LoginAttempt(Base):
    """Failure counter and wait per user name (also unknown ones) or ``client:<id>``."""

    __tablename__ = "login_attempt"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


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
        return (
            "Nama pengguna harus 2-64 karakter: huruf kecil, angka, titik, garis bawah atau "
            "tanda minus, diawali huruf/angka."
        )
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
    locked_until: datetime | None = None  # no attempt before this time (account or client)


def _aware(dt: datetime | None) -> datetime | None:
    if dt is not None and dt.tzinfo is None:  # SQLite returns naive datetimes
        return dt.replace(tzinfo=UTC)
    return dt


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def delay_after(failures: int) -> timedelta | None:
    """Wait imposed after ``failures`` counted failures: none, then 1, 2, 4, 8, 15, 15 ... min."""
    if failures < MAX_FAILURES:
        return None
    return timedelta(minutes=min(MAX_DELAY_MINUTES, 2 ** (failures - MAX_FAILURES)))


def client_key(client: str) -> str:
    """Row key of a client (IP address or session id); never a valid user name (has ':')."""
    client = client.strip().lower()
    if len(CLIENT_PREFIX) + len(client) > 64:
        client = "#" + hashlib.sha256(client.encode()).hexdigest()[:48]
    return CLIENT_PREFIX + client


def _wait_text(until: datetime, now: datetime) -> str:
    seconds = max(1, math.ceil((until - now).total_seconds()))
    if seconds < 60:
        return f"{seconds} detik"
    return f"{math.ceil(seconds / 60)} menit"


def _insert_ignore(conn: Connection, key: str) -> None:
    table = LoginAttempt.__table__
    if conn.dialect.name in ("postgresql", "sqlite"):
        module = postgresql if conn.dialect.name == "postgresql" else sqlite
        conn.execute(
            module.insert(table)
            .values(username=key, failures=0)
            .on_conflict_do_nothing(index_elements=["username"])
        )
        return
    try:  # other databases: a savepoint keeps the duplicate from aborting the transaction
        with conn.begin_nested():
            conn.execute(table.insert().values(username=key, failures=0))
    except IntegrityError:
        pass


def _reserve(engine: Engine, key: str, now: datetime) -> tuple[bool, int, datetime | None]:
    """Count one attempt for ``key`` before its password is checked, if no delay is running.

    One conditional UPDATE decides and counts at once, so concurrent attempts (threads,
    workers, replicas) can never all pass a check made before any of them is counted: the
    database serialises the updates of one row and re-evaluates the condition for each.
    The attempt that reaches the threshold sets the delay itself, before it is verified.
    Returns (reserved, failures counted now, no attempt before).
    """
    table = LoginAttempt.__table__
    c = table.c
    counted = c.failures + 1
    steps = range(MAX_FAILURES, MAX_FAILURES + MAX_DELAY_STEPS)
    delays = [(counted == n, literal(now + delay_after(n), c.locked_until.type)) for n in steps]
    capped = literal(now + timedelta(minutes=MAX_DELAY_MINUTES), c.locked_until.type)
    next_allowed = case(*delays, (counted >= MAX_FAILURES + MAX_DELAY_STEPS, capped), else_=None)
    for _ in range(3):  # a stale-row cleanup may delete the row between insert and update
        with engine.begin() as conn:
            _insert_ignore(conn, key)
        with engine.begin() as conn:
            reserved = (
                conn.execute(
                    update(table)
                    .where(c.username == key, or_(c.locked_until.is_(None), c.locked_until <= now))
                    .values(failures=counted, locked_until=next_allowed, last_failure_at=now)
                ).rowcount
                == 1
            )
            row = conn.execute(select(c.failures, c.locked_until).where(c.username == key)).first()
        if row is not None:
            return reserved, row.failures, _aware(row.locked_until)
    return False, MAX_FAILURES, now + timedelta(minutes=1)


def _release(engine: Engine, key: str, counted: int) -> None:
    """After a success, forget the failures counted up to and including this attempt.

    Attempts reserved concurrently after it stay counted (and their delay stays), so a
    colleague's correct login does not hand an attacker running at the same moment a fresh
    set of attempts.
    """
    c = LoginAttempt.__table__.c
    remaining = c.failures - counted
    with engine.begin() as conn:
        conn.execute(
            update(LoginAttempt.__table__)
            .where(c.username == key)
            .values(
                failures=case((remaining < 0, 0), else_=remaining),
                locked_until=case((remaining < MAX_FAILURES, None), else_=c.locked_until),
            )
        )
        conn.execute(delete(LoginAttempt.__table__).where(c.username == key, c.failures == 0))


def _forget_stale(engine: Engine, now: datetime) -> None:
    """Delete rows whose delay has run out and that saw no failure for FORGET_AFTER.

    The same rule for known and unknown names (and clients): a name guessed at random does
    not stay in the table, and how long a row lives does not reveal whether the account exists.
    """
    c = LoginAttempt.__table__.c
    cutoff = now - FORGET_AFTER
    with engine.begin() as conn:
        conn.execute(
            delete(LoginAttempt.__table__).where(
                c.last_failure_at < cutoff,
                or_(c.locked_until.is_(None), c.locked_until < cutoff),
            )
        )


def _delayed(until: datetime, now: datetime) -> AuthResult:
    return AuthResult(
        False,
        None,
        f"Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {_wait_text(until, now)}.",
        until,
    )


def authenticate(
    engine: Engine,
    username: str,
    password: str,
    *,
    client: object = None,
    users_path: Path | None = None,
    now: datetime | None = None,
) -> AuthResult:
    """Check a login, throttled per account and per client.

    ``client`` identifies where the attempt comes from (the IP address, else the Streamlit
    session id); without it only the account is throttled (command line, tests). Every
    password check is counted before it runs: after MAX_FAILURES failures the next attempt
    on the account (or from the client) waits 1, 2, 4, 8, then 15 minutes, even with the
    right password. A wait, never a long lock, so a stranger's guesses cost a staff member a
    minute, not a quarter of an hour.
    """
    now = now or utcnow()
    username = (username or "").strip().lower()
    if not USERNAME_RE.match(username) or not password:
        _verify(_DUMMY_HASH, password or "x")  # same cost as a real check
        return AuthResult(False, None, MSG_WRONG)
    _forget_stale(engine, now)
    client = str(client) if client else None  # any identifier; a test runtime may pass a mock
    keys: list[tuple[str, int]] = []  # (row key, failures counted with this attempt)
    worst = 0
    for key in ([client_key(client)] if client else []) + [username]:
        reserved, counted, until = _reserve(engine, key, now)
        if not reserved:
            # A client already waiting does not count against the account it names.
            return _delayed(until or now, now)
        keys.append((key, counted))
        worst = max(worst, counted)
    stored = load_users(users_path).get(username)
    ok = _verify(stored if stored else _DUMMY_HASH, password) and stored is not None
    if ok:
        for key, counted in keys:
            _release(engine, key, counted)
        return AuthResult(True, username, f"Masuk sebagai {username}.")
    delay = delay_after(worst)
    if delay is None:
        return AuthResult(False, None, f"{MSG_WRONG} Sisa percobaan: {MAX_FAILURES - worst}.")
    return AuthResult(
        False,
        None,
        f"{MSG_WRONG} Terlalu banyak percobaan gagal: coba lagi dalam "
        f"{_wait_text(now + delay, now)}.",
        now + delay,
    )


def unlock(engine: Engine, username: str) -> None:
    """Clear the failures and any running delay of an account (or of ``client:<ip>``)."""
    with engine.begin() as conn:
        conn.execute(
            delete(LoginAttempt.__table__).where(
                LoginAttempt.__table__.c.username == username.strip().lower()
            )
        )
