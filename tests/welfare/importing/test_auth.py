"""Accounts: argon2 hashes only, wrong passwords, lockout after 5 failures for 15 minutes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from welfare import auth
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


def test_five_failures_lock_for_fifteen_minutes(store: Engine, users: Path) -> None:
    now = utcnow()
    for _ in range(4):
        assert not auth.authenticate(store, "ani", "salah", users_path=users, now=now).ok
    fifth = auth.authenticate(store, "ani", "salah", users_path=users, now=now)
    assert fifth.message == ("Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi "
                             "dalam 15 menit.")
    # Even the right password is refused while locked, and the lock survives a new engine.
    locked = auth.authenticate(store, "ani", PASSWORD, users_path=users,
                               now=now + timedelta(minutes=14))
    assert not locked.ok
    assert locked.message == ("Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi "
                              "dalam 2 menit.")
    later = auth.authenticate(store, "ani", PASSWORD, users_path=users,
                              now=now + timedelta(minutes=15, seconds=1))
    assert later.ok
    # A success resets the counter.
    again = auth.authenticate(store, "ani", "salah", users_path=users,
                              now=now + timedelta(minutes=16))
    assert again.message.endswith("Sisa percobaan: 4.")


def test_oidc_allowlist(tmp_path: Path) -> None:
    path = tmp_path / "users.toml"
    path.write_text('[oidc]\nallowed_emails = ["Ani@Contoh.go.id"]\n'
                    'allowed_domains = ["dinsos.kaltimprov.go.id"]\n')
    assert auth.oidc_email_allowed("ani@contoh.go.id", path)
    assert auth.oidc_email_allowed("budi@dinsos.kaltimprov.go.id", path)
    assert not auth.oidc_email_allowed("budi@gmail.com", path)
    assert not auth.oidc_email_allowed(None, path)
    auth.add_user("ani", PASSWORD, path)  # rewriting the file keeps the allowlist
    assert auth.oidc_email_allowed("ani@contoh.go.id", path)
