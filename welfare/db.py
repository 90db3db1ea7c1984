"""Engine and sessions. One setting: ``DATABASE_URL`` (any SQLAlchemy URL).

Default: a SQLite file ``data/serambi.db`` in the repository (gitignored). Point
``DATABASE_URL`` at PostgreSQL (``postgresql+psycopg://user:pw@host/db``) to share one store.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = REPO_ROOT / "data" / "serambi.db"


def database_url() -> str:
    return os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}"


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=30000")
            # WAL: readers keep reading the previous version while an import commits.
            _enable_wal(cur)
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def _enable_wal(cursor: sqlite3.Cursor, timeout: float = 30.0) -> None:
    """Switch to WAL, retrying while another process holds a lock on a brand-new file.

    Changing the journal mode needs an exclusive lock and SQLite reports "database is locked"
    at once (the busy timeout does not apply) when another connection is mid-transaction, e.g.
    two processes creating the same store at start-up.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


# Any fixed 64-bit number; identifies "a Serambi writer" among PostgreSQL advisory locks. The
# first start (loading the seeds) and every import take the same key, so they never interleave.
PG_LOCK_KEY = 7_263_540_101


@contextmanager
def write_locked(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction that holds the store's database-wide write lock.

    - SQLite: ``BEGIN IMMEDIATE`` takes the write lock before anything is read (pysqlite begins
      lazily otherwise), so no other writer can commit between our checks and our writes; a
      second writer waits (``busy_timeout``).
    - PostgreSQL: ``pg_advisory_xact_lock`` on :data:`PG_LOCK_KEY`, released at commit.

    Committed at exit, rolled back entirely on any exception.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed as one unit, or rolled back entirely."""
    with session_factory(engine)() as session, session.begin():
        yield session
