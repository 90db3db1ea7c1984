"""Accounts: argon2 hashes only, wrong passwords, a growing wait after 5 failures per account
and per client, counted atomically before each password check (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text

from welfare import auth
from welfare.db import make_engine
from welfare.models import utcnow

PASSWORD = "benar-sekali-123"


@pytest.fixture
def users(tmp_path: Path) -> Path:
    path = tmp_path / "users.toml"
    auth.add_user("ani", PASSWORD, path)
    return path


def test_password_stored_only_as_argon2_hash(users: Path) -> None:
    text = users.read_text()
    assert PASSWORD not in text
    stored = auth.load_users(users)["ani"]
    assert stored.startswith("$argon2id$")
    assert auth.add_user("ani", "sandi-baru-12345", users) is False  # update, not new
    assert auth.load_users(users)["ani"] != stored


def test_login_wrong_password_and_unknown_user(store: Engine, users: Path) -> None:
    ok = auth.authenticate(store, "ani", PASSWORD, users_path=users)
    assert ok.ok and ok.username == "ani"
    wrong = auth.authenticate(store, "ani", "salah", users_path=users)
    assert not wrong.ok
    assert wrong.message == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
    unknown = auth.authenticate(store, "siapa", PASSWORD, users_path=users)
    assert unknown.message == wrong.message  # does not reveal which accounts exist
    assert auth.authenticate(store, "", "", users_path=users).message == auth.MSG_WRONG


def test_five_failures_start_a_short_wait_that_grows(store: Engine, users: Path) -> None:
    now = utcnow()
    for left in (4, 3, 2, 1):
        wrong = auth.authenticate(store, "ani", "salah", users_path=users, now=now)
        assert wrong.message.endswith(f"Sisa percobaan: {left}.")
    fifth = auth.authenticate(store, "ani", "salah", users_path=users, now=now)
    assert fifth.message == (
        "Nama pengguna atau kata sandi salah. Terlalu banyak percobaan gagal: coba lagi "
        "dalam 1 menit."
    )
    assert fifth.locked_until == now + timedelta(minutes=1)
    # The right password is refused while the wait runs, and says how long to wait.
    waiting = auth.authenticate(
        store, "ani", PASSWORD, users_path=users, now=now + timedelta(seconds=30)
    )
    assert not waiting.ok
    assert waiting.message == (
        "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 30 detik."
    )
    # Each further failure doubles the wait: 2, 4, 8, then 15 minutes at most.
    t = now
    for minutes in (1, 2, 4, 8, 15, 15):
        t += timedelta(minutes=minutes)
        result = auth.authenticate(store, "ani", "salah", users_path=users, now=t)
        expected = {1: 2, 2: 4, 4: 8, 8: 15, 15: 15}[minutes]
        assert result.locked_until == t + timedelta(minutes=expected), (minutes, result)
        early = auth.authenticate(
            store, "ani", PASSWORD, users_path=users, now=t + timedelta(minutes=expected - 1)
        )
        assert not early.ok and early.message.endswith("dalam 1 menit.")
    later = auth.authenticate(
        store, "ani", PASSWORD, users_path=users, now=t + timedelta(minutes=15)
    )
    assert later.ok
    # A success forgets the failures.
    again = auth.authenticate(
        store, "ani", "salah", users_path=users, now=t + timedelta(minutes=16)
    )
    assert again.message.endswith("Sisa percobaan: 4.")


def test_a_strangers_guesses_cost_the_staff_member_a_minute(store: Engine, users: Path) -> None:
    now = utcnow()
    for _ in range(5):
        auth.authenticate(store, "ani", "tebakan", client="203.0.113.9", users_path=users, now=now)
    # Same account from the office: a one-minute wait, not a quarter of an hour.
    office = "10.0.0.5"
    refused = auth.authenticate(
        store, "ani", PASSWORD, client=office, users_path=users, now=now + timedelta(seconds=5)
    )
    assert not refused.ok and "55 detik" in refused.message
    ok = auth.authenticate(
        store, "ani", PASSWORD, client=office, users_path=users, now=now + timedelta(minutes=1)
    )
    assert ok.ok


def test_per_client_wait_covers_every_name_it_tries(store: Engine, users: Path) -> None:
    now = utcnow()
    client = "198.51.100.7"
    for i in range(5):  # spraying: one guess per name, never five on one account
        auth.authenticate(store, f"nama{i}", "tebakan", client=client, users_path=users, now=now)
    blocked = auth.authenticate(
        store, "ani", PASSWORD, client=client, users_path=users, now=now + timedelta(seconds=10)
    )
    assert not blocked.ok and blocked.message.startswith("Terlalu banyak percobaan")
    # The account itself was not touched: another client gets in, with all attempts left.
    assert auth.authenticate(
        store, "ani", PASSWORD, client="192.0.2.1", users_path=users, now=now
    ).ok
    # The client waits longer after each failure, like an account.
    t = now + timedelta(minutes=1)
    nxt = auth.authenticate(store, "budi", "tebakan", client=client, users_path=users, now=t)
    assert nxt.locked_until == t + timedelta(minutes=2)


def test_unknown_names_wait_the_same_and_are_cleaned_up(store: Engine, users: Path) -> None:
    now = utcnow()
    known = [auth.authenticate(store, "ani", "x1", users_path=users, now=now) for _ in range(6)]
    unknown = [auth.authenticate(store, "hantu", "x1", users_path=users, now=now) for _ in range(6)]
    assert [r.message for r in known] == [r.message for r in unknown]
    assert _rows(store) == {"ani", "hantu"}
    # An hour after the last failure and its wait, the rows are gone (any login cleans up).
    auth.authenticate(
        store, "budi", "x1", users_path=users, now=now + timedelta(hours=1, minutes=2)
    )
    assert _rows(store) == {"budi"}


def test_unlock_command_clears_the_wait(store: Engine, users: Path) -> None:
    now = utcnow()
    for _ in range(5):
        auth.authenticate(store, "ani", "salah", users_path=users, now=now)
    assert not auth.authenticate(store, "ani", PASSWORD, users_path=users, now=now).ok
    auth.unlock(store, "ANI ")
    assert auth.authenticate(store, "ani", PASSWORD, users_path=users, now=now).ok


class CountingHasher(PasswordHasher):
    """The real argon2 hasher, counting how many passwords it actually checks."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self._lock = threading.Lock()

    def verify(self, hash, password):  # noqa: A002, ANN001, ANN201 - PasswordHasher's signature
        with self._lock:
            self.calls += 1
        return super().verify(hash, password)


def _parallel_logins(
    store: Engine, users: Path, passwords: list[str], client: str | None = None
) -> list[auth.AuthResult]:
    url = store.url.render_as_string(hide_password=False)
    barrier = threading.Barrier(len(passwords))

    def attempt(password: str) -> auth.AuthResult:
        engine = make_engine(url)  # its own engine, so its own connection
        try:
            with engine.connect():
                pass  # connect (and set SQLite pragmas) before the race starts
            barrier.wait(timeout=60)
            return auth.authenticate(engine, "ani", password, client=client, users_path=users)
        finally:
            engine.dispose()

    with ThreadPoolExecutor(max_workers=len(passwords)) as pool:
        return list(pool.map(attempt, passwords))


@pytest.mark.parametrize("client", [None, "203.0.113.9"])
def test_twenty_parallel_guesses_get_at_most_five_password_checks(
    store: Engine, users: Path, monkeypatch: pytest.MonkeyPatch, client: str | None
) -> None:
    hasher = CountingHasher()
    monkeypatch.setattr(auth, "_hasher", hasher)
    results = _parallel_logins(store, users, ["salah"] * 20, client)
    assert hasher.calls <= auth.MAX_FAILURES, hasher.calls
    assert not any(r.ok for r in results)
    refused_unchecked = [r for r in results if r.message.startswith("Terlalu banyak")]
    assert len(refused_unchecked) == 20 - hasher.calls
    # Then even the right password waits.
    assert not auth.authenticate(store, "ani", PASSWORD, client=client, users_path=users).ok
    assert hasher.calls <= auth.MAX_FAILURES


def test_a_correct_login_during_an_attack_keeps_later_failures(
    store: Engine, users: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hasher = CountingHasher()
    monkeypatch.setattr(auth, "_hasher", hasher)
    results = _parallel_logins(store, users, [PASSWORD] + ["salah"] * 19)
    # The success forgets only the failures counted before it: everything after it stays, so
    # the attack still meets the limit within this burst (5 before the success, 5 after).
    assert hasher.calls <= 2 * auth.MAX_FAILURES, hasher.calls
    assert sum(r.ok for r in results) <= 1


def _rows(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT username FROM login_attempt")).scalars())


def test_oidc_allowlist(tmp_path: Path) -> None:
    path = tmp_path / "users.toml"
    path.write_text(
        '[oidc]\nallowed_emails = ["Ani@Contoh.go.id"]\n'
        'allowed_domains = ["dinsos.kaltimprov.go.id"]\n'
    )
    assert auth.oidc_email_allowed("ani@contoh.go.id", path)
    assert auth.oidc_email_allowed("budi@dinsos.kaltimprov.go.id", path)
    assert not auth.oidc_email_allowed("budi@gmail.com", path)
    assert not auth.oidc_email_allowed(None, path)
    auth.add_user("ani", PASSWORD, path)  # rewriting the file keeps the allowlist
    assert auth.oidc_email_allowed("ani@contoh.go.id", path)
