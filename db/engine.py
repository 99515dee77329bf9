"""Engine factory (no module globals).

SQLite: WAL, foreign keys on, busy timeout, and write transactions that take
the write lock at BEGIN (``BEGIN IMMEDIATE``) so that read-then-write units of
work (the audit chain, reference numbers) are serialised across processes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported by the functions that need it, not here: the GUI reads
# its first page with the sqlite3 module while SQLAlchemy is not loaded yet.

SQLITE_BUSY_TIMEOUT_MS = 30_000
PG_CONNECT_TIMEOUT_S = 10


def normalise_url(url_or_path: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path."""
    if "://" in url_or_path:
        return url_or_path
    return "sqlite:///" + str(Path(url_or_path).expanduser().resolve())


def _plain_sqlite_file(url: str) -> str | None:
    """The file of a plain ``sqlite:///path`` URL (no driver, no query), else None."""
    if url.startswith("sqlite:///") and "?" not in url and "%" not in url and len(url) > len("sqlite:///"):
        path = url[len("sqlite:///") :]
        return None if path == ":memory:" else path
    return None


def is_sqlite(url: str) -> bool:
    url = normalise_url(url)
    if _plain_sqlite_file(url) is not None:
        return True
    from sqlalchemy.engine import make_url

    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    url = normalise_url(url)
    plain = _plain_sqlite_file(url)
    if plain is not None:
        return Path(plain)
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str, **kwargs: Any) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = normalise_url(url)
    # SQL parameters (case titles, notes, names) never appear in an error's text, hence
    # never in a message, a log or a problem report (see also db.errors.scrub_sql).
    kwargs.setdefault("hide_parameters", True)
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if make_url(url).get_backend_name() == "postgresql":
        args = kwargs.setdefault("connect_args", {})
        if "connect_timeout" not in url:
            # An unreachable server fails in seconds, not after the TCP timeout (minutes).
            args.setdefault("connect_timeout", PG_CONNECT_TIMEOUT_S)
        # Sessions in UTC whatever the server's zone: month/day grouping in SQL
        # (dashboard) matches SQLite, where every time is stored in UTC.
        args.setdefault("options", "-c timezone=UTC")
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "postgresql":
        _configure_postgresql(engine)
    return engine


# Key of the transaction-level advisory lock every PostgreSQL write transaction
# takes first ("EXMP"). Team mode then behaves like SQLite's BEGIN IMMEDIATE:
# writers are serialised (one linear audit chain, reference numbers and first
# rows created race-free, no lock-order deadlocks between services), readers
# are never blocked. Write transactions are short (milliseconds); evidence
# bytes are stored outside it (see app/services/blobstore_db.py).
PG_WRITER_LOCK_KEY = 0x45584D50


def _configure_postgresql(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_begin") == "DEFERRED":
            # Read-only unit of work: no lock, and one snapshot for the whole
            # transaction (as SQLite's WAL reader gets), so a multi-query read
            # such as `audit verify` never sees half of a concurrent commit.
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            return
        # Wait at most as long as SQLite's busy timeout, then fail (55P03) instead of hanging.
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{SQLITE_BUSY_TIMEOUT_MS}ms'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITER_LOCK_KEY})")


def _configure_sqlite(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take over transaction control from pysqlite (SQLAlchemy's documented recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        if mode == "NONE":  # one read statement: its own implicit transaction (one snapshot)
            return
        conn.exec_driver_sql(f"BEGIN {mode}")
